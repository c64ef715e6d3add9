"""What most outlets agree on, as the checks of counts and of lists judge by it: the group most
outlets file an item under, the items most lists hold, the total most articles state, and whether
an article's count is of part of the list (a group, or examples)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.wording import _NAMED_ENTITIES, _words
from pipeline.claims import KIND_CATEGORY, KIND_GROUP, KIND_TOTAL
from pipeline.lang.examples_of import CLOSING_CHARS, EXAMPLES_CLOSING_RE
from pipeline.lang.leads import KEY_ONES_RE


def _majority_group(ctx: _Ctx, entity_id: str) -> str | None:
    """The canonical group most of the entity's list items are filed under (None on a tie), once per
    entity and groups."""
    if entity_id not in ctx.majority:
        ctx.majority[entity_id] = _vote_group(ctx, entity_id)
    return ctx.majority[entity_id]


def _vote_group(ctx: _Ctx, entity_id: str) -> str | None:
    votes = Counter(
        g
        for ms in ctx.entity_lists.get(entity_id, {}).values()
        for m in ms
        if (g := ctx.group_id(m)) is not None
    )
    if not votes:
        return None
    best = max(votes.values())
    tied = sorted(g for g, c in votes.items() if c == best)
    return tied[0] if len(tied) == 1 else None


def _listed_most(ctx: _Ctx, group: str | None) -> tuple[list[str], set[str]]:
    """The entities some list holds (of the majority group ``group``, when given), most widely listed
    first, and the same as a set; once per group."""
    if group not in ctx.ranked:
        ranked = sorted(
            (-len(by_art), ent)
            for ent, by_art in ctx.entity_lists.items()
            if by_art and (group is None or _majority_group(ctx, ent) == group)
        )
        ctx.ranked[group] = ([ent for _, ent in ranked], {ent for _, ent in ranked})
    return ctx.ranked[group]


def _missing_from(ctx: _Ctx, article: str, group: str | None = None) -> tuple[list[str], int]:
    """Entities at least half the other lists carry and ``article``'s list does not (what fewer carry is
    no evidence of what this one lacks), most widely listed first: the first ``_NAMED_ENTITIES`` of them
    and how many there are. The ranking is walked only down to that half."""
    ranked, _ = _listed_most(ctx, group)
    mine = set(ctx.listed_entities.get(article, ()))
    others = len(ctx.list_articles) - (article in ctx.listed)
    first: list[str] = []
    count = 0
    for ent in ranked:
        if len(ctx.entity_lists[ent]) * 2 < others:
            break
        if ent not in mine:
            count += 1
            if len(first) < _NAMED_ENTITIES:
                first.append(ent)
    return first, count


def _describe(ctx: _Ctx, entity_ids: Sequence[str], *, total: int | None = None) -> str:
    """The first ``_NAMED_ENTITIES`` entities by name, then how many more of ``total`` (default: all
    of ``entity_ids``)."""
    names = [ctx.name(e) for e in entity_ids[:_NAMED_ENTITIES]]
    more = (len(entity_ids) if total is None else total) - _NAMED_ENTITIES
    return _words(names) + (f" and {more} more" if more > 0 else "")


def _consensus_total(ctx: _Ctx) -> int | None:
    per_article = [t for a in sorted(ctx.articles) if (t := ctx.stated_total(a)) is not None]
    if not per_article:
        return None
    counts = Counter(per_article)
    best = max(counts.values())
    winners = [v for v, n in counts.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def _partial(ctx: _Ctx, article: str, consensus: int | None) -> bool:
    """A list its article says is a selection, or of fewer than half the items its article (or the
    outlets) say there are, or of half of them closed by a word of examples before its count
    (``A、B、Cら6人``, ``…等6人``): examples, not the list. Its absent items are not reported one by one."""
    if ctx.says_selection(article):
        return True
    stated = ctx.stated_total(article) or consensus
    n = len(ctx.listed[article])
    return stated is not None and (n * 2 < stated or (n * 2 == stated and _closed_as_examples(ctx, article)))


def _closed_as_examples(ctx: _Ctx, article: str) -> bool:
    """The article's count of its list follows the list's last item after a word of examples only
    (``…鄧炳強保安局長、蕭澤頤警務処長ら6人``)."""
    listed, found = ctx.listed.get(article), ctx.articles.get(article)
    if not listed or found is None:
        return False
    end = max(m.end for m in listed)
    closing = EXAMPLES_CLOSING_RE.match(found.text, end, end + CLOSING_CHARS)
    return closing is not None and any(
        c.kind == KIND_TOTAL and end <= c.start <= closing.end() for c in ctx.claims_of.get(article, ())
    )


def _counts_its_selection(ctx: _Ctx, art: str, stated: int) -> bool:
    """A selection whose lead-in counts what it picks (``Seven of the key ministers are:``, ``主要閣僚7人は
    次の通り``): the count is the printed selection's, judged against it, not against the whole's total."""
    return ctx.says_selection(art) and any(
        c.kind == KIND_TOTAL
        and int(c.stated) == stated
        and ctx.from_heading(c)
        and KEY_ONES_RE.search(c.quote)
        for c in ctx.claims_of.get(art, ())
    )


def _counts_a_group(ctx: _Ctx, art: str, stated: int) -> bool:
    """A count that is one of the article's groups' (``the four judges sanctioned in June``), in an
    article whose list has several groups: it describes that group, not the list."""
    groups = {
        c.subject: int(c.stated) for c in ctx.claims_of.get(art, ()) if c.kind in (KIND_CATEGORY, KIND_GROUP)
    }
    labels = {m.group for m in ctx.listed[art] if m.group}
    return len(labels) >= 2 and (
        stated in groups.values()
        or any(sum(1 for m in ctx.listed[art] if m.group == g) == stated for g in labels)
    )
