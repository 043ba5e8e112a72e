"""Encoders: the default model's vectors, the cache (memory, disk, corrupt files), missing extras."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

import storydiff.encode
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


class StandInSentenceTransformer:
    """What storydiff uses of sentence_transformers.SentenceTransformer; records what it is given."""

    made: ClassVar[list[tuple[str, dict[str, object]]]] = []
    prompts: ClassVar[dict[str, str]] = {}
    default_prompt_name: str | None = None
    device = "cuda:0"

    def __init__(self, name: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if "missing" in name:
            raise OSError(f"{name} is not a local folder and the hub cannot be reached")
        self.made.append((name, kwargs))
        self.seen: list[str] = []

    def get_embedding_dimension(self) -> int:
        return 3

    def encode(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        self.seen.extend(texts)
        assert kwargs["normalize_embeddings"]
        return np.array([[len(t), 1.0, 0.0] for t in texts]) / np.array([[np.hypot(len(t), 1.0)] for t in texts])


@pytest.fixture
def stand_in_sentence_transformers(monkeypatch: pytest.MonkeyPatch) -> type[StandInSentenceTransformer]:
    import types

    module = types.ModuleType("sentence_transformers")
    module.SentenceTransformer = StandInSentenceTransformer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", module)
    monkeypatch.setattr(StandInSentenceTransformer, "made", [])
    monkeypatch.setattr(storydiff.encode, "_loaded", {})  # encoders loaded once per process
    return StandInSentenceTransformer


def test_sentence_transformers_model_loads_offline_on_the_device_the_library_picks(
    stand_in_sentence_transformers: type[StandInSentenceTransformer],
) -> None:
    encoder = get_encoder("sentence-transformers/LaBSE", cache=False)
    [(name, kwargs)] = stand_in_sentence_transformers.made
    assert name == "sentence-transformers/LaBSE"
    assert kwargs.get("local_files_only") is True  # never a download at run time
    assert kwargs.get("device") is None  # the library picks CUDA (or MPS) when present
    vecs = encoder.encode(["Hello.", "Bonjour tout le monde."])
    assert vecs.shape == (2, 3) and vecs.dtype == np.float32
    assert encoder.encode([]).shape == (0, 3)


def test_sentence_transformers_model_gets_the_prefix_it_was_trained_with(
    stand_in_sentence_transformers: type[StandInSentenceTransformer], monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydiff.encode.transformers import SentenceTransformerEncoder

    e5 = SentenceTransformerEncoder("intfloat/multilingual-e5-large")
    e5.encode(["Der Zug fährt ab."])
    assert e5._model.seen == ["query: Der Zug fährt ab."]
    labse = SentenceTransformerEncoder("sentence-transformers/LaBSE")
    labse.encode(["Der Zug fährt ab."])
    assert labse._model.seen == ["Der Zug fährt ab."]
    monkeypatch.setattr(StandInSentenceTransformer, "prompts", {"query": "Represent this: "})
    declared = SentenceTransformerEncoder("/models/my-encoder")
    declared.encode(["x"])
    assert declared._model.seen == ["Represent this: x"]
    monkeypatch.setattr(StandInSentenceTransformer, "default_prompt_name", "query")
    adds_its_own = SentenceTransformerEncoder("/models/my-encoder")
    adds_its_own.encode(["x"])
    assert adds_its_own._model.seen == ["x"]


def test_sentence_transformers_model_not_on_disk_is_a_clear_error(
    stand_in_sentence_transformers: type[StandInSentenceTransformer],
) -> None:
    with pytest.raises(ModelError, match=r"'org/missing-model' could not be loaded from disk.*never downloads"):
        get_encoder("org/missing-model", cache=False)
