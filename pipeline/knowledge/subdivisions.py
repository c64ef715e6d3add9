"""Names of the first-level subdivisions of countries (states, provinces, prefectures) from ISO 3166-2,
through pycountry: its English names and their translations in pycountry's ``iso3166-2`` catalogues for
``zh_TW``, ``zh_HK``, ``zh_CN`` and ``ja``, with a few variants by rule (``_variants``).

A list of places below the country (states with their minimum wages, provinces with their output) is
printed ``甲乙州`` by one outlet, ``甲乙`` by another, ``アランド州`` by a third: the catalogues give one
code to the forms they know. The gazetteer consults these names only for a name neither its own index nor
its everyday-English fallback knows (``Gazetteer.fallback``), so that no country's name ever resolves to a
subdivision of the same name.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator

__all__ = ["iso_catalogues", "subdivision_names"]

CATALOGUES = ("zh_TW", "zh_HK", "zh_CN", "ja")
# a Chinese or Japanese word after a place's name saying which kind of place it is (``甲乙州``, ``甲乙省``)
_KIND_ENDING = re.compile(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff]{2})[州省市県都府]$")
_KATAKANA_RE = re.compile(r"^[\u30a0-\u30ff・]+$")
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def _variants(name: str) -> Iterator[str]:
    """A translated name with and without the word of its kind of place: ``甲乙州`` and ``甲乙``;
    ``アランド`` and ``アランド州`` (how Japanese writes a state); a Chinese state's name of three
    characters or more cut to its first and its ending, as Chinese shortens one (``甲乙丙州`` -> ``甲州``;
    two states whose short forms meet give that key both codes, which is no evidence)."""
    yield name
    if (ending := _KIND_ENDING.search(name)) is not None:
        yield name[: ending.start()]
        if ending.group() == "州" and _HAN_RE.match(name) and len(name) >= 3:
            yield name[0] + "州"
    elif _KATAKANA_RE.match(name):
        yield name + "州"
    elif _HAN_RE.match(name):
        yield name + "州"


def iso_catalogues(domain: str, languages: Iterable[str]) -> list[gettext.NullTranslations]:
    """pycountry's translations of an ISO standard (``iso3166-1``, ``iso3166-2``) into each of
    ``languages`` it holds (a language it lacks is left out)."""
    import pycountry

    out: list[gettext.NullTranslations] = []
    for lang in languages:
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


def subdivision_names() -> list[tuple[str, str]]:
    """(ISO 3166-2 code, name) of every first-level subdivision, in its English name, its translations
    and their variants; sorted."""
    import pycountry

    catalogues = iso_catalogues("iso3166-2", CATALOGUES)
    out: set[tuple[str, str]] = set()
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        out.add((sub.code, sub.name))
        for t in catalogues:
            translated = t.gettext(sub.name)
            if translated != sub.name:
                out.update((sub.code, v) for v in _variants(translated))
    return sorted(out)
