"""Text for a terminal or a log line: control and bidi characters become visible escapes.

File names, titles and article text are untrusted. Written raw, an ESC sequence can clear the screen or retitle
the terminal, a newline can forge a ``problem:`` line, and a bidi control (U+202E) reverses what is read. Every
table a command prints, every line on stderr and every log message of the package goes through :func:`printable`.
The csv and json formats are data, not text for a terminal: they keep values exactly.
"""
from __future__ import annotations

import re

#: C0 controls (newline and tab included), DEL and C1 controls; the Unicode bidi controls (U+061C, U+200E,
#: U+200F, U+202A-U+202E, U+2066-U+2069); the line and paragraph separators (a line break to
#: ``str.splitlines`` and to many log viewers); lone surrogates (undecodable bytes of a file name, which a
#: UTF-8 stream refuses to write).
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text) -> str:
    """``str(text)`` with each :data:`UNSAFE` character written as ``\\x1b``, ``\\n``, ``\\u202e`` and so on."""
    return UNSAFE.sub(_escape, str(text))


def write_line(stream, text) -> None:
    """``text`` made :func:`printable`, as exactly one line of ``stream``."""
    stream.write(printable(text) + "\n")
