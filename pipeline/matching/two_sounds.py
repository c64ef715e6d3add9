"""Names of two consonants: a foreign family name printed alone in Chinese (``柯勒``, ke le, and ``高勒``,
gao le: ``gl``) against the family name of another outlet's whole English name (John Kolle). A consonant
skeleton of two classes (pipeline.knowledge.sound) is shared by many names, which is why the kana table
weighs none shorter than ``MIN_CLASSES``; here one is heard only where the story leaves no doubt:

* the Chinese name has two or three characters and reads family name first (a family name alone, no
  middle dot), its skeleton has two classes, the gazetteer knows no place by it (``甲國`` is no family
  name), and no article prints two such names of that skeleton (``short_keys``); three characters where
  two sounds are one class (``姆巴貝``, mu ba bei: ``nb``, for Mbabey, a syllabic ``m`` given a vowel);
* the skeleton is that of exactly one family name of the whole names the run prints in English (given
  name first: the last word, as ``latin_forms`` hears it, and with an ``l`` before a consonant left out,
  ``pipeline.knowledge.heard.liquid_dropped``; a word alone may be a place, ``Aland``): a skeleton two
  family names share (Kolle and Gaula, both ``gl``) tells nothing (``two_class_pairs``).

A name printed in Traditional characters is heard in Cantonese too (pipeline.matching.han_keys), with its
initial ``n`` as ``l`` (``施拿``, si naa: ``sn`` and ``sl``): each row holds every two-class skeleton
the name is heard by.

The evidence is ``TWO_SHARE`` of a family name alone's, in the kana table, inside the one-item-per-article
assignment, never a merge rule: two sounds tell less than three, so that where another outlet's spelling
of the name is near (``萊德`` beside ``賴德``, one character apart), that spelling decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from scipy import sparse

from pipeline.knowledge.cantonese import cantonese_skeleton
from pipeline.knowledge.heard import liquid_dropped
from pipeline.knowledge.romanized import family_first, to_ascii
from pipeline.knowledge.sound import MIN_CLASSES, given_name_first, han_skeleton, latin_forms
from pipeline.lang.scripts import HAN_SPAN_RE

__all__ = ["TWO", "heard_as_one", "heard_two", "short_keys", "two_class_pairs"]

TWO = MIN_CLASSES - 1  # the classes of a short skeleton
# a two-class skeleton's evidence, as a share of a family name alone's (0.43 of the kana table's 0.72): by a
# margin below a Chinese spelling that shares one of its two characters with another outlet's (``透勒`` /
# ``特勒``: 0.58 on a bundled example with an item dropped), well above the cutoff where nothing else is heard
TWO_SHARE = 0.6
_CHARS = (2, 3)  # the characters of a family name of two sounds printed alone


def short_keys(
    printed: Iterable[tuple[str, str, str]],
    places: Callable[[str], bool] = lambda name: False,
    cantonese: frozenset[str] | set[str] = frozenset(),
) -> frozenset[str]:
    """The Chinese keys of ``printed`` (article, name as printed, key) of two or three characters that
    read family name first, name no place (``places``: whether the gazetteer knows a name) and whose
    skeleton has two classes, where no article prints two keys of one skeleton; a key also heard in
    Cantonese (``cantonese``) by a skeleton of more classes is heard by that one instead (pipeline.matching.
    han_keys), and is none of them (``謝基明``, xie ji ming: ``sn``, is ze gei ming: ``sgn``)."""
    by_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, name, key in printed:
        if len(HAN_SPAN_RE.findall(key)) not in _CHARS or not family_first(name) or places(name):
            continue
        if key in cantonese and len(cantonese_skeleton(key)) >= MIN_CLASSES:
            continue
        if len(han_skeleton(key)) == TWO:
            by_article[(article, han_skeleton(key))].add(key)
    crowded = {s for (_, s), keys in by_article.items() if len(keys) > 1}
    return frozenset(k for (_, s), keys in by_article.items() if s not in crowded for k in keys)


def heard_two(skeleton: str, cantonese: tuple[str, ...]) -> tuple[str, ...]:
    """The two-class skeletons a Chinese name is heard by (the module docstring): its Mandarin
    one and its Cantonese ones of fewer classes than ``MIN_CLASSES`` (pipeline.matching.han_keys); () for
    a name heard by a skeleton of more classes in either reading, or by none."""
    heard = cantonese[0] if cantonese else ""
    if len(skeleton) >= MIN_CLASSES or len(heard) >= MIN_CLASSES:
        return ()
    return tuple(s for s in dict.fromkeys((skeleton, *cantonese)) if s and len(s) < MIN_CLASSES)


def _family_word(name: str) -> str:
    """The last word of a whole name printed given name first, "" for any other name."""
    words = [w for w in re.split(r"[^a-z]+", to_ascii(name.casefold())) if len(w) > 1]
    return words[-1] if words and given_name_first(name) else ""


def two_class_pairs(
    han: Sequence[tuple[str, ...]], en_keys: Sequence[str], weight: float
) -> sparse.csr_matrix | None:
    """``weight`` between each name of ``han`` (rows: its two-class skeletons, () for none) and each
    English key (columns; "" for none) whose family name one of them hears, where no other family name
    of ``en_keys`` is heard by it (see the module docstring). None when no pair."""
    words: dict[str, set[str]] = defaultdict(set)  # a two-class skeleton -> the family names heard by it
    heard: list[frozenset[str]] = []
    for key in en_keys:
        word = _family_word(key) if key else ""
        spelt = (word, liquid_dropped(word)) if word else ()
        forms = frozenset(f for w in spelt if w for f in latin_forms(w) if len(f) == TWO)
        heard.append(forms)
        for form in forms:
            words[form].add(word)
    told = {s for s, found in words.items() if len(found) == 1}
    cols_of: dict[str, list[int]] = defaultdict(list)
    for j, forms in enumerate(heard):
        for form in forms & told:
            cols_of[form].append(j)
    pairs = sorted({(i, j) for i, heard in enumerate(han) for s in heard for j in cols_of.get(s, ())})
    if not pairs:
        return None
    rows, cols = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    value = np.full(len(pairs), weight, dtype=np.float32)
    return sparse.csr_matrix((value, (rows, cols)), shape=(len(han), len(en_keys)))


def heard_as_one(pairs: sparse.csr_matrix) -> sparse.csr_matrix:
    """Two Chinese names (rows of ``two_class_pairs``) heard as the one family name of the story, each
    pair with the lesser of their evidence (symmetric, none on the diagonal): two regions' spellings of
    one person (``姆巴貝``, ``麥巴貝``: Mbabey), which no sound between the two Chinese names tells."""
    found = pairs.tocsc()
    best: dict[tuple[int, int], float] = {}
    for j in range(found.shape[1]):
        span = slice(found.indptr[j], found.indptr[j + 1])
        held = list(zip(found.indices[span].tolist(), found.data[span].tolist(), strict=True))
        for a, x in held:
            for b, y in held:
                if a != b:
                    best[(a, b)] = max(best.get((a, b), 0.0), min(x, y))
    n = pairs.shape[0]
    if not best:
        return sparse.csr_matrix((n, n), dtype=np.float32)
    (rows, cols), vals = zip(*best, strict=True), list(best.values())
    return sparse.csr_matrix((np.array(vals, dtype=np.float32), (list(rows), list(cols))), shape=(n, n))
