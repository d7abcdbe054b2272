"""Loading gives the same Corpus in every mode: this process, every local core, a 2-worker Dask cluster.

The corpus is written so that the rules across files (duplicate bytes, duplicate texts, unique ids) meet
across chunk boundaries: a mode that reads files in chunks splits this folder into several chunks, and the
second copy of each duplicate stands in a later chunk than the first.
"""
import json
import os
from dataclasses import replace

import distributed
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis import execute
from analysis.load import FILE_COLUMNS, load_corpus

from conftest import DATA

BODY = ("The council met on {day} to discuss the bridge. Engineers said the piers had cracked after "
        "the winter floods. “We will close it until the repairs are done,” {who} said.\n")


def story(n: int) -> str:
    return f"Council Story Number {n}\n\n" + BODY.format(day=f"day {n}", who=f"Official {n}")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("modes")
    for n in range(24):  # a000.txt ... a023.txt: chunks of a few files each in every parallel mode
        (root / f"a{n:03d}.txt").write_text(story(n), encoding="utf-8")
    (root / "z-bytes.txt").write_bytes((root / "a001.txt").read_bytes())               # same bytes as a001
    (root / "z-text.txt").write_text(story(2).replace("\n\n", "\n\n\n") + "  \n", encoding="utf-8")  # a002's text
    (root / "sub").mkdir()
    (root / "sub" / "a003.txt").write_text(story(103), encoding="utf-8")              # id a003 taken: sub-a003
    (root / "a 004.txt").write_text(story(104), encoding="utf-8")                     # slug a-004, free
    (root / "a-004.txt").write_text(story(204), encoding="utf-8")                     # slug a-004 taken
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (root / "empty.txt").write_text("  \n", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden.txt").write_text(story(300), encoding="utf-8")
    (root / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [
        {"text": BODY.format(day="Sunday", who="Ana Lopez"), "title": "Record one", "published": "2024-06-13"},
        {"title": "no text"},
        {"text": story(5)},  # a005's text
        {"text": BODY.format(day="Monday", who="Ben Ode"), "published": "not a date"},
    ]), encoding="utf-8")
    (root / "articles.csv").write_text("file,title,published\na010.txt,Declared title,2023-01-02\n"
                                       "missing.txt,Nobody,\n", encoding="utf-8")
    os.symlink(root / "a000.txt", root / "link.txt")
    return root


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster:
        yield cluster.scheduler_address
        # the client load_corpus kept for this address goes before its cluster: left behind, it retries the closed
        # scheduler in a background thread (with random back-off, which Hypothesis then sees in later tests)
        execute.close_clients(cluster.scheduler_address)


def assert_same_corpus(a, b):
    for table in ("articles", "problems", "cleaning_log", "files"):
        assert_frame_equal(getattr(a, table), getattr(b, table), check_exact=True, obj=table)


@pytest.mark.parametrize("which", ["data", "written"])
def test_every_mode_gives_the_same_corpus(which, folder, cluster):
    path = DATA if which == "data" else folder
    one = load_corpus(path, scheduler="sync")
    assert_same_corpus(load_corpus(path, scheduler="processes"), one)
    assert_same_corpus(load_corpus(path, scheduler=cluster), one)
    assert_same_corpus(load_corpus(path), one)  # the default
    # a Dask DataFrame whose partitions were built on the workers that read the files
    on_cluster = load_corpus(path, scheduler=cluster, engine="dask", npartitions=4)
    assert on_cluster.articles.npartitions == (2 if which == "data" else 4)  # one per file at most
    assert_same_corpus(replace(on_cluster, articles=on_cluster.articles.compute().reset_index(drop=True)), one)


def test_the_rules_across_files(folder):
    corpus = load_corpus(folder, scheduler="processes")
    problems = {(f, a): r for f, a, r in corpus.problems.itertuples(index=False)}
    assert problems["z-bytes.txt", "skipped"] == "duplicate of a001.txt (identical bytes)"
    assert problems["z-text.txt", "skipped"] == "duplicate of a002.txt (same article text)"
    assert problems["records.jsonl#3", "skipped"] == "duplicate of a005.txt (same article text)"
    assert problems["records.jsonl#4", "loaded"] == "record date 'not a date' is not a date; left missing"
    assert problems["link.txt", "skipped"].startswith("symbolic link: not followed")
    assert {"binary.txt", "empty.txt", "notes.pdf", ".hidden.txt", "records.jsonl#2"} <= {f for f, _ in problems}
    ids = corpus.articles.set_index("path")["article_id"]
    assert ids["sub/a003.txt"] == "sub-a003" and ids["a003.txt"] == "a003"
    assert ids["a 004.txt"] == "a-004" and ids["a-004.txt"] == "a-004-txt"
    assert ids["records.jsonl#1"] == "records-1" and ids["records.jsonl#4"] == "records-4"
    assert len(corpus.articles) == 24 + 1 + 2 + 2  # a000-a023, sub/a003, the two a-004s, two records
    titles = corpus.articles.set_index("path")["title"]
    assert titles["a010.txt"] == "Declared title" and titles["a011.txt"] == "Council Story Number 11"


def test_files_lists_every_entry_with_its_hash(folder):
    import hashlib
    files = load_corpus(folder).files
    assert list(files.columns) == FILE_COLUMNS and files["file"].is_monotonic_increasing
    row = files.set_index("file")
    data = (folder / "a001.txt").read_bytes()
    assert row.loc["a001.txt", "sha256"] == hashlib.sha256(data).hexdigest()
    assert row.loc["a001.txt", "n_bytes"] == len(data) and row.loc["a001.txt", "action"] == "loaded"
    assert row.loc["z-bytes.txt", "action"] == "skipped" and row.loc["z-bytes.txt", "sha256"] == row.loc[
        "a001.txt", "sha256"]
    manifest = (folder / "articles.csv").read_bytes()
    assert tuple(row.loc["articles.csv"]) == ("manifest", hashlib.sha256(manifest).hexdigest(), len(manifest))
    for not_read in ("link.txt", "notes.pdf", ".hidden.txt"):
        assert row.loc[not_read, "action"] == "skipped" and pd.isna(row.loc[not_read, "sha256"])
    assert set(files["file"]) == {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


def test_the_manifest_is_opened_once(folder, monkeypatch):
    from analysis import load
    opened = []
    real = load.open_regular
    monkeypatch.setattr(load, "open_regular", lambda p: opened.append(os.fspath(p)) or real(p))
    load_corpus(folder, scheduler="sync")
    assert opened.count(os.fspath(folder / "articles.csv")) == 1
