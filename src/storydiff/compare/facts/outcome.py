"""Which way a decision went: "the Riksdag approved the law" against "lagen röstades ned"
(voted down) is one statement and two outcomes, a conflict no figure shows.

A decision's outcome is a verb of passing ("approved", "verabschiedet", "aprobó",
"uchwalił") or of rejecting ("rejected", "abgelehnt", "rechazó", "odrzucił"), a closed class
of each language's parliamentary and regulatory reporting; negated ("did not approve",
"nicht angenommen") it is left unread. Two accounts conflict where one gives only the one
outcome and the other only the other; an outcome one account alone gives is no finding
(the other may tell the vote without its verb).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from .fact import Claim

_PASSED = {
    "en": r"approved|approves|passed|passes|adopted|adopts|ratified|voted\s+(?:to\s+approve|through)",
    "de": r"verabschiedet|verabschiedete|beschlossen|beschloss|angenommen|nahm\s+\w+\s+an|gebilligt|billigte|zugestimmt|stimmte\s+\w+\s+zu",
    "fr": r"adopté|adoptée|adoptés|adopte|approuvé|approuvée|approuve",
    "es": r"aprobó|aprobaron|aprobado|aprobada|aprueba|avaló",
    "it": r"approvato|approvata|approva|approvò|varato|varata",
    "pt": r"aprovou|aprovaram|aprovado|aprovada|aprova",
    "nl": r"aangenomen|nam\s+\w+\s+aan|goedgekeurd|keurde\s+\w+\s+goed|stemde\s+in",
    "sv": r"röstade\s+igenom|röstades\s+igenom|antog|antogs|godkände|godkändes|klubbade",
    "da": r"vedtog|vedtaget|godkendte|godkendt",
    "no": r"vedtok|vedtatt|godkjente|godkjent",
    "pl": r"przyjął|przyjęła|przyjęli|przyjęty|przyjęta|uchwalił|uchwaliła|uchwalony|uchwalona|zatwierdził|zatwierdziła",
    "cs": r"schválil|schválila|schválili|schválen[aoý]?|přijal|přijala",
    "ru": r"принял|приняла|приняли|принят|одобрил|одобрила|одобрили|одобрен",
    "uk": r"ухвалив|ухвалила|ухвалили|ухвалено|схвалив|схвалила|прийняв|прийняла",
}
_REJECTED = {
    "en": r"rejected|rejects|voted\s+down|defeated|struck\s+down|threw\s+out",
    "de": r"abgelehnt|lehnte\s+\w+\s+ab|gescheitert|scheiterte|verworfen|gekippt|kippte",
    "fr": r"rejeté|rejetée|rejette|repoussé|repoussée",
    "es": r"rechazó|rechazaron|rechazado|rechazada|rechaza|tumbó|tumbaron",
    "it": r"respinto|respinta|respinge|bocciato|bocciata|bocciò",
    "pt": r"rejeitou|rejeitaram|rejeitado|rejeitada|derrubou|derrubado",
    "nl": r"verworpen|verwierp|weggestemd|stemde\s+\w+\s+weg|afgewezen|wees\s+\w+\s+af",
    "sv": r"röstade\s+ned|röstades\s+ned|röstade\s+ner|röstades\s+ner|avslog|avslogs|fälldes|föll",
    "da": r"forkastede|forkastet|nedstemt|afviste",
    "no": r"forkastet|nedstemt|avviste",
    "pl": r"odrzucił|odrzuciła|odrzucili|odrzucony|odrzucona",
    "cs": r"zamítl|zamítla|zamítli|zamítnut[aoý]?|odmítl|odmítla",
    "ru": r"отклонил|отклонила|отклонили|отклонен|отверг|отвергла|отвергли",
    "uk": r"відхилив|відхилила|відхилили|відхилено|провалив|провалила",
}
"""The verbs of a decision's two outcomes, per language (their participles and past tenses
as the press writes them): passing and rejecting."""
_NEGATION = compiled(
    r"(?<![^\W\d_])(?:not|n't|never|failed\s+to|nicht|kein\w*|ne|n['’]a|pas|no|non|não|niet|inte|ikke|nie|не)"
    r"(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def _outcome_pattern(lang: str) -> re.Pattern[str] | None:
    if lang not in _PASSED:
        return None
    return compiled(rf"(?<![^\W\d_])(?:(?P<passed>{_PASSED[lang]})|(?P<rejected>{_REJECTED[lang]}))(?![^\W\d_])", re.IGNORECASE)


def scan_outcomes(scan: str, claim: Claim, *, lang: str) -> None:
    """A decision's outcome, "passed" or "rejected", where a verb of either says it."""
    pattern = _outcome_pattern(lang)
    for m in pattern.finditer(scan) if pattern else ():
        if _NEGATION.search(scan, max(0, m.start() - 24), m.start()):
            continue
        claim(DifferenceKind.OUTCOME, "passed" if m["passed"] else "rejected", m.start(), m.end())
