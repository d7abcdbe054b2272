"""What a report was made from: the corpus's figures for the index, its input files with their SHA-256,
the notebooks' hashes and the software versions."""
from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.util
import platform
import re
import subprocess
from pathlib import Path

import pandas as pd

from ..groups import group_labels, grouping_advice, pick_groups

#: Packages whose versions are recorded in the provenance table.
KEY_PACKAGES = ("pandas", "numpy", "scipy", "scikit-learn", "nltk", "matplotlib",
                "papermill", "nbconvert", "nbformat", "ipykernel", "jinja2", "bleach")


def sha256_file(path: Path) -> str:
    """SHA-256 of the bytes of the file at ``path`` (a committed notebook), read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: ``file#N``: record N of a file holding several (JSON, JSON Lines, CSV). No file the loader reads ends so:
#: ``.json#1`` is not a suffix it reads.
RECORD = re.compile(r"#\d+$")


def file_of(name: str) -> str:
    """The file a row of the articles or problems table comes from: ``name`` without its ``#N`` record key."""
    return RECORD.sub("", name)


#: The hash column of an entry the loader never opened.
NOT_READ = "not read"


def input_files(corpus) -> pd.DataFrame:
    """The input files of a loaded corpus, as the loader saw them (nothing is listed or read again).

    Parameters
    ----------
    corpus : analysis.load.Corpus
        What :func:`analysis.load.load_corpus` returned: its ``files`` (every entry under the data folder, with the
        SHA-256 of the bytes the loader read), ``articles`` (``path``, ``article_id``) and ``problems``.

    Returns
    -------
    pandas.DataFrame
        One row per entry, sorted by file: ``file`` (relative to the data folder), ``status`` (``article`` /
        ``articles`` when it gave articles, ``manifest``, ``skipped``), ``detail`` (article ids, or the reasons it or
        its records were skipped) and ``sha256`` of its bytes, or ``"not read"`` for an entry the loader never
        opened (a link, a FIFO, a folder it could not list, an unsupported file type). A file holding several
        records (``file#N`` in the other tables) is one row.
    """
    articles = corpus.articles
    skipped = corpus.skipped.assign(source=corpus.skipped["file"].astype(str).map(file_of))
    reasons = skipped.groupby("source", sort=False)["reason"].agg(lambda r: list(dict.fromkeys(r)))
    loaded = articles.assign(source=articles["path"].astype(str).map(file_of))
    ids = loaded.groupby("source", sort=False)["article_id"].agg(list)
    rows = []
    for file, action, sha in zip(corpus.files["file"], corpus.files["action"], corpus.files["sha256"]):
        why = reasons.get(file, [])
        if file in ids.index:
            found = ids[file]
            status = "article" if len(found) == 1 else "articles"
            detail = ", ".join(found) if len(found) <= 3 else f"{len(found)} articles: {', '.join(found[:3])}, …"
            detail += f" ({len(why)} record(s) skipped)" if why else ""
        else:
            status = "manifest" if action == "manifest" else "skipped"
            detail = "; ".join(why)
        rows.append((file, status, detail, sha if isinstance(sha, str) else NOT_READ))
    return pd.DataFrame(rows, columns=["file", "status", "detail", "sha256"]).sort_values("file", kind="stable")


def count_quotes(articles: pd.DataFrame, *, progress: bool | None = None) -> tuple[int | None, str | None]:
    """The number of quotes attributed in the corpus, for the index.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table.
    progress : bool, optional
        The progress bar of the extraction (:mod:`analysis.progress`).

    Returns
    -------
    tuple
        ``(rows of analysis.quotes.extract_quotes(articles), None)``, or ``(None, why)`` when that stage is
        missing or fails (the failure is also visible in the quotes notebook).
    """
    if importlib.util.find_spec("analysis.quotes") is None:
        return None, "quote attribution (analysis.quotes) is not installed"
    extract = getattr(importlib.import_module("analysis.quotes"), "extract_quotes", None)
    if extract is None:
        return None, "analysis.quotes has no extract_quotes function"
    try:
        return len(extract(articles, progress=progress)), None
    except Exception as exc:  # noqa: BLE001 - the index still gets written
        return None, f"extract_quotes failed: {type(exc).__name__}: {exc}"


def corpus_summary(articles: pd.DataFrame, *, by: str, groups=None, n_quotes: int | None = None,
                   quotes_note: str | None = None) -> dict:
    """Figures for the index page.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table.
    by : str
        The grouping (:func:`analysis.group_labels`).
    groups : list of str, optional
        The groups compared (None: all).
    n_quotes : int, optional
        Quotes attributed (:func:`count_quotes`); None: not counted.
    quotes_note : str, optional
        Why quotes were not counted.

    Returns
    -------
    dict
        Articles, date range, undated, words, quotes, one row per group (``group``, ``articles``, ``words``,
        ``compared``: False for all when fewer than two groups are compared) in
        :func:`~analysis.groups.pick_groups` order, and ``advice``:
        :func:`~analysis.groups.grouping_advice` (None when ``by`` groups the corpus).
    """
    labels = group_labels(articles, by=by)
    compared = set(pick_groups(labels, groups=groups))
    if len(compared) < 2:
        compared = set()  # one group is compared with nothing (the advice above the table says so)
    dated = articles["published"].dropna()
    if dated.empty:
        dates = "none"
    else:
        first, last = dated.min().date().isoformat(), dated.max().date().isoformat()
        dates = first if first == last else f"{first} to {last}"
    table = (articles.assign(group=labels).groupby("group")
             .agg(articles=("article_id", "size"), words=("n_words", "sum")))
    order = pick_groups(labels)
    rows = [{"group": g, "articles": int(table.at[g, "articles"]), "words": f"{int(table.at[g, 'words']):,}",
             "compared": g in compared} for g in order]
    return {
        "by": by, "advice": grouping_advice(articles, by=by), "n_articles": len(articles), "dates": dates,
        "n_undated": int(articles["published"].isna().sum()), "n_groups": len(order),
        "n_words": f"{int(articles['n_words'].sum()):,}", "groups": rows,
        "n_quotes": "n/a" if n_quotes is None else f"{n_quotes:,}",
        "quotes_note": None if n_quotes is not None else f"Quotes: n/a ({quotes_note or 'not counted'}).",
    }


def workbook_version() -> str:
    """This package's version and, in a git checkout, its commit (``-dirty`` with local changes)."""
    try:
        version = importlib.metadata.version("analysis")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    root = Path(__file__).resolve().parents[2]
    try:
        commit = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version} (git {commit.stdout.strip()})" if commit.returncode == 0 and commit.stdout.strip() else version


def package_versions() -> list[tuple[str, str]]:
    """The software the report ran with.

    Returns
    -------
    list of tuple
        ``(name, version)`` of the workbook, Python and :data:`KEY_PACKAGES` (``not installed`` when absent).
    """
    rows = [("analysis (this workbook)", workbook_version()),
            ("python", f"{platform.python_version()} ({platform.python_implementation()})")]
    for name in KEY_PACKAGES:
        try:
            rows.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return rows

