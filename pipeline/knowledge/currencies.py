"""Currencies as the matcher knows them: CLDR's name of every currency in use, through Babel.

A list of currencies (a basket's weights, a table of exchange rates) names its items the way each
language does (``甲元`` in Chinese, ``甲円`` in Japanese, ``Aland crown`` in English): CLDR names each
currency in every locale the gazetteer reads (``gazetteer_names.CLDR_LOCALES``), under its ISO 4217 code.
Only the currencies some territory still uses are known (none another currency replaced), and a
name that is already a place's (a currency union's area, as CLDR names it) stays the place's: the
places come first.

Beside CLDR's own names, one variant by rule: a name that opens with the name, in the same locale, of a
territory whose currency it is, without that name (``甲國人民元`` -> ``人民元``), where no other currency
has that key ("still unique": ``Dollar`` of ``Aland Dollar`` is many currencies' and is left out); and a
name that opens with a country's one character and 國 with that character alone (``乙國ポンド`` ->
``乙ポンド``, ``name_words.HAN_COUNTRY_OPENING_RE``), still unique too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from babel import Locale
from babel.core import get_global

from pipeline.knowledge.gazetteer import Gazetteer, name_key
from pipeline.knowledge.gazetteer_names import CLDR_LOCALES
from pipeline.lang.name_words import HAN_COUNTRY_OPENING_RE

__all__ = ["CURRENCY_PREFIX", "currency_gazetteer", "with_currencies"]

CURRENCY_PREFIX = "¤"  # a currency's code (``¤USD``) is never a place's (``US``)
_JOINERS = " ・·-"  # what may part a territory's name from the currency's word


def _in_use() -> dict[str, set[str]]:
    """Currency code -> the territories whose tender it still is."""
    out: dict[str, set[str]] = defaultdict(set)
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is None and tender:
                out[code].add(territory)
    return out


def _names() -> Iterator[tuple[str, str, bool]]:
    """(code, name, derived) of every currency in use, in every locale read."""
    used = _in_use()
    for locale in CLDR_LOCALES:
        loc = Locale.parse(locale)
        for code in sorted(used):
            name = loc.currencies.get(code)
            if not name:
                continue
            yield code, name, False
            if (short := HAN_COUNTRY_OPENING_RE.match(name)) is not None:
                yield code, short.group("short") + name[short.end() :], True
            for territory in sorted(used[code]):
                place = loc.territories.get(territory, "")
                rest = name[len(place) :].lstrip(_JOINERS) if place and name.startswith(place) else ""
                if rest and rest != name:
                    yield code, rest, True


@lru_cache(maxsize=1)
def currency_gazetteer() -> Gazetteer:
    """Name key -> ``¤`` + ISO 4217 code, CLDR's names and the still-unique variants."""
    names: list[tuple[str, str]] = []
    derived: list[tuple[str, str]] = []
    for code, name, is_derived in _names():
        (derived if is_derived else names).append((CURRENCY_PREFIX + code, name))
    variants: dict[str, set[str]] = defaultdict(set)
    for code, name in derived:
        variants[name_key(name)].add(code)
    unique = [(c, n) for c, n in derived if len(variants[name_key(n)]) == 1]
    return Gazetteer.build(names, derived=unique, sources=("CLDR currencies",))


@lru_cache(maxsize=4)
def with_currencies(places: Gazetteer) -> Gazetteer:
    """``places`` with the currencies' names its own names do not already hold (kept per gazetteer)."""
    extra = {k: v for k, v in currency_gazetteer().index.items() if k not in places.index}
    return Gazetteer(
        dict(sorted({**places.index, **extra}.items())),
        (*places.sources, *currency_gazetteer().sources),
        places.fallback,
        demonyms=places.demonyms,
    )
