"""The quote extractor's shortcuts give exactly what the plain definitions they replace give."""
import random
import re

from analysis.quotes.extract import _Article
from analysis.quotes.lexicon import Tokens, lexicon, words
from analysis.quotes.marks import _classify, _marks, _OPEN_CONTEXT
from analysis.quotes.speakers import _SpanSet, _is_cap, _is_or_ends_with, _name_word, _strip_possessive
from analysis.units import _SENTENCE_END, _WORD_BEFORE, _is_break, _word_before

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


def test_regex_white_space_is_str_white_space():
    # Tokens drops trailing white space with str.rstrip before matching: it must be what the pattern's \s skips
    space = re.compile(r"\s")
    assert all(bool(space.match(c)) == c.isspace() for c in map(chr, range(0x110000)))
    # and str.lstrip takes off exactly the white space before a token
    assert all((c.lstrip() == "") == c.isspace() for c in map(chr, range(0x110000)))


def test_position_lookups_match_linear_scans():
    for text in TEXTS:
        art = _Article(text)
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


def _marks_char_by_char(text, lo, hi):
    out, i = [], lo
    while i < hi:
        if text[i] in "“«„”»\"‘‹›'’`":
            if text[i:i + 2] in {"''", "``"}:
                prev = text[i - 1] if i > lo else " "
                nxt = text[i + 2] if i + 2 < hi else " "
                out.append((i, "double", "open" if text[i] == "`" or (prev in _OPEN_CONTEXT and not nxt.isspace())
                            else "close"))
                i += 2
                continue
            kind = _classify(text, i, lo, hi)
            if kind is not None:
                out.append((i, *kind))
        i += 1
    return out


def test_marks_match_a_character_scan():
    rng = random.Random(1)
    for text in TEXTS + ["''''", "``'", "a''", "'' ''"]:
        for lo, hi in _spans(text, rng, 100):
            hi = min(hi, len(text))  # paragraphs lie inside the text
            assert _marks(text, lo, hi) == _marks_char_by_char(text, lo, hi)


def test_is_cap_and_ends_with_match_their_definitions():
    rng = random.Random(2)
    chars = [chr(i) for i in range(0x250)] + list("ǅǈΣσßẞİı.'’")
    for _ in range(20000):
        t = "".join(rng.choice(chars) for _ in range(rng.randrange(5)))
        plain = (t[:1].isupper() and any(c.islower() for c in t)) or (len(t) > 1 and t[0].isupper() and t[-1] == ".")
        assert _is_cap(t) == plain
    entries = frozenset({"media", "the post", "", "bbc news"})
    for phrase in ["media", "local media", "the post", "washington the post", "x ", "bbc news", "news", "mediax",
                   "x media y", ""]:
        assert _is_or_ends_with(phrase, entries) == any(phrase.endswith(" " + e) or phrase == e for e in entries)


def test_name_word_is_stripped_and_capitalised():
    for t in ["Blair's", "Jones’", "Sen.", "E.", "US", "s'", "'s", "Ab", "ab's", "É", "Ω's"]:
        assert _name_word(t) == (_strip_possessive(t), _is_cap(_strip_possessive(t)))


def test_span_set_is_any_span_holding():
    rng = random.Random(5)
    for _ in range(2000):
        spans = [(rng.randrange(-2, 30), rng.randrange(-2, 30)) for _ in range(rng.randrange(5))]
        held = _SpanSet(spans)
        for pos in range(-3, 32):
            assert (pos in held) == any(lo <= pos < hi for lo, hi in spans), (spans, pos)


def test_word_before_a_period_matches_the_forty_character_search():
    rng = random.Random(6)
    texts = TEXTS + ["Mr. Smith came. He left at 5 p.m. Then U.S. troops came.\nSept. Ten", "A. B. Cd. Ef",
                     "Extraordinarilylongwordwithoutanyspaceatallreally. Next", "x" * 39 + " Gov. X",
                     "Co.Inc.Ltd.abc.def.ghi.jkl.mno.pqr.stu.vwx. Next", "Mr\n. Next", "-Mr. Next", "_Mr. Next",
                     "5Mr. Next", "’Gov. Next", "ÉTAT. Next", "Dr. Who. Yes", "a abcdefghijklmnopqrstu. Next"]
    pieces = ["Mr", "Gov", "U.S", "p.m", "J", "x", "word", "Sept", "abcdefghijklmnop", " ", "  ", "\n", ".", ". ",
              ". A", "'", "-", "_", "5", "é", "É"]
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25))) + ". Next")
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            plain = _WORD_BEFORE.search(text, max(0, end - 40), end)
            fast = _word_before(text, end)
            assert (fast and fast.group(1)) == (plain and plain.group(1)), (text, end)
            found += plain is not None and end - plain.start(1) > 16
        for m in _SENTENCE_END.finditer(text):
            _is_break(text, m)  # runs
    assert found > 100  # words longer than the first window
