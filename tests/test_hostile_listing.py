"""Hostile folders: links, FIFOs, sockets, devices and unreadable entries are never read, never hang, and each
is one problem row; the report's provenance hashes only what the loader accepted (issue 12, breaks 1, 2, 6, 8)."""
import builtins
import contextlib
import errno
import hashlib
import io
import os
import signal
import socket
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import load
from analysis.load import MANIFEST_NAME, MAX_MANIFEST_BYTES, load_corpus
from analysis.report import input_files

BODY = "The minister said the plan would cut waiting times. Critics said it would not.\n"
SECRET = "Private notes kept outside the data folder: the password is swordfish.\n"


@contextlib.contextmanager
def no_hang(seconds: float = 10):
    """TimeoutError instead of a hang (a FIFO opened for reading waits for a writer forever)."""
    def expire(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def article(path: Path, title: str) -> None:
    path.write_text(f"{title}\n\n{BODY}", encoding="utf-8")


def make_socket(path: Path) -> None:
    with contextlib.chdir(path.parent):  # a socket's address is limited to 108 bytes: bind a short name
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(path.name)


def skipped(corpus) -> dict[str, str]:
    rows = corpus.skipped
    assert rows["file"].is_unique, rows
    return dict(zip(rows["file"], rows["reason"]))


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    (folder / "m.csv").write_text("file,title\nok.txt,Title from outside\n", encoding="utf-8")
    return folder


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    article(folder / "ok.txt", "Plain headline")
    return folder


# --- 1. the report's provenance ------------------------------------------------------------------------

def test_provenance_opens_nothing_and_hashes_only_what_the_loader_read(data, outside, monkeypatch):
    (data / "link.txt").symlink_to(outside / "secret.txt")
    (data / "pm.txt").symlink_to("/proc/self/pagemap")
    os.mkfifo(data / "fifo.txt")
    (data / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    corpus = load_corpus(data)
    opened = []
    for module, name in ((os, "open"), (io, "open"), (builtins, "open")):
        real = getattr(module, name)

        def spy(path, *args, _real=real, **kwargs):
            if isinstance(path, (str, bytes, os.PathLike)):
                opened.append(Path(os.fsdecode(path)))
            return _real(path, *args, **kwargs)
        monkeypatch.setattr(module, name, spy)
    with no_hang():
        inputs = input_files(corpus)
    monkeypatch.undo()
    assert opened == []  # the loader's record: nothing under the data folder is opened again
    rows = inputs.set_index("file")
    secret_sha = hashlib.sha256(SECRET.encode()).hexdigest()
    assert secret_sha not in set(rows["sha256"])
    assert rows.loc["ok.txt", "sha256"] == hashlib.sha256((data / "ok.txt").read_bytes()).hexdigest()
    assert rows.loc["notes.pdf", "sha256"] == "not read"  # an unsupported type: the loader never opens it
    for name in ("link.txt", "pm.txt", "fifo.txt"):
        assert (rows.loc[name, "status"], rows.loc[name, "sha256"]) == ("skipped", "not read"), name
    assert rows.loc["link.txt", "detail"] == "symbolic link: not followed (it points outside the data folder)"
    assert rows.loc["fifo.txt", "detail"] == "not a regular file: FIFO"


def test_provenance_lists_the_same_entries_as_the_loader(data, outside):
    (data / "sub").mkdir()
    (data / "sub" / "b.txt").write_text("Another headline\n\nThe mayor said the budget was final.\n", encoding="utf-8")
    (data / "sub" / "up.txt").symlink_to("../ok.txt")  # inside, but a link: not read, so not hashed either
    (data / "articles.csv").write_text("file,title\nok.txt,Declared\n", encoding="utf-8")
    corpus = load_corpus(data)
    rows = input_files(corpus).set_index("file")
    assert rows["status"].to_dict() == {"articles.csv": "manifest", "ok.txt": "article", "sub/b.txt": "article",
                                        "sub/up.txt": "skipped"}
    assert rows.loc["sub/up.txt", "sha256"] == "not read"
    assert rows.loc["articles.csv", "sha256"] == hashlib.sha256((data / "articles.csv").read_bytes()).hexdigest()
    assert corpus.articles.set_index("path").loc["ok.txt", "title"] == "Declared"


# --- 2. the manifest ---------------------------------------------------------------------------------------

def test_a_manifest_linked_from_outside_is_not_applied(data, outside):
    (data / MANIFEST_NAME).symlink_to(outside / "m.csv")
    corpus = load_corpus(data)
    assert corpus.articles["title"].tolist() == ["Plain headline"]
    assert skipped(corpus) == {MANIFEST_NAME: "symbolic link: not followed (it points outside the data folder)"}


def test_a_manifest_naming_a_loop_of_links_is_a_problem_row(data):
    (data / "loop-a").symlink_to("loop-b")
    (data / "loop-b").symlink_to("loop-a")
    (data / MANIFEST_NAME).write_text("file,title\nloop-a,L\nloop-b/x.txt,M\nok.txt,Declared\n", encoding="utf-8")
    corpus = load_corpus(data)
    assert corpus.articles["title"].tolist() == ["Declared"]
    rows = corpus.problems[corpus.problems["file"].str.startswith(MANIFEST_NAME)]
    assert rows.values.tolist() == [
        [f"{MANIFEST_NAME} line 2", "ignored", "manifest names a path that cannot be resolved: 'loop-a'"],
        [f"{MANIFEST_NAME} line 3", "ignored", "manifest names a path that cannot be resolved: 'loop-b/x.txt'"]]


def test_a_manifest_linked_to_proc_is_not_read(data):
    (data / MANIFEST_NAME).symlink_to("/proc/self/pagemap")
    with no_hang():
        corpus = load_corpus(data)
    assert corpus.articles["title"].tolist() == ["Plain headline"]
    assert list(skipped(corpus)) == [MANIFEST_NAME]


def test_a_manifest_over_the_limit_is_refused_unread(data):
    manifest = data / MANIFEST_NAME
    manifest.write_text("file,title\nok.txt,Declared\n", encoding="utf-8")
    os.truncate(manifest, MAX_MANIFEST_BYTES + 1)  # sparse: no disk, no time
    corpus = load_corpus(data)
    assert corpus.articles["title"].tolist() == ["Plain headline"]
    assert skipped(corpus)[MANIFEST_NAME] == ("manifest too large (50 MB > 50 MB limit); "
                                              "metadata inferred from text instead")
    assert MAX_MANIFEST_BYTES == 50 * 2**20  # 50 MB (MiB, as the file limit), as the README says


# --- 6. every kind of entry is one problem row ----------------------------------------------------------

def _device(path: Path, outside: Path) -> str:
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # /dev/null's numbers; needs root
    except PermissionError:
        path.symlink_to("/dev/null")  # without the right to make one: a link to one
        return "symbolic link: not followed (it points outside the data folder)"
    return "not a regular file: character device"


ENTRIES = {
    "fifo.txt": (lambda p, o: os.mkfifo(p), "not a regular file: FIFO"),
    "socket.txt": (lambda p, o: make_socket(p), "not a regular file: socket"),
    "device.txt": (_device, None),
    "null.txt": (lambda p, o: p.symlink_to("/dev/null"),
                 "symbolic link: not followed (it points outside the data folder)"),
    "dangling.txt": (lambda p, o: p.symlink_to("nowhere.txt"),
                     "symbolic link: not followed (dangling: its target does not exist)"),
    "loop.txt": (lambda p, o: p.symlink_to("loop.txt"), "symbolic link: not followed (a loop of links)"),
    "in.txt": (lambda p, o: p.symlink_to("ok.txt"), "symbolic link: not followed (to a file inside the data folder)"),
    "folder-in": (lambda p, o: p.symlink_to(".", target_is_directory=True),
                  "symbolic link: not followed (to a folder inside the data folder)"),
    "folder-out": (lambda p, o: p.symlink_to(o, target_is_directory=True),
                   "symbolic link: not followed (it points outside the data folder)"),
}


@pytest.mark.parametrize("name", ENTRIES)
def test_every_kind_of_entry_is_one_problem_row(data, outside, name):
    make, reason = ENTRIES[name]
    reason = make(data / name, outside) or reason
    with no_hang():
        corpus = load_corpus(data)
    assert corpus.articles["path"].tolist() == ["ok.txt"]
    assert skipped(corpus) == {name: reason}


def test_a_fifo_named_directly_or_swapped_in_is_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "fifo.txt")
    with no_hang():
        named = load_corpus(tmp_path / "fifo.txt")
        [listed] = load.read_files([tmp_path / "fifo.txt"], root=tmp_path, manifest={}).files  # as if listed
    assert skipped(named) == {"fifo.txt": "not a regular file: FIFO"}
    assert listed.problems == [("fifo.txt", "skipped", "not a regular file: FIFO")] and listed.sha256 is None


def test_an_unreadable_subfolder_is_a_problem_row(data, monkeypatch):
    (data / "locked").mkdir()
    article(data / "locked" / "hidden-away.txt", "Never listed")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    corpus = load_corpus(data)
    assert corpus.articles["path"].tolist() == ["ok.txt"]
    assert skipped(corpus) == {"locked": "cannot list folder: Permission denied"}
    rows = input_files(corpus).set_index("file")
    assert (rows.loc["locked", "detail"], rows.loc["locked", "sha256"]) == ("cannot list folder: Permission denied",
                                                                            "not read")


# --- 8. one-line messages, not tracebacks ----------------------------------------------------------------

def test_an_unreadable_manifest_is_a_problem_row(data, monkeypatch):
    (data / MANIFEST_NAME).write_text("file,title\nok.txt,Declared\n", encoding="utf-8")
    for module, name in ((os, "open"), (io, "open"), (builtins, "open")):
        real = getattr(module, name)

        def deny(path, *args, _real=real, **kwargs):
            if isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith(MANIFEST_NAME):
                raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
            return _real(path, *args, **kwargs)
        monkeypatch.setattr(module, name, deny)
    corpus = load_corpus(data)
    assert corpus.articles["title"].tolist() == ["Plain headline"]
    assert skipped(corpus) == {MANIFEST_NAME: "cannot read: Permission denied; metadata inferred from text instead"}


def test_a_folder_nested_past_path_max_is_a_problem_row(data):
    name, limit = "d" * 200, os.pathconf(data, "PC_PATH_MAX")
    fd = os.open(data, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(limit // len(name) + 2):  # built one level at a time, relative to the last
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        deep = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
        os.write(deep, f"Deep headline\n\n{BODY}".encode())
        os.close(deep)
    finally:
        os.close(fd)
    corpus = load_corpus(data)
    assert corpus.articles["path"].tolist() == ["ok.txt"]
    [(file, reason)] = skipped(corpus).items()
    assert file.startswith(f"{name}/{name}/") and reason == "cannot list folder: File name too long"
    assert len(os.fsencode(data / file)) >= limit
    assert input_files(corpus).set_index("file").loc[file, "sha256"] == "not read"


# --- the Dask path lists as the loader does -------------------------------------------------------------

def test_the_dask_path_uses_the_same_listing(data, outside):
    import distributed
    os.mkfifo(data / "fifo.txt")
    (data / "link.txt").symlink_to(outside / "secret.txt")
    (data / MANIFEST_NAME).symlink_to(outside / "m.csv")
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0"):
        with no_hang(60):
            corpus = load_corpus(data, engine="dask", npartitions=1)
            articles = corpus.articles.compute()
    assert articles["title"].tolist() == ["Plain headline"]
    assert set(skipped(corpus)) == {"fifo.txt", "link.txt", MANIFEST_NAME}
    assert skipped(corpus) == skipped(load_corpus(data))


# --- property: arbitrary trees -----------------------------------------------------------------------------

KINDS = ["file", "file", "folder", "link-in", "link-out", "link-proc", "dangling", "loop", "link-folder-in",
         "link-folder-out", "fifo", "socket"]
NAMES = ["a.txt", "b.md", "c.txt", ".h.txt", "d", "e.pdf", MANIFEST_NAME]
TEXTS = [f"Alpha headline\n\n{BODY}", f"Beta headline\n\n{BODY.replace('minister', 'mayor')}", "", "  \n",
         b"\x00\x01\x02\xff binary".decode("latin-1")]
MANIFESTS = ["file,title\na.txt,Declared\nmissing.txt,Nobody\n", "file,title\n"]


def build(root: Path, outside: Path, steps) -> None:
    folders = [root]
    for parent_index, name, kind, variant in steps:
        parent = folders[parent_index % len(folders)]
        if name == MANIFEST_NAME and parent != root:
            name = "f.txt"  # only the root's articles.csv is a manifest; elsewhere it would be a CSV of records
        path = parent / name
        if os.path.lexists(path):
            continue
        if kind == "file":
            text = MANIFESTS[variant % 2] if name == MANIFEST_NAME else TEXTS[variant % len(TEXTS)]
            path.write_text(text, encoding="latin-1")
        elif kind == "folder":
            path.mkdir()
            folders.append(path)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            make_socket(path)
        else:
            path.symlink_to({"link-in": os.path.relpath(root / "a.txt", parent), "link-out": outside / "secret.txt",
                             "link-proc": "/proc/self/pagemap", "dangling": "nowhere", "loop": name,
                             "link-folder-in": os.path.relpath(root, parent), "link-folder-out": outside}[kind])


def entries(root: Path) -> tuple[list[str], str | None]:
    """Every entry that is not a folder, outside hidden folders, by ``lstat``; and the manifest, if one is read."""
    found = []

    def visit(folder: Path, prefix: str) -> None:
        for name in os.listdir(folder):
            if not stat.S_ISDIR((folder / name).lstat().st_mode):
                found.append(prefix + name)
            elif not name.startswith("."):
                visit(folder / name, f"{prefix}{name}/")
    visit(root, "")
    manifest = root / MANIFEST_NAME
    is_manifest = os.path.lexists(manifest) and stat.S_ISREG(manifest.lstat().st_mode)
    return found, MANIFEST_NAME if is_manifest else None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(NAMES), st.sampled_from(KINDS), st.integers(0, 9)),
                max_size=14))
def test_arbitrary_trees_never_hang_and_every_entry_is_accounted_for_once(tmp_path_factory, steps):
    base = tmp_path_factory.mktemp("tree")
    outside, root = base / "outside", base / "data"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    root.mkdir()
    build(root, outside, steps)
    found, manifest = entries(root)
    with no_hang():
        corpus = load_corpus(root)
        inputs = input_files(corpus)
    loaded, skipped_files = list(corpus.articles["path"]), list(corpus.skipped["file"])
    assert sorted(loaded + skipped_files) == sorted(f for f in found if f != manifest)
    assert sorted(inputs["file"]) == sorted(found)
    for file, status, sha in zip(inputs["file"], inputs["status"], inputs["sha256"]):
        path = root / file
        if stat.S_ISREG(path.lstat().st_mode):
            # a skipped regular file may never have been opened (empty, unsupported type): then "not read"
            assert sha == hashlib.sha256(path.read_bytes()).hexdigest() or (status, sha) == ("skipped", "not read")
            assert status == ("manifest" if file == manifest else "article" if file in loaded else "skipped")
        else:
            assert (status, sha) == ("skipped", "not read")
    assert not corpus.articles["text"].str.contains("swordfish").any()


def test_a_skipped_entry_whose_name_is_not_utf8_is_a_readable_problem_row(tmp_path):
    article(tmp_path / "a.txt", "One")
    os.symlink(tmp_path / "a.txt", os.path.join(os.fsencode(tmp_path), b"link-\xff.txt"))
    listing = load.list_inputs(tmp_path)
    assert [p[0] for p in listing.problems] == ["link-\\xff.txt"]
    corpus = load_corpus(tmp_path)
    table = input_files(corpus)  # built a pyarrow-backed table from the raw name: UnicodeEncodeError
    assert "link-\\xff.txt" in table["file"].tolist()


def test_report_names_out_only_for_errors_about_paths_in_it(tmp_path):
    from analysis.cli.report import _os_error
    out = tmp_path / "out"
    assert _os_error(OSError("Timed out trying to connect to tcp://127.0.0.1:1"), out) == \
        "Timed out trying to connect to tcp://127.0.0.1:1"
    full = OSError(28, "No space left on device", str(out / "index.html"))
    assert _os_error(full, out) == f"--out {out}: {out / 'index.html'}: No space left on device"
