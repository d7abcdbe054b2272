"""Load articles into a DataFrame, accounting for every input file.

:func:`load_corpus` reads a folder, a file or a list of files and returns a
:class:`Corpus` of four tidy tables:

* ``articles``: one row per loaded article (see :data:`ARTICLE_COLUMNS`);
* ``problems``: one row per file that was not loaded (``action == "skipped"``)
  or was loaded with a caveat (``action == "loaded"``, e.g. an encoding fallback),
  and per manifest defect;
* ``cleaning_log``: one row per line removed from an article by
  :func:`analysis.clean.clean_article`;
* ``files``: one row per entry listed under the path, with the SHA-256 and size of what was read.

Invariant: every entry of the folder (outside hidden folders) is either an ``articles`` row, the manifest,
or a ``skipped`` problem; links, FIFOs, sockets and devices are never opened (:func:`list_inputs`).

Loading is written once, whatever runs it (:func:`analysis.execute.executor_for`):

* **map** :func:`read_files`: read, decode, clean and take the metadata of a chunk of files;
* **reduce** :func:`reconcile`: the rules across files, in file order (duplicate bytes, duplicate texts,
  unique ids: :func:`unique_id`), so every mode gives the same tables;
* **finish** :func:`finish`: the tables, outlet furniture removed (:func:`remove_outlet_furniture`).

A folder may hold a manifest, ``articles.csv`` (columns ``file`` and any of
``title, published, author, source, url, notes``); manifest values override what
is inferred, and ``*_origin`` columns say which was used: ``manifest``, ``page``
(an HTML page's own metadata), ``record`` (a JSON/CSV field), ``text`` (read
from the headline, byline, date line or dateline) or ``missing``.
"""
from __future__ import annotations

import csv
import errno
import hashlib
import io
import logging
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .clean import CleanedArticle, clean_article, line_key
from .decode import Decoded, NotText, decode_bytes
from .execute import LOCAL, Executor, executor_for
from .formats import LINE_BREAK, READERS, SUPPORTED_SUFFIXES, Record, RecordProblem, csv_reader, readable_name
from .progress import track
from .terminal import printable
from .units import count_words, paragraph_spans, sentence_spans

log = logging.getLogger(__name__)

MANIFEST_NAME = "articles.csv"
MANIFEST_FIELDS = ("title", "published", "author", "source", "url", "notes")
#: Files larger than this are refused: 10 MB, about 1.5 million words, a hundred times a long news
#: article; a notebook kernel takes about 110 bytes of memory per character of text (README, "Sharing
#: results"). The environment variable sets another limit in MB (a whole number; other values are ignored).
MAX_FILE_ENV = "ANALYSIS_MAX_FILE_MB"
MAX_BYTES = (int(mb) if (mb := os.environ.get(MAX_FILE_ENV, "").strip()).isdecimal() and int(mb) > 0 else 10) * 2**20
#: A manifest larger than this is refused (about 300,000 rows; read whole, it takes about 6 times its size).
MAX_MANIFEST_BYTES = 50 * 2**20
#: A manifest's header line is looked at within this many bytes.
_MAX_HEADER = 64 * 1024

ARTICLE_COLUMNS = [
    "article_id", "path", "sha256", "title", "author", "published", "year", "source", "url", "notes",
    "text", "raw_text", "encoding", "n_words", "n_sentences", "n_paragraphs",
    "title_origin", "author_origin", "published_origin", "source_origin",
]
PROBLEM_COLUMNS = ["file", "action", "reason"]
LOG_COLUMNS = ["article_id", "line", "text", "reason"]
#: The columns of ``Corpus.files``: one row per entry listed under the path (see :class:`Corpus`).
FILE_COLUMNS = ["file", "action", "sha256", "n_bytes"]


@dataclass(frozen=True)
class Corpus:
    """The outcome of loading.

    * ``articles``: one row per article (:data:`ARTICLE_COLUMNS`);
    * ``problems``: one row per file or record not loaded (``action == "skipped"``), loaded with a
      caveat (``"loaded"``) and per manifest defect (:data:`PROBLEM_COLUMNS`);
    * ``cleaning_log``: one row per line removed or repaired (:data:`LOG_COLUMNS`);
    * ``files``: one row per entry listed under the path, sorted by name (:data:`FILE_COLUMNS`): ``file``
      (as ``problems`` names it), ``action`` (``loaded``: it gave articles; ``skipped``: it gave none,
      see ``problems``; ``manifest``: the manifest, read for metadata), and ``sha256`` and ``n_bytes`` of
      the bytes read (missing when the entry was not read: a link, FIFO, hidden or unsupported file...).
    """

    articles: pd.DataFrame
    problems: pd.DataFrame
    cleaning_log: pd.DataFrame
    files: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FILE_COLUMNS))

    @property
    def skipped(self) -> pd.DataFrame:
        return self.problems[self.problems["action"] == "skipped"]


class Problems:
    """The problem rows of one load, ``(file, action, reason)`` in the order they were found (see
    :data:`PROBLEM_COLUMNS`); each is logged once, on one escaped line, as it is added."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def add(self, file: str, action: str, reason: str) -> None:
        """Add (and log) one row; ``file`` is made readable (:func:`~analysis.formats.readable_name`)."""
        file = readable_name(file)
        log.warning("%s: %s (%s)", printable(file), printable(reason), action)  # one line, no terminal control
        self.rows.append((file, action, reason))


def slugify(name: str) -> str:
    """Readable, stable identifier: lower case, runs of other characters become ``-``.

    Parameters
    ----------
    name : str
        Any text (a file name, a path).

    Returns
    -------
    str
        Lower-case letters, digits and ``_``, runs of anything else as one ``-``; ``"article"`` if nothing is left.
    """
    slug = re.sub(r"[^0-9a-z_]+", "-", name.lower()).strip("-")
    return slug or "article"


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return readable_name(path.relative_to(root).as_posix())
        except ValueError:
            pass
    return readable_name(path.name)


class _Resolver:
    """``Path.resolve()`` of many files that share a few folders.

    Resolving a path checks every component of it for a link (an ``lstat`` each), for every
    file. Here each folder is resolved once, and then only the file itself is checked: if it
    is not a link, it resolves to its resolved folder plus its name; if it is, to ``resolve()``.
    """

    def __init__(self) -> None:
        self._folders: dict[Path, Path] = {}

    @staticmethod
    def _plain(path: Path) -> bool:
        """Whether ``path`` is there and not a link. When ``lstat`` fails (``sub/../b`` with no ``sub``),
        ``resolve()`` may still find a link (it reads ``..`` without looking): it has to decide."""
        try:
            return not stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:
            return False

    def __call__(self, path: Path) -> Path:
        if path.name in ("", ".", "..") or not self._plain(path):
            return path.resolve()
        folder = self._folders.get(path.parent)
        if folder is None:
            folder = self._folders[path.parent] = path.parent.resolve()
        return folder / path.name


class _PlainNames:
    """``resolve(root / name)`` of a manifest name of a regular file (not a link) in a folder inside ``base``.

    One ``lstat`` per name and one ``resolve()`` per folder, with strings. Anything else (an absolute
    name, a link, a folder, a missing file, a folder outside ``base``) gives None, for the full checks.
    """

    def __init__(self, root: Path, base: Path) -> None:
        self._root, self._root_name, self._base = root, os.fspath(root), base
        self._folders: dict[str, Path | None] = {"": base}

    def __call__(self, name: str) -> Path | None:
        if name.startswith("/"):
            return None
        try:
            if not stat.S_ISREG(os.lstat(f"{self._root_name}/{name}").st_mode):
                return None
        except (OSError, ValueError):
            return None
        # The file is not a link, so it is its folder's resolved path plus its name, as _Resolver
        # has it; `.`, `..` and `//` in the folder part are the folder's resolve() to sort out.
        folder, _, file = name.rpartition("/")
        if folder not in self._folders:
            resolved = (self._root / folder).resolve()
            self._folders[folder] = resolved if resolved.is_relative_to(self._base) else None
        resolved = self._folders[folder]
        return None if resolved is None else resolved / file


class Refused(OSError):
    """An entry the loader does not read; ``str(exc)`` is the one-line reason."""


_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
_KINDS = ((stat.S_ISDIR, "folder"), (stat.S_ISLNK, "symbolic link"), (stat.S_ISFIFO, "FIFO"),
          (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words.

    Parameters
    ----------
    mode : int
        An ``st_mode`` (of ``os.lstat``).

    Returns
    -------
    str
        ``regular file``, ``folder``, ``symbolic link``, ``FIFO``, ``socket``, ``character device``, ``block device``
        or ``unknown kind of file``.
    """
    if stat.S_ISREG(mode):
        return "regular file"
    return next((kind for is_kind, kind in _KINDS if is_kind(mode)), "unknown kind of file")


def open_regular(path: str | os.PathLike) -> io.BufferedReader:
    """``path`` opened for reading, if it is a regular file; else :class:`Refused` (or the OSError of opening).

    A link is not followed (``O_NOFOLLOW``) and a FIFO or device is not waited on (``O_NONBLOCK``); what was
    opened is checked with ``fstat``, so an entry swapped after it was listed is refused too.

    Parameters
    ----------
    path : str or PathLike
        The file to open.

    Returns
    -------
    io.BufferedReader
        The open file (binary).

    Raises
    ------
    Refused
        A link or anything but a regular file; another ``OSError`` when it cannot be opened.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP and os.path.islink(path):
            raise Refused("symbolic link: not followed") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Refused(f"not a regular file: {file_kind(mode)}")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _why(exc: OSError) -> str:
    """The one-line reason of a failed read."""
    return str(exc) if isinstance(exc, Refused) else f"cannot read: {exc.strerror or exc}"


def _too_large(what: str, size: int, limit: int) -> Refused:
    return Refused(f"{what} too large ({size / 2**20:.0f} MB > {limit / 2**20:.0f} MB limit)")


def _read_at_most(fh: io.BufferedReader, limit: int, what: str) -> bytes:
    """The bytes of the open file ``fh``; :class:`Refused` when over ``limit`` bytes, by its size or by
    what it gives (a file may grow, and some report no size)."""
    size = os.fstat(fh.fileno()).st_size
    if size > limit:
        raise _too_large(what, size, limit)
    data = fh.read(size + 1)
    if len(data) > size:
        data += fh.read(limit + 1 - len(data))
        if len(data) > limit:
            raise _too_large(what, len(data), limit)
    return data


def _is_manifest(fh) -> bool:
    """``articles.csv`` is a manifest unless its header has a ``text`` column and no ``file`` column."""
    header = fh.readline(_MAX_HEADER).decode("utf-8", "replace").lower()
    fh.seek(0)
    names = {c.strip().strip('"') for c in header.split(",")}
    return not ("text" in names and "file" not in names)


def _open_manifest(path: Path) -> io.BufferedReader | None:
    """``path`` opened if it is a manifest the loader reads, None if it is an articles CSV (see
    :func:`_is_manifest`); :class:`Refused` or another OSError if it may not be read."""
    fh = open_regular(path)
    try:
        if not _is_manifest(fh):
            fh.close()
            return None
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_MANIFEST_BYTES:
            raise _too_large("manifest", size, MAX_MANIFEST_BYTES)
        return fh
    except BaseException:
        fh.close()
        raise


def _link_reason(path: str, base: Path) -> str:
    """Why the link ``path`` is not read: where it points. Nothing is opened, and nothing outside the data
    folder is looked at (``realpath`` only reads links), so a problem row tells nothing about what is there."""
    if not Path(os.path.realpath(path)).is_relative_to(base):
        return "symbolic link: not followed (it points outside the data folder)"
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link: not followed (a loop of links)"
        if exc.errno == errno.ENOENT:
            return "symbolic link: not followed (dangling: its target does not exist)"
        return f"symbolic link: not followed ({exc.strerror or exc})"
    kind = {"regular file": "file", "folder": "folder"}.get(file_kind(mode), file_kind(mode))
    return f"symbolic link: not followed (to a {kind} inside the data folder)"


def _entry_reason(entry: os.DirEntry, base: Path) -> str | None:
    """None for a regular file or a folder (decided with ``lstat``: nothing is opened); else why it is not read."""
    try:
        if entry.is_file(follow_symlinks=False) or entry.is_dir(follow_symlinks=False):
            return None
        if entry.is_symlink():
            return _link_reason(entry.path, base)
        return f"not a regular file: {file_kind(entry.stat(follow_symlinks=False).st_mode)}"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"


def _sorted_entries(folder: str, rel: str, problems: list) -> list[os.DirEntry]:
    """The entries of ``folder``, sorted by name; a folder that cannot be listed is a problem row."""
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append((readable_name(rel) or ".", "skipped", f"cannot list folder: {exc.strerror or exc}"))
        return []


def _walk(root: str, problems: list) -> Iterator[tuple[str, os.DirEntry]]:
    """``(relative name, entry)`` of every entry under ``root`` in the order of sorted paths, but not
    inside hidden folders (such as ``.ipynb_checkpoints``: they hold no inputs) nor linked folders.

    Depth first with sorted names is the order of sorted paths (they compare part by part).
    """
    stack = [("", iter(_sorted_entries(root, "", problems)))]
    while stack:
        prefix, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        rel = prefix + entry.name
        yield rel, entry
        try:
            walk_in = not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
        except OSError:  # reported as the entry's own problem
            walk_in = False
        if walk_in:
            stack.append((rel + "/", iter(_sorted_entries(entry.path, rel, problems))))


@dataclass(frozen=True)
class Listing:
    """What :func:`list_inputs` found: the ``files`` to read, their ``root`` folder (relative names and the
    manifest), the ``manifest`` to read (None: none) and its bytes (``manifest_data``, read when it was
    listed: the manifest is opened once), and a ``(file, action, reason)`` row for every other entry."""

    files: list[Path]
    root: Path | None
    manifest: Path | None
    problems: list[tuple[str, str, str]]
    manifest_data: bytes | None = field(default=None, repr=False)

    def name(self, file: Path) -> str:
        """How ``file`` is named in the tables: relative to the root."""
        return _display(file, self.root)


def list_inputs(path: str | os.PathLike | Iterable) -> Listing:
    """The one rule of what the loader reads under ``path`` (a folder, a file or a list of files).

    In a folder, only regular files are read (decided with ``lstat``, before anything is opened): a link,
    FIFO, socket or device is a problem row; so is a folder that cannot be listed. Hidden folders are not
    entered. A root ``articles.csv`` is the manifest (see :func:`read_manifest`) unless it holds articles;
    a manifest that is not a regular file, cannot be read or is over :data:`MAX_MANIFEST_BYTES` is a
    problem row. A file or list of files named by the caller is followed to its target, which must be a
    regular file.

    Parameters
    ----------
    path : str, PathLike or iterable of them
        A folder, a file, or a list of files.

    Returns
    -------
    Listing
        The files to read (sorted by path), their root, the manifest and its bytes, and a problem row per
        entry not read.

    Raises
    ------
    FileNotFoundError
        When ``path`` (a folder or one file) does not exist.
    """
    if not isinstance(path, (str, os.PathLike)):
        return _list_named(path)
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"{root} does not exist")
    if not root.is_dir():
        listing = _list_named([root])
        manifest, data, manifest_problems = _manifest_of(root.parent)
        return Listing(listing.files, root.parent, manifest, listing.problems + manifest_problems, data)
    files, problems, manifest, data, base = [], [], None, None, root.resolve()
    for rel, entry in _walk(str(root), problems):
        reason = _entry_reason(entry, base)
        if reason is not None:
            problems.append((readable_name(rel), "skipped", reason))  # a name that is not UTF-8 as \xNN
        elif entry.is_file(follow_symlinks=False):
            if rel == MANIFEST_NAME:
                manifest, data, manifest_problems = _manifest_of(root)
                problems.extend(manifest_problems)
                if manifest is not None or manifest_problems:
                    continue
            files.append(Path(entry.path))
    return Listing(files, root, manifest, problems, data)


def _manifest_of(root: Path) -> tuple[Path | None, bytes | None, list[tuple[str, str, str]]]:
    """``(root/articles.csv, its bytes, [])`` if it is a manifest to read, ``(None, None, [])`` if there is
    none or it holds articles, ``(None, None, [its problem row])`` if it may not be read. Opened once."""
    path = root / MANIFEST_NAME
    if not os.path.lexists(path):
        return None, None, []
    try:
        fh = _open_manifest(path)
        if fh is None:
            return None, None, []
        with fh:
            return path, _read_at_most(fh, MAX_MANIFEST_BYTES, "manifest"), []
    except OSError as exc:
        return None, None, [_manifest_problem(exc)]


def _manifest_problem(exc: OSError) -> tuple[str, str, str]:
    return MANIFEST_NAME, "skipped", f"{_why(exc)}; metadata inferred from text instead"


def _list_named(paths: Iterable) -> Listing:
    """Files named by the caller: a link is followed (the caller chose it), anything but a regular file is a
    problem row; a missing file is left for the reader to report."""
    named, resolve = [Path(p) for p in paths], _Resolver()

    def folder(file: Path) -> Path:
        try:
            return resolve(file).parent
        except RuntimeError:  # a loop of links: reported when it is read
            return Path(os.path.realpath(file)).parent

    root = Path(os.path.commonpath([folder(f) for f in named])) if named else None
    files, problems = [], []
    for file in named:
        try:
            mode = file.stat().st_mode
        except OSError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            problems.append((_display(file, root), "skipped", f"not a regular file: {file_kind(mode)}"))
        else:
            files.append(Path(os.path.realpath(file)) if file.is_symlink() else file)
    return Listing(files, root, None, problems)


def _values(row: dict) -> Iterator[str]:
    """Every value of a ``csv.DictReader`` row, a short row's missing ones (None) left out and a long row's
    extra ones (listed under the key None) included."""
    for key, value in row.items():
        if key is None:
            yield from value
        elif value is not None:
            yield value


def read_manifest(root: Path, data: bytes, problems: Problems) -> dict[Path, dict[str, str]]:
    """The rows of the manifest ``root/articles.csv`` (its bytes: ``data``, as :func:`list_inputs` read
    them), keyed by resolved file path; defects become rows of ``problems``.

    Parameters
    ----------
    root : Path
        The folder the manifest names files in.
    data : bytes
        The manifest's bytes (:attr:`Listing.manifest_data`).
    problems : Problems
        Where a malformed manifest or row is reported.

    Returns
    -------
    dict
        ``{resolved path: {field: value}}`` for :data:`MANIFEST_FIELDS`, first row per file.
    """
    try:
        text = decode_bytes(data).text
        reader = csv_reader(text)
        rows, lines = [], []
        for row in reader:
            rows.append(row)
            # The line the record starts on, as an editor numbers it: blank lines are skipped and a quoted
            # value may span lines, so a record's rank is not its line number
            lines.append(reader.line_num - sum(len(LINE_BREAK.findall(v)) for v in _values(row)))
    except (NotText, csv.Error) as exc:
        problems.add(MANIFEST_NAME, "ignored", f"malformed manifest: {exc}; metadata inferred from text instead")
        return {}
    if not rows or "file" not in (rows[0].keys()):
        problems.add(MANIFEST_NAME, "ignored", "malformed manifest: no 'file' column; metadata inferred from text instead")
        return {}
    out: dict[Path, dict[str, str]] = {}
    base, resolve = root.resolve(), _Resolver()
    plain = _PlainNames(root, base)
    for n, row in zip(lines, rows):
        name = (row.get("file") or "").strip()
        where = f"{MANIFEST_NAME} line {n}"
        if None in row or any(v is None for v in row.values()):
            problems.add(where, "ignored", "malformed manifest row: wrong number of fields")
            continue
        if not name:
            problems.add(where, "ignored", "manifest row without a file name")
            continue
        target = plain(name)
        if target is None:  # most names are plain; these are the checks for any other
            try:
                target = resolve(root / name)
            except (RuntimeError, ValueError):  # a loop of links; a character no path holds
                problems.add(where, "ignored", f"manifest names a path that cannot be resolved: {name!r}")
                continue
            if Path(name).is_absolute() or not target.is_relative_to(base):
                problems.add(where, "refused", f"manifest names a path outside the data folder: {name!r}")
                continue
            if not target.is_file():
                problems.add(where, "ignored", f"manifest names a file that does not exist: {name!r}")
                continue
        if target in out:
            problems.add(where, "ignored", f"second manifest row for {name!r}; the first one is used")
            continue
        out[target] = {k: (row.get(k) or "").strip() for k in MANIFEST_FIELDS}
    return out


def unique_id(stem: str, rel: str, taken: set[str]) -> str:
    """A readable article id not in ``taken`` (and now added to it): the one rule of article ids.

    Parameters
    ----------
    stem : str
        The file name without extension (``-N`` added for record N).
    rel : str
        The file relative to the loaded folder (``#N`` for a record).
    taken : set of str
        The ids given so far; the new one is added.

    Returns
    -------
    str
        ``slugify(stem)``, else that with the folder, else the whole ``rel`` with its extension
        (``records.csv#1`` becomes ``records-csv-1``), else that numbered (``-2``, ``-3``...).
    """
    folder = rel.rpartition("/")[0]
    for article_id in (slugify(stem), slugify(f"{folder}/{stem}"), slugify(rel)):
        if article_id not in taken:
            break
    base, n = article_id, 2
    while article_id in taken:
        article_id, n = f"{base}-{n}", n + 1
    taken.add(article_id)
    return article_id


def _read_file(file: Path, max_bytes: int) -> tuple[bytes, Decoded] | str:
    """Bytes and decoded text of one file, or the reason it is skipped."""
    if file.name.startswith("."):
        return "hidden file"
    if file.suffix.lower() not in READERS:
        return f"unsupported file type {file.suffix or '(none)'}; expected one of {', '.join(SUPPORTED_SUFFIXES)}"
    try:
        with open_regular(file) as fh:
            data = _read_at_most(fh, max_bytes, "file")
    except OSError as exc:
        return _why(exc)
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        return str(exc)
    if not decoded.text.strip():
        return "no text (whitespace only)"
    return data, decoded


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


@lru_cache(maxsize=4096)
def _parse_date(value: str):
    """``pd.to_datetime(value, errors="coerce", utc=True)``, cached: dates repeat across articles and one call costs ~1 ms.

    A plain ``YYYY-MM-DD`` date (what manifests and records mostly hold) is built directly, to the
    same Timestamp, without pandas' per-call format guessing; anything else, or a day that
    :class:`datetime.datetime` refuses, is left to pandas.
    """
    if m := _ISO_DATE.fullmatch(value):
        try:
            return pd.Timestamp(datetime(*map(int, m.groups())), tz="UTC")
        except ValueError:
            pass
    return pd.to_datetime(value, errors="coerce", utc=True)


def _metadata(manifest: dict[str, str], record: Record, cleaned: CleanedArticle, where: str,
              problems: list) -> dict:
    """Each field from the manifest, else the file's own metadata (HTML page, JSON/CSV record), else the text.
    A date that is not one is a ``loaded`` row of ``problems``."""
    out = {}
    inferred = {"title": cleaned.title, "author": cleaned.author, "published": cleaned.published,
                "source": cleaned.source}
    for key in ("title", "author", "published", "source"):
        if manifest.get(key):
            value, origin = manifest[key], "manifest"
        elif record.fields.get(key):
            value, origin = record.fields[key], record.origin
        elif inferred[key] is not None:
            value, origin = inferred[key], "text"
        else:
            value, origin = None, "missing"
        if key == "published" and isinstance(value, str):
            parsed = _parse_date(value)
            if pd.isna(parsed):
                problems.append((where, "loaded", f"{origin} date {value!r} is not a date; left missing"))
                value, origin = None, "missing"
            else:
                value = parsed.tz_convert(None)
        out[key], out[f"{key}_origin"] = value, origin
    out["url"] = manifest.get("url") or record.fields.get("url")
    out["notes"] = manifest.get("notes") or None
    return out


# --- map: read, decode, clean each file of a chunk -------------------------------------------------------

@dataclass
class ReadRecord:
    """One record of a file as the map step left it: ``where`` (``name`` or ``name#key``), the ``stem`` its
    id starts from, and either ``skipped`` (the reason) or the cleaned article: ``text_key`` (its text with
    white space collapsed, hashed: what duplicate texts are found by), its table ``row`` (every column but
    ``article_id`` and the texts, which are in the chunk's :class:`ReadChunk` ``texts`` at ``index``), its
    ``problems`` (``loaded`` caveats) and cleaning ``log`` rows ``(line, text, reason)``."""

    where: str
    stem: str
    skipped: str | None = None
    text_key: str = ""
    row: dict | None = None
    index: int = -1
    problems: list = field(default_factory=list)
    log: list = field(default_factory=list)


@dataclass
class ReadFile:
    """One input file as the map step left it: its ``name`` (relative to the root), ``sha256`` and
    ``n_bytes`` of what was read (None: not read), file-level ``problems`` (why it was skipped, or a
    decoding caveat), its ``records`` (None: it gave none to look at) and whether they are ``keyed``
    (several records per file: JSON, JSON lines, CSV)."""

    name: str
    sha256: str | None = None
    n_bytes: int | None = None
    problems: list = field(default_factory=list)
    records: list[ReadRecord] | None = None
    keyed: bool = False


def _text_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def read_file(file: Path, *, root: Path | None, manifest: dict, max_bytes: int = MAX_BYTES,
              resolve=None, seen: set | None = None) -> ReadFile:
    """The map step for one file: read (at most ``max_bytes``), decode, split into records, clean each
    one and take its metadata (``manifest`` rows first). No rule across files is applied here.

    Parameters
    ----------
    file : Path
        A file of :attr:`Listing.files`.
    root : Path or None
        The folder names are relative to (:attr:`Listing.root`).
    manifest : dict
        The manifest's rows (:func:`read_manifest`), or ``{}``.
    max_bytes : int
        Files larger than this are skipped.
    resolve : callable, optional
        Resolves paths (to look the file up in the manifest); shared across a chunk's files.
    seen : set, optional
        The SHA-256 of the files read before in this chunk: a file with the same bytes is not parsed (the
        reduce step skips it as a duplicate); this one's is added.

    Returns
    -------
    ReadFile
    """
    name = _display(file, root)
    read = _read_file(file, max_bytes)
    if isinstance(read, str):
        return ReadFile(name, problems=[(name, "skipped", read)])
    data, decoded = read
    out = ReadFile(name, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data))
    if seen is not None:
        if out.sha256 in seen:
            return out
        seen.add(out.sha256)
    try:
        records = READERS[file.suffix.lower()](decoded.text)
    except NotText as exc:
        out.problems.append((name, "skipped", str(exc)))
        return out
    if decoded.warning:
        out.problems.append((name, "loaded", decoded.warning))
    out.records, out.keyed = [], any(r.key for r in records)
    declared = None
    for record in records:
        where = f"{name}#{record.key}" if record.key else name
        stem = f"{file.stem}-{record.key}" if record.key else file.stem
        if isinstance(record, RecordProblem):
            out.records.append(ReadRecord(where, stem, skipped=record.reason))
            continue
        cleaned = clean_article(record.text)
        if not cleaned.text.strip():
            out.records.append(ReadRecord(where, stem, skipped="no article text left after removing page "
                                                                "furniture (see cleaning rules)"))
            continue
        if declared is None:  # most folders have no manifest: skip resolving
            declared = manifest.get((resolve or _Resolver())(file), {}) if manifest else {}
        problems: list = []
        meta = _metadata(declared, record, cleaned, where, problems)
        row = {"path": where, "sha256": out.sha256, **meta, "text": cleaned.text, "raw_text": record.text,
               "encoding": decoded.encoding, **_counts(cleaned.text)}
        log = [(pd.NA if line is None else line, text, reason) for line, text, reason in record.log]
        log.extend(cleaned.log)
        out.records.append(ReadRecord(where, stem, text_key=_text_key(cleaned.text), row=row,
                                      problems=problems, log=log))
    return out


def _counts(text: str) -> dict:
    return {"n_words": count_words(text), "n_sentences": len(sentence_spans(text)),
            "n_paragraphs": len(paragraph_spans(text))}


@dataclass
class ReadChunk:
    """What the map step returns for a chunk of files: its ``files`` (:class:`ReadFile`, rows without their
    texts) and the chunk's ``text`` and ``raw_text`` as two string arrays (pandas ``str``, Arrow buffers), a
    record's at its ``index``: they travel back from a worker process as two buffers, not as a Python object
    per article, and are never copied into rows."""

    files: list[ReadFile]
    text: pd.api.extensions.ExtensionArray
    raw_text: pd.api.extensions.ExtensionArray


def read_files(files: list[Path], *, root: Path | None, manifest: dict, max_bytes: int = MAX_BYTES,
               progress: bool | None = False) -> ReadChunk:
    """The map step of loading: :func:`read_file` of each of ``files``, in order.

    Parameters
    ----------
    files : list of Path
        A chunk of :attr:`Listing.files` (:meth:`analysis.execute.Executor.split`).
    root, manifest, max_bytes
        As for :func:`read_file`.
    progress : bool, optional
        A progress bar over the files (:mod:`analysis.progress`; None: only if it lasts).

    Returns
    -------
    ReadChunk
        ``files``: one per file, in the order of ``files``; the texts of their records in two arrays.
    """
    resolve, seen = _Resolver(), set()
    read = [read_file(f, root=root, manifest=manifest, max_bytes=max_bytes, resolve=resolve, seen=seen)
            for f in track(files, "loading files", unit="file", progress=progress)]
    text, raw = [], []
    for record in (r for f in read for r in f.records or () if r.row is not None):
        record.index = len(text)
        text.append(record.row.pop("text"))
        raw.append(record.row.pop("raw_text"))
    return ReadChunk(read, pd.array(text, dtype="str"), pd.array(raw, dtype="str"))


# --- reduce: the rules across files, in file order ------------------------------------------------------

@dataclass
class Reconciled:
    """What :func:`reconcile` decided: the articles' ``rows`` (their metadata, with ``article_id``), where
    each one's texts are (``kept``: per chunk, the indexes into its ``texts``, in the order of ``rows``), the
    ``problems``, the cleaning ``log`` rows and one ``files`` row per file read ``(file, action, sha256,
    n_bytes)``."""

    rows: list = field(default_factory=list)
    texts: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)
    log: list = field(default_factory=list)
    files: list = field(default_factory=list)


def reconcile(chunks: Iterable[ReadChunk], problems: Problems | None = None) -> Reconciled:
    """The reduce step of loading, the one owner of the rules across files, applied in file order:

    * a file with the bytes of an earlier one is skipped (``duplicate of ... (identical bytes)``);
    * an article whose text (white space collapsed) is an earlier one's is skipped (``same article text``);
    * article ids are unique: the file's stem, else with its folder, else its whole name, else numbered
      (:func:`unique_id`).

    Parameters
    ----------
    chunks : iterable of ReadChunk
        The map step's results (:func:`read_files`), in the order of the files.
    problems : Problems, optional
        The problems found before (listing, manifest); the new rows are added to it.

    Returns
    -------
    Reconciled
    """
    out = Reconciled(problems=problems if problems is not None else Problems())
    seen_bytes: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    taken: set[str] = set()
    add = out.problems.add
    for chunk in chunks:
        out.texts.append((chunk.text, chunk.raw_text))
        out.kept.append([])
        for read in chunk.files:
            _reconcile_file(read, out, seen_bytes, seen_text, taken)
    return out


def _reconcile_file(read: ReadFile, out: Reconciled, seen_bytes: dict, seen_text: dict, taken: set) -> None:
    """:func:`reconcile` of one file (of the last chunk of ``out``)."""
    add = out.problems.add
    loaded_before = len(out.rows)
    if read.sha256 is not None and read.sha256 in seen_bytes:
        add(read.name, "skipped", f"duplicate of {seen_bytes[read.sha256]} (identical bytes)")
    else:
        if read.sha256 is not None:
            seen_bytes[read.sha256] = read.name
        for row in read.problems:
            add(*row)
        for record in read.records or ():
            if record.skipped is not None:
                add(record.where, "skipped", record.skipped)
                continue
            if record.text_key in seen_text:
                add(record.where, "skipped", f"duplicate of {seen_text[record.text_key]} (same article text)")
                continue
            seen_text[record.text_key] = record.where
            article_id = unique_id(record.stem, record.where, taken)
            for row in record.problems:
                add(*row)
            out.rows.append({"article_id": article_id, **record.row})
            out.kept[-1].append(record.index)
            out.log.extend((article_id, *row) for row in record.log)
        if read.records is not None and not read.records:
            add(read.name, "skipped", "no article records in this file")
        elif read.records and len(out.rows) == loaded_before and read.keyed:
            add(read.name, "skipped", "none of this file's records could be loaded (see each record's row)")
    out.files.append((read.name, "loaded" if len(out.rows) > loaded_before else "skipped",
                      read.sha256, read.n_bytes))


# --- finish: the tables ---------------------------------------------------------------------------------

def finish(reconciled: Reconciled, listing: Listing) -> Corpus:
    """The finish step of loading: the :class:`Corpus` tables, outlet furniture removed
    (:func:`remove_outlet_furniture`: it compares articles across the corpus).

    Parameters
    ----------
    reconciled : Reconciled
        What :func:`reconcile` decided.
    listing : Listing
        The listing the files came from: its entries not read and its manifest go into ``Corpus.files``.

    Returns
    -------
    Corpus
    """
    corpus = replace(corpus_tables(reconciled, listing),
                     articles=articles_frame(reconciled.rows, texts=_kept_texts(reconciled)))
    return remove_outlet_furniture(corpus)


def corpus_tables(reconciled: Reconciled, listing: Listing) -> Corpus:
    """The tables of the :class:`Corpus` but ``articles`` (left empty): ``problems``, ``cleaning_log`` and ``files``
    (the files read, the listing's entries not read and its manifest)."""
    files = list(reconciled.files)
    files.extend((readable_name(file), "skipped", None, None) for file, _, _ in listing.problems)
    if listing.manifest is not None and listing.manifest not in listing.files:
        data = listing.manifest_data
        files.append((listing.name(listing.manifest), "manifest", hashlib.sha256(data).hexdigest(), len(data)))
    files_frame = (pd.DataFrame(files, columns=FILE_COLUMNS).astype({"n_bytes": "Int64"})
                   .sort_values("file", kind="stable").reset_index(drop=True))
    return Corpus(articles=pd.DataFrame(columns=ARTICLE_COLUMNS),
                  problems=pd.DataFrame(reconciled.problems.rows, columns=PROBLEM_COLUMNS),
                  cleaning_log=pd.DataFrame(reconciled.log, columns=LOG_COLUMNS), files=files_frame)


def chunk_files(chunk: ReadChunk) -> ReadChunk:
    """``chunk`` without its texts: what the caller needs to :func:`reconcile` chunks that stay on the workers."""
    return ReadChunk(chunk.files, None, None)


def chunk_articles(chunk: ReadChunk, rows: pd.DataFrame, kept: list) -> pd.DataFrame:
    """The articles table of one chunk, on the worker that read it: ``rows`` (its articles' metadata, from
    :func:`articles_frame` of every chunk's rows, so that every chunk has the same dtypes) with the texts at
    ``kept``."""
    return with_texts(rows, {"text": _taken(chunk.text, kept), "raw_text": _taken(chunk.raw_text, kept)})


def _first(pair: tuple):
    return pair[0]


def _second(pair: tuple):
    return pair[1]


def _load_on_cluster(executor, chunks: list, listing: Listing, problems: Problems) -> Corpus:
    """The Dask DataFrame path of :func:`load_corpus`: the same map, reduce and finish, with each chunk's texts
    kept on the worker that read it (futures ``chunks``); only the metadata comes to the caller, and outlet
    furniture is found and removed partition by partition (:func:`furniture_counts`, :func:`furniture_lines`,
    :func:`strip_furniture`)."""
    import dask
    import dask.dataframe as dd

    from .execute import persisted
    reconciled = reconcile(executor.map(chunk_files, chunks), problems)
    rows = articles_frame(reconciled.rows)
    bounds = np.cumsum([0] + [len(kept) for kept in reconciled.kept])
    tables = executor.map(chunk_articles, chunks, [rows.iloc[a:b] for a, b in zip(bounds[:-1], bounds[1:])],
                          reconciled.kept, keep=True)
    corpus = corpus_tables(reconciled, listing)
    tables, log = _without_furniture(executor, tables, corpus.cleaning_log, rows["article_id"])
    corpus = replace(corpus, cleaning_log=log)
    meta = with_texts(rows.iloc[:0], {"text": pd.array([], dtype="str"), "raw_text": pd.array([], dtype="str")})
    with dask.config.set({"dataframe.convert-string": False}):  # keep the pandas dtypes
        frame = dd.from_delayed(tables, meta=meta, verify_meta=False)
    return replace(corpus, articles=persisted(frame, executor.client))


def load_corpus(path, *, scheduler: str | None = None, max_bytes: int = MAX_BYTES, engine: str = "pandas",
                npartitions: int | None = None, progress: bool | None = None) -> Corpus:
    """Load every article under ``path`` (folder, file or list of files).

    Formats: ``.txt``/``.md`` (one article), ``.html`` (a saved page; main text by trafilatura),
    ``.json``/``.jsonl``/``.csv`` (one article per record, with a ``text`` field). Every defect is
    reported in ``Corpus.problems`` and loading goes on.

    Written once as map, reduce, finish: the files (:func:`list_inputs`) are read and cleaned in
    chunks (:func:`read_files`, on the executor of :func:`analysis.execute.executor_for`), the rules
    across files applied in file order (:func:`reconcile`), and the tables made (:func:`finish`). Every
    mode gives the same Corpus.

    Parameters
    ----------
    path : str, PathLike or iterable of them
        A folder, a file, or a list of files.
    scheduler : str, optional
        Where files are read: ``"sync"`` (this process), ``"processes"`` (every local core), ``"local"``
        (a Dask LocalCluster) or a Dask scheduler address. None: every local core when the files
        together reach :data:`analysis.execute.PARALLEL_MIN_CHARS` bytes, else this process.
    max_bytes : int
        Files larger than this are skipped (:data:`MAX_BYTES`, set by ``ANALYSIS_MAX_FILE_MB``).
    engine : {"pandas", "dask"}
        ``"dask"``: ``articles`` is a Dask DataFrame on the cluster of ``scheduler`` (default: the
        current client or a LocalCluster), in ``npartitions`` partitions (:func:`analysis.execute.distribute`).
    npartitions : int, optional
        Partitions of the Dask DataFrame (``engine="dask"`` only).
    progress : bool, optional
        A progress bar over the files when they are read in this process (None: only if loading lasts).

    Returns
    -------
    Corpus
        ``articles``, ``problems``, ``cleaning_log`` and ``files`` (see :class:`Corpus`).

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist.
    """
    if engine not in ("pandas", "dask") or (npartitions is not None and engine != "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask' (npartitions only with dask), not {engine!r}")
    if engine == "dask":
        scheduler = scheduler or LOCAL
    listing, problems = list_inputs(path), Problems()
    for row in listing.problems:
        problems.add(*row)
    manifest = read_manifest(listing.root, listing.manifest_data, problems) if listing.manifest is not None else {}
    executor = executor_for(scheduler=scheduler, size=None if scheduler else _total_bytes(listing.files))
    parts = executor.split(listing.files, n=npartitions)
    chunks = executor.map(read_files, parts, root=listing.root, manifest=manifest, max_bytes=max_bytes,
                          progress=progress if executor.kind == "sync" else False, keep=engine == "dask")
    if engine == "dask":
        return _load_on_cluster(executor, chunks, listing, problems)
    return finish(reconcile(chunks, problems), listing)


def _total_bytes(files: list[Path]) -> int:
    """The size of ``files`` together (what decides the default executor); a file that cannot be looked
    at counts 0 (reading it reports why)."""
    total = 0
    for file in files:
        try:
            total += os.lstat(file).st_size
        except OSError:
            pass
    return total


#: A line is the outlet's furniture (a sign-off, "Follow us on ...", "Like the page:") when it stands, verbatim,
#: in at least this many articles of the same source: two articles of one outlet often share paragraphs (a story
#: and its update), three seldom do.
FURNITURE_MIN_ARTICLES = 3
#: ... and has at most this many words: furniture is short; a shared background paragraph is longer.
FURNITURE_MAX_WORDS = 20


def _digest(line: str) -> int:
    """A line's key (:func:`~analysis.clean.line_key`) in 64 bits: what partitions send back to be counted,
    instead of the line itself (the same in every process, unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def _sourced(articles: pd.DataFrame) -> Iterator[tuple[int, str, str]]:
    """``(row position, source, text)`` of the articles that have a source."""
    for i, (source, text) in enumerate(zip(articles["source"], articles["text"])):
        if isinstance(source, str):
            yield i, source, text


def furniture_counts(articles: pd.DataFrame) -> dict[str, np.ndarray]:
    """The map step of finding outlet furniture: per source, the lines of each of ``articles`` (by
    :func:`_digest` of their key, once per article).

    Parameters
    ----------
    articles : DataFrame
        A partition of the articles table (``source`` and ``text``).

    Returns
    -------
    dict
        source → array of line digests (``uint64``: 8 bytes a line, where a set of Python objects took about
        100); counted across partitions by :func:`sum_furniture_counts`.
    """
    lines: dict[str, list] = {}
    for _, source, text in _sourced(articles):
        lines.setdefault(source, []).extend({_digest(k) for p in text.split("\n") if (k := line_key(p))})
    return {source: np.array(found, dtype=np.uint64) for source, found in lines.items()}


def sum_furniture_counts(parts: Iterable[dict[str, np.ndarray]], min_articles: int = FURNITURE_MIN_ARTICLES) -> dict:
    """The reduce step: the lines (digests) of each source found in ``min_articles`` articles or more, with their
    number of articles."""
    found: dict[str, list] = {}
    for part in parts:
        for source, digests in part.items():
            found.setdefault(source, []).append(digests)
    repeated = {}
    for source, arrays in found.items():
        digests, counts = np.unique(np.concatenate(arrays), return_counts=True)
        if (often := counts >= min_articles).any():
            repeated[source] = dict(zip(digests[often].tolist(), counts[often].tolist()))
    return repeated


def furniture_lines(articles: pd.DataFrame, repeated: dict, max_words: int = FURNITURE_MAX_WORDS) -> list:
    """The map step naming the furniture: the lines of ``articles`` whose digest is in ``repeated`` (from
    :func:`sum_furniture_counts`) and that have at most ``max_words`` words, as ``(source, line, n_articles)``."""
    found = set()
    for _, source, text in _sourced(articles):
        if (counts := repeated.get(source)):
            for p in text.split("\n"):
                if (k := line_key(p)) and (n := counts.get(_digest(k))) and (source, k, n) not in found \
                        and count_words(k) <= max_words:
                    found.add((source, k, n))
    return list(found)


def outlet_furniture(articles: pd.DataFrame, min_articles: int = FURNITURE_MIN_ARTICLES,
                     max_words: int = FURNITURE_MAX_WORDS) -> pd.DataFrame:
    """Lines of clean text repeated in ``min_articles`` or more articles of one ``source``. Articles without a
    source are not compared.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``source`` and ``text``).
    min_articles : int
        A line is furniture when this many articles of one source hold it (white space collapsed).
    max_words : int
        ... and it has at most this many words.

    Returns
    -------
    DataFrame
        One row per source and line: ``source, line, n_articles``, sorted by source and line.
    """
    return _found_furniture(Executor(), [articles], min_articles, max_words)


def _found_furniture(executor: Executor, tables: list, min_articles: int = FURNITURE_MIN_ARTICLES,
                     max_words: int = FURNITURE_MAX_WORDS) -> pd.DataFrame:
    """:func:`outlet_furniture` of the partitions ``tables``, run by ``executor``: map, reduce, map, finish."""
    repeated = sum_furniture_counts(executor.map(furniture_counts, tables), min_articles)
    if not repeated:
        return furniture_table([])
    return furniture_table(line for part in executor.map(furniture_lines, tables, repeated=repeated,
                                                          max_words=max_words) for line in part)


def _without_furniture(executor: Executor, tables: list, cleaning_log: pd.DataFrame, article_ids) -> tuple:
    """The partitions ``tables`` with their outlets' furniture removed (:func:`_found_furniture`, then
    :func:`strip_furniture` on each, by ``executor``: on Dask they stay on the workers), and ``cleaning_log`` with its
    rows; ``(tables, cleaning_log)`` unchanged when there is none."""
    found = _found_furniture(executor, tables)
    if found.empty:
        return tables, cleaning_log
    stripped = executor.map(strip_furniture, tables, found=found, keep=True)
    log = [row for part in executor.map(_second, stripped) for row in part]
    if not log:
        return tables, cleaning_log
    return executor.map(_first, stripped, keep=True), with_furniture_log(cleaning_log, log, article_ids)


def furniture_table(lines: Iterable[tuple[str, str, int]]) -> pd.DataFrame:
    """The finish step: ``(source, line, n_articles)`` rows of :func:`furniture_lines` (of every partition) as one
    table, once each, sorted by source and line."""
    return pd.DataFrame(sorted(set(lines)), columns=["source", "line", "n_articles"])


def strip_furniture(articles: pd.DataFrame, found: pd.DataFrame) -> tuple[pd.DataFrame, list]:
    """The map step removing the furniture ``found`` (:func:`outlet_furniture`) from ``articles``: each article
    holding such a line is cleaned again from its ``raw_text`` with those lines removed. An article that would
    be left without text keeps it.

    Returns
    -------
    tuple
        ``articles`` (itself when nothing changed; else a copy with new ``text`` and counts) and the new
        cleaning-log rows ``(article_id, line, text, reason)``.
    """
    reasons = {source: {row.line: f"outlet furniture (the same line in {row.n_articles} articles of {source})"
                        for row in rows.itertuples()}
               for source, rows in found.groupby("source")}
    log, changed = [], {}  # row position -> the article's new text
    for i, source, text in _sourced(articles):
        furniture = reasons.get(source)
        if not furniture or not any(line_key(p) in furniture for p in text.split("\n")):
            continue
        cleaned = clean_article(articles["raw_text"].iat[i], furniture)
        if not cleaned.text.strip():
            continue
        changed[i] = cleaned.text
        log.extend((articles["article_id"].iat[i], line, removed, reason) for line, removed, reason in cleaned.log
                   if reason in furniture.values())
    if not changed:
        return articles, log
    rows = np.fromiter(changed, dtype=np.intp, count=len(changed))
    articles = articles.copy(deep=False)  # the other columns are shared, not copied
    mask = np.zeros(len(articles), dtype=bool)
    mask[rows] = True
    # the new texts replace the old ones in one pass over the Arrow buffers (no Python string per article)
    articles["text"] = pd.Series(pd.array(pc.replace_with_mask(
        pa.array(articles["text"].array), pa.array(mask), pa.array([changed[i] for i in rows], pa.large_string())),
        dtype="str"), index=articles.index)
    for column, count in (("n_words", count_words), ("n_sentences", lambda t: len(sentence_spans(t))),
                          ("n_paragraphs", lambda t: len(paragraph_spans(t)))):
        values = articles[column].to_numpy(dtype="int64", copy=True)
        values[rows] = [count(changed[i]) for i in rows]
        articles[column] = pd.Series(values, index=articles.index)
    return articles, log


def with_furniture_log(cleaning_log: pd.DataFrame, log: list, article_ids) -> pd.DataFrame:
    """``cleaning_log`` with the furniture ``log`` rows, in the order of ``article_ids`` and then by line."""
    if not log:
        return cleaning_log
    out = pd.concat([cleaning_log, pd.DataFrame(log, columns=LOG_COLUMNS)], ignore_index=True)
    order = {a: n for n, a in enumerate(article_ids)}
    return out.assign(_order=out["article_id"].map(order)).sort_values(
        ["_order", "line"], kind="stable", na_position="first").drop(columns="_order").reset_index(drop=True)


def remove_outlet_furniture(corpus: Corpus) -> Corpus:
    """``corpus`` with its outlets' furniture (:func:`outlet_furniture`) removed (:func:`strip_furniture`), a
    cleaning-log row per line removed.

    Corpus-level, so it runs after every file is cleaned (the finish step of :func:`load_corpus`).

    Parameters
    ----------
    corpus : Corpus
        A loaded corpus (pandas tables).

    Returns
    -------
    Corpus
        ``corpus`` itself when no outlet has furniture; else one with new ``articles`` and ``cleaning_log``.
    """
    (articles,), log = _without_furniture(Executor(), [corpus.articles], corpus.cleaning_log,
                                          corpus.articles["article_id"])
    return corpus if log is corpus.cleaning_log else replace(corpus, articles=articles, cleaning_log=log)


def _kept_texts(reconciled: Reconciled) -> dict:
    """The ``text`` and ``raw_text`` of the articles kept by :func:`reconcile`, in the order of its rows, as
    string arrays (taken from each chunk's arrays: no Python string per article is made)."""
    out = {}
    for column in (0, 1):
        # concatenating string arrays chains their buffers: no copy
        parts = [pd.Series(_taken(texts[column], kept)) for texts, kept in zip(reconciled.texts, reconciled.kept)]
        out[("text", "raw_text")[column]] = (pd.concat(parts, ignore_index=True).array if parts
                                              else pd.array([], dtype="str"))
    return out


def _taken(texts, kept: list):
    """``texts[kept]``; the array itself when every text is kept (the usual case: no copy)."""
    return texts if kept == list(range(len(texts))) else texts.take(np.asarray(kept, dtype=np.intp))


def articles_frame(rows: list, texts: dict | None = None) -> pd.DataFrame:
    """The articles table; pandas infers the dtypes of the metadata from the values.

    Parameters
    ----------
    rows : list of dict
        One per article: every column of :data:`ARTICLE_COLUMNS` but ``year``, which comes from ``published``,
        and but the columns of ``texts``.
    texts : dict, optional
        Columns given as arrays (``text`` and ``raw_text``), in the order of ``rows``.

    Returns
    -------
    DataFrame
        The columns of :data:`ARTICLE_COLUMNS`; ``published`` a datetime, ``year`` Int64, the counts int64, the
        texts ``str``.
    """
    articles = pd.DataFrame(rows, columns=[c for c in ARTICLE_COLUMNS if c not in ("year", "text", "raw_text")])
    articles["published"] = pd.to_datetime(articles["published"])
    articles.insert(articles.columns.get_loc("source"), "year", articles["published"].dt.year.astype("Int64"))
    for col in ("n_words", "n_sentences", "n_paragraphs"):
        articles[col] = articles[col].astype("int64")
    return articles if texts is None else with_texts(articles, texts)


def with_texts(articles: pd.DataFrame, texts: dict) -> pd.DataFrame:
    """``articles`` (metadata, from :func:`articles_frame`) with the ``texts`` columns (arrays in the order of its
    rows) in their places of :data:`ARTICLE_COLUMNS`, as ``str``."""
    articles = articles.copy()
    for column, values in texts.items():
        at = sum(ARTICLE_COLUMNS.index(c) < ARTICLE_COLUMNS.index(column) for c in articles.columns)
        articles.insert(at, column, pd.Series(values, index=articles.index, dtype="str"))
    return articles


def load_articles(path, **options) -> pd.DataFrame:
    """One row per article under ``path``: ``load_corpus(path, **options).articles``.

    Parameters
    ----------
    path : str, PathLike or iterable of them
        A folder, a file, or a list of files.
    **options
        The options of :func:`load_corpus` (``scheduler``, ``engine``, ...).

    Returns
    -------
    DataFrame
        The articles (``engine="dask"``: a Dask DataFrame). A pandas table carries the problems and the
        cleaning log as ``articles.attrs["problems"]`` and ``articles.attrs["cleaning_log"]``; a Dask
        DataFrame has no ``attrs``: every problem is logged as a warning (as it always is).
    """
    corpus = load_corpus(path, **options)
    articles = corpus.articles
    if options.get("engine") != "dask":
        articles.attrs["problems"] = corpus.problems
        articles.attrs["cleaning_log"] = corpus.cleaning_log
    return articles
