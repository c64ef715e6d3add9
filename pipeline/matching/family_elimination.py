"""Links by elimination on the family name: a person printed in Chinese characters (``張三豐``) by some
outlets and in Latin letters by others under a given name romanized in a way of their own (``Chang
San-fong``, ``Chang Sam-hong``: Taiwan's people choose their spellings), which neither sound nor spelling
links. After the assignment (pipeline.matching.assign), two lists of one length, one in each script, in
which every item but those left is linked to an item of the other, are weighed:

1. the left items of each list are a person in Latin letters only (2 or 3 words) and a native Chinese
   name only (read family name first, ``pipeline.knowledge.romanized.family_first``), of entities printed
   by no common outlet and not kept apart (``rivals``);
2. the Latin name's first or last word is the Chinese family name's reading in pinyin or in Wade-Giles
   (``侯`` / Hou, ``柯`` / Ko or Ke), exactly: a family name of other letters is never linked;
3. the left items pair one to one by their family names (two people of one family name left in a list
   link nobody), and each pair stands at the same place in its list or prints the same figures;
4. over the whole story, no other entity prints that family name in either script, but one both lists
   hold already (a namesake each of them names apart): a family name two people left share says nothing.

The pairs every weighed couple of lists agrees on are joined (an entity proposed two partners joins none).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from pipeline.knowledge.cantonese import hk_spellings, jyutping
from pipeline.knowledge.romanized import (
    HAN_ONLY_RE,
    MAX_PINYIN_WORDS,
    NATIVE_MAX_CHARS,
    family_first,
    mandarin_reading,
    taiwan_reading,
    to_ascii,
)
from pipeline.lang.name_words import names_a_kind
from pipeline.models import Mention

__all__ = ["family_links"]

SAME_FIGURE = 0.005  # relative difference under which two printed figures are one (rounding of the prints)


def _family_readings(name: str) -> frozenset[str]:
    """A native Chinese name's family name in pinyin and in Wade-Giles (``柯`` -> ke, ko); none for a name
    that is no person's (a kind of people, a transliteration with dots, more than a native name's
    characters)."""
    # a name of four characters too: two family names before the given name (a Hong Kong married name,
    # ``甲乙丙丁``, the first one read)
    native = family_first(name) or len(name) == NATIVE_MAX_CHARS + 1
    if not name or not HAN_ONLY_RE.match(name) or not native or names_a_kind(name):
        return frozenset()
    readings = [r.split()[0] for r in (mandarin_reading(name), taiwan_reading(name)) if r]
    # Hong Kong's romanization of the family name's Cantonese readings (``陳`` -> chan, ``鄧`` -> tang)
    family = jyutping(name[0])
    cantonese = [s for syllable in family[0] for s in hk_spellings(syllable)] if family else []
    return frozenset([*readings, *cantonese])


def _family_words(name: str) -> frozenset[str]:
    """The first and last words of a Latin name of two or three words (a hyphen joins a given name's
    syllables: ``Hou Yu-ih``), in lower case; none for another name."""
    if not name or names_a_kind(name) or re.search(r"[^\w\s\-'.]", name):
        return frozenset()
    words = re.sub(r"[^a-z\-]+", " ", to_ascii(name.casefold())).split()
    if not 2 <= len(words) <= MAX_PINYIN_WORDS or not all(w[:1].isalpha() for w in words):
        return frozenset()
    return frozenset(w for w in (words[0], words[-1]) if "-" not in w)


class _Story:
    """Each cluster's family names in each script, where it prints names of one script only."""

    def __init__(self, mentions: Sequence[Mention], clusters: Sequence[Sequence[int]]) -> None:
        self.mentions = mentions
        self.of = {i: c for c, members in enumerate(clusters) for i in members}
        self.articles = [{mentions[i].article for i in members} for members in clusters]
        self.han: dict[int, frozenset[str]] = {}
        self.latin: dict[int, frozenset[str]] = {}
        # every family name each cluster prints in either script, whatever else it prints
        self.all_han: dict[int, frozenset[str]] = {}
        self.all_latin: dict[int, frozenset[str]] = {}
        for c, members in enumerate(clusters):
            ms = [mentions[i] for i in members]
            self.all_han[c] = frozenset().union(*(_family_readings(m.name_zh) for m in ms))
            self.all_latin[c] = frozenset().union(*(_family_words(m.name_en) for m in ms))
            if all(m.name_zh and not m.name_en for m in ms):
                found = {_family_readings(m.name_zh) for m in ms}
                if len(found) == 1 and (readings := found.pop()):
                    self.han[c] = readings
            elif all(m.name_en and not m.name_zh for m in ms):
                found = {_family_words(m.name_en) for m in ms}
                if len(found) == 1 and (words := found.pop()):
                    self.latin[c] = words

    def alone(self, han: int, latin: int, lists: frozenset[str] = frozenset()) -> bool:
        """The two clusters' family names meet, and no other cluster's of either script does (a family
        name two people of the story share, however linked, says nothing), but one both ``lists`` hold
        already (the weighed couple's articles: a namesake each list names as such elsewhere)."""
        shared = self.han[han] & self.latin[latin]
        placed = {c for c, arts in enumerate(self.articles) if lists and lists <= arts}
        return (
            bool(shared)
            and not any(
                c != han and c not in placed and r & self.latin[latin] for c, r in self.all_han.items()
            )
            and not any(
                c != latin and c not in placed and w & self.han[han] for c, w in self.all_latin.items()
            )
        )


def _same_figures(a: Mention, b: Mention) -> bool:
    """Both print figures, as many, each the other's."""
    x = [v.number for v in a.values if v.number is not None]
    y = [v.number for v in b.values if v.number is not None]
    return (
        bool(x)
        and len(x) == len(y) == len(a.values) == len(b.values)
        and all(abs(p - q) <= SAME_FIGURE * max(abs(p), abs(q)) for p, q in zip(x, y, strict=True))
    )


def _pairs(story: _Story, latin_list: Sequence[int], han_list: Sequence[int]) -> list[tuple[int, int]]:
    """The clusters (Latin, Chinese) this couple of lists links by elimination (module docstring)."""
    of = story.of
    han_article = story.mentions[han_list[0]].article
    latin_article = story.mentions[latin_list[0]].article
    han_clusters = {of[i] for i in han_list}
    left_l = [i for i in latin_list if han_article not in story.articles[of[i]]]
    left_h = [i for i in han_list if latin_article not in story.articles[of[i]]]
    linked = [i for i in latin_list if of[i] in han_clusters]
    if not linked or len(linked) + len(left_l) != len(latin_list) or len(left_l) != len(left_h):
        return []
    if not all(of[i] in story.latin for i in left_l) or not all(of[j] in story.han for j in left_h):
        return []
    out = []
    for i in left_l:
        meets = [j for j in left_h if story.han[of[j]] & story.latin[of[i]]]
        if len(meets) != 1 or sum(story.han[of[meets[0]]] & story.latin[of[k]] != set() for k in left_l) != 1:
            return []
        j = meets[0]
        placed = latin_list.index(i) == han_list.index(j)
        if not (placed or _same_figures(story.mentions[i], story.mentions[j])):
            return []
        both = frozenset((han_article, latin_article))
        if story.articles[of[i]] & story.articles[of[j]] or not story.alone(of[j], of[i], both):
            return []
        out.append((of[i], of[j]))
    return out


def _proposals(story: _Story) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Each Latin cluster's Chinese partners, and each Chinese cluster's Latin ones, over every couple of
    lists (an article's items of one group) of one length, the first of Latin names only."""
    mentions = story.mentions
    lists: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in sorted(story.of, key=lambda i: (mentions[i].article, mentions[i].position)):
        lists[(mentions[i].article, mentions[i].group or "")].append(i)
    latin_only = {k: all(story.of[i] not in story.han for i in v) for k, v in lists.items()}
    proposed: dict[int, set[int]] = defaultdict(set)
    partner: dict[int, set[int]] = defaultdict(set)
    for key, latin_list in sorted(lists.items()):
        for other, han_list in sorted(lists.items()):
            if other[0] == key[0] or len(han_list) != len(latin_list):
                continue
            if not latin_only[key] or latin_only[other]:
                continue
            for latin, han in _pairs(story, latin_list, han_list):
                proposed[latin].add(han)
                partner[han].add(latin)
    return proposed, partner


def family_links(
    mentions: Sequence[Mention],
    clusters: list[list[int]],
    first: Callable[[int], tuple],
    rivals: Mapping[int, Sequence[int]],
) -> tuple[list[list[int]], frozenset[int]]:
    """The clusters with the links by family name made (a joined cluster in the place of the one that
    holds the earlier ``first`` member), and the mentions the links brought in."""
    story = _Story(mentions, clusters)
    if not story.han or not story.latin:
        return clusters, frozenset()
    proposed, partner = _proposals(story)
    joined: set[int] = set()
    gone: set[int] = set()
    for latin, hans in sorted(proposed.items()):
        han = next(iter(hans))
        if len(hans) != 1 or len(partner[han]) != 1:
            continue
        if any(j in set(clusters[han]) for i in clusters[latin] for j in rivals.get(i, ())):
            continue
        keep, brought = sorted((latin, han), key=lambda c: min(first(i) for i in clusters[c]))
        joined.update(clusters[brought])
        clusters[keep] = sorted(clusters[keep] + clusters[brought])
        gone.add(brought)
    return [c for k, c in enumerate(clusters) if k not in gone], frozenset(joined)
