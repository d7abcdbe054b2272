"""Clean article text and infer metadata from it, logging every removal.

:func:`clean_article` turns the decoded text of one file into the article body
plus the headline, byline and date it found around it. Nothing is dropped
without a log entry ``(line, text, reason)``, and only lines that are not
sentences are ever removed: the body of an article is never cut.

Rules, in order (see README, "Cleaning rules"):

1. Line endings are normalised to ``\\n`` and text to Unicode NFC. Each line is then repaired
   (:func:`repair_line`): markup tags (an embedded ``<tweet ...>``, a link) are removed, their text
   kept; HTML entities are decoded; mojibake (UTF-8 read as cp1252 or Latin-1: ``GÃ¼len``) is
   repaired by ftfy. A line left with no letters or digits (an embedded tweet without text) is removed,
   and so is a style sheet pasted as text.
2. Header: the first lines may hold a headline (short, no sentence-final
   punctuation, or Title Case followed by a blank line), bylines (``By ...`` or a
   bulleted name), a date line (``May 13, 2024 04:00am``, ``13 May 2024``,
   ``2024-05-13``) and a view counter (a bare number). They become metadata.
   A wire dateline opening the body (``BRUSSELS (Reuters) -``) gives the source
   and stays in the text.
3. Lines that repeat the headline later in the page are removed.
4. Whole lines matching ``resources/boilerplate.tsv`` (share widgets, comment
   boxes, "Related articles", ...) are removed wherever they stand, and so are
   social-media sign-offs (``Follow Jane Roe on Twitter @janeroe.``).
5. After the last sentence of the article, if the tail holds any such
   boilerplate, the remaining short non-sentence lines of the tail are removed too
   (e.g. a comment-box line in another language).
6. Paragraphs are blocks separated by blank lines; a block of short hard-wrapped
   lines is joined, otherwise every line is its own paragraph. Runs of spaces
   inside a paragraph collapse to one.

Lines given as ``furniture`` (an outlet's furniture, found across a corpus by
:func:`analysis.load.remove_outlet_furniture`) are removed with rule 4.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from html.parser import HTMLParser
from itertools import islice

import ftfy
import pandas as pd

from .units import STOP_WORDS

_BULLET = re.compile(r"^[\s•·*▪◦‣●○■□–—\-|>]+\s*")
#: A line ends a sentence when its last characters are one of these, then only closing quotes or brackets.
_TERMINALS = (".", "!", "?", "…")
_CLOSERS = "\"'”’)]"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_TIME = r"(?:(?:,|\s)\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_PATTERNS = [
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?", re.I),
]
_DATE_PREFIX = re.compile(r"^(?:published|updated|posted|last updated|date)(?:\s+on)?\s*:?\s*", re.I)
_BYLINE = re.compile(r"^(?:written\s+by|words\s+by|by)\s*:?\s+(?P<name>.+)$", re.I)
_NAME = re.compile(r"^(?:[A-Z][\w'’.\-]*|de|da|van|von|der|bin|al|la|le)(?:\s+(?:[A-Z][\w'’.\-]*|de|da|van|von|der|bin|al|la|le)){1,4}$")
_COUNTER = re.compile(r"^\d[\d,.]*\s*(?:k|views?|reads?|shares?)?$", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z0-9 .,'’-]{1,50}?)\s*\((?P<source>Reuters|AP|AFP|Associated Press|Bloomberg|UPI|dpa|"
    r"Reuters Breakingviews|CNN|BBC)\)\s*[-–—]")
#: A headline's source label: one to three capitalised words and a colon before its words ("De Blasio: Trust
#: Bratton on security").
_SOURCE_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*:\s+\S")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")

#: Headlines longer than this many words are treated as body sentences.
MAX_HEADLINE_WORDS = 25
#: Tail lines with at most this many words and no final punctuation count as page furniture.
MAX_FURNITURE_WORDS = 12


def _load_boilerplate() -> list[tuple[re.Pattern[str], str]]:
    text = resources.files("analysis.resources").joinpath("boilerplate.tsv").read_text(encoding="utf-8")
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, reason = line.split("\t")
        rules.append((re.compile(rf"(?:{pattern})", re.I), reason))
    return rules


BOILERPLATE = _load_boilerplate()


@dataclass
class CleanedArticle:
    """The clean body of one article, what was found around it, and what was removed."""

    text: str
    title: str | None = None
    author: str | None = None
    published: pd.Timestamp | None = None
    published_text: str | None = None
    source: str | None = None
    log: list[tuple[int, str, str]] = field(default_factory=list)


def normalise_text(text: str) -> str:
    """NFC-normalise and turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# A markup tag (``<tweet tweet-id="1">``, ``</a>``, ``<br/>``) and an HTML entity (``&amp;``, ``&#8217;``):
# only lines holding one are parsed, so prose such as ``a < b`` is never read as markup.
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
# What is left of a line-break or rule tag whose "<" was lost (``fair pay. br /&gt;`` in a BBC file): only these
# empty tags, whole words, so prose ("p > 0.05", "x/>y") is left alone.
_TAG_STUB = re.compile(r"(?<![<\w/])(?:br|hr)\s*/?>(?![\w<])", re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters UTF-8 read as cp1252/Latin-1 gives first (``Ã¼``, ``â€™``, ``Â£``): ftfy looks only at lines with one.
_MOJIBAKE_HINT = re.compile("[ÂÃâÅÆÐÑÎÏ]")
# Mojibake that was NFKC-normalised after it was made: ``Ã¼`` became ``Ã1⁄4``, ``Ã¯`` ``Ã ̄``. The Latin-1
# character is put back (only right after ``Ã``/``Â``, where it is a byte of mojibake) for ftfy to repair.
# ``º``, ``ª`` and superscript digits became a plain letter or digit (``JesÃºs``: ``JesÃos``): taken back only
# inside a word (``SÃO`` could be written so on purpose).
_NFKC_SPLIT = {"1\u20444": "¼", "1\u20442": "½", "3\u20444": "¾", " \u0304": "¯", " \u0301": "´",
               " \u0327": "¸", " \u0308": "¨", "o": "º", "a": "ª", "1": "¹", "2": "²", "3": "³"}
_NFKC_MOJIBAKE = re.compile("(?<=[ÃÂ])(?:" + "|".join(map(re.escape, list(_NFKC_SPLIT)[:7])) + ")"
                            "|(?:(?<=[a-zß-öø-ÿ'’]Ã)|(?<=ÃÂ))[oa123](?=[a-zß-öø-ÿ])")
#: The reason a line that held only markup is removed (it is no page furniture: it says nothing of the tail).
MARKUP_ONLY = "markup only (an embedded tweet or widget with no text of its own)"
#: Empty elements a reader sees as a break between words.
_BREAKS = frozenset({"br", "hr"})
#: Elements whose content is not text a reader sees.
_HIDDEN_ELEMENTS = {"script", "style", "noscript", "template"}


class _VisibleText(HTMLParser):
    """The text of a fragment of markup a reader would see: tags dropped, entities decoded, the content
    of scripts and styles left out. Collects the names of the tags it dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: dict[str, None] = {}
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = None
        self._hidden += tag in _HIDDEN_ELEMENTS
        if tag in _BREAKS:
            self.parts.append(" ")  # ("line<br>two": two words)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] = None
        if tag in _BREAKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        self.tags[tag] = None
        if tag in _HIDDEN_ELEMENTS and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)

    def handle_comment(self, data):
        self.tags["!--"] = None


def _changed_words(before: str, after: str, limit: int = 3) -> str:
    """The first words that differ, ``GÃ¼len → Gülen``, for the cleaning log."""
    import difflib  # only for lines that were repaired

    a, b = before.split(), after.split()
    pairs = [f"{' '.join(a[i1:i2])} → {' '.join(b[j1:j2])}"
             for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
             if op != "equal"]
    return ", ".join(pairs[:limit]) + (", ..." if len(pairs) > limit else "")


#: How the reasons of repaired (not removed) lines start, in the cleaning log.
REPAIR_REASONS = ("markup removed", "HTML entities decoded", "mojibake repaired")


def repair_line(line: str) -> tuple[str, list[str]]:
    """``line`` with markup removed (the text kept), HTML entities decoded and mojibake repaired, and
    the reasons of what was changed (none: the line is returned as it is).

    Markup is parsed by the standard library's :class:`html.parser.HTMLParser`; mojibake is repaired by
    ``ftfy.fix_encoding``, which changes only text that is far more likely mojibake than what it reads as,
    so correct accented names (``Gülen``, ``São Paulo``) and curly quotes are left as they are.
    """
    reasons = []
    if "<" in line and _TAG.search(line):
        parser = _VisibleText()
        parser.feed(line)
        parser.close()
        text = re.sub(r"(?<=\S)  +(?=\S)", " ", "".join(parser.parts))
        tags = ", ".join(f"<{t}>" for t in parser.tags)
        reasons.append(f"markup removed ({tags}; the text between the tags kept)")
        line = text
    elif "&" in line and _ENTITY.search(line):
        unescaped = html.unescape(line)
        if unescaped != line:
            reasons.append(f"HTML entities decoded ({_changed_words(line, unescaped)})")
            line = unescaped
    if ">" in line and _TAG_STUB.search(line):
        stubs = ", ".join(dict.fromkeys(m.group() for m in _TAG_STUB.finditer(line)))
        line = re.sub(r"  +", " ", _TAG_STUB.sub("", line)).strip()
        reasons.append(f"markup removed (a tag without its '<': {stubs})")
    if _MOJIBAKE_HINT.search(line):
        undone = _NFKC_MOJIBAKE.sub(lambda m: _NFKC_SPLIT[m.group()], line)
        fixed = ftfy.fix_encoding(undone)
        if fixed == undone:  # nothing to repair: the line as it was, not the NFKC undoing
            fixed = ftfy.fix_encoding(line)
        if fixed != line:
            fixed = unicodedata.normalize("NFC", fixed)
            reasons.append(f"mojibake repaired (UTF-8 text once read as cp1252 or Latin-1: "
                           f"{_changed_words(line, fixed)})")
            line = fixed
    return line, reasons


def _repair_lines(lines: list[str], removed: dict[int, str]) -> list[tuple[int, str, str]]:
    """Repair every line in place (:func:`repair_line`); a line left without letters or digits is
    ``removed``. The cleaning-log rows of the repairs ``(line number, raw line, reason)``."""
    log = []
    for i, line in enumerate(lines):
        if not ("<" in line or "&" in line or ">" in line or _MOJIBAKE_HINT.search(line)):
            continue
        repaired, reasons = repair_line(line)
        if not reasons:
            continue
        lines[i] = repaired
        if line.strip() and not any(c.isalnum() for c in repaired):
            removed[i] = MARKUP_ONLY  # one row, the removal's
        else:
            log.extend((i + 1, line.strip(), reason) for reason in reasons)
    return log


# A style sheet pasted as text (an embedded widget's ``<style>`` without its tags): a selector line that opens a
# block, declarations (``width:100%;``), closing braces (``}``, ``}.``), one-line rules (``.a { color: red; }``).
_CSS_OPEN = re.compile(r"(?:@media[^{}]*|[.#]?[A-Za-z_*][\w\-.#:>+~*\[\]=\"', ()]*)\{")
_CSS_LINE = re.compile(r"[-\w]+\s*:[^{};]+;?|\}\.?|[^{}]*\{(?:\s*[-\w]+\s*:[^{};]+;)*\s*\}\.?")
# An author's sign-off, ``Follow John Nolte on Twitter @NolteNC.``: furniture even though it reads as a sentence
# (the handle tells it from a body sentence such as "Follow the money").
_SIGN_OFF = re.compile(r"follow\s+[^.!?@]{1,60}?\s+on\s+(?:twitter|facebook|instagram|threads|bluesky|x)\b:?"
                       r"\s*@\w+.{0,120}", re.I)
SIGN_OFF = "social-media sign-off"
#: The reason a style sheet's lines are removed.
STYLE_SHEET = "style sheet (CSS) left in the text"
#: A style block longer than this many lines is not looked for (a brace that never closes).
MAX_STYLE_LINES = 400


def _style_blocks(lines: list[str], removed: dict[int, str]) -> None:
    """Mark the lines of each style sheet block ``removed``: from a selector line that opens a block to the
    brace that closes it, when every line between is a declaration, a selector, a brace or blank."""
    i = 0
    while i < len(lines):
        first = lines[i].strip()
        if "{" not in first or not (_CSS_OPEN.fullmatch(first) or ":" in first and _CSS_LINE.fullmatch(first)):
            i += 1
            continue
        depth, j = 0, i
        while j < len(lines) and j - i < MAX_STYLE_LINES:
            line = lines[j].strip()
            if j > i and line and not (_CSS_OPEN.fullmatch(line) or _CSS_LINE.fullmatch(line)):
                break
            depth += line.count("{") - line.count("}")
            if depth <= 0:
                break
            j += 1
        if j < len(lines) and depth == 0:
            removed.update((k, STYLE_SHEET) for k in range(i, j + 1) if lines[k].strip())
            i = j + 1
        else:
            i += 1


def parse_date(text: str) -> pd.Timestamp | None:
    """The first date (and time) in ``text``, or None. Formats: ``May 13, 2024 04:00am``,
    ``Monday 13 May 2024``, ``2024-05-13T09:30``."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["monthnum"]) if g.get("monthnum") else _MONTHS[g["month"].lower().rstrip(".")]
        hour = int(g["hour"]) if g.get("hour") else 0
        minute = int(g["minute"]) if g.get("minute") else 0
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        try:
            return pd.Timestamp(datetime(int(g["year"]), month, int(g["day"]), hour, minute))
        except ValueError:
            continue
    return None


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _count_words(line: str, limit: int) -> int:
    """Number of words in ``line``, counting no further than ``limit``.

    The rules only compare word counts with small thresholds, so a long prose line
    need not be scanned to its end (counting every word was most of the cleaning time).
    """
    return sum(1 for _ in islice(_WORD.finditer(line), limit))


def _ends_sentence(stripped: str) -> bool:
    """Whether a stripped line ends with sentence punctuation, possibly inside closing quotes or brackets.

    Only the end is looked at: a regular expression searching for this tried every position of the line.
    """
    return stripped.rstrip(_CLOSERS).endswith(_TERMINALS)


def is_sentence(line: str) -> bool:
    """A line that reads as prose: ends with sentence punctuation and has 4 words, or is long."""
    stripped = line.strip()
    if _ends_sentence(stripped):
        return _count_words(stripped, 4) >= 4  # 4 words suffice, and more than MAX_FURNITURE_WORDS would too
    return _count_words(stripped, MAX_FURNITURE_WORDS + 1) > MAX_FURNITURE_WORDS


def _is_title_case(line: str) -> bool:
    words = [w for w in _words(line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.75


def is_headline(line: str, next_is_blank: bool, next_line: str = "") -> bool:
    """Short line with no sentence-final punctuation; or, followed by a blank line, a Title Case line,
    a question of at most 15 words, a line opened by a name and a colon (``Lewandowski: FBI director acted as ...``)
    or any short line before a wire dateline (``WASHINGTON (AP) —``)."""
    stripped = line.strip()
    n = _count_words(stripped, MAX_HEADLINE_WORDS + 1)
    if not 2 <= n <= MAX_HEADLINE_WORDS or _is_bulleted(stripped):
        return False
    if not _ends_sentence(stripped) and not stripped.endswith((",", ";")):
        return True
    if not next_is_blank:
        return False
    question = stripped.rstrip("\"'”’").endswith("?") and n <= 15
    return _is_title_case(stripped) or question or bool(_DATELINE.match(next_line.strip())) \
        or bool(_SOURCE_LABEL.match(stripped))


def _is_bulleted(line: str) -> bool:
    return _BULLET.sub("", line.strip()) != line.strip()


def _whole_date(line: str) -> pd.Timestamp | None:
    body = _DATE_PREFIX.sub("", line).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(body)
        if m:
            return parse_date(body)
    return None


def boilerplate_reason(line: str) -> str | None:
    """The reason a whole line is web-page furniture, or None."""
    stripped = _BULLET.sub("", line.strip()).strip()
    for pattern, reason in BOILERPLATE:
        if pattern.fullmatch(stripped):
            return reason
    return None


def _looks_non_english(line: str) -> bool:
    """No English stop word and some non-ASCII letters: e.g. ``Chưa có bình luận nào``."""
    words = [w.lower() for w in _words(line)]
    return bool(words) and not any(w in STOP_WORDS for w in words) and any(ord(c) > 127 for c in line)


def _header(lines: list[str], out: CleanedArticle, removed: dict[int, str]) -> None:
    """Consume headline, bylines, date and counter lines at the top of the page."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip() or i in removed:
            continue
        seen += 1
        if seen > 8:
            return
        bare = _BULLET.sub("", line).strip()
        bulleted = _is_bulleted(line)
        date = _whole_date(bare)
        byline = _BYLINE.match(bare)
        if date is not None and out.published is None:
            out.published, out.published_text = date, bare
            removed[i] = "dateline (moved to published)"
        elif byline and out.author is None and _count_words(byline["name"], 9) <= 8:
            out.author = byline["name"].strip().rstrip(",")
            removed[i] = "byline (moved to author)"
        elif (out.author is None and _NAME.match(bare) and (bulleted or out.title is not None)
              and not is_sentence(bare) and not bare.isupper() and not bare.endswith(".")):
            out.author = bare
            removed[i] = "byline (moved to author)"
        elif _COUNTER.fullmatch(bare) and (bulleted or seen > 1):
            removed[i] = "view counter"
        elif out.title is None and seen == 1:
            next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
            following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            if not is_headline(line, next_blank, following):
                return
            out.title = line.strip()
            removed[i] = "headline (moved to title)"
        else:
            return


def _paragraphs(lines: list[str], removed: dict[int, str]) -> list[str]:
    blocks: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if i in removed or not line.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line.strip())
    paragraphs = []
    for block in blocks:
        if not block:
            continue
        wrapped = len(block) >= 3 and max(map(len, block[:-1])) <= 100 and not all(_ends_sentence(b) for b in block)
        parts = [" ".join(block)] if wrapped else block
        paragraphs.extend(_collapse_spaces(p) for p in parts)
    return paragraphs


def _collapse_spaces(paragraph: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space.

    A run needs two spaces in a row, a tab or a no-break space; most paragraphs have none,
    and checking for them is far quicker than the regular expression's pass.
    """
    if "  " in paragraph or "\t" in paragraph or "\u00a0" in paragraph:
        return _SPACES.sub(" ", paragraph)
    return paragraph


def _repeats_headline(line: str, headline_key: str) -> bool:
    """``" ".join(line.casefold().split()) == headline_key``, without splitting a long line to its end.

    ``split(maxsplit=n)`` gives more than ``n`` parts for a line of more than ``n`` words, and case
    folding neither adds, removes nor moves white space, so folding after the split is the same.
    """
    n_words = headline_key.count(" ") + 1
    words = line.split(maxsplit=n_words)
    return len(words) == n_words and " ".join(words).casefold() == headline_key


def line_key(line: str) -> str:
    """How lines are compared across articles (outlet furniture): white space collapsed, ends stripped."""
    return " ".join(line.split())


def clean_article(text: str, furniture: Mapping[str, str] | None = None) -> CleanedArticle:
    """Split decoded page text into body, metadata and a removal log (see module doc).

    ``furniture``: lines (by :func:`line_key`, after repair) to remove wherever they stand, with the
    reason to log: the outlet's own furniture found across a corpus (:func:`analysis.load.remove_outlet_furniture`).
    """
    lines = normalise_text(text).split("\n")
    out = CleanedArticle(text="")
    removed: dict[int, str] = {}
    raw = list(lines)  # the log shows lines as the file has them
    repairs = _repair_lines(lines, removed)
    if "{" in text:
        _style_blocks(lines, removed)
    _header(lines, out, removed)

    # Whether each remaining line is a sentence, computed once: rules 3-5 all ask.
    sentence = {i: is_sentence(line) for i, line in enumerate(lines) if i not in removed and line.strip()}
    headline_key = " ".join(out.title.casefold().split()) if out.title else None
    for i, is_prose in sentence.items():
        if headline_key and _repeats_headline(lines[i], headline_key):
            removed[i] = "repeated headline"
        elif not is_prose and (reason := boilerplate_reason(lines[i])):
            removed[i] = reason
        elif lines[i].lstrip()[:6].lower() == "follow" and _SIGN_OFF.fullmatch(lines[i].strip()):
            removed[i] = SIGN_OFF
        elif furniture and (reason := furniture.get(line_key(lines[i]))):
            removed[i] = reason

    body = [i for i, is_prose in sentence.items() if is_prose and i not in removed]
    if body:
        tail = [i for i in range(body[-1] + 1, len(lines)) if lines[i].strip()]
        if any(i in removed and i >= body[-1] and removed[i] not in (MARKUP_ONLY, STYLE_SHEET) for i in tail):
            for i in tail:
                if i not in removed and _count_words(lines[i], MAX_FURNITURE_WORDS + 1) <= MAX_FURNITURE_WORDS:
                    removed[i] = (
                        "comment-box line in another language" if _looks_non_english(lines[i])
                        else "page furniture after the article's end"
                    )

    removals = [(i + 1, raw[i].strip(), reason) for i, reason in removed.items()]
    out.log = sorted(repairs + removals, key=lambda row: row[0])  # by line; a line's repair before its removal
    out.text = "\n\n".join(_paragraphs(lines, removed))
    if m := _DATELINE.match(out.text):
        out.source = m["source"]  # the dateline stays in the text: it is part of the article
    return out
