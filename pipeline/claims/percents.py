"""Percentages an article gives for a part of its list in prose, after the part's count: ``在這12國中，有7國
位於非洲，佔58%``, ``seven of the 12, or 58%, are in Africa``, ``７か国で、全体の58％を占める``.

Each becomes a percentage claim of that count over the list's total (``pipeline.checks`` holds it to
count ÷ total, rounded as stated). Only a percentage right after a word that makes it a share (佔, or,
representing, accounting for) is read, and only with a count of fewer items than the list holds before
it in the same sentence: ``關稅提高到25%`` or ``佔全球人口的3%`` are no shares of the list, nor is a
percentage in parentheses after a count (``其餘3國（10%）`` is their rate).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.lang.counts import find_counts
from pipeline.lang.numbers import EN_NUMBER_WORDS, EN_TENS, english_number
from pipeline.lang.scripts import fold_pattern

# the word that makes a percentage a share of what was counted before it, then the percentage
_SHARE_PERCENT_RE = re.compile(
    r"(?:"
    + fold_pattern(r"[，,、]?\s*(?:約|大約)?(?:佔|占)(?:了|比)?(?:總數|全部|整體|其中)?(?:的)?\s*(?:約|逾)?")
    + r"|[，,、]?\s*全体の|[,(（]\s*(?:or|representing|accounting for|making up)\s+(?:about\s+|some\s+)?"
    + r")(?P<pct>\d+(?:\.\d+)?)\s*(?:%|％|\s?per\s?cent|\s?percent)"
)
MAX_GAP = 24  # characters between a part's count and its percentage
_EN_NUMBER = r"\d+|" + "|".join(sorted([*EN_NUMBER_WORDS, *EN_TENS], key=len, reverse=True))
# "seven of the 12": a part of the counted whole, its number first
_EN_PART_OF_RE = re.compile(rf"\b(?P<n>{_EN_NUMBER})\s+of\s+(?:the|those|these)\s+(?:{_EN_NUMBER})\b", re.I)


def _part_counts(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the counts of a sentence that may be a part's: counts with a counter word,
    and the part of an English partitive ("seven of the 12")."""
    out = [(c.start, c.end, c.value) for c in find_counts(sentence) if c.counter]
    for m in _EN_PART_OF_RE.finditer(sentence):
        value = int(m.group("n")) if m.group("n").isdigit() else english_number(m.group("n"))
        if value is not None:
            out.append((m.start(), m.end(), value))
    return sorted(out)


def share_percents(sentence: str, total: int | None) -> Iterator[tuple[int, int, float, int]]:
    """(start, end, percent, count) of each percentage of ``sentence`` that gives the share of a count of
    fewer than ``total`` items printed shortly before it; nothing without a total."""
    if not total:
        return
    counts: list[tuple[int, int, int]] | None = None  # read at the first share (most sentences hold none)
    for m in _SHARE_PERCENT_RE.finditer(sentence):
        if counts is None:
            counts = _part_counts(sentence)
        # the nearest count of fewer items than the list ("seven of the 12": the 12 is the list's)
        before = [c for c in counts if c[1] <= m.start() and m.start() - c[1] <= MAX_GAP and 0 < c[2] < total]
        if before:
            yield before[-1][0], m.end(), float(m.group("pct")), before[-1][2]


def percents_in(
    text: str, spans: Sequence[tuple[int, int]], total: int | None
) -> list[tuple[int, int, float, int]]:
    """``share_percents`` over the sentences ``spans`` of ``text``, offsets in ``text``."""
    out: list[tuple[int, int, float, int]] = []
    for lo, hi in spans:
        out.extend((lo + a, lo + b, pct, n) for a, b, pct, n in share_percents(text[lo:hi], total))
    return out
