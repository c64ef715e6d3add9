"""Rows that describe a class rather than name one (``其餘國家``, ``不合作企業``, "All other companies"):
a tariff or rate table often ends with them; and places held for whoever wins them (``甲賽A組勝者``,
"the winner of play-off Path A"), which a draw or a bracket lists beside the names. Outlets word them
freely, so no name links them, and their presence says nothing about a list (every outlet prints the
rest of the table, or the draw, in its own words): they never make a presence finding (``unique_item``,
``missing_entity``, ``unlinked_list``), while their values are still compared wherever they were
linked."""

from __future__ import annotations

from pipeline.checks.context import _Ctx
from pipeline.lang.group_cues import DESCRIBED_ROW_EN_RE, DESCRIBED_ROW_ZH_RE
from pipeline.lang.name_words import EN_DESCRIBED_PLACE_RE, ZH_DESCRIBED_PLACE_RE
from pipeline.models import Mention


def described_name(name: str) -> bool:
    """Whether a printed name describes a class (a complement or negation, a qualifier, a class noun) or a
    place held for a winner."""
    name = name.strip()
    return bool(name) and bool(
        DESCRIBED_ROW_ZH_RE.search(name)
        or DESCRIBED_ROW_EN_RE.search(name)
        or ZH_DESCRIBED_PLACE_RE.search(name)
        or EN_DESCRIBED_PLACE_RE.fullmatch(name)
    )


def described_row(m: Mention) -> bool:
    """A list item whose printed names all describe a class, and at least one does: no proper name."""
    names = [n for n in (m.name_zh, m.name_en) if n and n.strip()]
    return bool(names) and all(described_name(n) for n in names) and m.kind == "list"


def described_entities(ctx: _Ctx) -> frozenset[str]:
    """The entities whose every listed member is a described row."""
    return frozenset(
        ent
        for ent, by_art in ctx.entity_lists.items()
        if by_art and all(described_row(m) for ms in by_art.values() for m in ms)
    )


MIN_FIGURED = 4  # other items with a figure around the one without it: a table of figures, not a loose list


def _blank_row(m: Mention, listed: list[Mention]) -> bool:
    """An item printed with no figure (``ー``, ``–``) in a list whose every other item has one: the row a
    table keeps for an ally with no army or a party with no seats, which other outlets' lists of figures
    may leave out without leaving out anything they count."""
    others = [o for o in listed if o.key != m.key]
    return not m.values and len(others) >= MIN_FIGURED and all(o.values for o in others)


def blank_entities(ctx: _Ctx) -> frozenset[str]:
    """The entities whose every listed member is a row with no figure among rows with one (``_blank_row``):
    never present nor absent, as described rows are."""
    return frozenset(
        ent
        for ent, by_art in ctx.entity_lists.items()
        if by_art and all(_blank_row(m, ctx.listed[art]) for art, ms in by_art.items() for m in ms)
    )
