"""Counts with a counter word, in any of the project's languages: ``12國``, ``十二个``, ``(7)``,
``共計31個``, ``12カ国``, ``19 countries``, ``eleven people``.

A count describes the list (or a group) it is written next to; ``find_counts`` returns every count in
a text with its span and counter, and callers decide what it binds to (``binds_to_list``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.decision_cues import LIST_WORD_RE
from pipeline.lang.demonyms import DEMONYM_PLURAL
from pipeline.lang.hedges import HEDGE_AFTER, HEDGE_BEFORE
from pipeline.lang.leads import MAIN_ONES_RE, RANKED_PART_RE, SELECTION_RE
from pipeline.lang.numbers import (
    CN_NUM,
    CN_NUM_CHARS,
    DIGITS,
    EN_WORD_NUMBER,
    parse_count,
    parse_int,
)
from pipeline.lang.part_cues import DRAWN_FROM_AFTER_RE, PART_OF_RE, WHOLE_AFTER_RE, WHOLE_SCOPE_BEFORE_RE
from pipeline.lang.posts import TITLE_WORDS
from pipeline.lang.scripts import fold_pattern, simplified

# counter words after a number (Chinese in Traditional characters: folded to match Simplified too)
ZH_COUNTERS = "個 國 家 項 名 位 人 所 處 條 種 座 筆 檔 隻 支 間 類 款 隊".split()
# counters that count anything: the noun after them says what (``14個國家``, ``15名部長``)
ZH_CLASSIFIERS = frozenset("個个名位家項项所款類类")
# counters of what a list names one by one (countries, people, companies, bodies), not of topics or
# measures (``3項協議，涵蓋甲、乙和丙``: 項 counts agreements, not the topics named after it)
MEMBER_COUNTERS = frozenset(
    "個 个 國 国 家 名 位 人 所 隊 队 カ国 か国 ヶ国 ケ国 ヵ国 箇国 社 団体 機関 チーム".split()
)
JA_COUNTERS = (
    "カ国 か国 ヶ国 ケ国 ヵ国 箇国 カ所 か所 人 名 社 団体 機関 党派 "
    "件 品目 省 チーム の国と地域 の国・地域 の国"
).split()
EN_COUNTERS = (
    "countries nations economies territories states jurisdictions organizations organisations entities "
    "bodies agencies institutions groups items members people persons individuals officials judges "
    "governments companies firms banks vessels ships names products partners departments ministries "
    "producers exporters parties allies "
    "ministers secretaries nominees heads candidates laureates winners recipients teams posts portfolios "
    "lawmakers legislators senators congressmen politicians activists executives leaders citizens nationals"
).split()
# what counts people (``7名閣員``, ``閣僚7人``, ``four officials``; a post is counted as the one who holds
# it: ``seven key posts``), in Simplified characters and English; ``counts_people`` tells a count of people
# from a count of things a list names one by one (``12國``, ``5家``, ``twelve countries``)
PEOPLE_COUNTERS = frozenset(
    "名 位 人 官员 法官 高官 人士 议员 部会首长 部长 首长 people persons individuals officials judges "
    "ministers secretaries nominees heads candidates laureates winners recipients lawmakers legislators "
    "senators congressmen politicians activists executives leaders posts portfolios".split()
)
# counts of people by where they are from (``citizens of``): of neither kind, they bind no list by kind
_PEOPLE_BY_PLACE = frozenset("citizens nationals".split())
# nouns a headline counts with no counter word before them ("美制裁4官員", "四法官")
ZH_HEADLINE_NOUNS = "官員 法官 高官 人士 議員 企業 公司 實體 部會首長 部長 首長".split()
_ZH_NOUNS = fold_pattern("|".join(ZH_HEADLINE_NOUNS))
_ZH = fold_pattern("|".join(sorted(ZH_COUNTERS, key=len, reverse=True)))
_JA = "|".join(sorted(JA_COUNTERS, key=len, reverse=True))
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
# "(12)" or "（共12個）" right after a label: a count in parentheses
PAREN_COUNT_RE = re.compile(
    fold_pattern(r"[（(]\s*(?:共\s*計?\s*|總\s*計\s*)?")
    + rf"(?P<n>{DIGITS}|{CN_NUM})\s*(?:(?P<c>{_JA}|{_ZH})|(?P<ec>{'|'.join(EN_COUNTERS)}))?"
    + _NOT_A_DATE
    + r"[^（()）\d]{0,6}[）)]",
    re.IGNORECASE,
)
# a place in a ranking, alone in brackets after a name or after the ranking's word (``甲國（22位）``,
# ``世界ランキング15位``, ``排名第15位``): no count of people, the item's value; but brackets closing a
# line on its colon count the people of the heading they close (``外國元首（9位）：``)
RANK_RE = re.compile(
    rf"(?:(?<=[（(])\s*|(?:ランキング|ランク|排名|排行)\s*)第?\s*(?P<n>{DIGITS})\s*位"
    r"(?=\s*[）)])(?!\s*[）)]\s*[:：]\s*(?:\n|$))"
    rf"|(?:ランキング|ランク|排名|排行)\s*第?\s*(?P<n_en>{DIGITS})\s*位"
)
# kana right after ``位``: the place of a Japanese sentence (``10位に終わった``, ``3位だった``)
_KANA_AFTER_RE = re.compile(r"[\u3041-\u309f]")
# before a number: an approximation (a hedge of ``lang.hedges``; ``近`` even after ``最``), an ordinal, a
# demonstrative, a per-unit: the number is no count of anything
HEDGED_OR_ORDINAL_BEFORE_RE = re.compile(
    rf"(?:{HEDGE_BEFORE})\s*$|"
    + fold_pattern(r"(?:[第數幾近每這那該此上]|上述)\s*$")
    + r"|(?:第|延べ)\s*$"
    + r"|\b(?:these|those|some|no\.|number|the\s+first|the\s+last|per)\s*$",
    re.IGNORECASE,
)
# ... nor a running total or a bound (``多達``, ``增至``, ``at least``, ``up to``): no count of a list
NOT_A_COUNT_BEFORE_RE = re.compile(
    HEDGED_OR_ORDINAL_BEFORE_RE.pattern
    + "|"
    + fold_pattern(r"(?:多達|增至|增加到|增加至|升至|累計|累積|至少|最多)\s*$")
    + r"|累計\s*$"
    + r"|\b(?:at\s+least|up\s+to|as\s+many\s+as|rises\s+to|rose\s+to"
    r"|brings?\s+(?:the\s+\w+\s+)?to|bringing\s+(?:the\s+\w+\s+)?to)\s*$",
    re.IGNORECASE,
)
# right after the count: an approximation (``10多國``, ``十餘個``, a hedge of ``lang.hedges``), a share
# (``之一``), or seats (``720個議席``: a tally of what the items hold, not of the items)
NOT_A_COUNT_AFTER = 3  # characters after a count where those words are read
NOT_A_COUNT_AFTER_RE = re.compile(
    fold_pattern(r"^\s*(?:多|餘|余|以上|之一|左右|上下|議席|席位)") + rf"|^\s*(?:{HEDGE_AFTER})",
    re.IGNORECASE,
)
# right after a count in 位: the digits a figure is rounded to (``按兩位小數``, ``三位數``), no count of items
DIGIT_PLACES_AFTER_RE = re.compile(fold_pattern(r"\s*(?:小數|有效數字|數字|數)"))
# right after a count of countries: a word that makes the count part of a name or a format, no count
# of items (``兩國方案`` the two-state solution, ``七國集團`` a group of seven, ``三國峰會``, ``二国間``)
NAMED_BY_COUNT_RE = re.compile(
    fold_pattern(r"方案|集團|峰會|會談|會議|關係|聯盟|協議|論") + r"|家解決|家共存|間(?:の|で|協議|関係)"
)
# right after a count: an acronym in brackets that spells its number (``主要7カ国（G7）``, ``Group of
# Twenty (G20)``): the count is the name of a body, not a count of items
ACRONYM_OF_COUNT_RE = re.compile(r"\s*[(（]\s*[A-Z]{1,4}[-‐]?(?P<n>[0-9]{1,3})\s*[)）]")
# just before a count: the page's own tally of its readers (``留言 36``, ``コメント12件``, ``閱讀 1,024``), a
# number the page prints beside its headline, never a count of a list
PAGE_TALLY_BEFORE_RE = re.compile(
    fold_pattern(r"(?:留言|評論|回應|瀏覽|閱讀|點閱|點擊|人氣|分享|按讚)") + r"(?:數|次數)?\s*[:：]?\s*$"
    r"|(?:コメント|閲覧|シェア|いいね)(?:数)?\s*[:：]?\s*$",
)
# just before a number: a word that makes it a name of one rank or class ("Level 4 countries", "Tier 2
# nations", "Category 3 countries"), as an ordinal does: the number names a class, it counts nothing
NAMING_WORD_BEFORE_RE = re.compile(
    r"\b(?:level|tier|category|phase|stage|grade|class|type|zone|article|section|chapter|round)\s*$",
    re.IGNORECASE,
)
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


TOTAL_WORD_RE = re.compile(fold_pattern(r"共\s*計?|總\s*[計共數]|合計|一共|全部|総計|計"), re.IGNORECASE)
# a total word shortly before an amount: the amount is a sum over items (``合共每日約166萬桶``, ``totalling
# about 1.66 million``, ``add up to about 1.66 million``, ``合計で日量約166万``), never one item's own value
SUM_BEFORE_RE = re.compile(
    r"(?:"
    + fold_pattern(r"合共|共計|總計|總共|合計|一共|累計|合わせて|全体で")
    + r"|\btotal(?:l?ing|l?ed)?\b|\ba total of|\bin all\b|\bcombined\b|\badd(?:s|ed|ing)? up to\b)"
    + r"[^。.，,；;、]{0,8}$",
    re.IGNORECASE,
)
# a line under a list that gives its total: "（共計12國）", "共7人", "以上合計5家"
_TOTAL_LINE_RE = re.compile(
    r"^[（(]?(?:以上)?(?:" + TOTAL_WORD_RE.pattern + r")\s*[^\s（）()，,。]{1,8}[）)]?[。.]?$"
)
# "以上3國" (the above: 3 countries) says the same with no total word, the count alone after it
_ABOVE_RE = re.compile(r"^[（(]?以上[、，,：:]?\s*(?P<rest>[^（）()]+?)[）)]?$")


# the same in English: "Total: 12 countries", "(In all, 12)", "12 countries in total."
_EN_TOTAL_LINE_RE = re.compile(
    r"^\(?(?:(?:in\s+)?total|in\s+all|altogether)\s*[:,]?\s*(?:of\s+)?\w+(?:\s+\w+)?\)?\.?$"
    r"|^\(?\w+(?:\s+\w+)?\s+(?:in\s+total|in\s+all|altogether)\)?\.?$",
    re.IGNORECASE,
)


# a dash that opens a line under a list, the tally of its names after it (``— 17 countries``, ``——17國``)
_TALLY_DASH_RE = re.compile(r"^(?:——|[—–－-])\s*")
_TALLY_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{0,3}")


def total_line(text: str) -> int | None:
    """The total a line under a list states (``（共計12國）``, ``以上3國``, ``Total: 12 countries``, ``— 12
    countries``, ``——共12國``), None when the line is no such total. After a dash the line is one count
    with its counter word and nothing else: ``— 193 destinations`` counts no items (no counter),
    ``Aland – 12 countries`` is a name's line."""
    if (dash := _TALLY_DASH_RE.match(text)) is not None:
        rest = text[dash.end() :].rstrip("。.")
        if (word := TOTAL_WORD_RE.match(rest)) is not None:
            rest = rest[word.end() :].lstrip()  # "——共3国"
        return count_line(rest)
    counts = find_counts(text)
    total = _TOTAL_LINE_RE.match(text) or _EN_TOTAL_LINE_RE.match(text)
    if total is None and (above := _ABOVE_RE.match(text)) is not None:
        return count_line(above.group("rest"))
    return counts[0].value if len(counts) == 1 and total else None


def tally_line(text: str) -> int | None:
    """The count a line of a group's tally states, whether it closes the group (``（共3國）``, ``以上3國``,
    ``— 3 countries``) or opens it under its label (``17 countries``, ``17カ国``); None for any other line."""
    s = text.strip()
    found = total_line(s)
    return found if found is not None else count_line(s)


def count_line(text: str) -> int | None:
    """The count a line of one count and nothing else states (``17 countries``, ``17國``, ``17個國家``,
    ``17カ国``): with its counter word, perhaps a polity's noun after its classifier, not ``193個目的地``
    nor a bare ``17``; None for any other line."""
    rest = text.strip().rstrip("。.")
    counts = find_counts(rest)
    after = rest[counts[0].end :] if len(counts) == 1 else "-"
    noun = not after or (len(counts) == 1 and noun_kind(counted_noun(rest, counts[0])) == POLITY)
    whole = counts and counts[0].counter and not counts[0].start and _TALLY_NOUN_RE.fullmatch(after)
    return counts[0].value if whole and noun else None


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
    return parse_int(m.group("n")), (m.group("c") or m.groupdict().get("ec") or "")


# a part of the people a decision named, counted by what it did to them ("Seven of those sanctioned")
PARTICIPLES = "sanctioned designated named listed targeted banned".split()
PART_OF_THOSE_RE = re.compile(
    rf"\b(?P<en>{DIGITS}|{EN_WORD_NUMBER})\s+of\s+(?:those|the\s+people|the\s+ones)\s+"
    rf"(?P<ec>{'|'.join(PARTICIPLES)})\b",
    re.IGNORECASE,
)


# the ordinal prefix of Chinese and Japanese ("第三類", "第1檔")
ORDINAL_PREFIX = "第"


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
    for pattern in (PAREN_COUNT_RE, COUNT_RE, PART_OF_THOSE_RE):
        for m in pattern.finditer(text):
            value, counter = _value(m)
            if value is None or any(c.start <= m.start() < c.end for c in found.values()):
                continue
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
            if counter == "位" and _KANA_AFTER_RE.match(text, m.end()):
                continue  # "10位に終わった": a place in Japanese, no count of people
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


# the first N of a ranking, with no noun ("top 10 by points", "前10", "上位10"), or the N largest or
# strongest of a kind ("十大企業", "五大銀行", "指數十強"; not "第十大", one place of a ranking): counts a
# table it captions
_TOP_RE = re.compile(
    rf"\btop\s+(?P<en>{DIGITS}|{EN_WORD_NUMBER})\b|(?:前|上位)\s*(?P<n>{DIGITS}|[{CN_NUM_CHARS}]{{1,3}})"
    # "前十的國家", "前10": not the first ten years, months, days, rounds or quarters ("前十年", "前三季")
    + fold_pattern(r"(?!\s*(?:個|个)?(?:年|月|天|日|週|周|季|屆|期|次|輪|場|小時|分鐘))")
    + rf"|(?<![第{CN_NUM_CHARS}0-9])(?P<zh>[{CN_NUM_CHARS}]{{1,3}}|[0-9]{{1,3}})[大強强](?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)


def top_count(text: str) -> Count | None:
    """The size of the ranking a caption announces (``Final table, top 10 by points``), else None."""
    m = _TOP_RE.search(text)
    if m is None:
        return None
    raw = m.group("en") or m.group("n") or m.group("zh")
    value = parse_count(raw)
    if m.group("zh") and (value or 0) < 2:
        return None  # "一大批": a great many, no ranking
    return Count(value, "", m.start(), m.end()) if value else None


# the first N places of a ranking ("前三名", "前3位", "上位3位", "top three places", "the top 3 spots"): a
# count of places, which tied items share; not "前6名企業" (six companies) nor "上位3カ国"
_PLACES_RE = re.compile(
    rf"(?:前|上位)\s*(?P<zh>{DIGITS}|{CN_NUM})\s*[名位](?![\u4e00-\u9fff](?<![共如為为是依出]))"
    rf"|\btop\s+(?P<en>{DIGITS}|{EN_WORD_NUMBER})\s+(?:places|spots|ranks|positions)\b",
    re.IGNORECASE,
)


def places_count(text: str) -> int | None:
    """How many places of a ranking ``text`` counts (``前三名`` -> 3, ``top three places`` -> 3), else None:
    a count of places, not of the items, which may share them."""
    m = _PLACES_RE.search(text)
    return parse_count(m.group("zh") or m.group("en")) if m else None


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


# a Japanese sentence that ends by counting what follows, as a colon would (``対象は以下の5人。``,
# ``次の7人だ。``, ``以下の12カ国・地域。``): the count is the list's below it
COUNTED_LEAD_END_RE = re.compile(
    rf"(?:以下|次|下記)の\s*(?:{DIGITS}|{CN_NUM})\s*(?:{_JA})(?:・(?:地域|団体|機関|個人))?"
    r"(?:だ|です|である|となる|となった)?[。.]?\s*$"
)


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
