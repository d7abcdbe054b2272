"""The shipped name and common-word lists (built by scripts/build_wordlists.py): values known independently."""
from importlib import resources

import pytest

from analysis.quotes.lexicon import common_words, first_names, given_name_gender, lexicon


def _lines(name):
    text = resources.files("analysis.resources").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


def test_first_names_gender():
    names = first_names()
    assert names["mary"] > 0.99 and names["patricia"] > 0.99 and names["hillary"] > 0.9
    assert names["james"] < 0.01 and names["donald"] < 0.01 and names["boris"] < 0.01
    assert 0.2 < names["leslie"] < 0.8  # a name both sexes carry
    assert all(0.0 <= v <= 1.0 for v in names.values())
    assert all(n == n.lower() for n in names)


def test_a_rare_names_share_counted_at_the_census_files_cut_off_says_no_gender():
    # yang: 0.002 % of women and missing from the men's file, which stops at 0.004 %: at least 0.002 / 0.006 female
    assert given_name_gender("Yang") == "f" and given_name_gender("Yang", bounded=True) == ""
    assert given_name_gender("Mary", bounded=True) == "f" and given_name_gender("James", bounded=True) == "m"


def test_common_words():
    words = common_words()
    for w in "although billionaire understated meanwhile earlier rival crooked the said".split():
        assert w in words, w
    for w in "bill mark may hillary donald brown green reynolds perez mary james".split():
        assert w not in words, w
    assert all(w == w.lower() for w in words)


def test_names_written_with_accents_are_names_as_their_plain_spelling_is():
    names, words = first_names(), common_words()
    assert names["maría"] > 0.99 and names["josé"] < 0.01  # María, José: as Maria and Jose
    for w in "maría josé garcía suárez peña".split():
        assert w not in words, w
    for w in "café fiancé cliché naïve".split():  # accents alone make no name
        assert w in words, w


def test_countries_are_listed_but_not_common_given_names():
    countries = lexicon().lists["country"]
    assert {"guyana", "suriname", "norway", "kenya", "vietnam", "south korea", "united states"} <= countries
    assert not {"chad", "georgia"} & countries  # Chad Harris, Georgia Lee: people first
    lines = _lines("countries.txt")
    assert lines == sorted(set(lines)) and all(c == c.lower().strip() for c in lines)


def test_lists_do_not_contradict():
    assert not first_names().keys() & common_words()


@pytest.mark.parametrize("name", ["first_names.tsv", "common_words.txt", "common_words_removed.tsv"])
def test_every_line_parses_no_duplicates(name):
    lines = _lines(name)
    if name.endswith(".tsv"):
        header, *rows = lines
        width = len(header.split("\t"))
        rows = [row.split("\t") for row in rows]
        assert all(len(row) == width and all(row) for row in rows)
        keys = [row[0] for row in rows]
        if name == "first_names.tsv":
            assert header.split("\t") == ["name", "female", "frequency"]
            assert all(0 <= float(f) <= 1 and float(p) > 0 for _, f, p in rows)
    else:
        keys = lines
        assert all(k and k.strip() == k and " " not in k for k in keys)
    assert len(keys) == len(set(keys))


def test_sizes():
    assert 4_000 < len(first_names()) < 10_000
    assert 20_000 < len(common_words()) < 35_000
    removed = {line.split("\t")[0] for line in _lines("common_words_removed.tsv")[1:]}
    assert not removed & common_words() and {"bill", "brown", "hillary"} <= removed
