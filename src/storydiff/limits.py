"""Hard limits on hostile or accidental input, defined once and shared by every entry point."""

from __future__ import annotations

MAX_INPUT_BYTES = 10 * 1024 * 1024
"""Largest file, upload, stdin or download accepted for one account (10 MiB)."""

MAX_SEGMENTS = 20_000
"""Most segments one account may have after segmentation."""

MAX_SEGMENT_CHARS = 2_000
"""Longer 'sentences' (no punctuation) are cut at whitespace into pieces of at most this size."""

MAX_DOCUMENTS = 20
"""Most accounts compared at once."""

FETCH_TIMEOUT_S = 15.0
"""Connect/read timeout for one URL fetch."""

MAX_REDIRECTS = 5

MAX_COMPARE_CHARS = 200_000
"""Most body characters one account may have in a comparison (a long article is ~30,000).
Encoding cost grows with text length, so this bounds the time any request can take."""
