"""Context evidence: people of one country, printed once by each outlet, whose names sound alike only
weakly (a name printed by one part, ``安瓦雷`` for Anwarel Roe; a regional transliteration of other
consonants, ``華多`` for ``沃多``; a name of two consonants, ``菲多``), linked where nothing else competes.

After the assignment (pipeline.matching.assign), the entities whose members' places name one country
(pipeline.matching.places) are taken together, a bucket per country, never all pairs. A bucket is weighed
only where no outlet prints two of its entities (an outlet that prints two people of a country says the
country does not tell them apart), and where they are ``MAX_BUCKET`` at the most. Inside it, two
entities of no common outlet, whose posts are of no other kind (a head of state against a head of
government, ``pipeline.lang.portfolios.head_of``), and whose names are heard alike from ``CONTEXT_GATE``
(pipeline.knowledge.name_sounds: a skeleton of each that begin with the same class) are one person: the best
pair first, each link weighed again against the entity it made. The names of an outlet that prints
Traditional characters are heard by their Cantonese reading too (``_traditional``), as Hong Kong writes
foreign names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.korean_names import korean_romanized
from pipeline.knowledge.name_sounds import heard_alike, name_sounds
from pipeline.lang.scripts import simplified
from pipeline.matching.places import mention_country, post_kinds
from pipeline.models import Mention

__all__ = ["CONTEXT_GATE", "context_links"]

# how alike two skeletons must sound once the country and the posts agree: ``菲索`` (``fs``) and Fick
# (``fg``) are 0.5; two people of one country printed by different outlets stay apart by their posts or
# by the bucket's rule (one person of a country in each outlet), not by this gate
CONTEXT_GATE = 0.5
# entities of one country a bucket weighs at the most: beyond, so many people of one country left unlinked
# say that the country does not tell them apart (and the pairs weighed grow as the square)
MAX_BUCKET = 32


@dataclass(slots=True)
class _Side:
    members: list[int]
    articles: set[str]
    kinds: set[str]
    sounds: frozenset[str]

    def takes(self, other: _Side, rivals: Mapping[int, Sequence[int]]) -> float:
        """How alike the two sound, 0 when they cannot be one person (an outlet in common, posts of two
        kinds, two members kept apart: a reviewer's "not the same", pipeline.matching.namesakes)."""
        if self.articles & other.articles or (self.kinds and other.kinds and not self.kinds & other.kinds):
            return 0.0
        theirs = set(other.members)
        if any(j in theirs for i in self.members for j in rivals.get(i, ())):
            return 0.0
        return heard_alike(self.sounds, other.sounds)

    def join(self, other: _Side) -> None:
        self.members += other.members
        self.articles |= other.articles
        self.kinds |= other.kinds
        self.sounds |= other.sounds


def _side(
    mentions: Sequence[Mention], members: list[int], traditional: frozenset[str], *, korean: bool = False
) -> _Side:
    ms = [mentions[i] for i in members]
    sounds = frozenset().union(
        *(
            name_sounds(n, cantonese=m.article in traditional, korean=korean)
            for m in ms
            for n in (m.name_zh, m.name_en)
            if n
        )
    )
    kinds = set().union(*(post_kinds(m) for m in ms))
    return _Side(list(members), {m.article for m in ms}, kinds, sounds)


def _traditional(mentions: Sequence[Mention]) -> frozenset[str]:
    """The articles that print some name in Traditional characters (the script of Hong Kong, where a
    name is transliterated by its Cantonese sound, and of Taiwan): their names are heard in Cantonese too,
    beside Mandarin."""
    return frozenset(m.article for m in mentions if m.name_zh and simplified(m.name_zh) != m.name_zh)


def _country(codes: Sequence[str], members: list[int]) -> str:
    """The one country the members' places name (those that name one), ``""`` when none or two."""
    found = {c for i in members if (c := codes[i])}
    return found.pop() if len(found) == 1 else ""


def _countries(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[str]:
    """Each mention's country (``mention_country``), once per distinct set of attributes."""
    memo: dict[tuple, str] = {}
    out = []
    for m in mentions:
        key = tuple((a.kind, a.text) for a in m.attributes)
        if not key:
            out.append("")
            continue
        if key not in memo:
            memo[key] = mention_country(gazetteer, m)
        out.append(memo[key])
    return out


def _bucket_links(sides: list[_Side], rivals: Mapping[int, Sequence[int]]) -> list[tuple[_Side, _Side]]:
    """The links inside one country's bucket, best first; each joins the second side to the first."""
    out: list[tuple[_Side, _Side]] = []
    live = list(sides)
    while True:
        scored = [
            (score, a, b)
            for a in range(len(live))
            for b in range(a + 1, len(live))
            if (score := live[a].takes(live[b], rivals)) >= CONTEXT_GATE
        ]
        if not scored:
            return out
        _, a, b = max(scored, key=lambda t: (t[0], -t[1], -t[2]))
        out.append((live[a], live[b]))
        live[a].join(live[b])
        del live[b]


def context_links(
    mentions: Sequence[Mention],
    clusters: list[list[int]],
    gazetteer: Gazetteer | None,
    first: Callable[[int], tuple],
    rivals: Mapping[int, Sequence[int]],
) -> tuple[list[list[int]], frozenset[int]]:
    """The clusters with the context links made (in the order given, a joined cluster in the place of
    its first), and the mentions the links brought in: every member of a joined cluster but those of the
    cluster that held its ``first`` member (the one its links are recorded against). No two ``rivals``
    are joined."""
    if gazetteer is None:
        return clusters, frozenset()
    clusters = [list(c) for c in clusters]
    codes = _countries(mentions, gazetteer)
    if not any(codes):
        return clusters, frozenset()
    traditional = _traditional(mentions)
    # Korean readings of characters only where some Latin name is a Korean romanization (Kim Gap-eul)
    korean = any(korean_romanized(m.name_en) is not None for m in mentions if m.name_en)
    buckets: dict[str, list[int]] = defaultdict(list)
    for c, members in enumerate(clusters):
        if code := _country(codes, members):
            buckets[code].append(c)
    joined: set[int] = set()
    gone: set[int] = set()
    for code in sorted(buckets):
        at = buckets[code]
        articles = [mentions[i].article for c in at for i in clusters[c]]
        if not 2 <= len(at) <= MAX_BUCKET or len(articles) != len(set(articles)):
            continue
        sides = {c: _side(mentions, clusters[c], traditional, korean=korean) for c in at}
        by_side = {id(s): c for c, s in sides.items()}
        before = {c: list(s.members) for c, s in sides.items()}
        for keep, other in _bucket_links(list(sides.values()), rivals):
            gone.add(by_side[id(other)])
            clusters[by_side[id(keep)]] = sorted(keep.members)
            seed = min(keep.members, key=first)
            joined.update(keep.members)
            joined.difference_update(next(m for m in before.values() if seed in m))
    return [c for k, c in enumerate(clusters) if k not in gone], frozenset(joined)
