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
            if unit == "currency":
                u = m.group("cur").strip()
            scale = m.groupdict().get("scale")
            if scale:
                u = f"{scale} {u}".strip()
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
