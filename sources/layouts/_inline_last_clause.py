"""The last clause of a sentence that tells groups clause by clause, parted by ``；``: ``甲國5個城市包括
甲城、乙城…；乙國3個：己城、庚城、辛城；丙國則有壬城和癸城``. The clauses before it read as groups (a label
and its count before the names), the last one often drops the count and says the label before a cue
alone (``則有``, ``為``): read as the sentence's last group, a short label and two names or more, where
two clauses or more of the sentence are read as labelled groups already, or the sentence would be read in
part (the outlet accused of leaving out the last group); in English, ``_inline_last_clause_en``. Used
by the inline layout (``_inline_grouping``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.group_cues import CLAUSE_GROUP_ALSO_ZH_RE, CLAUSE_GROUP_CUE_ZH_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._headings import group_label
from sources.layouts._inline_clause_groups import _names
from sources.layouts._inline_last_clause_en import en_next_clause, en_owned
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration

MIN_GROUPS_BEFORE = 2  # labelled groups the sentence reads before its last clause
MIN_NAMES = 2
MAX_LABEL = 12  # characters of the last clause's label ("丙國", "部分限制")
_CLAUSE_BREAK_RE = re.compile(r"\s*[；;]\s*")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
_NOT_A_LABEL_RE = re.compile(r"[，,：:、的]")


def last_clauses(text: str, enums: Sequence[Enumeration]) -> list[Enumeration]:
    """``enums`` with the last clause of each sentence of labelled groups read as its group."""
    found = [n for e in enums if not is_east_asian(text[e.start : e.end]) and (n := en_next_clause(text, e))]
    enums = [e if is_east_asian(text[e.start : e.end]) else en_owned(text, e) for e in enums]
    for end in sorted({e.end for e in enums}):
        enum = _last_clause(text, end, [e for e in enums if _same_sentence(text, e, end)])
        if enum is not None:
            found.append(enum)
    read = [span for e in enums for span in e.spans]
    new = [n for n in found if not any(a < y and x < b for a, b in n.spans for x, y in read)]  # read before
    return sorted([*enums, *new], key=lambda e: e.start)


def _same_sentence(text: str, e: Enumeration, end: int) -> bool:
    return e.end <= end and _SENTENCE_END_RE.search(text, e.end, end) is None


def _parted(text: str, e: Enumeration, before: list[Enumeration]) -> bool:
    """``e`` is a group of its own: the first of the sentence, or after a ``；`` that ends the one before."""
    ends = [x.end for x in before if x.end <= e.start]
    return not ends or _CLAUSE_BREAK_RE.search(text, max(ends), e.start) is not None


def _last_clause(text: str, end: int, before: list[Enumeration]) -> Enumeration | None:
    """The group the clause after ``end`` (after a ``；``) tells, when the groups ``before`` it in its
    sentence are labelled, two at least, and none of them ends later."""
    labelled = [e for e in before if len(e.spans) >= MIN_NAMES and _parted(text, e, before)]
    if len(labelled) < MIN_GROUPS_BEFORE or max(e.end for e in before) != end or not labelled[-1].label:
        return None
    if not is_east_asian(text[labelled[0].start : end]):
        return None
    brk = _CLAUSE_BREAK_RE.match(text, end)
    if brk is None:
        return None
    stop = _SENTENCE_END_RE.search(text, brk.end())
    s, e = brk.end(), stop.start() if stop is not None else len(text)
    if _CLAUSE_BREAK_RE.search(text, s, e):
        return None  # not the sentence's last clause
    e = len(text[:e].rstrip(WHITESPACE + "。"))
    cue = CLAUSE_GROUP_CUE_ZH_RE.search(text, s, e)
    if cue is None or (cue.group("adverb") and CLAUSE_GROUP_ALSO_ZH_RE.fullmatch(cue.group("adverb"))):
        return None
    lead = text[s : cue.start()].strip(WHITESPACE)
    if not lead or len(lead) > MAX_LABEL or _NOT_A_LABEL_RE.search(lead):
        return None
    spans = _names(text, cue.end(), e)
    label = group_label(lead)
    if spans is None or len(spans) < MIN_NAMES or label in {x.label for x in labelled}:
        return None
    return Enumeration(tuple(spans), s, spans[-1][1], None, label, (s, cue.start()), False, (0, 0), label)
