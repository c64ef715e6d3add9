"""The table layer every report shares: sorted views of a Reconciliation, DataFrames and CSV.

Everything here is a pure function of one ``Reconciliation``. Rows are sorted so that the same
value built in any order renders the same bytes. Column names are constants; the first columns of
``mentions.csv`` and ``discrepancies.csv`` are part of the output contract.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple, cast

if TYPE_CHECKING:  # pandas is imported where a frame is asked for: the CSV files are written without it
    import pandas as pd

from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Kind,
    Level,
    Link,
    Mention,
    PersonName,
    Problem,
    Reconciliation,
    Variant,
)
from reports.memo import per_reconciliation

# -- column names ---------------------------------------------------------------------------------

SOURCE = "source"
KIND = "kind"
POSITION = "position"
SECTION = "section"
CATEGORY = "category"
NAME_ZH = "name_zh"
NAME_EN = "name_en"
ACRONYM = "acronym"
ENTITY = "entity"
ALIASES = "aliases"
NOTE = "note"
PARENT = "parent"
START = "start"
END = "end"
LEVEL = "level"
SCORE = "score"
MARGIN = "margin"
SEVERITY = "severity"
SOURCES = "sources"
SUBJECT = "subject"
MESSAGE = "message"
EVIDENCE = "evidence"
FINGERPRINT = "fingerprint"
MENTION = "mention"
MENTIONS = "mentions"
LIST_MENTIONS = "list_mentions"
PROSE_MENTIONS = "prose_mentions"
VARIANTS = "variants"
LANG = "lang"
NAME = "name"
STATED = "stated"
UNIT = "unit"
COMPUTED = "computed"
COUNT = "count"
QUOTE = "quote"
RUNNER_UP = "runner_up"
REASON = "reason"
PERSON = "person"
ROLE = "role"
ENGLISH = "english"
GROUP = "group"
VALUES = "values"
ATTRIBUTES = "attributes"
ITEM_SEPARATOR = "; "
OUTLET = "outlet"
OUTLETS = "outlets"

MENTION_COLUMNS = (
    SOURCE,
    KIND,
    POSITION,
    SECTION,
    CATEGORY,
    NAME_ZH,
    NAME_EN,
    ACRONYM,
    ENTITY,
    ALIASES,
    NOTE,
    PARENT,
    START,
    END,
    LEVEL,
    SCORE,
    MARGIN,
    GROUP,
    VALUES,
    ATTRIBUTES,
    OUTLET,
)
ENTITY_COLUMNS = (
    ENTITY,
    NAME_EN,
    NAME_ZH,
    ACRONYM,
    SECTION,
    SOURCES,
    LIST_MENTIONS,
    PROSE_MENTIONS,
    VARIANTS,
    MENTIONS,
)
CLAIM_COLUMNS = (SOURCE, KIND, SUBJECT, STATED, UNIT, COMPUTED, COUNT, QUOTE, START, END, OUTLET, GROUP)
DISCREPANCY_COLUMNS = (KIND, SEVERITY, ENTITY, SOURCES, SUBJECT, MESSAGE, EVIDENCE, FINGERPRINT, OUTLETS)
VARIANT_COLUMNS = (ENTITY, LANG, NAME, SOURCES, OUTLETS)
LINK_COLUMNS = (MENTION, ENTITY, LEVEL, SCORE, MARGIN, RUNNER_UP, REASON)
PEOPLE_COLUMNS = (PERSON, NAME, ROLE, ENGLISH, SOURCE, START, END)

ALIAS_SEPARATOR = " | "
LIST_SEPARATOR = ";"

#: Links whose margin over the runner-up is below this are listed for review (``options["review_margin"]``
#: overrides it).
REVIEW_MARGIN = 0.1

LANG_ORDER = {"zh": 0, "en": 1, "acronym": 2}
FACT_FIELD_ORDER = {"instrument": 0, "signed": 1, "signer": 2}


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


# -- sorted views ---------------------------------------------------------------------------------


def _section(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def sorted_articles(rec: Reconciliation) -> list[Article]:
    return sorted(rec.articles, key=lambda a: a.id)


def mention_sort_key(m: Mention) -> tuple[object, ...]:
    return (m.article, m.position, m.kind.value, m.start, m.end, m.name_zh, m.name_en, m.acronym)


@per_reconciliation
def sorted_mentions(rec: Reconciliation) -> list[Mention]:
    return sorted(rec.mentions, key=mention_sort_key)


def sorted_variants(variants: Iterable[Variant]) -> list[Variant]:
    return sorted(
        variants, key=lambda v: (LANG_ORDER.get(v.lang, 9), v.lang, v.name, tuple(sorted(v.sources)))
    )


@per_reconciliation
def sorted_entities(rec: Reconciliation) -> list[Entity]:
    return sorted(rec.entities, key=lambda e: e.id)


@per_reconciliation
def sorted_links(rec: Reconciliation) -> list[Link]:
    return sorted(rec.links, key=lambda k: (mention_key_order(k.mention), k.entity, k.level.value))


def mention_key_order(key: str) -> tuple[str, int, str]:
    article, _, position = key.rpartition("#")
    return (article, int(position), "") if position.isdigit() else (key, 0, key)


def claim_sort_key(c: Claim) -> tuple[object, ...]:
    return (c.article, c.start, c.end, c.kind, c.subject, c.stated, c.unit)


def sorted_claims(rec: Reconciliation) -> list[Claim]:
    return sorted(rec.claims, key=claim_sort_key)


def sorted_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    return sorted(evidence, key=lambda e: (e.article, e.start, e.end, e.quote))


def discrepancy_sort_key(d: Discrepancy) -> tuple[object, ...]:
    """Errors first, then warnings, then info; within a severity by kind, subject, entity, sources."""
    return (-d.severity.rank, d.kind, d.subject, d.entity or "", d.sources, d.message)


def sorted_discrepancies(rec: Reconciliation) -> list[Discrepancy]:
    return sorted(rec.discrepancies, key=discrepancy_sort_key)


def sorted_problems(rec: Reconciliation) -> list[Problem]:
    return sorted(rec.problems, key=lambda p: (p.article, -p.severity.rank, p.code, p.message))


def sorted_facts(rec: Reconciliation) -> list[Fact]:
    return sorted(
        rec.facts,
        key=lambda f: (FACT_FIELD_ORDER.get(f.field, 9), f.field, f.article, f.start, f.end, f.value),
    )


def sorted_people(rec: Reconciliation) -> list[PersonName]:
    return sorted(rec.people, key=lambda p: (p.person, p.name, p.article, p.start, p.end, p.role, p.english))


# -- derived views ---------------------------------------------------------------------------------


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


def stated_totals(claims: Iterable[Claim], groups: Mapping[str, str] | None = None) -> list[str]:
    """An article's stated totals and group counts, each once: ``total 66 (lists 66)``, ``甲類 31``.
    A count bound to a canonical group is named by that group's label (``groups``: id -> label)."""
    order = {"total": 0, "group": 1}
    seen: dict[str, tuple[object, ...]] = {}
    for c in claims:
        if c.kind not in order:
            continue
        text = f"{claim_subject(c, groups or {})} {fmt_number(c.stated)}"
        if c.computed is not None:
            text += f" (lists {fmt_number(c.computed)})"
        seen.setdefault(text, (order[c.kind], c.subject, c.stated, text))
    return [text for text, _ in sorted(seen.items(), key=lambda item: item[1])]


def claim_subject(c: Claim, groups: Mapping[str, str]) -> str:
    """What a claim counts, in words: its canonical group's label when it is bound to one, else the
    words it was stated with ("the rest after '…'" for the rest of a list)."""
    if c.group and c.group in groups:
        return groups[c.group]
    if c.subject.startswith("~"):
        return f"the rest after '{c.subject[1:]}'"
    return c.subject


def fmt_number(value: float | int | None) -> str:
    """A stated or computed number as a person writes it: 66, 22.7, 13.6364."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def fmt_score(value: float) -> str:
    return f"{value:.2f}"


def evidence_text(e: Evidence) -> str:
    """Compact one-line evidence: ``article@start-end "quote"``."""
    quote = " ".join(e.quote.split())
    return f'{e.article}@{e.start}-{e.end} "{quote}"'


# -- DataFrames -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV file's cells column by column (column -> its values, row by row: a long table is built a
    column at a time, with no record per row), its columns in order and the pandas type of the columns
    that are not text (``Int64``, ``Float64``)."""

    cells: Mapping[str, Sequence[object]]
    columns: tuple[str, ...]
    dtypes: Mapping[str, str]

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, object]], columns: tuple[str, ...], dtypes: Mapping[str, str]
    ) -> Table:
        """The table of ``rows`` (column -> value; a value a row lacks is None)."""
        rows = list(rows)
        return cls({column: [row.get(column) for row in rows] for column in columns}, columns, dtypes)

    @property
    def rows(self) -> list[dict[str, object]]:
        """The table row by row (column -> value)."""
        by_row = zip(*(self.cells[column] for column in self.columns), strict=True)
        return [dict(zip(self.columns, values, strict=True)) for values in by_row]

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = pd.DataFrame(self.rows, columns=list(self.columns))
        for column, dtype in self.dtypes.items():
            frame[column] = frame[column].astype(dtype)
        return frame


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


#: Mention fields the columns above already show; any other field a Mention has is shown generically
MENTION_FIELDS_SHOWN = frozenset(
    {"article", "kind", "position", "category", "name_zh", "name_en", "acronym", "aliases", "note"}
    | {"parent", "start", "end", "asserted_group", "group", "values", "attributes"}
)


def plain(value: object) -> str:
    """Any field value as one line of text: enums by value, records as ``key=value`` lists."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return "; ".join(
            f"{f.name}={plain(getattr(value, f.name))}" for f in fields(value) if getattr(value, f.name)
        )
    if isinstance(value, Mapping):
        return "; ".join(f"{k}={plain(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return ALIAS_SEPARATOR.join(sorted(items) if isinstance(value, set | frozenset) else items)
    return str(value)


def extra_mention_columns(mentions: Iterable[Mention] = ()) -> list[str]:
    """The mention fields no fixed column shows (a group label, values, attributes ...), by name."""
    kinds = {type(m) for m in mentions}  # a record's fields are its class's
    names = {f.name for f in fields(Mention)} | {f.name for kind in kinds for f in fields(kind)}
    return sorted(names - MENTION_FIELDS_SHOWN)


def mentions_frame(rec: Reconciliation) -> pd.DataFrame:
    return mentions_table(rec).frame()


def mentions_table(rec: Reconciliation) -> Table:
    """One row per mention, by article then position; ``entity`` is empty for an unlinked mention. Fields
    the model adds to a mention later appear as extra columns after ``outlet``, written as plain text.
    Each mention is read once, its row a tuple (its fields are read together, not one column at a time
    over every mention), and the rows are turned into columns at the end."""
    labels = article_labels(rec)
    extras = extra_mention_columns(rec.mentions)
    group_of = group_ids(rec)
    rows = []
    for m, _key, entity, link in keyed_mentions(rec):
        rows.append(
            (
                m.article,
                m.kind.value,
                m.position,
                group_of(m) or "",
                m.category or "",
                m.name_zh,
                m.name_en,
                m.acronym,
                entity or "",
                ALIAS_SEPARATOR.join(m.aliases),
                m.note,
                m.parent,
                m.start,
                m.end,
                link.level.value if link else "",
                _round(link.score) if link else None,
                _round(link.margin) if link else None,
                m.group,
                _values_text(m) if m.values else "",
                _attributes_text(m) if m.attributes else "",
                labels.get(m.article, m.article),
            )
            + tuple(plain(getattr(m, name, None)) for name in extras)
        )
    columns = MENTION_COLUMNS + tuple(extras)
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    return Table(
        dict(zip(columns, by_column, strict=True)),
        columns,
        {POSITION: "Int64", START: "Int64", END: "Int64", SCORE: "Float64", MARGIN: "Float64"},
    )


def _values_text(m: Mention) -> str:
    return ITEM_SEPARATOR.join(f"{v.column}={v.raw}" if v.column else v.raw for v in m.values)


def _attributes_text(m: Mention) -> str:
    return ITEM_SEPARATOR.join(f"{a.label or a.kind.value}={a.text}" for a in m.attributes)


def entities_frame(rec: Reconciliation) -> pd.DataFrame:
    return entities_table(rec).frame()


def entities_table(rec: Reconciliation) -> Table:
    by_key = mentions_by_key(rec)
    entity_group = entity_groups(rec)
    sources = entity_sources(rec)
    entity_of = mention_entities(rec)
    members: dict[str, list[str]] = defaultdict(list)
    for key, entity_id in entity_of.items():
        members[entity_id].append(key)
    rows: list[dict[str, object]] = []
    for e in sorted_entities(rec):
        keys = sorted(set(e.mentions) | set(members.get(e.id, [])), key=mention_key_order)
        kinds = [by_key[k].kind for k in keys if k in by_key]
        rows.append(
            {
                ENTITY: e.id,
                NAME_EN: e.name_en,
                NAME_ZH: e.name_zh,
                ACRONYM: e.acronym,
                SECTION: entity_group.get(e.id, ""),
                SOURCES: LIST_SEPARATOR.join(sources.get(e.id, ())),
                LIST_MENTIONS: sum(1 for k in kinds if k == Kind.LIST),
                PROSE_MENTIONS: sum(1 for k in kinds if k == Kind.PROSE),
                VARIANTS: len(e.variants),
                MENTIONS: LIST_SEPARATOR.join(keys),
            }
        )
    return Table.from_rows(
        rows, ENTITY_COLUMNS, {LIST_MENTIONS: "Int64", PROSE_MENTIONS: "Int64", VARIANTS: "Int64"}
    )


def claims_frame(rec: Reconciliation) -> pd.DataFrame:
    return claims_table(rec).frame()


def claims_table(rec: Reconciliation) -> Table:
    labels = article_labels(rec)
    rows: list[dict[str, object]] = [
        {
            SOURCE: c.article,
            KIND: c.kind,
            SUBJECT: c.subject,
            STATED: c.stated,
            UNIT: c.unit,
            COMPUTED: c.computed,
            COUNT: c.count,
            GROUP: c.group,
            QUOTE: c.quote,
            START: c.start,
            END: c.end,
            OUTLET: labels.get(c.article, c.article),
        }
        for c in sorted_claims(rec)
    ]
    return Table.from_rows(
        rows,
        CLAIM_COLUMNS,
        {STATED: "Float64", COMPUTED: "Float64", COUNT: "Int64", START: "Int64", END: "Int64"},
    )


def discrepancies_frame(rec: Reconciliation) -> pd.DataFrame:
    return discrepancies_table(rec).frame()


def discrepancies_table(rec: Reconciliation) -> Table:
    """Errors first; ``sources`` joined with ";", evidence as ``article@start-end "quote"`` joined by " | ".

    The first columns are the output contract: ``kind,severity,entity,sources,subject,message``.
    """
    labels = article_labels(rec)
    rows: list[dict[str, object]] = [
        {
            KIND: d.kind,
            SEVERITY: d.severity.value,
            ENTITY: d.entity or "",
            SOURCES: LIST_SEPARATOR.join(d.sources),
            SUBJECT: d.subject,
            MESSAGE: d.message,
            EVIDENCE: ALIAS_SEPARATOR.join(evidence_text(e) for e in sorted_evidence(d.evidence)),
            FINGERPRINT: d.fingerprint,
            OUTLETS: LIST_SEPARATOR.join(labels.get(x, x) for x in d.sources),
        }
        for d in sorted_discrepancies(rec)
    ]
    return Table.from_rows(rows, DISCREPANCY_COLUMNS, {})


def variants_frame(rec: Reconciliation) -> pd.DataFrame:
    return variants_table(rec).frame()


def variants_table(rec: Reconciliation) -> Table:
    """One row per naming variant of each entity, with the articles that use it."""
    labels = article_labels(rec)
    rows: list[dict[str, object]] = [
        {
            ENTITY: e.id,
            LANG: v.lang,
            NAME: v.name,
            SOURCES: LIST_SEPARATOR.join(sorted(v.sources)),
            OUTLETS: LIST_SEPARATOR.join(labels.get(x, x) for x in sorted(v.sources)),
        }
        for e in sorted_entities(rec)
        for v in sorted_variants(e.variants)
    ]
    return Table.from_rows(rows, VARIANT_COLUMNS, {})


def links_frame(rec: Reconciliation) -> pd.DataFrame:
    return links_table(rec).frame()


def links_table(rec: Reconciliation) -> Table:
    links = sorted_links(rec)
    cells: dict[str, list[object]] = {
        MENTION: [k.mention for k in links],
        ENTITY: [k.entity for k in links],
        LEVEL: [k.level.value for k in links],
        SCORE: [_round(k.score) for k in links],
        MARGIN: [_round(k.margin) for k in links],
        RUNNER_UP: [k.runner_up for k in links],
        REASON: [k.reason for k in links],
    }
    return Table(cells, LINK_COLUMNS, {SCORE: "Float64", MARGIN: "Float64"})


def people_frame(rec: Reconciliation) -> pd.DataFrame:
    return people_table(rec).frame()


def people_table(rec: Reconciliation) -> Table:
    rows: list[dict[str, object]] = [
        {
            PERSON: p.person,
            NAME: p.name,
            ROLE: p.role,
            ENGLISH: p.english,
            SOURCE: p.article,
            START: p.start,
            END: p.end,
        }
        for p in sorted_people(rec)
    ]
    return Table.from_rows(rows, PEOPLE_COLUMNS, {START: "Int64", END: "Int64"})


# -- CSV ------------------------------------------------------------------------------------------


# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection): such a text
# cell gets a leading apostrophe, as OWASP advises. report.json keeps the raw values.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    """A text cell a spreadsheet would not run as a formula; any other value unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_csv(table: Table) -> str:
    """``to_csv(table.frame())``, written by the ``csv`` module in one pass when every text column
    holds only text or nothing and every typed column only numbers or nothing (the cells then read
    as pandas writes them: a ``Float64`` cell as Python's ``repr`` of the float, an ``Int64`` cell as
    the integer); any other table goes through pandas. Cells are prepared a column at a time."""
    columns = [_plain_column(table.cells[column], table.dtypes.get(column, "")) for column in table.columns]
    if any(column is None for column in columns):
        return to_csv(table.frame())
    return _csv_text(table.columns, zip(*columns, strict=True))  # type: ignore[arg-type]


def _csv_text(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    """What ``csv.writer(lineterminator="\\n")`` writes for ``header`` and ``rows`` (text cells). A row
    none of whose cells holds a comma, a quote or a line break is written as its cells joined by
    commas, which is what the writer writes for it (it quotes nothing there), without the writer's
    character-by-character pass; any other row is the writer's."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    commas = len(header) - 1
    lines: list[str] = []
    for row in rows:
        line = ",".join(row)
        if commas < 1 or line.count(",") != commas or '"' in line or "\n" in line or "\r" in line:
            out.write("".join(lines))
            lines.clear()
            writer.writerow(row)
            continue
        lines.append(line + "\n")
    out.write("".join(lines))
    return out.getvalue()


_TEXT_TYPES = frozenset({str, type(None)})
_NUMBER_TYPES = {"Float64": frozenset({float, int, type(None)}), "Int64": frozenset({int, type(None)})}


def _plain_column(values: Sequence[object], dtype: str) -> list[str] | None:
    """One column's cells (of the pandas type ``dtype``, "" for text) as text, or None when a value is
    of a type pandas might read otherwise."""
    if not set(map(type, values)) <= _NUMBER_TYPES.get(dtype, _TEXT_TYPES):
        return None
    whole = None not in values  # no empty cell: the column is converted by ``map``
    if dtype == "Float64":
        if whole:
            return list(map(repr, map(float, values)))  # type: ignore[arg-type]
        return ["" if v is None else repr(float(v)) for v in values]  # type: ignore[arg-type]
    if dtype == "Int64":
        return list(map(str, values)) if whole else ["" if v is None else str(v) for v in values]
    texts = cast(Sequence[str | None], values)
    if whole and {v[:1] for v in cast(Sequence[str], texts)}.isdisjoint(FORMULA_STARTS):
        return list(cast(Sequence[str], texts))  # every cell holds text, and none begins as a formula
    return ["" if v is None else "'" + v if v.startswith(FORMULA_STARTS) else v for v in texts]


def to_csv(frame: pd.DataFrame) -> str:
    """UTF-8 text with "\\n" line endings, no index, empty cells for missing values, formula-like text
    cells neutralized."""
    return str(frame.map(neutralize).to_csv(index=False, lineterminator="\n", na_rep=""))


def excel_csv(text: str) -> str:
    """CSV text as Excel and LibreOffice open it without asking: a UTF-8 byte order mark and CRLF."""
    return "\ufeff" + text.replace("\r\n", "\n").replace("\n", "\r\n")


def render_csv(rec: Reconciliation) -> dict[str, str]:
    tables = {
        "mentions.csv": mentions_table(rec),
        "entities.csv": entities_table(rec),
        "claims.csv": claims_table(rec),
        "discrepancies.csv": discrepancies_table(rec),
        "variants.csv": variants_table(rec),
        "links.csv": links_table(rec),
        "people.csv": people_table(rec),
    }
    return {name: table_csv(table) for name, table in sorted(tables.items())}
