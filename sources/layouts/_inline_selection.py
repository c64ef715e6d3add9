"""Whether an inline enumeration, or the article, names examples of a list rather than the list.

A cue before the first item says so (``among them``, ``例如``, ``including`` after a count), or the names are
``在內`` a larger whole a count gives. Cue words come from the language layer (``SELECTION_RE``,
``LEAD_IN_RE``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.count_binding import NEARLY_ALL, miscounted_at_most
from pipeline.lang.counts import OTHERS_CLOSING_RE, find_counts
from pipeline.lang.leads import LEAD_IN_RE, PART_OPENING_RE, PARTITIVE_RE, SELECTION_RE
from pipeline.lang.not_counts import NOT_A_COUNT_AFTER_RE, NOT_A_COUNT_BEFORE_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from sources.layouts._inline_pieces import ELLIPSIS_RE, Enumeration

SELECTION_CUE_WINDOW = 40  # characters before the first item where "among them", "例如" say it gives examples


def examples_cue(lead: str) -> bool:
    """The words before two names say they are examples of the list: ``among those designated are``, or
    a selection cue after a count (``seven other nations, among them``, ``14 countries including``)."""
    window = lead[-SELECTION_CUE_WINDOW:]
    if PARTITIVE_RE.search(window):
        return True
    cue = SELECTION_RE.search(window)
    return cue is not None and bool(find_counts(lead[: len(lead) - len(window) + cue.start()]))


LEAD_CUE_WINDOW = 24  # characters before the first item where a lead-in cue ("including") counts
HEDGE_WINDOW = 12  # characters before a count where a hedge word ("逾", "more than") qualifies it


def examples_of_a_hedged_whole(lead: str, items: int) -> bool:
    """The lead-in counts a whole with a hedge, more than the names it then introduces with a lead-in cue
    (``甲國對逾50國加徵關稅，包括乙國、丙國、丁國``): the names are examples of that whole, and the hedged
    number counts no list (``約3國，包括A、B、C`` names as many as it says: no examples)."""
    counts = find_counts(lead)
    if not counts or counts[-1].value <= items:
        return False
    c = counts[-1]
    hedged = NOT_A_COUNT_BEFORE_RE.search(lead[max(0, c.start - HEDGE_WINDOW) : c.start]) is not None
    if not hedged and NOT_A_COUNT_AFTER_RE.match(lead[c.end :]) is None:
        return False
    return LEAD_IN_RE.search(lead[c.end :][-LEAD_CUE_WINDOW:]) is not None


# "包括A、B和C在內的11名官員": the names are among a larger whole the count gives
_WITHIN_RE = re.compile(fold_pattern(r"\s*在內"))


def selection(text: str, enums: Sequence[Enumeration]) -> bool:
    """Whether the article names examples of the list rather than the list: a cue says so (``among
    them``, ``例如``, ``……``, ``等`` without a count, ``在內的`` before a larger count, ``and nine other
    countries`` after the last name, a reader that took the names as examples of a count far larger
    than a miscount of them: ``lang.count_binding.miscounted_at_most``), or its items are spread over several
    sentences that neither label nor count them (lines each headed by the value its items share are a
    grouped list)."""
    for e in enums:
        closing = text[e.spans[-1][1] : e.end + 2]
        said = SELECTION_RE.search(text[e.lead_start : e.start][-SELECTION_CUE_WINDOW:])
        if (
            said
            or ELLIPSIS_RE.search(text[e.start : e.spans[-1][1]])
            or ("等" in closing and e.stated is None)
            or (_OTHERS_RA_RE.match(text, e.spans[-1][1]) is not None and e.stated is None)  # "A、B、Cら11人"
            or OTHERS_CLOSING_RE.match(text, e.spans[-1][1])
            or (_WITHIN_RE.match(text, e.spans[-1][1]) and (e.stated is None or e.stated > len(e.spans)))
            or (e.stated is None and examples_of_a_hedged_whole(text[e.lead_start : e.start], len(e.spans)))
            or (e.selection and e.stated is not None and not miscounted_at_most(len(e.spans), e.stated))
        ):
            return True
    sentences = {text.rfind("\n", 0, e.start) for e in enums} | {_clause_start(text, e) for e in enums}
    scattered = len(enums) >= 2 and len(sentences) >= 2 and not all(_headed_by_value(text, e) for e in enums)
    return (
        scattered
        and not any(e.label or e.stated is not None for e in enums)
        and not _valued_clauses(text, enums)
    )


_SENTENCE_STOPS = ("\n", "。", "！", "？", ". ")
# Japanese "and others" after the last name before a count (``ら11人``, ``など12カ国``) the names fall short
# of, as 等 is in Chinese (read as examples where the count is no list's: ``read_enumeration``)
_OTHERS_RA_RE = re.compile(r"\s*(?:ら|など)\s*(?:計|合わせて)?\s*[0-9０-９一二三四五六七八九十]")


def _valued_clauses(text: str, enums: Sequence[Enumeration]) -> bool:
    """The enumerations are the clauses of one sentence, each names with the value they got (``甲黨獲得
    150席，乙黨獲得90席，…``): one list told clause by clause, not names scattered over the prose; unless
    the sentence opens them as a part of a whole of items (``致14國的信函，其中甲國和乙國為25%，…``,
    ``Among them, …``). A figure before ``其中`` larger than every value (no share) is the whole they share
    out (``共有630個議席，其中甲黨獲得164席，…``): the clauses are still the whole list."""
    starts = {max(text.rfind(stop, 0, e.start) for stop in _SENTENCE_STOPS) for e in enums}
    if len(starts) != 1 or not all(e.shared for e in enums):
        return False
    sentence, first = max(0, *starts), min(e.start for e in enums)
    part = PART_OPENING_RE.search(text, sentence, first)
    if part is None:
        return True
    before = text[sentence : part.start()]
    counts = find_counts(before)
    named = sum(len(e.spans) for e in enums)
    if any(NEARLY_ALL * c.value <= named <= c.value for c in counts):
        # "制裁4家公司，包括甲和乙為…，丙和丁為…": the count numbers the clauses' names, one perhaps left out
        return True
    if not counts and not PARTITIVE_RE.fullmatch(part.group()):
        return True  # "including" with no whole counted before it: no part of a whole
    figures = [v for e in enums for a, b in e.shared[:1] for v in find_values(text[a:b])]
    if not figures or any(v.unit == "%" or v.number is None for v in figures):
        return False
    top = max(v.number or 0.0 for v in figures)
    return any(c.value > top for c in counts) or any((v.number or 0.0) > top for v in find_values(before))


def _headed_by_value(text: str, e: Enumeration) -> bool:
    """The enumeration is a line of its own under the value its items share (``25%：甲國、乙國``): lines of a
    list grouped by value, not names scattered over the prose."""
    line_start = text.rfind("\n", 0, e.start) + 1
    first = min((a for a, _ in e.shared), default=-1)
    return line_start <= first < e.start and not text[line_start:first].strip(WHITESPACE)


def _clause_start(text: str, e: Enumeration) -> int:
    """Where the words introducing ``e`` start: its clause, or its sentence when a lead-in word introduces
    it (``甲方官員包括A、B；乙方官員包括C、D``: one sentence naming both sides, not names scattered over
    the prose)."""
    if not LEAD_IN_RE.search(text[e.lead_start : e.start][-LEAD_CUE_WINDOW:]):
        return e.lead_start
    return max(text.rfind(stop, 0, e.start) for stop in ("\n", "。", "！", "？", ". "))
