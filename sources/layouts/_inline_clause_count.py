"""A count in the clause right before an enumeration that opens a clause of its own:
``庚國公布對甲國等五國稅率，甲國20%、乙國25%…``, ``庚国は甲国など5カ国の税率を発表。甲国20%、…``,
``The ministry set rates for three countries, Aland 20%, Borduria 25% and Carpania 30%``.

No colon or cue word ties that count to the list, so it is bound only on evidence that it counts the
list's items: the clause (before a comma, or the sentence before in the same paragraph) states one count
of named members, with no word making it approximate or a part (``約``, ``among them``), only a few
words after it (the counted noun, ``稅率``, ``の税率を発表``), and either it numbers the items exactly or
the clause names one of them as the example of what it counts (``甲國等五國``, ``甲国など5カ国``): then a
number that differs is the outlet's own to report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.counts import Count, find_counts
from pipeline.lang.leads import MAIN_ONES_RE, PARTITIVE_RE, RANKED_PART_RE, SELECTION_RE
from pipeline.lang.not_counts import NAMED_BY_COUNT_RE, NOT_A_COUNT_AFTER_RE, NOT_A_COUNT_BEFORE_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_pieces import Enumeration

MAX_TAIL = 8  # characters after the count to the clause's end: the counted noun and a few words
MAX_TAIL_WORDS = 3  # in English, words after the count's noun
MAX_CLAUSE = 60  # characters of the clause before the enumeration searched for its count
BEFORE_COUNT = 12  # characters before a count searched for a word that makes it approximate
EXAMPLE_MARKS = ("等", "など", "等等")
_PAUSES = "，,"
_STOPS = "。.！？!?"


def _clause_before(text: str, enum: Enumeration) -> tuple[int, int] | None:
    """The span of the clause right before the enumeration, up to the comma or full stop before its
    first item (its own lead-in, or the pieces' lead-in, or the sentence before it), in its paragraph."""
    if text[enum.lead_start : enum.start].strip(WHITESPACE + "，,"):
        lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE)
        if not lead.endswith(("，", ",")):
            return None
    end = len(text[: enum.start].rstrip(WHITESPACE))
    if end == 0 or text[end - 1] not in _PAUSES + _STOPS or "\n" in text[end : enum.start]:
        return None
    stops = _PAUSES + _STOPS if text[end - 1] in _PAUSES else _STOPS
    lo = max(text.rfind(c, 0, end - 1) for c in stops + "\n") + 1
    return lo, end - 1


def _the_count(clause: str) -> Count | None:
    """The one count of the clause, with only a few words after it, that nothing makes approximate."""
    counts = find_counts(clause)
    if len(counts) != 1:
        return None
    (count,) = counts
    # "甲國等五國": the example named before the count is no selection of the items (the count is whole)
    unmarked = _without_example_mark(clause[: count.start]) + clause[count.start :]
    if any(cue.search(unmarked) for cue in (SELECTION_RE, MAIN_ONES_RE, RANKED_PART_RE, PARTITIVE_RE)):
        return None
    tail = clause[count.end :].strip(WHITESPACE)
    if (
        NOT_A_COUNT_BEFORE_RE.search(clause[max(0, count.start - BEFORE_COUNT) : count.start])
        or NOT_A_COUNT_AFTER_RE.match(clause[count.end :])
        or NAMED_BY_COUNT_RE.match(clause[count.end :])
        or find_values(clause[count.end :])
    ):
        return None
    if tail.isascii():
        return count if len(tail.split()) <= MAX_TAIL_WORDS else None
    return count if len(tail) <= MAX_TAIL else None


def _without_example_mark(before: str) -> str:
    stripped = before.rstrip(WHITESPACE)
    for mark in sorted(EXAMPLE_MARKS, key=len, reverse=True):
        if stripped.endswith(mark):
            return stripped[: -len(mark)]
    return before


def _item_name(text: str, span: tuple[int, int]) -> str:
    """An item as printed up to its first value (``甲國20%`` → ``甲國``)."""
    item = text[span[0] : span[1]]
    values = find_values(item)
    return item[: values[0].start].strip(WHITESPACE + "：:") if values else item.strip(WHITESPACE)


def _names_an_example(text: str, enum: Enumeration, before: str) -> bool:
    """The clause names one of the items as the example of what its count counts (``甲國等五國``)."""
    before = before.rstrip(WHITESPACE)
    return any(
        name and before.endswith(tuple(name + mark for mark in EXAMPLE_MARKS))
        for name in (_item_name(text, s) for s in enum.spans)
    )


def _counted_in_the_clause_before(text: str, enum: Enumeration) -> Enumeration | None:
    """The enumeration with the count of the clause right before it as its stated count, or None."""
    span = _clause_before(text, enum)
    if span is None or span[1] - span[0] > MAX_CLAUSE:
        return None
    clause = text[span[0] : span[1]]
    count = _the_count(clause)
    if count is None:
        return None
    if count.value != len(enum.spans) and not _names_an_example(text, enum, clause[: count.start]):
        return None
    return replace(enum, stated=count.value, count_span=(span[0] + count.start, span[0] + count.end))


_BETWEEN_PIECES_RE = re.compile(r"[\s、，,]*(?:和|及|與|与|と|and)?[\s、，,]*")


def _runs(text: str, enums: Sequence[Enumeration]) -> list[list[int]]:
    """Indices of enumerations in a row that one clause of names and values parts into pieces of one
    name each (``甲國20%，乙國25%，…``), and of every other enumeration alone."""
    runs: list[list[int]] = []
    for i, e in enumerate(enums):
        prev = enums[i - 1] if i else None
        if (
            runs
            and prev is not None
            and len(e.spans) == len(prev.spans) == 1
            and prev.end <= e.start
            and _BETWEEN_PIECES_RE.fullmatch(text, prev.end, e.start)
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


CLOSING_WINDOW = 14  # characters after a run's last value where the count that closes it may stand
_CLOSING_WORD_RE = re.compile(r"\s*(?:等|共|など|の|合計)")


def _closed_by_count(text: str, enums: Sequence[Enumeration], run: list[int]) -> Enumeration | None:
    """The run of one-name pieces (``甲國25%、乙國30%、丙國40%等3國``) as its first piece stating the
    count right after its last value, which numbers them all (or more, not more than twice as many after
    ``等``: a count of many is what they are examples of; after ``等`` or ``など`` they may be examples of
    it); None when no such count closes it."""
    end = enums[run[-1]].end
    window = text[end : end + CLOSING_WINDOW]
    counts = find_counts(window)
    word = _CLOSING_WORD_RE.match(window)
    if (
        len(run) < 2
        or not counts
        or (counts[0].start > 0 and (word is None or word.end() != counts[0].start))
    ):
        return None
    count, n = counts[0], len(run)
    if count.value < n or (word is not None and "等" in word.group(0) and count.value > 2 * n):
        return None
    first = enums[run[0]]
    examples = word is not None and word.group(0).strip() in EXAMPLE_MARKS  # "等5國" after three: examples
    span = (end + count.start, end + count.end)
    return replace(first, stated=count.value, count_span=span, selection=first.selection or examples)


def with_clause_counts(text: str, enums: Sequence[Enumeration]) -> list[Enumeration]:
    """The article's one enumeration (or run of one-name pieces), when it states no count and has no label,
    with the count of the clause right before it, where that clause counts its items (see the module's
    docstring); an article of several is left as it is. A run of one-name pieces that a count closes
    (``…、丙國40%等3國``) states that count, however many runs the article has."""
    out = list(enums)
    runs = _runs(text, enums)
    for run in runs:
        if any(enums[i].stated is not None or enums[i].label for i in run):
            continue
        if (closed := _closed_by_count(text, enums, run)) is not None:
            out[run[0]] = closed
    enums = out
    if len(runs) != 1:
        # a count bound to one run of several would be read as the count of them all (the list is one)
        return out
    for run in runs:
        first = enums[run[0]]
        if any(enums[i].stated is not None or enums[i].label for i in run):
            continue
        whole = replace(first, spans=tuple(s for i in run for s in enums[i].spans))
        counted = _counted_in_the_clause_before(text, whole)
        if counted is not None:
            out[run[0]] = replace(first, stated=counted.stated, count_span=counted.count_span)
    return out
