"""Indexes every report reads a Reconciliation through: each mention's entity and link, mentions keyed
and counted, the links worth a review, group ids, article labels and each entity's groups and sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import NamedTuple

from pipeline.models import Kind, Level, Link, Mention, Reconciliation
from reports.memo import per_reconciliation
from reports.ordering import mention_key_order, sorted_entities, sorted_links, sorted_mentions

#: Links whose margin over the runner-up is below this are listed for review (``options["review_margin"]``
#: overrides it).
REVIEW_MARGIN = 0.1


@per_reconciliation
def mention_entities(rec: Reconciliation) -> dict[str, str]:
    """Mention key -> entity id, from the links (an entity's member list fills in what links lack)."""
    out: dict[str, str] = {}
    for entity in sorted_entities(rec):
        for key in entity.mentions:
            out.setdefault(key, entity.id)
    for link in sorted_links(rec):
        out[link.mention] = link.entity
    return out


@per_reconciliation
def mentions_by_key(rec: Reconciliation) -> dict[str, Mention]:
    """Mention key -> mention."""
    return {r.key: r.mention for r in keyed_mentions(rec)}


@per_reconciliation
def links_by_mention(rec: Reconciliation) -> dict[str, Link]:
    out: dict[str, Link] = {}
    for link in sorted_links(rec):
        out.setdefault(link.mention, link)
    return out


def review_margin(rec: Reconciliation) -> float:
    value = rec.options.get("review_margin")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else REVIEW_MARGIN


def links_for_review(rec: Reconciliation, *, max_margin: float | None = None) -> list[Link]:
    """Links decided by the scorer whose margin over the runner-up is small, smallest margin first."""
    limit = review_margin(rec) if max_margin is None else max_margin
    picked = [k for k in rec.links if k.level not in (Level.SEED, Level.REVIEWER) and k.margin < limit]
    return sorted(picked, key=lambda k: (k.margin, k.score, mention_key_order(k.mention), k.entity))


def group_ids(rec: Reconciliation) -> Callable[[Mention], str | None]:
    """``rec.group_of`` from one index of the groups' members (the first group holding a member wins,
    as there), so that every mention costs a lookup, not a scan of every group's members."""
    index: dict[tuple[str, str], str] = {}
    for g in rec.groups:
        for member in g.members:
            index.setdefault(member, g.id)

    def group_of(m: Mention) -> str | None:
        return index.get((m.article, m.group)) if m.group else None

    return group_of


class KeyedMention(NamedTuple):
    """A mention with what the reports look up for it: its key, its entity and its link."""

    mention: Mention
    key: str
    entity: str | None  # None: linked to no entity
    link: Link | None


@per_reconciliation
def keyed_mentions(rec: Reconciliation) -> list[KeyedMention]:
    """The mentions in report order, each with its key, entity and link, looked up once in one pass:
    the tables and counts that go over every mention read this list in order instead of building the
    key again (a new string each time) and looking it up in several maps per mention."""
    entity_of = mention_entities(rec)
    link_of = links_by_mention(rec)
    out = []
    for m in sorted_mentions(rec):
        key = m.key
        out.append(KeyedMention(m, key, entity_of.get(key), link_of.get(key)))
    return out


@per_reconciliation
def mention_counts(rec: Reconciliation) -> dict[str, tuple[int, int]]:
    """Article id -> (list items, prose mentions) of the articles that have any."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m in rec.mentions:
        counts[m.article][0 if m.kind == Kind.LIST else 1] += 1
    return {article: (lists, prose) for article, (lists, prose) in counts.items()}


@per_reconciliation
def unlinked_mentions(rec: Reconciliation) -> list[Mention]:
    return [r.mention for r in keyed_mentions(rec) if r.entity is None]


def article_labels(rec: Reconciliation) -> dict[str, str]:
    """A short readable label per article: its outlet when no other article shares it, else outlet + id."""
    outlets: dict[str, int] = defaultdict(int)
    for a in rec.articles:
        outlets[a.outlet] += 1
    labels: dict[str, str] = {}
    for a in rec.articles:
        if not a.outlet:
            labels[a.id] = a.id
        elif outlets[a.outlet] == 1:
            labels[a.id] = a.outlet
        else:
            labels[a.id] = f"{a.outlet} ({a.id})"
    return labels


@per_reconciliation
def entity_groups(rec: Reconciliation) -> dict[str, str]:
    """``rec.entity_groups()``, once per reconciliation, from the mentions by key the reports share."""
    return rec.entity_groups(mentions_by_key(rec))


@per_reconciliation
def entity_sources(rec: Reconciliation) -> dict[str, tuple[str, ...]]:
    """Entity id -> sorted ids of the articles that name it (list or prose)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in keyed_mentions(rec):
        if r.entity is not None:
            out[r.entity].add(r.mention.article)
    return {e.id: tuple(sorted(out.get(e.id, ()))) for e in rec.entities}
