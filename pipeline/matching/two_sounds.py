"""Names of two consonants: a foreign family name printed alone in Chinese (``柯勒``, ke le, and ``高勒``,
gao le: ``gl``) against the family name of another outlet's whole English name (John Kolle). A consonant
skeleton of two classes (pipeline.knowledge.sound) is shared by many names, which is why the kana table
weighs none shorter than ``MIN_CLASSES``; here one is heard only where the story leaves no doubt:

* the Chinese name has two characters and reads family name first (a family name alone, no middle dot),
  its skeleton has two classes, the gazetteer knows no place by it (``甲國`` is no family name), and no
  article prints two such names of that skeleton (``short_keys``);
* the skeleton is that of exactly one family name of the whole names the run prints in English (given
  name first: the last word, as ``latin_forms`` hears it; a word alone may be a place, ``Aland``): a
  skeleton two family names share (Kolle and Gaula, both ``gl``) tells nothing (``two_class_pairs``).

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

from pipeline.knowledge.romanized import family_first, to_ascii
from pipeline.knowledge.sound import MIN_CLASSES, given_name_first, han_skeleton, latin_forms
from pipeline.lang.scripts import HAN_SPAN_RE

__all__ = ["TWO", "short_keys", "two_class_pairs"]

TWO = MIN_CLASSES - 1  # the classes of a short skeleton
# a two-class skeleton's evidence, as a share of a family name alone's (0.43 of the kana table's 0.72): by a
# margin below a Chinese spelling that shares one of its two characters with another outlet's (``透勒`` /
# ``特勒``: 0.58 on a bundled example with an item dropped), well above the cutoff where nothing else is heard
TWO_SHARE = 0.6
_CHARS = 2  # the characters of a family name of two sounds printed alone


def short_keys(
    printed: Iterable[tuple[str, str, str]], places: Callable[[str], bool] = lambda name: False
) -> frozenset[str]:
    """The Chinese keys of ``printed`` (article, name as printed, key) of two characters that read family
    name first, name no place (``places``: whether the gazetteer knows a name) and whose skeleton has two
    classes, where no article prints two keys of one skeleton."""
    by_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, name, key in printed:
        if len(HAN_SPAN_RE.findall(key)) != _CHARS or not family_first(name) or places(name):
            continue
        if len(han_skeleton(key)) == TWO:
            by_article[(article, han_skeleton(key))].add(key)
    crowded = {s for (_, s), keys in by_article.items() if len(keys) > 1}
    return frozenset(k for (_, s), keys in by_article.items() if s not in crowded for k in keys)


def _family_word(name: str) -> str:
    """The last word of a whole name printed given name first, "" for any other name."""
    words = [w for w in re.split(r"[^a-z]+", to_ascii(name.casefold())) if len(w) > 1]
    return words[-1] if words and given_name_first(name) else ""


def two_class_pairs(han: Sequence[str], en_keys: Sequence[str], weight: float) -> sparse.csr_matrix | None:
    """``weight`` between each two-class skeleton of ``han`` (rows; "" for none) and each English key
    (columns; "" for none) whose family name is heard by it, where no other family name of ``en_keys`` is
    (see the module docstring). None when no pair."""
    words: dict[str, set[str]] = defaultdict(set)  # a two-class skeleton -> the family names heard by it
    heard: list[frozenset[str]] = []
    for key in en_keys:
        word = _family_word(key) if key else ""
        forms = frozenset(f for f in latin_forms(word) if len(f) == TWO) if word else frozenset()
        heard.append(forms)
        for form in forms:
            words[form].add(word)
    told = {s for s, found in words.items() if len(found) == 1}
    cols_of: dict[str, list[int]] = defaultdict(list)
    for j, forms in enumerate(heard):
        for form in forms & told:
            cols_of[form].append(j)
    pairs = [(i, j) for i, s in enumerate(han) if len(s) == TWO for j in cols_of.get(s, ())]
    if not pairs:
        return None
    rows, cols = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    value = np.full(len(pairs), weight, dtype=np.float32)
    return sparse.csr_matrix((value, (rows, cols)), shape=(len(han), len(en_keys)))
