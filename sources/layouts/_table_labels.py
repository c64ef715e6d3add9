"""Row labels of a table of names: a first column that only numbers or letters its rows (``甲組``,
``乙組``…, ``Group A``, ``Group B``…, ``第一類``, ``第二類``…), whose every other cell is a name filed under
the row's label.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

MAX_LABEL_CHARS = 10  # characters of a row label
# what tells the labels of a series apart: a letter, a number (digits, Chinese numerals, Roman), or one of
# the ten stems Chinese and Japanese letter things with (甲乙丙丁…)
_ORDER_RE = re.compile(
    r"\s*(?:[A-Za-zＡ-Ｚａ-ｚ]|[0-9０-９]{1,3}|[一二三四五六七八九十百〇零]{1,3}|[甲乙丙丁戊己庚辛壬癸]"
    r"|(?i:[ivx]{1,4}))\s*"
)


def are_row_labels(texts: Sequence[str]) -> bool:
    """The texts share words (a prefix or a suffix with a letter in it) and differ only in a few characters
    between them, each its own: labels of a series of groups, not names."""
    if len(texts) < 2 or len(set(texts)) < len(texts) or any(len(t) > MAX_LABEL_CHARS for t in texts):
        return False
    prefix = os.path.commonprefix(list(texts))
    suffix = os.path.commonprefix([t[::-1] for t in texts])[::-1]
    # the shared words may end inside the numbers ("Region I", "Region II": "Region I" is shared)
    for p in range(len(prefix), -1, -1):
        for q in range(len(suffix), -1, -1):
            if not any(ch.isalpha() for ch in prefix[:p] + suffix[len(suffix) - q :]):
                continue
            if all(_ordered(t, p, len(t) - q) for t in texts):
                return True
    return False


def _ordered(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` tells one label of a series from the others, a word of its own ("Group A", "A組";
    not the "n" of "Iran")."""
    if end <= start or not _ORDER_RE.fullmatch(text, start, end):
        return False
    before = start > 0 and _LATIN_RE.match(text[start - 1])
    glued = before or (end < len(text) and _LATIN_RE.match(text[end]))
    return not (glued and _LATIN_RE.match(text[start:end].strip()[:1]))


_LATIN_RE = re.compile(r"[A-Za-z0-9]")
