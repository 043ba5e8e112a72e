"""HTML pages: trafilatura extracts the article and its metadata; our text cleaner finishes.

trafilatura (``bare_extraction(with_metadata=True)``) removes navigation, comments and
boilerplate by the page's structure and reads title, date, author and site name from
meta tags, JSON-LD and markup; it is right for English and Chinese pages (see NOTES.md).
Its text still holds what sits inside the article element — editor credits, photo
captions, datelines — so the same cleaner as for pasted text runs on it. Scripts, styles
and event handlers never reach us: trafilatura returns plain text only.
"""

from __future__ import annotations

import configparser
import contextlib
import datetime as dt
import functools
import logging
import re
from typing import TYPE_CHECKING

from ..errors import UnsupportedInput
from ..patterns import compiled
from .plaintext import BYLINE_LINE, PUBLISHED_LABEL, SENTENCE_END, CleanText, bylined, clean_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@functools.lru_cache(maxsize=1)
def _config() -> configparser.ConfigParser:
    """trafilatura's settings, but for two: an article of a few sentences (a brief, a
    first version of breaking news) is still extracted by its structure (below 250
    characters trafilatura falls back to gluing the headline, byline and captions into
    one paragraph), and a date is read only from the page's markup and metadata, never
    guessed from a year in the text ("© 2023" made 1 January 2023)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


_KICKER_LENGTH = 40
"""The longest a kicker before a headline can be ("Niederlande", "Live updates"): spans
of one <h2> that a stylesheet sets on lines of their own come out glued."""
_SITE_SUFFIX = compiled(r"\s+[|–—-]\s+[^|–—]{1,40}(?:\s+[|–—-]\s+[^|–—]{1,40})?")
"""A site's name after a page title ("… | NHK", "… – The Courier | News")."""


_HIDDEN_OPENING = compiled(
    r"<(?P<tag>template|p|div|span|section|li|h[1-6])\b(?P<attrs>[^<>]{0,2000})>", re.IGNORECASE
)
_HIDDEN_ATTRIBUTE = compiled(r"\shidden(?:\s|=|/?$)", re.IGNORECASE)


def _without_hidden(html: str) -> str:
    """``html`` without what a browser does not show: a <template>'s content and an element
    marked ``hidden`` (one that holds no element of its own kind), which trafilatura read as
    article text. Each tag's closing is looked for forward, and no more once one is missing:
    linear in the page."""
    out: list[str] = []
    at = 0
    unclosed: set[str] = set()
    for m in _HIDDEN_OPENING.finditer(html):
        tag = m["tag"].lower()
        if m.start() < at or tag in unclosed or (tag != "template" and not _HIDDEN_ATTRIBUTE.search(m["attrs"])):
            continue
        close = compiled(rf"</{tag}\b", re.IGNORECASE).search(html, m.end())
        if close is None:
            unclosed.add(tag)
            continue
        if tag != "template" and compiled(rf"<{tag}\b", re.IGNORECASE).search(html, m.end(), close.start()):
            continue
        out.append(html[at : m.start()])
        at = html.find(">", close.end()) + 1 or len(html)
    return "".join(out) + html[at:]


def _date_params() -> dict[str, object]:
    """htmldate's settings: the publication date (not a modification's), from the markup only
    (see ``_config``), and no later than tomorrow in UTC. trafilatura's default bound is the
    machine's local today, which drops a page published this morning in Tokyo when read in
    California (and then took the first of the month from the URL or text)."""
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    return {"original_date": True, "extensive_search": False, "max_date": tomorrow.isoformat()}


_LONG_TAG = compiled(r"<(?P<name>[A-Za-z][\w-]{0,30})(?=[^>]{10000})[^>]*>")
MAX_TAG_ATTRIBUTES = 1000
"""More attributes than this in one tag is no page but an attack: lxml and htmldate take
time growing with their square (300,000 in one <p> ran for minutes); the tag keeps its name."""


def _without_attribute_floods(html: str) -> str:
    """``html`` with each tag of more than MAX_TAG_ATTRIBUTES attributes stripped to its
    name (words in the tag count: an attribute needs no value); long tags of few
    attributes (an inline image's data URI) stay as they are."""
    return _LONG_TAG.sub(
        lambda m: f"<{m['name']}>" if len(m.group().split()) > MAX_TAG_ATTRIBUTES else m.group(), html
    )


_BODY_CLASS = compiled(r"body|text|content", re.IGNORECASE)
"""What names a block of an article's body in its class ("body-text", "article__content");
a live blog's "block" entries are no such blocks: trafilatura finds them as they are."""


def _with_sibling_blocks_joined(tree: HtmlElement) -> HtmlElement:
    """``tree`` with an article's body given in sibling blocks of one tag and class (a
    section per subheading, a block on each side of an advert) as one block: trafilatura
    reads only the first element its body patterns match, and a page lost all but its lead."""
    for parent in list(tree.iter()):
        first_of: dict[tuple[str, str], HtmlElement] = {}
        for child in list(parent):
            classes = child.get("class") if isinstance(child.tag, str) else None
            if not classes or not _BODY_CLASS.search(classes) or child.find(".//p") is None:
                continue
            first = first_of.setdefault((child.tag, classes), child)
            if first is not child:
                first.extend(child)  # moves the children, in their order
                parent.remove(child)
    return tree


def _labelled_publication(tree: HtmlElement) -> dt.date | None:
    """The date of a ``<time datetime>`` the page marks or labels as its publication's
    ("Updated: November 20, 2026 | Published: <time datetime="2026-11-18">"): htmldate read
    the first date in the line, the update's, and "yesterday" in the text was misdated."""
    latest = str(_date_params()["max_date"])
    for time in tree.iter("time"):
        before = time.getprevious()
        parent = time.getparent()
        label = (before.tail if before is not None else parent.text if parent is not None else None) or ""
        if time.get("itemprop") == "datePublished" or PUBLISHED_LABEL.search(label[-40:]):
            with contextlib.suppress(ValueError):
                date = dt.date.fromisoformat((time.get("datetime") or "")[:10])
                if date.isoformat() <= latest:
                    return date
    return None


def extract_html(html: str, *, source: str) -> CleanText:
    import trafilatura
    from trafilatura.utils import load_html

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        tree = load_html(_without_hidden(_without_attribute_floods(html)))
        if tree is None:
            raise UnsupportedInput(f"{source}: the HTML could not be parsed.")
        labelled = _labelled_publication(tree)
        doc = trafilatura.bare_extraction(
            _with_sibling_blocks_joined(tree),
            url=source if source.startswith(("http://", "https://")) else None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            config=_config(),
            date_extraction_params=_date_params(),
        )
    except UnsupportedInput:
        raise
    except Exception as exc:  # lxml raises on pathological markup
        raise UnsupportedInput(f"{source}: the HTML could not be parsed ({exc}).") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise UnsupportedInput(f"{source}: no article text was found in this HTML page.")
    title = (getattr(doc, "title", None) or "").strip() or None
    lines = text.split("\n")
    first = lines[0].strip()
    if title and title.startswith(first) and _SITE_SUFFIX.fullmatch(title, len(first)):
        title = first  # "Quake hits Miyagi, 23 injured | NHK": the page's own headline
    if title and first.endswith(title) and len(first) - len(title) <= _KICKER_LENGTH:
        lines = lines[1:]  # the headline, maybe after its kicker ("NiederlandeGroßbrand im …")
    clean = clean_text("\n".join(lines))
    if title:
        if clean.title and clean.title != title:
            clean.paragraphs.insert(0, clean.title)  # a short first line that was body after all
        clean.title = title
    clean.outlet = (getattr(doc, "sitename", None) or "").strip() or clean.outlet
    author = (getattr(doc, "author", None) or "").strip()
    byline = BYLINE_LINE.match(author)  # "Par Claire Dumas", "Автор Алексей Петров"
    clean.byline = (bylined(byline) if byline else author) or clean.byline
    # the page's markup and metadata give the publication date; an "Updated:" line in the text does not
    date = labelled or getattr(doc, "date", None)
    if date:
        with contextlib.suppress(ValueError):
            clean.published = dt.date.fromisoformat(str(date)[:10])
    # a page of links and labels only ("Home", "News") holds no article
    if not any(len(p) >= 40 or SENTENCE_END.search(p) for p in clean.paragraphs):
        raise UnsupportedInput(f"{source}: no article text was found in this HTML page.")
    return clean
