"""What a count counts: the noun after it (or the topic before it, in Japanese), the kind of that noun
(polities as one), and whether a lead-in's own noun is the one counted.
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import SUBJECT_END_ZH_RE
from pipeline.lang.counter_words import ZH_CLASSIFIERS
from pipeline.lang.counts import Count
from pipeline.lang.decision_cues import LIST_WORD_RE
from pipeline.lang.posts import TITLE_WORDS
from pipeline.lang.scripts import fold_pattern, simplified

_JA_COUNTER_HEAD_RE = re.compile("^[かカヵケヶ箇]")
_CJK_NOUN_RE = re.compile(r"(?:的|の)?([\u4e00-\u9fff])")
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]{1,8}")
# a Japanese topic or subject right before a count ("初入閣は10人", "対象が5社")
_JA_TOPIC_BEFORE_RE = re.compile(r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,12})[はが]\s*$")
_TITLE_RE = re.compile("|".join(sorted(TITLE_WORDS, key=len, reverse=True)))


def counted_noun(text: str, count: Count) -> str:
    """What a count of ``text`` counts, folded so that two counts of one thing compare equal: an English
    counter in the singular (``6 nations`` -> ``nation``); else a title its noun ends in (``9名部長``,
    ``9部長`` -> ``部长``; ``7名甲方官員``, ``7名官員`` -> ``官员``), else the first character of the noun,
    in Simplified characters (``6國`` and ``6個國家`` -> ``国``, ``６か国`` -> ``国``); "" when a classifier
    has no noun after it (``金7個、``)."""
    counter = count.counter
    if re.fullmatch(r"[A-Za-z ]+", counter):
        word = counter.split()[-1].casefold()
        return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    counter = _JA_COUNTER_HEAD_RE.sub("", counter)
    if (topic := _JA_TOPIC_BEFORE_RE.search(text, 0, count.start)) is not None:
        # "初入閣は10人": the count says how many the topic holds, what the topic names is counted
        title = _TITLE_RE.search(topic.group(1))
        return simplified(title.group(0) if title else topic.group(1))
    noun = counter if counter and counter not in ZH_CLASSIFIERS else ""
    if not noun:
        m = _CJK_NOUN_RE.match(text, count.end)
        run = _CJK_RUN_RE.match(text, m.start(1)) if m else None
        noun = run.group(0) if run else ""
    title = _TITLE_RE.search(noun)
    return simplified(title.group(0) if title else noun[:1])


# nouns that count the same polities, one list counted under two of them in one article (``letters to 14
# countries`` and ``14 governments had received one``; ``14國`` and ``14個經濟體``)
# (a Chinese count's noun is its first character: ``国`` for 國家, ``经`` for 經濟體)
_POLITY_NOUNS = frozenset("country nation government economy territory jurisdiction 国 经".split())
POLITY = "polity"


def noun_kind(noun: str) -> str:
    """``counted_noun``'s result folded so that nouns counting polities compare equal (``POLITY``)."""
    return POLITY if noun in _POLITY_NOUNS else noun


# the noun a Chinese lead-in names its list by, before its cue word or colon: "被制裁的企業包括：" -> 企業
_ZH_LEAD_NOUN_RE = re.compile(
    fold_pattern(r"([\u4e00-\u9fff]{2})(?:的?名單|清單)?(?:包括|包含|如下|分別為|分別是|為|是|有)?")
    + r"\s*[：:]?\s*$"
)
NOUN_AFTER_COUNT = 8  # characters of the words right after a Chinese count where its noun is read


def names_counted(lead: str, text: str, count: Count) -> bool:
    """The lead-in of a list names again what ``count`` (of ``text``) counts: ``The companies are`` after
    ``four Aland defence companies`` (the counter's last word, singular or plural), ``被制裁的企業包括：``
    after ``5家甲國軍工企業`` (the two characters before its cue word, among those after the count)."""
    if re.fullmatch(r"[A-Za-z ]+", count.counter):
        noun = counted_noun(text, count)
        words = (w.casefold() for w in re.findall(r"[A-Za-z]+", lead))
        return any(noun in (w, w.removesuffix("s"), w[:-3] + "y" if w.endswith("ies") else w) for w in words)
    m = _ZH_LEAD_NOUN_RE.search(re.sub(r"[^\w：:]+$", "", lead))  # without the first item's marker
    if m is None or LIST_WORD_RE.fullmatch(m.group(1)):
        return False  # "名單：" names the list, not what it lists
    run = _CJK_RUN_RE.match(text, count.end)
    after = text[count.start : count.end] + (run.group(0)[:NOUN_AFTER_COUNT] if run else "")
    return simplified(m.group(1)) in simplified(after)


# the noun a classifier count names, as printed, up to where the predicate opens (an adverb, auxiliary or
# passive: "等4個乙盟成員則被甲方徵收19%關稅" -> 乙盟成員) or a particle; a run of words that goes on into
# a verb ("等5個國家實施…") is no noun alone
MAX_NOUN_WORDS = 6
_NOUN_AFTER_COUNT_RE = re.compile(
    rf"(?P<noun>[\u4e00-\u9fff]{{2,{MAX_NOUN_WORDS}}}?)"
    rf"(?:{SUBJECT_END_ZH_RE.pattern}|" + fold_pattern(r"都|均|也|的|共|合計|總計|為|是") + ")"
)


def noun_words_after(text: str, count: Count) -> str:
    """The words of the noun a Chinese classifier count is followed by (``等4個乙盟成員則被…`` ->
    ``乙盟成員``), as printed; "" when the counter is a noun itself (``等4國``), the noun names polities
    (what every item of such a list is), or no short noun ends where the predicate starts."""
    if count.counter not in ZH_CLASSIFIERS:
        return ""
    m = _NOUN_AFTER_COUNT_RE.match(text, count.end)
    if m is None or noun_kind(simplified(m.group("noun")[:1])) == POLITY:
        return ""  # "等3個國家則…": what every item is, no group's own
    return m.group("noun")
