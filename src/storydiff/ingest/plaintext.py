"""Clean text copied from a web page: strip site chrome, keep metadata apart from the body.

Text pasted from a news site carries its frame: breadcrumbs ("Home > News > World >"),
"Release Date: … Source: …" lines, editor credits ("Editor: …", "责编：…"), footer link rows
("About us | Contact us"), sponsor and registration notices, browser advice. None of it is
the story, and all of it would otherwise turn up as "unique content". We classify each line
with patterns that describe the *shape* of site chrome in many languages (never the phrases
of one site), then read what is metadata:

* title — the first short line without final punctuation, before the body;
* published date and outlet — from "Date/Published/Source" style lines and "Publié le …";
* captions — paragraphs ending in a photo credit ("(Agency/Photographer)", "Photo by …", "摄");
* dateline and byline — "CITY, Month DD (Reporter X) …", "MOSCOW (Reuters) —", "新华社…电（记者…）".

Rejected: a learned boilerplate classifier (needs HTML structure we no longer have once text
is pasted; trafilatura handles the HTML case in ``html.py``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from ..calendars import (
    ETHIOPIAN_DATE,
    ETHIOPIAN_ERA,
    SOLAR_HIJRI_MONTH,
    SOLAR_HIJRI_MONTHS,
    ethiopian_day,
    solar_hijri_to_gregorian,
)
from ..patterns import compiled

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

BREADCRUMB = compiled(r"^(?:[^>»›\n]{1,40}\s*[>»›]\s*){2,}[^>»›\n]{0,40}$")
META_FIELD = compiled(
    r"(?P<key>Release\s+Date|Publish(?:ed|\s+Date)?|Date|Updated|Posted|Time|Source|"
    r"Veröffentlicht|Aktualisiert|Datum|Quelle|Publié|Mis\s+à\s+jour|Publicado|Fecha|Fuente|Fonte|"
    r"Опубликовано|Дата|Источник|发布时间|发布日期|时间|日期|来源|出处)\s*[:：]\s*"
    r"(?P<value>.*?)(?=\s{2,}|\s+(?:Release\s+Date|Published|Date|Updated|Source|来源|发布时间)\s*[:：]|$)",
    re.IGNORECASE,
)
_PUBLISHED_WORDS = (
    r"Published|Posted|Veröffentlicht|Publié|Publicado|Pubblicato|Gepubliceerd|Opublikowano|"
    r"Publikováno|Publicerad|Udgivet|Publisert|Julkaistu|Yayınlanma|Yayın\s+tarihi|Publicat|"
    r"Közzétéve|Δημοσιεύθηκε|Опубликовано|Опубліковано"
)
_UPDATED_WORDS = (
    r"Updated|Aktualisiert|Mis\s+à\s+jour|Actualizado|Aggiornato|Bijgewerkt|Zaktualizowano|"
    r"Aktualizováno|Uppdaterad|Päivitetty|Güncelleme|Actualizat|Frissítve|Обновлено|Оновлено"
)
_ON = r"(?:\s+(?:on|at|le|am|el|il|em|op|dne|den))?\s*[:：]?\s*"
PUBLISHED_LINE = compiled(rf"^(?:{_PUBLISHED_WORDS}|{_UPDATED_WORDS}){_ON}(?P<value>[^\n]{{4,60}})$", re.IGNORECASE)
"""A line that gives the publication date in words: "Publié le 17 octobre 2024"."""
PUBLISHED_LABEL = compiled(rf"(?<!\w)(?:{_PUBLISHED_WORDS}){_ON}$", re.IGNORECASE)
"""The words that say the date after them is the publication's, not an update's."""
DATE_ONLY_LINE = compiled(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{4}}\s?[年년]\s?\d{{1,2}}\s?[月월]\s?\d{{1,2}}\s?[日일]"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    rf"(?:,?\s*\d{{1,2}}[:：]\d{{2}}(?::\d{{2}})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{{2,5}})?)?\s*$"
)
"""A line that is only a date, perhaps with a time, before the body ("2025年3月4日",
"2025-03-04 10:30", "March 4, 2025"): the publication date, as pages copied without the
word for it give it."""
EDITOR = compiled(
    r"^[\[【(（]?\s*(?:Editors?|Edited\s+by|Editor-in-charge|Responsible\s+editor|"
    r"责编|责任编辑|编辑|编审|校对)\s*[:：]",
    re.IGNORECASE,
)
_NAMES = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*(?:,|;|\band\b|\bin\b)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*)"
"""Capitalised names, and places after "in", joined by commas and "and": a credit line's."""
IN_BODY = compiled(
    r"^\W*(?:(?:Read\s+(?:more|also|next)|Related(?:\s+(?:stories|articles|coverage))?|See\s+also|"
    r"Lire\s+aussi|[ÀA]\s+lire\s+aussi|Lesen\s+Sie\s+(?:auch|mehr)|Mehr\s+zum\s+Thema|Leer\s+m[áa]s|"
    r"Lee\s+tambi[ée]n|Leggi\s+anche|Читайте\s+также|相关新闻|相关阅读|延伸阅读)\b[^.!?。]{0,150}$"
    r"|(?:Continue\s+reading(?:\s+below)?|Advertisement|Subscribe\s+(?:now|to\s+(?:keep|continue)\s+reading)|"
    r"Already\s+a\s+subscriber\??(?:\s+Log\s+in\.?)?|Enditem)\W*$"
    r"|You(?:'|’)ve\s+reached\s+your\s+(?:limit|maximum)\s+of\s+free\s+articles"
    r"|\(?(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s+[^.!?]{1,120};\s*(?:Editing|Writing)\s+by\b"
    # a credit of names alone ("Additional reporting by AFP.", "Reporting by Jane Doe in Paris and John Roe")
    rf"|\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+{_NAMES}\)?\.?\s*$"
    # another language's wire credit in brackets ("(Información de X; editado en español por Y)")
    r"|\((?:Informaci[óo]n|Reportaje|Reportage|Reporte|Bericht|Reporter|Berichterstattung|Reportagem|Informazioni)\b"
    r"[^()]{1,120}[;,]\s*(?:editad[oa]|edici[óo]n|[ée]dit[ée]|version\s+fran[çc]aise|redigiert|bearbeitet|edi[çc][ãa]o)\b[^()]{0,120}\)$"
    r"|\((?:Updates|Adds|Recasts|Rewrites|Refiles|Updated)\b[^()\n]{0,200}\)$"  # "(Updates with toll)"; not "(Corrects …)", which says what changed
    r"|[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$"  # an agency's initials of its desk ("eg/jm/rl")
    r"|(?:Live(?:\s+(?:updates?|blog|coverage))?|Key\s+events|Show\s+key\s+events\s+only|Refresh\s+for\s+(?:the\s+)?latest(?:\s+updates)?)\W*$"
    r"|\((?:[$€£¥]|US\$|[A-Z]{3}\s)\s?1\s?=\s?[^()]{1,40}\)$"
    # a paywall's or a promotion's line ("Il vous reste 58.36% de cet article à lire.",
    # "Story continues below advertisement", "Sign up for our Europe newsletter here.")
    r"|(?:Suscr[íi]bete\s+para|Lee\s+sin\s+l[íi]mites|Sigue\s+toda\s+la\s+informaci[óo]n|Il\s+vous\s+reste\s+[\d.,]+\s?%|"
    r"La\s+suite\s+est\s+r[ée]serv[ée]e|D[ée]j[àa]\s+abonn[ée]|D[ée]couvrir\s+les\s+offres|"
    r"Story\s+continues\s+below|Sign\s+up\s+(?:for|to)\s+(?:our|the)\b|Click\s+here\s+(?:to|for)\b|"
    r"Follow\s+[^.!?]{1,60}\s+on\s+(?:WhatsApp|Facebook|Instagram|Telegram|Google\s+News|X|Twitter)\b|"
    r"Refresh\s+(?:this|the)\s+page\b|Have\s+a\s+(?:news\s+)?tip\b|Jetzt\s+(?:abonnieren|weiterlesen)|"
    r"(?:Watch|Video)\s*:\s[^.!?]{1,150}[-–—]\s*video)[^\n]{0,160}$"
    r"|(?:M[áa]s\s+informaci[óo]n|Sobre\s+la\s+firma|Se\s+connecter|Video|Newsletter)\W*$)",
    re.IGNORECASE,
)
"""Labels and notices inside an article's markup: "Read more: …", "Lire aussi …", a paywall's
"Subscribe to keep reading", a wire's "Reporting by …; Editing by …", its exchange rate
note "($1 = 0.8478 euros)" and "Enditem"."""
ONLY_PUNCT = compiled(r"^[\[\]【】()（）{}<>|\s\-–—_*#=~·•]*$")
LEGAL = compiled(
    r"^\W*(?:(?:Sponsored\s+by|Operated\s+by|Registration\s+(?:number|No)|Powered\s+by|"
    r"Terms\s+of\s+(?:use|service)|Privacy\s+(?:policy|notice)|主办单位|承办单位)(?=[^.!?]{0,200}$)"
    r"|Copyright\s*(?:©|\(c\)|\d{4}))"
    r"|©|All\s+rights\s+reserved|ICP\s*(?:备|license)|版权所有",
    re.IGNORECASE,
)
"""A site's legal footer: a short line that opens with the notice ("Sponsored by …",
"Privacy policy"), "Copyright" with its mark or year, or a mark no article sentence has
(©, "All rights reserved", 版权所有). Prose may say "sponsored by a local bank",
"Copyright in the negatives was contested" or "copyright infringement"."""
BROWSER = compiled(
    r"best\s+viewed|(?:upgrade|update|switch|change)\s+(?:your|to\s+a)\s+(?:\w+\s+)?browser|"
    r"browsers?\b.{0,80}\b(?:better|best|optimal)\s+(?:view|viewing|display|experience)\b|"
    r"your\s+browser\s+(?:is\s+(?:not\s+supported|out\s+of\s+date|outdated)|does\s+not\s+support)|"
    r"(?:浏览器|浏览|显示).{0,20}(?:版本过低|不支持|最佳)|(?:建议|推荐)使用.{0,20}浏览器",
    re.IGNORECASE,
)
"""Advice to the reader on the browser ("best viewed in …", "please update your browser",
"use … browsers to get a better view", "your browser is not supported"); not an article
about browsers ("the browser will display a warning") nor one that reports the advice
("experts recommend updating")."""
SHARE = compiled(
    r"^(?:Share(?:\s+(?:this|on))?|Print|E-?mail|Tweet|分享到?|打印|关闭窗口|Font\s*size|字号)\b"
    r"(?=[^.!?。]{0,60}$)",
    re.IGNORECASE,
)
"""A row of sharing buttons ("Share on Facebook", "Print | Email"): short, and no sentence
("Share prices barely moved.")."""
PHOTO_CREDIT = compiled(
    r"(?:\((?:[A-Z][\w.&' -]{1,40})/(?:[^()/\s][^()/]{0,60}\s[^()/]{1,60})\)|"
    r"(?:^|[.!?|]\s*|[(\[]\s*)(?:Photo|Photograph|Picture|Image)\s*(?:by\b|:|credit\b)\s*(?-i:[A-Z\u4e00-\u9fff])[^.]{0,120}|"
    r"[（(]\s*(?:图|摄|照片|Photo)[^）)]{0,40}[）)]|"
    r"(?:记者|通讯员)\s*\S{1,12}(?:\s\S{1,6})?\s*摄)\s*[.。]?\s*$",
    re.IGNORECASE,
)
DATELINE_EN = compiled(
    # (two places for a story filed from both: "KYIV/MOSCOW, Nov 14 (Reuters) -")
    rf"^(?P<dateline>(?P<place>[A-Z][\w.'&-]*(?:/[A-Z][\w.'&-]*)?(?:\s+[A-Z][\w.'&-]*){{0,5}}(?:,\s*[A-Z][\w.' -]{{1,40}}){{0,2}}),?\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
    r"(?:\s*\((?P<paren>[^)]{1,120})\))?)\s*(?:[-—–:]+\s*)?(?=[A-Z\"“‘']|$)"
)
DATELINE_UNPLACED = compiled(
    rf"^(?P<dateline>(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*\((?P<paren>[^)]{{1,40}})\))\s*[-—–]+\s*(?=[A-Z\"“‘'])"
)
"""A wire's dateline with no place, as Reuters files US business stories ("Oct 29 (Reuters) -")."""
_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-ΩĄĆČĎĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽİŞĞĂȘȚŢ"
"""Capitals of the Latin (with the accented ones datelines carry), Cyrillic and Greek scripts."""
DATELINE_CAPS = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}]{{2,}}[{_CAPS} .,'-]{{0,40}}?)"
    r"(?:,\s*(?P<outlet>[A-Z][\w.]*\.(?:com|net|org|id|vn)|[A-Z][a-z]+(?:\s(?:of\s(?:the\s)?)?[A-Z][a-z]+){0,3}))?"
    rf"(?:\s*\((?P<paren>[^)]{{1,60}})\))?(?:\s+[-—–]+|\.[-—–]+|\s+\||(?<=\))(?=\s)|:(?=\s)))\s*(?=[{_CAPS}\"“‘'«„]|(?<=[-—–]\s)\d)"
)
"""A place in capitals, maybe a country or an outlet, maybe an agency, and a dash set off
by a space, before a sentence: "BERLIN (Reuters) - The …", "WASHINGTON — …", "МОСКВА — …",
"BOHUMÍN - …", "HANOI, Vietnam (AP) — …", "GOMA, Democratic Republic of Congo (RFI) — …", "HANOI, KOMPAS.com - …"; Latin America's full
stop and dash or bar ("CIUDAD DE MÉXICO (EFE).- …", "SANTIAGO.- …", "LIMA | …"); TT's agency
with no dash ("STOCKHOLM (TT) Vestra …") and a colon, after an agency ("BODØ (NTB): …") or a
place the gazetteer knows (Malaysia's "KUALA LUMPUR: The …"); not "COVID-19 admissions",
"US-China talks"."""
DATELINE_DATED = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w.'/-]+(?:\s[\w.'/-]+){{0,4}}(?:\s\([{_CAPS}][^()]{{1,30}}\))?"
    rf"(?:,\s[{_CAPS}][\w.'-]+(?:\s[\w.'-]+){{0,2}}(?=,\s+\d))?),?\s+"
    r"(?P<date>(?:\d{1,2}\.?\s+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\s+\d{1,2}(?:\s+d)?\.)(?P<year>\s+(?:19|20)\d\d\.?)?)\s*\((?P<paren>[^)]{1,40})\)\.?\s*(?:[-—–]+\s*)?)(?=\S|$)"
)
"""A place (maybe with its country in brackets), a date in the language's words, maybe
without its year, and the agency: "Lisboa, 9 mar 2026 (Lusa) -", "Lizbona, 9 marca 2026
(PAP)", "Sofie 14. listopadu (ČTK) -", "София, 14 ноември (БТА) -", EFE's "Tokio, 14 may
(EFE).-", "Hamburgo (Alemania), 14 jun (EFE).-", MTI's month first, "Budapest, április
13. (MTI) –", ELTA's with its "d." (day), "VILNIUS, spalio 14 d. (ELTA).", Hina's year
with its full stop, "ZAGREB, 12. ožujka 2026. (Hina) -", and Lusa's country after a place
abroad, "Huelva, Espanha, 24 out 2025 (Lusa) –"."""
_HINDI_MONTHS = "जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
DATELINE_HI = compiled(
    r"^(?P<dateline>(?P<place>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+)?),\s*(?:[\u0900-\u097f]+,\s*)?"
    rf"(?P<date>[\d०-९]{{1,2}}\s+(?:{_HINDI_MONTHS})(?:\s+[\d०-९]{{4}})?)"
    r"(?:\s*\((?P<paren>[^)]{1,40})\))?)(?:\s*[-—–:।]+\s*(?=\S)|\s*$)"
)
"""A Hindi dateline: the place, maybe the weekday, the day and month, maybe the agency,
on its line or set off by a dash, colon or danda ("गुवाहाटी, मंगलवार, 12 जनवरी", "नई
दिल्ली, 12 जनवरी (भाषा)। …"); not a lead's date ("मंगलवार, 12 जनवरी को …")."""
_INDIC = "\u0900-\u0dff"
_HINDI_DAYS = "एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ"
DATELINE_INDIC = compiled(
    rf"^(?P<dateline>(?P<place>[{_INDIC}]+(?:\s[{_INDIC}]+){{0,2}}|[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?)\s?[,،]\s*"
    rf"(?P<date>(?:[\d०-९০-৯]{{1,2}}|{_HINDI_DAYS})\s+[{_INDIC}\u0600-\u06ff]{{2,12}}\.?"
    rf"|[{_INDIC}]{{2,12}}\.?\s+[\d०-९০-৯]{{1,2}})"
    r"(?:\s*\((?P<paren>[^)]{1,40})\)|(?=\s*(?:[:—–-]+|।))))\s*(?:[:—–-]+|।)?\s*(?=[^\s।:—–-]|$)"
)
"""South Asia's datelines: the place, the day and month (or the month and day) in the
script of the language, maybe the agency, and a colon, dash or danda ("কলকাতা, ২৩ ডিসেম্বর:
…", Nepal's "चौतारा, साउन २६ — …", "சென்னை, நவ. 29: …", Urdu's "رانچی، 21 نومبر (یو این آئی)
…", and PTI-Bhasha's days in words, "नई दिल्ली, एक फरवरी (भाषा)। …"): the day was a number
the other accounts lacked, or the line a statement of its own."""
_PLACE_LOWER = "a-zà-ÿąćčďęěłńňőřśšťůűźżžđ\u1ea0-\u1ef9"
DATELINE_PLACE = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}Đ][{_PLACE_LOWER}]+(?:\s[{_CAPS}Đ][{_PLACE_LOWER}]+)?|[\u0e00-\u0e7f]{{2,20}})"
    r"(?:,\s+ngày\s+\d{1,2}/\d{1,2})?\s[-—–]\s)\s*(?=[A-ZÀ-ÞА-ЯЁĐ\"“‘'«„\u0e00-\u0e7f])"
)
"""A place alone and a dash set off by spaces, as Czech and German agencies open ("Praha -
Policie …", "Berlin – Die …"), Vietnamese papers with the day ("Hà Nội, ngày 14/10 - …",
"Huế - …") and Thai ones ("สงขลา - …"), in the first paragraph only."""
DATELINE_AGENCY = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w.'/-]+(?:\s+(?:(?:am|an\s+der|de|del|de\s+la|sur)\s+)?[{_CAPS}][\w.'/-]+){{0,3}}"
    rf"(?:,\s*[{_CAPS}][\w.'-]+(?:\s+[{_CAPS}][\w.'-]+){{0,2}})?(?:\s\([{_CAPS}][\w.' -]{{1,20}}\))?)"
    rf"\s*\((?P<paren>[^)]{{1,40}})\)\s+[-—–]+)\s*(?=[{_CAPS}\"“‘'«„\d])"
)
"""A place in any case (maybe with its region, maybe the river it is on) and its agency in
brackets: "Berlin (dpa) - Die Bahn …", Antara's "Lumajang, East Java (ANTARA) - …",
"Frankfurt (Oder) (dpa) - …", "Bern (sda) - 54 Prozent …" (a poll's lead opens with its figure)."""
DATELINE_STOP_DASH = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w'-]+(?:\s(?:(?:de|del|la|las|los|do|da)\s)?[{_CAPS}][\w'-]+){{0,3}})"
    rf"(?:,\s+(?P<date>\d{{1,2}}\s+(?:de\s+)?[^\W\d_]{{3,12}}(?P<year>\s+(?:de\s+)?(?:19|20)\d\d)?))?"
    r"(?:\s*\((?P<paren>[^)]{1,40})\))?\.[-—–])\s*(?=\S)"
)
"""A place in any case, maybe its day and month or its agency, then a full stop and a dash, as
Latin America's press opens ("San Pedro Sula.- La tormenta …", "Ciudad de México, 12 de
octubre.- …", "La Habana (PL).– …"): the dateline was a sentence of its own, each account's
omission, and the dash opened the body's first sentence."""
DATELINE_AGENCY_LINE = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w.'-]+(?:\s+[{_CAPS}][\w.'-]+){{0,2}})\s*\((?P<paren>[^)]{{1,40}})\))\s*$"
)
"""... or alone on its line before the body: "Jakarta (dpa)"."""
DATELINE_SLASHED = compiled(
    r"^(?P<dateline>(?P<place>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ .-]{1,40}|(?=[^,]{1,40},[^/\n]{1,20}/)[A-ZȘȚĂÂÎА-ЯЁІЇЄҐ][\w.-]+(?:\s[A-ZȘȚĂÂÎА-ЯЁІЇЄҐ][\w.-]+){0,2}),"
    r"\s+\d{1,2}\s+[^\W\d_]{3,12}\.?"
    r"\s*(?:/(?P<paren>[^/\n]{1,40})/\.?(?:\s*[-—–](?=\s))?|[-—–]\s+(?P<agency>[A-ZА-ЯЁІЇЄҐ][\w-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w-]*){0,2})\.(?!\d)))\s*"
)
"""A Russian or Ukrainian agency's dateline: a place in capitals, the day and month, and
the agency between slashes or after a dash ("МОСКВА, 7 декабря. /ТАСС/.", "МОСКВА, 7 дек
— РИА Новости."), and so Agerpres and BTA, their place in small letters ("București, 31 aug
/Agerpres/ -", "Русе, 18 ноември /БТА/."), its name in capitalised words (not a short lead, "ОДЕСА, 27 листопада —
Шторм знеструмив місто.", nor its first figure, "MILANO, 3 marzo - Circa 20.000 persone")."""
DATELINE_DAY_MONTH = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][{_CAPS} .'-]{{1,40}}),\s+(?P<date>\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d_]{{3,12}}\.?"
    rf"(?P<year>\s+(?:de\s+)?(?:19|20)\d\d)?)(?:\s+[-—–]+|\.[-—–]+|\.(?=\s+[{_CAPS}«„\"“])))(?:\s*(?=\S)|\s*$)"
)
"""A place in capitals, the day and month in the language's words and a dash, as Europe's
and Indonesia's press opens ("MILANO, 3 marzo - …", "MÜNCHEN, 5. November - …", "JAKARTA,
20 Agustus - …", "ОДЕСА, 27 листопада — …"), Europa Press on a line of its own ("SEVILLA,
17 Nov. -"), Colombia's with its year and a full stop ("BOGOTÁ, 14 de marzo de 2024.-"), a
Russian one with a full stop alone ("МОСКВА, 11 июня. Средства ПВО …", "ЗАПОРОЖЬЕ, 5 мая. «Город
выстоит…»")."""
DATELINE_FULL_DATE = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w'-]+(?:\s[{_CAPS}][\w'-]+){{0,2}}),\s+"
    r"(?P<date>\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?(?P<year>\s+(?:de\s+)?(?:19|20)\d\d)\.?)\s+[-—–]+)\s*(?=\S)"
)
"""A place in any case, a full date in the language's words and a dash: "Αθήνα, 18
Φεβρουαρίου 2025 – …", "Lisboa, 3 de março de 2026 – …" (taken only where the date reads as
one: its date was a conflict with the other account's "on Monday")."""
_AGENCY_FIRST = compiled(r"^\((?P<agency>[A-ZΑ-ΩА-ЯЁ][\wΑ-Ωα-ωА-Яа-яЁё.-]{1,15})\)\s*[-—–]\s*(?=\S)")
"""An agency's name before the dateline, as ANSA sends it: "(ANSA) - ROMA, 03 MAR - …"."""
_AGENCY_TAG = r"(?:Enditem|[(/](?:[A-ZΑ-ΩА-ЯЁ][A-ZΑ-ΩА-ЯЁ.-]{1,11}|[A-Z][a-z]{2,5}|dpa|apa)[)/])\W{0,2}$"
_WIRE_TRAILER = compiled(rf"(?<=[.!?。»”\"'’])\s+{_AGENCY_TAG}")
"""An agency's tag closing the last paragraph, after its last sentence, or on a line of its
own: "… 38 roghi. (ANSA).", "… в сряда. /БТА/", Xinhua's "Enditem" (each was a statement
only that account made)."""
_AGENCY_TAG_ALONE = compiled(rf"^{_AGENCY_TAG}")
_ANY_PLACE = r"[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2}"
DATELINE_NUMBERED = compiled(
    rf"^(?P<dateline>(?P<place>{_ANY_PLACE}),\s+"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.|(?:19|20)\d\d\.\s+[^\W\d_]{3,12}\s+\d{1,2}\.)"
    r"(?:,\s+[^\W\d_]{3,12}(?=\s*\())?(?:\s*\((?P<paren>[^)]{1,30})\))?(?:\s*[-—–])?)\s*(?=\S)"
)
"""The day, month and year in figures, as Hina, Tanjug and Beta date a story ("ZAGREB, 14.
11. 2025. (Hina) –", "BEOGRAD, 14.11.2025."), or the year first, as MTI does ("BUDAPEST,
2025. november 18. (MTI) –", with the weekday: "Budapest, 2025. május 14., szerda (MTI) –"): cut
into sentences of their own, each an omission (the weekday a false date conflict)."""
DATELINE_DAY_AGENCY = compiled(
    rf"^(?P<dateline>(?P<place>{_ANY_PLACE})[,.]\s+\d{{1,2}}[-\s][^\W\d_]{{3,12}}\.\s*"
    r"(?:/(?P<paren>[^/\n]{2,30})/\.?|(?P<agency>[^\W\d_]{4,20})\s+[-—–]))\s*(?=\S)"
)
"""The day and month, then the agency between slashes, as UzA and Sakinformi write it
("Toshkent, 9-oktyabr. /UzA/.", "თბილისი, 30 ოქტომბერი. /საქინფორმი/."), or Kazinform in
Kazakh, before a dash ("Алматы. 30 тамыз. ҚазАқпарат –")."""
DATELINE_LETA = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w'-]+(?:\s[{_CAPS}][\w'-]+){{0,2}}),\s+(?P<date>\d{{1,2}}\.\s+[^\W\d_]{{3,12}}),\s+"
    r"(?P<agency>[A-Z]{3,8})\.)\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ\"“„«])"
)
"""LETA's dateline: the place, the day and month in words, the agency in capitals and a full
stop ("Rīga, 19. novembris, LETA. Bezdarba līmenis …"): it was a statement of its own."""
DATELINE_AGENCY_CAPS = compiled(
    rf"^(?P<dateline>(?P<place>[{_CAPS}][\w'-]+(?:\s[{_CAPS}][\w'-]+){{0,2}})[.,]\s+\d{{1,2}}\s+[^\W\d_]{{3,12}}\.\s+"
    r"(?P<agency>[A-ZА-ЯЁІЇЄҐ]{3,}(?:-[A-ZА-ЯЁІЇЄҐ]{3,})?(?:\.[A-Z]{2,3})?)\s+[-—–]+)\s*(?=\S)"
)
"""Interfax's dateline: the place, the day and month, and the agency in capitals before a
dash ("Москва. 14 октября. INTERFAX.RU -", "Москва, 14 октября. ИНТЕРФАКС -", "Киев. 3
мая. ИНТЕРФАКС-УКРАИНА -")."""
DATELINE_KO = compiled(
    r"^(?P<dateline>[(（\[](?P<place>[가-힣]{1,10})\s?=\s?(?P<paren>[가-힣A-Za-z]{2,12})[)）\]])\s*"
    r"(?:(?P<byline>[가-힣]{2,4}(?:\s[가-힣]{2,4})?)\s(?:기자|특파원)\s*=\s*)?"
)
"""A Korean agency's dateline, the place and the agency in brackets, and its reporter or
correspondent before an equals sign: "(서울=연합뉴스) 김지훈 기자 = …", "[구미=뉴시스] 김민수
기자 = …", "(워싱턴=연합뉴스) 김동현 특파원 = …"."""
DATELINE_AR = compiled(
    r"^(?P<dateline>(?P<place>[\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?)(?:[،,]\s*(?P<date>[\d٠-٩]{1,2}\s+[\u0621-\u064a]+))?"
    r"\s*\((?P<paren>[^)]{1,30})\))\s*[-—–]\s*(?=\S)"
)
"""An Arabic wire's dateline: the place, maybe the day and month, the agency in brackets and
a dash ("دبي، 31 مايو (رويترز) - …", "عدن (رويترز) - …")."""
DATELINE_AM = compiled(
    r"^(?P<dateline>(?P<place>[\u1200-\u135a]+(?:\s[\u1200-\u135a]+){0,2})\s*[፣,]\s*"
    rf"(?P<date>{ETHIOPIAN_DATE}(?:{ETHIOPIAN_ERA})?)\s*(?:\((?P<paren>[^)]{{1,30}})\))?)\s*(?:፦|[:፡]-|[-—–])\s*(?=\S)"
)
"""The Ethiopian News Agency's dateline: the place, the date of Ethiopia's calendar, the
agency in brackets and "፦" ("አዲስ አበባ፣ ጥር 12/2018 (ኢዜአ)፦ …")."""
DATELINE_AR_LINE = compiled(
    r"^(?P<dateline>(?P<place>[\u0621-\u06d3]+(?:\s[\u0621-\u06d3]+)?)\s[-—–]\s"
    r"(?!(?:في|من|على|إلى|عن|مع|به|از|در|با|به)\s)(?P<paren>[\u0621-\u06d3]+(?:\s[\u0621-\u06d3]+){0,2}))\s*$"
)
"""An Arabic or Persian agency's dateline on a line of its own, the place and the agency
after a dash ("الرياض - واس", "تهران - ایسنا", "القاهرة - أ ش أ")."""
DATELINE_CITY_STOP = compiled(r"^(?P<dateline>(?P<place>[A-Z][a-z]+(?:\s(?:es\s|el\s)?[A-Z][a-z]+){0,2})\.)\s+(?=[A-Z])")
"""A city and a full stop opening the first paragraph, as Tanzania's press files ("Dodoma.
Bunge limepitisha …", "Dar es Salaam. …"): only a city the gazetteer knows."""
DATELINE_ZH = compiled(
    r"^(?P<dateline>(?P<place>\S{0,16}?)\d{1,2}月\d{1,2}日(?:电|讯|電|訊)\s*(?:[（(](?P<paren>[^）)]{1,80})[）)])?"
    r"|[（(](?P<agency>[^）)\d]{1,12}?社)?[^）)\d]{0,16}\d{1,2}日(?:[^）)]{0,10}(?:電|电|報導|报道|訊|讯))[）)]"
    r"|【(?P<outlet>[^】]{1,12}?)(?:專訊|专讯|訊|讯|電|电)】"
    # Kyodo's, the place and the agency after an equals sign: 【シンガポール＝共同】
    r"|【(?P<kyodo_place>[^】＝=]{1,12})[＝=](?P<kyodo>共同|時事|ロイター|AFP時事)】)\s*"
)
"""Chinese and Japanese datelines: Xinhua's "新华社东京12月19日电", Kyodo's "【シンガポール＝共同】",
Taiwan's CNA "（中央社記者X台北24日電）"
or "（中央社台北24日綜合外電報導）", Hong Kong's "【明報專訊】"."""
BYLINE_LINE = compiled(
    r"^(?:(?:By|Von|Par|Por|[Dd]i|[Dd]oor(?:\s+(?:onze|onzen|de)\s+(?:redacteur|correspondent|verslaggever)s?)?"
    r"|Av|Af|Autor|Autorka|Írta|Της|Του|Автор)(?:\s*[:：]\s*|\s+)|(?:文\s*[/／]|记者)\s*[:：]?\s*)"
    r"(?P<name>(?:[^\W\d_](?<=[^a-z])|\d+\s+[^\W\d_](?<=[^a-z])|[a-z]{1,3}\d{1,2}\b)[^\n]{1,79})$"
    r"|^(?P<filed>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})?)"
    r"\s+in\s+[A-Z][\w'’ -]{1,40}$"
    r"|^(?P<roled>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:[a-z][\w'’-]*\s+){0,3}"
    r"(?:correspondent|editor|reporter|writer|columnist|analyst|staff|contributor|producer)s?$"
    # the paper's own, unnamed: "Von unserem Korrespondenten", "Par notre envoyé spécial", "Da redação"
    r"|^(?P<own>(?:Von\s+unsere[mr]|Par\s+notre|De\s+notre|Por\s+nuestr[oa]|De\s+nuestr[oa]|Dal(?:la)?\s+nostr[oa]"
    r"|Do\s+nosso|Da\s+nossa|Od\s+nasze(?:go|j)|От\s+наше(?:го|й)|Da\s+[Rr]edação|Redazione|Van\s+onze|Fra\s+vores|Från\s+vår"
    # South Asia's and East Africa's ("Staff Correspondent", Swahili "Na MWANDISHI WETU")
    r"|(?:Staff|Special|Our)\s+(?:Correspondent|Reporter)|Na\s+(?:MWANDISHI\s+WETU|[Mm]wandishi\s+[Ww]etu))\b[^\n]{0,70})$"
)
"""A byline: the word for "by" (a word of its own: "Były burmistrz", "Diário" are none;
Italian "di Laura Serafini", Dutch "Door onze redacteur Pieter Jansen"), then a name that
opens with a capital or a CJK character, or a newsroom's ("By 10 News staff", Brazil's
"Por g1 — Brasília"); "By the
numbers" is a subhead. Or a name and where it was filed from ("Jennifer Lowe in
Amsterdam", as The Guardian gives it), or a name and the writer's role ("Rowena Hart,
political correspondent"), or the paper's own unnamed ("Von unserem Korrespondenten,
14.03.2027", "Par notre envoyé spécial", "Da redação", "Staff Correspondent", "Na MWANDISHI
WETU")."""


def bylined(match: re.Match[str]) -> str:
    """The name a ``BYLINE_LINE`` match gives, after "by" or before where it was filed from."""
    return (match["name"] or match["filed"] or match["roled"] or match["own"] or "").strip()


REPORTER = compiled(r"^(?:Reporters?|Correspondents?|By|记者|通讯员)\s*[:：]?\s*", re.IGNORECASE)
AGENCY = compiled(r"^(?P<agency>.*?(?:News\s+Agency|Agency|News|Press|Times|Post|社))\b", re.IGNORECASE)
ISO_DATE = compiled(r"(\d{4})\s?[-/.年년]\s?(\d{1,2})\s?[-/.月월]\s?(\d{1,2})")
_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_SHAPE = compiled(
    r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?!\d)"  # 17.10.2024, 17/10/24
    r"|(?<![\d./-])(?:19|20)\d\d(?:-\d{1,2}-|/\d{1,2}/|\.\d{1,2}\.)\d{1,2}(?![\d./-])"  # 2025-11-28, 2025/06/24
    r"|(?<!\d)\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d(?!\d)"  # 14. 11. 2025 (Czech, Slovak)
    r"|(?<!\d)\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d\d(?!\d)"  # 17 octobre 2024
    r"|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d\d(?!\d)"  # October 17, 2024
    rf"|(?<!\d)\d{{1,2}}\s+(?:{SOLAR_HIJRI_MONTH})\s+1[34]\d\d(?!\d)"  # 23 آبان 1405 (Iran's solar calendar)
    r"|(?<!\d)\d{1,2}\s+[^\W\d_]{2,6}\s+\d{1,2},?\s+(?:[^\W\d_]{2,6}\s+)?(?:19|20)\d\d(?!\d)"  # 28 tháng 10 năm 2025
    r"|(?<!\d)(?:19|20)\d\d\.\s+gada\s+\d{1,2}\.\s+[^\W\d_]{3,}"  # 2026. gada 12. martā (Latvian)
    r"|(?<!\d)(?:19|20)\d\d\.\s+[^\W\d_]{3,}\.?\s+\d{1,2}\.?(?!\d)"  # 2024. április 15.
    r"|(?<!\d)(?:19|20)\d\d\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"  # 2024年5月8日
    r"|(?<!\d)\d{1,2}\.[^\W\d_]{3,4}\.(?:19|20)\d\d(?!\d)"  # 4.nov.2024 (Folha de S.Paulo)
    r"|(?<!\d)(?:19|20)\d\d\s+m\.\s+[^\W\d_]{3,}\s+\d{1,2}\s+d\."  # 2026 m. kovo 12 d. (Lithuanian)
)
"""A day, a month and a year in some common order: only then is dateparser asked."""
_HEADER_WITH_A_DATE = compiled(
    rf"^(?P<before>[^\n!?;:。]{{0,60}}?)(?P<date>{_DATE_SHAPE.pattern})(?P<tail>\s+[^\W\d_]{{1,10}}\.?)?"
    rf"(?P<after>(?:[^\n!?;:。]|(?<=\d)[:](?=\d)){{0,60}})$"
)
_UPDATED = compiled(
    r"[\s,;|·—–-]*\(?\b(?:(?:last\s+)?updated(?:\s+on)?|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el)?|"
    r"atualizado(?:\s+em)?|aggiornato(?:\s+il)?|aktualisiert(?:\s+am)?|bijgewerkt(?:\s+op)?|обновлено|"
    r"zaktualizowano|aktualizováno|uppdaterad|opdateret|oppdatert|päivitetty)\b\s*:?",
    re.IGNORECASE,
)
"""The word for "updated" before a header line's second date ("13 mars 2026, mis à jour
le 14 mars 2026"): the line's date is the first."""
_WEEKDAY_BEFORE_A_DATE = compiled(rf"(?<!\S)[^\W\d_{_CAPS}][^\W\d_]*,?\s*$")
"""A word in lower case just before a header line's date: the weekday, as French, Spanish,
Russian or Czech write it ("mardi 14 octobre 2025", "вторник, 14 октября 2025")."""
_CLOCK = compiled(r"\d{1,2}[:.]\d\d")
"""A time of day after a header line's date ("14. 11. 2025 11:20"): no byline."""
_WEB_ADDRESS = compiled(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
_SECOND_MONTH_NAME = compiled(r"(?<=[^\W\d_])(?:/[^\W\d_]+(?:\s[^\W\d_]+)?|\s\([^\W\d_]+(?:\s[^\W\d_]+)?\))(?=\s+\d)")
"""A month's other name after a slash or in brackets (Arabic "أكتوبر/تشرين الأول", "أكتوبر
(تشرين الأول)"), which dateparser does not read."""
_HEADER_SEPARATORS = ",،、，|—–-·"


def _marks_as_letters(text: str) -> str:
    """``text`` with a letter for each vowel sign or other mark, which is no word character
    to a pattern ("मार्च", March in Hindi), one for one, so that offsets hold."""
    return "".join("a" if unicodedata.category(c) in ("Mn", "Mc") else c for c in text)


def header_date(line: str) -> tuple[str, bool] | None:
    """The date of a line between the title and the body that is a date and names around
    it, with no word for "by": "Ольга Петрова, Одесса, 4 июня 2025", "16 ottobre 2025 —
    Redazione ANSA", "Yle Uutiset 12.3.2026", "الرباط - الأربعاء ١٥ أكتوبر ٢٠٢٥", or
    the date alone; a word may follow the year ("12 марта 2025 года", "14 listopada 2024
    r."), or a time ("21.10.2025, 22.45 Uhr"). Every other word is capitalised, or short
    ("di", "avec": "Le Monde avec AFP"), or of a script without case:
    "Floods hit the coast on 16 October 2025" is a subhead. The date (the publication
    date), and whether the line has other words (a byline, an outlet, a place)."""
    if len(line) > 120:
        return None
    if (update := _UPDATED.search(line)) and _DATE_SHAPE.search(line, update.end()):
        line = line[: update.start()]  # the first date is the publication's
    ascii_digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in line)
    ascii_digits = _SECOND_MONTH_NAME.sub(lambda m: " " * len(m.group()), ascii_digits)
    match = _HEADER_WITH_A_DATE.match(_marks_as_letters(ascii_digits))
    if not match:
        return None
    before, after = line[: match.start("date")], line[match.end("tail") if match["tail"] else match.end("date") :]
    before = _WEEKDAY_BEFORE_A_DATE.sub("", before)
    words = [w for w in f"{before} {after}".translate({ord(c): " " for c in _HEADER_SEPARATORS}).split() if not _CLOCK.fullmatch(w)]
    if len(words) > 8 or any(w[:1].islower() and len(w) > 4 and not _WEB_ADDRESS.fullmatch(w) for w in words):
        return None  # (an outlet may go by its web address: "rus.err.ee, 04.03.2026")
    return " ".join(ascii_digits[match.start("date") : match.end("date")].split()), bool(words)


_LOWER_WORD = compiled(r"(?<![\w.])[a-zà-ÿ]{2,}(?![\w.])")
_CASELESS_WORD = compiled(r"(?<![\w.])[^\W\d_a-zA-Zà-ÿÀ-ß]{2,}(?![\w.])")


def _words_of_a_sentence(line: str) -> int:
    """The lower-case words of a line, or its words in a script without case (Persian,
    Arabic, Hindi): a header line has few, a sentence many ("دور بعدی روز ۲ آذر ۱۴۰۵ برگزار
    می‌شود." is a lead sentence with a date, no byline)."""
    caseless = [w for w in _CASELESS_WORD.findall(_marks_as_letters(line)) if w.lower() == w.upper()]
    return max(len(_LOWER_WORD.findall(line)), len(caseless))
"""A lower-case word: a header line of a name, a place and a date has few, a sentence many."""
SENTENCE_END = compiled(r"[.!?。！？…:：;；።।॥؟۔][\"”’»“)）\s]*$")
"""A line that ends as a sentence does (Latin, CJK, Ethiopic ።, Devanagari ।, Arabic ؟ and
Urdu ۔ included), maybe inside a quotation or brackets that close after it: no title. A
headline that ends on a quoted phrase ("Kowalczyk: „To historyczny dzień”") is one."""


@dataclass
class CleanText:
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


_TAG = compiled(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?>")
"""Markup left in a plain text ("Plant <b>fire</b> kills 3"): its brackets are no breadcrumb's."""


def _is_chrome(line: str) -> bool:
    if ONLY_PUNCT.match(line) or EDITOR.match(line) or SHARE.match(line) or IN_BODY.match(line) or _AGENCY_TAG_ALONE.match(line):
        return True
    if BREADCRUMB.match(line) and len(line) < 200 and "«" not in line and not SENTENCE_END.search(line) and not _TAG.search(line):
        return True  # (« … » are quotes; "Inflation was > 5% in March and > 7% in April." a sentence; "<b>fire</b>" a tag's brackets)
    pieces = [p.strip() for p in re.split(r"\s*[|｜]\s*", line)]
    if len(pieces) >= 3 and all(0 < len(p) <= 40 for p in pieces):
        return True  # a row of footer or navigation links
    return bool(len(line) < 300 and (LEGAL.search(line) or BROWSER.search(line)))


_BALTIC_DATE_WORDS = compiled(r"(?<=\d)\s+m\.|(?<=\d)\s+d\.|(?<=\d\.)\s+gada\b")
"""The words for "year" and "day" beside a Lithuanian or Latvian date's numbers ("2026 m.
kovo 12 d.", "2026. gada 12. martā"), which dateparser does not read."""


def _parse_date(value: str) -> dt.date | None:
    """A full date in ``value``: ISO-like ("2023-03-23", "2023年3月23日") at once; any other
    form with a year ("17.10.2024", "17 octobre 2024", "October 17, 2024") through
    dateparser, imported only then (0.1 s), day before month where the order is unclear."""
    match = ISO_DATE.search(value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if len(value) > 80 or not _DATE_SHAPE.search(_marks_as_letters(value)):
        return None  # no day, month and year: no publication date, and dateparser slow to say so
    ascii_digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in value)
    if solar := _SOLAR_DATE.search(ascii_digits):
        return solar_hijri_to_gregorian(int(solar["year"]), SOLAR_HIJRI_MONTHS.index(solar["month"]) + 1, int(solar["day"]))
    import dateparser

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(_BALTIC_DATE_WORDS.sub("", value), settings=settings)
    return parsed.date() if parsed else None


_SOLAR_DATE = compiled(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{SOLAR_HIJRI_MONTH})\s+(?P<year>1[34]\d\d)(?!\d)")


MAX_DATE_LINES = 2
"""Date fields and lines whose date is tried: dateparser may take a second to fail, and a
hostile text can hold any number of them."""


def _try_date(value: str, clean: CleanText, tried: list[str]) -> bool:
    """Read the publication date from a date field or line, unless one is known or enough
    were tried. Whether the line gives a date: once no more are parsed, a later line
    ("Mis à jour le …") only needs a year and no full stop."""
    if clean.published is not None or len(tried) >= MAX_DATE_LINES:
        return bool(_YEAR.search(value)) and not value.rstrip().endswith(".")
    tried.append(value)
    clean.published = _parse_date(value)
    return clean.published is not None


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text was hard-wrapped at (``fold -s -w 72``), if it was: most lines that
    another line of their block follows come within 20 characters of the longest line,
    which is at most 100 long, and most of them end no sentence; None for text with a
    line per paragraph."""
    inner = [line for lines in blocks for line in lines[:-1]]
    width = max((len(line) for lines in blocks for line in lines), default=0)
    if len(inner) < 3 or width > 100:
        return None
    full = sum(1 for line in inner if len(line) >= width - 20)
    ended = sum(1 for line in inner if SENTENCE_END.search(line))  # lines that are sentences
    return width if full >= 0.8 * len(inner) and ended <= 0.5 * len(inner) else None


def _paragraphs(text: str) -> list[str]:
    """Non-empty lines are paragraphs, except hard-wrapped blocks, which are joined: in a
    text wrapped at a width, a line that reaches it runs on into the next."""
    out: list[str] = []
    blocks = [[ln.strip() for ln in block.split("\n") if ln.strip()] for block in re.split(r"\n\s*\n", text)]
    width = _wrap_width(blocks)
    for lines in blocks:
        if width is not None:
            paragraph: list[str] = []
            for line in lines:
                paragraph.append(line)
                if len(line) < width - 20:  # a line short of the width ends its paragraph
                    out.append(" ".join(paragraph))
                    paragraph = []
            if paragraph:
                out.append(" ".join(paragraph))
            continue
        if len(lines) > 2:
            ragged = sum(1 for ln in lines[:-1] if not SENTENCE_END.search(ln))
            lengths = [len(ln) for ln in lines[:-1]]
            if ragged > 0.6 * (len(lines) - 1) and max(lengths) - min(lengths) < 40 and min(lengths) > 40:
                out.append(" ".join(lines))
                continue
        out.extend(lines)
    return out


_WIRE_TAG = compiled(
    r"^(?:UPDATE|REFILE|RPT|CORRECTED|WRAPUP|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|PREVIEW|BREAKINGVIEWS)(?:\s\d+)?\s?-\s?(?=\S)"
)
"""A news agency's routing tag before its title ("UPDATE 2-Nordwind to build …"): no part
of the title, and its number no figure of the story."""


def _header_follows(paragraphs: list[str], index: int) -> bool:
    """Whether the paragraph after ``index`` is a header line (a byline, a date, a dateline
    alone on its line) before the body: the paragraph is then a title, though it ends with
    a full stop ("Ponad milion wiernych na Mszy św." over "Chiclayo, 8 listopada 2026 (KAI)")."""
    following = [p.strip() for p in paragraphs[index + 1 :] if p.strip()]
    if len(following) < 2 or len(following[0]) > 80:
        return False
    line = following[0]
    if BYLINE_LINE.match(line) or DATE_ONLY_LINE.match(line) or header_date(line):
        return True
    return any((m := pattern.match(line)) and not line[m.end() :].strip() for pattern in _DATELINES_ALONE)


_DATELINES_ALONE = (
    DATELINE_EN, DATELINE_DATED, DATELINE_AGENCY_LINE, DATELINE_SLASHED, DATELINE_ZH, DATELINE_HI, DATELINE_DAY_MONTH, DATELINE_INDIC,
    DATELINE_AR_LINE,
)
"""Datelines that may stand on a line of their own under the title."""


def _a_city(place: str) -> bool:
    """Whether a place in capitals is a city the gazetteer knows ("KUALA LUMPUR", "SONGKHLA")."""
    from ..compare.facts.places import city

    return city(place.strip().title()) is not None


def _split_dateline(paragraph: str, clean: CleanText, *, more: bool = False) -> str:
    """Take a leading dateline (and the byline inside it) off the first body paragraph;
    ``more``: other paragraphs follow it (a dateline may then be a line of its own)."""
    patterns = (
        DATELINE_ZH, DATELINE_KO, DATELINE_AR, DATELINE_AR_LINE, DATELINE_EN, DATELINE_UNPLACED, DATELINE_CAPS, DATELINE_AGENCY, DATELINE_AGENCY_LINE, DATELINE_SLASHED,
        DATELINE_DAY_MONTH, DATELINE_AGENCY_CAPS, DATELINE_DATED, DATELINE_FULL_DATE, DATELINE_NUMBERED, DATELINE_DAY_AGENCY, DATELINE_HI,
        DATELINE_INDIC, DATELINE_AM,
        DATELINE_PLACE, DATELINE_CITY_STOP, DATELINE_STOP_DASH, DATELINE_LETA,
    )
    agency_first = _AGENCY_FIRST.match(paragraph)
    if agency_first:
        rest = _split_dateline(paragraph[agency_first.end() :], clean, more=more)
        tag = agency_first.group().strip()
        clean.dateline = f"{tag} {clean.dateline}" if clean.dateline else tag.rstrip(" -—–")
        clean.outlet = clean.outlet or agency_first["agency"]
        return rest
    for pattern in patterns:
        match = pattern.match(paragraph)
        if not match or len(match["dateline"]) > 200:
            continue
        if pattern is DATELINE_FULL_DATE and _parse_date(match["date"]) is None:
            continue
        if pattern is DATELINE_CAPS and match["dateline"].endswith(":") and not match["paren"] and not _a_city(match["place"]):
            continue  # "BREAKING: …", "UPDATE: …": a label, not a place
        if pattern is DATELINE_CITY_STOP and not _a_city(match["place"]):
            continue  # "Thanks. The …", "Yes. …": no city
        rest = paragraph[match.end() :].strip()
        if not rest and not (pattern in _DATELINES_ALONE and more):
            return paragraph  # (a dateline on a line of its own: "ISTANBUL, March 10 (Reuters)")
        clean.dateline = match["dateline"].strip()
        if pattern is DATELINE_EN and clean.published is None and _YEAR.search(match["date"]):
            clean.published = _parse_date(match["date"])  # "DUBAI, Oct 22, 2025 (Reuters) -"
        if pattern in (DATELINE_DATED, DATELINE_DAY_MONTH, DATELINE_FULL_DATE) and match["year"] and clean.published is None:
            clean.published = _parse_date(match["date"])
        if pattern is DATELINE_AM and match["year"] and clean.published is None:
            clean.published = ethiopian_day(match["month"], int(match["day"]), int(match["year"]))
        if pattern is DATELINE_NUMBERED and clean.published is None:
            clean.published = _parse_date(match["date"])
        paren = (match.groupdict().get("paren") or match.groupdict().get("agency") or "").strip()
        if pattern is DATELINE_ZH and match["outlet"]:
            paren = match["outlet"]  # 【明報專訊】: Ming Pao
        if pattern is DATELINE_ZH and match["kyodo"]:
            paren = match["kyodo"]  # 【シンガポール＝共同】: Kyodo
        if paren:
            if REPORTER.match(paren):
                clean.byline = clean.byline or REPORTER.sub("", paren).strip()
            elif not clean.outlet and len(paren) < 40:
                clean.outlet = paren
        if match.groupdict().get("byline"):
            clean.byline = clean.byline or match["byline"]  # Yonhap's reporter, "김지훈 기자 ="
        outlet = match.groupdict().get("outlet") or ""
        if "." in outlet and not clean.outlet:
            clean.outlet = outlet  # "HANOI, KOMPAS.com -"
        place = (match.groupdict().get("place") or "").strip()
        agency = AGENCY.match(place.split(",")[0]) if place else None
        if agency and not clean.outlet:
            clean.outlet = agency["agency"].strip()
        return rest
    return paragraph


_LIVE_STAMP = compiled(
    r"^\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST|MEZ|MESZ)\)?)?"
    r"\s*[—–-]\s+(?=\S)"
)
"""A live blog's time of posting before an entry ("14:05 GMT — A wildfire forced …"): the
entry's, not the event's time, and in the way of its first words (a speaker)."""


def _without_live_stamps(paragraphs: list[str]) -> list[str]:
    """Paragraphs without a live blog's stamps: those with a time zone, and any where two
    entries or more are stamped."""
    stamps = [_LIVE_STAMP.match(p) for p in paragraphs]
    blog = sum(bool(m) for m in stamps) >= 2
    return [p[m.end() :] if m and (blog or m["zone"]) else p for p, m in zip(paragraphs, stamps, strict=True)]


def clean_text(text: str) -> CleanText:
    """Separate chrome, metadata, captions and body in text copied from a web page."""
    clean = CleanText()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    body: list[str] = []
    tried: list[str] = []  # date lines given to dateparser
    paragraphs = list(_paragraphs(text))
    for index, para in enumerate(paragraphs):
        fields = list(META_FIELD.finditer(para))
        if fields and len(para) < 200 and sum(len(f[0]) for f in fields) > 0.6 * len(para):
            for f in fields:
                key, value = f["key"].lower(), f["value"].strip()
                if key in ("source", "quelle", "fuente", "fonte", "источник", "来源", "出处"):
                    clean.outlet = clean.outlet or value or None
                else:
                    _try_date(value, clean, tried)
            continue
        published_line = PUBLISHED_LINE.match(para)
        if published_line and _try_date(published_line["value"], clean, tried):
            continue
        if not body and DATE_ONLY_LINE.match(para) and _try_date(para, clean, tried):
            continue
        if _is_chrome(para):
            continue
        byline = BYLINE_LINE.match(para)
        if byline and (byline["filed"] or byline["roled"]) and (clean.title is None or body):
            byline = None  # a name filed from a place, under the title only ("Chaos Erupts in Paris" is a subhead)
        name = bylined(byline) if byline else ""
        dated = header_date(name) if byline else None
        if byline and byline["own"] and not dated and "," in name:
            dated = header_date(name.split(",", 1)[1])  # "Von unserem Korrespondenten, 14.03.2027"
        # a byline ends as no sentence does, unless in a date's full stop ("2024. április 15.")
        if byline and len(para) < 80 and (not SENTENCE_END.search(para) or dated):
            clean.byline = clean.byline or name
            if dated:
                _try_date(dated[0], clean, tried)  # "By Olga Petrova, Odesa, June 4, 2025"
            continue
        dated = header_date(para) if clean.title is not None and not body else None
        if dated and SENTENCE_END.search(para) and _words_of_a_sentence(para.replace(dated[0], " ")) >= 3:
            dated = None  # a lead sentence with a date ("Polling will be held on March 5, 2027."): the body's first
        if dated:
            _try_date(dated[0], clean, tried)  # dateparser may not know the month ("شباط")
            clean.byline = clean.byline or (para if dated[1] else None)
            continue
        if len(para) <= 500 and PHOTO_CREDIT.search(para):
            clean.captions.append(para)
            continue
        if (
            clean.title is None
            and not body
            and len(para) <= 150
            and (not SENTENCE_END.search(para) or _header_follows(paragraphs, index))
            # an article's only paragraph is its body (Thai ends no sentence with a mark),
            # unless it is a word or two of navigation
            and (len(para) < 20 or any(p.strip() for p in paragraphs[index + 1 :]))
        ):
            clean.title = _WIRE_TAG.sub("", para)
            continue
        body.append(para)
    if body:
        body[0] = _split_dateline(body[0], clean, more=len(body) > 1)
        body[-1] = _WIRE_TRAILER.sub("", body[-1])
    clean.paragraphs = [p for p in _without_live_stamps(body) if p]
    return clean
