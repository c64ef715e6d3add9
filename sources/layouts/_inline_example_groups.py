"""Groups of one Japanese sentence, each a few examples closed by ``など`` and the count of its whole group,
then the measure that files them: ``乙国、丙国など12カ国を全面禁止、丁国など7カ国を一部制限すると発表``.

Each group's names are a selection (examples) of its counted group where the count is far more than a
miscount of them (``lang.count_binding.miscounted_at_most``; a name or two short is a miscount, as
``等12國`` after eleven names is), the count bound to it as printed,
its label the measure after ``を`` (``全面禁止``). Read whole or not at all: two groups or more in a row,
each of that shape (names, ``など``, a count of members, ``を`` and a measure word, then a pause or the
sentence's verb), none of more names than its count, the labels all different; the first group's names
are the pieces before its ``など`` back to the first that is no name (``甲国政府は``). Prose of the same
shape that files nothing (``乙国など12カ国を訪問、丁国など7カ国と会談``) is left to the other readers.
"""

from __future__ import annotations

import re

from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.counter_words import MEMBER_COUNTERS
from pipeline.lang.counts import Count, find_counts
from pipeline.lang.group_cues import CLAUSE_GROUP_MEASURE_JA_RE
from sources.layouts._inline_piece_shapes import DATE_PIECE_RE, ZH_VALUE_NAME_RE, trim
from sources.layouts._inline_pieces import Enumeration

MIN_GROUPS = 2
MAX_LABEL = 12  # characters of the measure after を ("全面禁止", "一部制限")
_EXAMPLES = "など"
_PAUSE = "、"
# after a group's count: を, the measure, then what ends it (the verb's joining form, a pause, the verb)
_TAIL_RE = re.compile(rf"\s*を\s*(?P<label>[^、。をにはがの]{{1,{MAX_LABEL}}}?)(?=し|す|と|、|。|$)")
_JOINING_RE = re.compile(r"(?:し|して)?、")
_NOT_IN_NAME_RE = re.compile(r"[的はがをにのとも]")


def ja_example_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """The groups of examples of the sentence ``text[a:b]`` (see the module), or ``[]``."""
    counts = [
        Count(c.value, c.counter, a + c.start, a + c.end)
        for c in find_counts(text[a:b])
        if c.counter in MEMBER_COUNTERS and text.startswith(_EXAMPLES, a + c.start - len(_EXAMPLES))
    ]
    if len(counts) < MIN_GROUPS:
        return []
    groups: list[Enumeration] = []
    names_from = a
    for k, count in enumerate(counts):
        tail = _TAIL_RE.match(text, count.end, b)
        if tail is None or not CLAUSE_GROUP_MEASURE_JA_RE.search(tail.group("label")):
            return []  # "乙国など12カ国を訪問": no measure that files them
        spans = _names(text, names_from, count.start - len(_EXAMPLES), first=k == 0)
        if not spans or len(spans) > count.value:
            return []
        ls, le = tail.span("label")
        groups.append(
            Enumeration(
                tuple(spans),
                spans[0][0],
                count.end,
                count.value,
                tail.group("label"),
                (ls, le),
                not miscounted_at_most(len(spans), count.value),
                (count.start, count.end),
                tail.group("label"),
            )
        )
        joining = _JOINING_RE.match(text, tail.end(), b)
        if k < len(counts) - 1 and joining is None:
            return []  # the next group is no clause of its own right after this one's measure
        names_from = joining.end() if joining is not None else b
    return groups if len({g.label for g in groups}) == len(groups) else []


def _names(text: str, lo: int, hi: int, *, first: bool) -> list[tuple[int, int]]:
    """The names of ``text[lo:hi]`` parted by ``、``: every piece a name, or (``first``, the lead-in before
    them) the pieces from the end back to the first that is none; [] when there are none."""
    pieces = []
    at = lo
    while (cut := text.find(_PAUSE, at, hi)) >= 0:
        pieces.append(trim(text, at, cut))
        at = cut + 1
    pieces.append(trim(text, at, hi))
    names: list[tuple[int, int]] = []
    for s, e in reversed(pieces):
        piece = text[s:e]
        if s >= e or not ZH_VALUE_NAME_RE.match(piece) or _NOT_IN_NAME_RE.search(piece):
            break
        if DATE_PIECE_RE.match(piece):
            break
        names.insert(0, (s, e))
    if len(names) < len(pieces) and not first:
        return []
    return names
