"""Between articles (analysis.similar, ``python -m analysis similar``): TF-IDF cosine, near-duplicates with their
shared passages, shared quotes. The corpora are written here; expected values come from reading them."""
import csv
import io
import json
import re
from contextlib import redirect_stderr, redirect_stdout

import pandas as pd
import pytest
from matplotlib.figure import Figure

import analysis
from analysis import similar
from analysis.cli import main
from analysis.plots import plot_shared_passages, plot_similarity_heatmap

QUOTE = "We will not go back to work until the port authority pays what it owes us"

# A wire story: six paragraphs of plain words (no digits, hyphens or apostrophes: words are easy to count).
WIRE = [
    "Dock workers at the northern harbour walked off the job on Monday morning, leaving container ships "
    "anchored offshore and trucks queued along the coast road for several miles.",
    "The strike began after talks between the dockers union and the port authority collapsed late on Sunday "
    "night over overtime rates, night shift bonuses and the pace of automation at the cranes.",
    "Shipping agents said at least eleven vessels were waiting for a berth, among them two refrigerated "
    "carriers loaded with fruit that cannot stay at sea for long without spoiling.",
    f"“{QUOTE},” said Maria Costa, who leads the dockers union, speaking to reporters outside the harbour "
    "gates as pickets lit braziers against the cold wind.",
    "The port authority said in a written statement that its offer remained on the table and that it was "
    "ready to return to mediation whenever the union wished to do so.",
    "Freight companies warned that supermarkets across the region could see empty shelves by the end of "
    "the week if the stoppage continued beyond Wednesday evening.",
]
# The same story republished: a new headline, the third paragraph cut, a rewritten ending.
COPY_ENDING = ("Local shopkeepers interviewed on the high street shrugged off the dispute, saying customers "
               "cared more about the weather than about cranes.")
COPY = [WIRE[0], WIRE[1], WIRE[3], WIRE[4], COPY_ENDING]
# Another outlet's own story, days later, repeating the quotation (other case and punctuation, straight marks).
FOLLOW_UP = [
    "Talks to end the harbour strike resumed on Friday under a mediator appointed by the regional government, "
    "five days after the walkout began.",
    f"\"{QUOTE.upper()}!\" Maria Costa told a rally of several hundred dockers on Thursday, repeating the words "
    "she had used on the first morning of the strike.",
    "The mediator, a retired judge from the capital, asked both sides to stop briefing the press while the "
    "talks lasted, and said she hoped to put a first written proposal to them before the weekend was out.",
]
UNRELATED_A = [
    "The city orchestra opened its winter season with a programme of Sibelius and Brahms, conducted by a "
    "young violinist making her debut on the podium of the concert hall.",
    "Critics praised the brass section, while the audience gave the soloist a standing ovation that lasted "
    "almost as long as the slow movement.",
]
UNRELATED_B = [
    "Farmers in the valley began the grape harvest early this year after a dry and unusually warm summer "
    "shortened the ripening season by almost three weeks.",
    "Growers said the yield would be small but the quality high, and several cellars planned to bottle a "
    "single vineyard wine for the first time in a decade.",
]
ARTICLES = {  # id: (headline, paragraphs, source, date)
    "wire": ("Dockers strike shuts northern harbour", WIRE, "Ledger", "2024-03-01"),
    "copy": ("Harbour at a standstill as union walks out", COPY, "Courier", "2024-03-02"),
    "follow-up": ("Mediator called in to harbour dispute", FOLLOW_UP, "Gazette", "2024-03-05"),
    "orchestra": ("Orchestra opens its winter season", UNRELATED_A, "Ledger", "2024-03-03"),
    "harvest": ("Early harvest in the valley", UNRELATED_B, "Gazette", "2024-03-04"),
}


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def write(folder, articles=ARTICLES):
    folder.mkdir()
    with open(folder / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "title", "source", "published"])
        for aid, (title, paragraphs, source, date) in articles.items():
            (folder / f"{aid}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
            writer.writerow([f"{aid}.txt", title, source, date])
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return analysis.load_corpus(write(tmp_path_factory.mktemp("similar") / "data"))


@pytest.fixture(scope="module")
def found(corpus):
    return similar.near_duplicates(corpus.articles, passages=True)


def test_the_edited_copy_is_found_with_its_two_passages_and_shares(found):
    pairs, passages = found
    assert list(pairs[["article_a", "article_b"]].itertuples(index=False, name=None)) == [("copy", "wire")]
    pair = pairs.iloc[0]
    # the cut splits the shared text in two: paragraphs 1-2 and paragraphs 4-5 of the wire story
    first, second = "\n\n".join(WIRE[0:2]), "\n\n".join(WIRE[3:5])
    assert pair["shared_passages"] == 2
    shared = words(first) + words(second)
    assert pair["words_b"] == words("\n\n".join(WIRE)) and pair["words_a"] == words("\n\n".join(COPY))
    assert pair["passage_words_b"] == shared and pair["passage_words_a"] == shared
    assert pair["shared_share_b"] == pytest.approx(shared / words("\n\n".join(WIRE)))
    assert pair["shared_share_a"] == pytest.approx(shared / words("\n\n".join(COPY)))
    assert 0.5 < pair["cosine"] < 1
    # each passage's offsets point at the same words in both texts (the final full stop and the opening quote mark are not words)
    texts = {aid: "\n\n".join(p) for aid, (_, p, _, _) in ARTICLES.items()}
    assert list(passages["text"]) == [first.rstrip("."), second.lstrip("“").rstrip(".")]  # from word to word
    for row in passages.itertuples():
        assert texts[row.article_a][row.start_a:row.end_a] == row.text
        assert texts[row.article_b][row.start_b:row.end_b] == row.text
    assert list(passages["n_words"]) == [words(first), words(second)]


def test_min_shared_and_what_lsh_does_not_propose(corpus):
    # the follow-up repeats the 16-word quote (and "Maria Costa"): one passage, the quote's words, a sixth of it
    texts = {aid: "\n\n".join(p) for aid, (_, p, _, _) in ARTICLES.items()}
    shared = similar.text_passages(texts["follow-up"], texts["wire"])
    # "said Maria Costa" / "Maria Costa told": the name is two words, too short to be a passage of its own
    assert list(shared["text"]) == [QUOTE.upper()] and list(shared["n_words"]) == [words(QUOTE)]
    assert texts["wire"][shared["start_b"][0]:shared["end_b"][0]] == QUOTE
    assert 0.1 < words(QUOTE) / words(texts["follow-up"]) < 0.2
    # but their Jaccard similarity (12 shingles shared of about 260) is far below LSH_THRESHOLD: never proposed,
    # whatever min_shared (the limit the README states; shared_quotes finds the quotation)
    pairs = similar.near_duplicates(corpus.articles, min_shared=0.1)
    assert list(map(tuple, pairs[["article_a", "article_b"]].to_numpy())) == [("copy", "wire")]
    assert similar.near_duplicates(corpus.articles, min_shared=0.95).empty
    assert similar.text_passages(texts["orchestra"], texts["harvest"]).empty


def test_cosine_matrix_pairs_and_neighbours(corpus):
    articles = corpus.articles
    matrix = similar.similarity_matrix(articles)
    assert list(matrix.index) == list(articles["article_id"]) and list(matrix.to_numpy().diagonal()) == pytest.approx([1] * 5)
    pairs = similar.similarity_pairs(matrix)
    assert len(pairs) == 10 and tuple(pairs.iloc[0][["article_a", "article_b"]]) in {("wire", "copy"), ("copy", "wire")}
    assert matrix.loc["orchestra", "harvest"] < 0.1  # the two unrelated stories share no content word but "season"
    neighbours = similar.nearest_neighbours(articles, top=1)
    assert dict(zip(neighbours["article_a"], neighbours["article_b"]))["wire"] == "copy"
    assert neighbours.set_index("article_a").loc["copy", "cosine"] == pytest.approx(matrix.loc["copy", "wire"])


def test_shared_quote_groups_and_dates(corpus):
    quotes = similar.shared_quotes(corpus.articles, by="source")
    assert len(quotes) == 1
    row = quotes.iloc[0]
    assert row["quote"] == QUOTE.lower() and row["n_words"] == words(QUOTE)
    assert row["articles"] == 3 and row["groups"] == "Courier; Gazette; Ledger" and row["n_groups"] == 3
    assert row["first_date"] == pd.Timestamp("2024-03-01") and row["last_date"] == pd.Timestamp("2024-03-05")
    assert row["article_ids"] == "wire; copy; follow-up"
    assert similar.normalise_quote("“We’ll GO,  now!”") == similar.normalise_quote("\"we'll go now\"") == "well go now"


def test_nothing_shared_is_said_truthfully(tmp_path):
    few = {k: ARTICLES[k] for k in ("orchestra", "harvest")}
    articles = analysis.load_corpus(write(tmp_path / "data", few)).articles
    pairs = similar.near_duplicates(articles)
    assert pairs.empty and list(pairs.columns) == similar.DUPLICATE_COLUMNS
    assert "no near-duplicate" in similar.describe_near_duplicates(pairs, articles)[0]
    assert similar.shared_quotes(articles).empty


def test_charts_return_figures(corpus, found):
    matrix = similar.similarity_matrix(corpus.articles)
    groups = dict(zip(corpus.articles["article_id"], corpus.articles["source"]))
    colors = analysis.group_colors(corpus.articles, by="source")
    fig = plot_similarity_heatmap(matrix, article_groups=groups, colors=colors)
    assert isinstance(fig, Figure) and set(fig.group_colors) == {"Courier", "Gazette", "Ledger"} and len(fig.axes[0].get_xticklabels()) == 5
    fig = plot_shared_passages(*found, corpus.articles, article_groups=groups, colors=colors)
    assert isinstance(fig, Figure) and set(fig.group_colors) == {"Courier", "Ledger"}


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["similar", *map(str, argv)])
    return code, out.getvalue(), err.getvalue()


def test_cli_columns_formats_and_passages(tmp_path):
    data = write(tmp_path / "data")
    code, out, err = run(data, "--format", "csv")
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    assert list(table.columns) == ["article_a", "article_b", "cosine", "shared_share_a", "shared_share_b",
                                   "shared_passages"]
    assert list(table[["article_a", "article_b", "shared_passages"]].itertuples(index=False, name=None)) == [
        ("copy", "wire", 2)]
    code, out, _ = run(data, "--min-shared", "0.9", "--format", "json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(data, "--passages")
    assert code == 0 and out.splitlines()[0].split() == ["article_a", "article_b", "cosine", "shared_share_a",
                                                         "shared_share_b", "shared_passages"]
    assert "copy [" in out and " ".join(WIRE[0].split()) in out
    code, out, _ = run(data, "--passages", "--format", "csv")
    assert code == 0 and list(pd.read_csv(io.StringIO(out))["n_words"]) == [
        words("\n\n".join(WIRE[0:2])), words("\n\n".join(WIRE[3:5]))]
    assert run(data, "--min-shared", "2")[0] == 2


def test_cli_passages_are_terminal_safe(tmp_path):
    # a right-to-left override inside the shared text (not a word: the passage runs across it) and an escape
    # sequence in the file name; the loader keeps the one, the table must show both as escapes
    hostile = " ".join(WIRE[:3]) + " \u202e " + " ".join(WIRE[3:])
    articles = {"one\x1b[2J": ("One", [hostile, UNRELATED_A[0]], "Ledger", "2024-03-01"),
                "two": ("Two", [hostile, UNRELATED_B[0]], "Courier", "2024-03-02")}
    code, out, _ = run(write(tmp_path / "data", articles), "--passages")
    assert code == 0 and "\u202e" not in out and "\x1b" not in out
    assert "\\u202e" in out and out.count(" words:") == 1
