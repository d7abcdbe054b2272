"""Terminal and line injection: hostile titles and file names never reach a terminal or a log line raw.

Every command's table, every ``problem:``/``error:`` line and every log message shows control characters, DEL,
C1 controls and bidi controls as visible escapes; csv and json keep the data exactly.
"""
import csv
import io
import json
import logging
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest

import analysis
from analysis import report as report_module
from analysis.cli.report import run_report
from analysis.terminal import printable
from conftest import ROOT

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: What must never reach a terminal raw: C0 (a line's own newline aside), DEL, C1, bidi, line separators.
FORBIDDEN = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{BIDI}\u2028\u2029]")

TITLE = "\x1b]0;pwned\x07\x1b[2JHello \u202egnp.exe"  # retitles the terminal, clears the screen, reverses text
SOURCE = "Wire\x1b[31m\u2066red"
HOSTILE_NAMES = [
    "esc\x1b[2K\x1b[1Aup.txt",                               # erases the line above
    "nl\nproblem: forged.txt: all fine (loaded).txt",        # forges a problem line
    "bidi\u202etxt.exe.txt",                                  # reads as bidi...exe.txt
    "c1\x9b2Jcsi.txt",                                        # C1 CSI: clears the screen on some terminals
]


def hostile_folder(tmp_path):
    """A folder of two articles with hostile metadata and quote text, and four empty files with hostile names."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "The council met on Monday to discuss the bridge. \u201cWe are \u202eready to vote\u2069 now,\u201d "
        "said John Smith. The vote is planned for next week.\n", encoding="utf-8")
    record = {"title": TITLE, "author": "\u202eevil", "source": SOURCE,
              "text": "A second article about budgets and taxes in the city. The mayor spoke for an hour."}
    (folder / "records.json").write_text(json.dumps([record]), encoding="utf-8")
    for name in HOSTILE_NAMES:
        (folder / name).write_bytes(b"")
    return folder


def run_cli(*args):
    # cwd=ROOT: the package of this checkout is the one imported.
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, timeout=120,
                          cwd=ROOT)


def assert_terminal_safe(raw) -> str:
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw  # strict: a lone surrogate does not encode
    assert not FORBIDDEN.search(text), FORBIDDEN.findall(text)
    return text


def assert_one_line_per_problem(stderr: bytes) -> None:
    lines = assert_terminal_safe(stderr).splitlines()
    assert len(lines) == len(HOSTILE_NAMES)
    assert all(line.startswith("problem: ") and line.endswith(": empty file (0 bytes) (skipped)") for line in lines)


@pytest.mark.parametrize("char, shown", [
    ("\x1b", "\\x1b"), ("\x07", "\\x07"), ("\x00", "\\x00"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r"),
    ("\x7f", "\\x7f"), ("\x85", "\\x85"), ("\x9b", "\\x9b"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"),
    ("\ud800", "\\ud800"), ("\udcff", "\\udcff"),
    *[(c, f"\\u{ord(c):04x}") for c in BIDI],
])
def test_printable_shows_each_unsafe_character_as_an_escape(char, shown):
    assert printable(f"a{char}b") == f"a{shown}b"


def test_printable_keeps_ordinary_text():
    text = "Café – “quoted” 中文 عربي עברית 🙂 C:\\path\\x.txt 50%"
    assert printable(text) == text


def test_articles_table_and_problem_lines_are_escaped(tmp_path):
    out = run_cli("articles", hostile_folder(tmp_path))
    assert out.returncode == 0
    stdout = assert_terminal_safe(out.stdout)
    assert "\\x1b]0;pwned\\x07\\x1b[2JHello \\u202egnp.exe" in stdout
    assert_one_line_per_problem(out.stderr)
    assert "problem: nl\\nproblem: forged.txt: all fine (loaded).txt: empty file (0 bytes) (skipped)" in \
        out.stderr.decode()


def test_quotes_table_is_escaped(tmp_path):
    out = run_cli("quotes", hostile_folder(tmp_path))
    assert out.returncode == 0
    assert "\\u202eready to vote\\u2069" in assert_terminal_safe(out.stdout)
    assert_one_line_per_problem(out.stderr)


def test_terms_table_is_escaped(tmp_path):
    out = run_cli("terms", hostile_folder(tmp_path), "--by", "source")
    assert out.returncode == 0
    assert "Wire\\x1b[31m\\u2066red" in assert_terminal_safe(out.stdout)
    assert_one_line_per_problem(out.stderr)


def test_terms_error_line_is_escaped(tmp_path):
    out = run_cli("terms", hostile_folder(tmp_path), "--by", "source", "--groups", "x\x1b[2J\ny")
    assert out.returncode == 2
    errors = [line for line in assert_terminal_safe(out.stderr).splitlines() if not line.startswith("problem: ")]
    assert len(errors) == 1 and errors[0].startswith("error: ") and "x\\x1b[2J\\ny" in errors[0]


def test_csv_and_json_keep_values_exactly(tmp_path):
    folder = hostile_folder(tmp_path)
    records = json.loads(run_cli("articles", folder, "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(run_cli("articles", folder, "--format", "csv").stdout.decode())))
    for table in (records, rows):
        record = next(r for r in table if r["article_id"] == "records-1")
        assert (record["title"], record["author"], record["source"]) == (TITLE, "\u202eevil", SOURCE)


def test_report_error_line_names_a_hostile_folder_on_one_line(tmp_path):
    data = tmp_path / "data\x1b]0;x\x07\nerror: forged"
    data.mkdir()
    out = run_cli("report", data, "--out", data / "out")
    assert out.returncode == 2
    lines = assert_terminal_safe(out.stderr).splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --out ") and "\\x1b]0;x\\x07\\nerror: forged" in lines[0]


def test_report_progress_and_notebook_errors_are_escaped(tmp_path, monkeypatch, capsys):
    name = "nb\x1b[2J\u202e.ipynb"

    def fake_build_report(data, out, *, progress=None, errors=None, **kwargs):
        (progress or sys.stderr.write)(f"[1/1] {name} ... failed (1.0 s)\n")
        (errors or sys.stderr.write)(f"error: {name} failed at cell 3: ValueError: no group\x1b[31m\nforged\n")
        return SimpleNamespace(runs=[name], failed=[name])

    monkeypatch.setattr(report_module, "build_report", fake_build_report)
    monkeypatch.setattr("analysis.cli.report.show_progress", lambda stream=None: True)
    args = SimpleNamespace(path=str(ROOT / "data"), out=str(tmp_path / "out"), by="year", groups=None, title=None,
                           notebooks=None, jobs=None, scheduler=None, max_file_mb=None, kernel_memory_gb=None,
                           keyword=None, dispersion_terms=None, top=None, ngram_range=None, per_group=None,
                           stop_words=None)
    assert run_report(args) == 1
    lines = assert_terminal_safe(capsys.readouterr().err).splitlines()
    assert len(lines) == 3
    assert lines[0] == "[1/1] nb\\x1b[2J\\u202e.ipynb ... failed (1.0 s)"
    assert lines[1].endswith("ValueError: no group\\x1b[31m\\nforged")


def test_loader_log_messages_are_one_escaped_line(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="analysis.load"):
        analysis.load_corpus(hostile_folder(tmp_path))
    messages = [record.getMessage() for record in caplog.records if record.name == "analysis.load"]
    assert len(messages) == len(HOSTILE_NAMES)
    for message in messages:
        assert not FORBIDDEN.search(message) and "\n" not in message
