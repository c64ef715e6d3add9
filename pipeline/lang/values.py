"""Values printed beside a name: rates, amounts, plain numbers.

``find_values`` returns every value in a text with its span; a value is never part of a name, so the
item parser cuts them out. Units are normalized (``%``, ``％``, ``百分之``, ``パーセント``, ``percent``
all give ``%``); the raw text is kept as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.numbers import CN_NUM, DIGITS, parse_number
from pipeline.lang.scripts import FOOTNOTE_MARKS, fold_pattern

_N = rf"(?P<n>[+\-−]?{DIGITS})"
_SCALE = fold_pattern(r"(?P<scale>億|萬|千|百萬|兆|billion|million|bn|mn|m|k|trillion)?")
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("%", re.compile(fold_pattern(r"百分之\s*") + rf"(?P<n>{DIGITS}|{CN_NUM})(?:\s*點\s*(?P<frac>[0-9]+))?")),
    ("%", re.compile(_N + r"\s*(?:%|％|パーセント|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE)),
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
            + r"(?:\s*(?P<scale>billion|million|bn|mn|trillion|[mk]\b|億|亿|萬|万|兆))?",
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
            + fold_pattern(r"(?:\s*(?P<n2>[0-9０-９]{1,4})\s*(?P<scale2>萬))?")  # "3億2000万"
            + fold_pattern(
                r"\s*(?P<cur>美元|美金|元|人民幣|港元|港幣|新台幣|台幣|日圓|日元|円|歐元|ユーロ|ドル)"
            )
        ),
    ),
)
_ANY_NUMBER_RE = re.compile(r"[0-9０-９]|百分之")
_PLAIN_RE = re.compile(rf"^\s*[+\-−]?{DIGITS}\s*$")


@dataclass(frozen=True, slots=True)
class Found:
    raw: str
    number: float | None
    unit: str
    start: int
    end: int


# what a scale word multiplies by (Chinese and Japanese 兆 is a trillion, as in finance news)
_SCALES = {
    "百萬": 1e6, "百万": 1e6, "億": 1e8, "亿": 1e8, "萬": 1e4, "万": 1e4, "千": 1e3, "兆": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12,
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
    if m.group("n") is None:
        return None
    raw = m.group("n").replace("−", "-")
    sign = -1 if raw.startswith("-") else 1
    value = parse_number(raw.lstrip("+-"))
    if value is None:
        return None
    frac = m.groupdict().get("frac")
    if frac:
        value = float(f"{value}.{frac}")
    return sign * value


def find_values(text: str) -> list[Found]:
    """Every rate or amount in ``text``, in order, non-overlapping."""
    if not _ANY_NUMBER_RE.search(text):
        return []  # every pattern holds a digit, but "百分之" before a Chinese numeral
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
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
            found.append(Found(m.group(0), number, u, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def plain_value(text: str) -> Found | None:
    """A cell that is only a number (``46``, ``1,200``), or only one rate or amount, a footnote mark
    after it or not (``20%†``)."""
    t = text.strip().rstrip(FOOTNOTE_MARKS).rstrip()
    if _PLAIN_RE.match(t):
        number = parse_number(t.lstrip("+-−"))
        if number is not None:
            sign = -1 if t.startswith(("-", "−")) else 1
            return Found(t, sign * number, "", 0, len(t))
    values = find_values(t)
    if len(values) == 1 and values[0].start == 0 and values[0].end == len(t):
        return values[0]
    return None
