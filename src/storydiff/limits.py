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

MAX_REQUEST_CHARS = 150_000
"""Most body characters one web request may bring, all accounts together (``storydiff
serve --max-chars``): about five long articles, which the default encoder reads in well
under the server's 120 s timeout on two cores (~4,000 characters a second). Two accounts
of MAX_COMPARE_CHARS each kept both workers busy for four minutes, long after their
requests had given up."""


def body_too_long(doc_id: str, source: str, size: int) -> str:
    """The message for an account over MAX_COMPARE_CHARS, wherever it is first noticed."""
    return (
        f"Account {doc_id} ({source}) has {size:,} characters of body text; "
        f"storydiff compares articles of up to {MAX_COMPARE_CHARS:,}."
    )
