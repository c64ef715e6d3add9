"""Two foreign people of one family name: Chinese transliterations that print a given name, a name dot and
one family name (``珍·羅伊`` / ``瑪格麗特·羅伊``), but given names that cannot be one name written two ways.

Outlets transliterate a given name in characters of their own (``約翰`` / ``约翰``, ``麥克`` / ``邁克``,
``占士`` / ``詹姆斯``): about as many characters on each side, or the one the opening of the other (a short
form, ``克里斯`` / ``克里斯托弗``). Given names that differ in length by ``MIN_LENGTH_GAP`` characters or
more, share no character and whose sounds (``pipeline.knowledge.sound``) do not open one with the other
name two people: their mentions are kept apart as a reviewer's "not the same" would keep them, so that a
list that prints another person of the same family name in the first one's place is read as such. A
katakana name (``ジェーン・ロウ``) is held to the Chinese ones by sound alone, and only where the Chinese
ones already name two people.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from pipeline.knowledge.kana import romaji
from pipeline.knowledge.sound import han_skeleton, latin_skeleton
from pipeline.lang.scripts import CJK
from pipeline.models import Mention
from pipeline.normalize.chinese import zh_key

MIN_LENGTH_GAP = 2  # characters by which two given names of one person differ, at the most, plus one
MAX_SPELLINGS = 64  # given names printed with one family name: beyond this, the family name is a common one
_DOTTED_RE = re.compile(rf"(?P<given>[{CJK}]{{2,8}})[·‧・•](?P<family>[{CJK}]{{2,8}})")
_KANA_DOTTED_RE = re.compile(
    r"(?P<given>[\u30a1-\u30fa\u30fc]{2,12})[·・](?P<family>[\u30a1-\u30fa\u30fc]{2,12})"
)


def _opens(a: str, b: str) -> bool:
    """One sound skeleton the opening of the other (or the same): one name, or its short form."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


def _apart(a: str, b: str) -> bool:
    """Two Chinese given names' keys that cannot be one name transliterated twice: lengths
    ``MIN_LENGTH_GAP`` apart, no character in common, and neither sound the opening of the other."""
    if abs(len(a) - len(b)) < MIN_LENGTH_GAP or set(a) & set(b):
        return False
    return not _opens(han_skeleton(a), han_skeleton(b))


def _spellings(mentions: Sequence[Mention]) -> dict[str, dict[tuple[str, str], list[int]]]:
    """Family name's sound -> (script, given name: its key in Chinese, its sound in katakana) -> mentions."""
    families: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(mentions):
        name = m.name_zh.strip()
        if (found := _DOTTED_RE.fullmatch(name)) is not None:
            family = han_skeleton(found["family"])
            families[family][("zh", zh_key(found["given"]))].append(i)
        elif (found := _KANA_DOTTED_RE.fullmatch(name)) is not None:
            family = latin_skeleton(romaji(found["family"]))
            families[family][("ja", latin_skeleton(romaji(found["given"])))].append(i)
    return families


def _apart_in(given: dict[tuple[str, str], list[int]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The spellings of one family name's block that name two people. A katakana given name is held to a
    Chinese one only where that one is apart from another Chinese given name that sounds as the katakana
    one does: two people among the Chinese, and the katakana heard as the other."""
    chinese = sorted(g for script, g in given if script == "zh")
    pairs = [(("zh", a), ("zh", b)) for a, b in combinations(chinese, 2) if _apart(a, b)]
    split = {g for pair in pairs for _, g in pair}
    for script, heard in sorted(given):
        if script != "ja":
            continue
        like = {c for c in chinese if _opens(heard, han_skeleton(c))}
        for c in sorted(split - like):
            if any(_apart(c, other) for other in like):
                pairs.append((("ja", heard), ("zh", c)))
    return pairs


def given_names_apart(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of mentions of different articles whose names are two people of one family
    name (see the module docstring)."""
    pairs: set[tuple[int, int]] = set()
    for given in _spellings(mentions).values():
        if len(given) > MAX_SPELLINGS:
            continue
        for a, b in _apart_in(given):
            for i in given[a]:
                for j in given[b]:
                    if mentions[i].article != mentions[j].article:
                        pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)
