"""Execute notebooks top to bottom in place and strip volatile metadata, for committing.

Usage: .venv/bin/python scripts/execute_notebooks.py notebooks/00_corpus_overview.ipynb [...]
(no arguments: every notebook in notebooks/). Runs each in its own folder, like JupyterLab's "Restart & Run All".
"""
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def execute(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # per-cell timestamps: noise in diffs
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)
    print(f"executed {path.relative_to(ROOT)}")


if __name__ == "__main__":
    paths = [Path(p).resolve() for p in sys.argv[1:]] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for p in paths:
        execute(p)
