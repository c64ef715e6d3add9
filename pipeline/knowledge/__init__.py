"""What the matcher may know beyond the articles: gazetteers (CLDR/ISO and user files), reference
lists, regional Chinese vocabulary and the sound of transliterated names.

``Knowledge`` bundles what one run uses; ``pipeline.matching`` reads it as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from pipeline.errors import ReferenceFileError
from pipeline.knowledge.currencies import with_currencies
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.gazetteer_kept import builtin_gazetteer, subdivision_codes
from pipeline.knowledge.reference import ReferenceEntry, ReferenceKind, ReferenceList
from pipeline.knowledge.reference_file import load_reference
from pipeline.models import Entity, Mention

__all__ = [
    "Knowledge",
    "code_of",
    "entity_codes",
    "load_knowledge",
    "reference_entries",
    "with_place_names",
    "with_reference_names",
]


PLACES_SHARE = 0.3  # of the list items' names in the gazetteer's index: the lists are of places
PLACES_SAMPLE = 2000  # names read to tell (the first, in the run's order)


@dataclass(frozen=True, slots=True, kw_only=True)
class Knowledge:
    """Evidence sources for matching. ``gazetteer``: names -> codes (None: no codes at all);
    ``regional``: fold Taiwan phrases to mainland ones as a second key; ``phonetic``: pinyin
    similarity of short Chinese names."""

    gazetteer: Gazetteer | None = None
    regional: bool = True
    phonetic: bool = True

    @classmethod
    def standard(cls, extra: Sequence[Gazetteer] = (), *, builtin: bool = True) -> Knowledge:
        """The built-in countries gazetteer with the currencies' names (unless ``builtin=False``),
        overlaid by user files in order, with regional folding and phonetic evidence."""
        gazetteer = with_currencies(builtin_gazetteer()) if builtin else None
        for g in extra:
            gazetteer = g if gazetteer is None else gazetteer.overlaid(g)
        return cls(gazetteer=gazetteer)

    def for_lists(self, mentions: Sequence[Mention]) -> Knowledge:
        """This knowledge for a run whose lists are ``mentions``: the gazetteer's fallback (everyday English
        names of countries, then subdivisions' names) only where the lists are of places, a share
        ``PLACES_SHARE`` of their names in the index or naming a subdivision (it reads each unknown name
        against every country's expression: time a list of companies or people would spend for nothing)."""
        g = self.gazetteer
        if g is None or g.fallback is None:
            return self
        names = [n for m in mentions for n in (m.name_zh, m.name_en) if n][:PLACES_SAMPLE]
        known = sum(g.indexed(n) or bool(subdivision_codes(n)) for n in names)
        if names and known >= PLACES_SHARE * len(names):
            return self
        return replace(self, gazetteer=g.without_fallback())

    @classmethod
    def nothing(cls) -> Knowledge:
        """Names and the articles' own evidence only (how matching worked without this package)."""
        return cls(gazetteer=None, regional=False, phonetic=False)


def code_of(gazetteer: Gazetteer | None, names: Iterable[str]) -> str:
    """The one code that a source's names agree on: every name that the gazetteer resolves to a
    single code gives that code; ambiguous and unknown names give none. ``""`` when no name
    resolves or two names resolve to different codes (contradictory evidence is no evidence)."""
    if gazetteer is None:
        return ""
    found = {c for n in names if n and (c := gazetteer.code(n))}
    return found.pop() if len(found) == 1 else ""


def load_knowledge(
    reference: str | None, gazetteers: Sequence[str] = ()
) -> tuple[ReferenceList | None, Knowledge]:
    """Read a run's reference list and gazetteer files and build its ``Knowledge``: the built-in
    countries, overlaid by the gazetteer files in order, then by the reference list (its entries'
    ids are codes). Every problem of every file is raised at once as ``ReferenceFileError``."""
    problems: list[str] = []
    ref: ReferenceList | None = None
    extra: list[Gazetteer] = []
    for path in gazetteers:
        try:
            extra.append(load_reference(path, expect=ReferenceKind.GAZETTEER).gazetteer())
        except ReferenceFileError as exc:
            problems += exc.problems
    if reference:
        try:
            ref = load_reference(reference, expect=ReferenceKind.REFERENCE)
            extra.append(ref.gazetteer())
        except ReferenceFileError as exc:
            problems += exc.problems
    if problems:
        raise ReferenceFileError(problems)
    return ref, Knowledge.standard(extra)


def entity_codes(
    entities: Iterable[Entity], mentions: Mapping[str, Mention], gazetteer: Gazetteer | None
) -> dict[str, str]:
    """Entity id -> the one code its members' names agree on (entities without one are left out)."""
    out = {}
    for e in entities:
        names = [n for k in e.mentions if (m := mentions.get(k)) for n in (m.name_zh, m.name_en, *m.aliases)]
        if code := code_of(gazetteer, names):
            out[e.id] = code
    return out


def reference_entries(
    entities: Iterable[Entity],
    mentions: Mapping[str, Mention],
    reference: ReferenceList | None,
    gazetteer: Gazetteer | None,
) -> dict[str, ReferenceEntry]:
    """Entity id -> the official list's entry it is (by the code both resolve to)."""
    if reference is None:
        return {}
    by_code: dict[str, ReferenceEntry] = {}
    for entry in reference.entries:
        by_code[code_of(gazetteer, entry.all_names) or entry.id] = entry
        by_code.setdefault(entry.id, entry)
    return {e: by_code[c] for e, c in entity_codes(entities, mentions, gazetteer).items() if c in by_code}


def with_reference_names(
    entities: Sequence[Entity],
    mentions: Mapping[str, Mention],
    reference: ReferenceList | None,
    gazetteer: Gazetteer | None,
) -> tuple[Entity, ...]:
    """Entities named as the official list names them (its English, then Traditional or Simplified
    Chinese or Japanese name); ids are kept, so fingerprints do not move."""
    found = reference_entries(entities, mentions, reference, gazetteer)
    out = []
    for e in entities:
        entry = found.get(e.id)
        if entry is not None:
            zh = entry.name("zh-Hant") or entry.name("zh-Hans") or entry.name("zh") or entry.name("ja")
            e = replace(e, name_en=entry.name("en") or e.name_en, name_zh=zh or e.name_zh)
        out.append(e)
    return tuple(out)


def with_place_names(
    entities: Sequence[Entity], mentions: Mapping[str, Mention], gazetteer: Gazetteer | None
) -> tuple[Entity, ...]:
    """Entities no outlet names in English, named by CLDR's English name of the place their names resolve
    to (a report read in English names what an English outlet left out as ``Indonesia``, not ``印尼``);
    ids are kept."""
    unnamed = [e for e in entities if not e.name_en]
    if gazetteer is None or not unnamed:
        return tuple(entities)
    from babel import Locale

    english = Locale("en").territories
    codes = entity_codes(unnamed, mentions, gazetteer)
    named = {e.id: english[c] for e in unnamed if (c := codes.get(e.id, "")) in english}
    return tuple(replace(e, name_en=named[e.id]) if e.id in named else e for e in entities)
