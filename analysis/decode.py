"""Bytes to text: encoding detection and refusal of files that are not text.

Every outcome is explicit: :func:`decode_bytes` returns the text with the encoding
used and a warning when it had to fall back, or raises :class:`NotText` with a
reason a person can act on.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

#: Magic numbers of common binary formats that end up renamed ``.txt``.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte code pages charset-normalizer may propose for Western text; when
# cp1252 also decodes the bytes we prefer it, as browsers do (WHATWG maps
# latin-1 to windows-1252) and it is by far the most common legacy news encoding.
_WESTERN_SINGLE_BYTE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_15", "iso8859_2",
    "mac_roman", "mac_latin2", "mac_iceland", "cp850", "cp852", "cp775", "cp437",
}

#: Share of control characters above which decoded text is treated as binary; below it they are removed.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class NotText(ValueError):
    """Raised when bytes cannot be read as article text; ``str(exc)`` is the reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _strip_controls(decoded: Decoded) -> Decoded:
    """Refuse mostly-control text as binary; remove a few stray control characters, with a warning."""
    n = len(_CONTROL.findall(decoded.text))
    if not n:
        return decoded
    if "\x00" in decoded.text or n > MAX_CONTROL_SHARE * len(decoded.text):
        raise NotText(f"binary content ({n} control characters after decoding as {decoded.encoding})")
    note = f"removed {n} control character(s)"
    warning = f"{decoded.warning}; {note}" if decoded.warning else note
    return Decoded(_CONTROL.sub("", decoded.text), decoded.encoding, warning)


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes: BOM first, then strict UTF-8, then charset-normalizer.

    Raises :class:`NotText` for empty files, known binary formats, undecodable
    bytes and decoded text that is mostly control characters.
    """
    if not data:
        raise NotText("empty file (0 bytes)")
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            raise NotText(f"binary file ({kind}), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"has a {encoding} byte-order mark but does not decode: {exc.reason}") from None
            return _strip_controls(Decoded(text, encoding))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # NUL bytes in valid UTF-8 usually mean UTF-16 without a BOM: let the detector decide.
        if "\x00" not in text:
            return _strip_controls(Decoded(text, "utf-8"))

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise NotText("not text: no encoding decodes it (binary or corrupt)")
    encoding = best.encoding
    if encoding in _WESTERN_SINGLE_BYTE and encoding != "cp1252":
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            encoding = "cp1252"
    text = data.decode(encoding, errors="strict")
    guessed = best.encoding if best.encoding != encoding else None
    warning = f"not valid UTF-8; decoded as {encoding}"
    warning += f" (charset-normalizer proposed {guessed})" if guessed else " (detected by charset-normalizer)"
    return _strip_controls(Decoded(text, encoding, warning))
