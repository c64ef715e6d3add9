"""Names heard alike whose places name other countries: a katakana name and a Chinese transliteration
that meet by sound alone (the kana table's ``twin``, pipeline.matching.kana_table) are two people where
the places printed beside them name two countries (pipeline.matching.places). Their mentions are kept
apart as a reviewer's "not the same" would keep them. Found from the table's pairs of sound keys, never
by comparing every two mentions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.matching.bags import Bag
from pipeline.matching.evidence import Space
from pipeline.matching.places import places_conflict, printed_places
from pipeline.models import Mention

__all__ = ["places_apart"]


def _placed(m: Mention) -> tuple[str, ...]:
    return tuple(printed_places(m))


def places_apart(
    mentions: Sequence[Mention], bags: Sequence[Bag], space: Space, gazetteer: Gazetteer | None
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of mentions of two articles whose names meet by sound alone and whose places
    name two countries."""
    table = space.kana
    if not table.keys:
        return []
    holders: dict[int, list[int]] = defaultdict(list)
    for i, b in enumerate(bags):
        if _placed(mentions[i]):
            for k in b.kana:
                holders[k].append(i)
    if not holders:
        return []
    twin = table.twin.matrix().tocoo()
    seen: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
    out: set[tuple[int, int]] = set()
    for p, q in zip(twin.row.tolist(), twin.col.tolist(), strict=True):
        if p >= table.n_kana or p not in holders or q not in holders:
            continue  # each pair once, from its katakana side
        for i in holders[p]:
            for j in holders[q]:
                ma, mb = mentions[i], mentions[j]
                if ma.article == mb.article:
                    continue
                key = (_placed(ma), _placed(mb))
                if key not in seen:
                    seen[key] = places_conflict(gazetteer, ma, mb)
                if seen[key]:
                    out.add((min(i, j), max(i, j)))
    return sorted(out)
