"""Tickets in a Chinese sentence of clauses: a pair of people joined by ``、`` (a candidate and a running
mate) before the figures the pair won together, each clause one pair with its own figures:
``甲黨提名的張三、李四以558萬6019票、得票率40.05%當選，乙黨王五、趙六獲467萬1021票、得票率33.49%，…``
or ``甲党候选人张三、李四得票558.6万票，得票率40.05%；…``. The first of each pair is the list's item and
the pair's figures its values (``shared``); the words before it that say what put it up (a party, its
nomination, the candidacy: ``TICKET_LEAD_RE``) are no part of its name. Used by the inline layout
(``_inline_finding.clause_enumerations``).
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import TICKET_LEAD_END_RE, TICKET_VERB_RE
from pipeline.lang.scripts import CJK
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration

MIN_TICKETS = 2  # pairs with their figures, at the least (a third may be the list's last)
MIN_NAME, MAX_NAME = 2, 4  # characters of a Chinese person's name
_PERSON = rf"[{CJK}]{{{MIN_NAME},{MAX_NAME}}}"
# a pair of names and the verb after it: "張三、李四以", "王五、趙六獲" (the first name found backwards)
_PAIR_RE = re.compile(rf"(?P<head>[{CJK}]{{2,16}})、(?P<second>{_PERSON})(?P<verb>{TICKET_VERB_RE.pattern})")
_PAUSE_RE = re.compile(r"[，,；;。：:]")


def tickets(text: str, a: int, b: int) -> list[Enumeration]:
    """The first names of the tickets of the sentence ``text[a:b]`` (see the module's docstring), each with
    the span of its pair's figures; ``[]`` unless every pair has figures alike in units, at least
    ``MIN_TICKETS`` pairs and ``MIN_ITEMS`` in all."""
    pairs = [m for m in _PAIR_RE.finditer(text, a, b) if find_values(text[m.end() : m.end() + 12])]
    if len(pairs) < max(MIN_TICKETS, MIN_ITEMS):
        return []
    names: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []
    units: list[tuple[str, ...]] = []
    for k, m in enumerate(pairs):
        name = _first_name(text, m)
        stop = pairs[k + 1].start() if k + 1 < len(pairs) else b
        found = find_values(text[m.end() : stop])
        if name is None or not found:
            return []
        names.append(name)
        runs.append((m.end() + found[0].start, m.end() + found[-1].end))
        units.append(tuple(f.unit for f in found))
    if len(set(units)) != 1:
        return []  # the pairs' figures differ in kind: no one list of tickets
    return [Enumeration(tuple(names), a, runs[-1][1], None, "", (0, 0), False, shared=tuple(runs))]


def _first_name(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a pair's first name: the head's words after its last pause, after what put the ticket
    up (``甲黨提名的``, ``乙党候选人``: the longest such words), a person's name of two to four
    characters; ``None`` where no such words stand before it (``甲國、乙國獲25億美元``: no ticket)."""
    s, e = m.span("head")
    s = max([s, *(p.end() for p in _PAUSE_RE.finditer(text, s, e))])
    for n in range(MIN_NAME, MAX_NAME + 1):
        if e - n > s and TICKET_LEAD_END_RE.search(text[s : e - n]) is not None:
            return e - n, e
    return None
