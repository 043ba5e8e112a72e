"""JSON: the ``storydiff.comparison/1`` document, the contract for every other tool."""

from __future__ import annotations

from ..model import Comparison


def render(comparison: Comparison) -> str:
    return comparison.to_json(indent=2) + "\n"
