"""The mentions a run matches, made ready: an article's list cut to ``MAX_LIST_ITEMS`` (reported), each
article's stated list length from its headings, prose candidates numbered after the list items and
renumbered once the unlinked ones are dropped. Used by ``run.reconcile``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.inputs import _problem
from pipeline.limits import MAX_LIST_ITEMS, MAX_PROSE_MENTIONS
from pipeline.models import Article, Heading, Kind, Mention, ParseResult, Problem, Severity
from sources import prose
from sources.prose_orgs import names_only_groups


def stated_totals(headings: Sequence[Heading]) -> dict[str, int]:
    """Each article's stated list length, from its headings: a total heading, or the sum of its
    group headings when two or more groups state a count."""
    totals: dict[str, int] = {}
    by_article: dict[str, list[Heading]] = {}
    for h in headings:
        if h.stated is not None and h.category is None:
            by_article.setdefault(h.article, []).append(h)
    for article, hs in by_article.items():
        overall = [h.stated for h in hs if not h.group and h.stated is not None]
        per_group = {h.group: h.stated for h in hs if h.group and h.stated is not None}
        if overall:
            totals[article] = max(overall)
        elif len(per_group) >= 2:
            totals[article] = sum(per_group.values())
    return totals


def _last_positions(list_mentions: Sequence[Mention]) -> dict[str, int]:
    """Each article's last list position: its prose mentions are numbered after it."""
    last: dict[str, int] = {}
    for m in list_mentions:
        last[m.article] = max(last.get(m.article, 0), m.position)
    return last


def _capped(res: ParseResult) -> ParseResult:
    """An article's list cut to ``MAX_LIST_ITEMS`` items before it reaches matching (reported)."""
    if res.article is None or len(res.mentions) <= MAX_LIST_ITEMS:
        return res
    message = f"{len(res.mentions):,} list items; only the first {MAX_LIST_ITEMS:,} are matched"
    problem = _problem(res.article.id, "list-too-long", message, Severity.WARNING)
    return replace(res, mentions=res.mentions[:MAX_LIST_ITEMS], problems=(*res.problems, problem))


def _prose_mentions(
    articles: Sequence[Article],
    list_mentions: Sequence[Mention],
    prose_of: dict[str, tuple[prose.ProseCandidate, ...]],
    problems: list[Problem],
    labels: frozenset[str] = frozenset(),
) -> tuple[list[Mention], list[bool]]:
    """Prose candidates of every article (list items excluded), numbered after its list items; a
    Chinese name made only of the lists' group ``labels`` is a heading's words and is left out."""
    last = _last_positions(list_mentions)
    out: list[Mention] = []
    org_like: list[bool] = []
    for art in articles:
        cands = prose_of.get(art.path, ())
        if len(cands) > MAX_PROSE_MENTIONS:
            message = f"{len(cands):,} names in prose; only the first {MAX_PROSE_MENTIONS:,} are matched"
            problems.append(_problem(art.id, "prose-too-long", message, Severity.WARNING))
            cands = cands[:MAX_PROSE_MENTIONS]
        pos = last.get(art.id, 0)
        for cand in sorted(cands, key=lambda c: (c.mention.start, c.mention.end)):
            m = cand.mention
            if labels and not (m.acronym or m.name_en) and names_only_groups(m.name_zh, labels):
                continue
            pos += 1
            out.append(replace(cand.mention, article=art.id, kind=Kind.PROSE, position=pos))
            org_like.append(cand.org_like)
    return out, org_like


def _renumber_prose(
    kept: Sequence[Mention], list_last: dict[str, int]
) -> tuple[list[Mention], dict[str, str]]:
    """Close the gaps left by dropped prose candidates; returns the mentions and old->new keys."""
    renamed: dict[str, str] = {}
    out: list[Mention] = []
    counters = dict(list_last)
    for m in sorted(kept, key=lambda m: (m.article, m.position)):
        counters[m.article] = counters.get(m.article, 0) + 1
        new = replace(m, position=counters[m.article])
        renamed[m.key] = new.key
        out.append(new)
    return out, renamed
