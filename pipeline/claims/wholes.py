"""Totals that count the larger whole a list is drawn from, not the list.

A lead paragraph often counts the population a printed list is taken from: ``今年全球共有2781人`` above the
ten richest, ``全部32個成員中，以下12國`` above twelve, ``台灣方面，共有52人登上榜單`` under them. Bound as
the list's total, such a count accuses a correct list of being short, or of disagreeing with the outlets
that count the list itself. A total counts a larger whole when no list of the run has that many items (so
it is no misprint of a list's count), its article does not say it gives examples of an official list (a
selection's count is that list's), and:

1. it is at least ``LARGER_WHOLE`` times the longest list of the run, and either its clause says it
   counts a whole set (``lang.count_binding.counts_a_whole``: ``全球``, ``共有``, ``全部…中``, ``out of``,
   ``in all``; ``lang.all_of``: ``All 32 allies``, ``全32カ国``) or its article counts its own list
   apart (``前10名``, ``十大``, ``top 10``, ``以下12國``: a total of the list's length); or
2. it is at least ``FAR_LARGER`` times the longest list, whatever its words.

Such totals are no claims about the list; the check of wholes (``checks.wholes``) compares the counts of a
whole across outlets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.claims.count_context import a_selection
from pipeline.claims.kinds import KIND_TOTAL, UNIT_COUNT
from pipeline.lang.all_of import says_all_of
from pipeline.lang.count_binding import counts_a_whole
from pipeline.lang.counts import find_counts
from pipeline.models import Article, Claim, Kind, Mention

LARGER_WHOLE = (
    2  # times the longest list of the run (or the sum of its groups): a total this large may count a whole
)
FAR_LARGER = 10  # times the longest list of the run: a total this large counts a whole, whatever its words


def _worded_as_whole(c: Claim, text: str) -> bool:
    """The claim's quote says its count counts a whole set (the first count of its number there), or the
    words right before it in the article say it is all of its kind (``All 32 allies``, ``NATO全32カ国``)."""
    count = next((x for x in find_counts(c.quote) if x.value == int(c.stated)), None)
    if count is None:
        return False
    return counts_a_whole(c.quote, count) or says_all_of(text, c.start + count.start)


def larger_wholes(
    claims: Sequence[Claim], mentions: Sequence[Mention], articles: Sequence[Article]
) -> set[int]:
    """The indexes in ``claims`` of the totals that count a larger whole than any list (see the module)."""
    lengths = Counter(m.article for m in mentions if m.kind is Kind.LIST)
    longest = max(lengths.values(), default=0)
    if not longest:
        return set()
    by_id = {a.id: a for a in articles}
    listed: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind is Kind.LIST:
            listed.setdefault(m.article, []).append(m)
    counted_apart = {
        c.article for c in claims if c.kind == KIND_TOTAL and int(c.stated) == lengths.get(c.article, -1)
    }

    def selection(article: str) -> bool:
        art = by_id.get(article)
        return art is not None and (art.selection or a_selection(art.text, listed.get(article, ())))

    out: set[int] = set()
    for k, c in enumerate(claims):
        if c.kind != KIND_TOTAL or c.unit != UNIT_COUNT or c.stated < LARGER_WHOLE * longest:
            continue
        if selection(c.article):
            continue  # examples of an official list: the count is that list's
        text = by_id[c.article].text if c.article in by_id else ""
        if c.stated >= FAR_LARGER * longest or c.article in counted_apart or _worded_as_whole(c, text):
            out.add(k)
    return out
