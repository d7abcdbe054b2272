"""Real-world mess: every file ends up as an article or a problem, with a clear reason."""
import os
import struct
import zlib

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import load_corpus

BODY = ("The minister said the plan would cut waiting times. Critics said it would not. "
        "Officials declined to comment on the figures published on Tuesday.\n")
CURLY = "“We will not back down,” the minister’s aide said. It was a long day in parliament.\n"
#: Paragraphs of huge.txt (585 bytes each): 11 MB, just above the loader's default 10 MB limit.
HUGE_PARAGRAPHS = 19_000


def png_bytes():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    root = tmp_path_factory.mktemp("messy")
    files = {
        "empty.txt": b"",
        "blank.txt": b"   \n\t\n  \r\n",
        "junk.txt": bytes(range(256)) * 8,
        "image.txt": png_bytes(),
        "bom.txt": b"\xef\xbb\xbf" + ("BOM headline\n\n" + BODY).encode("utf-8"),
        "utf16.txt": ("UTF-16 headline\n\n" + CURLY + BODY.replace("Tuesday", "Monday")).encode("utf-16"),
        "cp1252.txt": ("Windows headline\n\n" + CURLY + BODY).encode("cp1252"),
        "mixed.txt": b"Mixed endings\r\n\r\nFirst paragraph is here and ends now.\rSecond one, old Mac style, ends.\n"
                     b"Third paragraph with a Unix ending.\r\n",
        "huge.txt": ("Huge headline\n\n" + (" ".join([BODY.strip()] * 4) + "\n\n") * HUGE_PARAGRAPHS).encode("utf-8"),
        "copy.txt": ("BOM headline\n\n" + BODY).encode("utf-8"),  # same text as bom.txt
        "notes.pdf": b"%PDF-1.4 not an article",
        "good.md": ("Markdown headline\n\n" + BODY.replace("minister", "mayor")).encode("utf-8"),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    assert (root / "huge.txt").stat().st_size > 10 * 2**20
    (root / "articles.csv").write_text(
        "file,title,published,author,source,url,notes\n"
        "good.md,Declared title,2024-02-01,A. Writer,Example Times,,\n"
        "missing.txt,Nobody,2024-01-01,,,,\n"
        "../outside.txt,Escape,2024-01-01,,,,\n"
        "/etc/passwd,Escape,2024-01-01,,,,\n"
        "cp1252.txt,,not a date,,,,\n",
        encoding="utf-8",
    )
    (root.parent / "outside.txt").write_text(BODY, encoding="utf-8")
    # an 11 MB article loaded whole, above the default 10 MB limit (which test_hostile_report tests)
    return root, load_corpus(root, max_bytes=64 * 2**20)


def reason(corpus, file):
    rows = corpus.problems[corpus.problems["file"] == file]
    assert len(rows) >= 1, f"{file} not reported"
    return " | ".join(rows["reason"])


def test_every_file_is_loaded_or_skipped_with_a_reason(messy):
    root, corpus = messy
    seen = {p.name for p in root.iterdir() if p.name != "articles.csv"}
    loaded = {p.split("/")[-1] for p in corpus.articles["path"]}
    skipped = set(corpus.skipped["file"])
    assert loaded | skipped == seen
    assert not loaded & skipped
    assert loaded == {"bom.txt", "utf16.txt", "cp1252.txt", "mixed.txt", "huge.txt", "good.md"}


@pytest.mark.parametrize("file, words", [
    ("empty.txt", "empty"), ("blank.txt", "whitespace"), ("junk.txt", "binary"), ("image.txt", "PNG"),
    ("copy.txt", "duplicate of bom.txt"), ("notes.pdf", "unsupported file type"),
])
def test_skipped_files_say_why(messy, file, words):
    _, corpus = messy
    assert words in reason(corpus, file)
    assert file in set(corpus.skipped["file"])


def test_decoding(messy):
    _, corpus = messy
    arts = corpus.articles.set_index("path")
    assert arts.loc["bom.txt", "encoding"] == "utf-8-sig" and not arts.loc["bom.txt", "text"].startswith("\ufeff")
    assert arts.loc["utf16.txt", "encoding"] == "utf-16"
    for name in ("utf16.txt", "cp1252.txt"):
        assert arts.loc[name, "text"].startswith("“We will not back down,” the minister’s aide said.")
    assert arts.loc["cp1252.txt", "encoding"] == "cp1252"
    # The fallback is reported, not silent; the file is still loaded.
    assert "not valid UTF-8; decoded as cp1252" in reason(corpus, "cp1252.txt")
    assert "loaded" in set(corpus.problems.loc[corpus.problems["file"] == "cp1252.txt", "action"])


def test_mixed_line_endings_become_paragraphs(messy):
    _, corpus = messy
    row = corpus.articles.set_index("path").loc["mixed.txt"]
    assert row.title == "Mixed endings"
    assert row.text.split("\n\n") == ["First paragraph is here and ends now.", "Second one, old Mac style, ends.",
                                      "Third paragraph with a Unix ending."]
    assert "\r" not in row.text


def test_huge_file_loads_whole(messy):
    _, corpus = messy
    row = corpus.articles.set_index("path").loc["huge.txt"]
    assert row.n_paragraphs == HUGE_PARAGRAPHS
    assert row.n_words == HUGE_PARAGRAPHS * 4 * 24  # BODY has 24 words


def test_manifest_defects_are_reported(messy):
    _, corpus = messy
    problems = " | ".join(corpus.problems["reason"])
    assert "does not exist: 'missing.txt'" in problems
    assert "outside the data folder: '../outside.txt'" in problems
    assert "outside the data folder: '/etc/passwd'" in problems
    assert "'not a date' is not a date" in problems
    assert not corpus.articles["path"].str.contains("outside").any()


def test_manifest_values_override_inference(messy):
    _, corpus = messy
    row = corpus.articles.set_index("path").loc["good.md"]
    assert (row.title, row.author, row.source) == ("Declared title", "A. Writer", "Example Times")
    assert row.published == pd.Timestamp("2024-02-01") and row.published_origin == "manifest"
    assert row.title_origin == "manifest"
    undated = corpus.articles.set_index("path").loc["cp1252.txt"]
    assert pd.isna(undated.published) and pd.isna(undated.year)


@pytest.mark.parametrize("manifest", [
    b"\x00\x01\x02 binary manifest",
    b"name,title\nx.txt,Nope\n",
    b'file,title\n"good.txt,unterminated\n',
])
def test_malformed_manifest_is_ignored_with_a_reason(tmp_path, manifest):
    (tmp_path / "good.txt").write_text("A headline\n\n" + BODY, encoding="utf-8")
    (tmp_path / "articles.csv").write_bytes(manifest)
    corpus = load_corpus(tmp_path)
    assert corpus.articles["path"].tolist() == ["good.txt"]
    assert corpus.articles.loc[0, "title"] == "A headline"
    assert "malformed manifest" in " ".join(corpus.problems["reason"])


def test_single_file_and_list_of_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Alpha headline\n\n" + BODY, encoding="utf-8")
    b.write_text("Beta headline\n\n" + BODY.replace("minister", "mayor"), encoding="utf-8")
    assert load_corpus(a).articles["title"].tolist() == ["Alpha headline"]
    assert load_corpus([a, b]).articles["title"].tolist() == ["Alpha headline", "Beta headline"]


def test_missing_path_raises_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_corpus(tmp_path / "nope")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=600), min_size=1, max_size=6))
def test_arbitrary_bytes_never_crash_and_every_file_is_accounted_for(tmp_path_factory, blobs):
    root = tmp_path_factory.mktemp("fuzz")
    for i, blob in enumerate(blobs):
        (root / f"f{i}.txt").write_bytes(blob)
    corpus = load_corpus(root)
    loaded = set(corpus.articles["path"])
    skipped = set(corpus.skipped["file"])
    assert loaded | skipped == {f"f{i}.txt" for i in range(len(blobs))}
    assert not loaded & skipped
    assert all(corpus.articles["text"].str.strip() != "")
    assert not corpus.problems["reason"].isna().any()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=400))
def test_arbitrary_printable_text_never_loses_a_sentence(tmp_path_factory, text):
    root = tmp_path_factory.mktemp("text")
    (root / "a.txt").write_text(text + "\nThis closing sentence is article text and must stay.", encoding="utf-8")
    corpus = load_corpus(root)
    assert "This closing sentence is article text and must stay." in corpus.articles["text"].iloc[0]


def test_stray_control_characters_are_removed_and_reported(tmp_path):
    (tmp_path / "a.txt").write_text("A headline\n\nThe vote\x0b passed on Monday\x1a after a long debate in the chamber.",
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles.loc[0, "text"] == "The vote passed on Monday after a long debate in the chamber."
    assert "removed 2 control character(s)" in reason(corpus, "a.txt")


def test_symbolic_link_out_of_the_data_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes that are not part of the corpus, kept outside it.", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / "ok.txt").write_text("A headline\n\n" + BODY, encoding="utf-8")
    (data / "link.txt").symlink_to(secret)
    corpus = load_corpus(data)
    assert corpus.articles["path"].tolist() == ["ok.txt"]
    assert "outside the data folder" in reason(corpus, "link.txt")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_manifest_problems_name_the_line_an_editor_shows(tmp_path, newline):
    (tmp_path / "good.txt").write_text("A headline\n\n" + BODY, encoding="utf-8")
    lines = [
        "file,title,notes",                         # line 1
        "",                                         # line 2: blank, skipped by csv
        'good.txt,A title,"a note',                 # line 3: a quoted value over two lines
        'that goes on"',                            # line 4
        "missing.txt,Nobody,",                      # line 5
        "",                                         # line 6
        "../outside.txt,Escape,",                   # line 7
        "good.txt,Again,",                          # line 8
    ]
    (tmp_path / "articles.csv").write_bytes(newline.join(lines).encode("utf-8") + newline.encode())
    problems = load_corpus(tmp_path).problems.set_index("file")["reason"]
    assert "does not exist: 'missing.txt'" in problems["articles.csv line 5"]
    assert "outside the data folder" in problems["articles.csv line 7"]
    assert "second manifest row" in problems["articles.csv line 8"]
