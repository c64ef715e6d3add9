"""An English sentence of groups, each clause a group of names and the one rate it is given, the rate after
the names (``While Aland, Borduria and Carpathia were handed a tariff rate of 25 per cent``, ``Delmar and
Estoria were given a 35-per cent rate``) or before them (``the highest rate of 40 per cent went to Delmar
and Estoria``, ``A rate of 36 per cent has been set for Elbonia and Freedonia``).

The sentences of a paragraph are parted into clauses at each comma a lowercase word or a determiner
follows (a comma a name follows parts the names of a run) and at each full stop; every clause must have
one of the two shapes, else the paragraph is left to the other readers: read whole or not at all. One
enumeration a clause, its names sharing its rate. Used by the inline layout through ``_inline_grouping``.
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import (
    EN_CLAUSE_OPENER,
    EN_GIVEN_RATE_BETWEEN,
    EN_RATE_GOES_TO,
    EN_RATE_LEAD,
    EN_RATE_NOUN_AFTER,
)
from pipeline.lang.values import find_values
from sources.layouts._inline_pieces import Enumeration

MIN_CLAUSES = 2

_NAME = r"[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)"
_NAME_RE = re.compile(_NAME)
# a comma before a lowercase word or a determiner, or a sentence's full stop before the next
_CLAUSE_CUT_RE = re.compile(r",\s+(?=(?!and\s+[A-Z])[a-z]|(?:A|An|The)\s)|(?<=[a-z%])[.]\s+(?=[A-Z])")
_END = r"\s*[.]?\s*$"
_NAMES_FIRST_RE = re.compile(rf"{EN_CLAUSE_OPENER}{_NAMES}{EN_GIVEN_RATE_BETWEEN}$")
_RATE_AFTER_RE = re.compile(rf"{EN_RATE_NOUN_AFTER}{_END}")
_RATE_FIRST_RE = re.compile(rf"{EN_CLAUSE_OPENER}{EN_RATE_LEAD}$")
_NAMES_AFTER_RE = re.compile(rf"{EN_RATE_GOES_TO}{_NAMES}{_END}")


def en_rate_clauses(text: str, a: int, b: int) -> list[Enumeration]:
    if "," not in text[a:b] or len(find_values(text[a:b])) < MIN_CLAUSES:
        return []
    cuts = [a, *(m.end() for m in _CLAUSE_CUT_RE.finditer(text, a, b)), b]
    out = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        while e > s and text[e - 1] in ",. ":
            e -= 1
        clause = _clause(text, s, e)
        if clause is None:
            return []  # a clause of another shape: the sentence is not read in part
        out.append(clause)
    return out if len(out) >= MIN_CLAUSES else []


def _clause(text: str, s: int, e: int) -> Enumeration | None:
    found = find_values(text[s:e])
    if len(found) != 1 or found[0].unit != "%":
        return None
    value = (s + found[0].start, s + found[0].end)
    head = _NAMES_FIRST_RE.match(text[s : value[0]])
    if head is not None and _RATE_AFTER_RE.match(text[value[1] : e]):
        return _group(text, s + head.start("names"), s + head.end("names"), s, e, value)
    if _RATE_FIRST_RE.match(text[s : value[0]]) is None:
        return None
    tail = _NAMES_AFTER_RE.match(text[value[1] : e])
    if tail is None:
        return None
    return _group(text, value[1] + tail.start("names"), value[1] + tail.end("names"), s, e, value)


def _group(text: str, lo: int, hi: int, s: int, e: int, value: tuple[int, int]) -> Enumeration:
    spans = tuple((lo + m.start(), lo + m.end()) for m in _NAME_RE.finditer(text[lo:hi]))
    end = max(e, value[1])
    return Enumeration(spans, s, end, None, "", (0, 0), False, (end, end), "", (value,) * len(spans))
