"""Bytes to text: BOMs, UTF-8, then charset-normalizer for legacy encodings; binary refused.

The size cap is enforced while reading (at most ``limit + 1`` bytes are ever read), so a
200 MB file or an endless stdin costs at most the cap in memory. Binary detection is
deliberately simple and strict: NUL bytes, or a decoding that is mostly control
characters, mean the input is not text.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO

from ..errors import InputTooLarge, UnsupportedInput
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


def decode(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Decode ``data``; ``declared`` is an encoding named by HTTP headers or a meta tag."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        raise UnsupportedInput(f"{name} looks like a binary file, not text or HTML.")
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return _check_text(data.decode(encoding), name=name)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedInput(
            f"{name} is not valid text in any encoding storydiff recognises (is it a binary file?)."
        )
    return _check_text(str(best), name=name)


def _check_text(text: str, *, name: str) -> str:
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if sample and control / len(sample) > 0.05:
        raise UnsupportedInput(f"{name} looks like a binary file, not text or HTML.")
    return text
