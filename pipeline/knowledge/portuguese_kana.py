"""A name in a Brazilian Portuguese spelling as katakana writes it: Japanese outlets write a Brazilian
name by its Brazilian sound, where a word's initial ``r`` is an ``h`` (``ハ``, ``ホ``: Rafa Borda as
``ハファ・ボルダ``), which the English spelling hides from ``pipeline.knowledge.kana.sound_key`` (an
``r`` there is the ``r`` of the ``ラ`` row).

``heard_in_kana`` gives an English key's Brazilian reading, a second spelling a katakana name is heard
against beside the English one, never instead of it (the kana table weighs it ``SHARE`` of the English
one's, so that a name whose spelling katakana writes as it is keeps its own evidence). "" where no word
of the key begins with an ``r``.
"""

from __future__ import annotations

import re

from pipeline.knowledge.kana import sound_key

__all__ = ["SHARE", "heard_in_kana"]

# one language's reading of many an English key could be: counted below the spelling's own
SHARE = 0.9
_INITIAL_R = re.compile(r"\br")


def heard_in_kana(key: str) -> str:
    """An English key's sound key with each word's initial ``r`` as ``h`` (``rafa borda`` -> ``hafa
    borda``), "" when no word begins with one."""
    folded = key.casefold()
    heard = _INITIAL_R.sub("h", folded)
    return sound_key(heard) if heard != folded else ""
