"""``match_lists``: cluster the list mentions of a run into canonical entities."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from pipeline.collector import collector_paused, paused
from pipeline.knowledge import Knowledge, code_of
from pipeline.matching.assign import _alignment_keys, _cluster
from pipeline.matching.bags import Bag
from pipeline.matching.candidates import _entity_scores
from pipeline.matching.columns import Columns
from pipeline.matching.context import context_links
from pipeline.matching.decisions import Decisions, _Constraints, _constraints
from pipeline.matching.entities import Matching, _build
from pipeline.matching.evidence import Space
from pipeline.matching.family_elimination import family_links
from pipeline.matching.given_names import given_names_apart
from pipeline.matching.keys import (
    _fields,
    _mention_names,
    _mention_sort_key,
    _Names,
    _shared_acronyms,
    family_names,
)
from pipeline.matching.namesakes import kept_apart
from pipeline.matching.places_apart import places_apart
from pipeline.matching.record import _links
from pipeline.matching.state import _article_order, _Run
from pipeline.models import Kind, Link, Mention
from pipeline.settings import DEFAULT_SETTINGS, Settings

# Scores by distinct spelling (pipeline.matching.columns); tests compare with the scorer's own matrices.
BY_SPELLING = True
# ... when the mentions are at least this many times the distinct spellings (the bench's 40 noisy copies
# of the example lists, 2020 mentions in 1225 spellings: 1.6 s without, 2.3 s with; the generated
# 200-outlet story, 12661 mentions in 473 spellings: benchmarks/README.md, "At scale")
REPEATS = 2


# matching makes many short-lived objects and next to no cycles (4 at 1000 outlets), while each full
# collection walks every object of the process, the articles read before included, so that its cost grew
# with the run (benchmarks/README.md, "At scale")
@collector_paused
def match_lists(
    mentions: Sequence[Mention],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    score_cutoff: float | None = None,
    min_margin: float | None = None,
    sure_score: float | None = None,
    review_margin: float | None = None,
    decisions: Decisions | None = None,
    totals: Mapping[str, int] | None = None,
    knowledge: Knowledge | None = None,
) -> Matching:
    """Cluster the list mentions (kind=LIST; others are ignored) into canonical entities.

    ``totals`` maps an article id to the number of items its list says it has; only a list whose
    length equals its stated total may have its last leftover item linked by elimination.
    A pair the assignment proposes is linked when its score reaches ``sure_score``, or reaches
    ``score_cutoff`` and beats the mention's next best entity by ``min_margin``; otherwise the
    mention founds a new entity. ``review_margin`` is the margin under which a link's reason asks
    for review. These four default to ``settings.lists`` (``pipeline.settings``), whose evidence weights
    the scorer uses. ``knowledge`` adds evidence from outside the articles (gazetteer codes,
    regional folding, pinyin; ``Knowledge()`` when None: no gazetteer, folding and pinyin on).
    Raises DecisionsError when ``decisions`` conflict with each other or name no mention.
    """
    matched, links = match_lists_deferred(
        mentions,
        settings=settings,
        score_cutoff=score_cutoff,
        min_margin=min_margin,
        sure_score=sure_score,
        review_margin=review_margin,
        decisions=decisions,
        totals=totals,
        knowledge=knowledge,
    )
    return replace(matched, links=links())


@collector_paused
def match_lists_deferred(
    mentions: Sequence[Mention],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    score_cutoff: float | None = None,
    min_margin: float | None = None,
    sure_score: float | None = None,
    review_margin: float | None = None,
    decisions: Decisions | None = None,
    totals: Mapping[str, int] | None = None,
    knowledge: Knowledge | None = None,
) -> tuple[Matching, Callable[[], tuple[Link, ...]]]:
    """``match_lists`` in two steps: the entities (a ``Matching`` without links), and a function that
    records the evidence of every link and gives the links ``match_lists`` gives. The entities are final
    before the evidence is recorded, and in a run nothing but the reports reads the list links, so a run
    records them beside its later stages (``pipeline.run``); the function reads only what this call
    built, once, here or in a forked process.
    """
    base = settings.lists
    rule = replace(
        base,
        score_cutoff=base.score_cutoff if score_cutoff is None else score_cutoff,
        min_margin=base.min_margin if min_margin is None else min_margin,
        sure_score=base.sure_score if sure_score is None else sure_score,
        review_margin=base.review_margin if review_margin is None else review_margin,
    )
    all_mentions = list(mentions)
    applies = [m.kind is Kind.LIST for m in all_mentions]
    cons_all = _constraints(decisions, all_mentions, applies=applies)
    listed = sorted(
        (i for i, m in enumerate(all_mentions) if m.kind is Kind.LIST),
        key=lambda i: (all_mentions[i].article, all_mentions[i].position, all_mentions[i].key),
    )
    ms = [all_mentions[i] for i in listed]
    remap = {old: new for new, old in enumerate(listed)}
    cons = _Constraints(
        group=tuple(remap.get(cons_all.group[i], new) for new, i in enumerate(listed)),
        cannot=frozenset((remap[a], remap[b]) for a, b in cons_all.cannot if a in remap and b in remap),
        canonical={remap[g]: d for g, d in cons_all.canonical.items() if g in remap},
        used=frozenset(remap[i] for i in cons_all.used if i in remap),
        unused=cons_all.unused,
    )
    # group ids must point at a member of the group inside the listed subset
    groups: dict[int, int] = {}
    fixed_group = []
    for new, g in enumerate(cons.group):
        fixed_group.append(groups.setdefault(g, new))
    cons = replace(
        cons, group=tuple(fixed_group), canonical={groups.get(g, g): d for g, d in cons.canonical.items()}
    )
    knowledge = knowledge or Knowledge()
    run = _prepare(ms, cons, replace(settings, lists=rule), knowledge)
    # dense alignments gather their scores from columns kept by distinct spelling (the same numbers);
    # reviewer decisions depend on who holds a mention, not on spellings
    columns = Columns(run) if BY_SPELLING and not (run.constraints.used or run.rivals) else None
    if columns is not None and columns.n * REPEATS > len(ms):
        columns = None  # spellings seldom repeat: scoring each alignment costs less
    entities, eliminated = _cluster(run, dict(totals or {}), columns)
    run.eliminated = frozenset(eliminated)
    keys = _alignment_keys(run)
    # people of one country, printed once by each outlet, whose names sound alike weakly
    entities, run.context = context_links(
        run.mentions, entities, knowledge.gazetteer, keys.__getitem__, run.rivals
    )
    # a person in Chinese characters and in Latin letters of a given name's own spelling, left in two lists
    entities, run.family = family_links(run.mentions, entities, keys.__getitem__, run.rivals)
    entities.sort(key=lambda e: min(keys[i] for i in e))
    built, drafts = _build(run, entities)

    def links() -> tuple[Link, ...]:
        with paused():  # as the rest of matching: many records, no cycles
            return _links(run, drafts, review_margin=rule.review_margin, columns=columns)

    return Matching(entities=tuple(built), links=(), unused_decisions=cons.unused), links


def _prepare(ms: list[Mention], cons: _Constraints, settings: Settings, knowledge: Knowledge) -> _Run:
    shared = _shared_acronyms(ms)
    memo: dict[tuple, _Names] = {}
    names = [_mention_names(m, shared, regional=knowledge.regional, memo=memo) for m in ms]
    gazetteer = knowledge.gazetteer
    space = Space(
        names,
        phonetic=knowledge.phonetic,
        weights=settings.evidence,
        places=lambda name: gazetteer is not None and bool(gazetteer.codes(name)),
    )
    # one code and bag per distinct spelling (many outlets print the same one)
    spelled: dict[tuple, tuple[str, Bag]] = {}
    places: dict[tuple, frozenset[str]] = {}
    fields = [_fields(n) for n in names]
    for n, key in zip(names, fields, strict=True):
        if key not in spelled:
            # an item printed in capitals only (``CAMBODIA``) is read as an acronym: a place it names
            code = code_of(knowledge.gazetteer, (*n.zh, *n.en) if n.zh or n.en else n.acronyms)
            if not code:  # "小甘迺迪", "馬可·魯比歐": the family name the official list may give alone
                code = code_of(knowledge.gazetteer, [f for z in n.zh for f in family_names(z)])
            spelled[key] = (code, replace(space.bag(n), codes=frozenset({code} if code else ())))
            places[key] = _places(knowledge, n)
    codes = [spelled[key][0] for key in fields]
    bags = [spelled[key][1] for key in fields]
    groups: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(cons.group):
        groups[g].append(i)
    allies = {
        i: tuple(k for k in groups[g] if k != i) for i, g in enumerate(cons.group) if len(groups[g]) > 1
    }
    rivals: dict[int, list[int]] = defaultdict(list)
    # names that differ in both scripts in their own words are apart as a reviewer's "not the same" is, and
    # so are two given names of one family name that are no one name written twice
    # and so are two names heard alike (katakana or Chinese) whose places name two countries
    apart = set(kept_apart(ms, names)) | set(given_names_apart(ms))
    apart |= set(places_apart(ms, bags, space, knowledge.gazetteer))
    for a, b in sorted(cons.cannot | apart):
        rivals[a].append(b)
        rivals[b].append(a)
    return _Run(
        ms,
        names,
        bags,
        _article_order(ms),
        cons,
        settings.lists,
        space,
        allies,
        {i: tuple(ks) for i, ks in rivals.items()},
        codes,
        places=[places[key] for key in fields],
    )


def _places(knowledge: Knowledge, n: _Names) -> frozenset[str]:
    """Every code the gazetteer gives one of the names (``甲乙州`` names a state and a department of
    another country alike); empty when a name is unknown, since then the names may be of anything."""
    g = knowledge.gazetteer
    names = [*n.zh, *n.en]
    if g is None or not names:
        return frozenset()
    found = [g.codes(x) for x in names]
    return frozenset().union(*found) if all(found) else frozenset()


def entity_scores(
    mentions: Sequence[Mention],
    groups: Sequence[Sequence[str]],
    rows: Sequence[str],
    *,
    settings: Settings = DEFAULT_SETTINGS,
) -> np.ndarray:
    """Scores (len(rows) x len(groups)) of the mentions keyed ``rows`` against entities made of the
    mention keys in ``groups``, with the scorer ``match_lists`` uses (IDF over all ``mentions``).
    For calibration and tests: groups are usually a known-true clustering of other articles."""
    ms = sorted((m for m in mentions if m.kind is Kind.LIST), key=_mention_sort_key)
    index = {m.key: i for i, m in enumerate(ms)}
    cons = _Constraints(tuple(range(len(ms))), frozenset(), {}, frozenset())
    run = _prepare(ms, cons, settings, Knowledge.nothing())
    return _entity_scores(run, [index[k] for k in rows], [[index[k] for k in g] for g in groups])
