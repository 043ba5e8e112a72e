"""Ingest on hand-made HTML pages: body paragraphs kept, chrome left in the body, metadata.

``data/ingest_pages/`` holds 30 article pages written by hand on 2026-11-26 for an audit,
in the styles of sites we had not seen (a WordPress blog, a newspaper with JSON-LD, AMP, a
live blog, a press release, wire stories, a paywall teaser, RTL Arabic, Chinese, Japanese
and Russian portals, legacy encodings declared only in a meta tag…); pages 21–30 were
built around patterns that looked fragile, and the chrome rules were fixed with their
help, so this measures regressions, not accuracy on unseen sites. ``truth.py`` gives the
opening words of every body paragraph (the element that starts with them is the
paragraph), text that may or may not be body, captions, the dateline and the accepted
metadata.

* recall: an expected paragraph is kept when every sentence of it is in the body;
* precision: an output paragraph is pure body when every sentence of it belongs to an
  expected or optional paragraph (a dateline left in the body counts as chrome);
* metadata: title, published, outlet, byline, language, dateline.

    python benchmarks/ingest_pages.py [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

DATA = Path(__file__).parent / "data" / "ingest_pages"
sys.path.insert(0, str(DATA))
from truth import PAGES, PAGES_B  # noqa: E402

FIELDS = ("title", "published", "outlet", "byline", "lang", "dateline")
_INLINE = {"a", "b", "strong", "em", "i", "span", "time", "small", "abbr", "cite", "sup", "sub", "u", "mark"}
_SPACE = re.compile(r"[\s\u00a0\u3000\u200b]+")


def _norm(text: str) -> str:
    return _SPACE.sub("", text)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?؟])[\"”»’)]*\s+|(?<=[。！？])[”」』]*", text)
    return [p.strip() for p in parts if p and p.strip()]


def _element_texts(html: str) -> list[str]:
    root = lxml.html.fromstring(html)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return [
        " ".join(el.text_content().split())
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag not in _INLINE
    ]


def _resolve(prefix: str, texts: list[str], page: str) -> str:
    found = [t for t in texts if _norm(t).startswith(_norm(prefix))]
    if not found:
        sys.exit(f"{page}: no element starts with {prefix!r}")
    return min(found, key=len)


def _same(got: object, accepted: object) -> bool:
    got = " ".join(got.split()) if isinstance(got, str) else got
    if isinstance(accepted, list):
        return got in accepted or (isinstance(got, str) and got.lower() in [str(a).lower() for a in accepted])
    return got == accepted


@dataclass
class Score:
    expected: int = 0
    kept: int = 0
    out: int = 0
    pure: int = 0
    metadata: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    notes: list[str] = field(default_factory=list)


def _score(name: str, truth: dict, score: Score) -> None:  # type: ignore[type-arg]
    from storydiff.errors import StorydiffError
    from storydiff.ingest import load
    from storydiff.segment import build_document

    raw = (DATA / name).read_bytes()
    encoding = truth.get("encoding", "utf-8")
    html = raw.decode("utf-8", errors="replace") if encoding == "utf-8-replace" else raw.decode(encoding)
    texts = _element_texts(html)
    body = [_resolve(p, texts, name) for p in truth["body"]]
    allowed = [_norm(x) for x in body + [_resolve(p, texts, name) for p in truth.get("optional", [])]]
    score.expected += len(body)
    try:
        doc = build_document(load(str(DATA / name)))
    except StorydiffError as exc:
        score.notes.append(f"{name}: refused ({exc})")
        return
    paragraphs: dict[int, list[str]] = {}
    for seg in doc.body():
        paragraphs.setdefault(seg.paragraph, []).append(seg.text)
    out = [" ".join(v) for _, v in sorted(paragraphs.items())]
    body_text = _norm(" ".join(out))
    dateline = truth.get("dateline")
    for i, paragraph in enumerate(body):
        if i == 0 and dateline:
            paragraph = paragraph.replace(dateline, "", 1)
        missing = [s for s in _sentences(paragraph) if _norm(s) not in body_text]
        score.kept += not missing
        if missing:
            score.notes.append(f"{name}: lost {missing[0][:90]!r}")

    def fine(sentence: str) -> bool:
        sentence = re.sub(r"^- ", "", sentence)  # trafilatura's list-item marker
        if dateline and _norm(dateline) in _norm(sentence):
            return False
        return any(_norm(sentence) in a for a in allowed)

    for sentences in (v for _, v in sorted(paragraphs.items())):
        score.out += 1
        bad = [s for s in sentences if not fine(s)]
        score.pure += not bad
        if bad:
            score.notes.append(f"{name}: chrome {bad[0][:90]!r}")
    got = {
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "byline": doc.byline,
        "lang": doc.lang,
    }
    for key, value in got.items():
        right = _same(value, truth[key])
        score.metadata[key] += right
        if not right:
            score.notes.append(f"{name}: {key} {value!r}, want {truth[key]!r}")
    found = (doc.dateline or "").rstrip(" -—.")
    right = _norm(found) == _norm(dateline).rstrip("-—.") if dateline else not found
    score.metadata["dateline"] += right
    if not right:
        score.notes.append(f"{name}: dateline {doc.dateline!r}, want {dateline!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every loss, chrome line and wrong field")
    args = parser.parse_args()
    for label, pages in (("pages 01-20", PAGES), ("pages 21-30 (built to find bugs)", PAGES_B)):
        score = Score()
        for name, truth in pages.items():
            _score(name, truth, score)
        print(
            f"{label}: body paragraphs kept {score.kept} of {score.expected}; output paragraphs pure body "
            f"{score.pure} of {score.out}; " + ", ".join(f"{k} {v}/{len(pages)}" for k, v in score.metadata.items())
        )
        if args.show:
            for note in score.notes:
                print("   ", note)


if __name__ == "__main__":
    main()
