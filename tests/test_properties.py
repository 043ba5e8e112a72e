"""Invariants of the comparison, checked on accounts Hypothesis builds from real sentences.

Hypothesis is derandomized (the same examples on every run, in CI too); the sentences come
from the example pair, so encoding is served from the embedding cache after the first run.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CHINESE_READOUT, ENGLISH_RELEASE
from storydiff.compare import compare
from storydiff.ingest import Article
from storydiff.model import Comparison, Relation
from storydiff.segment import build_document, split_sentences


def _sentences() -> list[str]:
    out = []
    for path in (ENGLISH_RELEASE, CHINESE_READOUT):
        for doc_para in build_document(Article(source="x", paragraphs=[
            line for line in path.read_text(encoding="utf-8").split("\n") if len(line) > 80
        ])).body():
            out.append(doc_para.text)
    return sorted(set(out))


POOL = _sentences()
paragraphs = st.lists(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4
)
SETTINGS = settings(
    max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _doc(paras: list[str], doc_id: str):  # type: ignore[no-untyped-def]
    return build_document(Article(source=f"<{doc_id}>", paragraphs=paras), doc_id=doc_id)


def _canonical(comparison: Comparison) -> Counter:
    """Units as (relation, {source: sentence texts}), independent of ids and order."""
    docs = {d.id: d for d in comparison.documents}
    keys: Counter = Counter()
    for unit in comparison.units:
        members = frozenset(
            (docs[d].source, tuple(docs[d].segments[i].text for i in ids)) for d, ids in unit.members.items()
        )
        keys[(unit.relation, members)] += 1
    return keys


def _check_partition(comparison: Comparison) -> None:
    for doc in comparison.documents:
        seen = Counter(i for u in comparison.units for i in u.members.get(doc.id, []))
        assert sorted(seen) == [s.id for s in doc.body()]
        assert all(count == 1 for count in seen.values())


@pytest.mark.slow
@SETTINGS
@given(paragraphs)
def test_an_account_compared_with_itself_is_all_same(paras: list[str]) -> None:
    comparison = compare([_doc(paras, "A"), _doc(paras, "B")])
    _check_partition(comparison)
    assert {u.relation for u in comparison.units} == {Relation.SAME}
    assert all(set(u.members) == {"A", "B"} for u in comparison.units)


@pytest.mark.slow
@SETTINGS
@given(paragraphs, paragraphs)
def test_swapping_accounts_changes_nothing_else(first: list[str], second: list[str]) -> None:
    a, b = _doc(first, "A"), _doc(second, "B")
    forward = compare([a, b])
    backward = compare([b, a])
    _check_partition(forward)
    _check_partition(backward)
    assert _canonical(forward) == _canonical(backward)


@pytest.mark.slow
@SETTINGS
@given(paragraphs, paragraphs)
def test_output_is_identical_across_runs(first: list[str], second: list[str]) -> None:
    docs = [_doc(first, "A"), _doc(second, "B")]
    assert compare(docs).to_json() == compare(docs).to_json()


@SETTINGS
@given(st.text(max_size=400))
def test_offsets_round_trip_for_any_text(text: str) -> None:
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip() != ""
