"""A paragraph per item, each opening with its name and value in one frame: ``Aland faces a 50 percent
tariff rate starting Aug. 1.`` then ``Borduria faces a 40 percent tariff rate …, down from 44 percent
…`` and so on, each over sentences of its own. Paragraphs are parted by blank lines, or, in a text with
none (a page's paragraphs, one a line), are its lines.

Read only when ``MIN_FRAME_PARAGRAPHS`` paragraphs or more in a row open that way with the same words
between the name and its first value (``faces a``): one paragraph naming a country and a rate is prose,
never a list. Each item is the name; its value the sentence's first, and a later one when the words
before it, after the last pause, say it is earlier (``, down from 44 percent``: ``earlier_label``).
A count in the paragraph above the first that numbers as many names is the list's.

A Chinese or Japanese paragraph has no such frame: its name opens it and it prints the name's value
(``_inline_paragraph_east``). Such paragraphs in a row are one run when their names differ and their
values share a unit.

English leads in a row whose frames differ (``Aland faces a 25% tariff``, …, ``Dalmatia stays at 15%``,
or a lead whose value is in a later sentence) are one run when the count in the paragraph above numbers
them all and most share one frame, or, with no count above, when the shared frame alone makes a run and
the odd leads' verbs are one name's (``_inline_paragraph_odd``); English leads after a colon
(``Borduria: The rate is 20%.``) are one only under such a count (``_inline_paragraph_en``). A run under
paragraphs that open with a name and print a figure of its unit, below a count of the run and them, is a
part of that list, and stays unread.
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import CHANGE_WORD_RE
from pipeline.lang.counts import find_counts
from pipeline.lang.values import find_values
from sources.layouts._inline_paragraph_east import EAST_FRAME, Lead, east_lead, opens_with_name
from sources.layouts._inline_paragraph_en import COLON_FRAME, LATER_FRAME, en_lead, en_name
from sources.layouts._inline_paragraph_odd import odd_frames_fit
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration

MIN_FRAME_PARAGRAPHS = 3

_PARAGRAPH_RE = re.compile(r"(?:^|\n[ \t]*\n)\s*(?=\S)")
_LINE_RE = re.compile(r"(?:^|\n)\s*(?=\S)")  # a text with no blank line (a page's): a paragraph a line
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_EAST_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def paragraph_leads(text: str) -> list[Enumeration]:
    """The runs of paragraphs in one frame in ``text``, each one enumeration of their names."""
    out: list[Enumeration] = []
    run: list[Lead] = []
    blank = _BLANK_LINE_RE.search(text) is not None
    paragraphs = _PARAGRAPH_RE if blank else _LINE_RE
    for m in paragraphs.finditer(text):
        ends = _BLANK_LINE_RE.search(text, m.end()) if blank else None
        lead = _lead(text, m.end(), ends.start() if ends is not None else len(text) if blank else 0)
        if lead is None or (run and (lead[0] == EAST_FRAME) != (run[0][0] == EAST_FRAME)):
            out += _block(text, run, blank)
            run = []
        if lead is not None:
            run.append(lead)
    return out + _block(text, run, blank)


def _block(text: str, block: list[Lead], blank: bool) -> list[Enumeration]:
    """The enumerations of leads in a row: one when a count above numbers them all and their frames
    mostly agree (``_mixed_frames``), else one a run of leads in one frame."""
    if (whole := _mixed_frames(text, block, blank)) is not None:
        return [whole]
    out: list[Enumeration] = []
    run: list[Lead] = []
    for lead in block:
        if run and lead[0] != run[0][0]:
            out += _enumeration(text, run, blank)
            run = []
        run.append(lead)
    return out + _enumeration(text, run, blank)


def _mixed_frames(text: str, block: list[Lead], blank: bool) -> Enumeration | None:
    """English leads in a row whose frames differ (``Aland faces a 25% tariff``, …, ``Dalmatia stays at
    15%``), one list when the count in the paragraph above numbers them all, most share one frame, none
    is a word of change (``rose``), their names differ and their values share a unit; else None."""
    frames = [lead[0] for lead in block]
    if len(set(frames)) < 2 or {EAST_FRAME, COLON_FRAME} & set(frames) or len(block) < MIN_FRAME_PARAGRAPHS:
        return None
    most = max((frames.count(f) for f in frames if f != LATER_FRAME), default=0)  # a value later: no frame
    if 2 * most <= len(block) or any(CHANGE_WORD_RE.search(f) for f in frames):
        return None
    names = {text[s:e].casefold() for _, (s, e), _, _ in block}
    units = {f.unit for _, _, (s, e), _ in block for f in find_values(text[s:e])[:1]}
    if len(names) < len(block) or len(units) != 1:
        return None
    found = _enumeration(text, block, blank, mixed=True)
    if not found or found[0].stated not in (len(block), None):
        return None
    counted = found[0].stated is not None
    fits = counted or odd_frames_fit(text, block, "\n\n" if blank else "\n", (LATER_FRAME,))
    return found[0] if fits else None


def _lead(text: str, start: int, paragraph_end: int) -> Lead | None:
    """The lead of the paragraph from ``start`` (to ``paragraph_end`` when blank lines part paragraphs,
    else 0: its line): its frame, its name, the span of its value and where the sentence of it ends."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if is_east_asian(text[start : start + 1]):
        return east_lead(text, start, line_end, max(paragraph_end, line_end))
    return en_lead(text, start, line_end, paragraph_end)


def _part_of_a_count_above(text: str, run: list[Lead], parting: str) -> bool:
    """Whether paragraphs right above the run open with a name as its own do and print a figure of its
    unit, under a paragraph whose count numbers the run and them (``…for four countries.`` over ``Aland
    will keep negotiating… Its final rate is 25%.`` over three leads): the run is a part of that list."""
    units = {f.unit for _, _, (s, e), _ in run if e > s for f in find_values(text[s:e])[:1]}
    at, skipped = run[0][1][0], 0
    while (above_end := len(text[:at].rstrip())) > 0 and skipped < len(run):
        cut = text.rfind(parting, 0, above_end)
        start = len(text) - len(text[cut + len(parting) if cut >= 0 else 0 :].lstrip())
        line_end = min(above_end, text.find("\n", start) if "\n" in text[start:above_end] else above_end)
        named = (
            opens_with_name(text, start, line_end)
            if is_east_asian(text[start : start + 1])
            else en_name(text, start, line_end) is not None
        )
        if not named or not any(f.unit in units for f in find_values(text[start:above_end])):
            return skipped > 0 and count_above(text, at, len(run) + skipped, parting)[0] is not None
        at, skipped = start, skipped + 1
    return False


def _enumeration(text: str, run: list[Lead], blank: bool, *, mixed: bool = False) -> list[Enumeration]:
    """The run of leads as one enumeration of their names, with the count above that numbers them;
    (``mixed``) the frames of an English run need not agree (``_mixed_frames`` has seen to it)."""
    if len(run) < MIN_FRAME_PARAGRAPHS or (not mixed and len({lead[0] for lead in run}) > 1):
        return []
    if run[0][0] == LATER_FRAME and not mixed:
        return []  # values in later sentences: items only among leads in a frame, under a count of all
    if run[0][0] in (EAST_FRAME, COLON_FRAME) and not _east_run(text, run):
        return []
    spans = tuple(name for _, name, _, _ in run)
    parting = "\n\n" if blank else "\n"
    stated, count_span = count_above(text, spans[0][0], len(spans), parting)
    if run[0][0] == EAST_FRAME and stated is None and _rate_beside(text, run, parting):
        return []
    if stated is None and _part_of_a_count_above(text, run, parting):
        return []  # read in part: the paragraphs above, items of the count, are no leads
    if stated is None and run[0][0] == COLON_FRAME:
        return []  # "Jane Roe: We expect growth of 3%.": speakers in turn, unless a count says a list
    return [
        Enumeration(
            spans,
            spans[0][0],
            run[-1][3],
            stated,
            "",
            (0, 0),
            False,
            count_span,
            shared=tuple(values for _, _, values, _ in run),
        )
    ]


def _rate_beside(text: str, run: list[Lead], parting: str) -> bool:
    """Whether the paragraph right above or below a run of Chinese or Japanese leads prints a value of the
    run's unit in its first sentence, or anywhere when it opens with a name as they do: a paragraph of the
    list that opens another way (``至於丙國…``, ``稅率最高的是…``) or gives no rate of its name (``甲國：\n
    該國出口下跌5%``) may be there, and the run, no count saying it is whole, may be a part."""
    units = {f.unit for _, _, (s, e), _ in run if e > s for f in find_values(text[s:e])[:1]}
    first = run[0][1][0]
    above_end = len(text[:first].rstrip())
    above = text[
        text.rfind(parting, 0, above_end) + len(parting) if parting in text[:above_end] else 0 : above_end
    ]
    below_start = text.find(parting, run[-1][3])
    below = text[below_start:].lstrip() if below_start >= 0 else ""
    below = below[: below.find(parting)] if parting in below else below
    for paragraph in (above, below):
        line = paragraph.split("\n", 1)[0]
        stop = _EAST_SENTENCE_END_RE.search(line)
        named = bool(paragraph) and opens_with_name(paragraph, 0, len(line))
        if any(
            f.unit in units for f in find_values(paragraph if named else line[: stop.end()] if stop else line)
        ):
            return True
    return False


def count_above(text: str, first: int, n: int, parting: str) -> tuple[int | None, tuple[int, int]]:
    """The count, in the paragraph right above the first (``parting`` parts paragraphs), of as many names
    as the run has."""
    above_end = len(text[:first].rstrip())
    above_start = text.rfind(parting, 0, above_end) + len(parting) if parting in text[:above_end] else 0
    counts = [c for c in find_counts(text[above_start:above_end]) if c.value == n]
    if len(counts) != 1:
        return None, (0, 0)
    return n, (above_start + counts[0].start, above_start + counts[0].end)


def _east_run(text: str, run: list[Lead]) -> bool:
    """Whether Chinese or Japanese leads in a row, or English ones after a colon, are one list: names all
    different, values of one unit."""
    names = [text[s:e] for _, (s, e), _, _ in run]
    units = {f.unit for _, _, (s, e), _ in run if e > s for f in find_values(text[s:e])[:1]}
    return len(set(names)) == len(names) and len(units) == 1
