"""Which way a change went: "fell 1.8%" against "legten um 1,8 Prozent zu" is one figure
and two directions, a conflict the value alone does not show (both are 1.8 %).

A percentage or a step in points (``UNITS``) takes the direction of a word for rising or
falling right beside it: within ``REACH`` words before it ("fell 1.8%", "a drop of 1.8%",
"下跌1.8%", "verlor 1,8 Prozent"), or right after it ("1.8% lower", "3%減", "0.5%高", the
particle of German "legte um 1,8 Prozent zu"), or its sign ("+1.2 %", "−0,4 %"); after
"to" it is the level reached ("fell to 2.4%"), which conflicts only with another level,
and after "from" the level left ("down from 2.6%"), which has none. A figure with no such
word, or with words of both directions beside it, has none, and agrees with either. The span of a figure with a direction takes the word in, so the report shows what
each account says ("fell 1.8%" / "legten um 1,8 Prozent zu").

The words are a closed class of market and statistics reporting in the languages news
compares most (English, German, French, Spanish, Italian, Portuguese, Dutch, Chinese,
Japanese); their stems cover the inflections ("rose", "rising", "rises").

Rejected: the sign in the value ("-1.8 %"), which a figure given without a direction
would then contradict; the encoder (a rise and a fall of one index are as alike as two
sentences get).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import DifferenceKind
from ...patterns import compiled
from .fact import Fact

UNITS = ("%", "pp", "bp", "pt")
"""The units whose figures are changes often enough to carry a direction (a poll's or an
index's points: "fell 2 points", "legt um zwei Punkte zu")."""
REACH = 2
"""Words before a figure within which its direction word stands ("fell by 1.8%"; not "cut
costs and 40% of staff")."""

_AR_UP = r"ارتفع|ارتفعت|صعد|صعدت|زاد|زادت"
_AR_DOWN = r"انخفض|انخفضت|تراجع|تراجعت|هبط|هبطت"
"""Arabic's verbs of rising and falling, which open their clause ("ارتفعت أسعار النفط 1.3%")."""
_UP = (
    r"rose|rising|rises|rise|up|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s)?|surg(?:ed|es)|"
    r"increas(?:ed|e|es|ing)|grew|grow(?:s|ing|th)?|advanc(?:ed|es)|higher|added|rais(?:ed|es)|hik(?:ed|es)|"
    r"stieg(?:en)?|steigt|gestiegen|verteuert(?:e|en)?|gewann(?:en)?|wuchs|wächst|gewachsen|höher|plus|anstieg|wachstum|erhöht(?:e|en)?|"
    r"aufschlag|zuwachs|"
    r"hausse|progress[ée]|progresse|gagn[ée]|gagne|augment[ée]|augmente|grimp[ée]|"
    r"subi[óo]|sub(?:e|en|ieron)|aument[óo]|aumenta|aumento|gan[óo]|gana|ganan|alza|avanz[óo]|avanza|"
    r"gewinnt|wint|winnen|stijgt|"
    r"sal(?:ito|e)|salit[oaie]|aumentat[oaie]|rialzo|crescit[oaie]|cresciut[oaie]|"
    r"subiu|subiram|aumentou|aumentaram|alta|avançou|avançaram|cresceu|cresceram|"
    r"steeg|stegen|hoger|avanço|crescimento|incremento|suba|"
    # Russian and Ukrainian ("выросли на 3%", "подорожала на 2%", "зросли на 3%")
    r"вырос(?:ла|ли|ло)?|рост|увеличил(?:ась|ся|ись|ось)|подорожал[аио]?|повысил(?:ась|ся|ись)|"
    r"зріс|зросл[аио]|зростання|збільшил(?:ася|ися|ось)|подорожчал[аио]|"
    # Arabic ("ارتفعت أسعار النفط 1.3%", "صعدت", "زادت")
    rf"{_AR_UP}|ارتفعا|ارتفاع|زيادة|ارتفاعا"
)
_DOWN = (
    r"fell|fall(?:s|ing)?|down|drop(?:ped|s)?|declin(?:ed|e|es|ing)|lost|los(?:es|ing)|slid|slip(?:ped|s)|"
    r"sank|sink(?:s|ing)?|decreas(?:ed|e|es|ing)|plung(?:ed|es)|tumbl(?:ed|es)|lower(?:ed)?|shed|contract(?:ed|ion)|cut|shr[au]nk|"
    r"fiel(?:en)?|fällt|gefallen|verbilligt(?:e|en)?|sank(?:en)?|gesunken|verlor(?:en)?|niedriger|minus|rückgang|senkt(?:e|en)?|"
    r"abschlag|einbußen?|kursverlust|"
    r"baisse|recul[ée]?|recule|perdu|perd|chut[ée]|chute|diminu[ée]|"
    r"baj[óo]|baja|bajan|cay[óo]|cae|caen|perdi[óo]|pierde|pierden|descendi[óo]|desciende|descenso|ca[íi]da|"
    r"verliert|verliest|verloor|zakt|daalt|"
    r"sces[oaie]|calat[oaie]|calo|pers[oaie]|ribasso|diminuit[oaie]|"
    r"caiu|caíram|recuou|recuaram|queda|baixa|"
    r"daalde|daalden|lager|reduc(?:ed|es|ing|tion)|recuo|redução|reducción|"
    r"снизил(?:ась|ся|ись|ось)|снижение|сократил(?:ась|ся|ись)|упал[аио]?|подешевел[аио]?|уменьшил(?:ась|ся|ись)|"
    r"знизил(?:ася|ися|ось)|зниження|скоротил(?:ася|ися)|впал[аи]?|подешевшал[аио]|"
    rf"{_AR_DOWN}|انخفاض|نزل|نزلت|خفض|خفضت|انخفاضا"
)
_BEFORE = compiled(
    rf"(?:(?<![^\W\d_])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?![^\W\d_])|(?P<cjk_up>上涨|上升|增长|增加|上扬|攀升|上调|调高|提高|涨|升|上昇|増加|引き上げ)|"
    rf"(?P<cjk_down>下跌|下降|减少|下滑|回落|下调|调低|降低|跌|降|下落|減少|引き下げ))"
    rf"(?P<gap>(?:\s*[^\W\d_]+){{0,{REACH - 1}}})\s*$",
    re.IGNORECASE,
)
_A_LEVEL = compiled(r"(?<![^\W\d_])(?:to|auf|à|a|al|hasta|para|até|naar|tot)(?![^\W\d_])|[至到]", re.IGNORECASE)
"""Words between a direction and a figure that make the figure the level reached, not the
change: "fell to 2.4%", "stieg auf 2,4 Prozent", "est tombée à 2,4 %", "降至2.4%"."""
_EARLIER = compiled(r"(?<![^\W\d_])(?:from|than|von)(?![^\W\d_])", re.IGNORECASE)
"""... or the level before ("down from 2.6%"), which says nothing of its own way."""
CHANGE, LEVEL = 1, 2
"""A direction's size: a change ("fell 1.8%") or a level reached ("fell to 2.4%"). Only two
of one sort conflict: "inflation fell to 2.4%" and "prices rose 2.4% on the year" frame
one figure two ways."""
_AFTER = compiled(
    r"\s?(?:(?P<cjk_up>高|増|上昇|引き上げ|인상|상승|증가)|(?P<cjk_down>安|減|下落|引き下げ|인하|하락|감소)|"
    r"(?:(?P<word_up>higher|up|höher|zu\s+(?:erhöhen|steigern|anheben|vergrößern)|zu(?!\s+[a-zäöüß]+en(?![^\W\d_])|\s+Buche\b)|more|mehr|meer|más|mais|de\s+plus|in\s+più|a\s+mais|"
    # Turkish puts the verb after the figure ("yüzde 1,8 arttı", "yüzde 1,8 düştü")
    r"art(?:tı|arak|ış)|yüksel(?:di|erek|iş)|"
    r"çıktı)"
    r"|(?P<word_down>lower|down|niedriger|tiefer|nach|zu\s+(?:senken|verringern|reduzieren|kürzen|mindern|drücken)|fewer|less|weniger|minder|menos|de\s+moins|in\s+meno|a\s+menos|"
    r"düş(?:tü|erek|üş)|geriledi|gerileyerek|azal(?:dı|arak)|kayb(?:etti|ederek)|indi))(?![^\W\d_]))",
    re.IGNORECASE,
)
"""A direction right after the figure: "1.8% lower", "3%減", the particle of German "legte um
1,8 Prozent zu" (not "zu" before an infinitive, whose verb says it: "um 20 Prozent zu
senken", nor the idiom "… zu Buche": stands in the books), a comparative ("3.1% fewer", "3,1 procent meer", "3,1 Prozent mehr")."""
_CLAUSE_VERB = compiled(
    rf"(?<![^\W\d_])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?![^\W\d_])[^,;:.!?]{{0,80}}?(?<![^\W\d_])(?:um|met|by|на|بنسبة)\s*$"
    # Arabic opens the clause with the verb, its subject after it ("ارتفعت أسعار النفط 1.3 بالمئة")
    rf"|(?:^|[.،,؛]\s*)(?:و|ف)?(?:(?P<ar_up>{_AR_UP})|(?P<ar_down>{_AR_DOWN}))"
    r"(?:\s+[\u0621-\u064a]+){0,5}\s*$",
    re.IGNORECASE,
)
"""German and Dutch put the verb second and the figure last, after "um" or "met" ("Laut dem
Statistikamt stieg die Zahl der Arbeitslosen im Quartal um 3,1 Prozent", "Volgens het
Kadaster steeg het aantal met 3,1 procent"), as English does after "by" ("reduced the risk
of death by 20%") and Russian after "на" ("цены выросли за год на 3%"): the verb earlier in
the clause."""
_PARTICIPLE_AFTER = compiled(
    r"[^,;:.!?]{0,80}?(?<![^\W\d_])(?:(?P<up>angehoben|erhöht|gestiegen|angestiegen|heraufgesetzt|zugelegt|verhoogd|gestegen)"
    r"|(?P<down>gesenkt|gesunken|gefallen|herabgesetzt|reduziert|verringert|zurückgegangen|verlaagd|gedaald))(?![^\W\d_])",
    re.IGNORECASE,
)
"""German and Dutch close a clause in the perfect or the passive with the participle ("Der
Leitzins wurde um 1,5 Prozentpunkte auf 38 Prozent angehoben", "met 0,25 procentpunt
verlaagd"): the way of a change after "um" or "met"."""
_CHANGE_BY = compiled(r"(?<![^\W\d_])(?:um|met)\s*$", re.IGNORECASE)
_PARTICLE_CLOSING = compiled(r"[^,;:.!?]{0,60}?\s(?:(?P<up>zu)|(?P<down>ab|ein))(?=\s*(?:[,;:.!?]|$))")
"""A German separable verb's particle closing the clause after a change "um …" ("legt um zwei
Punkte auf 32 Prozent zu", "nimmt um 3 Prozent ab", "büßt um … ein"): its way."""
_LEVEL_BEFORE = compiled(r"(?<![^\W\d_])auf\s*$", re.IGNORECASE)
_PLUS_OR_MINUS = compiled(r"(?:±|\+/-|\bplus\s*(?:or|/|oder|ou|o)\s*minus|\bmás\s*(?:o|/)\s*menos)\s*$", re.IGNORECASE)
_SIGN = compiled(r"(?<![\w.,%)])(?:(?P<plus>\+)|(?P<minus>[-−–]))\s?$")


def with_directions(text: str, scan: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each percentage or point step that a direction word stands beside
    given that direction, its span widened to the word (``scan``: the text as the patterns
    read it, same offsets)."""
    out = []
    for fact in facts:
        if fact.kind is DifferenceKind.QUANTITY and fact.value.rsplit(" ", 1)[-1] in UNITS:
            fact = _directed(text, scan, fact)
        elif (
            fact.kind in _AMOUNTS
            and (by := _BEFORE.search(scan, max(0, fact.start - 40), fact.start))
            and by["gap"].strip().lower() in _BY
            and not (by["cjk_up"] or by["cjk_down"])
        ):
            # an amount's change, its verb right before "by" ("inventories rose by 120,000
            # barrels", "stiegen um 1,2 Millionen"): not a level ("rose to"), nor a count
            # beside a word of rising in another sense
            way = CHANGE if by["up"] else -CHANGE
            fact = replace(fact, direction=way, start=by.start(), text=text[by.start() : fact.end])
        out.append(fact)
    return out


_AMOUNTS = frozenset({DifferenceKind.QUANTITY, DifferenceKind.NUMBER, DifferenceKind.MONEY})
_BY = frozenset({"by", "um", "met", "на", "en", "de"})
"""The word between a verb of rising or falling and an amount that makes the amount the
change ("by", "um", "met", "на"; "aumentó en", "a baissé de")."""


def _directed(text: str, scan: str, fact: Fact) -> Fact:
    found: list[tuple[int, int, int]] = []  # (direction, start, end)
    if _PLUS_OR_MINUS.search(scan, max(0, fact.start - 16), fact.start):
        return fact  # a margin of error, "plus or minus 2.8 points", "±3,2 points": no way
    if sign := _SIGN.search(scan, max(0, fact.start - 2), fact.start):
        found.append((CHANGE if sign["plus"] else -CHANGE, sign.start(), fact.end))
    before = _BEFORE.search(scan, max(0, fact.start - 40), fact.start)
    if before and not _EARLIER.search(before["gap"]):
        up = before["up"] or before["cjk_up"]
        step = LEVEL if _A_LEVEL.search(before["gap"]) else CHANGE
        found.append((step if up else -step, before.start(), fact.end))
    if not before and (verb := _CLAUSE_VERB.search(scan, max(0, fact.start - 120), fact.start)):
        found.append((CHANGE if verb["up"] or verb["ar_up"] else -CHANGE, fact.start, fact.end))
    elif (
        not before
        and _CHANGE_BY.search(scan, max(0, fact.start - 6), fact.start)
        and (participle := _PARTICIPLE_AFTER.match(scan, fact.end))
    ):
        found.append((CHANGE if participle["up"] else -CHANGE, fact.start, fact.end))
    elif not before and _CHANGE_BY.search(scan, max(0, fact.start - 6), fact.start) and (particle := _PARTICLE_CLOSING.match(scan, fact.end)):
        found.append((CHANGE if particle["up"] else -CHANGE, fact.start, fact.end))  # "legt um zwei Punkte auf 32 Prozent zu"
    after = _AFTER.match(scan, fact.end)
    if after:
        up = after["cjk_up"] or after["word_up"]
        # (the figure after "auf" is the level the separable verb reached: "… auf 32 Prozent zu")
        step = LEVEL if _LEVEL_BEFORE.search(scan, max(0, fact.start - 6), fact.start) else CHANGE
        found.append((step if up else -step, fact.start, after.end()))
    directions = {d for d, _, _ in found}
    if len(directions) != 1:
        return fact  # none, or two: no direction read
    direction, start, end = min(found, key=lambda f: f[2] - f[1])
    start, end = min(start, fact.start), max(end, fact.end)
    return replace(fact, direction=direction, start=start, end=end, text=text[start:end])


def opposite(a: Fact, b: Fact) -> bool:
    """Whether two facts were given opposite directions of one sort ("fell 1.8%" / "rose
    1.8%", "fell to 6.1%" / "rose to 6.1%")."""
    return a.direction == -b.direction != 0
