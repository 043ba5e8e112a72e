"""Optional encoder: any sentence-transformers model (LaBSE, BGE-M3, e5-large, …), on a GPU when present.

Imported lazily: the default install has no torch. Models load from a local path or the
local Hugging Face cache; storydiff never downloads weights itself (``HF_HUB_OFFLINE`` is
respected by the library), so a model that is not on disk gives a clear ModelError.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import ModelError

INSTALL_HINT = "pip install 'storydiff[transformers]'"


class SentenceTransformerEncoder:
    def __init__(self, model_name: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                f"Model {model_name!r} needs sentence-transformers; install it with: {INSTALL_HINT}"
            ) from exc
        try:
            import torch

            device = "cuda" if torch.cuda.is_available() else "cpu"
            self._model = SentenceTransformer(model_name, device=device)
        except Exception as exc:
            raise ModelError(
                f"Model {model_name!r} could not be loaded (is it a sentence-transformers model "
                f"available offline?): {exc}"
            ) from exc
        self.name = f"st/{model_name}"
        self.dim = int(self._model.get_sentence_embedding_dimension() or 0)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vecs, dtype=np.float32)
