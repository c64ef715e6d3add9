"""Groups told in English sentences a date each, one after another in a paragraph, as phased measures are:
``The restrictions took effect for Aland and Borduria on June 9. Carpathia follows from July 1.`` The
English form of ``_inline_dated_sentences``, with its conditions: no sentence is a list on its own (one or
two names, a frame of its own), so read sentence by sentence a part of them would be left out and the
outlet accused of leaving out the rest; they are read together or not at all. Used by the inline layout
through ``_inline_grouping``.

A sentence's shapes, its date (month and day, the year if printed) the group's label:
1. the names first, then a short predicate and the date: ``Carpathia follows from July 1``,
   ``Carpathia and Dalmatia join on July 1``, ``Elbonia is added as of Aug. 1``;
2. a frame, the verb of taking effect or applying, the names, then the date: ``The restrictions took
   effect for Aland and Borduria on June 9``, ``The curbs apply to Aland from June 9``;
3. the date first, then the frame and the names: ``On June 9, the restrictions took effect for Aland and
   Borduria``.
Sentences so, one after another in one paragraph, are the groups of one list where there are two at
least, of different dates, no other sentence of the paragraph gives a date (one of another shape would be
left out), and a count of members in the lines above numbers all their names together, or nearly
(``_inline_copula_groups.counted_above``).
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import EN_DATE_PATTERN
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._inline_copula_groups import counted_above
from sources.layouts._inline_copula_groups_en import en_run_names
from sources.layouts._inline_piece_shapes import is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration

MIN_SENTENCES = 2
MAX_SENTENCES = 8  # sentences of one run of groups
MAX_FRAME_WORDS = 6  # words of the frame before its verb ("The new entry restrictions")

_DATE = rf"(?P<date>{EN_DATE_PATTERN})"
_DATE_RE = re.compile(EN_DATE_PATTERN)
_ON = r"(?i:on|from|starting|beginning|as\s+of|effective)"
_NAMES = r"(?P<names>[A-Z][^,;:.!?]*?(?:,\s+[A-Z][^,;:.!?]*?)*)"
_FRAME = rf"(?:[A-Za-z][\w'’\-]*\s+){{1,{MAX_FRAME_WORDS}}}?"
# the verb of a measure taking effect or applying, then the word before its names
_EFFECT = (
    r"(?i:(?:took|takes|take|will\s+take|came\s+into|comes\s+into|come\s+into)\s+(?:effect|force)\s+"
    r"(?:for|in|on)|(?:applied|applies|apply|will\s+apply)\s+to)"
)
# what the names do in a sentence of their own, before the date: "follows", "join", "is added"
_PREDICATE = (
    r"(?i:(?:will\s+)?(?:follows?|joins?|comes?\s+next)|(?:is|are|will\s+be)\s+(?:added|covered|included))"
)
_SHAPES = (
    re.compile(rf"{_NAMES}\s+{_PREDICATE}\s+{_ON}\s+{_DATE}"),
    re.compile(rf"{_FRAME}{_EFFECT}\s+{_NAMES}\s+{_ON}\s+{_DATE}"),
    re.compile(rf"{_ON}\s+{_DATE},\s+(?i:the)\s+{_FRAME}{_EFFECT}\s+{_NAMES}"),
)
_STOP_RE = re.compile(r"[.!?](?=[\s\"”’]|$)")


def en_dated_sentences(text: str, a: int, b: int) -> list[Enumeration]:
    """The groups the sentences of the line ``text[a:b]`` tell (see the module's docstring), when they are
    one run of such sentences whose names a count above numbers; else ``[]``."""
    if is_east_asian(text[a:b]) or _DATE_RE.search(text, a, b) is None:
        return []
    sentences = _sentences(text, a, b)
    groups = [_dated(text, s, e) for s, e in sentences]
    if any(g is None and _DATE_RE.search(text, s, e) for g, (s, e) in zip(groups, sentences, strict=True)):
        return []  # a date of the paragraph read as no group: read in part, the groups would accuse
    runs: list[list[Enumeration]] = [[]]
    for g in groups:
        if g is None:
            runs.append([])
        else:
            runs[-1].append(g)
    run = max(runs, key=len)
    if not MIN_SENTENCES <= len(run) <= MAX_SENTENCES or len({g.label for g in run}) < len(run):
        return []
    if sum(len(r) >= MIN_SENTENCES for r in runs) > 1:
        return []  # two runs of dated sentences in one paragraph: which is the list is not told
    if not counted_above(text, run[0].lead_start, sum(len(g.spans) for g in run)):
        return []
    return run


def _dated(text: str, a: int, b: int) -> Enumeration | None:
    """The sentence ``text[a:b]`` read as a group labelled by its date, or None."""
    end = b - 1 if text[b - 1 : b] in ".!?" else b
    m = next((x for r in _SHAPES if (x := r.fullmatch(text, a, end)) is not None), None)
    if m is None:
        return None
    spans = en_run_names(text, *m.span("names"), pairs=False)
    if spans is None:
        return None
    date = m.span("date")
    return Enumeration(tuple(spans), a, spans[-1][1], None, text[date[0] : date[1]], date, False)


def _sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of ``text[a:b]`` in order, a full stop after an abbreviation ending none."""
    out: list[tuple[int, int]] = []
    start = a
    for stop in _STOP_RE.finditer(text, a, b):
        if ABBREVIATION_RE.search(text, max(start, stop.start() - 8), stop.start()):
            continue
        out.append((start, stop.end()))
        start = stop.end()
    if text[start:b].strip(WHITESPACE):
        out.append((start, b))
    return [trim(text, s, e) for s, e in out if text[s:e].strip(WHITESPACE)]
