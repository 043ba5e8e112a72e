"""Bytes to text: BOMs, the declared encoding (HTTP header or meta tag), UTF-8 (with a few
stray bytes replaced), then charset-normalizer for legacy encodings; binary refused.

The size cap is enforced while reading (at most ``limit + 1`` bytes are ever read), so a
200 MB file or an endless stdin costs at most the cap in memory. Binary detection is
deliberately simple and strict: NUL bytes, or a decoding that is mostly control
characters, mean the input is not text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from ..errors import InputTooLarge, SourceNotFound, UnsupportedInput
from ..limits import MAX_INPUT_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_capped(stream: BinaryIO, *, name: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(
            f"{name} is larger than {limit // (1024 * 1024)} MiB; storydiff compares articles, "
            "not archives (split it, or pass only the article)."
        )
    return data


def read_path(source: str, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the file at ``source``, capped, with one-line errors for every way it fails."""
    path = Path(source)
    if not path.exists():
        raise SourceNotFound(f"{source}: no such file.")
    if path.is_dir():
        raise SourceNotFound(f"{source} is a directory, not a file.")
    try:
        with path.open("rb") as stream:
            return read_capped(stream, name=source, limit=limit)
    except PermissionError as exc:
        raise SourceNotFound(f"{source}: permission denied.") from exc
    except OSError as exc:
        raise SourceNotFound(f"{source}: cannot be read ({exc.strerror or exc}).") from exc


META_REACH = 65536
"""How far into a page its charset's meta tag is looked for: to the end of the head, or as
far as this (a head of inline CSS put it past 8 KB, and the page was read as another code)."""
_READ_AS_WINDOWS_1252 = frozenset({"iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii"})
"""Labels that browsers read as windows-1252 (WHATWG): pages saved in it call it Latin-1."""
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
STRAY_BYTES = 0.5
"""Text that is UTF-8 but for at most this many invalid bytes per valid non-ASCII
character (a footer or an ad saved in a legacy encoding) is read as UTF-8, the stray bytes
replaced. A page in a legacy encoding has several invalid bytes per valid sequence (GBK
forms a valid UTF-8 pair about once in twelve characters; Latin-1 almost never)."""


def decode(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Decode ``data``; ``declared`` is an encoding named by HTTP headers, else the page's
    meta tag is read."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise UnsupportedInput(f"{name} looks like a binary file, not text or HTML.")
        return _check_text(data.decode(utf16, errors="replace"), name=name)
    head_end = data.find(b"</head>", 0, META_REACH)
    meta = _META_CHARSET.search(data[: head_end if head_end > 0 else META_REACH])
    declared = declared or (meta.group(1).decode("ascii") if meta else None)
    if declared and _is_utf7(declared):
        declared = None  # browsers refuse it: it hides markup in plain ASCII ("+ADw-script")
    if declared and declared.lower().replace("_", "-") in _READ_AS_WINDOWS_1252:
        declared = "windows-1252"  # as browsers read it: its quotes and € are no control codes
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return _check_text(data.decode(encoding), name=name)
        except (UnicodeDecodeError, LookupError):
            continue
    mostly = data.decode("utf-8", errors="replace")
    stray = mostly.count("\ufffd")
    if stray <= STRAY_BYTES * sum(1 for ch in mostly if ord(ch) > 127 and ch != "\ufffd"):
        return _check_text(mostly, name=name)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedInput(
            f"{name} is not valid text in any encoding storydiff recognises (is it a binary file?)."
        )
    return _check_text(str(best), name=name)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text saved so without a BOM: mostly Latin text, whose
    every other byte is NUL, always the same one of each pair; None for a binary file."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd > 0.4 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.4 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


def _is_utf7(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-7"
    except LookupError:
        return False


def _check_text(text: str, *, name: str) -> str:
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if sample and control / len(sample) > 0.05:
        raise UnsupportedInput(f"{name} looks like a binary file, not text or HTML.")
    return text
