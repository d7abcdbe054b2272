"""The package's layout (issue 14): imports run one way, with no cycle, no private name crossing modules,
nothing importing the old ``analysis.engine``, every command module registered, and no module-level name bound twice.

Read with :mod:`ast` from the source files (nothing is imported), so that an import written inside a function
to get around a cycle counts like any other: it is the same dependency, paid later. The checker itself is
tested first on small packages written here.
"""
from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "analysis"


# --- the checker -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Edge:
    """``source`` imports ``target`` (both module names of the package) at ``where`` (``file:line``);
    ``names``: the names taken (``from target import a, b``); ``hidden``: inside a function."""

    source: str
    target: str
    where: str
    names: tuple[str, ...]
    hidden: bool

    def __str__(self) -> str:
        taken = f" ({', '.join(self.names)})" if self.names else ""
        return f"{self.source} -> {self.target}{taken} at {self.where}{' [inside a function]' if self.hidden else ''}"


def package_modules(root: Path, package: str) -> dict[str, Path]:
    """``{module name: file}`` of every ``.py`` file of ``root/package`` (``__init__.py`` names its package)."""
    modules = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def base_of(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The module a ``from ... import`` names, relative levels resolved from ``module`` (a package's
    ``__init__`` is its package: ``from . import x`` there means ``package.x``)."""
    if not node.level:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def functions_of(tree: ast.AST) -> set[int]:
    """ids of the nodes inside a function or method body."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inside |= {id(child) for child in ast.walk(node) if child is not node}
    return inside


def imports(root: Path, package: str) -> tuple[list[Edge], list[str]]:
    """Every import between modules of the package, module-level or inside functions, and the private names
    taken from another module of the package (``from m import _x``, or ``m._x`` on a module imported as ``m``)."""
    modules = package_modules(root, package)
    edges, private = [], []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        hidden = functions_of(tree)
        bound: dict[str, str] = {}  # local name -> package module it names
        for node in ast.walk(tree):
            where = f"{path.relative_to(root).as_posix()}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in modules:
                        edges.append(Edge(module, alias.name, where, (), id(node) in hidden))
                        if alias.asname:
                            bound[alias.asname] = alias.name
            elif isinstance(node, ast.ImportFrom):
                base = base_of(module, path, node)
                if base not in modules:
                    continue
                from_base = []
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    if submodule in modules:  # ``from . import x``: the module x, not a name of the package
                        edges.append(Edge(module, submodule, where, (), id(node) in hidden))
                        bound[alias.asname or alias.name] = submodule
                    else:
                        from_base.append(alias.name)
                        if is_private(alias.name) and base != module:
                            private.append(f"{module} imports {alias.name} from {base} at {where}")
                if from_base:
                    edges.append(Edge(module, base, where, tuple(from_base), id(node) in hidden))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound
                    and is_private(node.attr) and bound[node.value.id] != module):
                private.append(f"{module} uses {bound[node.value.id]}.{node.attr} at "
                               f"{path.relative_to(root).as_posix()}:{node.lineno}")
    return edges, private


def cycles(edges: list[Edge]) -> list[list[str]]:
    """The import cycles: each strongly connected component of two or more modules, or a module importing
    itself (Tarjan's algorithm), modules sorted."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        graph.setdefault(edge.source, set()).add(edge.target)
        graph.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def cycle_report(edges: list[Edge]) -> str:
    """Each cycle with the imports that make it (``[inside a function]`` for the hidden ones)."""
    lines = []
    for component in cycles(edges):
        members = set(component)
        inner = [e for e in edges if e.source in members and e.target in members]
        lines.append(f"cycle of {len(component)} modules: {', '.join(component)} "
                     f"({len(inner)} imports, {sum(e.hidden for e in inner)} inside functions)")
        lines += [f"    {edge}" for edge in sorted(inner, key=lambda e: (e.source, e.target, e.where))]
    return "\n".join(lines)


# --- the checker on small packages -------------------------------------------------------------------------

def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_an_import_hidden_in_a_function_still_makes_a_cycle(tmp_path):
    root = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "from .b import helper\n",
        "pkg/b.py": "def helper():\n    from . import a\n    return a\n",
        "pkg/c.py": "import pkg.a\n",
    })
    edges, private = imports(root, "pkg")
    assert cycles(edges) == [["pkg.a", "pkg.b"]]
    report = cycle_report(edges)
    assert "pkg.b -> pkg.a at pkg/b.py:2 [inside a function]" in report
    assert "pkg.a -> pkg.b (helper) at pkg/a.py:1" in report and "pkg.c" not in report
    assert private == []


def test_relative_imports_resolve_to_modules_and_packages(tmp_path):
    root = write_package(tmp_path, {
        "pkg/__init__.py": "from . import low\nfrom .sub import thing\n",
        "pkg/low.py": "X = 1\n",
        "pkg/sub/__init__.py": "from .leaf import thing\nfrom .. import low\n",
        "pkg/sub/leaf.py": "from ..low import X\nfrom ...elsewhere import y\nthing = X\n",
    })
    edges, _ = imports(root, "pkg")
    assert {(e.source, e.target) for e in edges} == {
        ("pkg", "pkg.low"), ("pkg", "pkg.sub"),  # importing a package means its __init__
        ("pkg.sub", "pkg.sub.leaf"), ("pkg.sub", "pkg.low"), ("pkg.sub.leaf", "pkg.low")}
    assert cycles(edges) == []


def test_a_package_importing_from_its_own_init_is_a_cycle(tmp_path):
    root = write_package(tmp_path, {
        "pkg/__init__.py": "from .a import f\n",
        "pkg/a.py": "def f():\n    from pkg import g\n    return g\ng = 1\n",
    })
    assert cycles(imports(root, "pkg")[0]) == [["pkg", "pkg.a"]]


def test_private_names_taken_from_another_module_are_found(tmp_path):
    root = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "_hidden = 1\n__version__ = '1'\n",
        "pkg/b.py": ("from .a import _hidden, __version__\nfrom . import a as _a\n"
                     "def f():\n    return _a._hidden + a_private()\ndef a_private():\n    return 0\n"),
    })
    _, private = imports(root, "pkg")
    assert private == ["pkg.b imports _hidden from pkg.a at pkg/b.py:1", "pkg.b uses pkg.a._hidden at pkg/b.py:4"]


def names_bound_twice(source: str, where: str) -> list[str]:
    """Module-level names that two top-level statements bind (``X = ...``, ``def X``, ``class X``), as ``name at
    where:line``: the second silently replaces the first for every use in the module, the first's included."""
    seen, twice = {}, []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} at {where}:{node.lineno} (first at line {seen[name]})")
            seen.setdefault(name, node.lineno)
    return twice


def test_a_name_bound_twice_at_module_level_is_found():
    source = "A = 1\ndef f():\n    return A\nB = 2\nA = 3\nclass f:\n    pass\nif B:\n    B = 4\n"
    assert names_bound_twice(source, "m.py") == ["A at m.py:5 (first at line 1)", "f at m.py:6 (first at line 2)"]


# --- the package ---------------------------------------------------------------------------------------------

@functools.cache
def package_imports() -> tuple[list[Edge], list[str]]:
    """:func:`imports` of the package, read once for the tests below (about a second each time)."""
    return imports(ROOT, PACKAGE)


def test_no_import_cycle():
    edges, _ = package_imports()
    report = cycle_report(edges)
    assert not report, "import cycles among the package's modules:\n" + report


def test_no_private_name_crosses_modules():
    _, private = package_imports()
    assert not private, (f"{len(private)} private name(s) taken from another module of the package:\n    "
                         + "\n    ".join(private))


def test_nothing_imports_the_old_engine():
    edges, _ = package_imports()
    engine = [str(e) for e in edges if e.target == f"{PACKAGE}.engine"]
    assert not engine, f"{len(engine)} import(s) of {PACKAGE}.engine:\n    " + "\n    ".join(engine)


def test_every_command_module_is_registered():
    tree = ast.parse((ROOT / PACKAGE / "cli" / "__init__.py").read_text(encoding="utf-8"))
    [listed] = [ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "COMMAND_MODULES" for t in node.targets)]
    commands = {name for name, path in package_modules(ROOT, PACKAGE).items()
                if name.startswith(f"{PACKAGE}.cli.") and "def add_cli" in path.read_text(encoding="utf-8")}
    assert commands, "no command module found in analysis/cli/"
    assert set(listed) == commands, (f"command modules not in COMMAND_MODULES: {sorted(commands - set(listed))}; "
                                     f"listed but not command modules: {sorted(set(listed) - commands)}")


#: Options that mean the same everywhere and are always passed by name (issue 14, "one vocabulary").
KEYWORD_ONLY = ("by", "groups", "top", "counts", "progress")


def positional_options(root: Path, package: str) -> list[str]:
    """Public functions (module level, name without a leading underscore) taking one of :data:`KEYWORD_ONLY`
    as a positional parameter after the first (the first is the data the function works on, whatever its name:
    ``palette(groups)``, ``group_sums(counts)``): ``module.function(by)`` at ``file:line``."""
    found = []
    for module, path in package_modules(root, package).items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                positional = [a.arg for a in (node.args.posonlyargs + node.args.args)[1:] if a.arg in KEYWORD_ONLY]
                if positional:
                    found.append(f"{module}.{node.name}({', '.join(positional)}) at "
                                 f"{path.relative_to(root).as_posix()}:{node.lineno}")
    return found


def test_options_taken_by_position_are_found(tmp_path):
    root = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": ("def table(articles, by='year', *, top=10):\n    pass\n"
                     "def chart(articles, *, by, groups=None, progress=None):\n    pass\n"
                     "def _inner(articles, by):\n    pass\n"
                     "def palette(groups):\n    pass\n"
                     "class Thing:\n    def method(self, by):\n        pass\n"),
    })
    assert positional_options(root, "pkg") == ["pkg.a.table(by) at pkg/a.py:1"]


def test_shared_options_are_keyword_only():
    found = positional_options(ROOT, PACKAGE)
    assert not found, (f"{len(found)} public function(s) take {', '.join(KEYWORD_ONLY)} by position "
                       "(pass them by name: keyword-only):\n    " + "\n    ".join(found))


def test_no_module_level_name_is_bound_twice():
    # (a constant defined again further down a long module replaces the first for every use, the first's too)
    twice = [found for path in sorted((ROOT / PACKAGE).rglob("*.py"))
             for found in names_bound_twice(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not twice, f"{len(twice)} module-level name(s) bound twice:\n    " + "\n    ".join(twice)
