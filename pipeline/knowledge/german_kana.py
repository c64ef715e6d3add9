"""A family name in a German spelling as katakana writes it: Japanese outlets write a German name by its
German sound, which the English spelling hides from ``pipeline.knowledge.kana.sound_key``:

* a ``z`` or ``tz`` after a word's first letter is ``ts`` (``ツ``: Aldenz, ``アルデンツ``);
* ``ei`` is ``ai`` (``アイ``: Beiler, ``バイラー``);
* a ``ch`` after a vowel is ``h`` (``ヒ``, ``ハ``: Borchen, ``ボルヒェン``), as is a ``g`` closing a word
  after ``i`` (``ヒ``: Rodig, ``ローディヒ``).

``heard_in_kana`` gives a sound key's German reading, a second spelling the katakana name of one word
(a family name printed alone) is heard against beside the English one, never instead of it: a name of
English spelling keeps its own key. "" where no rule applies, or for a key of two words or more.
"""

from __future__ import annotations

import re

__all__ = ["heard_in_kana"]

_RULES = (
    (re.compile(r"(?<=.)t?z"), "ts"),
    (re.compile(r"ei"), "ai"),
    (re.compile(r"(?<=[aeiouy])ch"), "h"),
    (re.compile(r"(?<=i)g$"), "h"),
)


def heard_in_kana(key: str) -> str:
    """A one-word sound key read as German (``merz`` -> ``merts``, ``hubig`` -> ``hubih``), "" when it
    reads as it is written."""
    if not key or " " in key:
        return ""
    heard = key
    for pattern, sound in _RULES:
        heard = pattern.sub(sound, heard)
    return heard if heard != key else ""
