"""Hostile records: one bad record costs only itself, text never carries a lone surrogate, record ids never
collide, and a `$` in a label is drawn as a dollar sign (issue 12, breaks 4, 5 and the ids of 12)."""
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import RendererAgg  # noqa: E402

from analysis import load_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOOD = ["The council closed the old bridge on Monday after engineers found cracks in two piers.",
        "Voters rejected the school levy for a third time, officials said on Tuesday night.",
        "The port reopened on Friday after the storm passed, the harbour master said."]
DEEP = "[" * 100_000 + "]" * 100_000
LONG_NUMBER = "7" * 5_000


def jsonl(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


def good(i: int, **fields) -> str:
    return json.dumps({"text": GOOD[i], **fields})


def assert_one_line_reasons(corpus):
    assert all("\n" not in r and r.strip() for r in corpus.problems["reason"])


# --- Break 4: each bad record costs only itself ----------------------------------------------------

@pytest.mark.parametrize("bad, words", [
    ('{"text": ' + DEEP + '}', "nested too deeply"),
    ('{"text": "Some words here.", "id": ' + LONG_NUMBER + '}', "5,000 digits"),
])
def test_jsonl_bad_line_costs_only_that_line(tmp_path, bad, words):
    (tmp_path / "feed.jsonl").write_text(jsonl(good(0), bad, good(1)), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.articles["text"]) == sorted([GOOD[0], GOOD[1]])
    assert corpus.problems[["file", "action"]].values.tolist() == [["feed.jsonl#2", "skipped"]]
    assert words in corpus.problems["reason"].iloc[0] and "line 2" in corpus.problems["reason"].iloc[0]
    assert_one_line_reasons(corpus)


@pytest.mark.parametrize("wrap", [lambda items: items, lambda items: {"source": "Wire", "articles": items}],
                         ids=["array", "articles-object"])
@pytest.mark.parametrize("bad, words", [(DEEP, "nested too deeply"), (LONG_NUMBER, "5,000 digits"),
                                        ('{"text": "Deep.", "meta": ' + DEEP + '}', "nested too deeply")])
def test_json_array_bad_element_costs_only_that_element(tmp_path, wrap, bad, words):
    items = json.dumps(wrap(["@BAD@", {"text": GOOD[0], "title": "First"}, {"text": GOOD[1]}]))
    (tmp_path / "batch.json").write_text(items.replace('"@BAD@"', bad), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    articles = corpus.articles.set_index("path")
    assert articles["text"].to_dict() == {"batch.json#2": GOOD[0], "batch.json#3": GOOD[1]}
    assert articles.loc["batch.json#2", "title"] == "First"
    assert corpus.problems[["file", "action"]].values.tolist() == [["batch.json#1", "skipped"]]
    assert words in corpus.problems["reason"].iloc[0]
    assert_one_line_reasons(corpus)


@pytest.mark.parametrize("content", [
    "[" + DEEP + ', {"text": "' + GOOD[0] + '"}, {"text": "unterminated}]',  # the array itself is malformed
    "[" + DEEP + ', {"text": "' + GOOD[0] + '"}',  # the array never closes
    '{"articles": [' + DEEP + '], "extra": }',  # the object around the array is malformed
])
def test_json_file_that_does_not_parse_fails_whole_with_one_reason(tmp_path, content):
    (tmp_path / "batch.json").write_text(content, encoding="utf-8")
    (tmp_path / "other.txt").write_text(GOOD[2], encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["path"].tolist() == ["other.txt"]
    assert corpus.problems[["file", "action"]].values.tolist() == [["batch.json", "skipped"]]
    assert corpus.problems["reason"].iloc[0].startswith("malformed JSON")
    assert_one_line_reasons(corpus)


@pytest.mark.parametrize("content, words", [
    ('{"text": "One article.", "meta": ' + DEEP + "}", "nested too deeply"),  # one object: the file is the record
    ('{"articles": [], "meta": ' + LONG_NUMBER + "}", "5,000 digits"),  # outside the article array
])
def test_json_unreadable_value_outside_an_article_array_costs_the_file(tmp_path, content, words):
    (tmp_path / "one.json").write_text(content, encoding="utf-8")
    (tmp_path / "other.txt").write_text(GOOD[2], encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["path"].tolist() == ["other.txt"]
    assert corpus.problems[["file", "action"]].values.tolist() == [["one.json", "skipped"]]
    assert words in corpus.problems["reason"].iloc[0]
    assert_one_line_reasons(corpus)


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(tmp_path):
    text = "The mayor spoke first.\u2028Then the council voted to close the bridge on Monday."
    (tmp_path / "feed.jsonl").write_text(jsonl(json.dumps({"text": text}, ensure_ascii=False), good(1)),
                                         encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.problems.empty
    assert corpus.articles["path"].tolist() == ["feed.jsonl#1", "feed.jsonl#2"]


# --- Lone surrogates: repaired to U+FFFD and logged, never passed on ----------------------------------

SURROGATE_TEXT = r"The mayor\ud800 said the bridge would close on Monday.\nRepairs will take a year."


@pytest.mark.parametrize("name, content", [
    ("feed.jsonl", jsonl('{"title": "Bad \\udfff title", "text": "' + SURROGATE_TEXT + '"}', good(1))),
    ("batch.json", '[{"title": "Bad \\udfff title", "text": "' + SURROGATE_TEXT + '"}, ' + good(1) + "]"),
])
def test_lone_surrogates_are_replaced_and_logged(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="ascii")
    corpus = load_corpus(tmp_path)
    assert corpus.problems.empty
    articles = corpus.articles.set_index("path")
    first = articles.loc[f"{name}#1"]
    assert first["text"].startswith("The mayor\ufffd said the bridge would close on Monday.")
    assert first["raw_text"] == "The mayor\ufffd said the bridge would close on Monday.\nRepairs will take a year."
    assert first["title"] == "Bad \ufffd title"
    assert articles.loc[f"{name}#2", "text"] == GOOD[1]
    log = corpus.cleaning_log[corpus.cleaning_log["article_id"] == first["article_id"]]
    repairs = log[log["reason"].str.contains("surrogate")]
    assert repairs["line"].tolist()[0] == 1 and "\\ud800" in repairs["reason"].iloc[0]
    assert "\\udfff" in repairs["reason"].iloc[1] and "title" in repairs["text"].iloc[1]
    for table in (corpus.articles, corpus.problems, corpus.cleaning_log):  # every table can be written
        table.to_csv(tmp_path / "out.csv", encoding="utf-8")
        table.to_json(tmp_path / "out.json", date_format="iso")


def test_file_name_that_is_not_utf8_loads_under_a_writable_name(tmp_path):
    (tmp_path / "caf\xe9.txt".encode("latin-1").decode("utf-8", "surrogateescape")).write_text(GOOD[0])
    (tmp_path / "\udcffempty.txt").write_bytes(b"")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["path"].tolist() == ["caf\\xe9.txt"]
    assert corpus.problems["file"].tolist() == ["\\xffempty.txt"]
    corpus.articles.to_csv(tmp_path.parent / "out.csv", encoding="utf-8")
    corpus.problems.to_csv(tmp_path.parent / "problems.csv", encoding="utf-8")


def test_articles_command_prints_a_surrogate_record_without_a_traceback(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "feed.jsonl").write_text(jsonl('{"text": "' + SURROGATE_TEXT + '"}'), encoding="ascii")
    run = subprocess.run([sys.executable, "-m", "analysis", "articles", str(data), "--format", "json"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    [row] = json.loads(run.stdout)
    assert row["text"].startswith("The mayor\ufffd said")


# --- CSV fields longer than the csv module's default limit -------------------------------------------

LONG_TEXT = ("The council met again on Monday to discuss the bridge and the budget for repairs. " * 2500).strip()


@pytest.fixture()
def default_field_limit():
    """The csv module's default field limit (131,072 characters), whatever an earlier test raised it to."""
    before = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(before)


def test_csv_record_of_200_kb_loads(tmp_path, default_field_limit):
    assert len(LONG_TEXT) > 200_000
    with open(tmp_path / "table.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["title", "text"], ["Long", LONG_TEXT], ["Short", GOOD[0]]])
    corpus = load_corpus(tmp_path)
    assert corpus.problems.empty
    articles = corpus.articles.set_index("path")
    assert articles.loc["table.csv#1", "raw_text"] == LONG_TEXT
    assert articles.loc["table.csv#2", "text"] == GOOD[0]


def test_manifest_with_a_200_kb_note_is_applied(tmp_path, default_field_limit):
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD[1], encoding="utf-8")
    with open(tmp_path / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file", "title", "notes"], ["a.txt", "Bridge", LONG_TEXT], ["b.txt", "Levy", ""]])
    corpus = load_corpus(tmp_path)
    assert corpus.problems.empty
    articles = corpus.articles.set_index("path")
    assert articles["title"].to_dict() == {"a.txt": "Bridge", "b.txt": "Levy"}
    assert articles.loc["a.txt", "notes"] == LONG_TEXT


# --- Record ids: by record number, readable, unique across the corpus --------------------------------

def test_record_ids_are_numbered_by_record_and_unique(tmp_path):
    words = iter(f"Article number {n} says the council met on day {n} of the month." for n in range(1, 20))
    (tmp_path / "records.jsonl").write_text(jsonl(*(json.dumps({"text": next(words)}) for _ in range(2))),
                                            encoding="utf-8")
    with open(tmp_path / "records.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["text"], [next(words)], [next(words)]])
    (tmp_path / "records-1.txt").write_text(next(words), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "records.jsonl").write_text("\n" + jsonl(*(json.dumps({"text": next(words)}) for _ in range(2))),
                                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.problems.empty
    # In sorted order: records-1.txt takes records-1, so record 1 of records.csv falls back to its whole
    # path, record 2 takes records-2, and so on; a record's id never depends on a line number.
    assert corpus.articles.set_index("path")["article_id"].to_dict() == {
        "records-1.txt": "records-1",
        "records.csv#1": "records-csv-1", "records.csv#2": "records-2",
        "records.jsonl#1": "records-jsonl-1", "records.jsonl#2": "records-jsonl-2",
        "sub/records.jsonl#1": "sub-records-1", "sub/records.jsonl#2": "sub-records-2",
    }


def test_record_ids_of_one_file_follow_record_numbers(tmp_path):
    (tmp_path / "feed.jsonl").write_text("\n\n" + jsonl(good(0), "", good(1), "{broken", good(2)), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["feed-1", "feed-2", "feed-4"]
    assert corpus.problems["file"].tolist() == ["feed.jsonl#3"]
    assert "line 6" in corpus.problems["reason"].iloc[0]


# --- Break 5: `$` in labels is text, not math ---------------------------------------------------------

LABELS = ["Stocks: $AAPL up 5%, $MSFT down", "Save $5 & get $10"]
QUOTED = ['"We will not raise taxes this year," said Mayor Ana Ruiz. The council met on Monday to vote on the budget. '
          '"The bridge must close," Ruiz said. Critics said the plan would hurt shops near the river.',
          '"Prices will fall next month," said Tom Baker, the shop owner. Shoppers queued early on Saturday. '
          '"We sold out by noon," Baker said. The sale ends on Sunday, officials said.']


@pytest.fixture()
def dollar_articles(tmp_path):
    rows = [{"source": label, "text": text} for label, text in zip(LABELS, QUOTED)]
    (tmp_path / "feed.jsonl").write_text(jsonl(*map(json.dumps, rows)), encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    assert sorted(articles["source"]) == sorted(LABELS)
    return articles


def _figures(articles):
    from analysis import plots
    from analysis.keyness import keyness
    from analysis.quotes import extract_quotes, quote_positions, speaker_shares, speaker_type_counts
    from analysis.terms import dispersion, term_frequency, tfidf, tfidf_difference
    key = keyness(articles, by="source")
    quotes = extract_quotes(articles)
    scores = tfidf(articles, by="source")
    yield "article sizes", plots.plot_article_sizes(articles, by="source")
    yield "top terms", plots.plot_top_terms(term_frequency(articles, by="source"), title=f"by {LABELS[0]}")
    yield "distinctive", plots.plot_distinctive_terms(key)
    yield "difference", plots.plot_distinctive_terms(tfidf_difference(scores, *sorted(LABELS)), value="difference")
    yield "keyness", plots.plot_keyness(key)
    yield "scatter", plots.plot_term_scatter(key)
    yield "dispersion", plots.plot_dispersion(dispersion(articles, ["bridge", "sale"], by="source"),
                                              ["bridge", "sale"], articles=articles, by="source")
    yield "speaker shares", plots.plot_speaker_shares(speaker_shares(quotes, articles, by="source"))
    yield "speaker types", plots.plot_speaker_types(speaker_type_counts(quotes, articles, by="source"))
    yield "positions", plots.plot_quote_positions(quote_positions(quotes, articles, by="source"))


def test_dollar_signs_in_group_labels_are_drawn_as_text(dollar_articles, monkeypatch):
    drawn = []
    draw_text = RendererAgg.draw_text

    def record(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        drawn.append((s, ismath))
        return draw_text(self, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)

    monkeypatch.setattr(RendererAgg, "draw_text", record)
    try:
        for name, fig in _figures(dollar_articles):
            drawn.clear()
            fig.canvas.draw()  # math text would fail here ("Stocks: $AAPL up 5%, $MSFT down")
            assert all(ismath is False for s, ismath in drawn if "$" in s), (name, drawn)
            shown = "\n".join(s for s, _ in drawn)
            for label in LABELS:  # the label as written, dollars and all, somewhere on the chart
                assert label in shown or label.replace(" ", "\n", 1) in shown, (name, label, shown)
            plt.close(fig)
    finally:
        plt.close("all")
