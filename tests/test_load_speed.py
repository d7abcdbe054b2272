"""The loader's shortcuts give exactly what the slow, obvious computations give, seen through public functions:
dates and manifest look-ups through ``load_corpus``, word counts and line rules through ``is_sentence`` and
``clean_article``."""

import os
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import clean_article, is_sentence
from analysis.load import MANIFEST_NAME, load_corpus


def story(n: int) -> str:
    return f"Council Story Number {n}\n\nThe council met on day {n} to discuss the bridge and its piers.\n"


DATES = ["2024-06-13", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00",
         "0000-01-01", "0001-01-01", "1677-09-21", "2262-04-12", "9999-12-31", "2024-1-5", "2024-06-13T10:00",
         "2024-06-13 10:00:00+02:00", "13 June 2024", "June 13, 2024", "not a date", "١٢٣٤-٠٦-١٣"]


def test_manifest_dates_are_what_pandas_reads(tmp_path):
    rows = []
    for n, value in enumerate(DATES):
        (tmp_path / f"a{n:02d}.txt").write_text(story(n), encoding="utf-8")
        rows.append(f'a{n:02d}.txt,"{value}"\n')
    (tmp_path / MANIFEST_NAME).write_text("file,published\n" + "".join(rows), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    published = corpus.articles.set_index("path")["published"]
    problems = set(corpus.problems["file"])
    for n, value in enumerate(DATES):
        expected = pd.to_datetime(value, errors="coerce", utc=True)
        got = published[f"a{n:02d}.txt"]
        if pd.isna(expected):
            assert pd.isna(got) and f"a{n:02d}.txt" in problems, value
        else:
            assert got == expected.tz_convert(None) and got.year == expected.year, value


def test_manifest_rows_reach_their_files_whatever_the_folder_is_called(tmp_path, monkeypatch):
    """Manifest rows are keyed by resolved path: every spelling of the folder (relative, with ``..``,
    through a linked folder) finds them."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "other.txt").write_text(story(9), encoding="utf-8")
    data = tmp_path / "data"
    (data / "sub" / "deeper").mkdir(parents=True)
    titles = {"a.txt": "Title A", "sub/b.txt": "Title B", "sub/deeper/c.txt": "Title C"}
    for n, name in enumerate(titles):
        (data / name).write_text(story(n), encoding="utf-8")
    (data / MANIFEST_NAME).write_text("file,title\n" + "".join(f"{f},{t}\n" for f, t in titles.items())
                                      + "./sub/../a.txt,Second row\nlink-out/other.txt,Outside\n", encoding="utf-8")
    (data / "link-out").symlink_to(outside, target_is_directory=True)
    (data / "link-sub").symlink_to(data / "sub", target_is_directory=True)
    (tmp_path / "alias").symlink_to(data, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    for path in (data, "data", "data/sub/..", "./data/", "alias", "data/link-sub/.."):
        corpus = load_corpus(path)
        assert dict(zip(corpus.articles["path"], corpus.articles["title"])) == titles, path
        reasons = corpus.problems["reason"].tolist()
        assert any(r.startswith("second manifest row") for r in reasons), path
        assert any(r.startswith("manifest names a path outside") for r in reasons), path


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["word", "it's", "O'Brien", "x_y", "—", "12", "é", " ", "  ", "\t", ".", "!", "?",
                                 "…", "\"", "”", "’", ")", "]", "(", ","]), max_size=40).map("".join))
def test_is_sentence_is_the_plain_rule(line):
    """Ends with sentence punctuation (then closing quotes or brackets) and has 4 words, or has more than 12."""
    stripped = line.strip()
    n_words = len(_WORD.findall(stripped))
    assert is_sentence(line) == (n_words >= 4 if _TERMINAL.search(stripped) else n_words > 12)


_RUNS = st.text(alphabet=st.sampled_from([" ", "\t", "\u00a0", "\u2009"]), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(_RUNS, min_size=4, max_size=4))
def test_runs_of_spaces_collapse_to_one(runs):
    words = ["The minister", "said that", "the plan would", "work well", "today."]
    line = "".join(w + r for w, r in zip(words, runs + [""]))
    cleaned = clean_article(f"Headline Words Here Today\n\n{line}\n")
    assert cleaned.text == re.sub(r"[ \t\u00a0]{2,}", " ", line.strip())


TITLES = ["Straße Talks İn Σίσυφος City", "SS Meets ß Here Again", "ﬁnal Vote On The Bridge Plan"]
_SPACE = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2009"])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from([str, str.upper, str.lower, str.casefold, str.swapcase]),
       st.lists(_SPACE, min_size=6, max_size=6), st.sampled_from(["", "", " x", "s"]))
def test_a_line_repeating_the_headline_is_removed(title, case, spaces, extra):
    """Removed as a repeated headline exactly when it equals the headline case-folded, white space collapsed."""
    words = case(title).split(" ")
    line = spaces[0] + "".join(w + s for w, s in zip(words, spaces[1:] + [""] * len(words))) + extra
    text = (f"{title}\n\nThe council met on Monday to discuss the plan for the bridge.\n\n{line}\n\n"
            "The mayor said the work would end soon enough.\n")
    removed = {n: reason for n, _, reason in clean_article(text).log}
    expected = " ".join(line.casefold().split()) == " ".join(title.casefold().split())
    assert (removed.get(5) == "repeated headline") == expected, (line, removed)
