"""Quotation spans: a small state machine over quote characters.

Rules (each paragraph is scanned on its own):

* double marks: ``“`` opens, ``”`` closes (but opens at the start of a line or paragraph, before a letter, digit
  or ellipsis, and so does a ``”`` with no quotation open when the paragraph's next double mark is a ``”`` too;
  ``“`` closes after a letter or punctuation and before a space or punctuation: typos some pages make), a
  straight ``"`` opens when it follows
  the paragraph start, a space or an opening bracket/dash and is followed by a
  non-space, and closes otherwise; guillemets ``«`` ``»`` likewise;
* single marks (British style ``'...'`` or ``‘...’``): ``‘`` or ``'`` opens only
  after a space, bracket, dash or paragraph start and before a letter (``’90s``
  is an elision); ``’`` or ``'`` between two letters is an apostrophe
  (``Israel’s``, ``don't``, ``Trump‘s`` typed with an opening mark); a possessive ``s’`` closes only if no other closing
  single mark follows in the paragraph;
* the outermost quote wins: single marks inside a double quote and double marks
  inside a single quote are nested quotes and are ignored;
* an opening double mark met inside an open double quote ends that quote just
  before it (its closing mark is missing) and opens a new one;
* a quote still open at the end of its paragraph continues into the next
  paragraph only if that paragraph opens with the same kind of mark (the
  multi-paragraph convention); otherwise it ends at the end of its paragraph,
  flagged ``closed=False``; an unclosed mark never swallows more than that (an
  unclosed single mark is dropped: it is more often an apostrophe than a quote).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..units import STOP_WORDS

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
DOUBLE_AMBIG = '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "›"
SINGLE_AMBIG = "'’`"
_OPEN_CONTEXT = " \t\n([{—–-/“‘\"'«"


_NORMAL_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")


def normal_words(text: str) -> list[str]:
    """Words compared between a quotation and the attribution that holds it (a headline's or a section heading's):
    lower case, apostrophes removed, no punctuation."""
    return _NORMAL_WORD.findall(text.lower().translate(_APOSTROPHES))


def holds_run(words: list[str], part: list[str]) -> bool:
    """``part`` is a run of consecutive words of ``words``."""
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def content_stems(words: list[str], every: bool = False) -> set[str]:
    """The first five letters of each word (``truanted`` and ``truant``, ``discriminated`` and ``discriminate``
    agree), stop words and numbers left out unless ``every``."""
    return {w[:5] for w in words if every or w not in STOP_WORDS and not w.isdigit()}


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``start``/``end`` delimit the content (marks excluded); ``open_at`` and
    ``close_at`` are the positions of the marks (``close_at`` is -1 when unclosed)."""

    open_at: int
    start: int
    end: int
    close_at: int
    style: str  # "double" or "single"
    paragraph: int
    last_paragraph: int

    @property
    def closed(self) -> bool:
        return self.close_at >= 0


def _classify(text: str, i: int, lo: int, hi: int) -> tuple[str, str] | None:
    """Return (style, role) of the mark at ``i``: role is "open", "close" or None (apostrophe)."""
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if c in DOUBLE_OPEN:
        if c == "“" and not (prev in _OPEN_CONTEXT or prev.isspace()) and (nxt.isspace() or nxt in ".,;:!?"):
            return "double", "close"  # an opening mark typed as the closing one: “It's unusual,“ said X
        return "double", "open"
    if c in DOUBLE_CLOSE:
        if prev == "\n" or i == lo:
            after = text[i + 1:min(i + 3, hi)].lstrip(" ")[:1]  # ”Mr. Trump ...”, ” … he delivered ...”
            if after.isalnum() or after == "…":
                return "double", "open"  # a closing mark typed at the start of a line or paragraph opens a quote
        return "double", "close"
    if c in DOUBLE_AMBIG:
        if (prev in _OPEN_CONTEXT or prev.isspace()) and not nxt.isspace():  # (a no-break space too)
            return "double", "open"
        return "double", "close"
    if c in SINGLE_OPEN:
        if nxt.isdigit() or (prev.isalnum() and (nxt.isalnum() or nxt.isspace())):
            return None  # ‘90s, Trump‘s, CBS‘ Face the Nation: an apostrophe typed as an opening mark
        return "single", "open"
    if c in SINGLE_CLOSE:
        return "single", "close"
    if c in SINGLE_AMBIG:
        if prev.isalnum() and nxt.isalnum():
            return None  # Israel’s, don't, 5'11
        if nxt.isdigit() and not prev.isalnum():
            return None  # ’90s, '05
        if (prev in _OPEN_CONTEXT or prev.isspace()) and (nxt.isalpha() or nxt in "“\""):
            return "single", "open"
        if not prev.isspace() and (nxt.isspace() or not nxt.isalnum()):
            return "single", "close"
        return None
    return None


_MARK_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG
#: Any quote mark: the scan jumps from mark to mark instead of testing every character in Python.
_MARK = re.compile("[" + re.escape(_MARK_CHARS) + "]")


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """``(position, style, role)`` of every quote mark; a doubled ``''`` or ````` is one double mark."""
    out = []
    skip = -1  # the second character of a doubled mark is not a mark of its own
    for m in _MARK.finditer(text, lo, hi):
        i = m.start()
        if i == skip:
            continue
        if text[i:i + 2] in {"''", "``"}:
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 2] if i + 2 < hi else " "
            role = "open" if text[i] == "`" or (prev in _OPEN_CONTEXT and not nxt.isspace()) else "close"
            out.append((i, "double", role))
            skip = i + 1
            continue
        kind = _classify(text, i, lo, hi)
        if kind is not None:
            out.append((i, *kind))
    return out


def mark_width(text: str, i: int) -> int:
    """Characters of the quote mark at ``text[i]``.

    Parameters
    ----------
    text : str
    i : int
        Offset of a quote mark.

    Returns
    -------
    int
        2 for a doubled ASCII mark (``''`` or ````` `` `````), else 1.
    """
    return 2 if text[i:i + 2] in {"''", "``"} else 1


def _is_possessive_s(text: str, i: int) -> bool:
    return i > 0 and text[i - 1] in "sS" and text[i] in "'’"


def _closes_before_colon(text: str, i: int, rest: list) -> bool:
    """A single mark after an s right before a colon closes the quotation when no later single closing mark of the
    paragraph follows punctuation, as a quotation's end does (``‘I’ve waited 16 years for this’: Uppies take New
    Year’s Day Ba’ as ...``, a headline's; not ``‘Everyone blames the nurses’: that is what it feels like,’ said``)."""
    return text[i + 1:i + 2] == ":" and not any(
        r == "close" and s == "single" and text[j - 1:j] in {",", ".", "!", "?"} for j, s, r in rest)


def _first_mark(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """Style and role of the first non-space character of a paragraph, if it is a quote mark."""
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    if j >= hi:
        return None
    return _classify(text, j, lo, hi)


def _opens_stray(text: str, i: int, style: str, rest: list) -> bool:
    """A closing ``”`` with no quotation open, whose next double mark in the paragraph closes too, opens a quote:
    ``He says,” there are a lot of people ...”`` (an opening mark typed as a closing one)."""
    if style != "double" or text[i] != "”":
        return False
    nxt = next(((r, text[j]) for j, s, r in rest if s == "double"), None)
    return nxt is not None and nxt[0] == "close" and nxt[1] == "”"


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """All outermost quotations of ``text`` (see module rules), in order.

    Parameters
    ----------
    text : str
    paragraphs : list of (int, int)
        The paragraphs' ``(start, end)`` (:func:`analysis.units.paragraph_spans`): a quotation left open at a
        paragraph's end continues when the next paragraph reopens it.

    Returns
    -------
    list of QuoteSpan
        Offsets of each quotation's marks and content, its style and its first and last paragraph.
    """
    spans: list[QuoteSpan] = []
    carry = None  # (open_at, style, first paragraph) of a quote re-opened in the next paragraph
    for p, (lo, hi) in enumerate(paragraphs):
        marks = _marks(text, lo, hi)
        state = None  # (open_at, style, first_paragraph)
        idx = 0
        if carry is not None:
            first = marks[0] if marks else None
            if first and first[2] == "open" and first[1] == carry[1] and text[lo:first[0]].strip() == "" \
                    and text[first[0]] != "’":  # (a right single mark reopens nothing: "‘ ... \n\n’“’")
                state = carry
                idx = 1  # the re-opening mark is not a new quote
        carry = None
        while idx < len(marks):
            i, style, role = marks[idx]
            idx += 1
            if state is None:
                if role == "open" or _opens_stray(text, i, style, marks[idx:]):
                    state = (i, style, p)
                continue  # a stray closing mark is ignored
            open_at, ostyle, p0 = state
            if style != ostyle:
                continue  # nested quote of the other style
            if role == "open":
                if style == "double":
                    # a new opening mark while open: the earlier quote lacks its closing mark; end it here
                    end = i
                    while end > open_at + 1 and text[end - 1].isspace():
                        end -= 1
                    if end > open_at + mark_width(text, open_at):  # (from an earlier paragraph: reopened in each)
                        spans.append(QuoteSpan(open_at, open_at + mark_width(text, open_at), end, -1, style, p0, p))
                    state = (i, style, p)
                continue  # nested single quote inside a single quote: ignore
            if style == "single" and _is_possessive_s(text, i) and not _closes_before_colon(text, i, marks[idx:]):
                if any(r == "close" and s == "single" for _, s, r in marks[idx:]):
                    continue  # the voters’ choice: a later mark closes the quote
            spans.append(QuoteSpan(open_at, open_at + mark_width(text, open_at), i, i, style, p0, p))
            state = None
        if state is not None:
            nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
            first = _first_mark(text, *nxt) if nxt else None
            if first == (state[1], "open"):
                carry = state
            else:
                open_at, style, p0 = state
                end = hi
                w = mark_width(text, open_at)
                while end > open_at + w and text[end - 1].isspace():
                    end -= 1
                if end > open_at + w and style == "double":
                    spans.append(QuoteSpan(open_at, open_at + w, end, -1, style, p0, p))
    return spans
