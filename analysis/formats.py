"""Readers for the file formats articles arrive in: text, HTML pages, JSON/JSONL and CSV.

Each reader takes the decoded text of one file and returns :class:`Record` objects,
one per article, with the metadata the format itself declares (``fields``). A
defect that concerns one record (no text, nesting too deep, a number too long) is
returned as a :class:`RecordProblem` so the loader can report it and go on; a
defect of the whole file raises :class:`~analysis.decode.NotText`. Records never
hold lone surrogates: they are replaced (see :func:`repair_surrogates`).
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from .decode import NotText

#: Metadata fields a JSON/CSV record or an HTML page may declare.
RECORD_FIELDS = ("title", "published", "author", "source", "url")
TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson", ".csv")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES


@dataclass
class Record:
    """One article's text from a file, with the metadata the file declared."""

    text: str
    key: str | None = None  # record number within a multi-article file (1-based), e.g. "3"
    fields: dict[str, str] = field(default_factory=dict)
    origin: str = "text"  # where ``fields`` came from: "page" (HTML metadata) or "record"
    # Cleaning-log rows ``(line or None, text, reason)`` for what reading changed or removed
    log: list[tuple[int | None, str, str]] = field(default_factory=list)


@dataclass
class RecordProblem:
    key: str
    reason: str


# Lone surrogates: JSON may spell them (``"\ud800"``), but they are no characters, and every encoder
# (UTF-8 files, CSV and JSON output, pages, pyarrow strings) refuses them.
_SURROGATE = re.compile("[\ud800-\udfff]")
LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as analysis.clean numbers lines
_SURROGATE_REASON = "lone surrogate(s) {} replaced with U+FFFD (not characters: no file or page can hold them)"


def _codes(found: list[str]) -> str:
    return ", ".join(dict.fromkeys(f"\\u{ord(c):04x}" for c in found))


def repair_surrogates(record: Record) -> Record:
    """``record`` with each lone surrogate in its text and fields replaced by U+FFFD, one cleaning-log
    row per line (or field) repaired. Repairing loses nothing else; refusing would lose the article."""
    if not _SURROGATE.search(record.text) and not any(_SURROGATE.search(v) for v in record.fields.values()):
        return record
    log = []
    lines = LINE_BREAK.split(record.text)
    for number, line in enumerate(lines, start=1):
        if found := _SURROGATE.findall(line):
            log.append((number, _SURROGATE.sub("\ufffd", line).strip(), _SURROGATE_REASON.format(_codes(found))))
    for key, value in record.fields.items():
        if found := _SURROGATE.findall(value):
            log.append((None, f"(the record's {key!r} field)", _SURROGATE_REASON.format(_codes(found))))
    fields = {k: _SURROGATE.sub("\ufffd", v) for k, v in record.fields.items()}
    return Record(_SURROGATE.sub("\ufffd", record.text), record.key, fields, record.origin, record.log + log)


def readable_name(name: str) -> str:
    """A file name as text every encoder accepts. Bytes of a name that are not UTF-8 reach Python as lone
    surrogates (``\\udcff``, "surrogateescape"); they are shown as ``\\xff`` instead."""
    if not _SURROGATE.search(name):
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def _without_surrogates(reader):
    """The reader, with every record it returns passed through :func:`repair_surrogates`. Only JSON readers need
    it: text from :func:`analysis.decode.decode_bytes` holds no lone surrogate (decoding is strict, and
    trafilatura turns ``&#xd800;`` into U+FFFD), but a JSON ``\\ud800`` escape makes one."""
    @functools.wraps(reader)
    def read(text: str) -> list[Record | RecordProblem]:
        return [r if isinstance(r, RecordProblem) else repair_surrogates(r) for r in reader(text)]
    return read


def read_text(text: str) -> list[Record]:
    return [Record(text)]


def read_html(text: str) -> list[Record]:
    """Main text and metadata of a saved web page, extracted by trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise NotText("HTML page without extractable article text (trafilatura found no main text)")
    fields = {"title": doc.title, "author": doc.author, "published": doc.date, "source": doc.sitename, "url": doc.url}
    note = "markup, navigation, scripts and comments removed by trafilatura main-text extraction"
    return [Record(doc.text, fields={k: v for k, v in fields.items() if v}, origin="page",
                   log=[(None, "(the page around the article)", note)])]


class Unreadable(ValueError):
    """A JSON value that is well formed but that Python cannot hold; ``str(exc)`` is the reason."""


def _int(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # json hands over only well-formed integers: this is Python's digit limit
        raise Unreadable(f"a number of {len(digits.lstrip('-')):,} digits (Python reads at most "
                         f"{sys.get_int_max_str_digits():,})") from None


def _loads(text: str):
    """``json.loads``; a value nested too deeply or a number too long raises :class:`Unreadable`."""
    try:
        return json.loads(text, parse_int=_int)
    except RecursionError:
        raise Unreadable("JSON nested too deeply to read (arrays or objects inside each other "
                         "past Python's recursion limit)") from None


def _record(obj, key: str) -> Record | RecordProblem:
    if not isinstance(obj, dict):
        return RecordProblem(key, f"record is a {type(obj).__name__}, not an object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return RecordProblem(key, "record has no 'text' (or it is empty)")
    try:
        fields = {k: str(obj[k]).strip() for k in RECORD_FIELDS if obj.get(k) not in (None, "")}
    except RecursionError:  # str() of a field nested almost as deep as json reads
        return RecordProblem(key, "a metadata field is nested too deeply to read")
    return Record(text, key=key, fields=fields, origin="record")


def _malformed(text: str, exc: json.JSONDecodeError, offset: int = 0) -> NotText:
    """The file's "malformed JSON" error, for a decoding error at ``exc.pos`` of ``text[offset:]``."""
    exc = json.JSONDecodeError(exc.msg, text, offset + exc.pos)
    return NotText(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")


@_without_surrogates
def read_json(text: str) -> list[Record | RecordProblem]:
    """A JSON array of article objects, an object with an ``articles`` array, or one article object.

    An article that Python cannot read (nested too deeply, a number too long) costs only itself, when
    the rest of the file is well formed.
    """
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        raise _malformed(text, exc) from None
    except Unreadable as exc:
        return _read_elements(text, exc)
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        return [_record(data, "1")]
    if not isinstance(data, list):
        raise NotText("JSON holds neither an article object nor a list of them")
    return [_record(obj, str(i)) for i, obj in enumerate(data, start=1)]


# A JSON string, or a character of structure; whatever lies between (numbers, literals, blanks) is skipped.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[][{}:,]')


def _tokens_with_depth(text: str, start: int) -> Iterator[tuple[re.Match, int]]:
    """The JSON tokens from ``start`` with the bracket depth before each, up to the bracket that closes the
    first one opened: counting, not parsing, so no recursion however deep the value."""
    depth = 0
    for m in _JSON_TOKEN.finditer(text, start):
        token = m.group()
        yield m, depth
        if token in ("[", "{"):
            depth += 1
        elif token in ("]", "}"):
            depth -= 1
            if depth == 0:
                return


def _array_start(text: str) -> int | None:
    """Index of the ``[`` of the article array (the top-level array, or the ``articles`` array of a
    top-level object: the last one, as json keeps the last of repeated keys), found without parsing."""
    first = len(text) - len(text.lstrip())
    if text.startswith("[", first):
        return first
    if not text.startswith("{", first):
        return None
    start, before = None, ("", "")
    for m, depth in _tokens_with_depth(text, first):
        token = m.group()
        if token == "[" and depth == 1 and before[1] == ":" and _is_articles_key(before[0]):
            start = m.start()
        before = (before[1], token)
    return start


def _is_articles_key(token: str) -> bool:
    try:
        return token.startswith('"') and json.loads(token) == "articles"
    except json.JSONDecodeError:
        return False


def _element_spans(text: str, start: int) -> tuple[list[tuple[int, int]], int] | None:
    """``(spans of the elements, end)`` of the array whose ``[`` is at ``start`` (``text[start:end]`` is
    the array), by counting brackets: no recursion, however deep the elements. None if it never closes."""
    begin, spans = start + 1, []
    for m, depth in _tokens_with_depth(text, start):
        token = m.group()
        if token in ("]", "}") and depth == 1:
            spans.append((begin, m.start()))
            if len(spans) == 1 and not text[begin:m.start()].strip():
                spans = []  # an empty array
            return spans, m.end()
        if token == "," and depth == 1:
            spans.append((begin, m.start()))
            begin = m.end()
    return None


def _read_elements(text: str, unreadable: Unreadable) -> list[Record | RecordProblem]:
    """The records of a JSON file holding a value Python cannot read: each element of the article array
    read on its own, so an unreadable one costs only itself. The file fails as a whole when the value
    is not inside an article array, or when the array or the file around it is malformed."""
    start = _array_start(text)
    if start is None:
        raise NotText(f"{unreadable}; not inside an array of articles")
    found = _element_spans(text, start)
    if found is None:
        raise NotText("malformed JSON: the array of articles is never closed")
    spans, end = found
    try:
        _loads(text[:start] + "[]" + text[end:])
    except json.JSONDecodeError as exc:
        position = exc.pos if exc.pos < start + 2 else end + exc.pos - (start + 2)  # where it is in `text`
        raise _malformed(text, json.JSONDecodeError(exc.msg, text, position)) from None
    except Unreadable as exc:
        raise NotText(f"{exc}; outside the array of articles") from None
    out: list[Record | RecordProblem] = []
    for i, (a, b) in enumerate(spans, start=1):
        try:
            out.append(_record(_loads(text[a:b]), str(i)))
        except json.JSONDecodeError as exc:
            raise _malformed(text, exc, a) from None
        except Unreadable as exc:
            out.append(RecordProblem(str(i), str(exc)))
    return out


@_without_surrogates
def read_jsonl(text: str) -> list[Record | RecordProblem]:
    """One JSON article object per line; blank lines ignored, a bad line reported on its own. Keys are
    record numbers. Lines end at ``\\n`` or ``\\r`` only (JSON strings cannot hold those raw): a U+2028
    inside a string is no line break."""
    out: list[Record | RecordProblem] = []
    lines = (line for line in enumerate(LINE_BREAK.split(text), start=1) if line[1].strip())
    for n, (line_number, line) in enumerate(lines, start=1):
        try:
            out.append(_record(_loads(line), str(n)))
        except json.JSONDecodeError as exc:
            out.append(RecordProblem(str(n), f"malformed JSON line {line_number}: {exc.msg}"))
        except Unreadable as exc:
            out.append(RecordProblem(str(n), f"line {line_number}: {exc}"))
    return out


# The csv module refuses a field longer than csv.field_size_limit() (131,072 characters by default:
# one long article, or one long manifest note). The limit is process-wide, so it cannot be scoped to one
# read without racing other threads (Dask workers read files in threads). It is raised here, under a lock
# and never lowered, to the length of the text being read: a field can never be longer than its file,
# so the loader's file-size limit (checked before reading) is the only bound on a field.
_FIELD_LIMIT_LOCK = threading.Lock()
_C_LONG_MAX = 2**31 - 1  # the largest limit csv accepts everywhere (a C long on Windows)


def csv_reader(text: str) -> csv.DictReader:
    """A strict ``csv.DictReader`` of ``text`` that reads fields as long as ``text`` itself."""
    with _FIELD_LIMIT_LOCK:
        if csv.field_size_limit() < len(text):
            csv.field_size_limit(min(len(text), _C_LONG_MAX))
    return csv.DictReader(io.StringIO(text, newline=""), strict=True)


def read_csv(text: str) -> list[Record | RecordProblem]:
    """A CSV table with a ``text`` column and optional metadata columns; record keys are record numbers."""
    try:
        reader = csv_reader(text)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise NotText("CSV without a 'text' column (expected one article per row)")
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise NotText(f"malformed CSV: {exc}") from None
    out: list[Record | RecordProblem] = []
    for n, (line, row) in enumerate(rows, start=1):
        if None in row:
            out.append(RecordProblem(str(n), f"CSV row with more fields than the header (ending on line {line})"))
        else:
            out.append(_record(row, str(n)))
    return out


READERS = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_html for s in HTML_SUFFIXES},
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv,
}
