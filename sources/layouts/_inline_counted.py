"""Enumerations a count above them makes a list: ``甲國宣布制裁5名乙國議員。`` then
``被制裁的議員是張三、李四、王五、趙六和孫七。``.

A run of Chinese or Japanese names set in a sentence with no cue of its own (``是``, ``為``; no
``包括``, no count after it) is no list by itself: prose names topics that way too. It is the
article's list when its lead-in ends as one that introduces the list (a copula, a cue, the
decision's verb: ``RUN_LEAD_END_RE``; not ``此舉獲得…支持``) and a count written before it, in its
own paragraph or the two above it, counts things a list names one by one (``名``, ``國``, ``家``,
``カ国``; not ``項``), is the only such count of its sentence, and numbers exactly the run's items
or is named again by the run's lead-in (``5名議員`` … ``被制裁的議員是``: a number that then
differs is the outlet's error to report), with no list the article already prints between them.
Two such runs in a row (people, then bodies) are lists together when one count numbers both
(``5個人員與實體``) or two counts of one sentence number each in turn (``3名人員和2個實體``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.counted_nouns import names_counted
from pipeline.lang.counter_words import MEMBER_COUNTERS
from pipeline.lang.counts import Count, find_counts
from pipeline.lang.leads import MAIN_ONES_RE, RANKED_PART_RE, RUN_LEAD_END_RE, SELECTION_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_clause_spans import clause_spans
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration, item_spans

PARAGRAPHS_ABOVE = 2  # paragraphs above a run's own where a count of it may be written
RUN_GAP = 80  # characters between two runs counted together, at most


def _paragraph_start(text: str, at: int, above: int) -> int:
    """Where the paragraph ``above`` paragraphs over the one holding ``at`` starts (blank lines skipped)."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(above):
        prev = text[:start].rstrip("\n")
        if not prev.strip():
            break
        start = prev.rfind("\n") + 1
    return start


def _member_counts(text: str, lo: int, hi: int) -> list[Count]:
    """Counts of named members in ``text[lo:hi]``, with offsets in ``text``; none in a passage that says
    it names examples, the main ones or some picked by rank."""
    passage = text[lo:hi]
    if any(cue.search(passage) for cue in (SELECTION_RE, MAIN_ONES_RE, RANKED_PART_RE)):
        return []
    return [
        replace(c, start=lo + c.start, end=lo + c.end)
        for c in find_counts(passage)
        if c.counter in MEMBER_COUNTERS
    ]


def _parted_by_commas(text: str, run: Enumeration) -> bool:
    """Chinese or Japanese names parted by enumeration commas (``、``) on one line: not the words of one
    name a ``・`` parts (``ジェーン・ロー``), nor lines of a list."""
    gaps = [text[a:b] for (_, a), (b, _) in zip(run.spans, run.spans[1:], strict=False)]
    return (
        is_east_asian(text[run.start : run.end])
        and "、" in "".join(gaps)
        and not any("・" in g or "\n" in g for g in gaps)
    )


MIN_PAIR = 2  # names of a run that only its count makes one: two (more are candidates of their own)


def _pair_after(text: str, end: int) -> Enumeration | None:
    """The two names of the clause after ``end`` (within ``RUN_GAP``), introduced as a list is, or None."""
    for a, b in clause_spans(text, end, min(len(text), end + RUN_GAP)):
        if not text[a:b].strip(WHITESPACE + "。，,"):
            continue
        spans = item_spans(text, a, b, True)
        if spans is None or len(spans) != MIN_PAIR or not RUN_LEAD_END_RE.search(text, a, spans[0][0]):
            return None
        context = RUN_LEAD_END_RE.sub("", text[a : spans[0][0]]).strip(WHITESPACE + "，,")
        return Enumeration(tuple(spans), a, spans[-1][1], None, "", (0, 0), False, context=context)
    return None


def _same_sentence(text: str, one: Count, other: Count) -> bool:
    lo, hi = sorted((one.end, other.start))
    return not any(stop in text[lo:hi] for stop in ("\n", "。", "！", "？", ". "))


def counted_before(
    text: str, rejected: Sequence[Enumeration], kept: Sequence[Enumeration]
) -> list[Enumeration]:
    """The runs of ``rejected`` (candidates no cue made a list) that a count above them makes lists, the
    count bound where it numbers one run alone. ``kept``: the lists the article prints already."""
    runs = sorted(
        (
            e
            for e in rejected
            if len(e.spans) >= 2
            and not e.label
            and _parted_by_commas(text, e)
            and RUN_LEAD_END_RE.search(text, e.lead_start, e.start)
        ),
        key=lambda e: e.start,
    )
    out: dict[int, Enumeration] = {}
    for i, run in enumerate(runs):
        lo = _paragraph_start(text, run.lead_start, PARAGRAPHS_ABOVE)
        lo = max([lo, *(k.end for k in kept if lo <= k.end <= run.lead_start)])
        counts = _member_counts(text, lo, run.lead_start)
        if not counts:
            continue
        n = len(run.spans)
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if nxt is not None and nxt.lead_start - run.end > RUN_GAP:
            nxt = None
        last = counts[-1]
        alone = [c for c in counts if _same_sentence(text, c, last)]
        if nxt is None and len(alone) >= 2 and alone[-2].value == n and last.value == MIN_PAIR:
            nxt = _pair_after(text, run.end)  # "3名人員和2個實體" … "被制裁實體為甲、乙。": two names
        if nxt is not None and last.value == n + len(nxt.spans):  # "5個人員與實體": both runs
            out[run.start], out[nxt.start] = run, nxt
        elif nxt is not None and len(alone) >= 2 and (alone[-2].value, last.value) == (n, len(nxt.spans)):
            first = alone[-2]  # "3名人員和2個實體": each run its own count, in turn
            out[run.start] = replace(run, stated=first.value, count_span=(first.start, first.end))
            out[nxt.start] = replace(nxt, stated=last.value, count_span=(last.start, last.end))
        elif len(alone) == 1 and (
            last.value == n or names_counted(text[run.lead_start : run.start], text, last)
        ):
            # the count's sentence counts nothing else; its number is the run's, or the run's lead-in names
            # what it counts again ("5名議員" … "被制裁的議員是"): then a number that differs is the outlet's
            out[run.start] = replace(run, stated=last.value, count_span=(last.start, last.end))
    return [out[k] for k in sorted(out)]
