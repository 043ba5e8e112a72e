"""Segment: build a :class:`~storydiff.model.Document` — cleaned text plus sentences with offsets.

``Document.text`` is assembled from the article's parts, each on its own paragraph: title,
captions, dateline, byline, then the body paragraphs. Every segment's ``start``/``end``
point into that text (``text[start:end] == segment.text``), so any finding can be
highlighted; only ``body`` segments take part in the comparison.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import InputTooLarge
from ..ingest import Article, load
from ..ingest.langid import detect, kindred
from ..limits import MAX_SEGMENTS, body_too_long
from ..model import Document, Segment, SegmentKind
from ..patterns import compiled
from .sentences import split_sentences

SEPARATOR = "\n\n"


_CROSSHEAD = compiled(r"[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω][^\W\d_]*(?:[ -][^\W\d_]+){0,4}")
"""A heading inside the body ("Antecedentes", "Background", "Reaction abroad"): a few words of
a cased script, no figure and no closing mark; a sentence ends with one."""


def _a_crosshead(paragraph: str) -> bool:
    """Whether a body paragraph, not the last, is a heading over the next ones rather than a
    statement: it was a statement only one account carried ("Antecedentes")."""
    text = paragraph.strip()
    return len(text) <= 40 and bool(_CROSSHEAD.fullmatch(text))


def build_document(
    article: Article, *, doc_id: str = "A", max_body_chars: int | None = None, lang: str | None = None
) -> Document:
    """Lay the article's parts out as one text and split each into sentences.

    ``max_body_chars``: refuse a longer body before splitting it, which is the slow part
    (a 9 MB text took 25 s to be refused after splitting). ``lang``: the language the user
    says the account is in, for one the identifier does not know (Hausa) or gets wrong;
    every sentence is then read in it."""
    given_lang = bool(lang)
    if lang:
        article = replace(article, lang=lang)
    size = sum(len(p) for p in article.paragraphs)
    if max_body_chars is not None and size > max_body_chars:
        raise InputTooLarge(body_too_long(doc_id, article.source, size))
    parts: list[tuple[SegmentKind, str]] = []
    if article.title:
        parts.append((SegmentKind.TITLE, article.title))
    parts.extend((SegmentKind.CAPTION, c) for c in article.captions)
    if article.dateline:
        parts.append((SegmentKind.DATELINE, article.dateline))
    if article.byline and (not article.dateline or article.byline not in article.dateline):
        parts.append((SegmentKind.BYLINE, article.byline))
    parts.extend(
        (SegmentKind.SUBTITLE if _a_crosshead(p) and k + 1 < len(article.paragraphs) else SegmentKind.BODY, p)
        for k, p in enumerate(article.paragraphs)
    )

    text_parts: list[str] = []
    segments: list[Segment] = []
    offset = 0
    body_paragraph = 0
    for kind, part in parts:
        part = part.strip()
        if not part:
            continue
        if text_parts:
            text_parts.append(SEPARATOR)
            offset += len(SEPARATOR)
        spans = (
            split_sentences(part, article.lang) if kind is SegmentKind.BODY else [(0, len(part))]
        )
        for start, end in spans:
            sentence = part[start:end]
            sentence_lang = None if given_lang else detect(sentence)
            segments.append(
                Segment(
                    id=len(segments),
                    start=offset + start,
                    end=offset + end,
                    text=sentence,
                    kind=kind,
                    paragraph=body_paragraph if kind is SegmentKind.BODY else 0,
                    lang=sentence_lang
                    if sentence_lang and article.lang and not kindred(sentence_lang, article.lang) and len(sentence) > 40
                    else None,
                )
            )
            if len(segments) > MAX_SEGMENTS:
                raise InputTooLarge(
                    f"{article.source} has more than {MAX_SEGMENTS:,} sentences; "
                    "storydiff compares articles, not whole books."
                )
        if kind is SegmentKind.BODY:
            body_paragraph += 1
        text_parts.append(part)
        offset += len(part)
    return Document(
        id=doc_id,
        source=article.source,
        title=article.title,
        lang=article.lang,
        published=article.published,
        outlet=article.outlet,
        byline=article.byline,
        dateline=article.dateline,
        text="".join(text_parts),
        segments=segments,
    )


def document_from_sentences(
    paragraphs: list[list[str]],
    *,
    doc_id: str = "A",
    source: str = "<sentences>",
    lang: str | None = None,
    title: str | None = None,
) -> Document:
    """A Document whose body segments are exactly the given sentences, grouped in paragraphs.

    For text that is already segmented (bitext, gold evaluation data): nothing is split or
    cleaned. Sentences are joined with a space (nothing for Chinese and Japanese, whose
    sentences are not separated by spaces), paragraphs with a blank line. A ``title``
    comes first, as its own segment, as :func:`build_document` lays out an article's.
    """
    joiner = "" if (lang or "").lower() in ("zh", "ja") else " "
    text = title or ""
    segments: list[Segment] = []
    if title:
        segments.append(Segment(id=0, start=0, end=len(title), text=title, kind=SegmentKind.TITLE))
    for number, sentences in enumerate(paragraphs):
        if segments:
            text += SEPARATOR
        for position, sentence in enumerate(sentences):
            if position:
                text += joiner
            start = len(text)
            text += sentence
            segments.append(
                Segment(
                    id=len(segments), start=start, end=len(text), text=sentence, paragraph=number
                )
            )
    return Document(
        id=doc_id, source=source, lang=lang, title=title or None, text=text, segments=segments
    )


def read_document(
    source: str,
    *,
    doc_id: str = "A",
    allow_private: bool = False,
    max_body_chars: int | None = None,
    lang: str | None = None,
) -> Document:
    """Ingest and segment one source (path, URL or ``-``), in ``lang`` where it is given."""
    article = load(source, allow_private=allow_private)
    return build_document(article, doc_id=doc_id, max_body_chars=max_body_chars, lang=lang)


__all__ = ["build_document", "document_from_sentences", "read_document", "split_sentences"]
