"""Names heard alike whose places name other countries: a katakana name and a Chinese transliteration
that meet by sound alone (the kana table's ``twin``, pipeline.matching.kana_table), or two Chinese
transliterations of other spellings that sound alike (the Chinese key table's pairs of short keys,
pipeline.matching.key_table), are two people where the places printed beside them name two countries
(pipeline.matching.places). Their mentions are kept apart as a reviewer's "not the same" would keep
them. Found from the tables' pairs of keys, never by comparing every two mentions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from scipy import sparse

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.matching.bags import Bag
from pipeline.matching.evidence import Space
from pipeline.matching.places import places_conflict, printed_places
from pipeline.models import Mention

__all__ = ["places_apart"]


def _key_pairs(table: sparse.csr_matrix, keep: Callable[[int, int], bool]) -> Iterable[tuple[int, int]]:
    coo = table.tocoo()
    return ((p, q) for p, q in zip(coo.row.tolist(), coo.col.tolist(), strict=True) if keep(p, q))


def _holders(mentions: Sequence[Mention], ids: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """Each key id's mentions, of those that print a place."""
    out: dict[int, list[int]] = defaultdict(list)
    for i, keys in enumerate(ids):
        if printed_places(mentions[i]):
            for k in keys:
                out[k].append(i)
    return out


def places_apart(
    mentions: Sequence[Mention], bags: Sequence[Bag], space: Space, gazetteer: Gazetteer | None
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of mentions of two articles whose names meet by sound (and not by one key)
    and whose places name two countries."""
    seen: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
    out: set[tuple[int, int]] = set()

    def weigh(holders: dict[int, list[int]], pairs: Iterable[tuple[int, int]]) -> None:
        for p, q in pairs:
            for i in holders.get(p, ()):
                for j in holders.get(q, ()):
                    ma, mb = mentions[i], mentions[j]
                    if ma.article == mb.article:
                        continue
                    key = (tuple(printed_places(ma)), tuple(printed_places(mb)))
                    if key not in seen:
                        seen[key] = places_conflict(gazetteer, ma, mb)
                    if seen[key]:
                        out.add((min(i, j), max(i, j)))

    kana = space.kana
    if kana.keys:
        holders = _holders(mentions, [b.kana for b in bags])
        if holders:  # each pair once, from its katakana side
            weigh(holders, _key_pairs(kana.twin.matrix(), lambda p, q: p < kana.n_kana and p in holders))
    zh = space.zh
    if zh.phonetic:
        holders = _holders(mentions, [b.zh for b in bags])
        sounds = zh.sounds
        if holders:  # two short keys of other spellings, each pair once
            weigh(
                holders,
                _key_pairs(
                    zh.matrix(), lambda p, q: p < q and p in holders and bool(sounds[p] and sounds[q])
                ),
            )
    return sorted(out)
