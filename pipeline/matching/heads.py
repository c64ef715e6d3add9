"""The heads of Chinese names: the characters that open a name, before what it shares with its kind
(甲光電有限公司 / 乙光電有限公司). Two names alike but for different heads are different bodies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from pipeline.knowledge.sound import han_skeleton
from pipeline.lang.scripts import CJK
from pipeline.matching.generic_words import GENERIC_ZH

HEAD_CHARS = 2  # the characters that open a Chinese name: its own, before what it shares with its kind
HEAD_CHECKED_BELOW = 0.6  # a similarity from here on shares too much for the heads to matter
_HAN_HEAD = re.compile(f"[{CJK}]{{2}}")  # two Chinese characters open the name


def _same_opening_sound(a: str, b: str) -> bool:
    """Whether two names' openings begin with one sound (``史考`` and ``斯科``: s), by their pinyin."""
    sa, sb = han_skeleton(a[:HEAD_CHARS]), han_skeleton(b[:HEAD_CHARS])
    return bool(sa and sb) and sa[0] == sb[0]


def _own_head(key: str) -> bool:
    """A Chinese name that opens with characters of its own, not a generic word (``世界…``, ``国际…``: the
    organizations of one field open alike, and outlets translate such openings differently)."""
    return _HAN_HEAD.match(key) is not None and key[:HEAD_CHARS] not in GENERIC_ZH


def without_foreign_heads(cos: sparse.csr_matrix, keys: Sequence[str]) -> sparse.csr_matrix:
    """``cos`` without the weak similarities of two Chinese names that open differently and share only
    what follows (``己酉光電有限公司`` / ``丁未光電有限公司``: two companies of one trade and form, not one
    company): a name's opening characters are its own, so a pair where neither opening has a character in
    the other name is no evidence. An abbreviation keeps its link (``甲衛組織`` / ``甲國衛生組織``), and so
    do two translations opening with generic words (``世界甲乙保護聯盟`` / ``國際甲乙保育聯盟``)."""
    coo = cos.tocoo()
    own = np.fromiter((_own_head(k) for k in keys), dtype=bool, count=len(keys))
    weak = np.flatnonzero(
        (coo.data < HEAD_CHECKED_BELOW) & (coo.row != coo.col) & own[coo.row] & own[coo.col]
    )
    if not len(weak):
        return cos
    empty: frozenset[str] = frozenset()
    heads = [frozenset(k[:HEAD_CHARS]) if o else empty for k, o in zip(keys, own.tolist(), strict=True)]
    chars = [frozenset(k) if o else empty for k, o in zip(keys, own.tolist(), strict=True)]
    sounds: list[str | None] = [None] * len(keys)  # the first sound class of each opening, read once
    drop = []
    for at, i, j in zip(weak.tolist(), coo.row[weak].tolist(), coo.col[weak].tolist(), strict=True):
        if not heads[i].isdisjoint(chars[j]) or not heads[j].isdisjoint(chars[i]):
            continue
        si = sounds[i]
        if si is None:
            si = sounds[i] = han_skeleton(keys[i][:HEAD_CHARS])[:1]
        sj = sounds[j]
        if sj is None:
            sj = sounds[j] = han_skeleton(keys[j][:HEAD_CHARS])[:1]
        if not (si and si == sj):  # no one sound opens both (``_same_opening_sound``)
            drop.append(at)
    if not drop:
        return cos
    data = coo.data.copy()
    data[drop] = 0
    out = sparse.csr_matrix((data, (coo.row, coo.col)), shape=cos.shape)
    out.eliminate_zeros()
    return out


KIND_WORD = 2  # characters of a word two names of one kind share after their openings (光電, 研究)


def foreign_heads(a: str, b: str) -> bool:
    """Two Chinese names of one kind that are not one name: they share a word after their openings
    (``光電``, ``有限公司``) and neither opening has a character in the other (``己酉…`` / ``丁未…``)."""
    if not (_own_head(a) and _own_head(b)):
        return False
    if set(a[:HEAD_CHARS]) & set(b) or set(b[:HEAD_CHARS]) & set(a):
        return False
    if _same_opening_sound(a, b):
        return False  # a name heard two ways (史考特… / 斯科特…, a given name transliterated twice)
    rest = b[HEAD_CHARS:]
    return any(a[i : i + KIND_WORD] in rest for i in range(HEAD_CHARS, len(a) - KIND_WORD + 1))
