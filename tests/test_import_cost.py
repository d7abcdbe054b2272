"""What ``import analysis`` loads: every notebook's kernel, every command and every report pays for it (a report
runs seven notebooks, each in a fresh kernel), so modules that take a large share of that time and that most
notebooks never use are imported by the functions that need them."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Slow to import (scipy.stats alone took about 0.5 s of the 1.3 s of ``import analysis``) and used by few functions.
HEAVY = ("scipy.stats", "sklearn", "nltk", "matplotlib", "dask", "distributed", "nbconvert", "papermill", "jinja2",
         "IPython")


def test_import_analysis_leaves_heavy_modules_to_the_functions_that_use_them():
    code = f"import sys, analysis; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.split() == []
