"""Two groups or more told in one sentence, each clause a group's names with its own label, read whole or
not at all (a group read alone would accuse the outlet of leaving out the others):

- Chinese, a clause a group, its label before a copula or cue, its names to the clause's end, the
  clauses parted by ``；`` or by a pause before a word that opens another (``，另``):
  ``新增全面禁止入境的3個國家包括：甲國、乙國和丙國；新增部分限制入境的國家為丁國和戊國``;
- Japanese, the clauses parted by ``、`` at the particle ``は``: names first (``甲国と乙国は全面禁止、
  丙国、丁国は一部制限の対象となる``) or the label first, the names closed by their count or not
  (``全面禁止は甲国、乙国、丙国の3カ国、一部制限は丁国、戊国の2カ国``);
- English (``_inline_clause_groups_en``).

Every clause has the shape, each of two names or more (one name with a count of it), the labels all
differ and none says ``also`` (``也``: more of a group already told); else the sentence is left to the
other readers. A count is read as printed: one that disagrees with its names is the count check's to
report. Used by the inline layout through ``_inline_grouping``.
"""

from __future__ import annotations

import re

from pipeline.lang.counter_words import MEMBER_COUNTERS
from pipeline.lang.counts import Count, find_counts
from pipeline.lang.group_cues import (
    CLAUSE_GROUP_ALSO_ZH_RE,
    CLAUSE_GROUP_BREAK_ZH_RE,
    CLAUSE_GROUP_CUE_ZH_RE,
    CLAUSE_GROUP_MEASURE_JA_RE,
    CLAUSE_GROUP_OPENING_ZH_RE,
    CLAUSE_GROUP_TAIL_JA_RE,
)
from pipeline.lang.leads import ZH_JOINER
from pipeline.lang.scripts import KANA_RE, WHITESPACE
from sources.layouts._headings import group_label
from sources.layouts._inline_clause_groups_en import en_clause_groups
from sources.layouts._inline_piece_shapes import ZH_VALUE_NAME_RE, is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_CLAUSES = 2
MIN_NAMES = 2  # names of a clause that states no count of them
MAX_LABEL = 12  # characters of a Japanese label ("全面禁止", "一部制限")
_NAME_JOINER_RE = re.compile(r"、|" + ZH_JOINER + r"|および|及び|並びに|と")
_PAUSE_RE = re.compile(r"[，,：:]")
_JA_PAUSE = "、"
_JA_TOPIC = "は"
_JA_COUNT_OF = "の"
_ZH_GROUP_NOUN_END = ("的", "者")  # a label's relative clause: "…入境的國家", "全面禁止入境者"
_NOT_IN_NAME_RE = re.compile(r"[的はがをにの]")


def clause_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """The groups the sentence ``text[a:b]`` tells, one per clause, or ``[]``."""
    if not is_east_asian(text[a:b]):
        return en_clause_groups(text, a, b)
    if KANA_RE.search(text, a, b) is not None:
        return _ja_groups(text, a, b)
    return _zh_groups(text, a, b)


def _whole(groups: list[Enumeration | None]) -> list[Enumeration]:
    """The groups when every clause is one and their labels all differ, else ``[]``."""
    read = [g for g in groups if g is not None]
    if len(read) < MIN_CLAUSES or len(read) != len(groups):
        return []
    if len({g.label for g in read}) != len(read):
        return []  # two clauses of one group
    return read


def _zh_groups(text: str, a: int, b: int) -> list[Enumeration]:
    cuts = [a, *(x for m in CLAUSE_GROUP_BREAK_ZH_RE.finditer(text, a, b) for x in m.span()), b]
    pieces = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if len(pieces) < MIN_CLAUSES:
        return []
    return _whole([_zh_clause(text, s, e, first=k == 0) for k, (s, e) in enumerate(pieces)])


def _zh_clause(text: str, s: int, e: int, *, first: bool) -> Enumeration | None:
    """``新增全面禁止入境的3個國家包括：甲國、乙國和丙國``: the label, its cue, the names to the end."""
    e = len(text[:e].rstrip(WHITESPACE + "。"))
    for cue in CLAUSE_GROUP_CUE_ZH_RE.finditer(text, s, e):
        spans = _names(text, cue.end(), e)
        if spans is None:
            continue
        if cue.group("adverb") and CLAUSE_GROUP_ALSO_ZH_RE.fullmatch(cue.group("adverb")):
            return None  # "…的國家也包括…": more of a group told before
        pauses = [m.end() for m in _PAUSE_RE.finditer(text, s, cue.start())]
        if pauses and not first:
            return None
        lo = max([s, *pauses])
        if (opening := CLAUSE_GROUP_OPENING_ZH_RE.match(text, lo, cue.start())) is not None:
            lo = opening.end()
        lead = text[lo : cue.start()]
        count = _member_count(lead, lo)
        if not lead.endswith(_ZH_GROUP_NOUN_END) and "的" not in lead and count is None:
            return None  # no noun of a group before the copula ("甲方認為…")
        return _group(spans, s, lo, cue.start(), group_label(lead), count)
    return None


def _ja_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """``AとBは全面禁止、C、Dは一部制限の対象となる`` or ``全面禁止はA、B、Cの3カ国、一部制限は…``."""
    e = len(text[:b].rstrip(WHITESPACE + "。"))
    tops = [a + s for s, _ in split_top_level(text[a:e], _JA_TOPIC)][1:]  # where each part after は starts
    if len(tops) < MIN_CLAUSES:
        return []
    bounds = [(a, tops[0] - 1), *((tops[k], tops[k + 1] - 1) for k in range(len(tops) - 1)), (tops[-1], e)]
    names_first = _ja_names_first(text, bounds)
    label_first = _ja_label_first(text, bounds)
    if names_first and label_first:
        return []  # read either way: no telling which
    return names_first or label_first


def _ja_names_first(text: str, bounds: list[tuple[int, int]]) -> list[Enumeration]:
    groups: list[Enumeration | None] = []
    names_at = bounds[0]
    for k in range(1, len(bounds)):
        s, e = bounds[k]
        pause = text.find(_JA_PAUSE, s, e) if k < len(bounds) - 1 else e
        if pause < 0:
            return []
        label_end = s + len(CLAUSE_GROUP_TAIL_JA_RE.sub("", text[s:pause]))
        if not CLAUSE_GROUP_MEASURE_JA_RE.search(text, s, label_end):
            return []  # "甲国と乙国は協議を続け、…": what the names do, no measure that files them
        groups.append(_ja_group(text, names_at, s, label_end))
        names_at = (pause + 1, e)
    return _whole(groups)


def _ja_label_first(text: str, bounds: list[tuple[int, int]]) -> list[Enumeration]:
    groups: list[Enumeration | None] = []
    s0, e0 = bounds[0]
    label_at = (max(s0, text.rfind(_JA_PAUSE, s0, e0) + 1), e0)
    for k in range(1, len(bounds)):
        s, e = bounds[k]
        pause = text.rfind(_JA_PAUSE, s, e) if k < len(bounds) - 1 else -1
        if k < len(bounds) - 1 and pause < 0:
            return []
        names_end = pause if pause >= 0 else s + len(CLAUSE_GROUP_TAIL_JA_RE.sub("", text[s:e]))
        groups.append(_ja_group(text, (s, names_end), *label_at))
        label_at = (pause + 1, e)
    return _whole(groups)


def _ja_group(text: str, names_at: tuple[int, int], ls: int, le: int) -> Enumeration | None:
    """A group of names (closed by their count, ``丁国、戊国の2カ国``, or not) and the label at ``ls:le``."""
    label = text[ls:le].strip(WHITESPACE)
    if not label or len(label) > MAX_LABEL or _NAME_JOINER_RE.search(label) or find_counts(label):
        return None
    s, e = names_at
    counts = [c for c in find_counts(text[s:e]) if s + c.end == e and c.counter in MEMBER_COUNTERS]
    count = Count(counts[-1].value, counts[-1].counter, s + counts[-1].start, e) if counts else None
    names_end = count.start if count is not None else e
    if count is not None and text.startswith(_JA_COUNT_OF, names_end - 1):
        names_end -= 1
    spans = _names(text, s, names_end)
    return None if spans is None else _group(spans, min(s, ls), ls, le, label, count)


def _member_count(lead: str, at: int) -> Count | None:
    counts = [c for c in find_counts(lead) if c.counter in MEMBER_COUNTERS]
    return (
        Count(counts[-1].value, counts[-1].counter, at + counts[-1].start, at + counts[-1].end)
        if counts
        else None
    )


def _group(
    spans: list[tuple[int, int]], start: int, ls: int, le: int, label: str, count: Count | None
) -> Enumeration | None:
    if not label or (len(spans) < MIN_NAMES and count is None):
        return None
    end = max(spans[-1][1], count.end if count is not None else 0)
    stated, count_span = (count.value, (count.start, count.end)) if count is not None else (None, (0, 0))
    return Enumeration(tuple(spans), start, end, stated, label, (ls, le), False, count_span, label)


def _names(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The names of ``text[lo:hi]`` parted by ``、`` and the joiners, or None when a piece is no name."""
    cuts = [lo, *(x for j in _NAME_JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    spans = [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if any(
        y <= x or not ZH_VALUE_NAME_RE.match(text[x:y]) or _NOT_IN_NAME_RE.search(text, x, y)
        for x, y in spans
    ):
        return None
    return spans
