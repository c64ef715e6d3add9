"""Prose linking, and scoring mentions against an existing matching.

``link_prose`` scores prose candidates against a gazetteer built from every entity's variants (all
Chinese, English and acronym forms, in either script) with the same scorer and rule; any number of prose
mentions may link to one entity; weak or indistinct candidates stay unlinked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from pipeline.matching.bags import _merge
from pipeline.matching.candidates import _FORBIDDEN
from pipeline.matching.decisions import Decisions, _constraints
from pipeline.matching.entities import Matching, ScoreTable
from pipeline.matching.evidence import Space, _combine
from pipeline.matching.explain import prose_link
from pipeline.matching.keys import _link_sort_key, _mention_names, _Names, _names, _shared_acronyms
from pipeline.matching.levels import LinkEvidence
from pipeline.matching.record import _shared_features
from pipeline.models import Entity, Kind, Level, Link, Mention, Variant
from pipeline.normalize.acronyms import acronym_key
from pipeline.settings import DEFAULT_SETTINGS, EvidenceSettings, Settings


def _entity_sources(entity: Entity) -> list[_Names]:
    """One _Names per article that contributed variants to the entity."""
    per_article: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"zh": [], "en": [], "acronym": []})
    for v in entity.variants:
        for a in v.sources or ("",):
            per_article[a][v.lang].append(v.name)
    if not per_article:
        per_article[""] = {"zh": [entity.name_zh], "en": [entity.name_en], "acronym": [entity.acronym]}
    return [_names(a, f["zh"], f["en"], f["acronym"]) for a, f in sorted(per_article.items())]


def _gazetteer_scores(
    candidates: Sequence[_Names], matching: Matching, weights: EvidenceSettings
) -> tuple[np.ndarray, list[str], Space, list[list[_Names]]]:
    """Scores of the candidates against every entity (the best over its sources), the entity ids,
    the scoring space and each entity's sources."""
    sources = [_entity_sources(e) for e in matching.entities]
    space = Space([*(n for src in sources for n in src), *candidates], weights=weights)
    bags = [_merge(space.bag(n) for n in src) for src in sources]
    signals = space.signals([space.bag(c) for c in candidates], bags)
    return _combine(*signals, agreement=weights.agreement), [e.id for e in matching.entities], space, sources


def score_against(
    mentions: Sequence[Mention], matching: Matching, *, settings: Settings = DEFAULT_SETTINGS
) -> ScoreTable:
    """Score mentions against every entity of ``matching`` (its variants are the gazetteer)."""
    shared = _shared_acronyms(mentions)
    names = [_mention_names(m, shared) for m in mentions]
    scores, ids, _space, _sources = _gazetteer_scores(names, matching, settings.evidence)
    return ScoreTable(tuple(m.key for m in mentions), tuple(ids), scores)


def link_prose(
    candidates: Sequence[Mention],
    matching: Matching,
    *,
    settings: Settings = DEFAULT_SETTINGS,
    score_cutoff: float | None = None,
    min_margin: float | None = None,
    sure_score: float | None = None,
    decisions: Decisions | None = None,
) -> tuple[Matching, tuple[str | None, ...]]:
    """Link prose mentions to entities of ``matching``; returns the extended matching and, per
    candidate (in the given order), the entity id it links to or None.

    A candidate links to its best entity when the score reaches ``sure_score``, or reaches
    ``score_cutoff`` and beats the runner-up by ``min_margin``; the gazetteer is every variant
    (Chinese, English, acronym) of every entity, and each candidate is scored against the given
    matching alone, so the order of candidates does not matter. Any number
    of prose mentions may link to one entity. Reviewer decisions ("same"/"not_same" naming a
    candidate and a list mention) win over the scorer.
    """
    score_cutoff = settings.prose.score_cutoff if score_cutoff is None else score_cutoff
    min_margin = settings.prose.min_margin if min_margin is None else min_margin
    sure_score = settings.lists.sure_score if sure_score is None else sure_score
    cands = list(candidates)
    if not cands:
        return matching, ()
    if not matching.entities:
        return matching, tuple(None for _ in cands)
    known = {k: e.id for e in matching.entities for k in e.mentions}
    pool = list(cands)
    if decisions is not None and decisions.items:
        pool += _placeholders(known, {c.key for c in cands})
    # a decision unused by the lists may name a prose candidate; names resolve against the candidates
    cons = _constraints(decisions, pool, applies=[True] * len(pool))
    shared = _shared_acronyms(cands)
    names = [_mention_names(m, shared) for m in cands]
    scores, ids, space, sources = _gazetteer_scores(names, matching, settings.evidence)
    index = {eid: k for k, eid in enumerate(ids)}
    forms: dict[int, _EntityForms] = {}
    chosen: list[str | None] = []
    new_links: list[Link] = []
    for c, m in enumerate(cands):
        row = scores[c].astype(np.float64)
        forced: str | None = None
        for j, other in enumerate(pool if c in cons.used else ()):
            if j == c or other.key not in known:
                continue
            if cons.group[j] == cons.group[c]:
                forced = known[other.key]
            if (min(c, j), max(c, j)) in cons.cannot:
                row[index[known[other.key]]] = _FORBIDDEN
        order = np.argsort(-row, kind="stable")
        best = int(order[0])
        ru = int(order[1]) if len(order) > 1 else -1
        ru_score = float(row[ru]) if ru >= 0 and row[ru] > 0 else None
        ru_id = ids[ru] if ru_score is not None else ""
        top = float(row[best])
        margin = round(top - ru_score, 4) if ru_score is not None else 1.0
        if forced is not None:
            chosen.append(forced)
            new_links.append(
                Link(
                    m.key,
                    forced,
                    Level.REVIEWER,
                    1.0,
                    1.0,
                    "",
                    "a reviewer decision says it is the same organization",
                )
            )
            continue
        if top >= sure_score or (top >= score_cutoff and margin >= min_margin):
            eid = ids[best]
            chosen.append(eid)
            if best not in forms:
                forms[best] = _entity_forms(sources[best])
            new_links.append(
                prose_link(
                    m.key,
                    matching.entities[best].id,
                    _prose_evidence(names[c], forms[best], space, top, margin, ru_id, ru_score),
                )
            )
        else:
            chosen.append(None)
    extended = _extend(matching, cands, names, chosen, new_links)
    if decisions is not None:  # unused: by the lists and by the prose
        unused = [w for w in extended.unused_decisions if w in set(cons.unused)]
        extended = replace(extended, unused_decisions=tuple(unused))
    return extended, tuple(chosen)


def _placeholders(known: Mapping[str, str], taken: set[str]) -> list[Mention]:
    """Stand-ins for the list mentions of a matching (but those keyed in ``taken``), so that
    decisions can name them."""
    stand_ins = [
        Mention(
            article=k.rpartition("#")[0],
            kind=Kind.LIST,
            position=int(k.rpartition("#")[2] or 0),
            category=None,
            name_zh="",
            name_en="",
            acronym="",
            aliases=(),
            note="",
            start=0,
            end=0,
        )
        for k in sorted(known)
        if k.rpartition("#")[2].isdigit()
    ]
    return [p for p in stand_ins if p.key not in taken]


@dataclass(frozen=True, slots=True)
class _EntityForms:
    """Every form the sources of an entity give."""

    zh: frozenset[str]
    en: frozenset[str]
    zh_keys: frozenset[str]
    en_keys: frozenset[str]
    acronym_keys: frozenset[str]


def _entity_forms(sources: Sequence[_Names]) -> _EntityForms:
    return _EntityForms(
        frozenset(z for s in sources for z in s.zh),
        frozenset(e for s in sources for e in s.en),
        frozenset(k for s in sources for k in s.zh_keys),
        frozenset(k for s in sources for k in s.en_keys),
        frozenset(acronym_key(a) for s in sources for a in s.acronyms),
    )


def _prose_evidence(
    n: _Names,
    src: _EntityForms,
    space: Space,
    top: float,
    margin: float,
    ru_id: str,
    ru_score: float | None,
) -> LinkEvidence:
    """What is known about a prose candidate's link to the entity whose sources are ``src``."""
    exact = bool(set(n.zh) & src.zh or set(n.en) & src.en)
    normalized = bool(
        set(filter(None, n.zh_keys)) & src.zh_keys or set(filter(None, n.en_keys)) & src.en_keys
    )
    acronym = bool({acronym_key(a) for a in n.acronyms} & src.acronym_keys)
    return LinkEvidence(
        score=top,
        margin=margin,
        runner_up=ru_id,
        runner_up_score=ru_score,
        exact=exact,
        normalized=normalized,
        acronym_decides=acronym,
        prose_shared_zh=tuple(_shared_features(space, n.zh_keys, tuple(sorted(src.zh_keys)), zh=True)),
        prose_shared_en=tuple(_shared_features(space, n.en_keys, tuple(sorted(src.en_keys)), zh=False)),
    )


def _extend(
    matching: Matching,
    cands: Sequence[Mention],
    names: Sequence[_Names],
    chosen: Sequence[str | None],
    new_links: Sequence[Link],
) -> Matching:
    add: dict[str, list[int]] = defaultdict(list)
    for c, eid in enumerate(chosen):
        if eid is not None:
            add[eid].append(c)
    entities = []
    for e in matching.entities:
        if e.id not in add:
            entities.append(e)
            continue
        keys = sorted(set(e.mentions) | {cands[c].key for c in add[e.id]}, key=_link_sort_key)
        used: dict[tuple[str, str], set[str]] = {(v.lang, v.name): set(v.sources) for v in e.variants}
        for c in add[e.id]:
            for lang, forms in (("zh", names[c].zh), ("en", names[c].en), ("acronym", names[c].acronyms)):
                for f in forms:
                    used.setdefault((lang, f), set()).add(cands[c].article)
        order = {"zh": 0, "en": 1, "acronym": 2}
        variants = tuple(
            Variant(name=name, lang=lang, sources=tuple(sorted(arts)))
            for (lang, name), arts in sorted(used.items(), key=lambda kv: (order.get(kv[0][0], 3), kv[0][1]))
        )
        entities.append(replace(e, mentions=tuple(keys), variants=variants))
    links = sorted([*matching.links, *new_links], key=lambda lk: _link_sort_key(lk.mention))
    return Matching(entities=tuple(entities), links=tuple(links), unused_decisions=matching.unused_decisions)
