"""Values printed beside a name: rates, amounts, plain numbers.

``find_values`` returns every value in a text with its span; a value is never part of a name, so the
item parser cuts them out. Units are normalized (``%``, ``％``, ``百分之``, ``パーセント``, ``percent``
all give ``%``); the raw text is kept as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.currencies import amount
from pipeline.lang.headcounts import HEADCOUNT_RE, headcount, headcount_unit
from pipeline.lang.hedges import Hedge, hedge_of
from pipeline.lang.not_counts import RANK_RE
from pipeline.lang.numbers import CN_NUM, DIGITS, SCALE_WORDS, parse_number
from pipeline.lang.scripts import CJK, KANA, fold_pattern
from pipeline.lang.worded_rates import HINT_RE as _WORDED_HINT_RE
from pipeline.lang.worded_rates import worded_rates

_N = rf"(?P<n>[+\-−]?{DIGITS})"
# a rate's sign in words or marks: "負0.5%", "マイナス0.5%", and Japanese tables' "▲0.5%" / "△0.5%" (minus)
_MINUS_WORDS = ("▲", "△", "負", "负", "マイナス")
_SIGNED_N = rf"(?P<n>(?:[+\-−]|{'|'.join(_MINUS_WORDS)})?{DIGITS})"
_SCALE = fold_pattern(r"(?P<scale>萬億|億|萬|千|百萬|兆|billion|million|bn|mn|m|k|trillion)?")
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("%", re.compile(fold_pattern(r"百分之\s*") + rf"(?P<n>{DIGITS}|{CN_NUM})(?:\s*點\s*(?P<frac>[0-9]+))?")),
    (
        "%",
        re.compile(
            # "25 per cent", and the compound adjective "a 35-per cent rate", "a 35-percent tariff"
            _SIGNED_N
            + r"(?:\s*(?:%|％|パーセント|percent\b|per\s+cent\b|pct\b|(?-i:pc)\b)|-(?:percent|per\s+cent)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "pp",
        re.compile(
            _SIGNED_N + fold_pattern(r"\s*(?:個百分點|百分點|ポイント)|\s*(?:percentage points?)\b"),
            re.IGNORECASE,
        ),
    ),
    (  # another currency's sign or code before the amount: "£500 million", "€400m", "HK$3 billion"
        "currency",
        re.compile(
            r"(?<![A-Za-z])(?P<cur>HK\$|NT\$|A\$|C\$|S\$|£|€|¥|￥|\b(?:EUR|GBP|JPY|RMB|CNY|HKD|TWD)\s?"
            # a Chinese currency's name before the amount ("人民幣1.2萬億元", "新台幣500億元", "港幣3000萬")
            + fold_pattern(r"|人民幣|新台幣|台幣|港幣")
            + r")\s*"
            + _N
            + r"(?:\s*(?P<scale>billion|million|bn|mn|trillion|tn\b|[mk]\b|萬億|万亿|億|亿|萬|万|兆))?"
            + r"(?:(?<=[\u4e00-\u9fff0-9])元)?",
            re.IGNORECASE,
        ),
    ),
    (
        "USD",
        re.compile(
            r"(?:US\$|USD\s?|\$)\s*" + _N + r"\s*(?P<scale>billion|million|bn|mn|trillion|tn|[mk])?\b",
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
                r"\s*(?P<cur>美元|美金|元(?:\s*人民幣)?|人民幣|港元|港幣|新台幣|台幣|日圓|日元|円|歐元|ユーロ|ドル)"
            )
        ),
    ),
    (  # an English amount, the currency's name after it: "1.5 billion euros", "300 million yen"
        "currency",
        re.compile(
            _N
            + r"\s*(?P<scale>billion|million|trillion|bn|mn|tn)?\s+"
            + r"(?P<cur>(?:U\.?S\.?\s+|Hong\s+Kong\s+|(?:New\s+)?Taiwan\s+)?dollars"
            + r"|euros?|pounds|yen|yuan|renminbi)\b",
            re.IGNORECASE,
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
            # after a name or the verb of what it got ("甲獲183票", "乙164票", "丙氏が183票"), not after a
            # label of its own ("議員票64票", "合計183票", "以185票", "第2票"), nor a tally's other side
            # ("以185票對156票")
            rf"(?:(?<=[約约近逾])|(?<![{CJK}{KANA}0-9０-９,.，])|(?<=[{CJK}{KANA}])(?<![票計计共以數数率第投對对比]))"
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
PATTERNS += (("headcount", HEADCOUNT_RE),)  # "881万7800人", "604萬4400人次", "8.82 million", "（3.45億）"
PATTERNS += (("", RANK_RE),)  # a place in a ranking: "（22位）", "世界ランキング15位" (a plain number)
_ANY_NUMBER_RE = re.compile(r"[0-9０-９]|百分之")
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


def _number(m: re.Match[str]) -> float | None:
    raw = m.group("n") if m.group("n") is not None else m.groupdict().get("n_en")
    if raw is None:
        return None
    raw = raw.replace("−", "-")
    for word in _MINUS_WORDS:
        raw = raw.replace(word, "-")
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
    factor = SCALE_WORDS.get(scale.casefold() if scale.isascii() else scale, 1.0)
    extra = parse_number(n2) if (n2 := m.groupdict().get("n2")) is not None and scale else None
    return round(number * factor + (extra or 0), 6)


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
            number = headcount(m) if unit == "headcount" else _number(m)
            if number is None:
                continue
            u = headcount_unit(m) if unit == "headcount" else unit
            if unit in ("currency", "USD"):
                number, u = amount(m, unit, number)
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
