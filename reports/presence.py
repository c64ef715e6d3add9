"""The presence matrix: how each article names each entity (in its list, in the prose only, missing,
no list), and the rows shared by enough lists to be shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from pipeline.models import Article, Entity, Kind, Mention, Reconciliation
from reports.lookups import keyed_mentions
from reports.memo import per_reconciliation
from reports.ordering import mention_sort_key, sorted_articles, sorted_entities


class Presence(StrEnum):
    """How an entity appears in one article (a cell of the entity × article matrix)."""

    CANONICAL = "canonical"  # a list item under the entity's canonical name
    OTHER_NAME = "other_name"  # a list item under another name
    PROSE = "prose"  # named in the prose only
    MISSING = "missing"  # the article prints a list and this entity is not on it
    NO_LIST = "no_list"  # the article prints no list and does not name the entity


PRESENCE_SYMBOL = {
    Presence.CANONICAL: "●",
    Presence.OTHER_NAME: "◐",
    Presence.PROSE: "○",
    Presence.MISSING: "✗",
    Presence.NO_LIST: "·",
}
PRESENCE_LEGEND = {
    Presence.CANONICAL: "listed under the canonical name",
    Presence.OTHER_NAME: "listed under another name",
    Presence.PROSE: "named in the prose only",
    Presence.MISSING: "missing from the article's list",
    Presence.NO_LIST: "not named (the article prints no list)",
}


def _same(a: str, b: str) -> bool:
    return bool(a) and a.strip() == b.strip()


def presence(entity: Entity, mentions: list[Mention], *, article_has_list: bool) -> Presence:
    """The matrix cell for one entity in one article, from the entity's mentions in that article."""
    listed = [m for m in mentions if m.kind == Kind.LIST]
    if listed:
        for m in listed:
            if m.name_zh:
                if _same(m.name_zh, entity.name_zh):
                    return Presence.CANONICAL
            elif m.name_en:
                if _same(m.name_en, entity.name_en):
                    return Presence.CANONICAL
            elif _same(m.acronym, entity.acronym):
                return Presence.CANONICAL
        return Presence.OTHER_NAME
    if mentions:
        return Presence.PROSE
    return Presence.MISSING if article_has_list else Presence.NO_LIST


class MatrixCell(NamedTuple):  # a tuple: a thousand outlets make a hundred thousand cells
    entity: str
    article: str
    presence: Presence
    names: tuple[str, ...]  # the names the article uses for the entity, "zh / en" per mention


NAMED = frozenset({Presence.CANONICAL, Presence.OTHER_NAME, Presence.PROSE})
MIN_LISTS_FOR_SHARED_ROWS = 3  # from this many lists on, an entity one outlet alone names is a stray


def shared_rows(
    rows: list[tuple[Entity, list[MatrixCell]]],
) -> tuple[list[tuple[Entity, list[MatrixCell]]], int]:
    """The matrix rows of entities more than one outlet names, and how many were left out, when at least
    ``MIN_LISTS_FOR_SHARED_ROWS`` articles print a list: one outlet's stray is a ``unique_item`` finding
    and a row in entities.csv, and a row of it per outlet would grow the matrix with the square of the
    outlets. With fewer lists every row stays (one list lacking what the other has is the point)."""
    if (
        not rows
        or sum(1 for c in rows[0][1] if c.presence is not Presence.NO_LIST) < MIN_LISTS_FOR_SHARED_ROWS
    ):
        return rows, 0
    kept = [(e, cells) for e, cells in rows if sum(1 for c in cells if c.presence in NAMED) > 1]
    return kept, len(rows) - len(kept)


@dataclass(frozen=True, slots=True)
class _MatrixIndex:
    """What the matrix cells are read from: each entity's mentions per article, and the lists."""

    articles: list[Article]
    members: dict[str, dict[str, list[Mention]]]  # entity id -> article id -> its mentions there
    absent: list[tuple[str, Presence]]  # per article: its id, and the cell of an entity it does not name
    has_list: set[str]
    read: set[str]  # the articles' ids

    def row(self, entity: Entity) -> list[MatrixCell]:
        cells = []
        mine = self.members.get(entity.id, {})
        for article, absent in self.absent:
            found = mine.get(article)
            if not found:  # the usual cell: the article does not name the entity
                cells.append(MatrixCell(entity.id, article, absent, ()))
                continue
            if len(found) > 1:
                found = sorted(found, key=mention_sort_key)
            names = tuple(
                f"{m.name_zh} / {m.name_en}"
                if m.name_zh and m.name_en
                else m.name_zh or m.name_en or m.acronym
                for m in found
            )
            has_list = article in self.has_list
            cells.append(
                MatrixCell(entity.id, article, presence(entity, found, article_has_list=has_list), names)
            )
        return cells

    def named_by(self, entity: Entity) -> int:
        """How many articles name ``entity`` (a cell of it is canonical, another name or prose)."""
        return sum(1 for article in self.members.get(entity.id, {}) if article in self.read)


@per_reconciliation
def _matrix_index(rec: Reconciliation) -> _MatrixIndex:
    members: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for r in keyed_mentions(rec):  # a mention's key is unique: its article and position
        if r.entity is not None:
            members[r.entity][r.mention.article].append(r.mention)
    has_list = {a.id for a in rec.articles} & {m.article for m in rec.mentions if m.kind == Kind.LIST}
    articles = sorted_articles(rec)
    absent = [(a.id, Presence.MISSING if a.id in has_list else Presence.NO_LIST) for a in articles]
    members_of = {e: dict(by) for e, by in members.items()}
    return _MatrixIndex(articles, members_of, absent, has_list, {a.id for a in rec.articles})


@per_reconciliation
def matrix(rec: Reconciliation) -> list[tuple[Entity, list[MatrixCell]]]:
    """Entity × article presence, entities by id and articles by id."""
    index = _matrix_index(rec)
    return [(entity, index.row(entity)) for entity in sorted_entities(rec)]


@per_reconciliation
def shared_matrix(rec: Reconciliation) -> tuple[list[tuple[Entity, list[MatrixCell]]], int]:
    """``shared_rows(matrix(rec))``, drawing only the rows that are kept: with a thousand outlets most
    entities are one outlet's strays, whose thousand cells each would be drawn to be dropped."""
    entities = sorted_entities(rec)
    if not entities:
        return [], 0
    index = _matrix_index(rec)
    first = index.row(entities[0])
    if sum(1 for c in first if c.presence is not Presence.NO_LIST) < MIN_LISTS_FOR_SHARED_ROWS:
        return [(e, first if e is entities[0] else index.row(e)) for e in entities], 0
    kept = [e for e in entities if index.named_by(e) > 1]
    return [(e, index.row(e)) for e in kept], len(entities) - len(kept)
