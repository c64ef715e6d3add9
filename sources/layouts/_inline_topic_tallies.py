"""A Japanese sentence of tallies parted by ``、`` (``初入閣は13人、女性閣僚は2人となった``): each piece a
topic and its count, no item of a list (the last count no closing count of the others). Used by the
inline layout's acceptance (``_inline_accepting.is_accepted``)."""

from __future__ import annotations

from pipeline.lang.counts import JA_TOPIC_COUNT_RE
from sources.layouts._inline_pieces import Enumeration

MIN_TALLIES = 2  # pieces stating a topic's count that make the run a sentence of tallies


def topic_tallies(text: str, enum: Enumeration) -> bool:
    """At least ``MIN_TALLIES`` of ``enum``'s items are a topic's count, or hold one, or stand before
    one: the topic, は, then the count, around or inside the item."""
    tallied = sum(
        JA_TOPIC_COUNT_RE.search(text, max(0, s - 1), e) is not None
        or JA_TOPIC_COUNT_RE.match(text, e) is not None
        for s, e in enum.spans
    )
    return tallied >= MIN_TALLIES
