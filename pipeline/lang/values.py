"""Values printed beside a name: rates, amounts, plain numbers.

``find_values`` returns every value in a text with its span; a value is never part of a name, so the
item parser cuts them out. Units are normalized (``%``, ``％``, ``百分之``, ``パーセント``, ``percent``
all give ``%``); the raw text is kept as printed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.counts import RANK_RE, find_counts
from pipeline.lang.decision_cues import PAST_RE
from pipeline.lang.hedges import ABOUT_BEFORE, Hedge, hedge_of
from pipeline.lang.numbers import CN_NUM, DIGITS, parse_number
from pipeline.lang.scripts import CJK, FOOTNOTE_MARKS, KANA, WHITESPACE, fold_pattern
from pipeline.lang.worded_rates import HINT_RE as _WORDED_HINT_RE
from pipeline.lang.worded_rates import worded_rates

_N = rf"(?P<n>[+\-−]?{DIGITS})"
_SCALE = fold_pattern(r"(?P<scale>萬億|億|萬|千|百萬|兆|billion|million|bn|mn|m|k|trillion)?")
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("%", re.compile(fold_pattern(r"百分之\s*") + rf"(?P<n>{DIGITS}|{CN_NUM})(?:\s*點\s*(?P<frac>[0-9]+))?")),
    ("%", re.compile(_N + r"\s*(?:%|％|パーセント|percent\b|per\s+cent\b|pct\b|(?-i:pc)\b)", re.IGNORECASE)),
    (
        "pp",
        re.compile(
            _N + fold_pattern(r"\s*(?:個百分點|百分點|ポイント)|\s*(?:percentage points?)\b"), re.IGNORECASE
        ),
    ),
    (  # another currency's sign or code before the amount: "£500 million", "€400m", "HK$3 billion"
        "currency",
        re.compile(
            r"(?<![A-Za-z])(?P<cur>HK\$|NT\$|A\$|C\$|S\$|£|€|¥|￥|\b(?:EUR|GBP|JPY|RMB|CNY|HKD|TWD)\s?)\s*"
            + _N
            + r"(?:\s*(?P<scale>billion|million|bn|mn|trillion|[mk]\b|萬億|万亿|億|亿|萬|万|兆))?",
            re.IGNORECASE,
        ),
    ),
    (
        "USD",
        re.compile(
            r"(?:US\$|USD\s?|\$)\s*" + _N + r"\s*(?P<scale>billion|million|bn|mn|trillion|[mk])?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "currency",
        re.compile(
            _N
            + r"\s*"
            + _SCALE
            + fold_pattern(
                r"(?:\s*(?P<n2>[0-9０-９]{1,4})\s*(?P<scale2>億|萬)?)?"
            )  # "3億2000万", "1兆2000億"
            + fold_pattern(
                r"\s*(?P<cur>美元|美金|元|人民幣|港元|港幣|新台幣|台幣|日圓|日元|円|歐元|ユーロ|ドル)"
            )
        ),
    ),
    (  # a weight in metric tonnes: "7465萬噸", "410万トン", "74.65 million tonnes"
        "t",
        re.compile(
            _N
            + r"\s*"
            + fold_pattern(r"(?P<scale>億|萬|千|百萬|billion|million|mn|bn)?")
            + fold_pattern(r"\s*(?:公噸|噸|トン)")
            + r"|"
            + _N.replace("?P<n>", "?P<n_en>")
            + r"\s*(?P<scale_en>billion|million|mn|bn)?\s*(?:metric\s+)?(?:tonnes|tons)\b",
            re.IGNORECASE,
        ),
    ),
    (  # barrels (of oil, a day): "50萬桶/日", "日量21万1000バレル", "500,000 barrels a day", "1.16 mb/d"
        "bbl",
        re.compile(
            _N
            + r"\s*"
            + fold_pattern(
                r"(?P<scale>萬|千|百萬|億)?(?:\s*(?P<n2>[0-9０-９]{1,4}))?\s*(?:桶|バレル)(?:\s*[/／]\s*[日天])?"
            )
            + r"|"
            + _N.replace("?P<n>", "?P<n_en>")
            + r"\s*(?P<scale_en>million|thousand|mn|m|k)?"
            + r"\s*(?:barrels?(?:\s+(?:a|per)\s+day)?\b|bpd\b|b/d\b)",
            re.IGNORECASE,
        ),
    ),
    (  # seats won: "188席", "188 seats" (votes, "183票（…）", are read with their parts: counted_run)
        "seats",
        re.compile(_N + r"\s*(?:議席|席)(?![次位])|" + _N.replace("?P<n>", "?P<n_en>") + r"\s+seats?\b"),
    ),
    (  # votes a name got, the number standing free: "65,122票", "65,122 votes"; a number glued after its
        # own label ("議員票64票", "共計183票", "以185票"), or a total before its parts in brackets
        # ("183票（議員票64、党員票119）"), is read with the other labelled numbers (counted_run)
        "votes",
        re.compile(
            rf"(?:(?<=[約约近逾])|(?<![{CJK}{KANA}0-9０-９,.，]))"
            + _N
            + r"\s*(?:(?P<scale>萬|万)(?:\s*(?P<n2>[0-9０-９]{1,4}))?)?\s*票(?![數数率])"
            r"(?!\s*[(（][^)）]*[、,，;；])|"
            + r"(?<![A-Za-z0-9,.])"
            + _N.replace("?P<n>", "?P<n_en>")
            + r"\s*(?P<scale_en>million|thousand|mn|m|k)?\s+votes\b",
            re.IGNORECASE,
        ),
    ),
)
PATTERNS += (("", RANK_RE),)  # a place in a ranking: "（22位）", "世界ランキング15位" (a plain number)
_ANY_NUMBER_RE = re.compile(r"[0-9０-９]|百分之")
# a number alone, signed or not, the sign full width or not ("＋12", "－86"), or no change ("±0")
_PLAIN_RE = re.compile(rf"^\s*(?:[+\-−＋－]?{DIGITS}|±0)\s*$")


VALUES_CACHE = 65536  # distinct texts whose values are kept (lines and pieces of the articles read)


@dataclass(frozen=True, slots=True)
class Found:
    raw: str
    number: float | None
    unit: str
    start: int
    end: int
    low: float | None = None  # a range's or a bound's ends (``number`` is then None)
    high: float | None = None
    approximate: bool = False  # "about 40%", "約4割": a figure the article gives as near, either way


_PCT = r"\s*(?:%|％|パーセント)"
# a range of rates: "32%至36%", "15%-20%", "10～15％", "10% to 15%" (the first unit may be left out)
_RANGE_RE = re.compile(
    rf"(?P<lo>{DIGITS})(?:{_PCT})?\s*(?:至|到|~|～|〜|-|－|–|—|から|\bto\b)\s*(?P<hi>{DIGITS}){_PCT}",
    re.IGNORECASE,
)
# a bound before a rate: "最高50%", "至少10%", "up to 25%"
_BOUND_RE = re.compile(
    fold_pattern(r"(?:(?P<upper>最高|最多|至多|上限)|(?P<lower>最低|至少|最少|下限))(?:為|達|可達|是)?\s*")
    + rf"(?P<n>{DIGITS}){_PCT}"
    + r"|(?:(?P<upper_en>up to|at most)|(?P<lower_en>at least))\s+"
    + rf"(?P<n_en>{DIGITS}){_PCT}",
    re.IGNORECASE,
)


# a change, not a range: "from 24% to 25%", "從24%至25%", "由24%到25%"
_CHANGE_BEFORE_RE = re.compile(fold_pattern(r"(?:\bfrom|從|由|自)\s*$"), re.IGNORECASE)
# the same word closing what stands before a value, with the comma before it ("Aland, from 46% to 20%",
# "甲國由46%降至20%"): the change's word, no part of the name
FROM_BEFORE_VALUE_RE = re.compile(r"[,，]?\s*" + _CHANGE_BEFORE_RE.pattern, re.IGNORECASE)
CHANGE_WINDOW = 12  # characters before a range searched for the word that makes it a change

# a word that dates the value after it (``（原46%）``, ``(was 46%)``, ``（此前为46%）``, ``（従来46%）``): an
# earlier value of the item, as ``from`` / ``由`` dates the first value of a change
EARLIER_RE = re.compile(rf"(?:{PAST_RE.pattern})|[原舊旧]|従来|従前", re.IGNORECASE)
MAX_EARLIER_LABEL = 12  # characters of the words that date a later value (``up from``, ``此前為``)
_EARLIER_STRIP = WHITESPACE + "（()）:：,，;；、"


def earlier_label(words: str) -> str:
    """The words between an item's value and a later one when they say the later one is an earlier
    value (``（原``, ``(was``, ``, down from``): those words as printed, brackets and separators left out,
    the later value's label; "" when they say nothing of the kind."""
    label = words.strip(_EARLIER_STRIP)
    if not label or len(label) > MAX_EARLIER_LABEL or not EARLIER_RE.search(label):
        return ""
    return label


def _spans(text: str) -> list[Found]:
    """Ranges and bounds of rates in ``text``: one value each, its ends kept and no one number."""
    out: list[Found] = []
    for m in _RANGE_RE.finditer(text):
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        if _CHANGE_BEFORE_RE.search(text, max(0, m.start() - CHANGE_WINDOW), m.start()):
            continue
        if lo is not None and hi is not None and lo < hi:
            out.append(Found(m.group(0), None, "%", m.start(), m.end(), float(lo), float(hi)))
    for m in _BOUND_RE.finditer(text):
        n = parse_number(m.group("n") or m.group("n_en"))
        if n is None or any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        upper = bool(m.group("upper") or m.group("upper_en"))
        low, high = (None, float(n)) if upper else (float(n), None)
        out.append(Found(m.group(0), None, "%", m.start(), m.end(), low, high))
    return out


# what a scale word multiplies by (Chinese and Japanese 兆 is a trillion, as in finance news)
_SCALES = {
    "萬億": 1e12, "万亿": 1e12, "兆": 1e12, "百萬": 1e6, "百万": 1e6,
    "億": 1e8, "亿": 1e8, "萬": 1e4, "万": 1e4, "千": 1e3,
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "bn": 1e9, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# currencies by their ISO 4217 codes, however they are printed ("元" alone is yuan or Taiwan dollars)
_CURRENCIES = {
    "USD": "USD", "US$": "USD", "$": "USD", "美元": "USD", "美金": "USD", "ドル": "USD",
    "HK$": "HKD", "HKD": "HKD", "港元": "HKD", "港幣": "HKD", "港币": "HKD",
    "NT$": "TWD", "TWD": "TWD", "新台幣": "TWD", "新台币": "TWD", "台幣": "TWD", "台币": "TWD",
    "¥": "JPY", "￥": "JPY", "JPY": "JPY", "日圓": "JPY", "日圆": "JPY", "日元": "JPY", "円": "JPY",
    "€": "EUR", "EUR": "EUR", "歐元": "EUR", "欧元": "EUR", "ユーロ": "EUR",
    "£": "GBP", "GBP": "GBP", "RMB": "CNY", "CNY": "CNY", "人民幣": "CNY", "人民币": "CNY",
    "A$": "AUD", "C$": "CAD", "S$": "SGD",
}  # fmt: skip


def _amount(m: re.Match[str], unit: str, number: float) -> tuple[float, str]:
    """An amount's number in units of its currency and the currency's code: ``3.2億美元``,
    ``$320 million`` and ``3億2000万ドル`` are all 320,000,000 USD; an unknown currency keeps its scale
    word in the unit (``5億 元``)."""
    currency = m.group("cur").strip() if unit == "currency" else "USD"
    code = _CURRENCIES.get(currency.upper() if currency.isascii() else currency)
    scale = (m.groupdict().get("scale") or "").strip()
    factor = _SCALES.get(scale.casefold() if scale.isascii() else scale, 1.0)
    if (n2 := m.groupdict().get("n2")) is not None and (extra := parse_number(n2)) is not None:
        number, factor, scale = number * factor + extra * _SCALES.get(m.group("scale2"), 1.0), 1.0, ""
    if code is None:
        return number, f"{scale} {currency}".strip()
    return round(number * factor, 6), code


def _number(m: re.Match[str]) -> float | None:
    raw = m.group("n") if m.group("n") is not None else m.groupdict().get("n_en")
    if raw is None:
        return None
    raw = raw.replace("−", "-")
    sign = -1 if raw.startswith("-") else 1
    value = parse_number(raw.lstrip("+-"))
    if value is None:
        return None
    frac = m.groupdict().get("frac")
    if frac:
        value = float(f"{value}.{frac}")
    return sign * value


def _measure(m: re.Match[str], number: float) -> float:
    """A weight or a volume in its unit, its scale word applied: ``7465萬噸`` is 74,650,000 t,
    ``21万1000バレル`` 211,000 bbl."""
    scale = (m.groupdict().get("scale") or m.groupdict().get("scale_en") or "").strip()
    factor = _SCALES.get(scale.casefold() if scale.isascii() else scale, 1.0)
    extra = parse_number(n2) if (n2 := m.groupdict().get("n2")) is not None and scale else None
    return round(number * factor + (extra or 0), 6)


# a word that says a change went down, as a value's label before it or right after it ("減持118億美元",
# "down $11.8 billion", "118億ドル減"): the change is negative
_DOWN_BEFORE_RE = re.compile(
    fold_pattern(r"(?:減持|減少|下降|下跌|下調|下修|調降|調低)\s*$")
    + r"|\b(?:down|fell|decreased?|lower)\s*(?:by\s*)?$",
    re.IGNORECASE,
)
_DOWN_AFTER_RE = re.compile(rf"^\s*(?:減少|減|减少|减)(?![{CJK}])")


# words that say a figure is a day's ("日量50万バレル", "每日減產", "日均50萬桶")
PER_DAY = r"日量|每日|日均|每天"
# a verb of a change in an amount glued before it, the name before the verb ("甲國減產50萬桶/日", "乙國增持
# 107億美元", "丙國減21.1萬桶", "丁國日減8萬桶"): the name ends where the verb starts
AMOUNT_VERB_RE = re.compile(
    fold_pattern(
        rf"(?:將|宣布|決定)?(?:自願)?(?:{PER_DAY}|日)?(?:減產|增產|增持|減持|進口|出口|減|增)(?:了|約)?$"
    )
)
# words a cell may print beside its values: a change's way (``107億ドル増``) or a rate per day (``日量50万``)
BESIDE_VALUE_RE = re.compile(fold_pattern(rf"增加|減少|增持|減持|増|減|增|{PER_DAY}"))
# the words of a day's figure just before it, after what it is of ("甲国が日量50万バレル", "甲國為每日50萬桶")
PER_DAY_BEFORE_RE = re.compile(fold_pattern(rf"\s*(?:{PER_DAY})\s*$"))
# a header's unit that also says its figures are a day's (``日量、万バレル``, ``每日，萬桶``,
# ``萬桶（每日）``): the unit is what is left
_PER_DAY_IN_UNIT_RE = re.compile(
    fold_pattern(rf"^\s*(?:{PER_DAY})\s*[、,，:：]?\s*|\s*[、,，(（]?\s*(?:{PER_DAY})\s*[)）]?\s*$")
)


def change_sign(before: str, after: str) -> int:
    """-1 when the words just before a value (its label) or just after it say it went down, else 1."""
    return -1 if _DOWN_BEFORE_RE.search(before) or _DOWN_AFTER_RE.match(after) else 1


def find_values(text: str) -> list[Found]:
    """Every rate or amount in ``text``, in order, non-overlapping."""
    if not _ANY_NUMBER_RE.search(text) and not _WORDED_HINT_RE.search(text):
        return []  # every pattern holds a digit, but "百分之" before a Chinese numeral and rates in words
    return list(_values_in(text))  # the readers ask again about the same line and piece many times


@lru_cache(maxsize=VALUES_CACHE)
def _values_in(text: str) -> tuple[Found, ...]:
    found = _spans(text)
    for raw, rate, a, b in worded_rates(text):  # "二成", "２割", "forty percent"
        if not any(f.start < b and a < f.end for f in found):
            found.append(Found(raw, rate, "%", a, b))
    taken = [(f.start, f.end) for f in found]
    for unit, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            number = _number(m)
            if number is None:
                continue
            u = unit
            if unit in ("currency", "USD"):
                number, u = _amount(m, unit, number)
            elif unit in ("t", "bbl", "votes"):
                number = _measure(m, number)
            found.append(Found(m.group(0), number, u, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return _hedged(text, sorted(found, key=lambda f: f.start))


def _hedged(text: str, found: Sequence[Found]) -> tuple[Found, ...]:
    """Each figure a word hedges (``lang.hedges``) read as what it says, the word in its span: ``逾7成``
    a bound from below, ``近三成`` one from above, ``約4割`` an approximate number."""
    out: list[Found] = []
    for k, f in enumerate(found):
        hedge = hedge_of(text, f.start, f.end) if f.number is not None else None
        lo = out[-1].end if out else 0
        hi = found[k + 1].start if k + 1 < len(found) else len(text)
        if hedge is None or hedge[1] < lo or hedge[2] > hi:
            out.append(f)
            continue
        kind, a, b = hedge
        n = f.number or 0.0
        if kind is Hedge.OVER:
            out.append(Found(text[a:b], None, f.unit, a, b, low=float(n)))
        elif kind is Hedge.UNDER:
            out.append(Found(text[a:b], None, f.unit, a, b, high=float(n)))
        else:
            out.append(Found(text[a:b], n, f.unit, a, b, approximate=True))
    return tuple(out)


# an amount's equivalent in another currency, in brackets right after it (``300億ドル（約4.5兆円）``,
# ``$2 billion (about ¥300 billion)``): the same amount converted, never a second value
_EQUIVALENT_OPEN_RE = re.compile(
    r"\s*[（(]\s*(?:" + fold_pattern(r"相當於|折合") + rf"|{ABOUT_BEFORE})?\s*$",
    re.IGNORECASE,
)
_EQUIVALENT_CLOSE_RE = re.compile(r"\s*[)）]")


def equivalents(text: str, found: Sequence[Found]) -> frozenset[int]:
    """The indexes in ``found`` of amounts that only convert the amount before them into another currency
    (in brackets right after it, an estimate word or none before the number)."""
    out = set()
    for k in range(1, len(found)):
        before, f = found[k - 1], found[k]
        if not (
            before.unit and f.unit and before.unit != f.unit and before.unit.isupper() and f.unit.isupper()
        ):
            continue
        if _EQUIVALENT_OPEN_RE.fullmatch(text, before.end, f.start) and _EQUIVALENT_CLOSE_RE.match(
            text, f.end
        ):
            out.add(k)
    return frozenset(out)


def without_equivalents(text: str, found: Sequence[Found]) -> tuple[str, list[Found]]:
    """``text`` with each converted amount and its brackets cut out, and the amounts left (their offsets
    still those of ``text``)."""
    eq = equivalents(text, found)
    if not eq:
        return text, list(found)
    cut, last = [], 0
    for k in sorted(eq):
        close = _EQUIVALENT_CLOSE_RE.match(text, found[k].end)
        end = close.end() if close else found[k].end
        cut.append(text[last : found[k - 1].end] + " " * (end - found[k - 1].end))
        last = end
    cut.append(text[last:])
    return "".join(cut), [f for k, f in enumerate(found) if k not in eq]


# a date printed after a name and its colon ("Aland: Aug. 20, 2025 (…)", "甲國：2025年8月20日"): the item's
# date, no part of its name
_DATE = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
    + fold_pattern(r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號])")
)
DATE_RE = re.compile(_DATE)  # a day, month and year: "Aug. 20, 2025", "20 August 2025", "2025年8月20日"
DATE_AFTER_COLON_RE = re.compile(rf"[:：]\s*(?P<date>{_DATE})")
# a day with or without its year, a whole clause ("9月21日", "2025年9月21日起", "On Sunday, September 21"):
# the day a sentence's items share
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DAY_CLAUSE_RE = re.compile(
    r"^\s*(?:(?:On|on)\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:" + _MONTHS + r"\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+"
    + _MONTHS
    + r"(?:,?\s+\d{4})?"
    + fold_pattern(r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日號](?:起|當天|当天)?(?:には|に|は)?)\s*$")
)
# a dash, then a number that begins what is said of the name ("Aland (AL) - 188 seats (26.1%)")
DASH_BEFORE_NUMBER_RE = re.compile(r"\s[-–—]\s+(?=[0-9])")


# what a plain number in a table cell counts, printed after it: votes, seats, medals, points
TALLY_COUNTERS = ("票", "席", "枚", "面", "點", "点", "分", "votes", "seats", "points")
_TALLY = "|".join(fold_pattern(c) for c in TALLY_COUNTERS)
_TALLIED_RE = re.compile(rf"^\s*(?P<n>{DIGITS})\s*(?:{_TALLY})\s*$")


def plain_value(text: str) -> Found | None:
    """A cell that is only a number (``46``, ``1,200``), a number and what it tallies (``64票``), or only
    one rate or amount, a footnote mark after it or not (``20%†``)."""
    t = text.strip().rstrip(FOOTNOTE_MARKS).rstrip()
    if tallied := _TALLIED_RE.match(t):
        t = tallied.group("n")
    if _PLAIN_RE.match(t):
        number = parse_number(t.lstrip("+-−＋－±"))
        if number is not None:
            sign = -1 if t.startswith(("-", "−", "－")) else 1
            return Found(t, sign * number, "", 0, len(t))
    values = find_values(t)
    if len(values) == 1 and values[0].start == 0 and values[0].end == len(t):
        return values[0]
    return None


_SIGN_FIRST_RE = re.compile(r"^(US\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|￥)\s*")


def in_units(number: float, unit: str) -> tuple[float, str]:
    """A plain number printed under a header's unit (``US$ million``, ``百萬美元``, ``億円``): the amount it
    stands for and its currency's code, as ``find_values`` reads an amount; else (``%``, ``points``) the
    number and the unit as they are."""
    bare = _PER_DAY_IN_UNIT_RE.sub("", unit) or unit  # "日量、万バレル": a day's barrels
    for probe in (f"1{bare}", f"1 {bare}", _SIGN_FIRST_RE.sub(r"\g<1>1 ", bare)):
        found = find_values(probe)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(probe)) and found[0].number:
            if found[0].unit == unit or found[0].unit in ("%", "pp"):
                break
            return round(number * found[0].number, 6), found[0].unit
    return number, unit


# a plain number under a short label glued before it (甲40, 甲等40, 総計126), what it tallies after it or
# not (評審258分), and what parts two of them (not an ordinal nor an estimate: 第3, 約40)
_LABELLED_RE = re.compile(rf"(?P<label>(?![第約约近逾])[{CJK}{KANA}]{{1,4}})(?P<n>{DIGITS})(?:{_TALLY})?")
_LABELLED_SEP_RE = re.compile(r"[\s：:、，,・／/]+")
MIN_LABELLED = 2  # one labelled number alone is a name's numbering or a date, not a row of values


def labelled_numbers(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The run of plain numbers that ends ``text``, each under its own short CJK label glued before it
    and parted from the next by spaces or a comma (``甲國　金40　銀44　銅42　總數126``): each number
    with its label, in order; [] for fewer than two, when two share a label, or (``named``) when no
    words come before them."""
    pieces, pos = [], 0
    for sep in _LABELLED_SEP_RE.finditer(text):
        if sep.start() > pos:
            pieces.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        pieces.append((pos, len(text)))
    out: list[tuple[str, Found]] = []
    for a, b in reversed(pieces):
        m = _LABELLED_RE.fullmatch(text, a, b)
        if m is None:
            break
        number = parse_number(m.group("n"))
        if number is None:
            break
        out.append((m.group("label"), Found(m.group("n"), number, "", m.start("n"), m.end("n"))))
    out.reverse()
    labels = [label for label, _ in out]
    if len(out) < MIN_LABELLED or len(set(labels)) < len(labels) or (named and len(out) == len(pieces)):
        return []
    return out


def labelled_cell(text: str) -> tuple[str, Found] | None:
    """A table cell that is one plain number under a short label glued before it (``金40``): the label and
    the number, else None."""
    t = text.strip()
    m = _LABELLED_RE.fullmatch(t)
    number = parse_number(m.group("n")) if m is not None else None
    if m is None or number is None:
        return None
    return m.group("label"), Found(m.group("n"), number, "", m.start("n"), m.end("n"))


# numbers joined by hyphens at the end of a line, a last one in parentheses or not: a row of a table of
# results printed on one line (``Aland 40-44-42 (126)``); no more than three digits each (never a date)
_DASHED_RE = re.compile(
    r"(?<=\s)(?P<run>[0-9]{1,3}(?:-[0-9]{1,3}){1,5})(?:\s*[(（](?P<last>[0-9]{1,4})[)）])?\s*$"
)


def dashed_numbers(text: str) -> list[Found]:
    """The numbers of a hyphenated run that ends ``text`` after a name (``甲國 40-44-42 (126)``), the one
    in parentheses last; [] for none."""
    m = _DASHED_RE.search(text)
    if m is None or not text[: m.start()].strip():
        return []
    out, pos = [], m.start("run")
    for part in m.group("run").split("-"):
        out.append(Found(part, parse_number(part), "", pos, pos + len(part)))
        pos += len(part) + 1
    if m.group("last"):
        out.append(Found(m.group("last"), parse_number(m.group("last")), "", m.start("last"), m.end("last")))
    return out


# numbers each glued before a short label, one after another (40金44银42铜); a date's units are no labels
_BEFORE_LABEL_RE = re.compile(rf"(?P<n>[0-9０-９]{{1,4}})(?P<label>(?![年月日時时点點号號])[{CJK}]{{1,2}})")
_BEFORE_LABEL_RUN_RE = re.compile(rf"(?:[0-9０-９]{{1,4}}[{CJK}]{{1,2}}){{{MIN_LABELLED},}}")


def numbers_before_labels(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, Found]]:
    """The first run in ``text[start:end]`` of two numbers or more, each glued before its own short CJK label
    (``甲國以40金44銀42銅居首``): each number with its label, in order, offsets in ``text``. The last label
    is as long as the one before it (``42銅居首``: ``銅``); [] for none, or when two share a label."""
    end = len(text) if end is None else end
    for run in _BEFORE_LABEL_RUN_RE.finditer(text, start, end):
        pairs = list(_BEFORE_LABEL_RE.finditer(text, run.start(), run.end()))
        if len(pairs) < MIN_LABELLED or pairs[-1].end() != run.end():
            continue
        out: list[tuple[str, Found]] = []
        for k, m in enumerate(pairs):
            label = m.group("label") if k < len(pairs) - 1 else m.group("label")[: len(out[-1][0])]
            number = parse_number(m.group("n"))
            if number is None:
                break
            out.append((label, Found(m.group("n"), number, "", m.start("n"), m.end("n"))))
        labels = [label for label, _ in out]
        if len(out) == len(pairs) and len(set(labels)) == len(labels):
            return out
    return []


_TRAILING_RE = re.compile(r"[\s。.；;]*$")


def labels_after_numbers(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The run of numbers that ends ``text``, each glued before its own short CJK label
    (``甲國：40金44銀42銅``, ``numbers_before_labels``); [] when the run does not end the text or
    (``named``) no words come before it."""
    found = numbers_before_labels(text)
    if not found:
        return []
    first, (label, last) = found[0][1], found[-1]
    if _TRAILING_RE.fullmatch(text, last.end + len(label)) is None:
        return []
    return [] if named and not text[: first.start].strip(" \t:：、，,-–—") else found


# numbers each followed by their label in words, parted by commas or "and", that end a line
# (``Aland — 40 gold, 44 silver and 42 bronze``)
_WORDED_PIECE = r"[0-9]{1,6}\s+[A-Za-z][A-Za-z'’\-]*(?:\s[A-Za-z'’\-]+)?"
_WORDED_RUN_RE = re.compile(
    rf"(?<![\w.,])(?:{_WORDED_PIECE})(?:\s*(?:,|,?\s+and)\s+{_WORDED_PIECE})+[\s.;]*$"
)
_WORDED_SEP_RE = re.compile(r"\s*(?:,|,?\s+and)\s+")


def numbers_before_words(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The numbers that end ``text``, each before its label in words (``40 gold, 44 silver, 42 bronze``):
    each with its label, in order; [] for fewer than two, when two share a label, or (``named``) when no
    words come before them."""
    m = _WORDED_RUN_RE.search(text)
    if m is None or (named and not text[: m.start()].strip(" \t:-–—,")):
        return []
    pieces = _WORDED_SEP_RE.split(text[m.start() : m.end()].rstrip(" \t.;"))
    out = _labelled_parts(text, pieces, m.start(), (_NUMBER_THEN_WORDS_RE,))
    if out is None:
        return []
    labels = [label.lower() for label, _ in out]
    return out if len(out) >= MIN_LABELLED and len(set(labels)) == len(labels) else []


# a bare number after a name and its colon that ends the text ("Aland: 39"), no time ("10:30"); or a
# figure after a colon or a spaced dash with the words that say what it counts ("Aland – 193
# destinations", "甲國：193個目的地", "甲国：193の国・地域")
MAX_COUNTED_WORDS = 3  # English words after a figure saying what it counts ("visa-free destinations")
MAX_COUNTED_CHARS = 8  # Chinese or Japanese characters of the same ("個目的地", "の国・地域")
# a span of time or an age is no figure a list ranks by ("Jane Roe - 58 years old")
_TIME_WORDS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"
_COLON_NUMBER_RE = re.compile(r"(?<![0-9０-９])\s*[:：]\s*(?P<n>[0-9０-９]{1,6})\s*$")
_SEPARATED_FIGURE_RE = re.compile(
    r"(?<![0-9０-９])(?:\s*[:：]|\s[-–—]|\s*——)\s*(?P<raw>(?P<n>[0-9０-９][0-9０-９,]{0,6})"
    + rf"(?:\s+(?!{_TIME_WORDS})[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){{0,{MAX_COUNTED_WORDS - 1}}}"
    + rf"|\s*(?P<counted>[{CJK}{KANA}・]{{1,{MAX_COUNTED_CHARS}}}))?)\s*[.。]?\s*$"
)


def number_after_colon(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The figure that ends ``text`` after a colon or a spaced dash, with words before it: a plain number
    after a colon (``Aland: 39``), or a number after either and the words that say what it counts
    (``Aland – 193 destinations``, ``甲國：193個目的地``: a counter first in Chinese and Japanese). One value
    under no label, what it counts kept in its raw text; [] otherwise, or (``named``) when no words come
    before it."""
    m = _COLON_NUMBER_RE.search(text)
    if (
        m is not None
        and (text[: m.start()].strip() or not named)
        and (number := parse_number(m.group("n"))) is not None
    ):
        return [("", Found(m.group("n"), number, "", m.start("n"), m.end("n")))]
    m = _SEPARATED_FIGURE_RE.search(text)
    if (
        m is None
        or (named and not text[: m.start()].strip())
        or (number := parse_number(m.group("n"))) is None
    ):
        return []
    if m.group("counted") and not _counter_first(m.group("raw")):
        return []  # "3月", "12時": no count
    raw = m.group("raw").rstrip()
    return [("", Found(raw, number, "", m.start("raw"), m.start("raw") + len(raw)))]


# a score with decimals that ends an item after its name, spaced, after a colon or a comma, or in
# brackets, its word for points or not: "Aland 7.736", "甲國（7.736分）", "甲国，7.74点", "Aland (7.736
# points)"; a fraction makes it no count, year or numbering
_SCORE_WORDS = fold_pattern(r"分|點|ポイント") + r"|\s*(?:points?|pts)\b"
_SCORE = rf"(?P<raw>(?P<n>[0-9]{{1,4}}\.[0-9]{{1,4}})(?:{_SCORE_WORDS})?)"
_SCORE_RE = re.compile(
    rf"(?<![0-9０-９.,．])(?:[{WHITESPACE}]+|\s*[:：，,]\s*|\s*[(（]\s*){_SCORE}\s*(?P<close>[)）])?\s*[.。]?\s*$",
    re.IGNORECASE,
)
_SCORE_ALONE_RE = re.compile(rf"\s*{_SCORE}\s*[.。]?\s*", re.IGNORECASE)


def score_alone(text: str, start: int = 0, end: int | None = None) -> Found | None:
    """The score that is all of ``text[start:end]`` (``7.74分``, `` 7.736 ``), offsets in ``text``; else
    None."""
    m = _SCORE_ALONE_RE.fullmatch(text, start, len(text) if end is None else end)
    number = None if m is None else parse_number(m.group("n"))
    return None if m is None or number is None else Found(m.group("raw"), number, "", *m.span("raw"))


def score_after_name(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The score with decimals that ends ``text`` after a name, spaced, after a colon or a comma, or in
    brackets closed as they opened (``甲國（7.736分）``, ``甲国　7.736``, ``甲国：7.74分``, ``Aland (7.7)``):
    one value under no label, its word for points kept in its raw text; [] otherwise, or (``named``) when
    no words come before it."""
    m = _SCORE_RE.search(text)
    if m is None or (named and not text[: m.start()].strip()):
        return []
    if bool(m.group("close")) != bool(re.match(r"\s*[(（]", text[m.start() : m.start("raw")])):
        return []  # a bracket closed that never opened, or opened and never closed
    number = parse_number(m.group("n"))
    if number is None:
        return []
    return [("", Found(m.group("raw"), number, "", m.start("raw"), m.end("raw")))]


def _counter_first(raw: str) -> bool:
    """``193個目的地``, ``193の国・地域``: a count with its counter opens ``raw``."""
    counted = find_counts(raw)
    return bool(counted) and not counted[0].start and bool(counted[0].counter)


# a total, then the numbers that make it in parentheses, each with its label: after the number in English
# (``183 (64 members, 119 others)``), glued before it in Chinese or Japanese (``183票（甲票64、乙票119）``)
_BRACKETED_RE = re.compile(
    rf"(?<![0-9０-９])(?P<n>[0-9０-９]{{1,6}})\s*(?P<counter>[{CJK}]|[a-z]+)?\s*[(（](?P<inner>[^()（）]+)[)）]\s*$"
)
_PARTS_SEP_RE = re.compile(r"\s*[,，、;；]\s*")
_NUMBER_THEN_WORDS_RE = re.compile(
    r"(?P<n>[0-9]{1,6})\s+(?P<label>[A-Za-z][A-Za-z'’\-]*(?:\s[A-Za-z'’\-]+)?)"
)


def _labelled_parts(
    text: str, pieces: Sequence[str], pos: int, shapes: Sequence[re.Pattern[str]]
) -> list[tuple[str, Found]] | None:
    """Each piece (in ``text`` from ``pos`` on) read whole by the first of ``shapes`` that reads it, as its
    label and its number (offsets in ``text``); None when a piece is no number under a label."""
    out: list[tuple[str, Found]] = []
    for piece in pieces:
        at = text.index(piece, pos)
        pos = at + len(piece)
        part = next((p for shape in shapes if (p := shape.fullmatch(piece)) is not None), None)
        number = parse_number(part.group("n")) if part is not None else None
        if part is None or number is None:
            return None
        out.append(
            (
                part.group("label"),
                Found(part.group("n"), number, "", at + part.start("n"), at + part.end("n")),
            )
        )
    return out


def bracketed_numbers(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The total that ends ``text`` after a name and the numbers in parentheses after it, each with its
    own label (``甲 183 (64 members, 119 others)``, ``甲氏が１８３票（議員票６４、党員票１１９）``): the
    total first, under no label, then each number with its label; [] for none, for fewer than two numbers
    in the parentheses (unless the one is the whole total: ``甲党 3（比例3）``), when two share a label, or
    (``named``) when no words come before them."""
    m = _BRACKETED_RE.search(text)
    if m is None or (named and not text[: m.start()].strip()):
        return []
    total = parse_number(m.group("n"))
    pieces = _PARTS_SEP_RE.split(m.group("inner"))
    out = _labelled_parts(text, pieces, m.start("inner"), (_NUMBER_THEN_WORDS_RE, _COUNTED_RE))
    if out is None:
        return []
    labels = [label for label, _ in out]
    whole = len(out) == 1 and out[0][1].number == total  # "3（比例3）": the total all from one part
    if total is None or (len(out) < MIN_LABELLED and not whole) or len(set(labels)) < len(labels):
        return []
    return [("", Found(m.group("n"), total, "", m.start("n"), m.end("n"))), *out]


# a number under its own label glued before it, a counter after it or not (``甲票64票``, ``合計183``)
_COUNTED_RE = re.compile(
    rf"(?P<label>(?![第約约近逾])[{CJK}{KANA}]{{1,5}}?)(?P<n>[0-9０-９]{{1,6}})(?P<counter>[{CJK}])?"
)
_COUNTED_SEP_RE = re.compile(r"[、，,]\s*")


def counted_run(text: str, start: int, end: int) -> tuple[list[tuple[str, Found]], int]:
    """The numbers at ``text[start:]``, before ``end``, each under its own label: parted by ``、``/``，``
    (``甲票64票、乙票119票，合計183票``), or a total and its parts in parentheses (``１８３票（甲票６４、乙票
    １１９）``, ``bracketed_numbers``). The numbers with their labels (offsets in ``text``) and where the
    run ends; ([], start) for fewer than two numbers or two of one label."""
    close = min((k for k in (text.find("）", start, end), text.find(")", start, end)) if k >= 0), default=-1)
    if close >= 0 and (found := bracketed_numbers(text[start : close + 1], named=False)):
        return [(label, _shifted(f, start)) for label, f in found], close + 1
    out: list[tuple[str, Found]] = []
    pos = start
    while (m := _COUNTED_RE.match(text, pos, end)) is not None:
        number = parse_number(m.group("n"))
        if number is None:
            break
        out.append((m.group("label"), Found(m.group("n"), number, "", m.start("n"), m.end("n"))))
        pos = m.end()
        sep = _COUNTED_SEP_RE.match(text, pos, end)
        if sep is None or not _COUNTED_RE.match(text, sep.end(), end):
            break
        pos = sep.end()
    labels = [label for label, _ in out]
    if len(out) < MIN_LABELLED or len(set(labels)) < len(labels):
        return [], start
    return out, pos


def _shifted(f: Found, by: int) -> Found:
    return Found(f.raw, f.number, f.unit, f.start + by, f.end + by)


# ----------------------------------------------------------------- one figure printed at two precisions

_DIGIT_RUN_RE = re.compile(DIGITS)
SAME_SCALE = 1e-6  # how far from a power of ten a value's ratio to its printed digits may be (float error)


def printed_step(raw: str, number: float | None) -> float:
    """The smallest change a value's print can show, in the units of its number: ``6,809.9億美元``
    (680,990,000,000 USD) shows steps of 10,000,000, ``680,985`` under ``百萬美元`` steps of 1,000,000,
    ``$681.0 billion`` and ``6810億ドル`` of 100,000,000, ``36%`` and ``百分之三十六`` of 1. 0 when the print
    does not tell (``3億2000万``, two numbers in one): the value then stands for itself exactly."""
    if number is None:
        return 0.0
    runs = _DIGIT_RUN_RE.findall(raw)
    if not runs:  # a Chinese numeral: a whole number
        return 1.0 if float(number).is_integer() else 0.0
    if len(runs) > 1:
        return 0.0
    digits = unicodedata.normalize("NFKC", runs[0])
    decimals = len(digits.partition(".")[2])
    shown = parse_number(runs[0])
    if not shown or not number:
        return 10.0**-decimals if shown == number else 0.0
    power = math.log10(abs(number / shown))
    if abs(power - round(power)) > SAME_SCALE:
        return 0.0
    return 10.0 ** (round(power) - decimals)


ROUNDING_SLACK = 1e-9  # relative room for float error when two prints are compared


def backs(a: float, step_a: float, b: float, step_b: float) -> bool:
    """Whether two prints of one figure agree: equal, or the coarser one is the finer rounded
    (``6810億`` and ``680,985`` millions: within half the coarser step). Two prints of one precision agree
    only when equal."""
    if a == b:
        return True
    if step_a == step_b:
        return False
    return abs(a - b) <= max(step_a, step_b) / 2 + ROUNDING_SLACK * max(abs(a), abs(b))


def departs(a: float, step_a: float, b: float, step_b: float) -> bool:
    """Whether two prints of one figure clearly disagree: different at one precision, else a whole step
    of the coarser one apart or more (a figure cut rather than rounded, ``6809億`` for ``680,985``
    millions, is no departure)."""
    if a == b:
        return False
    if step_a == step_b:
        return True
    return abs(a - b) >= max(step_a, step_b) - ROUNDING_SLACK * max(abs(a), abs(b))
