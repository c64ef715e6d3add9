"""A stated count against the items the article lists under it (``count_mismatch``): a heading's or a
sentence's count of a group or category that its own list does not fit. Evidence: the count's own sentence
or heading and the list it counts."""

from __future__ import annotations

import math
from collections import defaultdict

from pipeline.checks.consensus import (
    _consensus_total,
    _describe,
    _missing_from,
    _partial,
)
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import COUNT_MISMATCH
from pipeline.checks.wording import _evidence, _fmt
from pipeline.claims import (
    KIND_CATEGORY,
    KIND_GROUP,
    mode_of,
)
from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.counts import JA_OTHERS_CLOSING_RE
from pipeline.models import Claim, Discrepancy, Severity


def _odd_count(ctx: _Ctx, c: Claim) -> bool:
    """A group count other than the one most outlets state, over a list that has what they state: the
    count is the odd one, and the conflict of counts reports it with its own list."""
    said = {(x.article, int(x.stated)) for x in ctx.group_claims.get(c.group, ()) if x.article != c.article}
    usual = mode_of([value for _, value in sorted(said)])
    return c.computed is not None and usual is not None and int(c.computed) == usual != int(c.stated)


def _a_counted_group_short(ctx: _Ctx, c: Claim) -> bool:
    """A heading's count of one of the article's groups, a miscount apart from the items it prints
    there (``第一級共18個國家和地區：`` over seventeen, beside ``第三級則包括A、B等``): the examples the
    article gives are another group's, and this group is judged as the list it says it is."""
    if c.kind != KIND_GROUP or not c.group or not ctx.from_heading(c) or c.computed is None:
        return False
    groups = {ctx.group_id(m) for m in ctx.listed.get(c.article, ())}
    return len(groups) > 1 and miscounted_at_most(int(c.computed), int(c.stated))


def _named_and_others(ctx: _Ctx, c: Claim) -> bool:
    """A count closing a name and "and others" (``山田太郎ら3人``): the group named by an example."""
    art = ctx.articles.get(c.article)
    return art is not None and JA_OTHERS_CLOSING_RE.search(art.text, max(0, c.start - 2), c.end) is not None


def _count_mismatches(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    consensus = _consensus_total(ctx)
    groups: dict[tuple[str, str, str, float, float], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        if c.kind not in (KIND_GROUP, KIND_CATEGORY) or c.computed is None:
            continue
        if c.kind == KIND_GROUP and not c.group and c.unit == "count" and not ctx.from_heading(c):
            continue  # a count that may be a group's, naming none clearly: judged by nobody (bind_groups)
        if not ctx.from_heading(c) and _partial(ctx, c.article, consensus):
            continue  # prose about the official list, beside a printed selection of it
        if c.unit != "count" or math.isclose(c.stated, c.computed):
            continue
        if c.computed < c.stated and (
            _named_and_others(ctx, c)
            or (ctx.says_selection(c.article) and not _a_counted_group_short(ctx, c))
        ):
            continue  # examples of the group, as the article says: its count is the official group's
        # the count is the odd one, not the list: reported as a conflict of counts (but the conflict of
        # counts leaves out the heading of a selection, which counts what it prints: judged here)
        heads_a_part = ctx.from_heading(c) and _partial(ctx, c.article, consensus)
        if c.kind == KIND_GROUP and c.group and _odd_count(ctx, c) and not heads_a_part:
            continue
        groups[(c.article, c.kind, c.subject, c.stated, c.computed)].append(c)
    for (article, kind, subject, stated, computed), cs in sorted(groups.items()):
        what = f"group '{subject}'" if kind == KIND_GROUP else f"category '{subject}'"
        msg = f"{article} states {_fmt(stated)} for {what} but its own list has {_fmt(computed)} items there."
        gid = cs[0].group
        if kind == KIND_GROUP and computed < stated and gid:
            missing, total = _missing_from(ctx, article, gid)
            if missing:
                msg += (
                    f" Listed elsewhere in this group but not here: {_describe(ctx, missing, total=total)}."
                )
        elif kind == KIND_GROUP and computed > stated and gid and (alone := _alone_in(ctx, article, gid)):
            msg += f" On no other list: {_describe(ctx, alone)}."
        out.append(
            Discrepancy(
                kind=COUNT_MISMATCH,
                severity=Severity.ERROR,
                entity=None,
                sources=(article,),
                subject=subject,
                message=msg,
                evidence=_evidence(ctx.claim_evidence(c) for c in cs),
            )
        )
    return out


def _alone_in(ctx: _Ctx, article: str, gid: str) -> list[str]:
    """The entities ``article`` files under the canonical group ``gid`` that no other list carries (what
    makes a group longer than its count), when there are other lists to tell."""
    if len(ctx.list_articles) < 2:
        return []
    ents = {
        e for m in ctx.listed.get(article, ()) if ctx.group_id(m) == gid and (e := ctx.entity_of.get(m.key))
    }
    return sorted(e for e in ents if len(ctx.entity_lists[e]) == 1)
