"""Places' names in Chinese and Japanese with their English names, from CLDR through Babel: the names of
the countries and territories with languages or a currency of their own (no grouping such as ``UN``) and
the exemplar cities of the time zones (a zone's city in Traditional, Simplified and Japanese; its English
name from the zone's id where CLDR's English data gives none). A name that CLDR gives to two places with
different English names is left out: it tells no place. Used to read the proper part of an organization's
name (``甲城大學``: the university of the city 甲城).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.knowledge.gazetteer_names import CLDR_LOCALES, _cldr_codes

MIN_PLACE = 2  # a place's name of one character (``美``) is a word of other names as often as a place's


@lru_cache(maxsize=1)
def place_words() -> dict[str, str]:
    """Every Chinese or Japanese name CLDR gives a country, territory or exemplar city, to its English
    name (lower case)."""
    from babel import Locale

    countries = set(_cldr_codes())

    english = Locale.parse("en")
    found: dict[str, set[str]] = {}
    for loc in (Locale.parse(code) for code in CLDR_LOCALES if code != "en"):
        for code, name in loc.territories.items():
            if code in countries and code in english.territories:
                found.setdefault(name, set()).add(english.territories[code].casefold())
        for zone, names in loc.time_zones.items():
            city = names.get("city")
            if not city or "/" not in zone or zone.startswith("Etc/"):
                continue
            en_city = english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
            found.setdefault(city, set()).add(en_city.casefold())
    return {name: next(iter(en)) for name, en in found.items() if len(en) == 1 and len(name) >= MIN_PLACE}
