"""Which way a decision went: "the Riksdag approved the law" against "lagen röstades ned"
(voted down) is one statement and two outcomes, a conflict no figure shows.

A decision's outcome is a verb of passing ("approved", "verabschiedet", "aprobó",
"uchwalił") or of rejecting ("rejected", "abgelehnt", "rechazó", "odrzucił"), a closed class
of each language's parliamentary and regulatory reporting; negated ("did not approve",
"nicht angenommen") it is left unread. Two accounts conflict where one gives only the one
outcome and the other only the other; an outcome one account alone gives is no finding
(the other may tell the vote without its verb). A verdict is a second pair of outcomes,
convicted and acquitted ("found guilty" / "absuelto", "оправдал"), an appeal's a third,
upheld and overturned, a warning's a fourth, lifted and in force; each pair is compared
only with itself, as a company's result is, a profit or a loss, a fire's state, under
control or out of control, and a claim, confirmed or denied. A regulator's clearing and
prohibiting ("cleared" / "untersagt") are a decision's passing and rejecting. A match's result names its sides ("Sevilla won, Valencia lost"): two
results conflict where one side won in the one and lost in the other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import DifferenceKind
from ...patterns import compiled
from ..words import CAPITAL
from .fact import Claim
from .names import names_match

_PASSED = {
    "en": r"approved|approves|passed(?!\s+away)|passes(?!\s+away)|adopted|adopts|ratified|voted\s+(?:to\s+approve|through)",
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
    "et": r"kiitis\s+(?:\w+\s+){0,3}?heaks|kiideti\s+heaks|võttis\s+(?:\w+\s+){0,3}?vastu|võeti\s+vastu",
    "fi": r"hyväksyi|hyväksyttiin|hyväksytty",
    "sl": r"sprejel|sprejela|sprejeli|sprejet[aoi]?|potrdil|potrdila|potrdili|potrjen[aoi]?",
    "hr": r"usvojio|usvojila|usvojili|usvojen[aoi]?|izglasao|izglasala|izglasali|izglasan[aoi]?|prihvatio|prihvatila|"
    r"усвојио|усвојила|усвојили|усвојен[аои]?|изгласао|изгласала|изгласали",
    "bg": r"прие|приеха|приет[аои]?|одобри|одобриха|одобрен[аои]?",
    "ro": r"a\s+adoptat|au\s+adoptat|adoptat[ăe]?|a\s+aprobat|au\s+aprobat|aprobat[ăe]?",
    "el": r"ψήφισε|ψήφισαν|υπερψήφισε|υπερψήφισαν|υπερψηφίστηκε|εγκρίθηκε|ενέκρινε|ενέκριναν",
}
_PASSED["nl"] += r"|ingestemd\s+met|stemt\s+in\s+met|stemde\s+in\s+met"


def _extend(verbs: dict[str, str], more: dict[str, str]) -> None:
    """Each language's verbs in ``verbs`` with ``more`` of them as alternatives."""
    for lang, alternatives in more.items():
        verbs[lang] = f"{verbs[lang]}|{alternatives}" if lang in verbs else alternatives


# a regulator's clearance and prohibition ("cleared the takeover" / "hat die Übernahme
# untersagt", 承認 / 禁止): the same decision, passed or rejected
_extend(_PASSED, {
    "en": r"cleared(?!\s+(?:of|up|out|away|the\s+(?:area|way|building|streets?|road)))|authori[sz]ed|gave\s+the\s+green\s+light",
    "de": r"genehmigt|genehmigte|freigegeben|gab\s+\w+\s+frei",
    "fr": r"autorisé|autorisée|a\s+autorisé|ont\s+autorisé|feu\s+vert",
    "es": r"autorizó|autorizaron|autorizad[oa]|luz\s+verde",
    "it": r"autorizzat[oa]|autorizzò|via\s+libera",
    "pt": r"autorizou|autorizaram|autorizad[oa]|luz\s+verde",
    "nl": r"toegestaan|stond\s+\w+\s+toe",
    "ja": r"承認",
    "zh": r"批准",
    "ko": r"승인",
})
_PASSED["sr"] = _PASSED["bs"] = _PASSED["hr"]
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
    "et": r"lükkas\s+(?:\w+\s+){0,3}?tagasi|lükati\s+tagasi|hääletas\s+(?:\w+\s+){0,3}?maha",
    "fi": r"hylkäsi|hylättiin|hylätty",
    "sl": r"zavrnil|zavrnila|zavrnili|zavrnjen[aoi]?",
    "hr": r"odbio|odbila|odbili|odbijen[aoi]?|odbacio|odbacila|odbacili|odbačen[aoi]?|"
    r"одбио|одбила|одбили|одбијен[аои]?|одбацио|одбацила|одбацили|одбачен[аои]?",
    "bg": r"отхвърли|отхвърлиха|отхвърлен[аои]?",
    "ro": r"a\s+respins|au\s+respins|respins[ăe]?",
    "el": r"απέρριψε|απέρριψαν|απορρίφθηκε|καταψήφισε|καταψήφισαν|καταψηφίστηκε",
}
"""The verbs of a decision's two outcomes, per language (their participles and past tenses
as the press writes them): passing and rejecting; Serbian's and Bosnian's are Croatian's,
in both of Serbian's scripts."""
_REJECTED["sr"] = _REJECTED["bs"] = _REJECTED["hr"]
_extend(_REJECTED, {
    "en": r"blocked|prohibited|prohibits|vetoed|barred",
    "de": r"untersagt|untersagte|blockiert|blockierte",
    "fr": r"interdit|interdite|bloqué|bloquée|a\s+bloqué|ont\s+bloqué|opposé\s+son\s+veto",
    "es": r"prohibió|prohibieron|prohibid[oa]|bloqueó|bloquearon|vetó",
    "it": r"vietat[oa]|vietò|bloccat[oa]|bloccò",
    "pt": r"proibiu|proibid[oa]|bloqueou|bloquead[oa]|vetou",
    "nl": r"verboden|verbood|blokkeerde|geblokkeerd",
    "ja": r"禁止|差し止め",
    "zh": r"禁止|否决|否決",
    "ko": r"불허|금지",
})
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
    "ja": r"有罪",
    "zh": r"(?<!无)(?<!無)有罪|罪名成立",
    "ko": r"유죄",
    "lt": r"nuteisė|nuteistas|nuteista|pripažino\s+(?:\w+\s+){0,6}?kalt[ąuaais]\w*",
    "lv": r"notiesāja|notiesāts|notiesāta|atzina\s+(?:\w+\s+){0,6}?par\s+vainīg\w+",
    "et": r"mõistis\s+(?:\w+\s+){0,6}?süüdi|mõisteti\s+süüdi|süüdi\s+mõistetud",
    "sk": r"odsúdil|odsúdila|odsúden[ýáí]|uznal\s+(?:\w+\s+){0,6}?vinn\w+",
    "hu": r"bűnösnek\s+(?:mondta|találta|ítélte)|elítélte|elítélték",
}
_CONVICTED["cs"] += r"|uznal\s+(?:\w+\s+){0,6}?vinn\w+"
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
    "ja": r"無罪",
    "zh": r"无罪|無罪",
    "ko": r"무죄",
    "lt": r"išteisino|išteisintas|išteisinta",
    "lv": r"attaisnoja|attaisnots|attaisnota",
    "et": r"mõistis\s+(?:\w+\s+){0,6}?õigeks|mõisteti\s+õigeks|õigeks\s+mõistetud",
    "sk": r"oslobodil|oslobodila|oslobodený|oslobodená|spod\s+obžaloby",
    "hu": r"felmentette|felmentették|felmentés\w*",
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
    "it": r"(?:ha|hanno)\s+confermato(?=(?:\s+[a-zì]+)?\s+(?:la|il|l['’])\s*(?:condanna|sentenza|verdetto|pena|fermo|sequestro|provvedimento|decisione))",
    "pt": r"manteve(?=\s+(?:a|o)\s+(?:condenação|sentença|pena|decisão))",
    "nl": r"bekrachtigde|bekrachtigd",
    "pl": r"utrzymał[aoy]?(?=[^.;!?]{0,40}(?<![^\W\d_])(?:wyrok|w\s+mocy))|utrzyman[yao]\s+w\s+mocy|(?<=Wyrok\s)utrzymany",
    "ru": r"оставил[аи]?(?=[^.;!?]{0,40}в\s+силе)|оставлен[аоы]?\s+в\s+силе",
    "ja": r"(?:控訴|上告)(?:を)?棄却|(?:一審|原)判決を(?:支持|維持)",
    "zh": r"驳回上诉|駁回上訴|维持原判|維持原判",
    "ko": r"(?:상고|항소)(?:를)?\s?기각|원심(?:을)?\s?(?:확정|유지)",
}
_OVERTURNED = {
    "en": r"overturned|quashed|annulled|set\s+aside|reversed(?=\s+(?:the|his|her|their)\s+(?:conviction|sentence|verdict|ruling|judgment))",
    "de": r"aufgehoben|hob(?=[^.;!?]{0,80}\s(?:Urteil|Verurteilung|Strafe|Beschluss|Entscheidung|Geldbuße|Bußgeld|Verbot)\b[^.;!?]{0,60}\sauf\b)|kassiert|kassierte",
    "fr": r"annulée?|infirmée?|cassée?",
    "es": r"anuló|anulado|anulada|revocó|revocado|revocada",
    "it": r"annullat[oa]|annullò|ribaltat[oa]",
    "pt": r"anulou|anulad[oa]|revogou|revogad[oa]",
    "nl": r"vernietigde|vernietigd",
    "pl": r"uchylił[aoy]?|uchylon[yao]",
    "ru": r"отменил[аи]?(?=[^.;!?]{0,40}(?:приговор|решени|постановлени))",
    "ja": r"破棄|差し戻",
    "zh": r"撤销原判|撤銷原判|撤销一审判决|撤銷一審判決|发回重审|發回重審",
    "ko": r"원심(?:을)?\s?깨|파기\s?환송|파기했",
}
"""An appeal's two outcomes, a third pair: the ruling upheld (confirmed, with what it confirms:
"confirmed" alone is news's verb of saying) and overturned ("quashed", "aufgehoben", "anuló")."""
_LIFTED = {
    "en": r"lifted|lifts?|lifting|cancell?ed|called\s+off|withdrew|withdrawn|rescinded|scrapped|scraps?",
    "es": r"levantó|levantaron|levantad[ao]|canceló|cancelaron|cancelad[ao]|desactivó|desactivad[ao]|retiró",
    "fr": r"levée?s?|a\s+levé|ont\s+levé",
    "de": r"aufgehoben|hob|beendet|zurückgenommen",
    "pt": r"levantou|levantad[ao]|cancelou|cancelad[ao]|suspendeu",
    "id": r"dicabut|mencabut|diakhiri|mengakhiri|dibatalkan|membatalkan",
    "ja": r"解除",
    "zh": r"解除|取消",
}
_IN_FORCE = {
    "en": r"kept|keeps?|keeping|maintained|maintains?|extended|extends?|issued|imposed|remain(?:s|ed)?\s+in\s+(?:place|effect|force)|"
    r"(?:still|was|is)\s+in\s+(?:place|effect|force)",
    "es": r"mantuvo|mantiene|mantienen|mantenid[ao]|sigue\s+vigente|continúa\s+vigente|emitió|decretó|activó|extendió|amplió",
    "fr": r"maintenue?s?|a\s+maintenu|reste\s+en\s+vigueur|a\s+émis|émise?|prolongée?|a\s+prolongé|déclenchée?",
    "de": r"aufrechterhalten|bleibt\s+bestehen|blieb\s+bestehen|gilt\s+weiter|galt\s+weiter|verlängert|ausgegeben|gab",
    "pt": r"manteve|mantém|mantid[ao]|segue\s+em\s+vigor|emitiu|prorrogou|prorrogad[ao]",
    "id": r"tetap\s+berlaku|masih\s+berlaku|diperpanjang|memperpanjang|dikeluarkan|mengeluarkan",
    "ja": r"継続|発表|発令|維持",
    "zh": r"发布|發布|维持|維持|继续|繼續",
}
"""A warning's two states, a fourth pair: lifted (cancelled, called off; 解除) and in force
(issued, kept, extended; 発表, 继续), read only beside the word for a warning, an alert, an
order, a ban or a storm signal (``_WARNINGS``): "lifted the tsunami warning" against "kept the
tsunami precaution in place", "decided to lift the ban on wheat imports" against "to keep" it."""
_WARNINGS = {
    "en": r"warnings?|alerts?|advisor(?:y|ies)|\w+\s+watch|precautions?|alarms?|(?:evacuation|stay-at-home)\s+orders?|"
    r"curfew|lockdown|state\s+of\s+emergency|bans?|embargo(?:es)?|moratorium|(?:wind\s+)?signals?",
    "es": r"alertas?|alarmas?|avisos?|precaución|toque\s+de\s+queda|estado\s+de\s+emergencia|orden\s+de\s+evacuación|prohibición|veto|embargo",
    "fr": r"alertes?|vigilance|avertissements?|couvre-feu|urgence|interdiction|embargo|moratoire",
    "de": r"\w*[Ww]arnung(?:en)?|Alarm|Ausgangssperre|Notstand|Entwarnung|\w*[Vv]erbot|Embargo|Moratorium",
    "pt": r"alertas?|avisos?|alarmes?|toque\s+de\s+recolher|estado\s+de\s+emergência|proibição|embargo",
    "id": r"peringatan|siaga|status\s+darurat|jam\s+malam",
    "ja": r"警報|注意報|警告|避難指示|警戒",
    "zh": r"预警|預警|警报|警報|警告|警戒|禁令",
}
_PROFIT = {
    "en": r"(?:net|operating|pre-?tax|quarterly|annual|half-year|first-half|second-half|full-year)\s+(?:profit|income)|"
    r"(?:swung|swinging|returned|returning)\s+to\s+(?:a\s+)?(?:net\s+)?profit|(?:posted|reported|made|booked)\s+a\s+(?:net\s+)?profit|"
    r"in\s+the\s+black",
    "de": r"(?:Netto|Rein|Betriebs|Quartals|Jahres|Konzern)?gewinn|Überschuss|Nettoergebnis\s+von\s+plus|schwarze[n]?\s+Zahlen",
    "fr": r"bénéfices?\s+nets?|bénéfice\s+(?:d['’]exploitation|opérationnel|trimestriel|annuel|semestriel)|"
    r"(?:a|ont)\s+(?:enregistré|dégagé|publié|réalisé)\s+un\s+(?:bénéfice|profit)",
    "es": r"beneficios?\s+netos?|ganancias?\s+netas?|beneficio\s+(?:operativo|trimestral|anual)|(?:obtuvo|registró|logró)\s+(?:un\s+)?(?:beneficio|ganancias?)",
    "it": r"utile(?:\s+netto)?|utili|(?:ha|hanno)\s+(?:registrato|chiuso\s+con)\s+un\s+utile",
    "pt": r"lucro(?:\s+líquido)?|lucros",
    "nl": r"(?:netto)?winst",
    "sv": r"(?:netto|rörelse)?vinst(?:en)?|resultat\s+efter\s+skatt\s+på\s+plus",
    "ja": r"黒字|純利益|最終利益|営業利益|経常利益",
    "zh": r"净利润|淨利潤|盈利|扭亏为盈|扭虧為盈",
    "ko": r"순이익|영업이익|흑자",
}
_LOSS = {
    "en": r"(?:net|operating|pre-?tax|quarterly|annual|half-year|first-half|second-half|full-year)\s+loss(?:es)?|"
    r"(?:swung|swinging|slumped|slumping|fell|plunged)\s+(?:in)?to\s+(?:a\s+)?(?:net\s+)?loss|(?:posted|reported|made|booked)\s+a\s+(?:net\s+)?loss|"
    r"in\s+the\s+red",
    "de": r"(?:Netto|Betriebs|Quartals|Jahres|Konzern)?verlust(?:e|es)?|Fehlbetrag|rote[n]?\s+Zahlen",
    "fr": r"pertes?\s+nettes?|perte\s+(?:d['’]exploitation|opérationnelle|trimestrielle|annuelle|semestrielle)|"
    r"(?:a|ont)\s+(?:enregistré|accusé|essuyé|publié|subi)\s+une\s+perte|déficit\s+net|dans\s+le\s+rouge",
    "es": r"pérdidas?\s+netas?|pérdida\s+(?:operativa|trimestral|anual)|(?:registró|sufrió|tuvo)\s+(?:unas?\s+)?pérdidas?|números\s+rojos",
    "it": r"perdita(?:\s+netta)?|perdite|rosso",
    "pt": r"prejuízos?(?:\s+líquidos?)?",
    "nl": r"(?:netto)?verlies",
    "sv": r"(?:netto|rörelse)?förlust(?:en)?",
    "ja": r"赤字|純損失|最終損失|営業損失|経常損失",
    "zh": r"净亏损|淨虧損|亏损|虧損",
    "ko": r"순손실|영업손실|적자",
}
"""A company's result for a period, a fifth pair: a profit and a loss ("net loss" / "Nettogewinn",
赤字 / 黒字, "perte nette" / "bénéfice net"), read only where no comparison with another
period comes just before it (``_COMPARED``: "compared with a profit a year earlier",
"nach einem Gewinn", 前年同期は…黒字), which tells another result than the statement's."""
_OUT_OF_CONTROL = {
    "en": r"out\s+of\s+control|uncontained|not\s+(?:yet\s+)?(?:been\s+)?(?:brought\s+)?(?:under\s+control|contained)",
    "de": r"außer\s+Kontrolle|nicht\s+(?:mehr\s+)?unter\s+Kontrolle",
    "nl": r"(?:nog\s+)?niet\s+onder\s+controle|uit\s+de\s+hand",
    "it": r"fuori\s+controllo|non\s+(?:(?:è|era)\s+)?(?:ancora\s+)?(?:stat[oa]\s+)?(?:sotto\s+controllo|domat[oa]|circoscritt[oa])",
    "fr": r"hors\s+de\s+contrôle|(?:pas|non)\s+(?:encore\s+)?(?:été\s+)?(?:maîtrisée?s?|sous\s+contrôle|fixée?)",
    "es": r"fuera\s+de\s+control|sin\s+control|no\s+(?:(?:está|están|estaba|estaban|ha\s+sido|había\s+sido|fue)\s+)?"
    r"(?:controlad[oa]s?|bajo\s+control)",
    "pt": r"fora\s+de\s+controle|sem\s+controle|não\s+(?:(?:está|estão|estava|estavam|foi|foram)\s+)?"
    r"(?:controlad[oa]s?|sob\s+controle)",
    "el": r"εκτός\s+ελέγχου|(?:δεν|όχι)\s+(?:\w+\s+)?υπό\s+έλεγχο",
    "pl": r"poza\s+kontrolą|nie\s+(?:jest\s+)?(?:pod\s+kontrolą|opanowan\w+)",
}
_UNDER_CONTROL = {
    "en": r"under\s+control|(?:(?<=been\s)|(?<=was\s)|(?<=were\s)|(?<=fully\s)|(?<=largely\s)|(?<=partly\s))contained",
    "de": r"unter\s+Kontrolle",
    "nl": r"onder\s+controle",
    "it": r"sotto\s+controllo|domat[oa]|circoscritt[oa]",
    "fr": r"maîtrisée?s?|sous\s+contrôle|fixée?",
    "es": r"controlad[oa]|bajo\s+control",
    "pt": r"controlad[oa]|sob\s+controle",
    "el": r"υπό\s+έλεγχο",
    "pl": r"pod\s+kontrolą|opanowan\w+|opanowano",
}
"""A fire's (or an outbreak's) state, a sixth pair: out of control, and under control ("Der
Brand ist noch nicht unter Kontrolle" / "De brand is onder controle"); the negated forms are
read whole, before the words they negate, in any tense ("aún no estaba controlado", "n'a pas
encore été maîtrisé")."""
_COMPARED = {
    "en": r"compared\s+with|compared\s+to|versus|vs\.?|from|against|after|year-?earlier|a\s+year\s+(?:earlier|ago)",
    "de": r"nach|gegenüber|Vorjahr\w*|zuvor",
    "fr": r"contre|après|comparé\w*\s+à|un\s+an\s+plus\s+tôt",
    "es": r"frente\s+a|comparad\w+\s+con|tras|respecto",
    "it": r"rispetto|contro|dopo",
    "pt": r"ante|contra|após|comparad\w+\s+com",
    "nl": r"tegenover|na|vergeleken\s+met",
    "sv": r"jämfört\s+med|mot|efter|året\s+innan|fjolåret",
    "ja": r"前年同期|前期|前年",
    "zh": r"上年同期|去年同期|同比|上年",
    "ko": r"전년|작년|지난해",
}
COMPARED_REACH = 40
"""Characters before a profit or a loss within which a comparison makes it another period's."""
_CONFIRMED = {
    "en": r"confirmed|confirms",
    "de": r"bestätigte|bestätigt",
    "fr": r"a\s+confirmé|ont\s+confirmé|confirme|confirment",
    "es": r"confirmó|confirmaron|confirma",
    "it": r"(?:ha|hanno)\s+confermato|conferma|confermò",
    "pt": r"confirmou|confirmaram|confirma",
    "nl": r"bevestigde|bevestigd",
    "pl": r"potwierdził|potwierdziła|potwierdzili",
    "ru": r"подтвердил|подтвердила|подтвердили",
    "uk": r"підтвердив|підтвердила|підтвердили",
    "ja": r"認めた|確認した",
    "zh": r"证实|證實|承认|承認",
    "ko": r"확인했|시인했",
}
_DENIED = {
    "en": r"denied|denies|dismissed\s+(?:the\s+)?(?:reports?|claims?|allegations?|accusations?)",
    "de": r"dementierte|dementiert|bestritt|bestritten|wies\s+\w+\s+(?:\w+\s+){0,3}?zurück",
    "fr": r"a\s+démenti|ont\s+démenti|dément|démentent|a\s+nié|ont\s+nié|nie|nient",
    "es": r"negó|negaron|desmintió|desmintieron|niega|desmiente",
    "it": r"(?:ha|hanno)\s+(?:smentito|negato)|smentisce|nega|smentì|negò",
    "pt": r"negou|negaram|desmentiu|desmentiram|nega|desmente",
    "nl": r"ontkende|ontkend|ontkent",
    "pl": r"zaprzeczył|zaprzeczyła|zaprzeczyli|zdementował|zdementowała",
    "ru": r"опроверг|опровергла|опровергли|отрицал|отрицала|отрицали",
    "uk": r"спростував|спростувала|заперечив|заперечила",
    "ja": r"否定した|否認した",
    "zh": r"否认|否認",
    "ko": r"부인했|부정했",
}
"""What a statement does with a report or a claim, a seventh pair: confirms it or denies it
("Lin confirmed the reports" against "Lin denied the reports", "a démenti" against "confirmed").
Either verb alone is no finding: "confirmed" is also news's verb of saying."""
_AXES = {
    "passed": "decision", "rejected": "decision", "convicted": "verdict", "acquitted": "verdict",
    "upheld": "appeal", "overturned": "appeal", "lifted": "warning", "in force": "warning",
    "profit": "result", "loss": "result", "out of control": "control", "under control": "control",
    "confirmed": "claim", "denied": "claim",
}


def one_axis(a: str, b: str) -> bool:
    """Whether two outcomes answer one question (a decision, a verdict, an appeal, a
    warning, a company's result, a match)."""
    return _AXES.get(a) == _AXES.get(b)


def outcomes_match(a: str, b: str) -> bool:
    """Two outcomes agree where they are the same, or answer different questions (a decision
    passed, a defendant convicted); two results of a match where no side won in the one and
    lost in the other."""
    results = _results(a), _results(b)
    if results[0] and results[1]:
        return not any(
            won != other_won and names_match(side, other_side)
            for side, won in results[0]
            for other_side, other_won in results[1]
        )
    return a == b or _AXES.get(a) != _AXES.get(b)


_NEVER = r"(?!x)x"
_NEGATION = compiled(
    r"(?<![^\W\d_])(?:not|n't|never|failed\s+to|nicht|kein\w*|ne|n['’]a|pas|no|non|não|niet|inte|ikke|nie|не)"
    r"(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)


_PARTICLE_APART = frozenset({"et"})
"""Languages whose verbs of a decision stand apart from their particle, with words between
("kiitis kolmapäeval heaks", approved on Wednesday)."""
_CJK = frozenset({"ja", "zh", "ko"})
"""Languages without spaces, whose verbs stand between other characters (津波注意報を解除した), and
Korean, whose particles join its nouns (순이익은)."""


def _word_edges(lang: str) -> tuple[str, str]:
    """What bounds a word: letters on neither side, but in Chinese and Japanese nothing."""
    return ("", "") if lang in _CJK else (r"(?<![^\W\d_])", r"(?![^\W\d_])")


@lru_cache(maxsize=32)
def _outcome_pattern(lang: str) -> re.Pattern[str] | None:
    if not any(lang in verbs for verbs in (_PASSED, _CONVICTED, _LIFTED, _PROFIT, _UNDER_CONTROL, _CONFIRMED)):
        return None
    edge, end = _word_edges(lang)
    return compiled(
        rf"{edge}(?:(?P<passed>{_PASSED.get(lang, _NEVER)})|(?P<rejected>{_REJECTED.get(lang, _NEVER)})|"
        rf"(?P<acquitted>{_ACQUITTED.get(lang, _NEVER)})|(?P<convicted>{_CONVICTED.get(lang, _NEVER)})|"
        rf"(?P<upheld>{_UPHELD.get(lang, _NEVER)})|(?P<overturned>{_OVERTURNED.get(lang, _NEVER)})|"
        rf"(?P<lifted>{_LIFTED.get(lang, _NEVER)})|(?P<in_force>{_IN_FORCE.get(lang, _NEVER)})|"
        rf"(?P<profit>{_PROFIT.get(lang, _NEVER)})|(?P<loss>{_LOSS.get(lang, _NEVER)})|"
        rf"(?P<out_of_control>{_OUT_OF_CONTROL.get(lang, _NEVER)})|(?P<under_control>{_UNDER_CONTROL.get(lang, _NEVER)})|"
        rf"(?P<confirmed>{_CONFIRMED.get(lang, _NEVER)})|(?P<denied>{_DENIED.get(lang, _NEVER)})){end}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=32)
def _warning_pattern(lang: str) -> re.Pattern[str]:
    edge, end = _word_edges(lang)
    return compiled(rf"{edge}(?:{_WARNINGS.get(lang, _NEVER)}){end}", re.IGNORECASE)


@lru_cache(maxsize=32)
def _compared_pattern(lang: str) -> re.Pattern[str]:
    edge, end = _word_edges(lang)
    return compiled(rf"{edge}(?:{_COMPARED.get(lang, _NEVER)}){end}", re.IGNORECASE)


WARNING_REACH = 40
"""Characters either side of a verb of lifting or keeping within which its warning stands."""


_WON = (
    r"won|wins|beat|beats|defeated|defeats|edged|thrashed|routed|overcame|crushed|downed|"
    r"gewann|siegte|schlug|besiegte|bezwang|versloeg|klopte|"
    r"ganó|venció|derrotó|goleó|superó|se\s+impuso|ganhou|venceu|derrotou|bateu|goleou|superou|"
    r"(?:a|ont)\s+(?:gagné|battu|dominé)|bat|s['’]est\s+imposée?|l['’]a\s+emporté|"
    r"(?:ha|hanno)\s+(?:vinto|battuto|sconfitto)|vince|batte|si\s+(?:è|sono)\s+impost[oaie]"
)
_LOST = (
    r"lost|loses|fell|went\s+down|succumbed|(?:was|were)\s+(?:beaten|defeated|edged|thrashed|routed|crushed)|"
    r"verlor|unterlag|wurde\s+(?:geschlagen|besiegt)|verloor|"
    r"perdió|cayó|fue\s+(?:derrotad[oa]|goleado|vencid[oa])|perdeu|caiu|foi\s+(?:derrotad[oa]|goleado|vencid[oa])|"
    r"a\s+perdu|s['’]est\s+inclinée?|a\s+été\s+battue?|(?:ha|hanno)\s+perso|perse|è\s+stat[oa]\s+sconfitt[oa]"
)
"""A match's result with its side as the subject, won or lost, in the Latin-script languages
whose names of sides are written alike (English, German, Dutch, Spanish, Portuguese, French,
Italian)."""
_PERFECT = r"(?P<aux>heeft|hebben|hat|haben|hatte)\s+(?P<between>(?:[^.;:!?]|(?<=\d):(?=\d)){0,80}?)\s+(?:(?P<won_last>gewonnen|verslagen|geschlagen|besiegt)|(?P<lost_last>verloren))"
"""Dutch and German put the participle last: "PSV heeft zondag … met 2-1 gewonnen"."""
_SIDE = rf"{CAPITAL}[\w'’.-]*\w(?:[ -]{CAPITAL}[\w'’.-]*\w){{0,3}}"
_ARTICLE = r"(?i:(?:the|el|la|los|las|il|lo|le|les|o|a|os|as|de|het|der|die|das|den|dem)\s+|l['’])"
_SCORE = r"(?:(?i:by|por|met|mit|par|per|con)\s+)?\d{1,2}\s?[-–:]\s?\d{1,2}(?![\d:]|[.,]\d)|\d{1,2}\s+a\s+\d{1,2}(?!\d)"
_AGAINST = (
    r"(?i:against|over|to|by|a|al|ante|contra|frente\s+al?|para|ao|à|diante\s+d[oa]|van|tegen|gegen|"
    r"face\s+(?:à|au|aux)|contre|devant|par|contro|su|sul|sulla|dal|dalla)\s+"
)
_RESULT = compiled(
    rf"(?:^|(?<=, ))(?:{_ARTICLE})?(?P<side>{_SIDE})\s+(?:(?:{_PERFECT})|"
    rf"(?:(?:has|have|had)\s+)?(?:(?P<won>{_WON})|(?P<lost>{_LOST}))(?![^\W\d_])"
    rf"(?=(?:\s+(?P<score>{_SCORE}))?(?:\s+(?:{_AGAINST})?(?:{_ARTICLE})?(?P<other>{_SIDE}))?)"
    rf"(?:\s+(?:{_SCORE})|\s+(?:{_AGAINST})?(?:{_ARTICLE})?{CAPITAL}))",
)
_SCORE_RE = compiled(_SCORE)
_OTHER_IN_BETWEEN = compiled(rf"(?:^|\s)(?i:tegen|gegen|van)\s+(?:{_ARTICLE})?(?P<other>{_SIDE})")


def _result_value(m: re.Match[str]) -> str | None:
    """"Sevilla won, Valencia lost" from the side before the verb and the other after it."""
    side, other = m["side"], m["other"]
    if m["aux"]:  # the participle last: the other side after "tegen", "gegen" or "van"
        found = _OTHER_IN_BETWEEN.search(m["between"])
        if not (found or _SCORE_RE.search(m["between"])):
            return None
        other = found["other"] if found else None
    won = bool(m["won"] or m["won_last"])
    if other and names_match(side, other):
        return None
    result = f"{side} {'won' if won else 'lost'}"
    return f"{result}, {other} {'lost' if won else 'won'}" if other else result


def _results(value: str) -> list[tuple[str, bool]]:
    """The sides of a match result's value and whether each won; [] for another outcome."""
    parts = [part.rsplit(" ", 1) for part in value.split(", ")]
    if not all(len(p) == 2 and p[1] in ("won", "lost") for p in parts):
        return []
    return [(name, result == "won") for name, result in parts]


def scan_outcomes(scan: str, claim: Claim, *, lang: str) -> None:
    """A decision's outcome, "passed" or "rejected", a verdict's, "convicted" or "acquitted",
    or an appeal's, "upheld" or "overturned", where a verb of either says it; a match's result,
    "Sevilla won, Valencia lost", where a side opens the clause of its verb of winning or
    losing (and a score or the other side follows)."""
    for m in _RESULT.finditer(scan):
        verb = next(g for g in ("won", "lost", "won_last", "lost_last") if m[g])
        if not _NEGATION.search(scan, max(0, m.start(verb) - 24), m.start(verb)) and (value := _result_value(m)):
            claim(DifferenceKind.OUTCOME, value, m.start(verb), m.end(verb))
    pattern = _outcome_pattern(lang)
    for m in pattern.finditer(scan) if pattern else ():
        value = next(k for k in _AXES if m[k.replace(" ", "_")])
        if value != "out of control" and _NEGATION.search(scan, max(0, m.start() - 24), m.start()):
            continue  # (the negated state holds its negation: "n'a pas encore été maîtrisé")
        if _AXES[value] == "warning" and not _warning_pattern(lang).search(
            scan, max(0, m.start() - WARNING_REACH), m.end() + WARNING_REACH
        ):
            continue  # "lifted the cap on fees", "issued a statement": no warning's state
        if _AXES[value] == "result" and _compared_pattern(lang).search(scan, max(0, m.start() - COMPARED_REACH), m.start()):
            continue  # "compared with a profit of 15 billion yen a year earlier": another period's
        # (a verb with its particle apart, "kiitis kolmapäeval heaks": the verb's span, as the
        # weekday between is a date of its own)
        apart = lang in _PARTICLE_APART and len(m.group().split()) > 2
        claim(DifferenceKind.OUTCOME, value, m.start(), m.start() + len(m.group().split()[0]) if apart else m.end())
