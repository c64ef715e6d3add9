"""Groups told in Chinese sentences a date each, one after another in a paragraph: ``該措施於2025年1月1日
首先對甲國和乙國實施。丙國自2025年2月1日起適用。丁國、戊國、己國3國自2025年3月1日起適用。`` Each
sentence names one or more items and the one date they share; no sentence is a list on its own (one or two
names, a frame of its own), so read sentence by sentence a part of them would be left out and the outlet
accused of leaving out the rest. Used by the inline layout through ``_inline_grouping``.

A sentence's shapes, its date (day, month and year) the group's label:
1. the names first, their count after them if any, then ``自`` / ``於`` / ``從`` and the date, then a
   short predicate (``起適用``, ``生效``): ``丙國自2025年2月1日起適用``;
2. a frame, ``於`` / ``自`` and the date, then ``對`` / ``向`` and the names, then the verb that ends the
   sentence (``實施``, ``適用``, ``生效``): ``該措施於2025年1月1日首先對甲國和乙國實施``.
Sentences so, one after another in one paragraph, are the groups of one list where there are two at
least, of different dates, no other sentence of the paragraph gives a date (one of another shape
would be left out), and a count of members in the lines above numbers all their names together, or
nearly (``_inline_copula_groups.counted_above``).
"""

from __future__ import annotations

import re

from pipeline.lang.dates import DATE_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_copula_groups import counted_above
from sources.layouts._inline_piece_shapes import ZH_VALUE_NAME_RE, is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration, item_spans

MIN_SENTENCES = 2
MAX_SENTENCES = 8  # sentences of one run of groups
MAX_PREDICATE = 6  # characters after the date in a sentence that opens with its names ("起適用")
MAX_FRAME = 16  # characters before the date in a sentence whose names follow it ("該措施於")
MAX_ADVERB = 4  # characters between the date and 對 ("首先")

_COUNT = r"(?P<count>[0-9０-９]{1,3})\s*" + fold_pattern(r"(?:個國家|國|個|家)")
_BEFORE_DATE = fold_pattern(r"(?:將|亦|也|則|均|都)?\s*(?:自|於|從|由)")
_PREDICATE = fold_pattern(r"起?\s*(?:開始)?\s*(?:適用|生效|實施|施行|執行|實行)")
_VERB = fold_pattern(r"(?:實施|適用|生效|施行|執行|實行)")
_NAMES_FIRST_RE = re.compile(
    rf"(?P<names>[^，,：:；;。、0-9０-９]+(?:、[^，,：:；;。、0-9０-９]+)*?)\s*(?:{_COUNT})?\s*{_BEFORE_DATE}\s*"
    rf"(?P<date>{DATE_RE.pattern})\s*(?P<pred>{_PREDICATE}[^，,；;。]{{0,{MAX_PREDICATE}}}?)[。\s]*$"
)
_NAMES_AFTER_RE = re.compile(
    rf"[^，,；;。]{{0,{MAX_FRAME}}}?{fold_pattern('(?:於|自|從)')}\s*(?P<date>{DATE_RE.pattern})"
    rf"(?:起)?[^，,；;。]{{0,{MAX_ADVERB}}}?{fold_pattern('(?:對|向)')}\s*"
    rf"(?P<names>[^，,：:；;。0-9０-９]+?)\s*(?:{_COUNT})?\s*{_VERB}[。\s]*$"
)


def dated_sentences(text: str, a: int, b: int) -> list[Enumeration]:
    """The group the sentence ``text[a:b]`` tells, as one of a run of dated sentences whose names a count
    above numbers (see the module's docstring); else ``[]``."""
    if not is_east_asian(text[a:b]) or DATE_RE.search(text, a, b) is None:
        return []
    sentences = _paragraph_sentences(text, a)
    groups = [_dated(text, s, e) for s, e in sentences]
    at = next((k for k, (s, _) in enumerate(sentences) if s >= a), None)
    if at is None or (own := groups[at]) is None:
        return []
    if any(g is None and DATE_RE.search(text, *sentences[k]) for k, g in enumerate(groups)):
        return []  # a date of the paragraph read as no group: read in part, the groups would accuse
    first, last = at, at
    while first > 0 and groups[first - 1] is not None and last - first + 1 < MAX_SENTENCES:
        first -= 1
    while last + 1 < len(groups) and groups[last + 1] is not None and last - first + 1 < MAX_SENTENCES:
        last += 1
    run = [g for g in groups[first : last + 1] if g is not None]
    if len(run) < MIN_SENTENCES or len({g.label for g in run}) < len(run):
        return []
    if not counted_above(text, sentences[first][0], sum(len(g.spans) for g in run)):
        return []
    return [own]


def _dated(text: str, a: int, b: int) -> Enumeration | None:
    """The sentence ``text[a:b]`` read as a group labelled by its date, or None."""
    m = _NAMES_FIRST_RE.fullmatch(text, a, b) or _NAMES_AFTER_RE.fullmatch(text, a, b)
    if m is None:
        return None
    spans = _names(text, *m.span("names"))
    if spans is None:
        return None
    stated = int(m.group("count").translate(_FULLWIDTH)) if m.group("count") else None
    if stated is not None and stated != len(spans):
        return None  # the count is no count of the names before it
    count_span = m.span("count") if stated is not None else (0, 0)
    date = m.span("date")
    label = text[date[0] : date[1]]
    return Enumeration(tuple(spans), a, spans[-1][1], stated, label, date, False, count_span=count_span)


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _names(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    lo, hi = trim(text, lo, hi)
    spans = item_spans(text, lo, hi, True) or [(lo, hi)]
    if any(y <= x or not ZH_VALUE_NAME_RE.match(text[x:y]) for x, y in spans):
        return None
    return spans


def _paragraph_sentences(text: str, at: int) -> list[tuple[int, int]]:
    """The sentences (ending in 。！？) of the line that holds ``at``, in order."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    out = []
    for m in re.finditer(r"[^。！？]+[。！？]?", text[lo:hi]):
        s, e = trim(text, lo + m.start(), lo + m.end())
        if text[s:e].strip(WHITESPACE + "。！？"):
            out.append((s, e))
    return out
