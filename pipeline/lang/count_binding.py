"""Whether a count found by a list counts that list: a miscount a name or two short, the whole the list
is drawn from, a part of the list picked by a topic, a running total over those added, and the counts a
lead-in states of the list below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.count_lines import bare_lead_in_count, top_count
from pipeline.lang.counts import Count, find_counts
from pipeline.lang.leads import MAIN_ONES_RE, RANKED_PART_RE, SELECTION_RE
from pipeline.lang.not_counts import NOT_A_COUNT_AFTER, NOT_A_COUNT_AFTER_RE
from pipeline.lang.part_cues import DRAWN_FROM_AFTER_RE, PART_OF_RE, WHOLE_AFTER_RE, WHOLE_SCOPE_BEFORE_RE
from pipeline.lang.scripts import fold_pattern
from pipeline.lang.superlatives import superlative_count

# the share of a stated count that names nearly all it counts (5 of 6, 16 of 20), at least: a list a few
# short of its count, where fewer are a part drawn from the whole (6 of 14)
NEARLY_ALL = 0.8
# a stated count this many from the items named under it, at most, is a miscount of them (three names
# "の4カ国"), not a count of something else: the list is read, its count checked
MISCOUNT = 2


def miscounted_at_most(named: int, stated: int) -> bool:
    """``named`` items under a count of ``stated`` are that list, counted right or a miscount apart: as
    many, ``MISCOUNT`` apart at most, or nearly all of it (``NEARLY_ALL``) either way."""
    return abs(named - stated) <= MISCOUNT or NEARLY_ALL * max(named, stated) <= min(named, stated)


# where a lead-in's sentences part: an English full stop (after a lowercase letter, a digit or a closing
# bracket) before a capital, or 。！？
SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z\d%)][.!?])\s+(?=[\"“‘']?[A-Z])|(?<=[。！？])")
# "Of the 69 partners, these five …:", "out of 32 members": the count after these words is the whole the
# list is drawn from
_WHOLE_BEFORE_RE = re.compile(
    r"\b(?:(?:of|among)\s+(?:all\s+)?the|(?:of|among)\s+all|out\s+of(?:\s+the)?)\s*$", re.IGNORECASE
)
WHOLE_AFTER_CHARS = 40  # characters after a count read for the whole a part is taken from


def drawn_from(text: str, count: Count, counts: Sequence[Count]) -> bool:
    """``count`` (one of ``counts``, those of ``text``) is the whole a smaller count after it is taken
    from: ``全部32個成員中，以下12國``, ``2781人のうち上位10人``, ``of the 32 members, these 12``. Not a
    count the later ones break down whole (``19國中，12國全面禁止、7國部分限制``: the list and its groups)."""
    later = [x.value for x in counts if x.start >= count.end and x.value < count.value]
    if not later or sum(later) >= count.value:
        return False
    after = text[count.end : count.end + WHOLE_AFTER_CHARS]
    return bool(DRAWN_FROM_AFTER_RE.match(after) or _WHOLE_BEFORE_RE.search(text, 0, count.start))


def without_wholes(text: str, counts: Sequence[Count]) -> list[Count]:
    """``counts`` (those of ``text``) but the wholes a later count is taken from (``drawn_from``)."""
    return [c for c in counts if not drawn_from(text, c, counts)]


def last_sentence(text: str) -> str:
    """The last sentence of a paragraph (``SENTENCE_BREAK_RE``): a lead-in ending a paragraph that
    opens with a dateline and its news (``Aland, May 1 — … . These are the ten:``)."""
    breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(text.rstrip()) if m.end() < len(text.rstrip())]
    return text[breaks[-1] :] if breaks else text


# just before a count: a topic that names a part of the list, not the list ("初入閣は13人", "女性は2人",
# "其中新任13人"): the newcomers, the women, those kept on are some of the items, never all of them
PART_TOPIC_BEFORE_RE = re.compile(
    fold_pattern(r"(?:初入閣|再入閣|留任|再任|新任|女性|新人|新面孔|首次入閣)(?:者)?(?:は|が|有|為|共)?\s*$")
)
PART_TOPIC_WINDOW = 8  # characters before a count where that topic is read


def lead_in_counts(text: str) -> list[Count]:
    """The counts of a lead-in that count the list it introduces: those of its last sentence, and the
    ranking's size there (``The top 10 rates are:``); where the last sentence has none, those of an
    earlier sentence (``Aland barred 12 countries. They are:``), unless the last one picks a part of them
    by rank, as the main ones or as examples (``Aland set rates for 69 partners. These face the
    steepest:``, ``主な国は次の通り``). A count after ``of the`` is the whole the list is drawn from
    (``Of the 69 partners, these five …:``), as is one a later count is taken from (``全部32個成員中，
    以下12國``: ``drawn_from``). Earlier sentences with counts of several values state none."""
    breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(text.rstrip()) if m.end() < len(text.rstrip())]
    last = breaks[-1] if breaks else 0
    part = (
        RANKED_PART_RE.search(text, last)
        or MAIN_ONES_RE.search(text, last)
        or SELECTION_RE.search(text, last)
    )
    start = last if part is not None else 0
    counts = [
        c
        for c in without_wholes(text, find_counts(text))
        if c.start >= start
        and not _WHOLE_BEFORE_RE.search(text, 0, c.start)
        and not PART_TOPIC_BEFORE_RE.search(text, max(0, c.start - PART_TOPIC_WINDOW), c.start)
        and not NOT_A_COUNT_AFTER_RE.match(text[c.end : c.end + NOT_A_COUNT_AFTER])
    ]
    own = [c for c in counts if c.start >= last]
    if own:
        # the last sentence counts what it introduces (``甲國提名三名候選人。以下是十名閣員：``): an
        # earlier sentence's count is of something else
        counts = own
    elif len({c.value for c in counts}) > 1:
        # earlier sentences that count several things (``720名議員分屬8個黨團，另有33名議員…。各黨團席次
        # 如下：``: the members, the groups, the rest) do not tell which of them the list is
        counts = []
    if not counts and (top := top_count(text[last:])) is not None:
        counts = [Count(top.value, top.counter, last + top.start, last + top.end)]
    if not counts and (top := superlative_count(text[last:])) is not None:  # "the 10 richest:"
        counts = [Count(top.value, top.counter, last + top.start, last + top.end)]
    if not counts and (bare := bare_lead_in_count(text[last:])) is not None:  # "The nine are:"
        counts = [Count(bare.value, bare.counter, last + bare.start, last + bare.end)]
    return counts


def part_of_a_larger(text: str, value: int) -> bool:
    """``value`` is counted in ``text`` as a part of a larger count made before it
    (``制裁40家公司，其中包括12家甲國企業``, ``40 companies, including 12 Aland firms``)."""
    counts = find_counts(text)
    return any(
        c.value == value
        and PART_OF_RE.search(text[max(0, c.start - 12) : c.start]) is not None
        and any(x.start < c.start and x.value > value for x in counts)
        for c in counts
    )


# where a count's clause opens, for the words before it that say what it counts
_CLAUSE_BREAK_RE = re.compile(r"[，,；;：:。！？!?\n]|\.\s")


def counts_a_whole(text: str, count: Count) -> bool:
    """The words of ``count``'s clause in ``text`` say it counts a whole set: a scope or total word
    before it (``今年全球共有2781人``, ``全部32個成員``, ``out of 2,781``), or, after it and its noun, the
    whole a part is taken from (``32個成員中，以下12國``, ``2781人のうち``, ``in all``). Such words count
    a list too (``共有12國``): callers read them only for a count larger than any list."""
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, 0, count.start)]
    before = text[breaks[-1] if breaks else 0 : count.start]
    if WHOLE_SCOPE_BEFORE_RE.search(before):
        return True
    return WHOLE_AFTER_RE.search(text[count.end : count.end + WHOLE_AFTER_CHARS]) is not None


# right before a count: a running total the list grows to (``增至9國``, ``9カ国に`` aside, ``rising to 9``)
RUNNING_TOTAL_BEFORE_RE = re.compile(
    fold_pattern(r"(?:增至|增加到|增加至|增為|升至|擴大至|擴大到|擴至|達到)\s*$")
    + r"|\b(?:rises|rose|rising|risen|grows|grew|growing|grown|brings?|bringing)\s+(?:the\s+\w+\s+)?to\s*$",
    re.IGNORECASE,
)
# after it: words that say the list holds those added (``新增國家如下：``, ``The additions:``, ``新たに``)
ADDITIONS_AFTER_RE = re.compile(
    fold_pattern(r"新增|增列|加列|新加入|新納入")
    + r"|新たに|追加"
    + r"|\b(?:additions?|added|newly|new\s+(?:ones|members|entries|countries|names))\b",
    re.IGNORECASE,
)
RUNNING_BEFORE_CHARS = 14  # characters before a count where its running-total words are read


def running_total_over_additions(text: str, value: int) -> bool:
    """``value`` is counted in ``text`` as a running total (``免簽國家增至9國``, ``rising to 9 countries``)
    and the words after it say the list holds the additions (``新增國家如下：``, ``The additions:``): the
    whole the list grew to, not the count of the names listed. A running total over the whole list
    (``增至6國，名單如下：``) counts it."""
    for c in find_counts(text):
        before = text[max(0, c.start - RUNNING_BEFORE_CHARS) : c.start]
        if (
            c.value == value
            and RUNNING_TOTAL_BEFORE_RE.search(before)
            and ADDITIONS_AFTER_RE.search(text, c.end)
        ):
            return True
    return False
