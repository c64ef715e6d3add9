"""Which items each list lacks or adds (``missing_entity``, ``unique_item``, ``not_on_list``, and the
``wrong_item`` that pairs one of each): judged for omissions only when the list claims to be
complete, against the official list or what enough other complete lists hold."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from pipeline.checks import places, ranked_camps
from pipeline.checks.context import _Ctx
from pipeline.checks.described import blank_entities, described_entities
from pipeline.checks.registry import MISSING_ENTITY, NOT_ON_LIST, UNIQUE_ITEM
from pipeline.checks.strays import _names_of_two_scripts, _stranger, _stray, _wrong_item
from pipeline.checks.told import told_elsewhere
from pipeline.checks.unlinked import _camps, _linked, _other_list, _other_lists, _unlinked, _unlinked_scripts
from pipeline.checks.view import (
    GROUP_KINDS,
    MIN_CORROBORATION,
    _about,
    _group_of,
    _others,
    _outlets,
    _strength,
    _usual_group,
    _UsualGroups,
    _View,
)
from pipeline.claims import KIND_TOTAL
from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.leads import COMPLETE_RE
from pipeline.models import Claim, Discrepancy, Severity


def _complete(ctx: _Ctx, art: str, official: int | None = None) -> bool:
    """Whether the article's list claims to be the whole list: a stated total it reaches or nearly
    reaches, or words that say so (``一覽``, "full list"), or no claim but as many items as the ``official``
    list (or the total most lists state) holds; with an ``official`` list, only a claim of at
    least half its size (``歐洲國家一覽`` over seven of seventy, "the five biggest" of fourteen: the whole
    of a narrower list, missing nothing of the official one)."""
    if ctx.says_selection(art):
        return False  # the article says it names examples
    stated = ctx.stated_total(art)
    n = len(ctx.listed[art])
    if stated is None:  # the counts its groups state, added up
        counts = {c.subject: int(c.stated) for c in ctx.claims_of.get(art, ()) if c.kind in GROUP_KINDS}
        stated = sum(counts.values()) or None
    if stated is not None:
        return n * 2 >= stated and (official is None or stated * 2 >= official)
    if n == official:
        return True  # a table of as many rows as the whole list has, under no heading that counts them
    body = ctx.articles[art].body if art in ctx.articles else ""
    return COMPLETE_RE.search(body) is not None and (official is None or n * 2 >= official)


def _usual_total(ctx: _Ctx) -> int | None:
    """Without an official list, the total most lists state (at least ``MIN_CORROBORATION``, more than
    state any other): a list that reaches a count under half of it is the whole of a narrower list (the
    two of a runoff among five candidates), missing nothing of the others'."""
    totals = Counter(
        t for a in ctx.list_articles if not ctx.says_selection(a) and (t := ctx.stated_total(a)) is not None
    )
    ranked = totals.most_common(2)
    if not ranked or ranked[0][1] < MIN_CORROBORATION or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _expected_entities(
    view: _View,
    art: str,
    complete: Mapping[str, bool],
    complete_listing: Mapping[str, int],
    usual: Mapping[str, str | None],
    every: set[str],
) -> dict[str, int]:
    """Entities a complete list should hold: those of the official list, else those at least two other
    complete lists hold (all of them when there are only two) and at least half of the other complete
    lists do: a name two outlets of a thousand print alike (the same typo) is no evidence against the
    998 that do not. Value: how many others list it. ``complete_listing``: per entity, how many complete
    lists hold it (``art`` included); ``usual``: each entity's usual group, ``every``: the groups of
    them all."""
    ctx = view.ctx
    if view.reference is not None:
        # a list of one group of the official list (the second round only) is judged on that group
        covered = {view.ref_of[e].group for e in ctx.listed_entities.get(art, ()) if e in view.ref_of}
        return {
            ent: len(ctx.entity_lists.get(ent, {}))
            for ent, entry in view.ref_of.items()
            if not view.reference.groups or entry.group in covered
        }
    others = sum(complete.values()) - complete[art]  # the other complete lists
    need = max(min(MIN_CORROBORATION, others), -(-others // 2)) if others else 1
    within = _groups_covered(view, art, usual, every)
    out = {}
    if need not in view.candidates:  # entities enough complete lists hold, once per threshold
        view.candidates[need] = [e for e in ctx.entity_lists if complete_listing.get(e, 0) >= need]
    for ent in view.candidates[need]:
        by_art = ctx.entity_lists[ent]
        n = complete_listing.get(ent, 0) - (complete[art] and art in by_art)
        if n >= need and others and (within is None or usual.get(ent) in within):
            out[ent] = n
    return out


def _groups_covered(
    view: _View, art: str, usual: Mapping[str, str | None], every: set[str]
) -> set[str] | None:
    """The canonical groups an article's list holds items of, when that is only some of the run's groups
    (a list of the second round only is judged on that round); None when it spans them all. ``usual``:
    each entity's usual group, ``every``: the groups of them all."""
    ctx = view.ctx
    mine: set[str] = {g for e in ctx.listed_entities.get(art, ()) if (g := usual.get(e))}
    return mine if len(every) >= 2 and mine and mine < every else None


def _official_of(
    view: _View, art: str, official: int | None, usual: Mapping[str, str | None], every: set[str]
) -> int | None:
    """The size of the whole ``art``'s list is judged a part of: for a list of only some of the run's
    groups (the August names of a story of two rounds), the names usually filed in those groups, not the
    total the outlets printing both rounds state. Only for a list that states its count: one that
    counts nothing is whole by its length alone where it is as long as all of them."""
    if official is None or view.ctx.stated_total(art) is None:
        return official
    within = _groups_covered(view, art, usual, every)
    return official if within is None else sum(g in within for g in usual.values())


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
    split: set[frozenset[str]] = set()  # pairs of entities two camps of outlets print for one row
    # rows of no name, or of no figure among figures: never present nor absent (``described``)
    described = described_entities(ctx) | blank_entities(ctx)
    for art in ctx.list_articles:
        if view.reference is None and not _linked(ctx, art, n_lists, described):
            out.append(_unlinked(view, art))
            continue
        mine = {ctx.entity_of.get(m.key) for m in ctx.listed[art] if m.key not in absorbed} - {None}
        expected = _expected_entities(view, art, complete, complete_listing, usual, every)
        mine, expected = mine - described, {e: n for e, n in expected.items() if e not in described}
        extra = sorted(
            e
            for e in mine
            if e is not None
            and (
                e not in view.ref_of
                if view.reference is not None
                else len(ctx.entity_lists[e]) == 1 and _judged_unique(ctx, art, judges)
            )
        )
        missing = sorted(set(expected) - mine) if complete[art] else []
        if view.reference is None and extra:
            found, judged = places.judged(view, places.variants(view, art, extra))
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
            and _no_room(ctx, art)
            and _apart(ctx, art, missing)
        ):
            camps.append((art, missing))  # nothing it lists could have taken their place
            continue
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
        for x, m in pairs:
            out.append(_wrong_item(view, art, x, m))
        paired = {x for x, _ in pairs} | {m for _, m in pairs}
        # a list short of its own count: these join that count's finding (run_checks keeps one per cause)
        out.extend(_missing(view, art, ent) for ent in missing if ent not in paired)
        unpaired = [ent for ent in extra if ent not in paired]
        for label, group in _other_lists(view, art, unpaired):
            out.append(_other_list(view, art, label, group))
            unpaired = [ent for ent in unpaired if ent not in group]
        out.extend(_extra(view, art, ent) for ent in unpaired)
    if camps:
        out.append(_camps(view, camps))
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


def _no_room(ctx: _Ctx, art: str) -> bool:
    """The list is as long as it says, and every item of it is on another list: an item other lists have
    cannot be missing from it without something of its own in its place."""
    stated = ctx.stated_total(art)
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


def _judged_unique(ctx: _Ctx, art: str, judges: frozenset[str]) -> bool:
    """Whether enough other lists can say an item of ``art`` they all lack is its own: lists that claim to
    be complete and reach their own count (a list short of its count, or a selection, explains nothing).
    ``judges``: every such list (``art`` may be one)."""
    others = len(judges) - (art in judges)
    return others >= max(1, min(MIN_CORROBORATION, len(ctx.list_articles) - 1))


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


def _missing(view: _View, art: str, ent: str) -> Discrepancy:
    others = _others(view, ent, art)
    basis = "the official list has it" if view.reference is not None else f"{_outlets(others)} list it"
    message = f"{art}'s list, which claims to be complete, does not include {view.ctx.name(ent)}; {basis}."
    quotes = [view.quote(view.mention(a, ent)) for a in others[:3]]
    if (own := _own_count(view.ctx, art)) is not None:  # its count, printed for the list it prints
        message += f" It counts {int(own.stated)}, as many as it lists: '{own.quote}'."
        quotes.insert(0, view.ctx.claim_evidence(own))
    return _about(view, MISSING_ENTITY, _strength(view, ent), art, ent, message, quotes)


def _own_count(ctx: _Ctx, art: str) -> Claim | None:
    """The first total ``art`` states that is its own list's length (a list short of another count is
    that count's finding)."""
    listed = len(ctx.listed.get(art, ()))
    return next(
        (
            c
            for c in ctx.claims_of.get(art, ())
            if c.kind == KIND_TOTAL and c.unit == "count" and c.stated == listed
        ),
        None,
    )


def _extra(view: _View, art: str, ent: str) -> Discrepancy:
    m = view.mention(art, ent)
    if view.reference is not None:
        if view.ctx.says_selection(art) and not m.values:  # a name read from prose examples: worth a look
            message = f"{art} names {m.label} among its examples, which is not on the official list."
            return _about(view, NOT_ON_LIST, Severity.WARNING, art, ent, message, [view.quote(m)])
        message = f"{art} lists {m.label}, which is not on the official list."
        return _about(view, NOT_ON_LIST, Severity.ERROR, art, ent, message, [view.quote(m)])
    if told_elsewhere(view, art, ent):  # the others tell of it in their text: they chose to list less
        message = (
            f"Only {art} lists {view.ctx.name(ent)}; most other articles tell of it outside their lists."
        )
        return _about(view, UNIQUE_ITEM, Severity.INFO, art, ent, message, [view.quote(m)])
    message = f"Only {art} lists {view.ctx.name(ent)}; no other list has it."
    return _about(view, UNIQUE_ITEM, Severity.WARNING, art, ent, message, [view.quote(m)])
