"""Encoders: the default model's vectors, the cache (memory, disk, corrupt files), missing extras."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import numpy as np
import pytest

from storydiff.encode import get_encoder
from storydiff.encode.cache import CachedEncoder
from storydiff.errors import ModelError


class CountingEncoder:
    name = "counting/test"
    dim = 4

    def __init__(self) -> None:
        self.calls: list[str] = []

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.calls.extend(texts)
        out = np.array([[len(t), 1, 0, 0] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_default_encoder_gives_unit_vectors_and_matches_translations(encoder) -> None:  # type: ignore[no-untyped-def]
    vecs = encoder.encode(["The cat sleeps on the sofa.", "Le chat dort sur le canapé.", "猫在沙发上睡觉。",
                           "Interest rates rose sharply."])
    assert vecs.shape == (4, encoder.dim) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-4)
    sim = vecs @ vecs.T
    assert sim[0, 1] > sim[0, 3] and sim[0, 2] > sim[0, 3]
    assert encoder.encode([]).shape == (0, encoder.dim)


def test_cache_serves_repeats_from_memory_and_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path))
    base = CountingEncoder()
    first = CachedEncoder(base).encode(["a", "bb", "a"])
    assert base.calls == ["a", "bb"]
    again = CachedEncoder(base).encode(["bb", "a"])  # a new process would see the disk cache
    assert base.calls == ["a", "bb"]
    assert np.array_equal(again, first[[1, 0]])
    assert list(tmp_path.glob("embeddings-counting_test.sqlite"))


def test_corrupt_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path))
    (tmp_path / "embeddings-counting_test.sqlite").write_bytes(b"this is not a database" * 100)
    base = CountingEncoder()
    vecs = CachedEncoder(base).encode(["hello"])
    assert vecs.shape == (1, 4) and base.calls == ["hello"]


def test_unwritable_cache_dir_is_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(blocker / "sub"))
    assert CachedEncoder(CountingEncoder()).encode(["x"]).shape == (1, 4)


def test_wrong_dimension_rows_in_cache_are_recomputed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path))
    base = CountingEncoder()
    CachedEncoder(base).encode(["x"])
    db = sqlite3.connect(tmp_path / "embeddings-counting_test.sqlite")
    with db:
        db.execute("UPDATE vec SET data = ?", (np.zeros(3, dtype=np.float32).tobytes(),))
    CachedEncoder(base).encode(["x"])
    assert base.calls == ["x", "x"]


def test_missing_transformers_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(ModelError, match=r"pip install 'storydiff\[transformers\]'"):
        get_encoder("sentence-transformers/LaBSE", cache=False)
