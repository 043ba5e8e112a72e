"""Embedding cache: in memory, and on disk in one SQLite file per model.

Key: SHA-256 of the text, in a table per model file named after the model, so a change of
model never serves stale vectors. SQLite gives atomic writes and safe concurrent readers and
writers (several CLI runs, the web app) for free; a corrupt or unwritable cache file is
ignored with a warning rather than failing the comparison. Rejected: one ``.npy`` per text
(hundreds of thousands of tiny files) and a single pickle (not safe under concurrent writers).
Location: ``$STORYDIFF_CACHE_DIR`` or the user cache directory (platformdirs).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .._logging import logger
from ..cachedir import cache_dir

if TYPE_CHECKING:
    from . import Encoder


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class CachedEncoder:
    """Wraps an encoder; texts seen before are served from memory or disk."""

    def __init__(self, base: Encoder, *, persist: bool = True) -> None:
        self.base = base
        self.name = base.name
        self.dim = base.dim
        self._memory: dict[str, np.ndarray] = {}
        self._db: sqlite3.Connection | None = None
        if persist:
            self._db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", self.name)
        path = cache_dir() / f"embeddings-{safe}.sqlite"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=10, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            return db
        except (OSError, sqlite3.Error) as exc:
            logger.warning("embedding cache disabled (%s: %s)", path, exc)
            return None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        if missing and self._db is not None:
            self._load(missing)
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._memory}
        if todo:
            vecs = self.base.encode(list(todo.values()))
            fresh = dict(zip(todo, vecs, strict=True))
            self._memory.update(fresh)
            self._store(fresh)
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._memory[k] for k in keys]).astype(np.float32, copy=False)

    def _load(self, keys: list[str]) -> None:
        assert self._db is not None
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, data FROM vec WHERE key IN ({marks})", chunk)
                for key, data in rows:
                    vec = np.frombuffer(data, dtype=np.float32)
                    if vec.shape == (self.dim,):
                        self._memory[key] = vec
        except sqlite3.Error as exc:
            logger.warning("embedding cache unreadable, ignoring it: %s", exc)
            self._db = None

    def _store(self, fresh: dict[str, np.ndarray]) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vec (key, data) VALUES (?, ?)",
                    [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in fresh.items()],
                )
        except sqlite3.Error as exc:
            logger.warning("embedding cache not written: %s", exc)
