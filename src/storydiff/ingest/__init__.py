"""Ingest: read any account into an :class:`Article` — metadata apart from body paragraphs.

Sources: a path, an ``http(s)://`` URL (see ``fetch.py`` for the private-address guard),
``-`` for standard input, or a Python string (:func:`from_text`, :func:`from_html`).
Bytes are decoded (``decode.py``), HTML goes through trafilatura (``html.py``), text through
the chrome stripper (``plaintext.py``), and the language is identified (``langid.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from dataclasses import dataclass, field

from ..errors import UnsupportedInput
from ..patterns import compiled
from .decode import decode, read_capped, read_path
from .html import extract_html
from .langid import detect
from .plaintext import CleanText, clean_text

_CONTROL = compiled(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0/C1 control characters (ESC, BEL, …): never part of an article, and a way to send escape
sequences to the reader's terminal. Tabs and line breaks stay. Also the bidirectional
embeddings, overrides and isolates (U+202A–202E, U+2066–2069): right-to-left text is laid
out without them, and an override can show a sentence in an order it does not have."""
_CONTROL_REFERENCE = compiled(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|12[7-9]|1[3-5]\d)(?!\d)"
    r"|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])(?![0-9a-fA-F]));?"
)
"""The same written as character references (``&#27;``, ``&#x1b;``): the parser would turn them
into control characters, on which the extractor gives up on the whole page."""
_HTML_SNIFF = compiled(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)", re.IGNORECASE)
_HTML_TAGS = compiled(r"<(?:p|div|article|h1|h2|span|br|section)[\s>/]", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One account as read: metadata, captions and body paragraphs, chrome removed."""

    source: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    lang: str | None = None


def _article(clean: CleanText, *, source: str) -> Article:
    body = "\n".join(clean.paragraphs)
    if not body.strip():
        found = f" (only a title: {clean.title!r})" if clean.title else " (is it empty?)"
        raise UnsupportedInput(f"{source} has no body text{found}.")
    return Article(source=source, lang=detect(body), **dataclasses.asdict(clean))


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_SNIFF.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def from_text(text: str, *, source: str = "<text>") -> Article:
    """An article from a string of plain text (or HTML, which is detected and extracted)."""
    had_text = bool(text.strip())
    text = _CONTROL.sub("", text)
    if not text.strip():
        what = "standard input" if source == "-" else source
        raise UnsupportedInput(f"{what} is empty." if not had_text else f"{what} holds only control characters, no text.")
    if looks_like_html(text):
        return from_html(text, source=source)
    return _article(clean_text(text), source=source)


def from_html(html: str, *, source: str = "<html>") -> Article:
    """An article from an HTML page: trafilatura's extraction, then the chrome stripper."""
    html = _CONTROL_REFERENCE.sub("", _CONTROL.sub("", html))
    if not html.strip():
        raise UnsupportedInput(f"{source} is empty.")
    return _article(extract_html(html, source=source), source=source)


def load(source: str, *, allow_private: bool = False) -> Article:
    """Read ``source``: a path, an http(s) URL, or ``-`` for standard input."""
    if source[:8].lower().startswith(("http://", "https://")):  # schemes are case-blind (RFC 3986)
        from .fetch import fetch

        page = fetch(source, allow_private=allow_private)
        text = decode(page.content, name=source, declared=page.encoding)
        if (page.content_type or "").startswith("text/plain"):
            return from_text(text, source=page.url)
        return from_html(text, source=page.url) if looks_like_html(text) else from_text(text, source=page.url)
    if "://" in source[:12]:
        raise UnsupportedInput(f"{source}: only http:// and https:// URLs can be fetched.")
    if source == "-":
        data = read_capped(sys.stdin.buffer, name="standard input")
        return from_text(decode(data, name="standard input"), source="-")
    data = read_path(source)
    if not data.strip():
        raise UnsupportedInput(f"{source} is empty.")
    return from_text(decode(data, name=source), source=source)


__all__ = ["Article", "from_html", "from_text", "load", "looks_like_html"]
