"""Items filed under another group (``group_conflict``, ``section_conflict``): a list's group for an
item against the official list's or the other outlets' (camps weighed against each other), and
prose that says an item belongs to a group the lists file it outside."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from pipeline.checks.bands import band_conflict, standing
from pipeline.checks.consensus import _majority_group
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import GROUP_CONFLICT, SECTION_CONFLICT
from pipeline.checks.view import CLEAR_MAJORITY, MIN_CORROBORATION, _usual_group, _View
from pipeline.checks.wording import _evidence, _words
from pipeline.claims import KIND_GROUP
from pipeline.group_labels import match_label
from pipeline.groups import group_key
from pipeline.models import Discrepancy, Mention, Severity


def _section_conflicts(ctx: _Ctx) -> list[Discrepancy]:
    """What prose says about the group an entity belongs to (``X（亦是甲體系轄下單位）``), against the
    group the lists file it under (the lists against each other are judged by ``checks.lists``). The
    prose's words must name one canonical group clearly (``groups.match_label``)."""
    out: list[Discrepancy] = []
    if len(ctx.group_labels) < 2:
        return out
    for key in sorted(ctx.mentions):
        m = ctx.mentions[key]
        ent = ctx.entity_of.get(key)
        if not m.asserted_group or ent is None:
            continue
        asserted = match_label(m.asserted_group, ctx.group_printed)
        expected = _majority_group(ctx, ent)
        if asserted is None or expected is None or asserted == expected:
            continue
        filed_other = sorted(
            (
                x
                for ms in ctx.entity_lists.get(ent, {}).values()
                for x in ms
                if ctx.group_id(x) == expected and x.key != key
            ),
            key=lambda x: (x.article, x.position),
        )
        where = f"the lists of {_words(sorted({x.article for x in filed_other}))} file it under"
        out.append(
            Discrepancy(
                kind=SECTION_CONFLICT,
                severity=Severity.ERROR if len({x.article for x in filed_other}) >= 2 else Severity.WARNING,
                entity=ent,
                sources=(m.article,),  # the lists are the evidence; the assertion is the finding
                subject=ctx.name(ent),
                message=(
                    f"{m.article} says of {m.label} '{m.asserted_group}', i.e. group "
                    f"{ctx.group_words(asserted)}, but {where} {ctx.group_words(expected)}."
                ),
                evidence=_evidence(
                    [
                        ctx.mention_evidence(m),
                        *(ctx.mention_evidence(x) for x in _first_per_article(filed_other)),
                    ]
                ),
            )
        )
    return out


def _first_per_article(ms: Sequence[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in ms:
        seen.setdefault(m.article, m)
    return [seen[a] for a in sorted(seen)]


def _group_conflicts(view: _View) -> list[Discrepancy]:
    ctx = view.ctx
    out: list[Discrepancy] = []
    outside = standing(view)
    parts = _parts_of_their_own(view)
    for ent in sorted(ctx.entity_lists):
        filed = view.filed(ent)
        banded = sorted(a for a in filed if view.mention(a, ent).key in outside)
        out.extend(band_conflict(view, ent, a, outside[view.mention(a, ent).key]) for a in banded)
        filed = {a: g for a, g in filed.items() if a not in banded}
        if len(filed) < 2 and not (ent in view.ref_of and filed):
            continue
        usual = _usual_group(view, ent) if not banded else _usual_of(view, ent, filed)
        if usual is None:
            continue
        votes = Counter(filed.values())
        top = votes.most_common(2)
        if view.reference is None and len(top) == 2 and top[0][1] == top[1][1] >= MIN_CORROBORATION:
            out.append(_group_split(view, ent, filed))
            continue
        if view.reference is None and any(
            g != usual and n > 1 and votes[usual] < CLEAR_MAJORITY * n for g, n in votes.items()
        ):
            out.append(_group_split(view, ent, filed, majority=False))  # two camps, neither clearly wrong
            continue
        for art, g in sorted(filed.items()):
            if g == usual or (art, g, usual) in parts:
                continue
            support = votes[usual] if view.reference is None else None
            if support is not None and support < MIN_CORROBORATION:
                continue  # no clear majority: not one outlet's error
            m = view.mention(art, ent)
            label = view.groups.labels.get(usual, usual)
            basis = (
                "the official list files it"
                if view.reference is not None
                else f"{votes[usual]} other outlets file it"
            )
            out.append(
                Discrepancy(
                    kind=GROUP_CONFLICT,
                    severity=Severity.ERROR,
                    entity=ent,
                    sources=(art,),
                    subject=ctx.name(ent),
                    message=f"{art} files {m.label} under '{group_key(m)}'; {basis} under '{label}'.",
                    evidence=_evidence(
                        [
                            view.quote(m),
                            *(
                                view.quote(view.mention(a, ent))
                                for a, gg in sorted(filed.items())
                                if gg == usual
                            ),
                        ][:3]
                    ),
                )
            )
    return out


def _parts_of_their_own(view: _View) -> set[tuple[str, str, str]]:
    """(article, its group, another of its groups) where the first group is the article's alone (no other
    outlet files anything under it), counted by the article as it lists it, and the article files items
    under the second too: a part it sets apart from a group the others print whole (``對此前只受部分限制的
    兩個國家——A和B，亦改為全面限制``), a finer filing, no misfiling. A move into a group other outlets print,
    or into a group of one's own that no count of the article's gives, is still one."""
    holders: dict[str, set[str]] = defaultdict(set)
    for (art, _), gid in view.groups.of.items():
        holders[gid].add(art)
    counted = {
        (c.article, c.group)
        for c in view.ctx.claims
        if c.kind == KIND_GROUP and c.group and c.computed is not None and c.stated == c.computed
    }
    own = {gid: next(iter(arts)) for gid, arts in holders.items() if len(arts) == 1}
    return {
        (art, gid, other)
        for gid, art in own.items()
        if (art, gid) in counted
        for other, arts in holders.items()
        if other != gid and art in arts and len(arts) > 1
    }


def _usual_of(view: _View, ent: str, filed: Mapping[str, str]) -> str | None:
    """``_usual_group`` among the filings left once those outside their own band are set apart."""
    if ent in view.ref_of and view.ref_of[ent].group:
        return view.ref_of[ent].group
    return Counter(filed.values()).most_common(1)[0][0] if filed else None


def _group_split(view: _View, ent: str, filed: Mapping[str, str], *, majority: bool = True) -> Discrepancy:
    """Outlets split into camps that each have support: reported as a split, accusing no one
    (``majority``: whether the message says no camp is the larger)."""
    ctx = view.ctx
    camps: dict[str, list[str]] = defaultdict(list)
    for art, g in sorted(filed.items()):
        camps[g].append(art)
    parts = [f"'{view.groups.labels.get(g, g)}' by {_words(arts)}" for g, arts in sorted(camps.items())]
    return Discrepancy(
        kind=GROUP_CONFLICT,
        severity=Severity.WARNING,
        entity=ent,
        sources=tuple(sorted(filed)),
        subject=ctx.name(ent),
        message=f"Outlets split on where {ctx.name(ent)} belongs: {'; '.join(parts)}"
        + ("; no majority." if majority else "; no clear majority."),
        evidence=_evidence(view.quote(view.mention(arts[0], ent)) for arts in camps.values()),
    )
