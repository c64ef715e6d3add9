"""A count that says it is all of a list's kind: ``All 5 allies``, ``all the 12 countries``,
``全部5個盟國``, ``所有12國``, ``全5カ国``. It states how many the list holds as plainly as a total word does,
wherever in the article it stands; a count of people (``all 4 officials``, ``閣僚全4人``: the list's
kind is not known here, ``counts_all_people`` tells it for the binder, which knows it), of a qualified
noun (``all 27 EU members``, ``全部27個歐盟成員國``), hedged (``nearly all 60``) or of the whole a list is
drawn from (``全部32個成員中，以下12國``, ``of all 32 members``) says nothing of the list.
"""

from __future__ import annotations

import re

from pipeline.lang.counter_words import ZH_CLASSIFIERS
from pipeline.lang.counts import Count, counts_people
from pipeline.lang.part_cues import DRAWN_FROM_AFTER_RE
from pipeline.lang.scripts import fold_pattern

# right before the count: "all", "全部", "所有", "全" (not the end of a word: ``安全``, ``完全``)
ALL_OF_BEFORE_RE = re.compile(
    fold_pattern(r"(?:全部|所有|全體|(?<![安完健齊周保])全)\s*$") + r"|\ball\s+(?:(?:of\s+)?the\s+)?$",
    re.IGNORECASE,
)
ALL_OF_BEFORE_CHARS = 12
# the whole a part is then drawn from, the words before it (``of all 32 members, these 12``)
_DRAWN_FROM_BEFORE_RE = re.compile(r"\b(?:of|among|from)\s+all\s+(?:the\s+)?$", re.IGNORECASE)
# after a Chinese classifier: nouns of the members a list of countries or bodies holds, beside the plain
# ones (``國家``): ``5個盟國``, ``5個成員國``
ZH_MEMBER_NOUN_RE = re.compile(fold_pattern(r"盟國|盟邦|成員國|會員國|成員"))


def says_all_of(text: str, at: int) -> bool:
    """The words right before ``at`` (where a count starts) in ``text`` say all of a kind."""
    return ALL_OF_BEFORE_RE.search(text[max(0, at - ALL_OF_BEFORE_CHARS) : at]) is not None


def counts_all_of(sentence: str, count: Count, *, qualified: bool) -> bool:
    """Whether ``count`` (of ``sentence``) says it is all of its kind (see the module): words of all
    right before it, a counter of things a list names one by one (of people, the list's kind is not
    known here: ``全5人`` may count the ministers of a list of countries), and a noun with no words of
    its own (``qualified``), or a noun of members after a Chinese classifier."""
    if not says_all_of(sentence, count.start) or counts_people(count) is not False:
        return False
    before = sentence[max(0, count.start - ALL_OF_BEFORE_CHARS) : count.start]
    if _DRAWN_FROM_BEFORE_RE.search(before) or _drawn_from_after(sentence, count):
        return False  # "全部32個成員中，以下12國": the whole the list is drawn from, no count of it
    if not qualified:
        return True
    return count.counter in ZH_CLASSIFIERS and ZH_MEMBER_NOUN_RE.match(sentence, count.end) is not None


def _drawn_from_after(sentence: str, count: Count) -> bool:
    """After the count and its noun, the words of the whole a part is taken from (``32個成員中，以下``)."""
    return DRAWN_FROM_AFTER_RE.search(sentence[count.end :]) is not None


def counts_all_people(sentence: str, count: Count) -> bool:
    """Whether ``count`` (of ``sentence``) says it is all of the people it counts (``All 5 officials``,
    ``全部5名官員``, ``閣僚全5人``), not of the whole a part is drawn from: the list's count where the list
    is of people (its reader knows the list's kind, ``claims.all_people``)."""
    if not says_all_of(sentence, count.start) or counts_people(count) is not True:
        return False
    before = sentence[max(0, count.start - ALL_OF_BEFORE_CHARS) : count.start]
    return not (_DRAWN_FROM_BEFORE_RE.search(before) or _drawn_from_after(sentence, count))
