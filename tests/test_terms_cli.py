"""``python -m analysis terms``: distinctive terms per group with counts, TF-IDF and keyness."""
import io
import json
import re
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pandas as pd

from analysis.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["terms", *map(str, argv)])
    return code, out.getvalue(), err.getvalue()


def test_csv_on_the_seeds():
    code, out, err = run(DATA, "--format", "csv", "--top", "3")
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out), dtype={"group": str, "reference": str})
    assert list(table.columns) == ["group", "reference", "rank", "term", "count", "count_ref", "rate", "rate_ref",
                                   "tfidf", "g2", "p_value", "significance", "log_ratio", "z"]
    assert list(zip(table["group"], table["reference"])) == [("2021", "2024")] * 3 + [("2024", "2021")] * 3
    top_2024 = table[table["group"] == "2024"].iloc[0]
    text = (DATA / "articles" / "2024-05-13_biden-rafah-talks.txt").read_text(encoding="utf-8")
    assert top_2024["term"] == "rafah" and top_2024["count"] == len(re.findall(r"\bRafah\b", text))
    assert top_2024["count_ref"] == 0 and top_2024["log_ratio"] > 0 and top_2024["z"] > 0
    assert (table["log_ratio"] > 0).all()  # every row is typical of its own group


def test_table_and_json_formats():
    code, out, _ = run(DATA, "--top", "2")
    assert code == 0 and "rafah" in out and out.splitlines()[0].split()[:4] == ["group", "reference", "rank", "term"]
    code, out, _ = run(DATA, "--format", "json", "--top", "1", "--ngram", "2")
    assert code == 0
    assert [r["term"] for r in json.loads(out)] == ["said", "rafah"]


def test_one_group_lists_frequent_terms_with_a_note():
    code, out, err = run(DATA, "--by", "source", "--format", "csv", "--top", "2")
    assert code == 0
    assert "comparison needs two groups" in err
    table = pd.read_csv(io.StringIO(out))
    assert list(table["term"]) == ["israel", "hamas"]
    assert table["g2"].isna().all()


def test_unknown_group_or_column_is_an_error():
    code, _, err = run(DATA, "--groups", "2021", "1999")
    assert code == 2 and "1999" in err and "2024" in err
    code, _, err = run(DATA, "--by", "colour")
    assert code == 2 and "colour" in err
