"""Clauses of a figure had and a figure reached, in a row: ``甲國由49%降至19%，乙國由48%降至40%，丙國由
46%降至20%`` (``_from_to_run``), with the clauses of a name whose figure stays among them (``丁國維持40%
不變``, ``_level_clauses``). Read first by ``_inline_clauses.valued_clauses`` on an East Asian line."""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import (
    CLAUSE_FROM_RE,
    CLAUSE_LEAD_WORD_RE,
    CLAUSE_LEVEL_RE,
    CLAUSE_RATE_TAIL_RE,
    CLAUSE_TO_PARTICLE_RE,
    CLAUSE_TO_RE,
    CLAUSE_TO_WORDS,
    CLAUSE_UNCHANGED_RE,
    MEASURE_END_RE,
)
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, trim
from sources.layouts._inline_pieces import Enumeration


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
