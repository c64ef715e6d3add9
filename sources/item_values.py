"""The record ``split_item`` returns, the trimming of a piece's separators, and the values a list item's
text carries (``Ruritania: 46%``, labelled numbers, amounts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.named_figures import (
    bracketed_numbers,
    number_after_colon,
    numbers_before_words,
    score_after_name,
)
from pipeline.lang.row_values import dashed_numbers, labelled_numbers, labels_after_numbers
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.value_words import TAIL_COPULA, change_sign, equivalents
from pipeline.lang.values import find_values
from pipeline.models import Attribute, Value

SEPARATORS = WHITESPACE + "：:︰，,；;、-–—=＝→>/|（）()"
MAX_LABEL_CHARS = 16


@dataclass(frozen=True, slots=True)
class ItemSplit:
    name_start: int
    name_end: int
    values: tuple[Value, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    # an English name printed among the attributes: ``張三（Zhang San，法官）``
    english: tuple[int, int] | None = None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SEPARATORS and text[start] not in "（(":
        start += 1
    while end > start and text[end - 1] in SEPARATORS and text[end - 1] not in "）)":
        end -= 1
    # a parenthesis left open or empty by a cut value
    while end > start and text[end - 1] in "（(":
        end -= 1
        while end > start and text[end - 1] in SEPARATORS and text[end - 1] not in "）)":
            end -= 1
    return start, end


def _label(text: str, lo: int, hi: int) -> str:
    """The words just before a value, when they read as its label (``April: 46%``, ``原稅率46%``)."""
    between = text[lo:hi].strip(SEPARATORS)
    if not between or len(between) > MAX_LABEL_CHARS or any(c in between for c in "，,；;、"):
        return ""
    return between


def labelled_values(text: str, start: int, end: int) -> tuple[Value, ...]:
    """The plain numbers after a name, each under its label glued before it (``金40　銀44``), joined by
    hyphens (``40-44-42 (126)``, no labels), or a total and its parts in parentheses, each with its label
    (``183 (64 members, 119 others)``), or one plain number after a colon (``Aland: 39``)."""
    span = text[start:end]
    found = (
        labelled_numbers(span)
        or [("", f) for f in dashed_numbers(span)]
        or bracketed_numbers(span)
        or labels_after_numbers(span)
        or numbers_before_words(span)
        or number_after_colon(span)
        or score_after_name(span)
    )
    return tuple(Value(f.raw, f.number, f.unit, label, start + f.start, start + f.end) for label, f in found)


_COPULA_RE = re.compile(TAIL_COPULA)


def _values(text: str, start: int, end: int, name_end: int) -> tuple[Value, ...]:
    out: list[Value] = []
    cursor = name_end
    found = find_values(text[start:end])
    converted = equivalents(text[start:end], found)  # "14.16 trillion yuan ($1.94 trillion)": one amount
    for f in (f for k, f in enumerate(found) if k not in converted):
        a, b = start + f.start, start + f.end
        label = _label(text, cursor, a) if cursor < a else ""
        label = "" if _COPULA_RE.fullmatch(label) else label  # "丁國則為24%": a copula labels nothing
        number = f.number
        if number is not None and number > 0 and change_sign(label, text[b:end]) < 0:
            number = -number  # "減持118億", "down $11.8 billion", "118億ドル減": a fall
        out.append(Value(f.raw, number, f.unit, label, a, b, f.low, f.high, f.approximate))
        cursor = b
    return tuple(out)
