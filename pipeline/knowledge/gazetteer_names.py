"""The names of the built-in gazetteer (``pipeline.knowledge.gazetteer``), gathered from the libraries.

The built-in gazetteer knows the countries and territories of ISO 3166-1 (alpha-2 codes), and the
territories CLDR adds with languages or a currency of their own (``XK`` Kosovo, the Canary Islands ``IC``,
and the one union that trades as a party of its own, ``EU``, whose currency is its members'), and CLDR's
groupings named in every locale after a currency of that locale (a currency area, which economic
figures treat as one economy: ``EZ``, the area of the currency named ``Euro``, ``歐元``, ``ユーロ``);
its regions, continents and other groupings such as ``UN``, ``QO``, its unknown region ``ZZ`` and
numeric codes are left out; under their names in

1. CLDR, through Babel, for the locales ``en``, ``zh_Hant`` (Taiwan), ``zh_Hant_HK``, ``zh_Hans`` and
   ``ja``;
2. ISO 3166-1, through pycountry: ``name``, ``official_name`` and ``common_name``, and their
   translations in pycountry's ``iso3166-1`` catalogues for ``zh_TW``, ``zh_HK``, ``zh_CN`` and ``ja``;
3. variants derived from those by rule (``_derived``): an inverted ISO name (``Korea, Republic of``
   -> ``Republic of Korea``), a leading form of state dropped (``Republic of Korea`` -> ``Korea``; a
   Chinese or Japanese one closing the name, ``甲乙共和國`` -> ``甲乙``, ``name_words.STATE_FORM_END_RE``), a
   final parenthesized alternate (``Myanmar (Burma)`` -> ``Myanmar`` and ``Burma``; a Chinese
   qualifier is shortened to its first character: ``剛果（布拉薩）`` -> ``剛果（布）``), a parenthesis
   inside the name dropped (``Cocos (Keeling) Islands`` -> ``Cocos Islands``), a Chinese name joining two
   names shortened to their first characters (``甲乙丙和丁戊己`` -> ``甲丁``); a special administrative
   region's name without the words that say it is one (``甲國乙城特別行政區`` -> ``甲國乙城``,
   ``name_words.ADMIN_REGION_END_RE``; ``Aland City SAR Borduria`` -> ``Aland City, Borduria``); a currency
   area's name
   with the language's other words for a currency's area (``Euro area`` beside ``Eurozone``,
   ``name_words.CURRENCY_AREA_WORDS``).

A derived variant is only added where no source name of another code has the same key ("still
unique"). The head of a qualified name (``Congo`` of ``Congo - Kinshasa``, ``剛果`` of
``剛果（布拉薩）``) is the exception: the qualifier is there because the head alone is shared, so the
head is added to every code it heads, and a lookup of ``Congo`` returns both Congos; so is each
translation of an ISO name that came out ambiguous (ISO's ``Congo`` in Japanese, ``コンゴ``).

Babel does not expose CLDR's ``alt="variant"`` / ``alt="short"`` names (``Turkey``, ``Ivory Coast``,
``Burma`` as its own entry): an English name the index does not hold is looked up in
``country_converter``'s expressions (``pipeline.knowledge.variants``, with its guards against names of
companies and bodies that hold a country's name). Other names users add in a gazetteer file
(``pipeline.knowledge.reference``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.lang import name_words, scripts
from pipeline.lang.name_words import (
    ADMIN_REGION_END_RE,
    EN_ADMIN_REGION_RE,
    STATE_FORM_END_RE,
    ZH_JOINED_NAME_RE,
)

__all__ = ["CLDR_LOCALES", "ISO_CATALOGUES", "SOURCES", "build_builtin"]


CLDR_LOCALES = ("en", "zh_Hant", "zh_Hant_HK", "zh_Hans", "ja")
ISO_CATALOGUES = ("zh_TW", "zh_HK", "zh_CN", "ja")
ISO_FIELDS = ("name", "official_name", "common_name")

# Forms of state that may open an official English name ("Republic of ..."): language knowledge.
_STATE_FORMS = ("republic", "kingdom", "state", "principality", "commonwealth", "sultanate", "union")
_STATE_PREFIX = re.compile(rf"^(?:{'|'.join(_STATE_FORMS)})\s+of\s+(?:the\s+)?(?P<rest>.+)$", re.IGNORECASE)
_QUALIFIED = re.compile(r"^(?P<head>.+?)\s+[-–]\s+(?P<qualifier>\S.*)$")
_FINAL_PAREN = re.compile(r"^(?P<head>.+?)\s*[(（]\s*(?P<inner>[^()（）]+?)\s*[)）]\s*$")
_INNER_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_HAN = scripts.HAN_SPAN_RE
_UNKNOWN_REGION = "ZZ"  # CLDR's code for a region it does not know


def _iso_codes() -> list[str]:
    import pycountry

    return sorted(c.alpha_2 for c in pycountry.countries)


def _cldr_codes() -> list[str]:
    """Territories CLDR adds to ISO 3166-1: two-letter codes with languages or a currency of their own."""
    from babel.core import get_global

    languages, currencies = get_global("territory_languages"), get_global("territory_currencies")
    return sorted(
        code
        for code in {*languages, *currencies}
        if len(code) == 2 and code.isalpha() and code != _UNKNOWN_REGION
    )


def _currency_areas() -> dict[str, dict[str, str]]:
    """CLDR's groupings (letter codes neither ISO 3166-1 nor with languages or a currency of their own)
    whose name in every locale read is a currency's name in that locale and a word after it (``EZ``):
    code -> locale -> the currency's name."""
    from babel import Locale

    iso = set(_iso_codes()) | set(_cldr_codes())
    locales = [Locale.parse(loc) for loc in CLDR_LOCALES]
    out: dict[str, dict[str, str]] = {}
    for code in sorted(locales[0].territories):
        if len(code) != 2 or not code.isalpha() or code in iso:
            continue
        named = {str(loc): _currency_head(loc.territories.get(code, ""), loc.currencies) for loc in locales}
        if all(named.values()):
            out[code] = {loc: head for loc, head in named.items() if head}
    return out


def _currency_head(name: str, currencies: Mapping[str, str]) -> str | None:
    """The currency name that opens ``name`` with a word after it (``Euro`` of ``Eurozone``), else None."""
    heads = [c for c in currencies.values() if len(c) < len(name) and name.startswith(c)]
    return max(heads, key=len) if heads else None


def _area_variants(areas: Mapping[str, Mapping[str, str]]) -> list[tuple[str, str]]:
    """Each currency area under its currency's name and each of the language's words for its area."""
    out = []
    for code, heads in areas.items():
        for locale, head in heads.items():
            words = name_words.CURRENCY_AREA_WORDS.get(locale.split("_")[0], ())
            out += [(code, f"{head} {w}" if head[-1:].isascii() else f"{head}{w}") for w in words]
    return out


def _cldr_names(codes: set[str]) -> list[tuple[str, str]]:
    from babel import Locale

    out = []
    for locale in CLDR_LOCALES:
        territories = Locale.parse(locale).territories
        out += [(code, territories[code]) for code in sorted(codes) if code in territories]
    return out


def _iso_names() -> list[tuple[str, str, str]]:
    """(code, ISO name, the name or one of its translations)."""
    import pycountry

    from pipeline.knowledge.subdivisions import iso_catalogues

    catalogues = iso_catalogues("iso3166-1", ISO_CATALOGUES)
    out = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        for attr in ISO_FIELDS:
            value = getattr(country, attr, None)
            if not value:
                continue
            out.append((country.alpha_2, value, value))
            out += [(country.alpha_2, value, t.gettext(value)) for t in catalogues]
    return out


def _uninverted(name: str) -> str | None:
    """``Korea, Republic of`` -> ``Republic of Korea``; ``Virgin Islands, British`` -> ``British
    Virgin Islands``; None for other commas (``Taiwan, Province of China``)."""
    head, sep, tail = name.partition(", ")
    if not sep or "," in tail:
        return None
    words = tail.split()
    if words[-1].casefold() == "of" or words[-2:] and " ".join(words[-2:]).casefold() == "of the":
        return f"{tail} {head}"
    return f"{tail} {head}" if len(words) == 1 else None


def _derived(name: str) -> tuple[list[str], list[str]]:
    """(variants, heads) of one source name, by the rules of the module docstring."""
    variants: list[str] = []
    heads: list[str] = []
    base = _uninverted(name)
    if base:
        variants.append(base)
    for form in (name, base):
        if form and (m := _STATE_PREFIX.match(form)):
            variants.append(m["rest"])
    if m := _QUALIFIED.match(name):
        heads.append(m["head"])
    if m := _FINAL_PAREN.match(name):
        heads.append(m["head"])
        inner = m["inner"]
        if _HAN.search(inner):
            variants.append(f"{m['head']}（{inner[0]}）")
        else:
            variants.append(inner)
    elif _INNER_PAREN.search(name):
        variants.append(_INNER_PAREN.sub(" ", name).strip())
    if m := ZH_JOINED_NAME_RE.match(name):
        variants.append(m["first"][0] + m["second"][0])
    if (m := ADMIN_REGION_END_RE.search(name)) and m.start() >= 2:
        variants.append(name[: m.start()])  # "甲國乙城特別行政區" -> "甲國乙城"
    if (m := STATE_FORM_END_RE.search(name)) and m.start() >= 2:
        variants.append(name[: m.start()])  # "甲乙共和國" -> "甲乙", as "Republic of Korea" -> "Korea"
    if m := EN_ADMIN_REGION_RE.match(name):
        variants.append(
            f"{m['head']}, {m['sovereign']}"
        )  # "Aland City SAR Borduria" -> "Aland City, Borduria"
    return variants, heads


SOURCES = ("CLDR", "ISO 3166-1")


def build_builtin() -> Gazetteer:
    areas = _currency_areas()
    codes = set(_iso_codes()) | set(_cldr_codes()) | set(areas)
    iso = _iso_names()
    names = sorted(set(_cldr_names(codes) + [(code, name) for code, _en, name in iso]))
    derived: list[tuple[str, str]] = _area_variants(areas)
    heads: list[tuple[str, str]] = []
    for code, name in names:
        variants, hs = _derived(name)
        derived += [(code, v) for v in variants]
        heads += [(code, h) for h in hs]
    first = Gazetteer.build(names, derived=derived, heads=heads, sources=SOURCES)
    # a translation of an ambiguous ISO name (Congo -> コンゴ) is as ambiguous as the name
    heads += [
        (other, name)
        for _code, en, name in iso
        for other in sorted(first.codes(en))
        if len(first.codes(en)) > 1
    ]
    return Gazetteer.build(names, derived=derived, heads=heads, sources=SOURCES)
