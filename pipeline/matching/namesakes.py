"""Namesakes: two items that print a name in Chinese and in English, and whose names share a word but
differ, in both scripts, in the words that are their own (``甲山太空公司（Aland Space Corporation）`` /
``甲山礦業公司（Aland Mining Corporation）``). Such a pair names two bodies of one family, not one body
translated twice: its mentions are kept apart as a reviewer's "not the same" would keep them.

A script's names differ in their own words when they open alike (the head word: ``甲山``, ``Aland``) and,
once the form words are set aside (``公司``, ``Corporation``: ``pipeline.lang.name_words``) and what the two
share is taken away (the opening and a common ending in Chinese, the words both hold in English), each
keeps words of its own that the other lacks: Chinese characters none of which the other keeps, beginning
with another sound (a person's given name heard two ways, ``麥克`` / ``邁克``, is one name); English words
none of which is spelled like one of the other's (``Organisation`` / ``Organization``, ``Tech`` /
``Technologies``) nor begins with the same letter (a slip of the pen keeps it). The own words stand one
for another, as many English words and about as many characters on each side: a short name beside its
full form (``Aland Habitat`` / ``Aland Human Settlements Programme``) is no namesake. Names that share only
their ending (``甲山中心`` / ``乙水中心``) are no namesakes either: their own openings already tell them apart
(``heads.without_foreign_heads``). One script alone proves nothing: outlets translate one English
name into other Chinese words, and print another form of it in English; nor do two names that print one
acronym.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from pipeline.knowledge.sound import han_skeleton
from pipeline.lang.name_words import EN_FORM_WORDS, ZH_FORM_WORDS
from pipeline.lang.scripts import CJK
from pipeline.matching.keys import _Names, _tokens
from pipeline.models import Mention
from pipeline.normalize.acronyms import acronym_key

# a spelling: its Chinese keys, its English keys, its acronyms
_Spelling = tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]

ALIKE_SPELLING = 80  # rapidfuzz ratio from which two English words are one word spelled two ways
MIN_PREFIX = 3  # letters of a word another word begins with for the two to be one word (``Tech``)
# names that open with one English word and one character: beyond this many, the word is a field's
# (``National``, ``國``), and its names are not searched for namesakes
MAX_BLOCK = 64
MAX_LENGTH_GAP = 1  # characters by which the own words of two Chinese namesakes may differ in length
_HAN = re.compile(f"[{CJK}]+")


def kept_apart(mentions: Sequence[Mention], names: Sequence[_Names]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of mentions of different articles whose names are namesakes."""
    spellings: dict[_Spelling, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        if n.zh_keys and n.en_keys:
            spellings[(n.zh_keys, n.en_keys, frozenset(acronym_key(a) for a in n.acronyms))].append(i)
    blocks: dict[tuple[str, str], list[_Spelling]] = defaultdict(list)
    for spelling in spellings:
        zh_keys, en_keys, _acronyms = spelling
        heads = {z[0] for z in zh_keys}
        for word in {words[0] for e in en_keys if (words := _own_words(e))}:  # the head word
            for head in heads:
                blocks[(word, head)].append(spelling)
    found: set[tuple[int, int]] = set()
    seen: set[tuple[_Spelling, _Spelling]] = set()
    for block in blocks.values():
        if len(block) > MAX_BLOCK:
            continue
        for a, b in combinations(block, 2):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            if not _namesakes(a, b):
                continue
            for i in spellings[a]:
                for j in spellings[b]:
                    if mentions[i].article != mentions[j].article:
                        found.add((min(i, j), max(i, j)))
    return sorted(found)


def _namesakes(a: _Spelling, b: _Spelling) -> bool:
    """Every Chinese and every English name of ``a`` differs from each of ``b``'s in its own words, and
    the two print no acronym in common."""
    if a[2] & b[2]:
        return False
    return all(zh_apart(x, y) for x in a[0] for y in b[0]) and all(en_apart(x, y) for x in a[1] for y in b[1])


def zh_apart(a: str, b: str) -> bool:
    """Two Chinese keys that share an opening and keep characters of their own, with no character in
    common and beginning with other sounds (``甲山太空`` / ``甲山礦業``)."""
    a, b = _without_form(a), _without_form(b)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    own_a, own_b = a[start : len(a) - end], b[start : len(b) - end]
    if not start or not own_a or not own_b or set(own_a) & set(own_b):
        return False
    if abs(len(own_a) - len(own_b)) > MAX_LENGTH_GAP:
        return False  # a word in place of a longer phrase: a short name beside its full form
    if not (_HAN.fullmatch(own_a) and _HAN.fullmatch(own_b)):
        return False  # kana, Latin letters: no reading to tell them apart by
    sound_a, sound_b = han_skeleton(own_a)[:1], han_skeleton(own_b)[:1]
    return bool(sound_a and sound_b) and sound_a != sound_b


def en_apart(a: str, b: str) -> bool:
    """Two English keys that share their head word and each keep a word the other lacks, with another first
    letter (``aland space`` / ``aland mining``), the form words aside."""
    words_a, words_b = _own_words(a), _own_words(b)
    own_a = [w for w in words_a if not any(_alike(w, v) for v in words_b)]
    own_b = [w for w in words_b if not any(_alike(w, v) for v in words_a)]
    if not (words_a and words_b and _alike(words_a[0], words_b[0])):
        return False  # no head word in common
    # one word for another (``space`` / ``mining``), not a short name beside its full form, nor a word
    # misspelt (a slip keeps a word's first letter)
    return bool(own_a) and len(own_a) == len(own_b) and {w[0] for w in own_a}.isdisjoint(w[0] for w in own_b)


def _own_words(key: str) -> tuple[str, ...]:
    return tuple(w for w in _tokens(key) if w not in EN_FORM_WORDS)


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= MIN_PREFIX and long.startswith(short) or sorted(a) == sorted(b):
        return True  # a short form, or the same letters in another order (``ecntre`` / ``center``)
    # two letters swapped is one slip of the pen (``eCntre`` for ``Centre``), as the optimal string
    # alignment distance counts it
    return max(fuzz.ratio(a, b), 100 * OSA.normalized_similarity(a, b)) >= ALIKE_SPELLING


def _without_form(key: str) -> str:
    for word in ZH_FORM_WORDS:
        if key.endswith(word) and len(key) > len(word):
            return key[: -len(word)]
    return key
