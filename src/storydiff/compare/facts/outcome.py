"""Which way a decision went: "the Riksdag approved the law" against "lagen röstades ned"
(voted down) is one statement and two outcomes, a conflict no figure shows.

A decision's outcome is a verb of passing ("approved", "verabschiedet", "aprobó",
"uchwalił") or of rejecting ("rejected", "abgelehnt", "rechazó", "odrzucił"), a closed class
of each language's parliamentary and regulatory reporting; negated ("did not approve",
"nicht angenommen") it is left unread. Two accounts conflict where one gives only the one
outcome and the other only the other; an outcome one account alone gives is no finding
(the other may tell the vote without its verb). A verdict is a second pair of outcomes,
convicted and acquitted ("found guilty" / "absuelto", "оправдал"), an appeal's a third,
upheld and overturned; each pair is compared only with itself.
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
_CONVICTED = {
    "en": r"convicted|found\s+(?:[\w'’.-]+\s+){0,5}?(?<!not\s)guilty",
    "de": r"verurteilt|verurteilte|schuldig\s+gesprochen|sprach\s+\w+\s+schuldig",
    "fr": r"condamnée?s?|reconnue?s?\s+coupables?",
    "es": r"condenó|condenaron|condenad[oa]s?|declarad[oa]s?\s+culpables?|declaró\s+culpables?",
    "it": r"condannat[oaie]|condannò|dichiarat[oaie]\s+colpevoli?",
    "pt": r"condenou|condenaram|condenad[oa]s?|considerad[oa]s?\s+culpad[oa]s?",
    "nl": r"veroordeeld|veroordeelde|schuldig\s+bevonden",
    "sv": r"dömdes|dömde|dömd|dömda",
    "pl": r"skazał|skazała|skazali|skazan[yaie]",
    "cs": r"odsoudil|odsoudila|odsouzen[aoý]?",
    "ru": r"осудил|осудила|осуждены?|осуждена|приговорил|приговорила|признал[аи]?\s+виновн\w+",
    "uk": r"засудив|засудила|засуджен[оийа]|визнав\s+винн\w+|визнала\s+винн\w+",
}
_ACQUITTED = {
    "en": r"acquitted|found\s+(?:[\w'’.-]+\s+){0,5}?not\s+guilty|cleared\s+of\s+(?:all\s+)?(?:charges?|wrongdoing|\w+(?:\s+charges?)?(?=\s+(?:by|in|on|after)\b))",
    "de": r"freigesprochen|sprach\s+\w+\s+frei|Freispruch",
    "fr": r"acquittée?s?|relaxée?s?|innocentée?s?",
    "es": r"absolvió|absolvieron|absuelt[oa]s?",
    "it": r"assolt[oaie]|assolse",
    "pt": r"absolveu|absolveram|absolvid[oa]s?",
    "nl": r"vrijgesproken|sprak\s+\w+\s+vrij",
    "sv": r"friades|friad|frikändes|frikände|frikänd",
    "pl": r"uniewinnił|uniewinniła|uniewinnili|uniewinnion[yaie]",
    "cs": r"osvobodil|osvobodila|zproštěn[aoý]?",
    "ru": r"оправдал|оправдала|оправдали|оправдан[аы]?",
    "uk": r"виправдав|виправдала|виправдан[оийа]",
}
"""A verdict's two outcomes, a second pair of the same kind: convicted (or sentenced) and
acquitted ("found not guilty", "absuelto", "оправдан"). A verdict is never in conflict with a
decision's passing or rejecting, only with the other verdict; the verbs' other sense,
condemning an attack ("condenó", "verurteilte", "осудил"), meets no acquittal in one
statement."""
_UPHELD = {
    "en": r"upheld|confirmed(?=\s+(?:the|his|her|their)\s+(?:conviction|sentence|verdict|ruling|judgment))",
    "de": r"bestätigte(?=\s+(?:das|die|den)\s+(?:Urteil|Verurteilung|Strafe))",
    "fr": r"(?:a|ont)\s+confirmé(?=\s+(?:la|le|sa|leur)\s+(?:condamnation|peine|jugement|verdict|décision))",
    "es": r"(?:confirmó|ratificó)(?=\s+(?:la|el|su)\s+(?:condena|sentencia|fallo|pena))",
    "it": r"(?:ha|hanno)\s+confermato(?=\s+(?:la|il)\s+(?:condanna|sentenza|verdetto|pena))",
}
_OVERTURNED = {
    "en": r"overturned|quashed|annulled|set\s+aside|reversed(?=\s+(?:the|his|her|their)\s+(?:conviction|sentence|verdict|ruling|judgment))",
    "de": r"aufgehoben|hob(?=[^.;!?]{0,80}\s(?:Urteil|Verurteilung|Strafe)\b[^.;!?]{0,40}\sauf\b)|kassiert|kassierte",
    "fr": r"annulée?|infirmée?|cassée?",
    "es": r"anuló|anulado|anulada|revocó|revocado|revocada",
    "it": r"annullat[oa]|annullò|ribaltat[oa]",
}
"""An appeal's two outcomes, a third pair: the ruling upheld (confirmed, with what it confirms:
"confirmed" alone is news's verb of saying) and overturned ("quashed", "aufgehoben", "anuló")."""
_AXES = {
    "passed": "decision", "rejected": "decision", "convicted": "verdict", "acquitted": "verdict",
    "upheld": "appeal", "overturned": "appeal",
}


def outcomes_match(a: str, b: str) -> bool:
    """Two outcomes agree where they are the same, or answer different questions (a decision
    passed, a defendant convicted)."""
    return a == b or _AXES.get(a) != _AXES.get(b)
_NEVER = r"(?!x)x"
_NEGATION = compiled(
    r"(?<![^\W\d_])(?:not|n't|never|failed\s+to|nicht|kein\w*|ne|n['’]a|pas|no|non|não|niet|inte|ikke|nie|не)"
    r"(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def _outcome_pattern(lang: str) -> re.Pattern[str] | None:
    if lang not in _PASSED:
        return None
    return compiled(
        rf"(?<![^\W\d_])(?:(?P<passed>{_PASSED[lang]})|(?P<rejected>{_REJECTED[lang]})|"
        rf"(?P<acquitted>{_ACQUITTED.get(lang, _NEVER)})|(?P<convicted>{_CONVICTED.get(lang, _NEVER)})|"
        rf"(?P<upheld>{_UPHELD.get(lang, _NEVER)})|(?P<overturned>{_OVERTURNED.get(lang, _NEVER)}))(?![^\W\d_])",
        re.IGNORECASE,
    )


def scan_outcomes(scan: str, claim: Claim, *, lang: str) -> None:
    """A decision's outcome, "passed" or "rejected", a verdict's, "convicted" or "acquitted",
    or an appeal's, "upheld" or "overturned", where a verb of either says it."""
    pattern = _outcome_pattern(lang)
    for m in pattern.finditer(scan) if pattern else ():
        if _NEGATION.search(scan, max(0, m.start() - 24), m.start()):
            continue
        claim(DifferenceKind.OUTCOME, next(k for k in _AXES if m[k]), m.start(), m.end())
