"""The loader's shortcuts give exactly what the slow, obvious calls give."""

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import _SPACES, _collapse_spaces, _count_words, _ends_sentence, _repeats_headline, _words
from analysis.load import _parse_date, _Resolver


def test_resolver_matches_path_resolve(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("x")
    root = tmp_path / "data"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("x")
    (root / "sub" / "b.txt").write_text("x")
    (root / "sub" / "deeper" / "c.txt").write_text("x")
    (root / "link-file.txt").symlink_to(root / "a.txt")
    (root / "link-out.txt").symlink_to(outside / "secret.txt")
    (root / "link-dir").symlink_to(outside, target_is_directory=True)
    (root / "link-sub").symlink_to(root / "sub", target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "loop-a").symlink_to(root / "loop-b")
    (root / "loop-b").symlink_to(root / "loop-a")
    monkeypatch.chdir(tmp_path)
    paths = [p for p in root.rglob("*") if not p.name.startswith("loop")] + [
        root / "missing.txt", root / "sub" / ".." / "a.txt", root / "link-sub" / ".." / "a.txt",
        root / "link-dir" / "secret.txt", root / "sub" / "..", root / ".", root / "link-sub" / "deeper" / "c.txt",
        root / "nowhere" / "x.txt", root / "a.txt" / "x.txt",
    ]
    relative = [p.relative_to(tmp_path) for p in paths] + [type(root)("data/a.txt"), type(root)("a.txt")]
    resolve = _Resolver()
    for p in paths + relative:
        assert resolve(p) == p.resolve(), p
    for loop in (root / "loop-a", root / "loop-b" / "x.txt"):
        with pytest.raises(RuntimeError):
            loop.resolve()
        with pytest.raises(RuntimeError):
            resolve(loop)
    with pytest.raises(ValueError):
        (root / "nul\x00.txt").resolve()
    with pytest.raises(ValueError):
        resolve(root / "nul\x00.txt")


@pytest.mark.parametrize("value", [
    "2024-06-13", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00",
    "0000-01-01", "0001-01-01", "1677-09-21", "2262-04-12", "9999-12-31", "2024-1-5", "2024-06-13T10:00",
    "2024-06-13 10:00:00+02:00", "13 June 2024", "June 13, 2024", "not a date", "", "١٢٣٤-٠٦-١٣",
])
def test_parse_date_matches_pandas(value):
    fast = _parse_date.__wrapped__(value)
    slow = pd.to_datetime(value, errors="coerce", utc=True)
    if pd.isna(slow):
        assert pd.isna(fast)
    else:
        assert fast == slow and fast.unit == slow.unit and str(fast.tz) == str(slow.tz)
        assert fast.year == slow.year  # year 0 has no repr: compare fields, not strings


@pytest.mark.parametrize("line", ["", "   ", "one", "one two three", "don't stop — it’s fine, O'Brien!", "x_y z",
                                  " ".join(["word"] * 40), "Chưa có bình luận nào", "12 comments", "— – -"])
@pytest.mark.parametrize("limit", [1, 4, 9, 13, 26])
def test_capped_word_count(line, limit):
    assert _count_words(line, limit) == min(len(_words(line)), limit)


_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")  # what _ends_sentence replaced


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(".!?…\"'”’)]([a b,;:\n\t") + ["x", "é", "\u00a0"]), max_size=12))
def test_ends_sentence_matches_the_regular_expression(text):
    stripped = text.strip()
    assert _ends_sentence(stripped) == bool(_TERMINAL.search(stripped))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\u00a0", "\u2009", "\n", "x", "é"]), max_size=12))
def test_collapse_spaces_matches_the_regular_expression(text):
    assert _collapse_spaces(text) == _SPACES.sub(" ", text)


_PIECES = st.sampled_from(["a", "A", "b", "SS", "ss", "ß", "İ", "ﬁ", "Σ", "σ", "ς", " ", "\t", "\u00a0", "\u2009", "\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join), st.lists(_PIECES, min_size=1, max_size=10).map("".join))
def test_repeats_headline_matches_the_plain_comparison(line, title):
    key = " ".join(title.casefold().split())
    for candidate in (line, title, title.upper(), " " + title.lower() + "\t"):
        if key:
            assert _repeats_headline(candidate, key) == (" ".join(candidate.casefold().split()) == key)


def test_case_folding_keeps_white_space_where_it_is():
    """What _repeats_headline relies on, for every code point."""
    for c in map(chr, range(0x110000)):
        folded = c.casefold()
        assert folded == c if c.isspace() else folded and not any(f.isspace() for f in folded), hex(ord(c))
