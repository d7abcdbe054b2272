"""What the report reads from a notebook: the notebooks of a folder, a notebook's heading, the parameters
its ``parameters`` cell declares, and where an executed notebook failed."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import nbformat

def list_notebooks(folder: Path) -> list[Path]:
    """The notebooks of a folder.

    Parameters
    ----------
    folder : pathlib.Path
        The folder.

    Returns
    -------
    list of pathlib.Path
        Its ``*.ipynb`` files (not hidden, not checkpoints), sorted by name.
    """
    return sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))


def notebook_heading(nb: nbformat.NotebookNode, default: str) -> str:
    """The first Markdown heading of the notebook, else ``default``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip() or default
    return default


def declared_parameters(nb: nbformat.NotebookNode) -> list[str]:
    """The parameters a notebook declares.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The notebook.

    Returns
    -------
    list of str
        Names assigned in the cell tagged ``parameters`` (read with :mod:`ast`; papermill's own inspection
        skips any line with a second ``=``, e.g. in a comment); empty without such a cell.
    """
    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:  # IPython magics: fall back to ``name =`` at the start of a line
            return re.findall(r"^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)", cell.source, re.M)
        names = []
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names += [t.id for t in targets if isinstance(t, ast.Name)]
        return names
    return []


def notebook_parameters(path: Path, values: dict) -> dict:
    """The values to pass to one notebook.

    Parameters
    ----------
    path : pathlib.Path
        The notebook.
    values : dict
        Every parameter the report could pass.

    Returns
    -------
    dict
        The entries of ``values`` that the notebook's ``parameters`` cell declares (None values are left out,
        so the notebook keeps its default).
    """
    declared = set(declared_parameters(nbformat.read(path, as_version=4)))
    return {k: v for k, v in values.items() if k in declared and v is not None}


def failing_cell(executed: nbformat.NotebookNode, committed: nbformat.NotebookNode) -> tuple[int | None, str]:
    """``(number, description)`` of the first cell with an error output: its 1-based position in
    the committed notebook (None if not found) and ``In [n]: first line of code``."""
    for cell in executed.cells:
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if not errors:
            continue
        number = next((i + 1 for i, c in enumerate(committed.cells) if c.get("id") == cell.get("id")), None)
        first = next((line.strip() for line in cell.source.splitlines() if line.strip()), "")
        first = first if len(first) <= 80 else first[:79] + "…"
        return number, f"In [{cell.get('execution_count') or ' '}]: {first}"
    return None, ""


def failure_message(src: Path, executed: Path | None, committed, exc: Exception) -> str:
    """``NAME: cell N (In [k]: code) raised Error: message`` for the error message and the index
    (``executed``: the executed notebook, when papermill wrote one)."""
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    where = ""
    if executed is not None:
        try:
            number, code = failing_cell(nbformat.read(executed, as_version=4), committed)
        except (OSError, ValueError, json.JSONDecodeError):
            number, code = None, ""
        if number is not None:
            where = f" at cell {number} ({code})"
        elif code:
            where = f" at {code}"
    message = f"{src.name} failed{where}: {ename}: {evalue}".rstrip(": ")
    return message

