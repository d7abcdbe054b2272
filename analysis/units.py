"""Text units: paragraphs, sentences and tokens as long-format DataFrames.

All offsets (``start``, ``end``) are character positions in the article's clean
``text`` column, so every unit can be traced back to the text a reader sees.

Tokenisation is a compiled regular expression (it is the hot path on large
archives; NLTK's ``NLTKWordTokenizer`` is about ten times slower). Rules:

* ``U.S.``, ``U.N.``, ``p.m.`` are one token (dots kept in ``norm``: ``u.s.``);
* hyphenated words (``two-state``) and contractions (``don't``) are one token;
* a trailing possessive/clitic ``'s`` or ``’s`` is split off as its own token of
  kind ``clitic`` (``Israel’s`` → ``israel`` + ``'s``), as the Penn Treebank does;
* curly apostrophes and Unicode hyphens are normalised to ``'`` and ``-`` in ``norm``;
* numbers keep their separators (``800,000``); punctuation is not a token.

Sentences: a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes,
guillemets or brackets) followed by white space and an upper-case letter, digit or
opening quote, unless the word before the period is a shipped abbreviation
(``resources/abbreviations.txt``: ``Mr.``, ``U.S.``, ``Sept.``) or a single initial;
after ``a.m.`` or ``p.m.`` it ends unless a weekday, month or time zone follows, and
after a state's or province's abbreviation that follows a place (``in Manitowoc, Wis. The``) or is written in lower
case, a word (``was ill. In March``); and never after a
dotted abbreviation the list lacks right after ``the`` or ``a`` and before a word that does not open sentences (``the
P.E.I. Short-Term Rental Hosts Association``). A bullet (``*`` or ``•`` and a space) after the period starts the next
sentence, which begins after it (a factbox's items: ``... by Congress. * Todd Ricketts - ...``).
Apart from those rules, it is the decision NLTK's ``PunktSentenceTokenizer`` makes with the same
abbreviation list and no trained model (nothing is downloaded), in one compiled
regular expression: Punkt takes about 90 s on a 20 MB file, this about 1 s.
``punkt_sentence_spans`` keeps Punkt available, and the tests check that both
agree. Sentences never cross paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pandas as pd

from .execute import require_pandas


def _read_word_list(name: str) -> frozenset[str]:
    text = resources.files("analysis.resources").joinpath(name).read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


#: Stop words: scikit-learn's English list (Glasgow Information Retrieval Group, shipped in
#: ``resources/stopwords_en.txt``) plus clitics.
STOP_WORDS: frozenset[str] = _read_word_list("stopwords_en.txt") | {"'s", "s"}

#: Apostrophes the tokenizer reads as one (``norm`` makes them straight).
APOSTROPHES = "'’ʼ`"
_HYPHENS = "-‐‑‒"
_LETTER = r"[^\W\d_]"
_NUMBER = rf"[{APOSTROPHES}]?\d+(?:[.,:]\d+)*(?:[{APOSTROPHES}]?s)?%?"  # 800,000  1.5  '90s
_JOINED = rf"(?:[{_HYPHENS}{APOSTROPHES}][^\W_]+)*"                    # the -state of two-state, the 't of don't
TOKEN_PATTERN = re.compile(
    rf"""
    (?P<abbr>(?:{_LETTER}\.){{2,}})     # U.S.  U.N.  p.m.
  | (?P<number>{_NUMBER})
  | (?P<word>[^\W_]+{_JOINED})          # two-state  don't  Israel’s
    """,
    re.VERBOSE,
)
#: The tokens of TOKEN_PATTERN, about 10% faster, for counting: no named groups (``findall`` returns strings, not
#: 3-tuples), and a letter is read once, then the rest of an abbreviation or else of a word, where TOKEN_PATTERN tries
#: three branches at every letter. The number branch comes first: ``ʼ`` is a letter that may also lead a number
#: (``ʼ90s``), and a number (a digit after it) and an abbreviation (a period) never start alike. A word led by a
#: digit needs no branch: the number branch always matches there. Tests check that both find the same tokens.
WORD_PATTERN = re.compile(rf"{_NUMBER}|{_LETTER}(?:(?:\.{_LETTER})+\.|[^\W_]*{_JOINED})")
_CLITIC = re.compile(rf"[{APOSTROPHES}][sS]$")
_NORM_TABLE = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in _HYPHENS}})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def normalise_token(token: str) -> str:
    """Lower-case, straight apostrophes, ASCII hyphens."""
    return token.translate(_NORM_TABLE).lower()


def iter_tokens(text: str):
    """Yield ``(start, end, token, kind)`` for every token of ``text`` (kinds: word, number, abbr, clitic)."""
    for m in TOKEN_PATTERN.finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        token = m.group()
        if kind == "word" and len(token) > 2 and _CLITIC.search(token):
            yield start, end - 2, token[:-2], kind
            yield end - 2, end, token[-2:], "clitic"
        else:
            yield start, end, token, kind


def count_words(text: str) -> int:
    """Number of word tokens (clitics such as possessive 's not counted).

    Equal to the number of pattern matches, since splitting off a clitic never adds a word.
    """
    # subn counts the matches without making a string of each (half the time of len(findall(...)))
    return WORD_PATTERN.subn("", text)[1]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blocks separated by a blank line."""
    spans, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Shipped abbreviations, lower case, without their final period (``u.s``, ``mr``)."""
    return _read_word_list("abbreviations.txt")


@lru_cache(maxsize=1)
def punkt_tokenizer():
    """NLTK Punkt with the shipped abbreviation list and no downloaded model."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # slow import, only for the reference

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


# French guillemets may stand apart from their words by a space: "là. » Il" / ". « Nous". The first mark is written
# apart from the rest ("[.!?…][.!?…]*", not "[.!?…]+"): a pattern that opens with a plain character set lets ``re``
# skip to the next mark before trying a match, which a repeated set does not (the scan of a text took 2.7 times as
# long)
_SENTENCE_END = re.compile(r"""[.!?…][.!?…]*(?:[\"'”’)\]]|\s?»)*(?=\s+(?:[\"'“‘(\[]|«\s?|[*•]\s+)*[^\W_])""")
# (a bullet after the point opens the next sentence: "... by Congress. * Todd Ricketts - ...", a factbox's items)
_CLOSING = frozenset("\"'”’»")  # (closing marks ``_SENTENCE_END`` takes after the point)
_NEXT_START = re.compile(r"\s+(?:[\"'“‘(\[]|«\s?)*(\S)")
_WORD_BEFORE = re.compile(r"(?:^|[^\w.'’-])([^\W\d_]+(?:\.[^\W\d_]+)*)$")


def _word_before(text: str, end: int) -> re.Match | None:
    """``_WORD_BEFORE.search(text, max(0, end - 40), end)``."""
    # At most one place matches (a match starts after a character no word holds), so a match in the last 16
    # characters is that one; only a miss there (a long word, or none) needs the longer search
    word = _WORD_BEFORE.search(text, max(0, end - 16), end)
    if word is None and end > 16:
        word = _WORD_BEFORE.search(text, max(0, end - 40), end)
    return word


#: Words that go on a sentence after "a.m." / "p.m." ("3 p.m. Eastern", "10 a.m. Friday"): before any other
#: capitalised word the period ends the sentence ("around 3 a.m. Staff Sgt. Kevin Doucette said ...").
_AFTER_CLOCK = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec eastern central
pacific mountain atlantic local et est edt ct cdt mt mdt pt pst pdt gmt bst utc cet""".split())
#: US state and Canadian province abbreviations (AP and CP style) of the shipped list: after "Place, " and before
#: a capitalised word they end a sentence.
_STATES = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wash wis wyo ont que alta sask nfld""".split())
_PLACE_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+\Z")
#: Words that open a sentence rather than go on a name: "moved to the U.A.E. He said".
_OPENING_WORDS = frozenset("""he she it they we i you the a an but and in on at as this that these those there his her
its their our my after before when while if so yet then now still also for from with by""".split())
_DETERMINER_BEFORE = re.compile(r"(?<![\w.])(?:the|The|a|an)\s+\Z")
_NEXT_WORD = re.compile(r"\s+(?:[\"'“‘(\[]|«\s?)*([^\W_]+)")
#: Initials with points, as ``_WORD_BEFORE`` reads them (the last point apart): "K.A", "H.W".
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")
#: What puts initials in a place's name: a comma or a preposition before them ("Langford, B.C.", "in N.J.").
_PLACE_INITIALS_BEFORE = re.compile(r"(?:,|\b(?:in|to|from|at|near|of))\s+\Z")


def _is_break(text: str, m: re.Match) -> bool:
    if _NEXT_START.match(text, m.end()).group(1).islower():
        return False
    if m.group().startswith(".") and not m.group().startswith(".."):
        word = _word_before(text, m.start())
        if word is None:
            return True
        low = word.group(1).lower()
        if low not in abbreviations():
            if "." in low and _DETERMINER_BEFORE.search(text, max(0, word.start(1) - 5), word.start(1)) \
                    and (following := _NEXT_WORD.match(text, m.end())) is not None \
                    and following.group(1).lower() not in _OPENING_WORDS:
                return False  # "the P.E.I. Short-Term Rental Hosts Association": a dotted abbreviation after "the"
                # modifies what follows (but "moved to the U.A.E. He said")
            if _INITIALS.fullmatch(word.group(1)) and not _PLACE_INITIALS_BEFORE.search(
                    text, max(0, word.start(1) - 8), word.start(1)) \
                    and (following := _NEXT_WORD.match(text, m.end())) is not None \
                    and following.group(1)[:1].isupper() and following.group(1).lower() not in _OPENING_WORDS:
                return False  # "farmer K.A. Somapala said", "George H.W. Bush": initials before a name (but a place
                # after a comma or a preposition ends its sentence: "Langford, B.C. Officials said")
            return len(low) > 1 or not word.group(1).isupper() or any(c in _CLOSING for c in m.group())
            # (a single initial: "John F. Kennedy"; but a quotation closed after it ends there: "since Prisoner Cell
            # Block H." Labour had ...)
        if low == "no":
            following = _NEXT_WORD.match(text, m.end())
            return following is None or not following.group(1)[:1].isdigit()  # "No. 2 Senate Republican", but
            # "joined Republicans in voting no. One of them"
        if low in _STATES and (word.group(1).islower()
                               or _PLACE_BEFORE.search(text, max(0, word.start(1) - 40), word.start(1))):
            return True  # "its plant in Manitowoc, Wis. The company said": a place's state ends the sentence; so
            # does a state's abbreviation in lower case, a word ("Alan Smith was ill. In March, he ...")
        if low in ("a.m", "p.m"):
            following = _NEXT_WORD.match(text, m.end())
            return following is not None and following.group(1).lower() not in _AFTER_CLOCK
        return False
    return True


def _paragraph_sentences(text: str, start: int, end: int):
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_break(text, m):
            yield pos, m.end()
            pos = m.end()
            while pos < end and (text[pos].isspace() or text[pos] in "*•" and text[pos + 1:pos + 2].isspace()):
                pos += 1  # (a factbox's bullet is no part of the sentence it opens)
    if text[pos:end].strip():
        while end > pos and text[end - 1].isspace():
            end -= 1
        yield pos, end


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(paragraph, start, end)`` of each sentence, never crossing a paragraph (rules in the module doc)."""
    return [(p, s, e) for p, (ps, pe) in enumerate(paragraph_spans(text)) for s, e in _paragraph_sentences(text, ps, pe)]


def punkt_sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """As :func:`sentence_spans`, with NLTK's Punkt (slow; a reference for tests)."""
    tokenizer = punkt_tokenizer()
    return [(p, ps + s, ps + e) for p, (ps, pe) in enumerate(paragraph_spans(text))
            for s, e in tokenizer.span_tokenize(text[ps:pe])]


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: article_id, paragraph (0-based), start, end, text, n_words."""
    require_pandas(articles, "paragraphs")
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        for p, (s, e) in enumerate(paragraph_spans(text)):
            rows.append((article_id, p, s, e, text[s:e], count_words(text[s:e])))
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "start", "end", "text", "n_words"])


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: article_id, paragraph, sentence (0-based in the article), start, end, text, n_words."""
    require_pandas(articles, "sentences")
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        for i, (p, s, e) in enumerate(sentence_spans(text)):
            rows.append((article_id, p, i, s, e, text[s:e], count_words(text[s:e])))
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "sentence", "start", "end", "text", "n_words"])


def tokens(articles: pd.DataFrame, *, stop_words: frozenset[str] | None = STOP_WORDS) -> pd.DataFrame:
    """One row per token.

    Columns: article_id, paragraph, sentence, position (0-based token index in the
    article), start, end, token (as written), norm (normalised, see module doc),
    kind (word, number, abbr, clitic), is_stop (``norm`` in ``stop_words``).
    """
    require_pandas(articles, "tokens")
    frames = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        spans = sentence_spans(text)
        rows = []
        for i, (p, s, e) in enumerate(spans):
            for ts, te, tok, kind in iter_tokens(text[s:e]):
                rows.append((p, i, s + ts, s + te, tok, kind))
        frame = pd.DataFrame(rows, columns=["paragraph", "sentence", "start", "end", "token", "kind"])
        frame.insert(0, "article_id", article_id)
        frame.insert(3, "position", range(len(frame)))
        frames.append(frame)
    columns = ["article_id", "paragraph", "sentence", "position", "start", "end", "token", "kind"]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    out["norm"] = [normalise_token(t) for t in out["token"]]
    out["is_stop"] = out["norm"].isin(stop_words or frozenset())
    return out[columns[:7] + ["norm", "kind", "is_stop"]]
