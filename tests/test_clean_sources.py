"""Cleaning text from real-world sources: markup and entities left in text files, mojibake, outlet furniture."""
import pandas as pd

from analysis import load_corpus

TWEETS = """Trump fires back at critic

Donald Trump answered the columnist on Twitter within the hour, as he often does with critics.

<tweet id="672138506081275904" author="@MissDBunker" datetime="2015-12-02">Scanner: suspect left the building &amp; drove off</tweet>.

<tweet tweet-id="667366217527767040"><tweet/>.

Watch the latest video at <a href="http://video.example.com">video.example.com</a>.

The campaign said it had &#8220;nothing to add&#8221; to the candidate&#8217;s remarks on Sunday evening.
"""


def _log(corpus, article_id):
    log = corpus.cleaning_log
    return log[log["article_id"] == article_id]


def test_tweet_markup_and_entities_removed_and_logged_tweet_text_kept(tmp_path):
    (tmp_path / "tweets.txt").write_text(TWEETS, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = corpus.articles.set_index("article_id").loc["tweets", "text"]
    assert "Scanner: suspect left the building & drove off." in text
    assert "Watch the latest video at video.example.com." in text
    assert "The campaign said it had “nothing to add” to the candidate’s remarks on Sunday evening." in text
    for markup in ("<", ">", "tweet-id", "datetime", "author=", "@MissDBunker", "&amp;", "&#"):
        assert markup not in text
    log = _log(corpus, "tweets")
    rows = {(line, reason.split(" (")[0]) for line, reason in zip(log["line"], log["reason"])}
    assert (5, "markup removed") in rows and (9, "markup removed") in rows
    assert (7, "markup only") in rows  # the tweet that had no text of its own: its line goes
    assert (11, "HTML entities decoded") in rows
    # the log shows the lines as the file has them
    assert log.loc[log["line"] == 7, "text"].tolist() == ['<tweet tweet-id="667366217527767040"><tweet/>.']


def test_markup_words_not_in_terms(tmp_path):
    from analysis import terms
    (tmp_path / "tweets.txt").write_text(TWEETS, encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    counted = set(terms.term_frequency(articles)["term"])
    assert not counted & {"tweet", "datetime", "tweet-id", "href", "amp", "8217", "missdbunker"}
    assert {"scanner", "campaign"} <= counted


MOJIBAKE = """Cleric denies any role

The exiled cleric Fethullah GÃ¼len denied any role in the attempt, his lawyer said on Saturday.

A spokesman said GÃ1⁄4len had been living in Pennsylvania since 1999 and that itâ€™s a lie.

Angela Müller flew from São Paulo to meet Gülen’s “close friends” on Monday, officials said.

Rep. RaÃÂol Grijalva and Federico de JesÃos called for an inquiry, raison d'Ãatre of the committee.
"""


def test_mojibake_repaired_and_logged_correct_text_untouched(tmp_path):
    (tmp_path / "cleric.txt").write_text(MOJIBAKE, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = corpus.articles.set_index("article_id").loc["cleric", "text"]
    assert "The exiled cleric Fethullah Gülen denied any role" in text
    assert "A spokesman said Gülen had been living in Pennsylvania since 1999 and that it’s a lie." in text
    assert "Angela Müller flew from São Paulo to meet Gülen’s “close friends” on Monday, officials said." in text
    assert "Ã" not in text and "â€" not in text
    log = _log(corpus, "cleric")
    repaired = log[log["reason"].str.startswith("mojibake repaired")]
    assert "Rep. Raúl Grijalva and Federico de Jesús called for an inquiry, raison d'être of the committee." in text
    assert repaired["line"].tolist() == [3, 5, 9]
    assert "GÃ¼len → Gülen" in repaired["reason"].iloc[0]
    assert not (log["line"] == 7).any()  # the correct line is neither repaired nor logged


NYT = """Jobs report gives Democrats a lift

ABSTRACT.

A more tangible economic upswing could help Democrats keep the White House, analysts said on Friday.

FULL TEXT.

The economy added more jobs than expected last month, and hourly earnings rose for the first time in a year.
"""


def test_nyt_section_labels_removed(tmp_path):
    (tmp_path / "jobs.txt").write_text(NYT, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = corpus.articles.loc[0, "text"]
    assert "ABSTRACT" not in text and "FULL TEXT" not in text
    assert text.startswith("A more tangible economic upswing") and text.endswith("first time in a year.")
    log = _log(corpus, "jobs")
    assert log.loc[log["line"].isin([3, 7]), "text"].tolist() == ["ABSTRACT.", "FULL TEXT."]


def test_csv_record_ids_are_record_numbers_with_multiline_fields(tmp_path):
    (tmp_path / "bbc.csv").write_text(
        'text,source\n'
        '"The minister spoke first.\n\nShe said the plan would go ahead next spring.",bbc\n'
        '"Critics replied on Tuesday.\nThey called the plan a costly mistake for the country.",bbc\n'
        'A third record on one line says the vote is set for June.,bbc\n', encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    assert articles["article_id"].tolist() == ["bbc-1", "bbc-2", "bbc-3"]
    assert articles["path"].tolist() == ["bbc.csv#1", "bbc.csv#2", "bbc.csv#3"]
    assert articles.loc[2, "text"] == "A third record on one line says the vote is set for June."
    assert pd.notna(articles.loc[0, "text"])


def _outlet_corpus(tmp_path):
    """Three articles of `daily`, each signed off with the same line; two of `weekly` with its own line."""
    bodies = [
        "The council voted on Monday to close the old river bridge after engineers found cracks.",
        "Repairs are expected to take at least eighteen months and to cost more than four million euros.",
        "The mayor said a ferry would carry commuters across the river while the bridge is closed.",
        "Shop owners on both banks said they feared losing customers during the long closure.",
        "A public meeting on the closure is planned for next Thursday evening at the town hall.",
    ]
    files = {
        "d1.txt": (f"{bodies[0]}\n\nFollow The Daily on Twitter for the latest news.\n", "daily"),
        "d2.txt": (f"{bodies[1]}\n\n{bodies[2]}\n\nFollow The Daily on Twitter for the latest news.\n", "daily"),
        "d3.txt": (f"Follow The Daily on Twitter for the latest news.\n\n{bodies[3]}\n", "daily"),
        "w1.txt": (f"{bodies[4]}\n\nThis story was written by our weekly desk staff.\n", "weekly"),
        "w2.txt": (f"{bodies[0]}\n\nThis story was written by our weekly desk staff.\n", "weekly"),
    }
    manifest = ["file,source"]
    for name, (text, source) in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        manifest.append(f"{name},{source}")
    (tmp_path / "articles.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return bodies


def test_repeated_outlet_furniture_removed_only_when_in_several_articles_of_a_source(tmp_path):
    bodies = _outlet_corpus(tmp_path)
    corpus = load_corpus(tmp_path)
    text = corpus.articles.set_index("article_id")["text"]
    assert text["d1"] == bodies[0]
    assert text["d2"] == f"{bodies[1]}\n\n{bodies[2]}"
    assert text["d3"] == bodies[3]
    # two articles of `weekly` share a line: not enough to call it furniture
    assert text["w1"].endswith("This story was written by our weekly desk staff.")
    assert text["w2"].endswith("This story was written by our weekly desk staff.")
    log = corpus.cleaning_log
    furniture = log[log["reason"].str.startswith("outlet furniture")]
    assert sorted(zip(furniture["article_id"], furniture["line"])) == [("d1", 3), ("d2", 5), ("d3", 1)]
    assert set(furniture["text"]) == {"Follow The Daily on Twitter for the latest news."}
    assert all("3 articles of daily" in r for r in furniture["reason"])
    n_words = corpus.articles.set_index("article_id")["n_words"]
    assert n_words["d1"] == len(bodies[0].split())

    # the same line in three articles of three sources is not any one outlet's furniture
    other = tmp_path / "other"
    other.mkdir()
    for i, source in enumerate(["a", "b", "c"]):
        (other / f"x{i}.txt").write_text(
            f"Article number {i} of this test reports that the vote was postponed again.\n\n"
            "Follow us on Twitter for the latest news.\n", encoding="utf-8")
    (other / "articles.csv").write_text("file,source\nx0.txt,a\nx1.txt,b\nx2.txt,c\n", encoding="utf-8")
    texts = load_corpus(other).articles["text"]
    assert all(t.endswith("Follow us on Twitter for the latest news.") for t in texts)


STYLE = """Network chief speaks

The network's president said on Thursday that he would stay in his post for the foreseeable future.

.gmobile {
   width:100%;
   padding-top:20px;
   }
@media screen and (max-width: 600px) {
.bio-text, .twitter-bio {
text-align: center;
}.
}.

Getty.

Gabriel Arana is senior media editor at the site and wrote this report.

Follow AWR Hawkins on Twitter: @AWRHawkins. Reach him directly at awrhawkins@example.com.
"""


def test_style_sheet_photo_credit_and_sign_off_lines_removed(tmp_path):
    (tmp_path / "style.txt").write_text(STYLE, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles.loc[0, "text"] == (
        "The network's president said on Thursday that he would stay in his post for the foreseeable future."
        "\n\nGabriel Arana is senior media editor at the site and wrote this report.")
    log = corpus.cleaning_log
    assert log.loc[log["reason"].str.startswith("style sheet"), "line"].tolist() == list(range(5, 14))
    assert log.loc[log["reason"] == "photo credit", "line"].tolist() == [15]
    assert log.loc[log["reason"] == "social-media sign-off", "line"].tolist() == [19]


def test_a_break_tag_that_lost_its_opening_bracket_is_removed_and_logged(tmp_path):
    # as in a BBC reader-comments page: "br /&gt;" is a "<br />" whose "&lt;" was lost
    (tmp_path / "comments.txt").write_text(
        "Minimum wage rises\n\nIt's about time these people had fair pay and a bit of respect. br /&gt;\n\n"
        "A line<br />break between two words, and p > 0.05 in prose.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = corpus.articles.set_index("article_id").loc["comments", "text"]
    assert "fair pay and a bit of respect." in text and "br" not in text.replace("break", "")
    assert "A line break between two words, and p > 0.05 in prose." in text
    reasons = " ".join(_log(corpus, "comments")["reason"])
    assert "a tag without its '<': br />" in reasons


def test_a_first_line_opened_by_a_source_label_is_the_headline_whatever_its_end(tmp_path):
    (tmp_path / "label.txt").write_text("Reyes: City will 'fight for every job' at the plant.\n\nMayor Tom Reyes "
                                        "said on Monday that the city would not give up on the plant.\n",
                                        encoding="utf-8")
    (tmp_path / "sentence.txt").write_text("The plan failed: nobody came to the meeting on Monday.\n\nThe council "
                                           "said it would try again next month.\n", encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    titles = dict(zip(articles["article_id"], articles["title"]))
    assert titles["label"] == "Reyes: City will 'fight for every job' at the plant."
    assert pd.isna(titles["sentence"])  # (a sentence with a colon inside, not a label's)
