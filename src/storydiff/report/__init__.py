"""Renderers: each turns a :class:`~storydiff.model.Comparison` into text of one format.

Renderers never compute findings; they only read the comparison. Each lives in its own
module and is imported lazily, so ``--format json`` does not pay for Jinja templates.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..model import Comparison

RENDERERS: dict[str, str] = {
    "text": "storydiff.report.text:render",
    "json": "storydiff.report.jsonout:render",
    "markdown": "storydiff.report.markdown:render",
    "html": "storydiff.report.html:render",
    "tsv": "storydiff.report.bitext:render_tsv",
    "tmx": "storydiff.report.bitext:render_tmx",
}
FORMATS = tuple(RENDERERS)


def render(comparison: Comparison, fmt: str, **kwargs: Any) -> str:
    """Render ``comparison`` in ``fmt`` (one of :data:`FORMATS`)."""
    module_name, func_name = RENDERERS[fmt].split(":")
    func = getattr(importlib.import_module(module_name), func_name)
    return str(func(comparison, **kwargs))
