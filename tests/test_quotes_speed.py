"""The extractor's shortcuts give what the plain definitions give, through public functions.

The fast paths (tokens of a stretch cut from one pass over the text, position lookups by bisect, indirect speech
read only in sentences that hold a cue word, partitions run apart) are checked against slow paths written here or
against figures read from texts written here.
"""
import random

import pandas as pd
from pandas.testing import assert_frame_equal

from analysis.quotes import extract_article, extract_quotes
from analysis.quotes.article import ArticleText
from analysis.quotes.lexicon import Tokens, words
from analysis.quotes.marks import quote_spans
from analysis.quotes.speakers import find_people
from analysis.units import sentence_spans

TEXTS = [
    "Said John F. Kennedy.\nNext line, J.\n\nK. Smith said: “Yes.” U.S. officials don't agree.",
    "Mr. Smith and Sen. Jones met A. B. C. on the 5'11 ’90s 'quote' x-y Israel’s ''doubled'' ``marks''.",
    '"Open," he said. "Again\n\n"Still open," said Mr Blair\'s official spokesman. ‘Single’ and «guillemets».',
    "",
    "   ",
    "One. Two! Three? “Four” — she said,  “five.”\n\nLast paragraph without an end",
]


def _spans(text: str, rng: random.Random, n: int = 300):
    bounds = sorted({0, len(text)} | {x for s, e, _ in words(text, 0, len(text)) for x in (s, e)})
    for _ in range(n):
        pick = rng.choice([lambda: rng.randrange(len(text) + 2), lambda: rng.choice(bounds)])
        yield pick(), pick()


def test_tokens_between_is_words_of_the_stretch():
    rng = random.Random(0)
    for text in TEXTS:
        tokens = Tokens(text)
        assert tokens.all == words(text, 0, len(text))
        for lo in range(len(text) + 2):
            for hi in range(lo - 1, len(text) + 2):
                assert tokens.between(lo, hi) == words(text, lo, hi), (text, lo, hi)
            # inside_token: the offset falls strictly inside a token of the whole text
            assert tokens.inside_token(lo) == any(s < lo < e for s, e, _ in tokens.all), (text, lo)
        for lo, hi in _spans(text, rng):
            assert tokens.between(lo, hi) == words(text, lo, hi)


def test_tokens_of_random_text_are_words():
    # strings built from the characters the tokeniser's branches turn on, including non-ASCII letters, digits and
    # white space, titles and initials; trailing white space included
    rng = random.Random(3)
    pieces = list("aZé5٣._-'’“\"( ,\n\u00a0\u2003") + ["Mr", "Mrs", "Sen", "Gens", "U", "J", " ", "  ", "\n\n", "said"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 16)))
        assert Tokens(text).all == words(text, 0, len(text)), text


def test_position_lookups_match_linear_scans():
    for text in TEXTS:
        art = ArticleText(text)
        for pos in range(-1, len(text) + 2):
            in_quote = any(q.open_at <= pos <= (q.close_at if q.closed else q.end) for q in art.quotes)
            assert art.in_quote(pos) == in_quote
            assert art.close_before(pos) == max([q.close_at for q in art.quotes if q.closed and q.close_at < pos] + [-1])
            paragraph = 0
            for p, (s, e) in enumerate(art.paragraphs):
                if (pos < e or p == len(art.paragraphs) - 1) and (pos >= s or p == 0):
                    paragraph = p
                    break
            assert art.paragraph_of(pos) == paragraph
            holding = [(s, e) for _, s, e in art.sentences if s <= pos < e]
            if holding:
                s, e = holding[0]
                nl = text.rfind("\n", s, pos)
                s = nl + 1 if nl >= 0 else s
                nl = text.find("\n", pos, e)
                assert art.sentence_of(pos) == (s, nl if nl >= 0 else e)


def test_quote_marks_of_every_style():
    # doubled ASCII marks, TeX marks, curly singles and guillemets are quotations; apostrophes in 5'11, ’90s and
    # Israel’s are not
    text = ("He said ''doubled'' and ``marks'' at 5'11 in the ’90s, Israel’s \"Open,\" and ‘Single’ "
            "«guillemets».")
    found = [text[q.start:q.end] for q in quote_spans(text, [(0, len(text))])]
    assert found == ["doubled", "marks", "Open,", "Single", "guillemets"]


def test_named_people_with_titles_and_possessives():
    text = "Tony Blair's spokesman said Mr. Smith and Sen. Jones met."
    assert [m.person.name for m in find_people(text)] == ["Tony Blair", "Smith", "Jones"]


def test_sentences_after_abbreviations_and_long_words():
    # a period after a title is no sentence end; after a long word (beyond the abbreviation window) it is
    for text, expected in [("Mr. Smith came. He left.", ["Mr. Smith came.", "He left."]),
                           ("Extraordinarilylongwordwithoutanyspace. Next one.",
                            ["Extraordinarilylongwordwithoutanyspace.", "Next one."]),
                           ("x" * 39 + " Gov. Xavier came. Then.", ["x" * 39 + " Gov. Xavier came.", "Then."])]:
        assert [text[s:e] for _, s, e in sentence_spans(text)] == expected


NEUTRAL = " The weather was mild and the streets were quiet."  # no quote mark, no reporting word
ARTICLE = ("The minister said on Tuesday that the plan would go ahead. \"We will not back down,\" she said.\n\n"
           "Mr. Smith, the party chairman, told reporters the vote was fair. According to the city council, the roads "
           "will reopen on Monday.")


def test_sentences_without_a_cue_give_no_row_and_change_none():
    # the rows read by hand from ARTICLE; the same rows, shifted, with a sentence holding no cue after each sentence
    expected = [("indirect", "the plan would go ahead", "the minister", "said"),
                ("direct", "We will not back down,", "(unresolved)", "said"),  # "she": no woman named before
                ("indirect", "the vote was fair", "Smith", "told"),
                ("indirect", "the roads will reopen on Monday", "the city council", "According to")]
    plain = extract_article(ARTICLE, "a")
    assert plain[["kind", "text", "speaker", "cue"]].values.tolist() == [list(r) for r in expected]
    padded_text = ARTICLE.replace("ahead.", "ahead." + NEUTRAL).replace("fair.", "fair." + NEUTRAL)
    padded = extract_article(padded_text, "a")
    assert padded[["kind", "text", "speaker", "cue"]].values.tolist() == [list(r) for r in expected]
    assert [padded_text[s:e] for s, e in zip(padded["start"], padded["end"])] == padded["text"].tolist()


def test_the_corpus_path_is_the_rows_of_each_article():
    # slow path: each article alone, concatenated in article order (no titles; speakers already canonical here)
    texts = {"b": ARTICLE, "a": "\"It is over,\" said Jane Doe. Jane Doe later told reporters she would rest.",
             "c": "Nothing was said here at all. Nothing.", "d": ARTICLE.replace("Smith", "Jones")}
    articles = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    slow = pd.concat([extract_article(text, aid) for aid, text in sorted(texts.items())], ignore_index=True)
    fast = extract_quotes(articles, scheduler="sync")
    assert len(slow) == 10
    assert_frame_equal(fast.drop(columns="location").astype(object), slow.drop(columns="location").astype(object))
    assert_frame_equal(extract_quotes(articles, scheduler="processes", workers=2), fast)
