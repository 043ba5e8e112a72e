"""How news in other languages reports speech, for speakers.py: reporting verbs, pronouns,
"both sides", "according to", first-person words.

English and Chinese have their own patterns in speakers.py. This covers German, French,
Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish, Czech, Swedish, Danish,
Norwegian and Turkish, each with the same attribution shapes: "Scholz sagte, …" (speaker first), "…,
sagte Scholz." (inverted after the words, the usual order in German, French, Spanish,
Italian, Portuguese and the Scandinavian languages), "…, so Scholz." / "…, aldus Rutte."
(a short report word), "Laut Scholz …" / "Selon Macron, …" (according to), and "…,
a-t-il déclaré." (French inversion with a pronoun); Turkish puts the verb last ("Akyol,
ekibin … söyledi."). These are grammar of news reporting in each language, not names: no speaker is
listed anywhere. Languages not listed get no attribution (every sentence the narrator's).

Rejected: machine-translating to English first (needs a model); one list of verbs for all
languages (a French "dit" is a German word fragment; verbs are matched per language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..patterns import compiled
from .words import CAPITAL, LOWER, NAME_PARTICLES

_NEVER = r"(?!x)x"


@dataclass(frozen=True)
class Grammar:
    verbs: str
    """Reporting verbs, as a regular expression alternation (past and present forms)."""
    short_report: str
    """A word that closes reported words with the speaker after it ("so", "aldus")."""
    according: str
    """"According to" before the speaker."""
    pronouns: str
    """He / she, which resolve to the last named person."""
    inverted_pronoun: str
    """"…, a-t-il déclaré": the verb with a pronoun after it (French), else never matches."""
    both_sides: str
    first_person: str
    verb_last: bool = False
    """The verb closes the sentence, its subject opens it ("Akyol, ekibin … söyledi."), and
    "according to" follows the speaker ("Akyol'a göre"): Turkish."""
    suffixed: bool = False
    """Endings join a name after an apostrophe ("Akyol'a", "Karataş'ın"): Turkish."""
    drops_subject: bool = False
    """A sentence may open with the verb, its subject left out ("Añadió que …", "Dodał,
    że …"): the person last named says it."""
    as_said: str = _NEVER
    """"As … said" opening a sentence, the speaker after the verb ("Как заявил Нурланов, …",
    "Jak przekazała rzeczniczka Anna Nowak, …"), or left out ("Jak dodał, …")."""
    their_words: str = _NEVER
    """"In his / her words" ("По его словам", "Według niej"): the person last named."""
    said_last: str = _NEVER
    """Reporting verbs closing a clause "as X said" whose verb comes last ("…, wie
    Kultusministerin Birgit Hollenbach am Dienstag ankündigte", "Wie Scholz sagte, …")."""
    separable: str = _NEVER
    """Reporting verbs whose particle closes the clause (German "Die Bahn teilte am Donnerstag
    mit, …"), read with their subject before them only: after the reported words the
    subject comes between verb and particle ("…, teilten die Behörden der Region mit."),
    where the closing-subject reading would take the genitive's noun for a name."""
    bodies: str = _NEVER
    """Words that open a body's name and never a person's, where a body's name is
    capitalised like a person's (Vietnamese "Ban Chỉ đạo …", "Bộ Y tế"): such a subject
    is no named speaker."""
    whole_names: bool = False
    """A person's full name is every capitalised word of the run, not its last two
    (Vietnamese family, middle and given names: "Trần Văn Minh")."""
    family_name_first: bool = False
    """The family name opens a person's name and stands for the person ("Farkas Dóra",
    then "Farkas"): Hungarian."""
    goes_by_given_name: bool = False
    """A person named in full is later called by the first word of the name (Indonesian:
    "Arief Wicaksono", then "kata Arief"), as well as by the last."""
    mononyms: bool = False
    """A person may go by one name, set off by commas before the verb after their role
    ("Kepala BNPB, Suharyanto, mengatakan …", then "kata Suharyanto"): Indonesian."""
    according_after: bool = False
    """"According to" follows the speaker ("Farkas szerint"), as in Turkish."""
    set_off_after_speaker: bool = True
    """A phrase on who a speaker closing the sentence is may follow them after a comma
    ('…", sagte Fontana, Präsident der Region.'). Not in Indonesian, whose titles come
    before the name and may hold commas ('…," kata Kepala Pusat Data, Informasi dan
    Komunikasi BNPB Abdul Muhari.'): there, read so, the title's head would be the speaker,
    so a closing speaker must end the sentence, and such a sentence names no one."""
    auxiliaries: str = _NEVER
    """The finite verbs a clause opens with after "according to X" where the verb comes
    second (Dutch "Volgens de rechtbank heeft Van der Berg …", German "Laut dem Gericht hat
    Müller …"): a name after one is the clause's subject, not the source."""
    role_of: str = _NEVER
    """Words beyond the Romance and Germanic "de", "of", "von" that join a role to the body
    or place it heads, whose name then is no speaker's (Romanian genitive articles and
    nouns: "Purtătoarea de cuvânt a ISU Timiș, Ioana Mureșan", "prefectul județului Timiș,
    Mihai Ardelean")."""
    prepositions: str = _NEVER
    """Prepositions of a language whose words speakers.py does not list, after which a name
    is the verb's object or a place, not who speaks (Indonesian "…, mengatakan sebagian
    besar kasus ditemukan di DKI Jakarta": the cases are in Jakarta)."""
    hearsay: str = _NEVER
    """The mood of reported speech (the conditional of "Además, la empresa habría invertido…",
    German's Konjunktiv I "Die Lage sei ernst"): a sentence in it after a speaker's words
    goes on reporting them. Not "could" or "should" (pourrait, podría), which narration
    uses of its own."""


def _separable(*verbs: str) -> str:
    """German verbs whose particle closes the clause ("Die Bahn teilte am Donnerstag mit,
    …", "Wissing rief beide Seiten auf, …"): the verb, where its particle follows within
    the clause (``Grammar.separable``); and so the perfect's auxiliary, where its participle
    follows ("Remmers hatte in seinem letzten Wort beteuert: …"). Each entry is "verb
    particle", either maybe alternatives ("hat|hatte gesagt|betont")."""
    return "|".join(
        rf"(?:{verb})(?=(?:[^.;:!?«»„“\"]|(?<=\d)\.)*?\s(?:{particle})\b)"  # a date's stop: "am 3. März"
        for verb, particle in (entry.split() for entry in verbs)
    )


GRAMMARS: dict[str, Grammar] = {
    "de": Grammar(
        verbs=r"sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|meinte|"
        r"warnte|forderte|bekräftigte|unterstrich|versicherte|bestätigte|ergänzte|kritisierte|"
        r"berichtete|schrieb|vereinbarte|vereinbarten|einigten\s+sich|nannte|dankte|lobte|"
        r"begrü(?:ß|ss)te|zeigte\s+sich|appellierte|mahnte|teilte\s+mit|fügte\s+hinzu|hob\s+hervor|"
        r"kündigte\s+an|räumte\s+ein|sprach\s+von|nannten|"
        # "bezeichnete ihn als „den einzigen Weg“", in quoted words (as English "called it “…”")
        r"bezeichneten?(?=[^.;!?]{0,60}?[„“\"»«])",
        separable=_separable(
            "teilte mit", "teilten mit", "fügte hinzu", "hob hervor", "kündigte an", "kündigten an",
            "räumte ein", "rief auf", "riefen auf", "wies zurück", "wies hin", "warf vor",
            "gab bekannt",
            "hat|hatte|haben|hatten gesagt|erklärt|betont|beteuert|versichert|gewarnt|gefordert|bekräftigt|"
            "berichtet|geschrieben|angekündigt|mitgeteilt|eingeräumt|hervorgehoben|bestätigt|kritisiert|unterstrichen",
        ),
        short_report=r"so",
        according=r"[Ll]aut|[Nn]ach\s+Angaben\s+von",
        # a sentence-opening "Sie" is also "they" and "you", but not before a singular verb
        pronouns=r"er|sie|Er|Sie(?=\s+\w+te\b|\s+\w+t\b)",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:(?:die\s+)?beiden\s+Seiten|beide\s+Seiten|(?:die\s+)?beiden\s+(?:Staatschefs|Präsidenten|Regierungschefs))",
        first_person=r"\b(?:ich|Ich|wir|Wir|mein\w*|Mein\w*|unser\w*|Unser\w*)\b",
        hearsay=r"\b(?:sei|seien|habe|hätten|werde|könne|müsse|dürfe|wolle)\b",
        their_words=r"[Nn]ach\s+(?:seinen|ihren)\s+Worten|(?:[Ii]hm|[Ii]hr)\s+zufolge",
        said_last=r"sagte|sagten|sagt|erklärte|erklärten|erklärt|mitteilte|mitteilten|ankündigte|betonte|"
        r"berichtete|bestätigte|hervorhob|einräumte|hinzufügte|schrieb|warnte",
        auxiliaries=r"hat|haben|habe|ist|sind|sei|war|waren|hatte|hatten|wird|werden|wurde|wurden|soll|sollen|kann|könne|muss|hätten?",
    ),
    "fr": Grammar(
        # (and with its object before it: "Hale l'a qualifié de « pari imprudent »")
        verbs=r"(?:(?:l['’]|les\s+|lui\s+|leur\s+))?(?:a|ont|avait|avaient)\s+(?:(?:toutefois|également|aussi|encore|ensuite|enfin|pourtant|\w+ment|"
        r"pour\s+(?:sa|leur)\s+part|de\s+son\s+côté|de\s+leur\s+côté|quant\s+à\s+(?:lui|elle|eux))\s+)?(?:déclaré|dit|affirmé|souligné|indiqué|expliqué|ajouté|"
        r"estimé|assuré|précisé|annoncé|rappelé|insisté|averti|noté|martelé|confié|jugé|répondu|convenu|"
        r"qualifié|salué|reconnu|admis|regretté|dénoncé|requis|demandé|appelé|prévenu|promis|lancé|"
        r"raconté|déploré|confirmé|poursuivi|résumé|observé|commenté|analysé|tranché|réagi|répliqué|rétorqué|attaqué|ironisé|remercié|"
        # "a lâché" reports words before a pause or the speaker closing the sentence; in
        # sport it drops a rival ("il a lâché l'Éthiopien au 35e kilomètre")
        r"lâché(?=\s*[,.:;!?«»\"“”—–]|\s+(?:(?:le|la|les|l['’])\s*)?\S+(?:\s+\S+){0,3}?\s*[.!?]?\s*$))|"
        r"se\s+sont\s+(?:engagé|accordé|félicité)e?s|s['’]est\s+(?:félicité|réjoui|indigné|inquiété|étonné|interrogé)e?|"
        r"déclare|dit|affirme|souligne|indique|explique|ajoute|estime|assure|précise|annonce|commente|"
        r"rappelle|insiste|déclarent|affirment|soulignent",
        short_report=_NEVER,
        according=r"[Ss]elon|[Dd]'après|[Dd]’après|[Pp]our(?=\s[^,.;]{1,80},)",
        pronouns=r"il|elle|Il|Elle|lui",  # "selon lui"
        inverted_pronoun=r"(?:a|avait)-t-(?:il|elle)\s+(?:déclaré|dit|affirmé|souligné|indiqué|"
        r"expliqué|ajouté|estimé|assuré|précisé|annoncé|rappelé|insisté|averti|noté)|"
        r"(?:déclare|dit|affirme|souligne|indique|explique|ajoute|estime|assure|précise|déplore|confie|"
        r"raconte|poursuit|résume|observe|lance|note|insiste|prévient|réplique|rétorque)-t?-?(?:il|elle)",
        both_sides=r"(?i:les\s+deux\s+(?:parties|côtés|pays|dirigeants|présidents|chefs\s+d['’]État))",
        first_person=r"\b(?:je|Je|j['’]|J['’]|nous|Nous|notre|Notre|nos|Nos|mon|Mon|ma|Ma|mes|Mes)\b",
        hearsay=r"\b(?:aurait|auraient|serait|seraient)\b",
        as_said=r"[Cc]omme\s+l['’]",
    ),
    "es": Grammar(
        verbs=r"dijo|dijeron|afirmó|afirmaron|declaró|señaló|aseguró|explicó|añadió|agregó|indicó|"
        r"informó|informaron|indicaron|señalaron|remarcó|evaluó|estimó|precisó|consideró|opinó|planteó|"
        r"expresó|detalló|puntualizó|enfatizó|aseveró|"
        r"subrayó|destacó|advirtió|manifestó|sostuvo|recordó|insistió|acordaron|coincidieron|"
        r"ha\s+(?:dicho|afirmado|declarado|señalado|asegurado|explicado|añadido|agregado|indicado|"
        r"subrayado|destacado|advertido|manifestado|sostenido|recordado|insistido|reconocido|admitido|"
        r"lamentado|criticado|defendido|pedido|valorado|calificado|apuntado|precisado|anunciado)|"
        r"dice|afirma|asegura|explica|señala|subraya|destaca|celebró|calificó|valoró|"
        r"pidió|reconoció|admitió|lamentó|criticó|defendió|apuntó|precisó|comentó|relató|anunció|anunciaron|"
        r"contó|contaron|relataron|narró|confesó|confirmó|concluyó|resumió|atacó|denunció|replicó|respondió|ironizó",
        short_report=_NEVER,
        according=r"[Ss]egún|[Dd]e\s+acuerdo\s+con|[Pp]ara(?=\s[^,.;]{1,80},)",
        pronouns=r"él|ella|Él|Ella",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:ambas\s+partes|las\s+dos\s+partes|ambos\s+(?:líderes|presidentes|países))",
        first_person=r"\b(?:yo|Yo|nosotros|Nosotros|nuestr\w+|Nuestr\w+|mi|Mi|mis|Mis)\b",
        drops_subject=True,
        hearsay=r"\b(?:habría|habrían|sería|serían|estaría|estarían|tendría|tendrían)\b",
        as_said=r"[Cc]omo",
    ),
    "it": Grammar(
        verbs=r"ha\s+(?:detto|dichiarato|affermato|sottolineato|spiegato|aggiunto|ribadito|"
        r"annunciato|precisato|osservato|assicurato|avvertito|attaccato|denunciato|replicato|risposto)|hanno\s+(?:detto|dichiarato|"
        r"affermato|sottolineato|concordato)|dice|afferma|dichiara|sottolinea|spiega|aggiunge|"
        r"racconta|sostiene|osserva|ricorda|avverte|precisa|assicura|si\s+augura|si\s+dice|"
        r"ha\s+raccontato|ha\s+sostenuto|ha\s+ricordato|ha\s+definito|ha\s+chiesto|ha\s+ammesso|ha\s+elogiato|"
        r"ritiene|ha\s+ritenuto|si\s+(?:è|sono)\s+dett[aoie]",
        short_report=_NEVER,
        # (not second place: "Secondo Lucas Morvan (Groupama-FDJ) a 12", terzo …")
        according=r"[Ss]econdo(?![^.;]*,\s+(?:terz|quart|quint)[oa]\s)(?!(?:\s+[A-Z][\w'’-]*){1,3}\s*(?:\(|a\s+\d))",
        pronouns=r"lui|lei|Lui",  # "Lei" is also the polite "you"
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:entrambe\s+le\s+parti|le\s+due\s+parti|i\s+due\s+(?:leader|presidenti|paesi))",
        first_person=r"\b(?:io|Io|noi|Noi|nostr\w|Nostr\w|mio|Mio|mia|Mia)\b",
        drops_subject=True,
        hearsay=r"\b(?:sarebbe|sarebbero|avrebbe|avrebbero|tratterebbe)\b",
        as_said=r"[Cc]ome",
    ),
    "pt": Grammar(
        verbs=r"disse|disseram|afirmou|afirmaram|declarou|destacou|explicou|acrescentou|ressaltou|"
        r"salientou|garantiu|sublinhou|advertiu|lembrou|concordaram|acordaram|diz|afirma|declara|explica|"
        r"pediu|classificou|admitiu|reconheceu|elogiou|criticou|defendeu|informou|contou|avaliou|"
        r"comentou|observou|alertou|frisou|relatou|relataram|informaram|contaram|ponderou|pontuou|"
        r"completou|argumentou|considerou|estimou|enfatizou|detalhou",
        short_report=_NEVER,
        according=r"[Ss]egundo|[Dd]e\s+acordo\s+com|[Pp]ara(?=\s[^,.;]{1,80},)",
        pronouns=r"ele|ela|Ele|Ela",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:ambas\s+as\s+partes|as\s+duas\s+partes|os\s+dois\s+(?:líderes|presidentes|países))",
        first_person=r"\b(?:eu|Eu|nós|Nós|noss\w|Noss\w|meu|Meu|minha|Minha)\b",
        drops_subject=True,
        hearsay=r"\b(?:teria|teriam|seria|seriam|estaria|estariam|haveria)\b",
        as_said=r"[Cc]omo",
    ),
    "ru": Grammar(
        verbs=r"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|сообщил[аи]?|добавил[аи]?|"
        r"пояснил[аи]?|указал[аи]?|напомнил[аи]?|признал[аи]?|предупредил[аи]?|выразил[аи]?|"
        r"уточнил[аи]?|рассказал[аи]?|пожаловал(?:ся|ась|ись)|пообещал[аи]?|договорились|согласились|заявляет|говорит|отмечает|считает|"
        r"написал[аи]?|пишет|объявил[аи]?|назвал[аи]?|призвал[аи]?|"
        r"подч[её]ркивает",
        short_report=_NEVER,
        according=r"[Пп]о\s+словам|[Пп]о\s+мнению|[Сс]огласно|[Пп]о\s+данным",
        pronouns=r"он|она|Он|Она",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:обе\s+стороны|оба\s+(?:лидера|президента))",
        first_person=r"(?<!\w)(?:я|Я|мы|Мы|наш\w*|Наш\w*|мой|Мой|моя|Моя)(?!\w)",
        drops_subject=True,
        as_said=r"[Кк]ак",
        their_words=r"[Пп]о\s+(?:его|её|ее)\s+(?:словам|мнению|данным)",
    ),
    "pl": Grammar(
        verbs=r"powiedział[aoy]?|powiedzieli|oświadczył[aoy]?|stwierdził[aoy]?|podkreślił[aoy]?|"
        r"dodał[aoy]?|zaznaczył[aoy]?|poinformował[aoy]?|ocenił[aoy]?|przypomniał[aoy]?|"
        r"uzgodnił[aoy]?|uzgodniły|zgodzili\s+się|zgodziły\s+się|mówi|twierdzi|podkreśla|zaznacza|"
        r"przekonywał[aoy]?|zapowiedział[aoy]?|wyjaśnił[aoy]?|mówił[aoy]?|zauważył[aoy]?|przyznał[aoy]?|apelował[aoy]?|"
        r"nazwał[aoy]?|nazwali|określił[aoy]?|określili|zaapelował[aoy]?|zaapelowali|apelowali|zwrócił[aoy]?\s+uwagę|przekazał[aoy]?|zapewnił[aoy]?|ocenia|dodaje|zapowiada|przyznaje|"
        r"podał[aoy]?|podali|poinformowali|przekazali|ostrzegł[aoy]?|potwierdził[aoy]?|potwierdzili",
        short_report=_NEVER,
        according=r"[Ww]edług|[Zz]daniem",
        pronouns=r"on|ona|On|Ona",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:obie\s+strony|obaj\s+(?:przywódcy|prezydenci))",
        first_person=r"(?<!\w)(?:ja|Ja|my|My|nasz\w*|Nasz\w*|mój|Mój|moja|Moja)(?!\w)",
        drops_subject=True,
        as_said=r"[Jj]ak",
        their_words=r"[Ww]edług\s+(?:niego|niej)|(?:[Jj]ego|[Jj]ej)\s+zdaniem",
    ),
    "nl": Grammar(
        verbs=r"zei|zeiden|zegt|verklaarde|benadrukte|stelde|liet\s+weten|voegde\s+toe|"
        r"waarschuwde|bevestigde|schreef|meldde|kwamen\s+overeen|spraken\s+af|noemde|riep|noemt|"
        r"sprak\s+van|stelt|benadrukt|waarschuwt|erkende|erkent|vertelde|vertelt|legde\s+uit|"
        r"reageerde|antwoordde|beweerde|verzekerde|onderstreepte|merkte\s+op|concludeerde|verklaart",
        short_report=r"aldus",
        according=r"[Vv]olgens",
        # "zij", "ze" are also "they", but not before a singular verb ("Ze wil", "Ze zei")
        pronouns=r"hij|Hij|haar|[Zz]ij?(?=\s+\w+(?<!en)\b)|[Zz]e(?=\s+\w+(?<!en)\b)",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:beide\s+(?:partijen|kanten|leiders|landen)|de\s+twee\s+partijen)",
        first_person=r"\b(?:ik|Ik|wij|Wij|we|We|ons|Ons|onze|Onze|mijn|Mijn)\b",
        auxiliaries=r"heeft|hebben|had|hadden|is|zijn|was|waren|wordt|worden|werd|werden|zal|zullen|zou|zouden|kan|kunnen|moet|moeten",
    ),
    "uk": Grammar(
        verbs=r"(?:заяви|сказа|зазначи|наголоси|повідоми|дода|підкресли|поясни|нагада|визна|"
        r"попереди|вислови|написа|підтверди)(?:в|ла|ли)|домовилися|погодилися|"
        r"заявляє|каже|зазначає|вважає|наголошує|підкреслює",
        short_report=_NEVER,
        according=r"[Зз]а\s+словами|[Зз]а\s+даними|[Зз]гідно\s+з",
        pronouns=r"він|вона|Він|Вона",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:обидві\s+сторони|обидва\s+(?:лідери|президенти))",
        first_person=r"(?<!\w)(?:я|Я|ми|Ми|наш\w*|Наш\w*|мій|Мій|моя|Моя)(?!\w)",
        drops_subject=True,
        as_said=r"[Яя]к",
        their_words=r"[Зз]а\s+(?:його|її)\s+словами",
    ),
    "cs": Grammar(
        verbs=r"(?:řekl|uvedl|prohlásil|dodal|zdůraznil|sdělil|oznámil|poznamenal|upozornil|"
        r"napsal|potvrdil|varoval|připomněl|ujistil|shodl|dohodl)[aiy]?|"
        r"říká|uvádí|tvrdí|zdůrazňuje|míní",
        short_report=_NEVER,
        according=r"[Pp]odle",
        pronouns=r"on|ona|On|Ona",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:obě\s+strany|oba\s+(?:lídři|prezidenti|státníci))",
        first_person=r"(?<!\w)(?:já|Já|my|My|náš\w*|Náš\w*|naš\w*|Naš\w*|můj|Můj|moje|Moje)(?!\w)",
        drops_subject=True,
        as_said=r"[Jj]ak",
        their_words=r"[Pp]odle\s+(?:něj|ní)",
    ),
    "sv": Grammar(
        verbs=r"sa|sade|säger|uppgav|uppger|förklarade|betonade|framhöll|underströk|tillade|"
        r"skrev|meddelade|varnade|bekräftade|enades|kom\s+överens",
        short_report=_NEVER,
        according=r"[Ee]nligt",
        pronouns=r"han|hon|Han|Hon",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:båda\s+(?:sidor|sidorna|parter|parterna|ledarna)|de\s+två\s+(?:sidorna|parterna|ledarna))",
        first_person=r"\b(?:jag|Jag|vi|Vi|vår\w*|Vår\w*|min|Min|mitt|Mitt|mina|Mina)\b",
        auxiliaries=r"har|hade|är|var|ska|skulle|kan|kunde|måste|blir|blev",
    ),
    "da": Grammar(
        verbs=r"sagde|siger|udtalte|udtaler|forklarede|understregede|tilføjede|skrev|meddelte|"
        r"advarede|bekræftede|fremhævede|oplyste|oplyser|blev\s+enige",
        short_report=_NEVER,
        according=r"[Ii]følge",
        pronouns=r"han|hun|Han|Hun",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:begge\s+(?:sider|parter|ledere)|de\s+to\s+(?:sider|parter|ledere))",
        first_person=r"\b(?:jeg|Jeg|vi|Vi|vores|Vores|min|Min|mit|Mit|mine|Mine)\b",
        auxiliaries=r"har|havde|er|var|skal|skulle|kan|kunne|må|blev|bliver|vil",
    ),
    "nb": Grammar(
        verbs=r"sa|sier|uttalte|uttaler|forklarte|understreket|la\s+til|skrev|meldte|advarte|"
        r"bekreftet|fremhevet|opplyste|opplyser|ble\s+enige",
        short_report=_NEVER,
        according=r"[Ii]følge",
        pronouns=r"han|hun|Han|Hun",
        inverted_pronoun=_NEVER,
        both_sides=r"(?i:begge\s+(?:sider|parter|ledere)|de\s+to\s+(?:sidene|partene|lederne))",
        first_person=r"\b(?:jeg|Jeg|vi|Vi|vår\w*|Vår\w*|min|Min|mitt|Mitt|mine|Mine)\b",
        auxiliaries=r"har|hadde|er|var|skal|skulle|kan|kunne|må|ble|blir|vil",
    ),
}
GRAMMARS["tr"] = Grammar(
    verbs=r"dedi|dediler|söyledi|söylediler|belirtti|belirttiler|açıkladı|açıkladılar|ifade\s+etti|"
    r"kaydetti|vurguladı|bildirdi|ekledi|uyardı|savundu|dile\s+getirdi|aktardı|anlattı|"
    r"iddia\s+etti|duyurdu|konuştu|diye\s+konuştu|diye\s+ekledi|yorumladı|hatırlattı|sözlerine\s+ekledi|"
    r"ifadesini\s+kullandı|ifadelerini\s+kullandı",
    short_report=_NEVER,
    according=r"göre",
    pronouns=_NEVER,  # Turkish leaves the subject out ("Kaydetti"): continuation covers it
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:(?:her\s+)?iki\s+taraf|taraflar|iki\s+lider)",
    first_person=r"(?<!\w)(?:ben|Ben|biz|Biz|benim|Benim|bizim|Bizim|bize|bizi)(?!\w)",
    verb_last=True,
    suffixed=True,
)
GRAMMARS["id"] = GRAMMARS["ms"] = Grammar(
    # "jelas" (clear) and "tambah" (more) report only with "-nya" (inverted_pronoun)
    verbs=r"mengatakan|berkata|kata|ujar|menyatakan|menambahkan|menjelaskan|menegaskan|"
    r"mengungkapkan|menyebutkan|menuturkan|tutur|memperingatkan|mengimbau|melaporkan|menulis|"
    r"mengakui|membenarkan|mengonfirmasi|sepakat|bersepakat|menilai|menyebut|memaparkan|menerangkan",
    short_report=_NEVER,
    according=r"[Mm]enurut",
    pronouns=r"[Dd]ia|[Ii]a|[Bb]eliau",
    inverted_pronoun=r"(?:kata|ujar|tambah|jelas|tutur|ucap|imbuh)nya",  # '"…," ujarnya.'
    both_sides=r"(?i:kedua\s+(?:belah\s+)?pihak|kedua\s+(?:pemimpin|negara|presiden))",
    first_person=r"(?<!\w)(?:saya|Saya|kami|Kami|kita|Kita|aku|Aku)(?!\w)",
    set_off_after_speaker=False,
    goes_by_given_name=True,
    mononyms=True,
    # a role is lower case before the body it heads ("Juru bicara Kemenkes, Dewi Anggraini,
    # mengatakan"): the name set off after the body is the speaker
    role_of=r"[a-z]+",
    prepositions=r"di|ke|dari|kepada|pada|dalam|untuk|dengan|oleh|antara",
)
GRAMMARS["sw"] = Grammar(
    verbs=r"alisema|walisema|amesema|wamesema|anasema|wanasema|alieleza|ameeleza|walieleza|aliongeza|ameongeza|"
    r"alisisitiza|amesisitiza|alitangaza|ametangaza|alibainisha|amebainisha|aliwaambia|amewaambia|alionya|ameonya|"
    r"alithibitisha|amethibitisha|aliandika|ameandika",
    short_report=_NEVER,
    according=r"[Kk]wa\s+mujibu\s+wa",
    pronouns=r"[Yy]eye",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:pande\s+zote\s+mbili|viongozi\s+(?:wote\s+)?wawili)",
    first_person=r"(?<!\w)(?:[Mm]imi|[Ss]isi|wetu|yetu|letu|langu|yangu|wangu)(?!\w)",
    drops_subject=True,
    # East Africa's press names a leader by title and given name ("Rais Samia" for Samia
    # Suluhu Hassan, "Waziri Ummy")
    goes_by_given_name=True,
)
GRAMMARS["vi"] = Grammar(
    verbs=r"cho\s+biết|cho\s+hay|nói|khẳng\s+định|nhấn\s+mạnh|tuyên\s+bố|phát\s+biểu|chia\s+sẻ|"
    r"thông\s+báo|cảnh\s+báo|bổ\s+sung|giải\s+thích|xác\s+nhận|nhận\s+định|thừa\s+nhận|kêu\s+gọi|"
    r"đề\s+nghị|viết",
    short_report=_NEVER,
    according=r"[Tt]heo",
    # "ông", "bà" are he and she where no name follows; before one, its honorific
    pronouns=rf"(?:[Ôô]ng|[Bb]à)(?!\s+{CAPITAL})",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:hai\s+bên|hai\s+nhà\s+lãnh\s+đạo|hai\s+nước)",
    first_person=r"(?<!\w)(?:[Tt]ôi|[Cc]húng\s+tôi|[Cc]húng\s+ta)(?!\w)",
    bodies=r"Ban|Bộ|Sở|Cục|Tổng\s+cục|Ủy\s+ban|Viện|Trung\s+tâm|Công\s+ty|Tập\s+đoàn|Hội|Phòng|Đài|"
    r"Tòa\s+án|Chính\s+phủ|Quốc\s+hội|Ngân\s+hàng|Trường|Bệnh\s+viện|Công\s+an|Cảnh\s+sát",
    whole_names=True,
)
GRAMMARS["ro"] = Grammar(
    # the perfect with its auxiliary: "a declarat", "au anunțat"
    verbs=r"(?:a|au)\s+(?:declarat|spus|afirmat|precizat|adăugat|subliniat|explicat|transmis|anunțat|"
    r"avertizat|menționat|arătat|susținut|confirmat|scris|convenit)|declară|spune|afirmă|precizează|"
    r"adaugă|subliniază|susține",
    short_report=_NEVER,
    according=r"[Pp]otrivit|[Cc]onform|[Dd]upă\s+spusele",
    pronouns=r"[Ee]l|[Ee]a",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:cele\s+două\s+părți|ambele\s+părți|cei\s+doi\s+lideri)",
    first_person=r"(?<!\w)(?:[Ee]u|[Nn]oi|[Nn]ostru|[Nn]oastră|[Nn]oștri)(?!\w)",
    drops_subject=True,
    # a role or a body, capitalised with what it heads: "Ministrul Energiei, Sebastian Burduja, a declarat"
    bodies=r"Ministrul|Ministerul|Președintele|Premierul|Primarul|Guvernul|Purtătorul|Purtătoarea|Directorul|"
    r"Directoarea|Șeful|Șefa|Procurorul|Poliția|Inspectoratul|Compania|Banca",
    role_of=r"a|al|ale|ai|[a-zăâîșț]+(?:ului|ilor)",
)
_SOUTH_SLAVIC_SAID = (
    r"rekao|rekla|rekli|izjavio|izjavila|izjavili|kazao|kazala|naveo|navela|istakao|istakla|dodao|dodala|"
    r"poručio|poručila|ocijenio|ocijenila|ocenio|ocenila|upozorio|upozorila|naglasio|naglasila|saopštio|saopštila|"
    r"priopćio|priopćila|potvrdio|potvrdila|objasnio|objasnila|"
    r"рекао|рекла|рекли|изјавио|изјавила|изјавили|казао|казала|навео|навела|истакао|истакла|додао|додала|"
    r"поручио|поручила|оценио|оценила|упозорио|упозорила|нагласио|нагласила|саопштио|саопштила|потврдио|потврдила"
)
GRAMMARS["hr"] = GRAMMARS["sr"] = GRAMMARS["bs"] = Grammar(
    # the perfect's auxiliary before or after the participle: "rekao je Mali", "Mali je rekao"
    verbs=rf"(?:(?:je|su|је|су)\s+)?(?:{_SOUTH_SLAVIC_SAID})(?:\s+(?:je|su|је|су))?",
    short_report=_NEVER,
    according=r"[Pp]rema\s+riječima|[Pp]rema\s+rečima|[Pp]o\s+rečima|[Пп]рема\s+речима|[Пп]о\s+речима|[Pp]rema|[Пп]рема",
    pronouns=r"on|ona|On|Ona|он|она|Он|Она",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:obje\s+strane|obe\s+strane|обе\s+стране|oba\s+lidera|оба\s+лидера)",
    first_person=r"(?<!\w)(?:ja|Ja|mi|Mi|naš\w*|Naš\w*|moj\w*|Moj\w*|ја|Ја|ми|Ми|наш\w*|Наш\w*|мој\w*|Мој\w*)(?!\w)",
    drops_subject=True,
)
GRAMMARS["sl"] = Grammar(
    verbs=r"(?:je\s+)?(?:dejal|dejala|povedal|povedala|izjavil|izjavila|poudaril|poudarila|dodal|dodala|sporočil|"
    r"sporočila|opozoril|opozorila|pojasnil|pojasnila|zatrdil|zatrdila|ocenil|ocenila)(?:\s+je)?",
    short_report=_NEVER,
    according=r"[Pp]o\s+besedah|[Pp]o\s+navedbah",
    pronouns=r"on|ona|On|Ona",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:obe\s+strani)",
    first_person=r"(?<!\w)(?:jaz|Jaz|mi|Mi|naš\w*|Naš\w*)(?!\w)",
    drops_subject=True,
)
GRAMMARS["bg"] = Grammar(
    verbs=r"каза|казаха|заяви|заявиха|добави|добавиха|подчерта|подчертаха|посочи|посочиха|съобщи|съобщиха|"
    r"обясни|обясниха|предупреди|потвърди|отбеляза|коментира",
    short_report=_NEVER,
    according=r"[Сс]поред",
    pronouns=r"той|тя|Той|Тя",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:двете\s+страни)",
    first_person=r"(?<!\w)(?:аз|Аз|ние|Ние|наш\w*|Наш\w*)(?!\w)",
    drops_subject=True,
)
GRAMMARS["hu"] = Grammar(
    verbs=r"mondta|mondták|közölte|közölték|nyilatkozta|nyilatkozták|hangsúlyozta|jelentette\s+ki|"
    r"tette\s+hozzá|fogalmazott|írta|emelte\s+ki|figyelmeztetett|erősítette\s+meg|állította|"
    r"mondja|közli|hangsúlyozza|hozzátette|kijelentette|elismerte|bírálta|üzente|gratulált|reagált",
    short_report=_NEVER,
    according=r"szerint",
    pronouns=r"[Őő]",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:a\s+két\s+fél|mindkét\s+fél|a\s+két\s+vezető)",
    first_person=r"(?<!\w)(?:[Éé]n|[Mm]i|[Mm]ienk|[Nn]ekünk|[Mm]inket)(?!\w)",
    drops_subject=True,
    whole_names=True,
    family_name_first=True,
    according_after=True,
)
GRAMMARS["el"] = Grammar(
    verbs=r"δήλωσε|δήλωσαν|είπε|είπαν|ανέφερε|ανέφεραν|τόνισε|τόνισαν|σημείωσε|σημείωσαν|πρόσθεσε|"
    r"ανακοίνωσε|ανακοίνωσαν|υπογράμμισε|εξήγησε|προειδοποίησε|επεσήμανε|υποστήριξε|ζήτησε|"
    r"δηλώνει|λέει|τονίζει|σημειώνει|υποστηρίζει",
    short_report=_NEVER,
    according=r"[Σσ]ύμφωνα\s+με(?:\s+(?:τον|την|το|τους|τις|τα))?",
    pronouns=r"[Αα]υτός|[Αα]υτή|[Οο]\s+ίδιος|[Ηη]\s+ίδια",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:(?:και\s+)?οι\s+δύο\s+(?:πλευρές|ηγέτες|χώρες))",
    first_person=r"(?<!\w)(?:[Εε]γώ|[Εε]μείς|μας|μου)(?!\w)",
    # a body's name, capitalised like a person's: "το Υπουργείο Κλιματικής Κρίσης"
    bodies=r"Υπουργείο|Υπουργεία|Δήμος|Δήμου|Περιφέρεια|Περιφέρειας|Κυβέρνηση|Πυροσβεστική|Αστυνομία|"
    r"Ελληνική\s+Αστυνομία|Βουλή|Ευρωπαϊκή\s+Ένωση|Τράπεζα|Εταιρεία|Πανεπιστήμιο",
)
GRAMMARS["fi"] = Grammar(
    verbs=r"sanoi|sanoo|sanoivat|sanovat|kertoi|kertoo|kertoivat|kertovat|totesi|toteaa|korosti|korostaa|"
    r"lisäsi|lisää|vahvisti|vahvistaa|muistutti|muistuttaa|huomautti|painotti|painottaa|arvioi|arvioivat|"
    r"ilmoitti|ilmoittaa|tiedotti|varoitti|varoittaa|kirjoitti|kommentoi|myönsi|vakuutti|sopivat",
    short_report=_NEVER,
    according=r"mukaan",
    pronouns=r"[Hh]än",
    inverted_pronoun=_NEVER,
    both_sides=r"(?i:molemmat\s+osapuolet|kumpikin\s+osapuoli|molemmat\s+johtajat)",
    first_person=r"(?<!\w)(?:[Mm]inä|[Mm]e|[Mm]eidän|[Mm]inun|[Mm]eille|[Mm]eitä|[Mm]eillä)(?!\w)",
    # "Heikkisen mukaan": the speaker, in the genitive, before the word for "according to"
    according_after=True,
)
GRAMMARS["no"] = GRAMMARS["nn"] = GRAMMARS["nb"]  # Norwegian, however it is tagged

_LOWER_TRAILER = rf"(?:\s+{LOWER}[^,;\"“”«»]{{0,160}}?)?(?:,\s+{CAPITAL}{LOWER}+\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?"
"""Lower-case words after a closing speaker, where no phrase is set off after them ("…,"
kata Muhari kepada wartawan."), and the day and date the Indonesian press closes on ("…
di Jakarta, Selasa (2/9/2025).")."""
TRAILING_APPOSITION = rf"(?:\s+\(\d{{1,3}}\))?(?:,\s+[^;\"“”«»]{{1,160}}?|\s+{LOWER}[^;\"“”«»]{{0,160}}?)?"
"""A phrase on who a speaker is, after a speaker who closes the sentence ('…," said
Fontana, president of the region.', '…“, sagte Fontana, Präsident der Region.'), which
may run on ('…, chief security officer for Cloudflare, whose infrastructure …'), maybe after
an age ("zei Sanne de Wit (44), operator"), or
words after the speaker ('…," said Smith in a statement.', '…“, sagte Pistorius vor
Journalisten.'; lower-case, so that a name is not cut short: "Sheriff's Department Sgt.
Darren Moss")."""
ARTICLED = r"(?:(?:al|el|аль|эль|ас|аш|ад|ан|ар|ат|аз)-)?"
_NAME = (
    rf"(?:{CAPITAL}[\w'’.-]*[\w.]\s+(?:{ARTICLED}(?:{CAPITAL}[\w'’.-]*[\w.]|{NAME_PARTICLES})\s+){{0,5}})?"
    rf"(?:{CAPITAL}\.){{0,2}}{ARTICLED}{CAPITAL}[\w'’-]*\w"
)
"""A name of up to seven words with the titles before it ("Maden-İş Sendikası Genel Başkanı
Hakan Demirel"), lower-case particles included ("Lula da Silva"), the Arabic
article joined to a word as Latin and Cyrillic write it ("Badr al-Busaidi", "Бадр
аль-Бусаиди"), maybe initials run into the surname ("А.Н.Волков")."""
_LOWER_WORD = rf"(?:{LOWER}|['’-]|\.(?={LOWER}))+(?:-{CAPITAL}{LOWER}+)?"
"""A lower-case word, perhaps dotted ("ver.di") or the head of a compound whose last part is
a capitalised noun ("ver.di-Chef", "ex-Minister")."""
_LOWER_LEAD = rf"(?:{_LOWER_WORD}\.?,?\s+|{LOWER}+['’](?={CAPITAL})){{0,4}}"
"""Lower-case words before a name: an article and a role ("le président", "der Kanzler"), the
name perhaps in apposition ("a déclaré son avocat, Thomas Roux"), the body the role heads
after an elided article ("Il ministro dell'Industria Roberto Gallo", "Le ministre de
l'Industrie Paul Garnier")."""
_CLOSING_LEAD = (
    rf"(?:(?:{_LOWER_WORD}\.?|(?:{LOWER}+['’])?{CAPITAL}{{2,}}(?!{LOWER})(?::{LOWER}+)?|{LOWER}+['’]{CAPITAL}{LOWER}+),?\s+){{0,12}}"
)
"""... and where the speaker closes the sentence, also whom they told and where ("», a
déclaré à la presse à l'arrivée le directeur sportif de l'équipe, Olivier Fabre."), an agency
by its initials among them ("», a indiqué à l'AFP la directrice …", Finnish "SDP:n"), a body after an elided
article ("», a déclaré le ministre de l'Intérieur Gérald Darmanin")."""


_ARTICLE = (
    r"(?:[Ee]l|[Ll]as?|[Ll]os|[Ll]es?|[Ii]l|[Ll]o|[Gg]li|[Oo]s?|[Aa]s?|[Uu]na?|[Uu]ne|[Uu]ma?|[Dd]e|[Hh]et|[Ee]en|"
    r"[Οο]ι?|[Ηη]|[Ττ]ο[υν]?|[Ττ]η[νς]?|[Ττ]ων|[Ττ]ους)\s+|[Ll]['’]"
)
"""A definite or indefinite article of French, Spanish, Italian, Portuguese, Dutch or Greek."""
_ROLE = rf"(?:{_ARTICLE})(?P<role>{LOWER}(?:{LOWER}|-){{2,}})(?!\s+{CAPITAL})"
"""A role alone as the subject, after its article ("A prefeita acrescentou", "El portavoz ha
añadido", "Selon l'élu"): the person the text gave that role (speakers.roles_given); not a
role a name follows ("Segundo o treinador Rui Pinheiro"). A capitalised article before a
lower-case word is no name ("El portavoz"; "Le Pen" is one)."""
_BARE_ROLE = rf"(?P<bare_role>{LOWER}(?:{LOWER}|-){{2,}})"
"""… or without one, where no name follows ("Zdaniem analityczki"); a capitalised role
opening a sentence ("Rzeczniczka dodała") is read as a one-word name."""


_SUBJECT_AFTER_THE_VERB = (
    r"(?:el|la|los|las|lo|o|os|le|les|il|gli|der|die|das)\s+"
    r"(?!(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|"
    r"semana|mes|año|ano|día|dia|noche|noite|tarde|mañana|manhã|pasado|passado|jour|soir|matin|"
    r"giorno|sera|mattina|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)"
    rf"(?:{LOWER}|['’-])+(?:\s+(?:{LOWER}|['’-])+)*\W*$"
)
"""A definite article and lower-case words to the end of the sentence after its verb: the
subject, put after it ("…, informó la dirección regional de salud.", "…, disse o comandante
distrital."), a source the text describes, not the last person named; not a time ("…, dijo
el lunes")."""
_LOWER_TAIL = (
    rf"(?!(?:в|во|на|у|w|we|v|ve)\s)(?!(?:{_ARTICLE}){LOWER}+\W*$)(?!{_SUBJECT_AFTER_THE_VERB})"
    rf"(?:(?:{LOWER}|['’-])+,?\s+)*(?:{LOWER}|['’-])+"
)
"""Lower-case words closing a sentence after its verb ("…», dijo a los periodistas a la
salida del tribunal."): whom the speaker told, where; no name, so the speaker is left out
(but not a clause the verb opens: "…, si augura che …"; nor a role alone, the subject:
"…», afirmou o gestor."; nor, in Slavic languages, the body in which it was said: "…,
добавили в администрации района", the district said)."""


_AND = r"(?:und|and|et|y|e|i|en|og|och|ja|és|oraz|и|і|та|ve)"
"""Words for "and" that join a second verb to a sentence's subject ("Bäumer lobte das
Pressing der Münchner und sagte, …"); "a" is left out, as French writes "a déclaré"."""


_ALSO = (
    r"(?i:también|además|asimismo|luego|anche|inoltre|poi|também|ainda|depois|również|także|"
    r"ponadto|также|тоже|також|také|dále)"
)
"""Words for "also" and "then" before a verb whose subject is left out ("También señaló …")."""


DESCRIBED_SOURCES: dict[str, dict[str, str]] = {
    "de": {
        "behörden": "authorities", "polizei": "police", "feuerwehr": "firefighters", "experten": "experts",
        "zeugen": "witnesses", "anwohner": "residents", "ermittler": "investigators", "retter": "rescuers",
        "rettungskräfte": "rescuers", "beamte": "officials",
    },
    "fr": {
        "autorités": "authorities", "police": "police", "gendarmerie": "police", "pompiers": "firefighters",
        "experts": "experts", "témoins": "witnesses", "habitants": "residents", "enquêteurs": "investigators",
        "secouristes": "rescuers", "responsables": "officials", "sources": "sources",
    },
    "es": {
        "autoridades": "authorities", "policía": "police", "bomberos": "firefighters", "expertos": "experts",
        "testigos": "witnesses", "vecinos": "residents", "residentes": "residents",
        "investigadores": "investigators", "rescatistas": "rescuers", "socorristas": "rescuers",
        "funcionarios": "officials", "fuentes": "sources",
    },
    "it": {
        "autorità": "authorities", "polizia": "police", "carabinieri": "police", "pompieri": "firefighters",
        "esperti": "experts", "testimoni": "witnesses", "residenti": "residents", "abitanti": "residents",
        "inquirenti": "investigators", "investigatori": "investigators", "soccorritori": "rescuers",
        "funzionari": "officials", "fonti": "sources",
    },
    "nl": {
        "autoriteiten": "authorities", "politie": "police", "brandweer": "firefighters",
        "deskundigen": "experts", "experts": "experts", "getuigen": "witnesses", "bewoners": "residents",
        "omwonenden": "residents", "onderzoekers": "investigators", "hulpverleners": "rescuers",
        "ambtenaren": "officials", "bronnen": "sources",
    },
    # Chinese: the group's noun alone ("专家表示"); "美国官员" keeps its words
    "zh": {
        "专家": "experts", "消息人士": "sources", "警方": "police", "当局": "authorities", "官员": "officials",
        "目击者": "witnesses", "证人": "witnesses", "居民": "residents", "分析人士": "analysts", "分析师": "analysts",
    },
    # Hindi: the group's noun before "ने कहा", in its oblique plural ("अधिकारियों ने बताया")
    "hi": {
        "पुलिस": "police", "अधिकारियों": "officials", "विशेषज्ञों": "experts", "गवाहों": "witnesses",
        "निवासियों": "residents", "ग्रामीणों": "residents", "बचावकर्मियों": "rescuers", "सूत्रों": "sources",
        "प्रशासन": "authorities", "अग्निशमनकर्मियों": "firefighters", "जांचकर्ताओं": "investigators",
    },
    # Slavic languages: the nominative and the genitive ("podle policie", "według policji")
    "cs": {
        "policie": "police", "hasiči": "firefighters", "hasičů": "firefighters", "úřady": "authorities",
        "úřadů": "authorities", "odborníci": "experts", "odborníků": "experts", "svědci": "witnesses",
        "svědků": "witnesses", "obyvatelé": "residents", "obyvatel": "residents",
        "vyšetřovatelé": "investigators", "vyšetřovatelů": "investigators", "záchranáři": "rescuers",
        "záchranářů": "rescuers", "zdroje": "sources", "zdrojů": "sources", "úředníci": "officials",
        "úředníků": "officials",
    },
    "pl": {
        "policja": "police", "policji": "police", "strażacy": "firefighters", "strażaków": "firefighters",
        "władze": "authorities", "władz": "authorities", "eksperci": "experts", "ekspertów": "experts",
        "świadkowie": "witnesses", "świadków": "witnesses", "mieszkańcy": "residents",
        "mieszkańców": "residents", "śledczy": "investigators", "śledczych": "investigators",
        "ratownicy": "rescuers", "ratowników": "rescuers", "źródła": "sources", "źródeł": "sources",
        "urzędnicy": "officials", "urzędników": "officials", "prokuratura": "prosecutors",
        "prokuratury": "prosecutors",
    },
    "ru": {
        "полиция": "police", "полиции": "police", "пожарные": "firefighters", "пожарных": "firefighters",
        "власти": "authorities", "властей": "authorities", "эксперты": "experts", "экспертов": "experts",
        "свидетели": "witnesses", "свидетелей": "witnesses", "жители": "residents", "жителей": "residents",
        "следователи": "investigators", "следователей": "investigators", "спасатели": "rescuers",
        "спасателей": "rescuers", "источники": "sources", "источников": "sources", "чиновники": "officials",
        "чиновников": "officials", "прокуратура": "prosecutors", "прокуратуры": "prosecutors",
    },
    "uk": {
        "поліція": "police", "поліції": "police", "рятувальники": "rescuers", "рятувальників": "rescuers",
        "влада": "authorities", "влади": "authorities", "експерти": "experts", "експертів": "experts",
        "свідки": "witnesses", "свідків": "witnesses", "мешканці": "residents", "мешканців": "residents",
        "слідчі": "investigators", "слідчих": "investigators", "джерела": "sources", "джерел": "sources",
        "посадовці": "officials", "посадовців": "officials", "прокуратура": "prosecutors",
        "прокуратури": "prosecutors",
    },
    "sv": {
        "polisen": "police", "myndigheterna": "authorities", "experter": "experts", "experterna": "experts",
        "vittnen": "witnesses", "vittnena": "witnesses", "invånarna": "residents", "boende": "residents",
        "utredarna": "investigators", "räddningstjänsten": "firefighters", "källor": "sources",
        "tjänstemän": "officials",
    },
    "ro": {
        "poliția": "police", "poliției": "police", "pompierii": "firefighters", "pompierilor": "firefighters",
        "autoritățile": "authorities", "autorităților": "authorities", "experții": "experts",
        "experților": "experts", "martorii": "witnesses", "martorilor": "witnesses", "locuitorii": "residents",
        "locuitorilor": "residents", "anchetatorii": "investigators", "anchetatorilor": "investigators",
        "salvatorii": "rescuers", "salvatorilor": "rescuers", "surse": "sources", "surselor": "sources",
        "oficialii": "officials", "oficialilor": "officials",
    },
    "el": {
        "αστυνομία": "police", "αστυνομίας": "police", "πυροσβεστική": "firefighters",
        "πυροσβεστικής": "firefighters", "πυροσβέστες": "firefighters", "αρχές": "authorities",
        "αρχών": "authorities", "ειδικοί": "experts", "ειδικών": "experts", "μάρτυρες": "witnesses",
        "κάτοικοι": "residents", "κατοίκων": "residents", "πηγές": "sources", "πηγών": "sources",
    },
    "da": {
        "politiet": "police", "myndighederne": "authorities", "eksperter": "experts", "eksperterne": "experts",
        "vidner": "witnesses", "vidnerne": "witnesses", "beboerne": "residents", "efterforskerne": "investigators",
        "redningsfolkene": "rescuers", "brandvæsenet": "firefighters", "kilder": "sources",
    },
    "nb": {
        "politiet": "police", "myndighetene": "authorities", "eksperter": "experts", "ekspertene": "experts",
        "vitner": "witnesses", "vitnene": "witnesses", "beboerne": "residents", "etterforskerne": "investigators",
        "redningsmannskapene": "rescuers", "brannvesenet": "firefighters", "kilder": "sources",
    },
    # Finnish: the nominative and the genitive ("poliisin mukaan")
    "fi": {
        "poliisi": "police", "poliisin": "police", "viranomaiset": "authorities", "viranomaisten": "authorities",
        "asiantuntijat": "experts", "asiantuntijoiden": "experts", "silminnäkijät": "witnesses",
        "silminnäkijöiden": "witnesses", "asukkaat": "residents", "asukkaiden": "residents",
        "tutkijat": "investigators", "tutkijoiden": "investigators", "pelastajat": "rescuers",
        "pelastajien": "rescuers", "pelastuslaitos": "firefighters", "pelastuslaitoksen": "firefighters",
        "lähteet": "sources", "lähteiden": "sources",
    },
    "pt": {
        "autoridades": "authorities", "polícia": "police", "bombeiros": "firefighters",
        "especialistas": "experts", "testemunhas": "witnesses", "moradores": "residents",
        "investigadores": "investigators", "socorristas": "rescuers", "funcionários": "officials",
        "fontes": "sources",
    },
}
"""Groups and bodies that news cites without naming anyone ("sagte die Polizei", "selon les
autorités", "informaron los bomberos", "volgens de politie"), each with the English word of the source that
speakers.py reads in English ("the authorities said"), so that the accounts' summaries
meet across languages. Grammar of news reporting, as the verbs are: no names."""


DESCRIBED_SOURCES["no"] = DESCRIBED_SOURCES["nn"] = DESCRIBED_SOURCES["nb"]


_TELLS_THE_LAST = {
    "de": r"(?:Das|Dies)\s+(?:teilte|teilten|kündigte|kündigten|gab|gaben|sagte|sagten|erklärte|erklärten|meldete|"
    r"meldeten|berichtete|berichteten|bestätigte|bestätigten|verkündete|verkündeten)\b[^.!?]{0,120}[.!]",
    "ru": r"Об\s+этом\s+(?:[^\s.!?]+\s+){0,2}?(?:сообщил|сообщила|сообщили|сообщает|сообщают|заявил|заявила|заявили|рассказал|рассказала|"
    r"говорится|пишет|пишут)\b[^.!?]{0,120}[.!]",
    "uk": r"Про\s+це\s+(?:повідомив|повідомила|повідомили|повідомляє|заявив|заявила|заявили|йдеться|пише)\b[^.!?]{0,120}[.!]",
    "pl": r"(?:Poinformował[aoy]?\s+o\s+tym|O\s+(?:tym|sprawie)\s+poinformował[aoy]?|Przekazał[aoy]?\s+to)\b[^.!?]{0,120}[.!]",
    "es": r"Así\s+lo\s+(?:informó|informaron|anunció|anunciaron|indicó|indicaron|confirmó|confirmaron|señaló|señalaron)\b[^.!?]{0,120}[.!]",
    "it": r"Lo\s+(?:(?:ha|hanno)\s+(?:annunciato|reso\s+noto|comunicato|riferito|confermato)|riferisce|riferiscono|"
    r"rende\s+noto|rendono\s+noto|comunica|comunicano|annuncia|annunciano|conferma|confermano)\b[^.!?]{0,120}[.!]",
    "cs": r"(?:Uvedl[aiy]?\s+to|Oznámil[aiy]?\s+to|Informoval[aiy]?\s+o\s+tom)\b[^.!?]{0,120}[.!]",
}
"""A sentence that only says who told the one before it ("Das kündigte das Unternehmen am
Mittwoch an.", "Об этом сообщил МИД Казахстана.", "Об этом ТАСС сообщили в пресс-службе театра.",
"Lo riferisce la Protezione civile.", "Poinformowała o tym policja."): the wire
style of German, Slavic and Romance agencies, which other languages fold into the lead."""


@lru_cache(maxsize=16)
def _telling(lang: str) -> re.Pattern[str] | None:
    return compiled(rf"^\W*(?:{_TELLS_THE_LAST[lang]})\W*$") if lang in _TELLS_THE_LAST else None


def tells_the_last(text: str, lang: str | None) -> bool:
    """Whether ``text`` only says who told the sentence before it (``_TELLS_THE_LAST``)."""
    pattern = _telling((lang or "").split("-")[0])
    return bool(pattern and pattern.match(text))


def described_source(word: str, lang: str | None) -> str | None:
    """The described source a group's noun stands for in ``lang`` (DESCRIBED_SOURCES)."""
    return DESCRIBED_SOURCES.get((lang or "").split("-")[0].lower(), {}).get(word.lower().strip(".,"))


@dataclass(frozen=True)
class Patterns:
    start: re.Pattern[str]
    coordinated: re.Pattern[str]
    middle: re.Pattern[str]
    end: re.Pattern[str]
    according: re.Pattern[str]
    according_end: re.Pattern[str]
    """"According to" closing the sentence after a comma ("…, selon les enquêteurs.")."""
    dropped: re.Pattern[str]
    tagged: re.Pattern[str]
    """A quotation that opens the sentence, then any verb and a speaker closing it («…», a
    renchéri Helen Carver.): read last, where no listed verb said who speaks."""
    as_said_last: re.Pattern[str]
    pronoun_opening: re.Pattern[str]
    reports: re.Pattern[str]
    first_person: re.Pattern[str]
    hearsay: re.Pattern[str]


def grammar(lang: str | None) -> Grammar | None:
    """The grammar of ``lang`` ("pt-BR" reads as "pt"), or None for a language not covered here."""
    return GRAMMARS.get((lang or "").split("-")[0].lower())


@lru_cache(maxsize=16)
def patterns(lang: str | None) -> Patterns | None:
    """The attribution patterns of ``lang``, or None for a language not covered here."""
    g = grammar(lang)
    if g is None:
        return None
    subject = (
        rf"(?:(?P<coll>{g.both_sides})|(?P<pron>{g.pronouns})|{_LOWER_LEAD}(?!(?:{_ARTICLE}){LOWER})"
        rf"(?!(?:{g.bodies})\s)(?P<name>{_NAME})|{_ROLE}|{_BARE_ROLE})"
    )
    # after the reported words: a comma, a closing quote („…,“ řekl), or a dash ("… –
    # powiedział Kowal", and a hyphen set off by spaces as a dash: "… - powiedziała"); after
    # the speaker, a phrase on who they are (", Präsident der Region")
    close = r"(?:[,;]|[\"“”»]|\s[—–-](?=\s))"
    closing_subject = subject.replace(_LOWER_LEAD, _CLOSING_LEAD)
    # a verb that opens a clause ("…, sostiene che …", "…, sagte, dass …") reports no one after it
    clause = r"(?!\s+(?:che|que|qu['’]|dass|daß|that|że|что|dat|att|at|ob)\b)"
    end = (
        rf"{close}\s*(?:[—–-]\s*)?(?:(?:{g.verbs})|{g.short_report}){clause}\s+{closing_subject}"
        rf"(?P<apposed>{TRAILING_APPOSITION if g.set_off_after_speaker else _LOWER_TRAILER})\s*[.!?\"“”»]*\s*$"
        rf"|{close}\s*(?P<invpron>{g.inverted_pronoun})\b"
    )
    # a sentence may open with a capitalised role before lower-case words ("Ministr
    # zahraničí Jan Lipavský uvedl", "Le président Emmanuel Macron a déclaré")
    # (the subject without it first: "Ambas partes acordaron" is both sides, not a role)
    opening_role = rf"(?:{CAPITAL}(?:{LOWER}|['’])*\s+(?={LOWER}))??"  # "L'assessore al turismo …"
    # or with a phrase before, set off by a comma: a place or a time ("En Madrid, el alcalde
    # … afirmó"), or the role whose holder follows in apposition ("Der Innenminister, Horst
    # Seehofer, sagte", "El ministro del Interior, Fernando Grande-Marlaska, dijo")
    # (the fewest words: a subject that opens the sentence is preferred); the speaker may
    # have a phrase in apposition ("Lo storico Paolo Ferrante, dell'Università di Siena, sostiene")
    intro = r"(?:[^,;.!?«»\"“”]{1,80},\s+)??"
    apposition = r"(?P<apposed>,\s+[^,;.!?«»\"“”]{1,80},)?"
    opening_verbs = f"{g.verbs}|{g.separable}"  # after their subject
    start = rf"^\W*{intro}{opening_role}{subject}{apposition},?\s+(?:(?!{_AND}\s)\w+\s+)?(?:{opening_verbs})\b"
    as_said = rf"(?:{g.as_said})(?:\s+|(?<=['’]))(?:{g.verbs})"
    # maybe after a connective ("Однако, как рассказала …")
    # a finite verb after "according to X" opens a clause whose subject the name after it is
    lead = rf"(?:(?!(?:{g.auxiliaries})\s)(?:{LOWER}|['’-])+\.?,?\s+){{0,4}}"
    according = rf"^\W*(?:\w+,\s+)?(?:{g.according}|{as_said})\s+{subject.replace(_LOWER_LEAD, lead)}\b"
    if g.verb_last:
        # the subject, set off by a comma, opens the sentence and the verb closes it
        # (or "as for" after it: "Vali Osman Tekinbaş ise … söyledi")
        start = rf"^\W*{opening_role}{subject}(?:['’]\w+)?(?:,|\s+ise)\s+.{{0,400}}?\b(?:{g.verbs})\W*$"
    if g.verb_last or g.according_after:
        # maybe with the speaker's role after the name ("Tóth Bálint belügyminiszter szerint")
        # or set off after it ("Tóth Eszter, a Zöld Jövő képviselője szerint")
        according = rf"^\W*{opening_role}{subject}(?:['’]\w+)?(?:\s+{LOWER}+|,\s+[^,;.!?«»\"“”„]{{1,60}}?)?\s+(?:{g.according})\b"
    return Patterns(
        start=compiled(start),
        coordinated=compiled(
            rf"^\W*(?:(?P<coll>{g.both_sides})|(?P<pron>{g.pronouns})|(?P<name>{_NAME}))"
            rf"\s+[^,;.!?«»\"“”]{{1,80}}?\s{_AND}\s+(?:{opening_verbs})\b"
        ),
        # the speaker maybe set off with a phrase on who they are ("…", ông Trần Văn Minh,
        # người phát ngôn của Ban Chỉ đạo, cho biết.)
        middle=compiled(rf"[,;]\s+{subject}{apposition},?\s+(?:{opening_verbs})\b"),
        end=compiled(end),
        according=compiled(according),
        according_end=compiled(
            rf"[,;]\s+{_BARE_ROLE}\s+(?:{g.according})\s*[.!?\"”»]*\s*$"  # "…, poliisin mukaan."
            if g.according_after
            else rf"[,;]\s+(?:{g.according})\s+{closing_subject}\s*[.!?\"”»]*\s*$"
        ),
        # the verb opens the sentence, maybe after "also" ("Añadió que …", "Dodał, że …"),
        # or closes it after the quoted words («…», ha aggiunto.)
        dropped=compiled(
            rf"(?P<dropped>)(?:^\W*(?:{_ALSO}\s+)?(?i:{g.verbs})\b|{close}\s*(?:{g.verbs})(?:{clause}\s+{_LOWER_TAIL})?\s*[.!?]*\s*$"
            rf"|^\W*{as_said}\s*,|^\W*(?:{g.their_words})\b)"
            if g.drops_subject
            else rf"(?P<dropped>)^\W*(?:{g.their_words})\b"
        ),
        tagged=compiled(
            rf"^\W*[«\"“„‘].{{0,600}}?(?:[»\"”“]\s*,|,\s*[»\"”“’])\s*(?:[—–-]\s*)?(?:{LOWER}+\s+){{1,3}}?"
            rf"{closing_subject}\s*[.!?]*\s*$"
        ),
        # "as X said" with the verb last: "…, wie Kultusministerin Birgit Hollenbach am Dienstag
        # ankündigte.", "Wie Scholz sagte, …"
        as_said_last=compiled(
            rf"(?:^\W*|,\s+)[Ww]ie\s+{subject}(?:\s+[^,;.!?«»\"“”„]{{0,80}}?)?\s+(?:{g.said_last})\b"
            if g.said_last != _NEVER
            else _NEVER
        ),
        pronoun_opening=compiled(rf"^\W*(?:{g.pronouns})\b"),
        reports=compiled(rf"\b(?:{opening_verbs}|{g.according})\b"),
        first_person=compiled(g.first_person),
        hearsay=compiled(g.hearsay),
    )
