"""Clauses of one repeated shape, each a name at its head and its figures after it:
``甲國7465萬公噸，占71.1%；乙國2213萬公噸，占21.1%；丙國410萬公噸，占3.9%`` (parted by ``；``, ``;`` or
``。``), ``甲国が7465万トン（71.1％）、乙国が2213万トン（21.1％）、…`` (by ``、``), ``Aland supplied 74.65
million tonnes (71.1%), Borduria 22.13 million tonnes (21.1%) and Carpathia …`` (by commas and ``and``).
Used by the inline layout (``inline.py``) on the lines no other sentence reader took.

A run of at least ``MIN_ITEMS`` clauses in a row is one list when every clause holds the same figures (two
values or more, each with its unit, the units in the same order, close together, nothing long after them)
and nothing before them but a name, with the verb or particle of what it got (``CLAUSE_NAME_AFTER_RE``) or
in a frame of where the figures came from (``自甲國進口``); only the first clause has a lead-in (its words
before the last pause). Prose with numbers about one subject is no list: a measure (``進口``, ``輸出``) or a
word of change (``增長``, ``5%増``, ``rose``) is no name, nor are figures joined by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.cues import (
    CHANGE_WORD_RE,
    CLAUSE_LEAD_WORD_RE,
    CLAUSE_NAME_AFTER_RE,
    CLAUSE_SOURCE_RE,
    MEASURE_END_RE,
)
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS, WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._common import split_top_level
from sources.layouts._inline_pieces import (
    EN_NAME_RUN_RE,
    MAX_ZH_ITEM,
    MIN_ITEMS,
    Enumeration,
    is_east_asian,
    masked,
    strip_article,
    trim,
)

MIN_FIGURES = 2  # values of one clause: one value a name is read by the valued-name readers
MAX_FIGURE_GAP = 8  # characters between two figures of one clause ("，占進口總量的")
MAX_TAIL = 6  # characters after a clause's last figure ("居首")

_HINT_RE = re.compile(r"[0-9０-９%％]")
_PAUSE_RE = re.compile(r"[，,：:]")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_ZH_NAME_RE = re.compile(f"^[{CJK}{KANA}{NAME_DOTS}A-Za-z/／]{{1,{MAX_ZH_ITEM}}}$")  # 甲黨／乙聯盟: one name
_EN_NAME_AT_END_RE = re.compile(f"(?:{EN_NAME_RUN_RE.pattern})$")
_CAPITAL_RE = re.compile(r"\b[A-Z]")
_LATIN_IN_PARENS_RE = re.compile(r"[（(][A-Za-z][A-Za-z&/.\- ]*[)）]$")
# between two clauses of an English sentence: "…(71.1%), Borduria …", "… (21.1%) and Carpathia …"
_EN_CLAUSE_SEP_RE = re.compile(r"\s*;\s*|,\s+(?:and\s+)?|\s+and\s+(?=[A-Z])|\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class _Clause:
    name: tuple[int, int]
    figures: tuple[int, int]  # from the first figure's start to the last one's end
    units: tuple[str, ...]
    led: bool  # words before its name: only the first clause of a run has a lead-in


def valued_clauses(text: str, a: int, b: int) -> list[Enumeration]:
    """The longest run of clauses of one shape in the line ``text[a:b]`` (see the module's docstring), as
    one enumeration whose items carry their own figures (``shared`` holds each one's), else ``[]``. The
    run is whole sentences: a clause of another shape parted from it by ``、`` or ``,`` (``…和丙國…等3國``)
    means the list goes on in a shape this reader does not know, and the enumeration readers have it."""
    if not _HINT_RE.search(text, a, b):
        return []
    east = is_east_asian(text[a:b])
    for pieces in _splits(text, a, b, east):
        i, j = _longest_run([_clause(text, s, e, east) for s, e, _ in pieces])
        run = [c for c in (_clause(text, s, e, east) for s, e, _ in pieces[i:j]) if c is not None]
        names = [text[s:e] for s, e in (c.name for c in run)]
        whole = (i == 0 or pieces[i - 1][2]) and (j == 0 or pieces[j - 1][2])
        if len(run) >= MIN_ITEMS and whole and len(set(names)) == len(names):
            return [
                Enumeration(
                    tuple(c.name for c in run),
                    pieces[i][0],
                    run[-1].figures[1],
                    None,
                    "",
                    (0, 0),
                    False,
                    shared=tuple(c.figures for c in run),
                )
            ]
    return []


_SENTENCE_END = "。.!?！？"


def _splits(text: str, a: int, b: int, east: bool) -> list[list[tuple[int, int, bool]]]:
    """The ways the line may be parted into clauses, the strongest separators first: each clause's span,
    and whether its sentence ends with it."""
    if east:
        return [
            [
                (a + s, a + e, a + e >= b or text[a + e] in _SENTENCE_END)
                for s, e in split_top_level(text[a:b], seps)
            ]
            for seps in ("；;。", "；;。、")
        ]
    out, start = [], a
    for m in _EN_CLAUSE_SEP_RE.finditer(masked(text, a, b)):
        out.append((start, a + m.start(), m.group(0).startswith(".")))
        start = a + m.end()
    return [[*out, (start, b, True)]]


def _longest_run(clauses: list[_Clause | None]) -> tuple[int, int]:
    """The first and the last-but-one index of the longest run of clauses of one shape."""
    best, start = (0, 0), 0
    for k, c in enumerate(clauses):
        if c is None:
            start = k + 1
            continue
        first = clauses[start]
        if k > start and (c.led or first is None or c.units != first.units):
            start = k
        if k + 1 - start > best[1] - best[0]:
            best = (start, k + 1)
    return best


def _clause(text: str, s: int, e: int, east: bool) -> _Clause | None:
    found = find_values(text[s:e])
    if len(found) < MIN_FIGURES or any(not f.unit for f in found):
        return None
    for one, two in zip(found, found[1:], strict=False):
        gap = text[s + one.end : s + two.start]
        if len(gap.strip(WHITESPACE)) > MAX_FIGURE_GAP or CHANGE_WORD_RE.search(gap):
            return None
    last = s + found[-1].end
    if len(text[last:e].strip(WHITESPACE + "。.)）")) > MAX_TAIL:
        return None
    head = trim(text, s, s + found[0].start)
    named = _zh_name(text, *head) if east else _en_name(text, *head)
    if named is None:
        return None
    name, led = named
    return _Clause(name, (s + found[0].start, last), tuple(f.unit for f in found), led)


def _zh_name(text: str, s: int, e: int) -> tuple[tuple[int, int], bool] | None:
    """The name at the end of a clause's head (after its last pause and the last kana of a Japanese
    lead-in, without the verb or particle after it), and whether words stood before it."""
    lo = max([s, *(m.end() for m in _PAUSE_RE.finditer(text, s, e))])
    if (lead := CLAUSE_LEAD_WORD_RE.match(text, lo, e)) is not None:
        lo = lead.end()
    own = lo  # where the clause's own words start: a frame around the name is its shape, not a lead-in
    source = CLAUSE_SOURCE_RE.fullmatch(text, lo, e)
    if source is not None:
        lo, e = source.span("name") if source.group("name") else source.span("ja")
    elif (verb := CLAUSE_NAME_AFTER_RE.search(text, lo, e)) is not None:
        e = verb.start()
    cut = max([lo, *(m.end() for m in _HIRAGANA_RE.finditer(text, lo, e))])
    led = bool(text[s:own].strip(WHITESPACE)) or cut > lo
    lo = cut
    lo, e = trim(text, lo, e)
    name = _LATIN_IN_PARENS_RE.sub("", text[lo:e])  # "甲乙党（ABC）": the name, its acronym after it
    if not _ZH_NAME_RE.match(name) or MEASURE_END_RE.search(name) or CHANGE_WORD_RE.search(name[-2:]):
        return None
    return (lo, e), led


def _en_name(text: str, s: int, e: int) -> tuple[tuple[int, int], bool] | None:
    """The capitalized name at the end of a clause's head (without the verb after it), and whether words
    stood before it."""
    if (verb := CLAUSE_NAME_AFTER_RE.search(text, s, e)) is not None:
        e = verb.start()
    m = _EN_NAME_AT_END_RE.search(text, s, e)
    if m is None:
        return None
    capital = _CAPITAL_RE.search(text, m.start(), e)  # "…nationals of Aland": the name from its capital
    lo = strip_article(text, capital.start() if capital else m.start(), e)
    if not text[lo : lo + 1].isupper() or MEASURE_END_RE.search(text, lo, e):
        return None
    return (lo, e), bool(text[s:lo].strip(WHITESPACE + ",;"))
