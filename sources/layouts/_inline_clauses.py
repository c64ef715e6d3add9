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

A verb of change after the name (``甲國增持107億美元至1.2萬億美元``, ``乙國下調0.6個百分點至4%``) goes with
the figures, the change (negative for a fall) then the level; a word of time after the name ends it
(``甲國今明兩年經濟增長分別為1.8%及1.7%``); a remark after a pause and no figure (``，仍為最大持有國``) ends
the clause, no item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    CLAUSE_CHANGE_VERB_RE,
    CLAUSE_FROM_RE,
    CLAUSE_LEAD_WORD_RE,
    CLAUSE_LEVEL_RE,
    CLAUSE_NAME_AFTER_RE,
    CLAUSE_RATE_TAIL_RE,
    CLAUSE_SOURCE_RE,
    CLAUSE_TIME_WORD_RE,
    CLAUSE_TO_PARTICLE_RE,
    CLAUSE_TO_RE,
    CLAUSE_TO_WORDS,
    CLAUSE_UNCHANGED_RE,
    EN_FIGURE_TIME_RE,
    EN_POSSESSIVE_RE,
    MEASURE_END_RE,
)
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import (
    EN_NAME_RUN_RE,
    MIN_ITEMS,
    ZH_CLAUSE_NAME_RE,
    ZH_VALUE_NAME_RE,
    is_east_asian,
    masked,
    strip_article,
    trim,
)
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_FIGURES = 2  # values of one clause: one value a name is read by the valued-name readers
MAX_FIGURE_GAP = 8  # characters between two figures of one clause ("，占進口總量的")
MAX_TAIL = 6  # characters after a clause's last figure ("居首")

_HINT_RE = re.compile(r"[0-9０-９%％]")
_PAUSE_RE = re.compile(r"[，,：:]")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_EN_NAME_AT_END_RE = re.compile(f"(?:{EN_NAME_RUN_RE.pattern})$")
_CAPITAL_RE = re.compile(r"\b[A-Z]")
_LATIN_IN_PARENS_RE = re.compile(r"[（(][A-Za-z][A-Za-z&/.\- ]*[)）]$")
# between two clauses of an English sentence: "…(71.1%), Borduria …", "… (21.1%) and Carpathia …"
# the time of an English figure, between it and the next or after the last ("4.0% this year and 4.0% next")
_EN_TIME_GAP_RE = re.compile(rf"\s*(?:{EN_FIGURE_TIME_RE.pattern})?\s*(?:,|and|,\s*and)?\s*", re.IGNORECASE)
_EN_TIME_TAIL_RE = re.compile(rf"\s*(?:{EN_FIGURE_TIME_RE.pattern})?\s*[.)]?\s*", re.IGNORECASE)
# what a name's figures are and the verb after it ("'s economy is forecast to grow", "'s growth at")
MAX_EN_HEAD_WORDS = 5
_EN_HEAD_WORDS_RE = re.compile(rf"(?:['’]s)?(?:\s+[a-z][\w\-]*){{1,{MAX_EN_HEAD_WORDS}}}\s*$")
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
    if east and (changed := _from_to_run(text, a, b)):
        return changed
    for pieces in _splits(text, a, b, east):
        if len(pieces) < MIN_ITEMS:
            continue  # too few clauses for a run, whatever they hold
        clauses = [_clause(text, s, e, east) for s, e, _ in pieces]
        i, j = _longest_run(clauses)
        run = [c for c in clauses[i:j] if c is not None]
        names = [text[s:e] for s, e in (c.name for c in run)]
        whole = (i == 0 or pieces[i - 1][2] or _lead_piece(text, *pieces[i - 1][:2], east)) and (
            j == 0 or pieces[j - 1][2]
        )
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
_EN_LOWER_WORD_RE = re.compile(r"\s[a-z]")


def _lead_piece(text: str, s: int, e: int, east: bool) -> bool:
    """An English piece of words and no figure before a run (``Among large economies, Aland …``): its
    lead-in, no clause of another shape."""
    return not east and not _HINT_RE.search(text, s, e) and _EN_LOWER_WORD_RE.search(text, s, e) is not None


def _from_to_run(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲國由49%降至19%，乙國由48%降至40%，丙國由46%降至20%``: three or more clauses in a row of a name,
    the figure it had and the figure it has (from 由/從, to 至/到 after a verb of change or none), in one
    unit; the clauses parted by pauses only, the run ending a sentence or a clause. Among two such or
    more, a name whose figure stays (``丁國維持40%不變``) is an item with its one figure, and the rate the
    first clause names (``甲國稅率由…``) no part of its name."""
    if all(text.find(word, a, b) < 0 for word in CLAUSE_TO_WORDS) or not CLAUSE_TO_RE.search(text, a, b):
        return []  # no word from one figure to another in the line
    found = [(a + f.start, a + f.end, f.unit) for f in find_values(text[a:b])]
    clauses: list[tuple[tuple[int, int], tuple[int, int], str]] = []  # name, figures, unit
    for (s1, e1, u1), (s2, e2, u2) in zip(found, found[1:], strict=False):
        head = CLAUSE_FROM_RE.search(text, a, s1)
        if u1 != u2 or head is None or not CLAUSE_TO_RE.fullmatch(text, e1, s2):
            continue
        lo = max([a, *(m.end() for m in _BOUND_RE.finditer(text, a, head.start()))])
        if (lead := CLAUSE_LEAD_WORD_RE.match(text, lo, head.start())) is not None:
            lo = lead.end()
        name = trim(text, lo, head.start())
        clauses.append((name, (s1, e2), u1))
    if len(clauses) >= 2:
        clauses = sorted([*clauses, *_level_clauses(text, a, found, clauses)], key=lambda c: c[1][0])
    runs: list[list[tuple[tuple[int, int], tuple[int, int], str]]] = []
    for c in clauses:
        last = runs[-1][-1] if runs else None
        joined = last is not None and _JOIN_RE.fullmatch(text, _clause_end(text, last[1][1]), c[0][0])
        if last is not None and last[2] == c[2] and joined:
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        names = [text[s:e] for (s, e), _, _ in run]
        # no figure after the run in its sentence: a clause of another shape may be the list going on
        end = run[-1][1][1]
        stop = _SENTENCE_STOP_RE.search(text, end, b)
        ended = not find_values(text[end : stop.start() if stop else b])
        if len(run) < MIN_ITEMS or len(set(names)) < len(names) or not ended:
            continue
        first = CLAUSE_RATE_TAIL_RE.search(names[0])
        if first is not None and first.start() >= MIN_NAME_CHARS and len(run) > 1:
            # "甲國稅率由46%…，乙國由32%…": the rate the first clause names is what every clause gives
            (s0, _), figures0, unit0 = run[0]
            run = [((s0, s0 + first.start()), figures0, unit0), *run[1:]]
            names[0] = names[0][: first.start()]
        if all(ZH_VALUE_NAME_RE.match(n) and not MEASURE_END_RE.search(n) for n in names):
            spans = tuple(name for name, _, _ in run)
            shared = tuple(figures for _, figures, _ in run)
            return [Enumeration(spans, run[0][0][0], run[-1][1][1], None, "", (0, 0), False, shared=shared)]
    return []


MIN_NAME_CHARS = 2  # characters of a name left before the rate its clause names


def _level_clauses(
    text: str,
    a: int,
    found: list[tuple[int, int, str]],
    clauses: list[tuple[tuple[int, int], tuple[int, int], str]],
) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """Among clauses of a figure had and a figure reached, the clauses of a name whose one figure stays
    (``丙國維持40%不變``, ``丁國仍為25%``): the name and its figure, in the others' unit."""
    taken = [figures for _, figures, _ in clauses]
    units = {unit for _, _, unit in clauses}
    out = []
    for s1, e1, unit in found:
        if unit not in units or any(lo <= s1 < hi for lo, hi in taken):
            continue
        verb = CLAUSE_LEVEL_RE.search(text, a, s1)
        if verb is None:
            continue
        lo = max([a, *(m.end() for m in _BOUND_RE.finditer(text, a, verb.start()))])
        name = trim(text, lo, verb.start())
        if name[1] > name[0] and ZH_VALUE_NAME_RE.match(text[name[0] : name[1]]):
            out.append((name, (s1, e1), unit))
    return out


def _clause_end(text: str, at: int) -> int:
    """Where a clause ends: after the word that says its figure stays (``40%不變``), else after the
    particle that follows the figure it has (``19%に``)."""
    unchanged = CLAUSE_UNCHANGED_RE.match(text, at)
    return unchanged.end() if unchanged is not None else _after_particle(text, at)


def _after_particle(text: str, at: int) -> int:
    """Where a clause ends: after the particle that follows the figure it has (``19%に``), if any."""
    return at + 1 if CLAUSE_TO_PARTICLE_RE.match(text, at) else at


_BOUND_RE = re.compile(r"[，,、；;。！？!?：:]")  # what may stand before a clause's name
_JOIN_RE = re.compile(r"\s*[，,、；;]\s*")
_SENTENCE_STOP_RE = re.compile(r"[。！？!?]|\.(?:\s|$)")


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
        timed = not east and _EN_TIME_GAP_RE.fullmatch(gap)
        if (len(gap.strip(WHITESPACE)) > MAX_FIGURE_GAP and not timed) or CHANGE_WORD_RE.search(gap):
            return None
    last = s + found[-1].end
    if not (_short_tail(text[last:e]) or (not east and _EN_TIME_TAIL_RE.fullmatch(text, last, e))):
        return None
    head = trim(text, s, s + found[0].start)
    named = _zh_name(text, *head) if east else _en_name(text, *head)
    if named is None:
        return None
    name, led = named
    first = s + found[0].start
    if east and (verb := CLAUSE_CHANGE_VERB_RE.search(text, name[1], first)) is not None:
        first = verb.start()  # "增持107億美元至…": the verb stays with the figures, which it signs
    return _Clause(name, (first, last), tuple(f.unit for f in found), led)


_TAIL_PAUSE_RE = re.compile(r"\s*[，,]")


def _short_tail(tail: str) -> bool:
    """Whether the words after a clause's last figure are few (``居首``), or a remark after a pause with
    no figure of its own (``，仍為最大持有國``), which says more of the name, no item."""
    if len(tail.strip(WHITESPACE + "。.)）")) <= MAX_TAIL:
        return True
    return _TAIL_PAUSE_RE.match(tail) is not None and not _HINT_RE.search(tail)


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
    elif (
        verb := CLAUSE_NAME_AFTER_RE.search(text, lo, e) or CLAUSE_CHANGE_VERB_RE.search(text, lo, e)
    ) is not None:
        e = verb.start()
    if (time := CLAUSE_TIME_WORD_RE.search(text, lo + 1, e)) is not None:
        e = time.start()  # "甲國今明兩年經濟增長分別為…": the name, then when and what its figures are
    cut = max([lo, *(m.end() for m in _HIRAGANA_RE.finditer(text, lo, e))])
    led = bool(text[s:own].strip(WHITESPACE)) or cut > lo
    lo = cut
    lo, e = trim(text, lo, e)
    name = _LATIN_IN_PARENS_RE.sub("", text[lo:e])  # "甲乙党（ABC）": the name, its acronym after it
    if not ZH_CLAUSE_NAME_RE.match(name) or MEASURE_END_RE.search(name) or CHANGE_WORD_RE.search(name[-2:]):
        return None
    return (lo, e), led


def _en_name(text: str, s: int, e: int) -> tuple[tuple[int, int], bool] | None:
    """The capitalized name at the end of a clause's head (without the verb after it), and whether words
    stood before it."""
    if (verb := CLAUSE_NAME_AFTER_RE.search(text, s, e)) is not None:
        e = verb.start()
    elif (words := _EN_HEAD_WORDS_RE.search(text, s, e)) is not None and words.start() > s:
        e = words.start()  # "Aland is forecast to grow", "Aland's economy": the name before its words
    if (mark := EN_POSSESSIVE_RE.search(text, s, e)) is not None:
        e = mark.start()
    m = _EN_NAME_AT_END_RE.search(text, s, e)
    if m is None:
        return None
    capital = _CAPITAL_RE.search(text, m.start(), e)  # "…nationals of Aland": the name from its capital
    lo = strip_article(text, capital.start() if capital else m.start(), e)
    if not text[lo : lo + 1].isupper() or MEASURE_END_RE.search(text, lo, e):
        return None
    return (lo, e), bool(
        text[strip_article(text, s, lo) : lo].strip(WHITESPACE + ",;")
    )  # "the Aland": no lead
