"""Which items each list lacks or adds (``missing_entity``, ``unique_item``, ``not_on_list``, and the
``wrong_item`` that pairs one of each): judged for omissions only when the list claims to be
complete, against the official list or what enough other complete lists hold. Whether a list claims to be
complete: ``checks.completeness``; the findings' words: ``checks.coverage_findings``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from pipeline.checks import apart_lists, first_places, place_values, places, ranked_camps
from pipeline.checks.completeness import _complete, _expected_entities, _official_of, _usual_total
from pipeline.checks.context import _Ctx
from pipeline.checks.coverage_findings import _extra, _missing
from pipeline.checks.described import blank_entities, described_entities
from pipeline.checks.holes import holes, skipped
from pipeline.checks.script_apart import finding as script_finding
from pipeline.checks.script_apart import held_by_scripts
from pipeline.checks.stand_ins import lacked_by, stand_ins
from pipeline.checks.strays import _names_of_two_scripts, _stranger, _stray, _wrong_item
from pipeline.checks.twins import held_by_twins
from pipeline.checks.unlinked import _camps, _linked, _other_list, _other_lists, _unlinked, _unlinked_scripts
from pipeline.checks.view import (
    MIN_CORROBORATION,
    _group_of,
    _usual_group,
    _UsualGroups,
    _View,
)
from pipeline.lang.count_binding import miscounted_at_most
from pipeline.models import Discrepancy


def _coverage(view: _View, absorbed: set[str]) -> list[Discrepancy]:
    ctx = view.ctx
    n_lists = len(ctx.list_articles)
    official = len(view.reference.entries) if view.reference is not None else _usual_total(ctx)
    usual = {e: _usual_group(view, e) for e in ctx.entity_lists} if view.reference is None else {}
    usual_of = _UsualGroups(view, usual)
    every = {g for g in usual.values() if g is not None}
    complete = {
        a: _complete(ctx, a, _official_of(view, a, official, usual, every)) for a in ctx.list_articles
    }
    complete_listing = {e: sum(complete[a] for a in by_art) for e, by_art in ctx.entity_lists.items()}
    judges = frozenset(a for a in ctx.list_articles if complete[a] and not _short_of_count(ctx, a))
    out: list[Discrepancy] = []
    camps: list[tuple[str, list[str]]] = []
    apart_found: list[tuple[str, list[str]]] = []  # lists lacking only what lists they do not meet print
    scripts_apart: list[tuple[str, list[str]]] = []  # lists lacking what only lists of other scripts print
    split: set[frozenset[str]] = set()  # pairs of entities two camps of outlets print for one row
    # rows of no name, or of no figure among figures: never present nor absent (``described``)
    described = described_entities(ctx) | blank_entities(ctx)
    for art in ctx.list_articles:
        if view.reference is None and not _linked(ctx, art, n_lists, described):
            out.append(_unlinked(view, art))
            continue
        mine = {ctx.entity_of.get(m.key) for m in ctx.listed[art] if m.key not in absorbed} - {None}
        expected = _expected_entities(view, art, complete, complete_listing, usual, every)
        expected = first_places.within(ctx, art, expected)  # a top five, judged on five places
        mine, expected = mine - described, {e: n for e, n in expected.items() if e not in described}
        extra = sorted(
            e
            for e in mine
            if e is not None
            and (
                e not in view.ref_of
                if view.reference is not None
                else len(ctx.entity_lists[e]) == 1
                and _judged_unique(
                    ctx, art, first_places.judging(ctx, art, judges), None if complete[art] else official
                )
            )
        )
        missing = sorted(set(expected) - mine) if complete[art] else []
        if not complete[art] and view.reference is None:
            missing = holes(view, art, mine | described, official)  # what a nearly whole list skips
        if view.reference is None and extra:
            found, judged = place_values.judged(view, places.variants(view, art, extra))
            out.extend(found)
            missing = [e for e in missing if e not in {p.theirs for p in judged}]
            extra = [e for e in extra if e not in {p.own for p in judged}]
        if view.reference is None and (missing or extra):
            missing = _split_camps(view, art, missing, out, split)
            extra = _split_camps(view, art, extra, out, split)
        if missing and view.reference is None and (unread := _unlinked_scripts(view, art, mine, missing)):
            out.append(unread[0])  # its own items in another script, linked to none: one warning
            missing = [e for e in missing if e not in unread[1]]
            extra = [e for e in extra if e not in unread[2]]
        if (
            missing
            and not extra
            and view.reference is None
            and _no_room(ctx, art, official)
            and _apart(ctx, art, missing)
        ):
            camps.append((art, missing))  # nothing it lists could have taken their place
            continue
        if missing and view.reference is None and (left_out := apart_lists.apart(ctx, art, missing)):
            apart_found.append((art, left_out))  # printed only by lists that do not meet it: not judged
            missing = [e for e in missing if e not in left_out]
        judged_from = len(out)  # the omissions and substitutions found of this list, weighed together below
        if view.reference is not None:  # an item linked to an entry whose names it does not resemble
            out.extend(
                _wrong_item(view, art, e, e) for e in sorted(e for e in mine if e) if _stranger(view, art, e)
            )
        else:  # or to what the others list
            strays = {e: sev for e in sorted(e for e in mine if e) if (sev := _stray(view, art, e))}
            for e, sev in strays.items():
                item = view.mention(art, e)
                apart = _names_of_two_scripts(view, art, (item.name_zh, item.name_en, *item.aliases), e)
                out.append(_wrong_item(view, art, e, e, apart=apart, severity=sev))
        pairs = _substitutions(view, art, extra, missing, usual_of)
        if view.reference is None and len(pairs) < len(extra):  # the item each of the others stands in for
            lacked = missing if complete[art] else lacked_by(view, art, mine | described)
            taken = {e for pair in pairs for e in pair}
            pairs += stand_ins(
                view, art, [x for x in extra if x not in taken], [m for m in lacked if m not in taken]
            )
        for x, m in pairs:
            out.append(_wrong_item(view, art, x, m))
        paired = {x for x, _ in pairs} | {m for _, m in pairs}
        # a list short of its own count: these join that count's finding (run_checks keeps one per cause)
        out.extend(
            (_missing if complete[art] else skipped)(view, art, ent) for ent in missing if ent not in paired
        )
        out[judged_from:] = held_by_twins(view, art, {e for e in mine if e}, out[judged_from:])
        out[judged_from:], held = held_by_scripts(view, art, {e for e in mine if e}, out[judged_from:])
        if held:
            scripts_apart.append((art, held))  # printed only by lists of other scripts: one warning for all
        unpaired = [ent for ent in extra if ent not in paired]
        for label, group in _other_lists(view, art, unpaired):
            out.append(_other_list(view, art, label, group))
            unpaired = [ent for ent in unpaired if ent not in group]
        out.extend(_extra(view, art, ent) for ent in unpaired)
    if camps:
        out.append(_camps(view, camps))
    if apart_found:
        out.append(apart_lists.finding(view, apart_found))
    if scripts_apart:
        out.append(script_finding(view, scripts_apart))
    return out


def _split_camps(
    view: _View, art: str, entities: list[str], out: list[Discrepancy], split: set[frozenset[str]]
) -> list[str]:
    """``entities`` (missing from ``art``'s list, or on it alone) without those one camp of outlets prints
    where the other camp prints another entity (``ranked_camps``): one information finding per such pair
    goes to ``out`` (``split``: the pairs reported)."""
    kept = []
    for ent in entities:
        other = ranked_camps.partner(view, art, ent)
        if other is None:
            kept.append(ent)
        elif (pair := frozenset((ent, other))) not in split:
            split.add(pair)
            out.append(ranked_camps.finding(view, ent, other))
    return kept


def _no_room(ctx: _Ctx, art: str, official: int | None = None) -> bool:
    """The list is as long as it says (or, saying no count, as long as the whole list, ``official``: the
    reference's length or the total most lists state), and every item of it is on another list: an item
    other lists have cannot be missing from it without something of its own in its place."""
    stated = ctx.stated_total(art)
    if stated is None:
        stated = official
    return stated is not None and len(ctx.listed[art]) >= stated


MAX_HOLDERS_SEEN = 64  # lists holding an item another list lacks, looked at to tell a camp apart


def _apart(ctx: _Ctx, art: str, missing: list[str]) -> bool:
    """Whether the lists holding what ``art``'s list lacks form a camp of their own: none of them holds
    all of ``art``'s items (two sets of names that never meet). Where one of them does, ``art``'s list is
    that list less a few items (a miscount's worth: ``miscounted_at_most``), and it counts what it prints
    (``六國`` over six where another outlet lists and counts seven): those are missing, not another camp's
    names. A list of far fewer items is a part of the other's (the rates above 30% of them all)."""
    mine = set(ctx.listed_entities.get(art, ()))
    counted = ctx.stated_total(art) == len(ctx.listed.get(art, ()))
    if not counted or not miscounted_at_most(len(mine), len(mine) + len(missing)):
        return True
    holders = sorted({a for e in missing for a in ctx.entity_lists[e]} - {art})[:MAX_HOLDERS_SEEN]
    return not any(mine <= set(ctx.listed_entities.get(a, ())) for a in holders)


def _short_of_count(ctx: _Ctx, art: str) -> bool:
    stated = ctx.stated_total(art)
    return stated is not None and stated > len(ctx.listed[art])


def _judged_unique(ctx: _Ctx, art: str, judges: frozenset[str], whole: int | None = None) -> bool:
    """Whether enough other lists can say an item of ``art`` they all lack is its own: lists that claim to
    be complete and reach their own count (a list short of its count, or a selection, explains nothing),
    or, for a list that is a part of the whole (``whole``: the total most outlets state, ``_usual_total``;
    None for a list claiming to be whole), one such list as long as that total. ``judges``: every such
    list (``art`` may be one)."""
    others = len(judges) - (art in judges)
    if others >= max(1, min(MIN_CORROBORATION, len(ctx.list_articles) - 1)):
        return True
    return whole is not None and any(a != art and len(ctx.listed[a]) == whole for a in judges)


def _substitutions(
    view: _View, art: str, extra: list[str], missing: list[str], usual: Mapping[str, str | None]
) -> list[tuple[str, str]]:
    """Pairs (item printed, item meant): one extra and one missing in the same group (or in the list);
    ``usual``: each entity's usual group."""
    by_group_x: dict[str | None, list[str]] = defaultdict(list)
    by_group_m: dict[str | None, list[str]] = defaultdict(list)
    for x in extra:
        by_group_x[_group_of(view, art, x)].append(x)
    for m in missing:
        by_group_m[usual[m]].append(m)
    pairs = []
    for g, xs in by_group_x.items():
        ms = by_group_m.get(g, [])
        if len(xs) == 1 and len(ms) == 1:
            pairs.append((xs[0], ms[0]))
    if not pairs and len(extra) == 1 and len(missing) == 1:
        pairs.append((extra[0], missing[0]))
    return pairs
