"""The folder listing and the manifest's reading give exactly what plain pathlib and csv calls give."""

import csv
import errno
import io
import os
import random
import re
import shutil
from pathlib import Path

import pytest

from analysis import load
from analysis.decode import NotText, decode_bytes
from analysis.load import (MANIFEST_FIELDS, MANIFEST_NAME, MAX_MANIFEST_BYTES, Problems, file_kind, list_inputs,
                           read_manifest)

TEXT = "Headline\n\nSome text. More text.\n"
KEPT = "; metadata inferred from text instead"


def reference_manifest(root: Path):
    """``(manifest, problems)`` of ``root/articles.csv``, with plain pathlib calls."""
    m = root / MANIFEST_NAME
    if not os.path.lexists(m):
        return None, []
    if m.is_symlink():
        return None, [(MANIFEST_NAME, "skipped", "symbolic link: not followed" + KEPT)]
    if not m.is_file():
        return None, [(MANIFEST_NAME, "skipped", f"not a regular file: {file_kind(m.lstat().st_mode)}" + KEPT)]
    names = {c.strip().strip('"') for c in m.read_bytes().split(b"\n")[0].decode("utf-8", "replace").lower().split(",")}
    if "text" in names and "file" not in names:
        return None, []
    if m.stat().st_size > MAX_MANIFEST_BYTES:
        return None, [(MANIFEST_NAME, "skipped", "manifest too large" + KEPT)]
    return m, []


def reference_reason(p: Path, base: Path) -> str | None:
    """Why the entry ``p`` is not read, with plain pathlib calls (None: a regular file or a folder)."""
    if p.is_symlink():
        if not Path(os.path.realpath(p)).is_relative_to(base):
            return "symbolic link: not followed (it points outside the data folder)"
        try:
            p.stat()
        except OSError as exc:
            what = "a loop of links" if exc.errno == errno.ELOOP else "dangling: its target does not exist"
            return f"symbolic link: not followed ({what})"
        return f"symbolic link: not followed (to a {'folder' if p.is_dir() else 'file'} inside the data folder)"
    if p.is_file() or p.is_dir():
        return None
    return f"not a regular file: {file_kind(p.lstat().st_mode)}"


def reference_list_inputs(path):
    """The listing written plainly: ``sorted(rglob)`` (which enters no linked folder), then the checks per path."""
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"{root} does not exist")
    if not root.is_dir():
        manifest, problems = reference_manifest(root.parent)
        if not root.is_file():
            problems = [(root.name, "skipped", f"not a regular file: {file_kind(root.stat().st_mode)}")] + problems
            return [], root.parent, manifest, problems
        return [Path(os.path.realpath(root)) if root.is_symlink() else root], root.parent, manifest, problems
    files, problems, manifest, base = [], [], None, root.resolve()
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts[:-1]):
            continue
        reason = reference_reason(p, base)
        if reason is not None:
            problems.append((rel.as_posix(), "skipped", reason))
        elif p.is_file():
            if rel.as_posix() == MANIFEST_NAME:
                manifest, manifest_problems = reference_manifest(root)
                problems += manifest_problems
                if manifest is not None or manifest_problems:
                    continue
            files.append(p)
    return files, root, manifest, problems


def reference_read_manifest(root: Path):
    """``(rows by resolved path, problem rows)`` of ``root/articles.csv``, with plain csv and pathlib calls:
    every name resolved with ``Path.resolve``, a record's line counted from the reader's line numbers."""
    kept = "; metadata inferred from text instead"
    try:
        reader = csv.reader(io.StringIO(decode_bytes((root / MANIFEST_NAME).read_bytes()).text, newline=""),
                            strict=True)
        header, records = next(reader, []), []
        while True:
            start = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if row:
                records.append((start, row))
    except (NotText, csv.Error) as exc:
        return {}, [(MANIFEST_NAME, "ignored", f"malformed manifest: {exc}{kept}")]
    if not records or "file" not in header:
        return {}, [(MANIFEST_NAME, "ignored", f"malformed manifest: no 'file' column{kept}")]
    out, problems, base = {}, [], root.resolve()
    for line, row in records:
        where, values = f"{MANIFEST_NAME} line {line}", dict(zip(header, row))
        name = values["file"].strip() if "file" in values else ""
        if len(row) != len(header):
            problems.append((where, "ignored", "malformed manifest row: wrong number of fields"))
            continue
        if not name:
            problems.append((where, "ignored", "manifest row without a file name"))
            continue
        try:
            target = (root / name).resolve()
        except (RuntimeError, ValueError):
            problems.append((where, "ignored", f"manifest names a path that cannot be resolved: {name!r}"))
            continue
        if Path(name).is_absolute() or not target.is_relative_to(base):
            problems.append((where, "refused", f"manifest names a path outside the data folder: {name!r}"))
        elif not target.is_file():
            problems.append((where, "ignored", f"manifest names a file that does not exist: {name!r}"))
        elif target in out:
            problems.append((where, "ignored", f"second manifest row for {name!r}; the first one is used"))
        else:
            out[target] = {k: values.get(k, "").strip() for k in MANIFEST_FIELDS}
    return out, problems


def outcome(fn, *args):
    try:
        result = fn(*args)
    except Exception as exc:  # raising the same way is part of the behaviour
        return type(exc), str(exc)
    if isinstance(result, load.Listing):
        result = result.files, result.root, result.manifest, result.problems
    files, root, manifest, rows = result
    # the too-large reason gives sizes; the reference names the rule
    rows = [(f, a, re.sub(r"too large \(.*\)", "too large", r)) for f, a, r in rows]
    return [str(p) for p in files], root, manifest, rows


def assert_same_listing(path):
    fast, slow = outcome(list_inputs, path), outcome(reference_list_inputs, path)
    assert fast == slow, path


def assert_same_manifest(root):
    """read_manifest (of the bytes list_inputs read) against the plain reading."""
    root, problems = Path(root), Problems()
    listing = list_inputs(root)
    assert listing.manifest == root / MANIFEST_NAME
    manifest = read_manifest(listing.root, listing.manifest_data, problems)
    expected, expected_problems = reference_read_manifest(root)
    assert [(str(k), v) for k, v in manifest.items()] == [(str(k), v) for k, v in expected.items()], root
    assert problems.rows == expected_problems, root
    return manifest, problems.rows


def write(path: Path, text: str | bytes = TEXT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def link(path: Path, target: str, folder: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target, target_is_directory=folder)


@pytest.fixture
def folder(tmp_path):
    """A data folder with links in and out, linked and hidden folders, look-alike names and a manifest."""
    outside = tmp_path / "outside"
    write(outside / "secret.txt")
    write(outside / "articles.csv", "file,title\na.txt,From outside\n")
    root = tmp_path / "data"
    for rel in ["a.txt", "Z.txt", "a-b.txt", "a b.txt", "ü.txt", "sub.txt", "sub/a.txt", "sub-x/d.txt",
                "sub/deeper/c.txt", "a.b/c.txt", "ab/c.txt", ".hidden.txt", "sub/.hid.txt",
                ".ipynb_checkpoints/a-checkpoint.txt", "sub/.ipynb_checkpoints/x.txt", "sub/articles.csv"]:
        write(root / rel)
    write(root / "latin1.txt", "Caf\xe9\n".encode("latin-1"))
    (root / "empty-folder").mkdir()
    os.mkfifo(root / "fifo.txt")
    for name, target, is_folder in [
        ("link-in.txt", "a.txt", False), ("link-in-abs.txt", str(root / "a.txt"), False),
        ("link-out.txt", "../outside/secret.txt", False), ("link-chain-out.txt", "link-out.txt", False),
        ("link-dir", "../outside", True), ("link-sub", "sub", True), ("link-parent", "..", True),
        ("dangling.txt", "nowhere.txt", False), ("loop-a", "loop-b", False), ("loop-b", "loop-a", False),
        ("sub/link-up.txt", "../a.txt", False), ("sub/link-out.txt", "../../outside/secret.txt", False),
        ("link-hidden.txt", ".ipynb_checkpoints/a-checkpoint.txt", False),
        ("link-via-dir.txt", "link-dir/secret.txt", False),
        (".ipynb_checkpoints/link-out.txt", "../../outside/secret.txt", False),
    ]:
        link(root / name, target, is_folder)
    write(root / MANIFEST_NAME, "file,title\na.txt,A\n")
    return root


def test_listing_matches_the_reference(folder, monkeypatch):
    tmp = folder.parent
    monkeypatch.chdir(tmp)
    paths = [folder, str(folder), "data", "./data/", "data/sub/..", "data//./sub/../", "data/link-sub",
             "data/link-dir", "data/link-parent/data", "data/a.txt", "data/link-out.txt", "data/fifo.txt",
             "data/missing", "data/dangling.txt", "outside", str(tmp)]
    for path in paths:
        assert_same_listing(path)
    monkeypatch.chdir(folder)
    for path in (".", "", "sub/.."):
        assert_same_listing(path)
    # what the listing must do, so that the comparison is not of two equal mistakes
    listing = list_inputs(folder)
    names = [p.relative_to(folder).as_posix() for p in listing.files]
    assert names.index("a.b/c.txt") < names.index("a.txt") < names.index("ab/c.txt")
    assert names.index("sub/a.txt") < names.index("sub-x/d.txt") < names.index("sub.txt")
    assert {".hidden.txt", "latin1.txt", "sub/.hid.txt"} <= set(names)
    assert not any(n.startswith(("link", "sub/link", "loop", "dangling", "fifo", ".ipynb_checkpoints/",
                                 "sub/.ipynb")) for n in names)
    assert MANIFEST_NAME not in names and "sub/articles.csv" in names
    assert listing.manifest == folder / MANIFEST_NAME
    reasons = {file: reason for file, _, reason in listing.problems}
    assert list(reasons) == sorted(reasons) and len(reasons) == len(listing.problems)
    links = ["link-in.txt", "link-in-abs.txt", "link-out.txt", "link-chain-out.txt", "link-dir", "link-sub",
             "link-parent", "dangling.txt", "loop-a", "loop-b", "sub/link-up.txt", "sub/link-out.txt",
             "link-hidden.txt", "link-via-dir.txt"]
    assert set(reasons) == {"fifo.txt", *links}
    assert reasons["fifo.txt"] == "not a regular file: FIFO"
    assert all(reasons[n].startswith("symbolic link: not followed") for n in links)
    assert "outside" in reasons["link-via-dir.txt"] and "outside" in reasons["link-parent"]
    assert "folder inside" in reasons["link-sub"] and "loop" in reasons["loop-a"]


def test_an_articles_csv_that_is_not_a_manifest_is_listed(folder):
    write(folder / MANIFEST_NAME, "title,text\nT,Some text.\n")
    assert_same_listing(folder)
    assert folder / MANIFEST_NAME in list_inputs(folder).files
    (folder / MANIFEST_NAME).unlink()
    link(folder / MANIFEST_NAME, "../outside/articles.csv")  # a manifest, through a link out: not read
    assert_same_listing(folder)
    assert list_inputs(folder).manifest is None
    (folder / MANIFEST_NAME).unlink()
    (folder / MANIFEST_NAME).mkdir()
    write(folder / MANIFEST_NAME / "inner.txt")
    assert_same_listing(folder)


_NAMES = ["a", "b", "a.txt", "a-b.txt", "a b.txt", "B.txt", "a.b", "ab", ".h", ".h.txt", "é.txt", "z~", MANIFEST_NAME]


def random_tree(root: Path, outside: Path, rng: random.Random) -> None:
    """Nested folders of files, links (to files, folders, outside, nowhere) and hidden folders."""
    root.mkdir(parents=True)
    folders = [root]
    for _ in range(rng.randint(5, 40)):
        parent = rng.choice(folders)
        path = parent / rng.choice(_NAMES)
        if os.path.lexists(path):
            continue
        kind = rng.random()
        if kind < 0.3:
            path.mkdir()
            folders.append(path)
        elif kind < 0.75:
            write(path, rng.choice([TEXT, "file,title\na,T\n", "title,text\nT,x\n", b"\xff\xfe"]))
        else:
            target = rng.choice([os.path.relpath(rng.choice(folders), parent), "../" * rng.randint(0, 3) + "a",
                                 str(outside), str(outside / "secret.txt"), "nowhere", path.name])
            path.symlink_to(target)


@pytest.mark.parametrize("seed", range(40))
def test_listing_of_random_trees_matches_the_reference(tmp_path, seed):
    outside = tmp_path / "outside"
    write(outside / "secret.txt")
    random_tree(tmp_path / "data", outside, random.Random(seed))
    assert_same_listing(tmp_path / "data")
    assert_same_listing(tmp_path)


MANIFEST_ROWS = [
    "file,title,published,author,source,url,notes",
    "a.txt,Title A,2024-01-02,Ann,Src,http://x,note",
    "sub/a.txt, Sub A ,2023-05-06,,,,",
    "{root}/Z.txt,Absolute inside,,,,,",
    "/etc/passwd,Absolute outside,,,,,",
    "/a.txt,Absolute but a.txt is in the folder,,,,,",
    "a.txt/,Trailing slash,,,,,",
    "sub/./a.txt,Dot in the folder part,,,,,",
    "../outside/secret.txt,Dot dot out,,,,,",
    "sub/../a-b.txt,Dot dot in,,,,,",
    "missing.txt,Missing,,,,,",
    "a.txt,Second row,,,,,",
    "./a.txt,Dot,,,,,",
    "sub//deeper/c.txt,Double slash,,,,,",
    "too,many,fields,here,x,y,z,w",
    "too,few",
    ",No name,,,,,",
    "",
    " Z.txt ,Spaces,,,,,",
    "link-in.txt,Link to a listed file,,,,,",
    "link-out.txt,Link out,,,,,",
    "link-dir/secret.txt,Through a linked folder out,,,,,",
    "link-sub/deeper/c.txt,Through a linked folder in,,,,,",
    "link-sub/../a b.txt,Linked folder then dot dot,,,,,",
    "link-parent/data/sub.txt,Out and back in,,,,,",
    "dangling.txt,Dangling,,,,,",
    "sub/,Folder,,,,,",
    "sub,Folder,,,,,",
    ".,Dot,,,,,",
    "..,Dot dot,,,,,",
    "a.txt/x.txt,Under a file,,,,,",
    "A.TXT,Case,,,,,",
    ".ipynb_checkpoints/a-checkpoint.txt,Hidden folder,,,,,",
    "sub/link-up.txt,Link up,,,,,",
    "fifo.txt,Fifo,,,,,",
    "empty-folder,Empty folder,,,,,",
    "\u00fc.txt,Caf\u00e9,,,,,",
    '"a b.txt","Quoted, comma",,,,,',
    '"sub/deeper/c.txt","Two\nlines",,,,,',
    "sub\\a.txt,Backslash,,,,,",
]


def test_manifest_matches_the_reference(folder, monkeypatch):
    text = "\r\n".join(MANIFEST_ROWS).format(root=folder) + "\r\n"
    write(folder / MANIFEST_NAME, text.encode("latin-1"))  # not UTF-8: the fallback decoding
    monkeypatch.chdir(folder.parent)
    for root in (folder, "data", "data/sub/..", "data/link-sub/..", "data/link-parent/data"):
        assert_same_manifest(root)
    manifest, rows = assert_same_manifest(folder)
    # what reading must give, so that the comparison is not of two equal mistakes
    assert [p.relative_to(folder.resolve()).as_posix() for p in manifest] == [
        "a.txt", "sub/a.txt", "a-b.txt", "sub/deeper/c.txt", "Z.txt", "a b.txt", "sub.txt",
        ".ipynb_checkpoints/a-checkpoint.txt", "ü.txt"]
    assert manifest[folder.resolve() / "ü.txt"]["title"] == "Café"
    reasons = [reason.split(":")[0] for _, _, reason in rows]
    assert reasons.count("manifest names a path outside the data folder") == 7
    assert sum(r.startswith("second manifest row") for r in reasons) == 9


@pytest.mark.parametrize("text", [
    "title,source\nx,y\n", "file,title\n", "", "\nfile,title\na.txt,T\n", 'file,title\na.txt,"bad"x\n',
    b"\x00\x01\x02" * 50, "file,title,file\na.txt,T,Z.txt\nsub.txt,U\n", "\ufefffile,title\na.txt,B\n",
    " file ,title\na.txt,T\n", "file,text\na.txt,x\n", "file,title\ra.txt,CR\r", "file,title\na\x00.txt,N\n",
    "file,title\nloop-a,L\n", "file,title\nloop-b/x.txt,L\n", "file,title\nlink-out.txt/,L\n",
])
def test_defective_manifests_match_the_reference(folder, monkeypatch, text):
    write(folder / MANIFEST_NAME, text)
    assert_same_manifest(folder)


def random_names(root: Path, rng: random.Random) -> list[str]:
    """Names of what is in and around ``root``, as a manifest might write them, right and wrong."""
    paths = sorted(p for p in root.parent.rglob("*"))
    names = []
    for _ in range(rng.randint(5, 30)):
        rel = os.path.relpath(rng.choice(paths), root)
        names.append(rng.choice([rel, rel, rel, "./" + rel, rel + "/", rel.replace("/", "//"), str(root / rel),
                                 "sub/../" + rel, rel.upper(), rel + ".missing", os.path.dirname(rel)]))
    return names


@pytest.mark.parametrize("seed", range(40))
def test_manifests_of_random_trees_match_the_reference(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    outside, root = tmp_path / "outside", tmp_path / "data"
    write(outside / "secret.txt")
    random_tree(root, outside, rng)
    manifest = root / MANIFEST_NAME
    if manifest.is_dir() and not manifest.is_symlink():
        shutil.rmtree(manifest)
    elif os.path.lexists(manifest):
        manifest.unlink()
    names = random_names(root, rng)
    write(root / MANIFEST_NAME, "file,title\n" + "".join(f'"{n}",T{i}\n' for i, n in enumerate(names)))
    assert_same_manifest(root)
