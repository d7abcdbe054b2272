"""`python -m analysis articles PATH`: table, CSV, JSON, problems on stderr, exit codes."""
import io
import json
import subprocess
import sys

import pandas as pd

from conftest import DATA, ID_2021, ID_2024


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", "articles", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_table_lists_both_seeds():
    out = run(DATA)
    assert out.returncode == 0, out.stderr
    assert ID_2021 in out.stdout and ID_2024 in out.stdout and "Laurine Ortiz" in out.stdout
    assert out.stderr == ""


def test_csv_and_json_carry_the_metadata():
    frame = pd.read_csv(io.StringIO(run(DATA, "--format", "csv").stdout))
    assert frame.set_index("article_id").loc[ID_2024, "author"] == "Laurine Ortiz"
    assert "raw_text" not in frame.columns
    records = {r["article_id"]: r for r in json.loads(run(DATA, "--format", "json").stdout)}
    assert records[ID_2021]["published"].startswith("2021-05-12")
    assert records[ID_2024]["n_paragraphs"] == 11


def test_problems_go_to_stderr_and_loading_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("A headline\n\nThe council voted on Monday to close the old bridge.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = run(tmp_path)
    assert out.returncode == 0
    assert "problem: empty.txt: empty file (0 bytes) (skipped)" in out.stderr
    assert "ok" in out.stdout


def test_exit_codes_when_nothing_loads(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = run(tmp_path)
    assert out.returncode == 1 and out.stderr.strip().splitlines()[-1].startswith("error: no article could be loaded")
    missing = run(tmp_path / "nope")
    assert missing.returncode == 2 and missing.stderr.strip() == f"error: {tmp_path / 'nope'} does not exist"
