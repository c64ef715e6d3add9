"""Numbering of any shape: a number in whatever form Unicode gives it, with whatever marks around it.

Outlets number a list's lines in many ways beyond ``1.`` and ``(1)``: ``⑴``, ``⒈``, ``Ⅳ.``, ``❸``,
``㈢``, ``［1］``, ``【1】``, ``No.1``, ``#1``, ``1：``, ``1st``, ``第1位``, full-width ``Ａ．``, ``b)``, the
ten stems ``（甲）（乙）``. A marker here is read by its shape, not by a table of styles: an optional prefix,
an optional opening bracket, one number (digits, or one character Unicode gives a numeric value), an optional
closing mark. The value is what Unicode says the character is worth, so a new numbering style needs no
code; ``find_runs`` keeps only lines numbered in turn, which is what tells a marker from a number that
opens a sentence.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.lang.numbers import STEMS
from sources.layouts._marked_runs import Marker

_LEAD = r"^[ \t\u3000]*"
_GAP = r"[ \t\u3000]*"
_PREFIX = r"(?P<pre>No\.?\s?|NO\.?\s?|no\.?\s?|#|＃|第)?"
_OPEN = r"(?P<open>[(（\[［【〔〈《])?"
_CLOSE = (
    r"(?P<close>[)）\]］】〕〉》.．:：、/／]|位|名|(?<=1)st|(?<=2)nd|(?<=3)rd|(?<=[04-9])th|(?<=1[123])th)?"
)
# one character with a numeric value in Unicode's tables: enclosed (⑴ ⒈ ❸ ➋ ⓵ ㈢ ㊂), numeral forms
# (Ⅳ ⅳ), beside the circled ① the numbered-list layout knows already
_NUMERIC_CHAR = "\u2160-\u217f\u2474-\u249b\u24eb-\u24ff\u2776-\u2793\u3220-\u3229\u3280-\u3289"
_NUMBER = rf"(?P<n>[0-9]{{1,3}}|[０-９]{{1,3}}|[{_NUMERIC_CHAR}])"
_LETTER = r"(?P<n>[A-Za-z]|[Ａ-Ｚａ-ｚ])"
_STEM = rf"(?P<n>[{STEMS}])"


def number_value(text: str) -> int | None:
    """``12``, ``１２``, ``⑷``, ``Ⅳ``, ``❸`` -> the whole number it is worth (None for no whole number)."""
    if text.isdecimal():
        return int(unicodedata.normalize("NFKC", text))
    if len(text) != 1:
        return None
    worth = unicodedata.numeric(text, -1.0)
    return int(worth) if worth >= 1 and worth == int(worth) else None


def letter_value(text: str) -> int | None:
    """``a``, ``B``, ``Ｃ`` -> 1, 2, 3: a letter's place in the alphabet."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return ord(folded) - ord("a") + 1 if len(folded) == 1 and "a" <= folded <= "z" else None


def stem_value(text: str) -> int | None:
    """``甲``, ``乙``, ``丙`` -> 1, 2, 3: the ten stems numbering a document's parts."""
    return STEMS.index(text) + 1 if len(text) == 1 and text in STEMS else None


class _Marked:
    """A marker's pattern with its marks checked: a plain number needs a mark before or after it
    (``2025年`` opens a sentence, ``1：`` numbers a line); a letter a closing bracket or a full-width stop
    (``J. Roe`` is a name's initial); a stem brackets round it."""

    def __init__(self, core: str, need: str) -> None:
        self._re = re.compile(_LEAD + _PREFIX + _OPEN + core + _CLOSE + _GAP + r"(?=\S)")
        self._need = need

    def match(self, string: str, /) -> re.Match[str] | None:
        m = self._re.match(string)
        if m is None:
            return None
        marks = (m["pre"] or "", m["open"] or "", m["close"] or "")
        if self._need == "brackets" and not (marks[1] and marks[2] and marks[2] in ")）]］】〕〉》"):
            return None
        if (
            self._need == "mark"
            and not any(marks)
            and number_value(m["n"]) is not None
            and m["n"].isdecimal()
        ):
            return None
        if self._need == "letter" and not (marks[2] and marks[2] in "．)）"):
            return None  # "J. Roe": a name's initial, not a letter numbering it
        if marks[1] and marks[2] and _PAIRS.get(marks[1]) != marks[2] and marks[2] not in ")）":
            return None  # "(1]": brackets that do not pair
        return m


_PAIRS = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "〔": "〕", "〈": "〉", "《": "》"}


_FIRST_RE = re.compile(rf"[0-9０-９{_NUMERIC_CHAR}A-Za-zＡ-Ｚａ-ｚ#＃第(（\[［【〔〈《]")


def _first(ch: str) -> bool:
    """Whether a line opening with ``ch`` may open with one of these markers (the characters any of their
    patterns may start with)."""
    return len(ch) == 1 and (ch.isdecimal() or _FIRST_RE.match(ch) is not None)


MARKERS = (
    Marker("number any", _Marked(_NUMBER, "mark"), number_value, first=_first),
    Marker("letter any", _Marked(_LETTER, "letter"), letter_value, first=_first),
    Marker("stem any", _Marked(_STEM, "brackets"), stem_value, first=_first),
)


def opens_numbered(text: str) -> bool:
    """``text`` opens with a number in one of these shapes: a line so opened is a numbered list's, not a
    plain line's."""
    return any(marker.pattern.match(text) is not None for marker in MARKERS)
