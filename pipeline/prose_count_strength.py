"""The words that bind a count in prose to the article's list (``ProseCount.strong``): a total word, a
list word, the end of an enumeration, a lead-in to the items below, the decision's own verb."""

from __future__ import annotations

import re

from pipeline.lang.count_lines import TOTAL_WORD_RE
from pipeline.lang.decision_cues import DECISION_RE
from pipeline.lang.leads import LEAD_IN_RE
from pipeline.lang.scripts import fold_pattern

# the end of an enumeration right before the count: "日韓等14國", "日本など１４か国", "日本を含む１４か国"
_ENUMERATION_END_RE = re.compile(fold_pattern(r"(?:等|等等|など|を含む|を始め)\s*$"))
# a list word right after the count: ``8人名單``, ``14國名單``, ``１４か国のリスト``
_LIST_AFTER_RE = re.compile(fold_pattern(r"\s*(?:的|の)?\s*(?:名單|清單|一覽|リスト|一覧)"))
# a list word right before the count: ``the full list of 69 trading partners``, ``a list of 12 countries``
_LIST_BEFORE_RE = re.compile(r"\blist\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_BAR_RE = re.compile(r"\b(?:bar(?:s|red|ring)?|target(?:s|ed|ing)?)\b", re.IGNORECASE)


def total_word_before(sentence: str, start: int) -> bool:
    """A total word right before the count (``合計19國``, ``共8位``, ``a total of 19``)."""
    before = sentence[max(0, start - 8) : start]
    return bool(
        TOTAL_WORD_RE.search(before[-4:]) or re.search(r"\b(?:in all|in total|a total of|all)\s*$", before)
    )


def names_a_list(sentence: str, start: int, end: int) -> bool:
    """A list word right before or after the count: the words say the list has that many items."""
    return bool(
        _LIST_BEFORE_RE.search(sentence[max(0, start - 16) : start]) or _LIST_AFTER_RE.match(sentence, end)
    )


def is_strong(sentence: str, clause: str, start: int, end: int) -> bool:
    before = sentence[max(0, start - 8) : start]
    if total_word_before(sentence, start) or _LIST_AFTER_RE.match(sentence, end):
        return True
    if _ENUMERATION_END_RE.search(before):
        return True
    if LEAD_IN_RE.search(before) and re.search(r"(?:次の|以下の|以下|下列|the following)\s*$", before):
        return True
    return DECISION_RE.search(clause) is not None or _BAR_RE.search(clause) is not None
