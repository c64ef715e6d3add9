"""A count in prose that is a part of something (``pipeline.prose_counts``): one of several counts joined
by a conjunction, the others beside people named before it, the people of a list who share a property."""

from __future__ import annotations

import re

from pipeline.lang.leads import JA_BESIDE_RE
from pipeline.lang.numbers import CN_NUM, DIGITS, EN_NUMBER_WORDS
from pipeline.lang.part_cues import PROPERTY_AFTER_RE, PROPERTY_TOPIC_BEFORE_RE
from pipeline.lang.place_parts import place_topic_before
from pipeline.lang.scripts import fold_pattern

# a breakdown: another count joined to this one (``兩名法官及兩名副檢察官``, ``two judges and two ...``)
_JOINED_RE = re.compile(fold_pattern(r"(?:及|和|與|跟|、|と|および)\s*$") + r"|\b(?:and|,)\s*$")
_JOINED_NUMBER_RE = re.compile(
    fold_pattern(r"\s*(?:及|和|與|跟|と|および)\s*") + rf"(?:{DIGITS}|{CN_NUM})"
    r"|\s*(?:,\s*)?and\s+(?:\d+|" + "|".join(EN_NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
MAX_JOINED_GAP = 6  # the noun of the first count, then the conjunction: "法官及", " and "


def broken_down(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Another count joined to this one by a conjunction (``兩名法官及兩名副檢察官``, ``two judges and two
    deputy prosecutors``): the two are parts of something."""
    if _JOINED_NUMBER_RE.match(sentence, end):
        return True  # "two judges and two prosecutors", whatever the second noun
    for a, b in others:
        if (a, b) == (start, end):
            continue
        gap = sentence[b:start] if b <= start else sentence[end:a]
        if len(gap.strip()) <= MAX_JOINED_GAP and _JOINED_RE.search(gap):
            return True
    return False


_AND_BEFORE_RE = re.compile(r"\band\s+$", re.IGNORECASE)
_OTHER_RE = re.compile(r"\S+\s+other\b", re.IGNORECASE)


def counts_the_others(sentence: str, start: int, end: int) -> bool:
    """``Jane Roe and three other officials``, ``張三氏のほかに…次の10人``: a count of the others beside
    those named before it, a part of the list, not its count."""
    if JA_BESIDE_RE.search(sentence, 0, start):
        return True
    return bool(_AND_BEFORE_RE.search(sentence[max(0, start - 6) : start])) and bool(
        _OTHER_RE.match(sentence, start, end)
    )


def by_property(sentence: str, start: int, end: int) -> bool:
    """``初入閣は10人``, ``其中10人首度入閣``, ``甲國共有6家``: the items of the list who share a property (or
    a place), a part of it."""
    return bool(
        PROPERTY_TOPIC_BEFORE_RE.search(sentence, 0, start)
        or PROPERTY_AFTER_RE.match(sentence, end)
        or place_topic_before(sentence, start)
    )
