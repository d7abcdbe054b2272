"""Articles as users have them: HTML pages, JSON, JSONL and CSV records, datelines and date formats."""
import json

import pandas as pd
import pytest

from analysis import group_labels, load_corpus

PAGE = """<!doctype html><html><head><title>Council votes to close bridge | The Daily Example</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2023-03-04T10:00:00Z">
<meta property="og:site_name" content="The Daily Example"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council votes to close bridge</h1>
<p>The council voted on Monday to close the old river bridge after engineers found cracks in two of its piers.</p>
<p>“It is simply not safe for traffic any more,” the mayor, Ana Ruiz, told reporters outside the town hall.</p>
<p>Repairs are expected to take at least eighteen months and to cost the town more than four million euros.</p>
</article><script>alert("tracking")</script>
<footer><p>Share this article</p><p>© 2023 The Daily Example. All rights reserved.</p></footer></body></html>"""


def test_html_page_main_text_and_metadata(tmp_path):
    (tmp_path / "bridge.html").write_text(PAGE, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    row = corpus.articles.iloc[0]
    assert row.text.startswith("The council voted on Monday to close the old river bridge")
    assert "told reporters outside the town hall." in row.text and "eighteen months" in row.text
    for furniture in ("Home", "Sport", "tracking", "All rights reserved", "Share this"):
        assert furniture not in row.text
    assert (row.author, row.author_origin) == ("Jane Roe", "page")
    assert row.published == pd.Timestamp("2023-03-04") and row.published_origin == "page"
    assert "Council votes to close bridge" in row.title
    assert "trafilatura" in " ".join(corpus.cleaning_log["reason"])


def test_json_array_jsonl_and_csv_records(tmp_path):
    (tmp_path / "batch.json").write_text(json.dumps({"articles": [
        {"title": "First", "published": "2017-12-05", "author": "A. One", "source": "Wire",
         "text": "The senate passed the bill on Tuesday by a narrow margin of two votes."},
        {"title": "No text here", "published": "2017-12-06"},
    ]}), encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"title": "Second", "text": "The governor vetoed the measure late on Friday evening."}\n'
        "{not json}\n\n"
        '{"title": "Third", "source": "Gazette", "text": "Voters rejected the school levy for a third time."}\n',
        encoding="utf-8")
    (tmp_path / "table.csv").write_text(
        'title,published,text\nFourth,13 May 2024,"The port reopened, officials said, after the storm passed."\n',
        encoding="utf-8")
    corpus = load_corpus(tmp_path)
    arts = corpus.articles.set_index("path")
    # `#N` is the record number: the third record of feed.jsonl is on line 4, table.csv's first on line 2
    assert sorted(arts.index) == ["batch.json#1", "feed.jsonl#1", "feed.jsonl#3", "table.csv#1"]
    assert arts.loc["batch.json#1", "title"] == "First" and arts.loc["batch.json#1", "title_origin"] == "record"
    assert arts.loc["batch.json#1", "published"] == pd.Timestamp("2017-12-05")
    assert arts.loc["table.csv#1", "published"] == pd.Timestamp("2024-05-13")
    assert arts.loc["feed.jsonl#3", "source"] == "Gazette"
    skipped = corpus.skipped.set_index("file")["reason"]
    assert "no 'text'" in skipped["batch.json#2"]
    assert "malformed JSON line" in skipped["feed.jsonl#2"]
    assert arts["article_id"].is_unique


def test_records_file_that_is_broken_is_reported(tmp_path):
    (tmp_path / "bad.json").write_text("[{\"text\": \"unterminated", encoding="utf-8")
    (tmp_path / "notext.csv").write_text("title,body\nA,B\n", encoding="utf-8")
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    reasons = corpus.skipped.set_index("file")["reason"]
    assert reasons["bad.json"].startswith("malformed JSON")
    assert "without a 'text' column" in reasons["notext.csv"]
    assert "no article records" in reasons["empty.json"]
    assert corpus.articles.empty


def test_records_csv_named_like_the_manifest_is_read_as_articles(tmp_path):
    (tmp_path / "articles.csv").write_text("title,text\nOnly,The mayor resigned on Sunday after the vote.\n",
                                           encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["title"].tolist() == ["Only"]


@pytest.mark.parametrize("header, expected", [
    ("By Jane Roe\nMay 13, 2024\n", ("Jane Roe", "2024-05-13 00:00")),
    ("Jane Roe\n13 May 2024 09:30\n", ("Jane Roe", "2024-05-13 09:30")),
    ("Published: 2017-12-05\nBy: Sam Poe\n", ("Sam Poe", "2017-12-05 00:00")),
    ("Monday, December 4, 2017 at 5:15 p.m. EST\n", (None, "2017-12-04 17:15")),
])
def test_bylines_and_date_lines(tmp_path, header, expected):
    (tmp_path / "a.txt").write_text("Port strike ends after nine days\n" + header +
                                    "\nDock workers returned to work on Monday after a deal on pay was agreed.",
                                    encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert row.title == "Port strike ends after nine days"
    assert (row.author if pd.notna(row.author) else None, f"{row.published:%Y-%m-%d %H:%M}") == expected
    assert row.text == "Dock workers returned to work on Monday after a deal on pay was agreed."


def test_wire_dateline_gives_the_source_and_stays_in_the_text(tmp_path):
    (tmp_path / "a.txt").write_text("EU leaders meet\n\nBRUSSELS (Reuters) - European Union leaders met on Thursday.",
                                    encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert (row.source, row.source_origin) == ("Reuters", "text")
    assert row.text.startswith("BRUSSELS (Reuters) - ")


def test_undated_articles_are_grouped_as_unknown(tmp_path):
    (tmp_path / "a.txt").write_text("No date here\n\nThe vote was postponed again on Monday.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert group_labels(corpus.articles, by="year").tolist() == ["unknown"]


@pytest.mark.parametrize("first, second, title", [
    ("Will the Budget bring out smiling voters?", "As the spokesman said, any chancellor would try.", True),
    ("Stein removed from debate site by police.", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Police removed her.", True),
    ("The council voted on Monday to close the bridge.", "Engineers had found cracks in two piers.", False),
])
def test_sentence_like_headlines_only_with_strong_evidence(tmp_path, first, second, title):
    (tmp_path / "a.txt").write_text(f"{first}\n\n{second}", encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    if title:
        assert row.title == first and row.text == second
    else:
        assert pd.isna(row.title) and row.text == f"{first}\n\n{second}"
