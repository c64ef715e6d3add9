"""Dates written in a sentence (``1月7日``, ``7日``, ``January 7``), read against the article's own date,
and whether a sentence or clause speaks of an earlier event."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from pipeline.lang.decision_cues import EN_WEEKDAYS, WEEKDAY_RE
from pipeline.lang.scripts import fold_pattern
from pipeline.models import Article

_DATE_RE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?<![月\d])(?P<d2>\d{1,2})\s*日"
)
_YEAR_RE = re.compile(r"(\d{4})\s*年")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_EN_DATE_RE = re.compile(
    rf"\b(?P<mon>{'|'.join(m.capitalize() for m in _MONTHS)})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>\d{4}))?\b"
)


def _article_ymd(article: Article) -> tuple[int, int, int] | None:
    return _ymd(article.date or "")


@lru_cache(maxsize=64)
def _ymd(date: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _iso_date(m: re.Match[str], article: Article) -> str | None:
    ref = _article_ymd(article)
    if m.group("d2"):
        if ref is None:
            return None
        year, month, day = ref[0], ref[1], int(m.group("d2"))
        if day > ref[2]:
            month -= 1
            if month == 0:
                year, month = year - 1, 12
    else:
        month, day = int(m.group("m")), int(m.group("d"))
        if m.group("y"):
            year = int(m.group("y"))
        elif ref is not None:
            year = ref[0] if (month, day) <= (ref[1], ref[2]) else ref[0] - 1
        else:
            return f"--{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def dates_in(s: str, article: Article) -> list[tuple[int, int, str]]:
    """Dates written in ``s`` (``1月7日``, ``7日``, ``January 7``) as (start, end, ISO or --MM-DD)."""
    out: list[tuple[int, int, str]] = []
    for m in _DATE_RE.finditer(s):
        iso = _iso_date(m, article)
        if iso:
            out.append((m.start(), m.end(), iso))
    ref = _article_ymd(article)
    for m in _EN_DATE_RE.finditer(s):
        month = _MONTHS.index(m.group("mon").casefold()) + 1
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            continue
        if m.group("y"):
            iso = f"{int(m.group('y')):04d}-{month:02d}-{day:02d}"
        elif ref is not None:
            year = ref[0] if (month, day) <= (ref[1], ref[2]) else ref[0] - 1
            iso = f"{year:04d}-{month:02d}-{day:02d}"
        else:
            iso = f"--{month:02d}-{day:02d}"
        out.append((m.start(), m.end(), iso))
    return sorted(out)


def article_day(article: Article) -> date | None:
    """The article's own date, when it has one."""
    ref = _article_ymd(article)
    return date(*ref) if ref is not None else None


def weekdays_in(s: str, article: Article) -> list[tuple[int, int, str]]:
    """Weekdays written in ``s`` (``on Thursday``, ``周四``, ``木曜``) as (start, end, ISO date): the last
    such day on or before the article's own date (none without it)."""
    day = article_day(article)
    if day is None:
        return []
    out = []
    for start, key in time_keys(s):
        if key.startswith("d"):
            back = (day.weekday() - int(key[1:])) % 7
            m = WEEKDAY_RE.match(s, start)
            end = m.end() if m else start + 1
            out.append((start, end, (day - timedelta(days=back)).isoformat()))
    return out


def older_year(s: str, article: Article) -> bool:
    ref = _article_ymd(article)
    if ref is None:
        return False
    return any(y < ref[0] for y in _years(s))


@lru_cache(maxsize=65_536)
def _years(s: str) -> tuple[int, ...]:
    """The years (``2025年``) a sentence names."""
    return tuple(int(y) for y in _YEAR_RE.findall(s))


_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)|(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_EN_MONTH_RE = re.compile(rf"\b({'|'.join(m.capitalize() for m in _MONTHS)})\b(?:\s+(\d{{1,2}})\b)?")
PAST_MARGIN_DAYS = 14  # a date this much before the article's is another, earlier decision
# a date that says when a thing the sentence names was made, not when its event happens: "依據3月2日簽署的
# 行政令，對9名官員實施制裁", "under an order signed on March 2, the ministry sanctioned 9 officials"
_ZH_DATED_THING_RE = re.compile(fold_pattern(r"\s*(?:簽署|通過|發布|公布|頒布|生效|宣布|實施)的"))
_EN_DATED_THING_RE = re.compile(r"\b(?:signed|issued|passed|adopted|enacted|published)\s+(?:on|in)?\s*$")


def earlier(article: Article) -> Callable[[str], bool]:
    """Whether a clause speaks of an earlier event: a year before the article's, or only months (with
    their day, more than ``PAST_MARGIN_DAYS`` before) earlier in the same year."""
    ref = _article_ymd(article)

    def past(clause: str) -> bool:
        if ref is None:
            return False
        if any(int(y) < ref[0] for y in _YEAR_RE.findall(clause)):
            return True
        months = [
            (int(m.group(1) or m.group(2)), int(m.group(3) or 0))
            for m in _MONTH_RE.finditer(clause)
            if not _ZH_DATED_THING_RE.match(clause, m.end())
        ]
        months += [
            (_MONTHS.index(m.group(1).casefold()) + 1, int(m.group(2) or 0))
            for m in _EN_MONTH_RE.finditer(clause)
            if not _EN_DATED_THING_RE.search(clause, 0, m.start())
        ]
        ago = [
            (ref[1] - month) * 31 + ref[2] - day if day else (ref[1] - month) * 31
            for month, day in months
            if 1 <= month <= 12 and 0 <= day <= 31
        ]
        return bool(ago) and min(ago) > PAST_MARGIN_DAYS

    return past


_ZH_WEEKDAY = "一二三四五六日"
_JA_WEEKDAY = "月火水木金土日"


def time_keys(text: str) -> list[tuple[int, str]]:
    """The months and weekdays ``text`` names, in order, as (offset, key): ``6月5日`` and ``June`` ->
    "m6", ``Wednesday``, ``周三`` and ``水曜`` -> "d2". The words that tie a count to a dated group."""
    out = [(m.start(), f"m{int(m.group(1) or m.group(2))}") for m in _MONTH_RE.finditer(text)]
    out += [(m.start(), f"m{_MONTHS.index(m.group(1).casefold()) + 1}") for m in _EN_MONTH_RE.finditer(text)]
    for m in WEEKDAY_RE.finditer(text):
        if m.group(1):
            day = EN_WEEKDAYS.index(m.group(1).casefold())
        elif m.group(2):
            day = 6 if m.group(2) in "日天" else _ZH_WEEKDAY.index(m.group(2))
        else:
            day = _JA_WEEKDAY.index(m.group(3))
        out.append((m.start(), f"d{day}"))
    return sorted(out)
