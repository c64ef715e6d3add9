"""Counts with a counter word, in any of the project's languages: ``12國``, ``十二个``, ``(7)``,
``共計31個``, ``12カ国``, ``19 countries``, ``eleven people``.

A count describes the list (or a group) it is written next to; ``find_counts`` returns every count in
a text with its span and counter, and callers decide what it binds to (``lang.count_binding``). The
counter words are ``lang.counter_words``'; what makes a number no count, ``lang.not_counts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.counter_words import (
    _JA,
    _PEOPLE_BY_PLACE,
    _ZH,
    _ZH_NOUNS,
    EN_COUNTERS,
    MEMBER_COUNTERS,
    PEOPLE_COUNTERS,
)
from pipeline.lang.demonyms import DEMONYM_PLURAL
from pipeline.lang.headcounts import HEADCOUNT_HINT_RE, quantity_spans
from pipeline.lang.not_counts import (
    _KANA_AFTER_RE,
    ACRONYM_OF_COUNT_RE,
    DIGIT_PLACES_AFTER_RE,
    NAMED_BY_COUNT_RE,
    NAMING_WORD_BEFORE_RE,
    ORDINAL_PREFIX,
    PAGE_TALLY_BEFORE_RE,
    RANK_RE,
)
from pipeline.lang.numbers import CN_NUM, DIGITS, EN_WORD_NUMBER, parse_count, parse_int
from pipeline.lang.rank_cues import RANK_CUTOFF_BEFORE_RE
from pipeline.lang.scripts import fold_pattern, simplified

COUNT_RE = re.compile(
    rf"(?P<n>{DIGITS}|{CN_NUM})\s*(?P<c>{_JA}|{_ZH})"
    rf"|\b(?P<en>{DIGITS}|{EN_WORD_NUMBER})\s+"
    # a part of something ("nine of his department heads")
    # words before the noun, the first maybe opening a quotation ('seven "safe countries of origin"')
    rf"(?:of\s+(?:his|her|its|their|the)\s+)?(?:[\"“‘']?[A-Za-z\-]+\s+){{0,2}}?"
    # a proper name may stand between the number and its noun ("four International Criminal Court judges")
    rf"(?:(?-i:[A-Z])[\w.\-+]*\s+){{0,4}}?"
    # people counted by where they are from ("six Bordurians": a demonym's plural)
    rf"(?P<ec>{'|'.join(EN_COUNTERS)}|{DEMONYM_PLURAL})\b"
    # a headline counts people without a classifier ("4官員", "四法官")
    rf"|(?P<hn>{DIGITS}|{CN_NUM})(?P<hc>{_ZH_NOUNS})",
    re.IGNORECASE,
)
# what makes a number in parentheses a date, a time or a share, not a count: "周一（7日）", "(3%)"
_NOT_A_DATE = fold_pattern(r"(?![日月年時點分秒號%％歲岁歳])")  # nor an age: "（58歲）"
# "(12)" or "（共12個）" right after a label: a count in parentheses (of seats: "（總席次113席）")
PAREN_COUNT_RE = re.compile(
    fold_pattern(r"[（(]\s*(?:共\s*計?\s*|總\s*計\s*|總\s*(?:席次|席位|議席)\s*)?")
    + rf"(?P<n>{DIGITS}|{CN_NUM})\s*(?:(?P<c>{_JA}|{_ZH})|(?P<ec>{'|'.join(EN_COUNTERS)}))?"
    + _NOT_A_DATE
    + r"[^（()）\d]{0,6}[）)]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    counter: str  # the counter word as printed ("國", "countries", "" for a bare "(12)")
    start: int
    end: int


def _value(m: re.Match[str]) -> tuple[int | None, str]:
    if m.groupdict().get("en"):
        return parse_count(m.group("en")), m.group("ec")
    if m.groupdict().get("hn"):
        return parse_int(m.group("hn")), m.group("hc")
    if m.groupdict().get("tn"):
        return parse_int(m.group("tn")), m.group("tc")
    if m.groupdict().get("tn_en"):
        return parse_count(m.group("tn_en")), ""
    return parse_int(m.group("n")), (m.group("c") or m.groupdict().get("ec") or "")


# a cut-off by rank counting the list with no counter word, the noun after ``的`` or ``大``
# ("排名前五的經濟體", "前十大貿易夥伴"): the count of the top places, the noun its counter
ZH_TOP_NOUNS = "國家 經濟體 國家和地區 地區 城市 企業 公司 大學 品牌 市場 貿易夥伴 夥伴".split()
ZH_TOP_REGIONS = (
    "國(?![際內外營企產貨民]) 省 省市 省份 省區 縣市".split()
)  # after ``大`` alone ("前五大國", "前十大省市"; "前十的省份" is a phrase)
# and in English with no noun after it, before a copula or a colon ("The top five were …", "Top 10:"; not a
# share, "the top 1% of earners", nor a count of what another noun names, "the top 10 spenders")
TOP_N_RE = re.compile(
    rf"(?<=前)(?P<tn>{DIGITS}|{CN_NUM})\s*(?:大|的)\s*"
    + "(?P<tc>"
    + fold_pattern("|".join(sorted(ZH_TOP_NOUNS, key=len, reverse=True)))
    + "|(?<=大)(?:"
    + fold_pattern("|".join(sorted(ZH_TOP_REGIONS, key=len, reverse=True)))
    + ")"
    + ")"
    + rf"|(?<=\btop\s)(?P<tn_en>{DIGITS}|{EN_WORD_NUMBER})\b"
    + r"(?=\s+(?:were|are|was|is|include[sd]?)\b|\s*[:.;]?\s*$|\s*:)",
    re.IGNORECASE,
)
# a part of the people a decision named, counted by what it did to them ("Seven of those sanctioned")
PARTICIPLES = "sanctioned designated named listed targeted banned".split()
PART_OF_THOSE_RE = re.compile(
    rf"\b(?P<en>{DIGITS}|{EN_WORD_NUMBER})\s+of\s+(?:those|the\s+people|the\s+ones)\s+"
    rf"(?P<ec>{'|'.join(PARTICIPLES)})\b",
    re.IGNORECASE,
)
# a count whose noun is left out after another count ("bars 12 countries, restricts seven more", "…from
# seven others")
ELLIPTIC_RE = re.compile(
    rf"\b(?P<en>{DIGITS}|{EN_WORD_NUMBER})\s+(?:more|others)\b(?!\s+[A-Za-z])",
    re.IGNORECASE,
)
# the others an English enumeration leaves unnamed, closing it ("Aland, Borduria and nine other
# countries", "… plus seven others"): the names before it are examples of a larger list
OTHERS_CLOSING_RE = re.compile(
    rf"\s*,?\s*(?:and|plus|as\s+well\s+as)\s+(?:{DIGITS}|{EN_WORD_NUMBER})\s+(?:more|others?)\b",
    re.IGNORECASE,
)
# the Japanese "and others" closing the names before a count of people ("山田太郎ら3人"): the count of a
# group the names only begin, where it is larger than the names printed ("甲と乙ら2人" names them all)
JA_OTHERS_CLOSING_RE = re.compile(r"\s*ら\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*人")
# an English number and the plural noun after it, whatever the noun ("3 billionaires", "the 27 member
# states"): a count only where it introduces or closes a list of as many items (``en_counts_of_any_noun``)
_EN_ANY_NOUN_COUNT_RE = re.compile(
    rf"\b(?P<en>{DIGITS}|(?i:{EN_WORD_NUMBER}))\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?P<ec>[a-z][\w\-]*[a-z]s|people|men|women|children)\b"
)


def en_counts_of_any_noun(text: str) -> list[Count]:
    """Every English number followed by a plural noun in ``text``, in order, whatever the noun: the
    caller keeps one that the structure binds to a list of that many (see ``_EN_ANY_NOUN_COUNT_RE``)."""
    out = []
    for m in _EN_ANY_NOUN_COUNT_RE.finditer(text):
        value = parse_count(m.group("en"))
        if value is not None:
            out.append(Count(value, m.group("ec"), m.start(), m.end()))
    return out


COUNTS_CACHE = 16384  # distinct texts whose counts are kept (lead-ins, headings and pieces of the articles)


def find_counts(text: str) -> list[Count]:
    """Every count with a counter word (or in parentheses after a label) in ``text``, in order; a
    number with ``more`` and no noun after a count takes that count's noun (``12 countries, restricts
    seven more``)."""
    return list(
        _counts_in(text)
    )  # the readers ask again about the same line, and outlets print the same lines


@lru_cache(maxsize=COUNTS_CACHE)
def _counts_in(text: str) -> tuple[Count, ...]:
    found: dict[int, Count] = {}
    people = quantity_spans(text) if HEADCOUNT_HINT_RE.search(text) else []
    for pattern in (PAREN_COUNT_RE, COUNT_RE, PART_OF_THOSE_RE, TOP_N_RE):
        for m in pattern.finditer(text):
            value, counter = _value(m)
            if value is None or any(c.start <= m.start() < c.end for c in found.values()):
                continue
            if value == 0 and "零" in m.group(0):
                continue  # "零件" (parts) is a word, no count of zero
            if any(a <= m.start() < b for a, b in people):
                continue  # "3687萬人次", "268萬3500人次": a number of people, no count of items
            if text[max(0, m.start() - 3) : m.start()].rstrip().endswith(ORDINAL_PREFIX):
                continue  # "第三類", "第1檔": an ordinal names one of several, it counts nothing
            if m.groupdict().get("en") and NAMING_WORD_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "Level 4 countries": the number names a class
            if counter in ("國", "国") and NAMED_BY_COUNT_RE.match(text, m.end()):
                continue
            if (named := ACRONYM_OF_COUNT_RE.match(text, m.end())) is not None and int(named["n"]) == value:
                continue  # "主要7カ国（G7）": a body its acronym names
            if PAGE_TALLY_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "コメント12件": the page's tally of its readers
            if counter == "位" and any(
                r.start() < m.end() and m.start() < r.end() for r in RANK_RE.finditer(text)
            ):
                continue  # "甲國（22位）": a place in a ranking
            if (
                counter == "位"
                and _KANA_AFTER_RE.match(text, m.end())
                and not RANK_CUTOFF_BEFORE_RE.search(text, 0, m.start())
            ):
                continue  # "10位に終わった": a place in Japanese, no count ("上位5位は": the top five)
            if counter == "位" and DIGIT_PLACES_AFTER_RE.match(text, m.end()):
                continue  # "按兩位小數": the digits a number is rounded to
            found[m.start()] = Count(value, counter or "", m.start(), m.end())
    if found and ("more" in text or "others" in text):
        for m in ELLIPTIC_RE.finditer(text):
            before = [c for c in found.values() if c.end <= m.start() and c.counter]
            value = parse_count(m.group("en"))
            if before and value is not None and m.start() not in found:
                found[m.start()] = Count(value, max(before, key=lambda c: c.end).counter, m.start(), m.end())
    return tuple(found[k] for k in sorted(found))


def counts_people(count: Count) -> bool | None:
    """True for a count of people (``PEOPLE_COUNTERS``), False for a count of what a list names one by
    one otherwise (countries, companies, bodies: a member counter or an English counter), None for a
    count of neither (``3項``, ``12件``, ``citizens``) or with no counter."""
    counter = simplified(count.counter).casefold()
    if counter in PEOPLE_COUNTERS:
        return True
    if counter in _PEOPLE_BY_PLACE or not counter:
        return None
    if counter in EN_COUNTERS or count.counter in MEMBER_COUNTERS:
        return False
    return None


def first_count(text: str) -> Count | None:
    counts = find_counts(text)
    return counts[0] if counts else None


# a Japanese sentence that ends by counting what follows, as a colon would (``対象は以下の5人。``,
# ``次の7人だ。``, ``以下の12カ国・地域。``): the count is the list's below it
COUNTED_LEAD_END_RE = re.compile(
    rf"(?:以下|次|下記)の\s*(?:{DIGITS}|{CN_NUM})\s*(?:{_JA})(?:・(?:地域|団体|機関|個人))?"
    r"(?:だ|です|である|となる|となった)?[。.]?\s*$"
)


# a Japanese topic, then its count, stating a tally in a clause ("初入閣は13人", "女性閣僚は2人"): the words
# before は say what is counted, no name of a list
JA_TOPIC_COUNT_RE = re.compile(rf"は\s*(?:{DIGITS}|{CN_NUM})\s*(?:{_JA}|{_ZH})")
