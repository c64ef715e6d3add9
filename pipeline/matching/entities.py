"""Canonical entities: ids, names and variants of the clusters the assignment made.

id: slug of the most used English key (ties: shortest, then alphabetical); without English, ``zh-``
plus the Simplified Chinese key; without either, ``acronym-`` plus the acronym key. Collisions get
``-2``, ``-3`` ... in the order of the entities' first mention keys. name_en, name_zh and acronym are
the most used forms; variants list every distinct form with the articles using it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from pipeline.errors import DecisionsError
from pipeline.lang.scripts import KANA_RE
from pipeline.matching.keys import _mention_sort_key, _Names
from pipeline.matching.state import _Run
from pipeline.models import Entity, Link, Mention, Variant
from pipeline.normalize.acronyms import acronym_key
from pipeline.normalize.chinese import zh_key
from pipeline.normalize.english import en_key


@dataclass(frozen=True, slots=True)
class Matching:
    """Entities and the links that tie mentions to them."""

    entities: tuple[Entity, ...]
    links: tuple[Link, ...]
    # reviewer decisions (their ``where``) that named a spelling or mention absent from this run
    unused_decisions: tuple[str, ...] = ()

    def entity_of(self, mention_key: str) -> str | None:
        for link in self.links:
            if link.mention == mention_key:
                return link.entity
        return None

    def clusters(self) -> dict[str, tuple[str, ...]]:
        """Entity id -> its mention keys."""
        return {e.id: e.mentions for e in self.entities}


@dataclass(frozen=True, slots=True)
class ScoreTable:
    """Scores of some mentions against the entities of a matching (rows x entity ids)."""

    mentions: tuple[str, ...]
    entities: tuple[str, ...]
    scores: np.ndarray = field(repr=False)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _most_used(forms: Iterable[str]) -> str:
    counts = Counter(f for f in forms if f)
    if not counts:
        return ""
    return min(counts, key=lambda f: (-counts[f], len(f), f))


def _canonical(forms_by_key: Mapping[str, list[str]], *, kana_last: bool = False) -> tuple[str, str]:
    """(key, display form): the most used key (ties shortest, alphabetical; with ``kana_last``, a name in
    Chinese characters before one in kana, as Chinese readers read it), then its most used form."""
    if not forms_by_key:
        return "", ""
    key = min(
        forms_by_key,
        key=lambda k: (-len(forms_by_key[k]), kana_last and KANA_RE.search(k) is not None, len(k), k),
    )
    return key, _most_used(forms_by_key[key])


@dataclass(slots=True)
class _Draft:
    members: list[int]
    id: str = ""
    name_en: str = ""
    name_zh: str = ""
    acronym: str = ""


def _draft(run: _Run, members: list[int]) -> _Draft:
    en_forms: dict[str, list[str]] = defaultdict(list)
    zh_forms: dict[str, list[str]] = defaultdict(list)
    acr_forms: dict[str, list[str]] = defaultdict(list)
    for i in members:
        m, n = run.mentions[i], run.names[i]
        if m.name_en and n.en_keys and n.en_keys[0]:
            en_forms[n.en_keys[0]].append(m.name_en)
        if m.name_zh and zh_key(m.name_zh):
            zh_forms[zh_key(m.name_zh)].append(m.name_zh)
        for a in n.acronyms:
            acr_forms[acronym_key(a)].append(a)
    ekey, name_en = _canonical(en_forms)
    zkey, name_zh = _canonical(zh_forms, kana_last=True)
    akey, acronym = _canonical(acr_forms)
    base = _slug(ekey) or (f"zh-{zkey}" if zkey else "") or (f"acronym-{akey.lower()}" if akey else "entity")
    return _Draft(members, base, name_en, name_zh, acronym)


def _variants(mentions: Iterable[Mention], names: Iterable[_Names]) -> tuple[Variant, ...]:
    used: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m, n in zip(mentions, names, strict=True):
        for z in n.zh:
            used[("zh", z)].add(m.article)
        for e in n.en:
            used[("en", e)].add(m.article)
        for a in n.acronyms:
            used[("acronym", a)].add(m.article)
    order = {"zh": 0, "en": 1, "acronym": 2}
    return tuple(
        Variant(name=name, lang=lang, sources=tuple(sorted(arts)))
        for (lang, name), arts in sorted(used.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    )


def _unique_ids(drafts: list[_Draft], run: _Run) -> None:
    by_base: dict[str, list[_Draft]] = defaultdict(list)
    for d in drafts:
        by_base[d.id].append(d)
    taken = set(by_base)
    for base, group in sorted(by_base.items()):
        if len(group) < 2:
            continue
        group.sort(key=lambda d: sorted(_mention_sort_key(run.mentions[i]) for i in d.members))
        n = 2
        for d in group[1:]:
            while f"{base}-{n}" in taken:
                n += 1
            d.id = f"{base}-{n}"
            taken.add(d.id)
            n += 1


def _build(run: _Run, clusters: list[list[int]]) -> tuple[list[Entity], list[_Draft]]:
    """The entities of the clusters (sorted by id) and their drafts (in cluster order)."""
    drafts = [_draft(run, members) for members in clusters]
    for d in drafts:
        canonical = run.constraints.canonical
        found = sorted({run.constraints.group[i] for i in d.members} & canonical.keys()) if canonical else []
        names = {(run.constraints.canonical[g].name_en, run.constraints.canonical[g].name_zh) for g in found}
        if len(names) > 1:
            raise DecisionsError(
                [
                    f"{run.constraints.canonical[g].where}: gives entity {d.id} another canonical name"
                    for g in found
                ]
            )
        decision = run.constraints.canonical[found[0]] if found else None
        if decision is not None:
            d.name_en = decision.name_en or d.name_en
            d.name_zh = decision.name_zh or d.name_zh
            if decision.name_en:
                d.id = _slug(en_key(decision.name_en)) or d.id
    _unique_ids(drafts, run)
    entities = []
    for d in drafts:
        members = sorted(d.members, key=lambda i: _mention_sort_key(run.mentions[i]))
        entities.append(
            Entity(
                id=d.id,
                name_en=d.name_en,
                name_zh=d.name_zh,
                acronym=d.acronym,
                mentions=tuple(run.mentions[i].key for i in members),
                variants=_variants((run.mentions[i] for i in members), (run.names[i] for i in members)),
            )
        )
    entities.sort(key=lambda e: e.id)
    return entities, drafts
