"""Readers for the file formats articles arrive in: text, HTML pages, JSON/JSONL and CSV.

Each reader takes the decoded text of one file and returns :class:`Record` objects,
one per article, with the metadata the format itself declares (``fields``). A
defect that concerns one record (no text) is returned as a :class:`RecordProblem`
so the loader can report it and go on; a defect of the whole file raises
:class:`~analysis.decode.NotText`.
"""
from __future__ import annotations

import csv
import io
import json
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
    key: str | None = None  # record number within a multi-article file, e.g. "3"
    fields: dict[str, str] = field(default_factory=dict)
    origin: str = "text"  # where ``fields`` came from: "page" (HTML metadata) or "record"
    note: str | None = None  # what extraction removed, for the cleaning log


@dataclass
class RecordProblem:
    key: str
    reason: str


def read_text(text: str) -> list[Record]:
    return [Record(text)]


def read_html(text: str) -> list[Record]:
    """Main text and metadata of a saved web page, extracted by trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise NotText("HTML page without extractable article text (trafilatura found no main text)")
    fields = {"title": doc.title, "author": doc.author, "published": doc.date, "source": doc.sitename, "url": doc.url}
    return [Record(doc.text, fields={k: v for k, v in fields.items() if v}, origin="page",
                   note="markup, navigation, scripts and comments removed by trafilatura main-text extraction")]


def _record(obj, key: str) -> Record | RecordProblem:
    if not isinstance(obj, dict):
        return RecordProblem(key, f"record is a {type(obj).__name__}, not an object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return RecordProblem(key, "record has no 'text' (or it is empty)")
    fields = {k: str(obj[k]).strip() for k in RECORD_FIELDS if obj.get(k) not in (None, "")}
    return Record(text, key=key, fields=fields, origin="record")


def read_json(text: str) -> list[Record | RecordProblem]:
    """A JSON array of article objects, an object with an ``articles`` array, or one article object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotText(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        return [_record(data, "1")]
    if not isinstance(data, list):
        raise NotText("JSON holds neither an article object nor a list of them")
    return [_record(obj, str(i)) for i, obj in enumerate(data, start=1)]


def read_jsonl(text: str) -> list[Record | RecordProblem]:
    """One JSON article object per line; blank lines ignored, a bad line reported on its own."""
    out: list[Record | RecordProblem] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(_record(json.loads(line), str(n)))
        except json.JSONDecodeError as exc:
            out.append(RecordProblem(str(n), f"malformed JSON line: {exc.msg}"))
    return out


def read_csv(text: str) -> list[Record | RecordProblem]:
    """A CSV table with a ``text`` column and optional metadata columns; record keys are line numbers."""
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise NotText("CSV without a 'text' column (expected one article per row)")
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise NotText(f"malformed CSV: {exc}") from None
    out: list[Record | RecordProblem] = []
    for line, row in rows:
        if None in row:
            out.append(RecordProblem(str(line), "CSV row with more fields than the header"))
        else:
            out.append(_record(row, str(line)))
    return out


READERS = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_html for s in HTML_SUFFIXES},
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv,
}
