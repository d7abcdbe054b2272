"""The term analyses and the executor import one way: no cycle, no private name across modules, no import hidden
in a function to dodge a cycle (read from the source with ``ast``)."""
import ast
from pathlib import Path

import analysis

PACKAGE = Path(analysis.__file__).parent
#: The modules of issue 14's one code path (term counts, frequency, TF-IDF, keyness, the executor, the benchmark).
MODULES = ["analyzer", "bench", "collocations", "concordance", "counts", "dispersion", "execute", "frequency",
           "groups", "keyness", "progress", "synthetic", "terms", "tfidf", "units"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__") or "__init__"


def _imports(path: Path):
    """``(imported module, names, at module level)`` of each import of a package module in ``path``."""
    here = _module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - node.level + 1] if node.level > 1 else package
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names = [a.name for a in node.names]
            if not node.module:  # from . import x: each name is a module
                for name in names:
                    yield ".".join([*base, name]).strip(".") or "__init__", [], id(node) in top
            else:
                yield target.strip(".") or "__init__", names, id(node) in top


def _graph():
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges = {m: set() for m in modules}
    for name, path in modules.items():
        for target, _, _ in _imports(path):
            if target in modules and target != name:
                edges[name].add(target)
    return modules, edges


def test_no_import_cycle_through_these_modules():
    modules, edges = _graph()

    def reaches(start, goal):
        seen, todo = set(), list(edges[start])
        while todo:
            m = todo.pop()
            if m == goal:
                return True
            if m not in seen:
                seen.add(m)
                todo.extend(edges[m])
        return False

    assert [m for m in MODULES if reaches(m, m)] == []


def test_no_private_name_imported_across_modules_and_no_hidden_package_import():
    modules, _ = _graph()
    for name in MODULES:
        for target, names, at_top in _imports(modules[name]):
            assert not [n for n in names if n.startswith("_")], (name, target, names)
            assert at_top, f"{name} imports {target} inside a function"
