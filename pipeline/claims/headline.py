"""A count in the headline over the article's one list: ``內閣7名主要閣員名單出爐``, ``甲国公布7名主要阁员``,
``Aland names seven key posts`` above seven lines of posts and names, with no count of their own.

Such a count names no decision (``公布``, ``names`` announce, they do not bar or sanction) and its noun has
words of its own (``主要``, ``key``), so the prose reader keeps it only where it agrees with the list. Over
the article's one list it is the list's count when the headline counts nothing else and counts the same
kind of thing as the list names: people (``名``, ``人``, ``ministers``, ``posts``) over a list of people
each with a post; and only where its number is the list's or a little off it (a miscount the checks
judge). A count of things (``8個黨團``, ``涵蓋19國``) stays as the prose reader left it: nothing read
tells that the list holds only what it counts (the groups of a parliament and its members of none).
``Blast leaves 3 dead``, ``2025年``, ``第7屆`` count nothing; ``3 posts stay vacant`` over seven posts
counts a part of something else, and ``18 new ministers`` (``新閣僚7人``) some of the items, those new.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.counter_words import EN_COUNTERS, PEOPLE_COUNTERS
from pipeline.lang.counts import Count, counts_people, find_counts
from pipeline.lang.part_cues import SOME_BY_KIND_RE
from pipeline.lang.scripts import fold_pattern, simplified
from pipeline.models import Article, AttributeKind, Heading, Mention
from pipeline.prose_counts import ProseCount

MISCOUNT_SHARE = 0.2  # a headline count this share of the list's length off (at least one) still counts it
QUALIFIER_CHARS = 4  # characters before and after a count where a word picking some of the items is read


def headline_span(article: Article) -> tuple[int, int] | None:
    """Where the article's title stands in its text, as a whole line (None when the text does not print
    it)."""
    title = article.title.strip()
    at = article.text.find(title) if title else -1
    if at < 0:
        return None
    start = article.text.rfind("\n", 0, at) + 1
    end = article.text.find("\n", at)
    return start, len(article.text) if end < 0 else end


def headline_counts_list(
    text: str, span: tuple[int, int] | None, c: ProseCount, listed: Sequence[Mention], *, people: bool
) -> bool:
    """``c``, a count the prose reader found in the headline (``span`` in ``text``, ``headline_span``),
    counts the article's one list ``listed`` (``people``: every item is a person with a post): see the
    module's docstring."""
    if span is None or not listed or not span[0] <= c.start < span[1]:
        return False
    line = text[span[0] : span[1]]
    counts = [x for x in find_counts(line) if x.counter]
    if len(counts) != 1 or counts[0].start != c.start - span[0]:
        return False  # a headline that counts several things, or this count is no counter word's
    n = len(listed)
    if abs(c.value - n) > max(1, round(MISCOUNT_SHARE * n)):
        return False
    # "18 new ministers", "新閣僚7人": some of the items, picked by what they share
    if SOME_BY_KIND_RE.search(
        line, max(0, counts[0].start - QUALIFIER_CHARS), counts[0].end + QUALIFIER_CHARS
    ):
        return False
    return people and counts_people(counts[0]) is True


# the end of a Chinese or Japanese lead-in that names its list by a noun of things (``新的貿易夥伴如下：``,
# ``免簽國家為：``, ``相手国を次の通り発表した。``)
_CJK_THINGS_END_RE = re.compile(
    fold_pattern(r"(?:國家|國|地區|經濟體|企業|公司|實體|機構|夥伴)(?:名單|清單)?(?:如下|為|是|包括|有)?")
    + r"\s*[：:。]?\s*$"
    + r"|(?:国|国々|地域|企業|社)(?:は|を)(?:次|以下)の(?:通り|とおり)"
)
_ITEM_MARK = "-–—•・*·●○◆◇■□▪>）)．.0123456789０１２３４５６７８９ \t\u3000"


def people_over_things(text: str, start: int, end: int, listed: Sequence[Mention]) -> bool:
    """The count ``text[start:end]`` counts people (``Five officials resign …``, ``…12人``) over a list
    of things: it is of another kind than the items and binds nothing (``listed_things``)."""
    counts = find_counts(text[start:end])
    return bool(counts) and _of_people(text[start:], counts[0]) and listed_things(text, listed)


def heading_of_people_over_things(text: str, heading: Heading, listed: Sequence[Mention]) -> bool:
    """``people_over_things`` for the count a heading states."""
    counts = [c for c in find_counts(heading.label) if c.value == heading.stated]
    return bool(counts) and _of_people(heading.label, counts[0]) and listed_things(text, listed)


# the Chinese counters that count places of a ranking as well as people (``前15名``): people only with a
# noun of people after them (``5名官員``)
_PLACE_OR_PERSON = frozenset("名 位".split())
_ZH_PEOPLE_NOUNS = tuple(w for w in PEOPLE_COUNTERS if len(w) > 1 and not w.isascii())


def _of_people(text: str, count: Count) -> bool:
    """``count`` (of ``text``) counts people: by its counter, or, for ``名`` / ``位``, by the noun after
    it."""
    if simplified(count.counter) in _PLACE_OR_PERSON:
        return simplified(text[count.end : count.end + 6]).startswith(_ZH_PEOPLE_NOUNS)
    return counts_people(count) is True


def listed_things(text: str, listed: Sequence[Mention]) -> bool:
    """The items are things, not people: none has a post, and the list's lead-in (the words before the
    first item on its line, else the line above) names them by nouns that count things, none people
    (``named its new trade partners:``, ``新的貿易夥伴如下：``, ``相手国を次の通り発表した。``)."""
    if not listed or any(a.kind is AttributeKind.TITLE for m in listed for a in m.attributes):
        return False
    first = min(m.start for m in listed)
    line = text.rfind("\n", 0, first) + 1
    lead = text[line:first].strip(_ITEM_MARK)
    if not lead:
        above = [ln for ln in text[:line].split("\n") if ln.strip()]
        lead = above[-1].strip() if above else ""
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", lead) if w.casefold() in EN_COUNTERS]
    if words:  # every noun of them counts things ("partners"), none people ("candidates … members")
        return all(counts_people(Count(0, w, 0, 0)) is False for w in words)
    return _CJK_THINGS_END_RE.search(lead) is not None
