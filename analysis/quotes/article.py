"""An article read once for the attribution rules: its paragraphs, sentences, quotations, tokens and the people
it names, with the position lookups every rule uses (which sentence, paragraph or quotation holds an offset)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from operator import attrgetter

from ..units import paragraph_spans, sentence_spans
from .lexicon import first_names, lexicon, Tokens
from .marks import quote_spans
from .speakers import find_people


#: A left single quotation mark between two letters is an apostrophe or a Hawaiian ʻokina typed with it ("Trump‘s",
#: "Kaua‘i", "Moloa‘a"), never a quotation's opening. (The mark comes first in the pattern and the letter before it
#: is looked behind from after it: a pattern opening with the mark lets ``re`` skip to each mark, where one opening
#: with a look-behind is tried at every character, 30 times as long over a text.)
_MARK_IN_WORD = re.compile(r"‘(?<=[^\W\d_]‘)(?=[^\W\d_])")
_WORD_WITH_MARK = re.compile(r"\w+(?:‘\w+)+")
#: Spaces other than the space between words: no-break, figure and narrow no-break spaces.
_SPACE_LIKE = re.compile("[\u00a0\u2007\u202f]")
#: Two or three words in capitals opening a paragraph, then a word in lower case: ``JIM HYSLOP threw his first
#: quoit`` (a British lead's opening words set in capitals).
_CAPITALS_OPENING = re.compile(r"^([A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){1,2})(?= [a-z])", re.M)


def _names_in_capitals(text: str) -> str:
    """``text`` with a name a lead sets in capitals written as the text writes it elsewhere (``JIM HYSLOP threw``:
    ``Jim Hyslop``), one character for one, when its last word is written elsewhere after a courtesy title (``Mr
    Hyslop``), or in lower case but for its capitals and its first word is a census given name; other capitals as
    they are (``AN INGLETON caver``, ``USA TODAY identified``)."""
    def read(m: re.Match) -> str:
        words_ = m.group(1).split(" ")
        later = re.compile(rf"\b(?:(Mr|Mrs|Ms|Miss|Dr)\.? )?({re.escape(words_[-1])})\b", re.I)
        last = next((k for k in later.finditer(text, m.end()) if not k.group(2).isupper()), None)
        if last is None or last.group(1) is None and words_[0].lower() not in first_names() \
                or words_[0].lower() in {"a", "an", "the"}:
            return m.group(1)
        return " ".join([w.capitalize() for w in words_[:-1]] + [last.group(2)])
    return _CAPITALS_OPENING.sub(read, text)


class ArticleText:
    """The text of one article (or headline) and its spans, computed once. The rules read ``text``, in which a left
    single mark inside a word is the apostrophe ``’`` and a name a lead sets in capitals is written as the text writes
    it elsewhere (one character for one, so offsets hold); ``source`` is the text as given, which rows quote."""

    def __init__(self, text: str):
        self.source = text
        self.text = text = _MARK_IN_WORD.sub("’", text) if "‘" in text else text
        if _SPACE_LIKE.search(text):
            # a no-break or narrow space is a space to every rule ("The Washington Times reports\xa0Beck will ...":
            # the verb and the clause after it, in copy pasted from the web; one character for one)
            self.text = text = _SPACE_LIKE.sub(" ", text)
        if _CAPITALS_OPENING.search(text):
            self.text = text = _names_in_capitals(text)
        # the words so respelled, to write names and phrases the rules took from the text as the text does
        self._respelled = {read: w for w in _WORD_WITH_MARK.findall(self.source)
                           if (read := w.replace("‘", "’")) not in self.source} if text != self.source else {}
        # (only words the text never writes with "’": "O’Neill" stays as written where "O‘Neill" is too)
        self.paragraphs = paragraph_spans(text)
        self.sentences = sentence_spans(text)
        self.quotes = quote_spans(text, self.paragraphs)
        self.tokens = Tokens(text)
        self.people = find_people(text, exclude=[(q.start, q.end) for q in self.quotes], tokens=self.tokens.all)
        self.lx = lexicon()
        # sorted bounds for bisect: sentences and paragraphs are disjoint and in text order
        self._sentence_starts = [s for _, s, _ in self.sentences]
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._paragraph_ends = [e for _, e in self.paragraphs]
        # quotation stretches (opening mark to closing mark) by start, with the furthest end reached so far
        stretches = sorted((q.open_at, q.close_at if q.closed else q.end) for q in self.quotes)
        self._quote_starts = [lo for lo, _ in stretches]
        self._quote_reach = []
        for _, hi in stretches:
            self._quote_reach.append(max(hi, self._quote_reach[-1]) if self._quote_reach else hi)
        self._closes = sorted(q.close_at for q in self.quotes if q.closed)

    def as_written(self, label: str) -> str:
        """A speaker or mention read from ``text``, spelled as ``source`` spells it ("Kaua‘i", not "Kaua’i")."""
        if self._respelled and "’" in label:
            for read, written in self._respelled.items():
                label = label.replace(read, written)
        return label

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``, clipped to its line (a single newline also ends a sentence)."""
        i = bisect_right(self._sentence_starts, pos) - 1  # the last sentence starting by pos: the only candidate
        if i >= 0 and pos < self.sentences[i][2]:
            _, s, e = self.sentences[i]
            nl = self.text.rfind("\n", s, pos)
            s = nl + 1 if nl >= 0 else s
            nl = self.text.find("\n", pos, e)
            return s, (nl if nl >= 0 else e)
        for s, e in self.paragraphs:
            if s <= pos <= e:
                return s, e
        return pos, pos

    @cached_property
    def lead(self) -> int:
        """Index of the lead paragraph: the first that reads as a sentence of ten words or more, after any headline,
        byline, place and date lines."""
        return next((i for i, (s, e) in enumerate(self.paragraphs)
                     if len(self.text[s:e].split()) >= 10 and self.text[s:e].rstrip()[-1:] in ".!?\"”’'"), 0)

    def name_around(self, pos: int) -> int:
        """The end of the person's name that holds ``pos`` (a nickname's mark inside ``Marjorie "Midge" Thibault``, as
        :func:`find_people` joins it), else -1."""
        k = bisect_right(self.people, pos, key=attrgetter("start")) - 1
        return self.people[k].end if k >= 0 and self.people[k].end > pos else -1

    def paragraph_of(self, pos: int) -> int:
        """The first paragraph ending after ``pos`` (else the last), or 0 when ``pos`` falls before it."""
        if not self.paragraphs:
            return 0
        p = min(bisect_right(self._paragraph_ends, pos), len(self.paragraphs) - 1)
        return p if pos >= self._paragraph_starts[p] else 0

    def close_before(self, pos: int) -> int:
        """The last closing mark before ``pos``, or -1."""
        i = bisect_left(self._closes, pos)
        return self._closes[i - 1] if i else -1

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies between a quotation's marks (both included; an unclosed one up to its end)."""
        i = bisect_right(self._quote_starts, pos) - 1  # stretches starting by pos: does any reach pos?
        return i >= 0 and self._quote_reach[i] >= pos

    def is_verb(self, token: str, flags: str) -> bool:
        v = self.lx.verb(token) if token[:1].islower() else None
        return bool(v) and not v[1].isdisjoint(flags)

    def comma_before(self, pos: int, lo: int = 0) -> int | None:
        """The offset of a comma that ends ``text[lo:pos]`` once white space is skipped, else None (a scan back over
        white space: slicing the article up to ``pos`` for every cue cost time in the square of its length)."""
        i = pos - 1
        while i >= lo and self.text[i].isspace():
            i -= 1
        return i if i >= lo and self.text[i] == "," else None
