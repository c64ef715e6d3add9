"""A name's forms as the scorer sees them (``Bag``: key ids per language, acronyms, codes, kana sound
keys), their union over an entity's members, the mark of a missing signal and the default weights.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.settings import DEFAULT_SETTINGS

DEFAULT = DEFAULT_SETTINGS.evidence


MISSING = -1.0


@dataclass(frozen=True, slots=True)
class Bag:
    """Forms as the scorer sees them: distinct key ids per language, given and derived acronym
    keys. One mention's, or the union over an entity's members (see ``_merge``)."""

    zh: tuple[int, ...] = ()
    en: tuple[int, ...] = ()
    given: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()  # gazetteer codes the names resolve to
    kana: tuple[int, ...] = ()  # ids of the katakana names' sound keys
    places: frozenset[str] = frozenset()  # the names' readings as places (pipeline.knowledge.place_sounds)


def _merge(bags: Iterable[Bag]) -> Bag:
    zh: dict[int, None] = {}
    en: dict[int, None] = {}
    given: set[str] = set()
    derived: set[str] = set()
    codes: set[str] = set()
    kana: dict[int, None] = {}
    places: set[str] = set()
    for b in bags:
        zh.update(dict.fromkeys(b.zh))
        en.update(dict.fromkeys(b.en))
        given |= b.given
        derived |= b.derived
        codes |= b.codes
        kana.update(dict.fromkeys(b.kana))
        places |= b.places
    return Bag(
        tuple(sorted(zh)),
        tuple(sorted(en)),
        frozenset(given),
        frozenset(derived),
        frozenset(codes),
        tuple(sorted(kana)),
        frozenset(places),
    )
