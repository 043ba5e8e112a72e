"""Golden files: every renderer's output for the example pair, byte for byte.

``tests/golden/example.{md,tsv,tmx,html,json}`` are rewritten only when
``STORYDIFF_UPDATE_GOLDEN=1`` is set; otherwise a mismatch fails with a unified diff, so a
change in what the analyst sees is always a reviewed change.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from conftest import CHINESE_READOUT, ENGLISH_RELEASE, ROOT
from storydiff.model import Comparison
from storydiff.report import render

GOLDEN = Path(__file__).parent / "golden"
FORMATS = {"markdown": "md", "tsv": "tsv", "tmx": "tmx", "html": "html", "json": "json"}


@pytest.fixture(scope="module")
def example(encoder) -> Comparison:  # type: ignore[no-untyped-def]
    from storydiff.compare import compare
    from storydiff.segment import read_document

    cwd = Path.cwd()
    os.chdir(ROOT)  # relative sources, so the files do not depend on where the clone lives
    try:
        documents = [
            read_document(str(path.relative_to(ROOT)), doc_id=doc_id)
            for path, doc_id in ((ENGLISH_RELEASE, "A"), (CHINESE_READOUT, "B"))
        ]
    finally:
        os.chdir(cwd)
    return compare(documents, encoder=encoder)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_example_pair_matches_the_golden_file(example: Comparison, fmt: str) -> None:
    path = GOLDEN / f"example.{FORMATS[fmt]}"
    actual = render(example, fmt)
    if os.environ.get("STORYDIFF_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(path),
                tofile="rendered",
                n=1,
            )
        )
        pytest.fail(f"{fmt} output differs from {path.name} (STORYDIFF_UPDATE_GOLDEN=1 rewrites it):\n{diff}")
