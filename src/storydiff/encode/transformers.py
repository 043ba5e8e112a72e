"""Optional encoder: any sentence-transformers model (LaBSE, BGE-M3, e5-large, …), on a GPU when present.

Imported lazily: the default install has no torch. Models load from a local folder or the
local Hugging Face cache only (``local_files_only``): storydiff never downloads weights, so a
model that is not on disk fails at once with a clear ModelError instead of waiting on a hub
that cannot be reached. sentence-transformers picks the device itself (CUDA, Apple MPS, …,
else the CPU).

Models trained with prefixes get theirs: a model with a default prompt adds it itself, one
that declares a ``query`` prompt is given it, and the e5 family (whose model cards ask for ``query: `` on both sides of a symmetric
task, as the default encoder does) is given ``query: ``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ModelError

INSTALL_HINT = "pip install 'storydiff[transformers]'"

_E5_NAME = re.compile(r"(?:^|[/_-])e5-(?:small|base|large)(?:-v2)?$", re.IGNORECASE)
"""multilingual-e5-large, e5-base-v2, … — not the instruct variants, whose prompt is a task."""


def _query_prompt(model_name: str, model: Any) -> str:
    """The prefix each text gets: none where the model adds its default prompt itself, else the
    model's own ``query`` prompt, else e5's."""
    if getattr(model, "default_prompt_name", None):
        return ""
    prompts = getattr(model, "prompts", None) or {}
    if prompts.get("query"):
        return str(prompts["query"])
    return "query: " if _E5_NAME.search(model_name.rstrip("/\\")) else ""


class SentenceTransformerEncoder:
    def __init__(self, model_name: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                f"Model {model_name!r} needs sentence-transformers; install it with: {INSTALL_HINT}"
            ) from exc
        try:  # no "Loading weights" bar on the analyst's terminal
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()
        except (ImportError, AttributeError):
            pass
        try:
            self._model: Any = SentenceTransformer(model_name, local_files_only=True)
        except Exception as exc:
            raise ModelError(
                f"Model {model_name!r} could not be loaded from disk: {exc}. storydiff works offline "
                f"and never downloads weights; give the folder of a sentence-transformers model, or "
                f"download it once where the Hugging Face hub is reachable (`hf download {model_name}`)."
            ) from exc
        self._prompt = _query_prompt(model_name, self._model)
        self.name = f"st/{model_name}"
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension  # its name before sentence-transformers 5.4
        )
        self.dim = int(dimension() or 0)
        self.device = str(getattr(self._model, "device", "cpu"))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(
            [self._prompt + t for t in texts], normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)
