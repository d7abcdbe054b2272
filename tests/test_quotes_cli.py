"""``python -m analysis quotes PATH``: table, CSV and JSON on a folder the test writes, and errors."""
import io
import json
from contextlib import redirect_stdout

import pandas as pd

from analysis.cli import main
from analysis.quotes import COLUMNS

TEXT = ("Minister backs plan\n\n"
        "The plan was published on Monday.\n\n"
        "\"We will deliver it,\" said Ann Lee, the housing minister. \"It is a good plan.\"\n\n"
        "Critics said the costs were too high.\n")


def run(argv):
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


def write_folder(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "2020-01-01_plan.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_quotes_csv(tmp_path):
    code, out = run(["quotes", str(write_folder(tmp_path)), "--format", "csv"])
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert list(frame.columns) == COLUMNS
    direct = frame[frame["kind"] == "direct"]
    assert list(direct["text"]) == ["We will deliver it,", "It is a good plan."]
    assert set(direct["speaker"]) == {"Ann Lee"}
    indirect = frame[frame["kind"] == "indirect"]
    assert list(indirect["text"]) == ["the costs were too high"] and list(indirect["speaker_type"]) == ["anonymous"]


def test_quotes_json_and_table(tmp_path):
    folder = write_folder(tmp_path)
    code, out = run(["quotes", str(folder), "--format", "json"])
    assert code == 0 and {r["speaker"] for r in json.loads(out) if r["kind"] == "direct"} == {"Ann Lee"}
    code, out = run(["quotes", str(folder)])
    assert code == 0 and "Ann Lee" in out and out.splitlines()[0].split()[:3] == ["article_id", "kind", "text"]


def test_quotes_missing_path(tmp_path, capsys):
    code, _ = run(["quotes", str(tmp_path / "nope")])
    assert code == 2
