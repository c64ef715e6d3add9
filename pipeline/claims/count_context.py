"""What the words beside a count say of the list it stands by: a list that gives examples
(``a_selection``), a role every item holds (``_holds``, ``_by_role``), a count introduced by the sentence
above a list's lead-in (``_introduced_below``), the group a count's words or date name (``_worded``,
``_news_group``, ``_names_groups``), counts joined one per group (``_one_per_group``), and a count of
something else (``another_act``, ``names_others``, ``_a_part_of``). Read by ``claims.prose_binding``,
``claims.group_counts`` and ``claims.one_list_counts``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta

from pipeline.claims.dates import article_day, dates_in, time_keys
from pipeline.group_labels import label_words
from pipeline.lang.counted_nouns import names_counted
from pipeline.lang.counts import find_counts
from pipeline.lang.decision_cues import ANOTHER_ACT_RE
from pipeline.lang.group_cues import GROUPS_COUNTED_LINK_RE
from pipeline.lang.leads import MAIN_ONES_RE, PARTITIVE_RE, RANKED_PART_RE, SELECTION_RE
from pipeline.lang.part_cues import PART_OF_RE
from pipeline.lang.scripts import fold_pattern, simplified
from pipeline.models import Article, AttributeKind, Mention
from pipeline.prose_count_nouns import ANY_PERSON
from pipeline.prose_counts import ProseCount

SELECTION_LEAD_CHARS = 40  # how far before its first item a list may say it gives examples


def a_selection(text: str, listed: Sequence[Mention]) -> bool:
    """The list says it gives examples (``including``, ``among them``, ``例如``, ``など``, ``……``): a count
    of the whole list beside it is no count of what it prints."""
    if not listed:
        return False
    first, last = min(m.start for m in listed), max(m.end for m in listed)
    lead = text[max(0, first - SELECTION_LEAD_CHARS) : first].rsplit("\n", 1)[-1]
    closing = text[last : last + 4]
    ellipsis = re.search(r"……|\.\.\.", text[first:last])
    return bool(SELECTION_RE.search(lead) or re.match(r"\s*(?:など|等)", closing) or ellipsis)


_PART_CUES = (PARTITIVE_RE, SELECTION_RE, MAIN_ONES_RE, RANKED_PART_RE)
MAX_LEAD_IN_CHARS = 60  # characters of the lead-in that names a list again after its count
# where a sentence ends: 。！？, or an English full stop before a blank
_SENTENCE_END_RE = re.compile(r"[。！？!?]|\.(?=\s)")


def _introduced_below(text: str, c: ProseCount, first: int) -> bool:
    """A count of the sentence right above a list's lead-in (in the paragraph above it, or the sentence
    before) counts the list when the lead-in names what it counts again and nothing counts or picks a
    part between: ``… freeze the assets of four Aland defence companies.`` then ``The companies are A, B,
    …``; ``…對5家甲國軍工企業採取反制措施。`` then ``被制裁的企業包括：``. Not over ``Among them are …``
    (a part of the whole it counts), nor with another sentence between."""
    if c.end > first:
        return False
    breaks = [m.end() for m in _SENTENCE_END_RE.finditer(text, c.end, first)]
    if len(breaks) != 1:
        return False  # the count is in the lead-in's own sentence, or a sentence stands between them
    lead, between = text[breaks[0] : first], text[c.end : breaks[0]]
    if len(lead.strip()) > MAX_LEAD_IN_CHARS:
        return False
    if find_counts(between + lead) or any(r.search(lead) for r in _PART_CUES):
        return False  # another count, or a part picked of what it counts ("Among the companies are")
    count = next((x for x in find_counts(text[c.start : c.end]) if x.start == 0), None)
    return count is not None and names_counted(lead, text[c.start :], count)


NEWS_DAYS = 3  # a group dated this many days before the article (or its own day) is the article's event


def _by_role(c: ProseCount, listed: Sequence[Mention], selection: bool) -> ProseCount:
    """A count of a role (``制裁4名法官``) in the decision's clause is bound where every listed item has
    that role among its attributes, or where the list is a selection (``sanctions four judges. Among them
    are A and B``): it counts the list, not a part of it."""
    if not c.role or c.strong or not listed:
        return c
    if selection:
        return replace(c, strong=True)
    return replace(c, strong=True) if _holds(c.role, listed) else c


def _holds(role: str, items: Sequence[Mention]) -> bool:
    """Every item has ``role`` among its attributes (``法官`` in ``烏干達籍法官``, ``judge`` in ``a judge
    from Aland``)."""
    if not role or not items:
        return False
    if role == ANY_PERSON:
        # people of any title: a list of people, each described by a post, at least half of them by
        # one the title reader knows (``Director of the Aland Office`` read as a description)
        titled = sum(any(a.kind is AttributeKind.TITLE for a in m.attributes) for m in items)
        return all(m.attributes for m in items) and 2 * titled >= len(items)
    role = simplified(role).casefold()
    return all(any(role in simplified(a.text).casefold() for a in m.attributes) for m in items)


MIN_LABEL_WORDS = 2  # words of a group's label a count's sentence says for it to name that group


def _worded(phrase: str, words: frozenset[str], groups: Mapping[str, int]) -> str | None:
    """The one group whose label shares at least ``MIN_LABEL_WORDS`` words with a sentence that shares no
    word with any other group's label, else None. Shared English words must include one the sentence
    writes in lower case: a proper name ("New Aland") names a place, not what the group's items did."""
    shared = {g: words & label_words(g)[0] for g in groups}
    named = [g for g, w in shared.items() if len(w) >= MIN_LABEL_WORDS]
    if len(named) != 1 or any(w for g, w in shared.items() if g != named[0]):
        return None
    latin = [w for w in shared[named[0]] if w.isascii()]
    if len(latin) == len(shared[named[0]]) and not any(
        re.search(rf"\b{re.escape(w)}\b", phrase) for w in latin
    ):
        return None
    return named[0]


def _news_group(article: Article, groups: Iterable[str]) -> str | None:
    """The one group whose label dates it as the article's own event: its day (``8月20日`` in an article
    of August 21) or its weekday (``Who was sanctioned on Wednesday`` on a Wednesday) is the article's or
    one of the ``NEWS_DAYS`` before it. The others are earlier events the article recalls."""
    day = article_day(article)
    if day is None:
        return None
    recent = [day - timedelta(days=k) for k in range(NEWS_DAYS + 1)]
    isos = {d.isoformat() for d in recent}
    weekdays = {f"d{d.weekday()}" for d in recent}
    hits = []
    for g in groups:
        on = {iso for _, _, iso in dates_in(g, article)}
        keys = {key for _, key in time_keys(g) if key.startswith("d")}
        if on & isos or (keys & weekdays and not on):
            hits.append(g)
    return hits[0] if len(hits) == 1 else None


GROUPS_NAMED_AFTER = 24  # characters after a count where the labels of the groups it counts together stand


def _names_groups(text: str, c: ProseCount, groups: Mapping[str, int]) -> bool:
    """The words right after the count print two or more of the article's group labels (``7個人・団体``,
    ``7 individuals and entities``): it counts them together, no one group."""
    after = _CLAUSE_END_RE.split(text[c.end : c.end + GROUPS_NAMED_AFTER], maxsplit=1)[0]
    words = (text[c.start : c.end] + after).casefold()
    return sum(1 for g in groups if g and g.casefold() in words) >= 2


def groups_before(text: str, c: ProseCount, groups: Mapping[str, int]) -> bool:
    """The count closes an enumeration of two or more of the group labels (``由甲國、乙國及丙國三國合辦``,
    ``甲国、乙国、丙国の３カ国``): it counts the groups named, not the group of the label before it."""
    before = _CLAUSE_END_RE.split(text[max(0, c.start - GROUPS_NAMED_AFTER * 2) : c.start])[-1]
    before = GROUPS_COUNTED_LINK_RE.sub("", before).casefold()
    labels = [g.casefold() for g in groups if g]
    return any(before.endswith(g) for g in labels) and sum(1 for g in labels if g in before) >= 2


_CLAUSE_END_RE = re.compile(r"[\n。；;，,！？!?]|\s\S*[0-9０-９]")


def _one_per_group(values: Sequence[int], order: Sequence[str], sizes: Mapping[str, int]) -> bool:
    """Counts joined in one sentence (``8名甲方官員及4名乙方官員``), as many as the list's groups, read in
    the order the list prints them: each is its group's size, or all but one are and that one's number is
    the size of no group (the groups counted in another order would make it one)."""
    off = [(v, g) for v, g in zip(values, order, strict=True) if v != sizes[g]]
    return not off or (len(off) == 1 and off[0][0] not in sizes.values())


def another_act(text: str, lo: int, start: int, value: int, listed: Sequence[Mention]) -> bool:
    """A count of another value than the list's, at ``start`` in a sentence (from ``lo``) after the list,
    that tells one more act (``同日另將12家實體列入…``, ``It also put 12 entities on…``): it counts what that
    act names, not the list."""
    return (
        bool(listed)
        and value != len(listed)
        and start >= max(m.end for m in listed)
        and bool(ANOTHER_ACT_RE.search(text, lo, start))
    )


MIN_OTHER_NAMES = 3  # names enumerated after a count that make it the count of that enumeration
# the count's noun, then the word that introduces the names it counts (``4個實體則是``, ``4家公司為``)
_NAMED_AFTER_RE = re.compile(
    fold_pattern(r"[^，。；：,;:\d]{0,6}?(?:則是|則為|分別是|分別為|包括|是|為|有|：|:)")
)


def names_others(text: str, start: int, end: int, listed: Sequence[Mention]) -> bool:
    """The words after a count enumerate names none of which is an item of the list (``遭制裁的4個實體則是
    甲委員會、乙基金會和丙中心``, beside a list of people): the count is that enumeration's."""
    if (
        not listed
        or not _NAMED_AFTER_RE.match(text, start, end)
        or text.count("、", start, end) < MIN_OTHER_NAMES - 1
    ):
        return False
    return not any(start <= m.start < end for m in listed)


def _a_part_of(text: str, c: ProseCount, found: Sequence[ProseCount]) -> bool:
    """A weak count set apart as a part of a larger count made before it in the sentence."""
    if c.strong or not PART_OF_RE.search(text[max(0, c.start - 12) : c.start]):
        return False
    return any(x.start < c.start and x.value > c.value for x in found)
