"""Write the countries' names in the languages storydiff reads (compare/facts/names.py).

    python scripts/build_countries.py

The source is CLDR (Unicode License) as babel ships it: each ISO country's name in every
language below, folded (case and accents away), with its ISO code. pycountry knows the
English names only, so "Estados Unidos", "Francia" and "Verenigde Staten" were read as
persons. Shipped built: loading seventeen locales from babel costs about 0.2 s, the list
itself a few milliseconds."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storydiff.compare.facts.places import fold, gazetteer  # noqa: E402
from storydiff.compare.words import simplified  # noqa: E402

LANGUAGES = ("es", "fr", "de", "it", "pt", "nl", "ca", "pl", "cs", "sk", "sv", "da", "nb", "fi", "hu", "ro", "tr", "id", "hr", "sl")
"""Languages of the Latin alphabet whose press storydiff reads (English is pycountry's)."""
CJK_LANGUAGES = ("zh", "zh_Hant", "ja")
"""Chinese in both scripts and Japanese, whose unspaced text is scanned for the names as
written (Korean, spaced, writes 인도, India, as the word for "handover" too: left out)."""
CJK_LONGEST = 8
"""Longer CJK names are official forms news does not write ("中国香港特别行政区")."""
CJK_PRESS_NAMES = {"米国": "US", "アメリカ": "US", "豪州": "AU", "英国": "GB"}
"""The Japanese press's names CLDR does not give (its "アメリカ合衆国", "オーストラリア", "イギリス")."""
OUT = ROOT / "src" / "storydiff" / "compare" / "facts" / "countries.json.gz"


def main() -> None:
    import babel
    import pycountry
    from babel import Locale

    cities = gazetteer()[0]
    names: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in sorted(Locale.parse(lang).territories.items()):
            # (not a name a city has too: Spanish "Granada" is Grenada and the city, "México"
            # the country and its capital; the city is read first, as before)
            country = len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code) is not None
            if country and fold(name) not in cities:
                names.setdefault(fold(name), code)
    cjk: dict[str, str] = dict(CJK_PRESS_NAMES)
    for lang in CJK_LANGUAGES:
        for code, name in sorted(Locale.parse(lang).territories.items()):
            country = len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code) is not None
            # (not Antarctica: 南极 / 南極 is any south pole, the Moon's too)
            if country and code != "AQ" and 2 <= len(name) <= CJK_LONGEST and "（" not in name and "(" not in name and name not in cities:
                # Taiwan's names in the simplified characters the text is read in (賴比瑞亞,
                # Liberia, is 赖比瑞亚 by then; Japan's 韓国 stays: no Chinese characters differ)
                cjk.setdefault(simplified(name) if lang == "zh_Hant" else name, code)
    data = {
        "source": f"CLDR via babel {babel.__version__}, languages {', '.join(LANGUAGES + CJK_LANGUAGES)}",
        "names": dict(sorted(names.items())),
        "cjk": dict(sorted(cjk.items())),
    }
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(names)} names, {len(cjk)} in CJK scripts -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
