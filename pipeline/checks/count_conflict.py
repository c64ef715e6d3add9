"""Outlets' totals and group counts against each other (``count_conflict``): the counts the outlets
state for the list or one group, each outlet's own list beside its count. Evidence: each count's sentence
or heading and the counts the other outlets state."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from pipeline.checks.consensus import (
    _consensus_total,
    _counts_its_selection,
    _majority_group,
    _partial,
)
from pipeline.checks.context import _Ctx
from pipeline.checks.examples import whole_beside_parts
from pipeline.checks.registry import COUNT_CONFLICT
from pipeline.checks.wording import _evidence, _odd_ones_out, _words
from pipeline.claims import (
    KIND_GROUP,
    KIND_TOTAL,
    SUBJECT_TOTAL,
)
from pipeline.lang.count_binding import part_of_a_larger
from pipeline.models import Claim, Discrepancy, Severity


def _one_group(ctx: _Ctx, art: str) -> str | None:
    """The canonical group an article's whole list sits in, when the run has several groups and every
    item of the list belongs to that one (the list prints one group: ``the four judges of August``)."""
    if len(ctx.group_labels) < 2:
        return None
    listed = ctx.listed.get(art, ())
    ents = [e for m in listed if (e := ctx.entity_of.get(m.key)) is not None]
    found = [g for e in ents if (g := _majority_group(ctx, e)) is not None]
    # items no other list files anywhere (an item off the list) do not decide it
    return found[0] if found and len(set(found)) == 1 and len(found) * 2 > len(listed) else None


def _counts_the_whole(c: Claim, consensus: int | None) -> bool:
    """A total nearer the total most outlets state than the length of the list beside it."""
    if consensus is None or c.computed is None:
        return False
    return abs(c.stated - consensus) < abs(c.stated - c.computed)


def _count_conflicts(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    consensus = _consensus_total(ctx)
    # a list of one group's items whose total is that group's count (a selection's is the official list's)
    within = {
        art: gid
        for art in ctx.list_articles
        if not ctx.says_selection(art) and (gid := _one_group(ctx, art)) is not None
    }
    # a run whose lists have one group between them, or none canonical (lead-ins such as "The Treasury
    # named five people:"): such a group's counts are the list's total, which other outlets state
    only = next(iter(ctx.group_labels)) if len(ctx.group_labels) == 1 else None
    whole = {art for art in ctx.list_articles if len({m.group for m in ctx.listed[art]}) == 1}
    size = max([consensus or 0, *(len(listed) for listed in ctx.listed.values())])
    for subject in (SUBJECT_TOTAL, *sorted(ctx.group_labels)):
        by_value: dict[int, list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.unit != "count" or c.kind not in (KIND_TOTAL, KIND_GROUP):
                continue
            # the total of a list that holds one group's items only is that group's count, unless it is
            # nearer the total the outlets agree on than its list's length (a headline's "19 countries"
            # over the 12 of one group)
            about = within.get(c.article, c.subject) if c.kind == KIND_TOTAL else c.group
            if c.kind == KIND_TOTAL and _counts_the_whole(c, consensus):
                about = c.subject
            # a group count its sentence sets apart as a part of a larger count ("40家…，其中12家…") is
            # never the list's total
            part = c.kind == KIND_GROUP and part_of_a_larger(c.quote, int(c.stated))
            if not part and (
                (only is not None and about == only)
                or (not about and c.kind == KIND_GROUP and c.article in whole and len(ctx.group_labels) < 2)
            ):
                about = SUBJECT_TOTAL
            if about == subject:
                if ctx.from_heading(c) and _partial(ctx, c.article, consensus) and not _of_examples(ctx, c):
                    continue  # a part's heading counts what it prints, not the official list
                if c.kind == KIND_TOTAL and _counts_a_part(ctx, c, size):
                    continue
                if c.kind == KIND_TOTAL and _counts_its_selection(ctx, c.article, int(c.stated)):
                    continue  # the key ones it picks, counted: judged against its own list (``list_short``)
                by_value[int(c.stated)].append(c)
        if subject == SUBJECT_TOTAL:
            by_value = _beside_its_own(by_value)
        if len(by_value) < 2:
            continue
        if len({c.article for cs in by_value.values() for c in cs}) < 2:
            continue  # one outlet's two counts: judged against its own list (``count_mismatch``)
        if all(any(c.computed == c.stated for c in cs) for cs in by_value.values()):
            continue  # each count is the length of the list beside it: lists of another scope, not a dispute
        if whole_beside_parts(ctx, by_value):
            continue  # the whole some print examples of, and the parts others print
        parts = []
        for value in sorted(by_value):
            arts = sorted({c.article for c in by_value[value]})
            parts.append(f"{value} ({_words(arts)})")
        sources = _odd_ones_out({c.article for c in cs} for cs in by_value.values())
        if len(sources) == len({c.article for cs in by_value.values() for c in cs}):
            sources = _contradicted_by_own_list(sources, by_value)
        first_per: dict[tuple[str, int], Claim] = {}
        for value in sorted(by_value):
            for c in sorted(by_value[value], key=lambda c: (c.article, c.start)):
                first_per.setdefault((c.article, value), c)
        out.append(
            Discrepancy(
                kind=COUNT_CONFLICT,
                severity=Severity.ERROR,
                entity=None,
                sources=sources,
                subject=subject,
                message=f"Outlets state different {ctx.group_words(subject)} counts: {'; '.join(parts)}."
                + _own_lists(ctx, sources, by_value, subject),
                evidence=_evidence(ctx.claim_evidence(c) for _, c in sorted(first_per.items())),
            )
        )
    return out


def _beside_its_own(by_value: Mapping[int, list[Claim]]) -> dict[int, list[Claim]]:
    """The totals without those of an outlet that also states the total most outlets state, which its own
    list has, when they lie beyond half or twice that count (``亚洲区共有8支球队`` beside its ``48队``): a
    count of something else, not a misprint of the list's (a near one, ``4名`` beside ``3人``, stays)."""
    holders = {v: {c.article for c in cs} for v, cs in by_value.items()}
    settled: dict[str, int] = {}
    for v, cs in by_value.items():
        if all(len(holders[v]) > len(h) for w, h in holders.items() if w != v):
            settled.update((c.article, v) for c in cs if c.computed == c.stated)
    out = {
        v: [
            c for c in cs if c.article not in settled or settled[c.article] / 2 <= v <= 2 * settled[c.article]
        ]
        for v, cs in by_value.items()
    }
    return {v: cs for v, cs in out.items() if cs}


def _of_examples(ctx: _Ctx, c: Claim) -> bool:
    """A heading's count over examples its article says it gives (``包括甲、乙和丙在內的11名官員``): more
    than it prints, the count of the official list it gives examples of."""
    return ctx.says_selection(c.article) and c.computed is not None and c.stated > c.computed


def _contradicted_by_own_list(
    sources: tuple[str, ...], by_value: Mapping[int, list[Claim]]
) -> tuple[str, ...]:
    """Outlets tied over a count (one says 6, one says 7): those whose own list contradicts the count they
    state are the odd ones, not an outlet whose list has the count it states; all of them when the lists
    do not tell them apart."""
    claims = [c for cs in by_value.values() for c in cs if c.computed is not None]
    right = {c.article for c in claims if c.computed == c.stated}
    odd = {c.article for c in claims if c.computed != c.stated} - right
    return tuple(sorted(odd)) if odd and len(odd) < len(sources) else sources


def _counts_a_part(ctx: _Ctx, c: Claim, size: int) -> bool:
    """A total that counts its article's own list when that list is a part of the whole, less than half
    of it (``the 25 economies charged more than 15%`` over 26 names, when the whole has 69), or half of it
    counted as printed (``the top five`` over five of a ranking of ten): a count of another scope, judged
    against its own list (``list_long``, ``list_short``), not against the totals of the whole."""
    own = len(ctx.listed.get(c.article, ()))
    half = own * 2 == size and c.stated == own  # half the whole, counted as printed (a miscount is not)
    return (own * 2 < size or half) and abs(c.stated - own) < abs(c.stated - size)


def _own_lists(ctx: _Ctx, sources: Sequence[str], by_value: Mapping[int, list[Claim]], subject: str) -> str:
    """ " X's own list has 14." for an odd outlet whose own list gives the count the others state."""
    notes = []
    for art in sources:
        if subject == SUBJECT_TOTAL:
            n: int | None = len(ctx.listed.get(art, ()))
        else:  # the items its own list files in the group
            own = (c.computed for cs in by_value.values() for c in cs if c.article == art)
            n = next((int(x) for x in own if x is not None), None)
        if n and n in by_value:
            also = art in {c.article for c in by_value[n]}
            notes.append(f" {art}'s own list has {n}" + (", as it also says." if also else "."))
    return "".join(notes)
