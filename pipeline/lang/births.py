"""Dates of birth printed beside a person: the words that say a date is one (``DOB``, ``born``,
``出生``, ``生まれ``) and the date read to its year, month and day, as far as it is printed.

``birth_of(label, text)`` reads an attribute (its column label or field name, and its text):
``("DOB", "02 Mar 1961")``, ``("出生日期", "1961年3月2日")``, ``("", "born 1961")``,
``("", "1961年3月2日出生")``. A date that is no birth's (``appointed 2020``) is read as nothing."""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# a label or the words beside a date that make it a birth date
BIRTH_CUE_RE = re.compile(
    fold_pattern(r"\b(?:DOB|date\s+of\s+birth|born|b\.)(?=\W|$)|出生|生於|生年月日|生まれ|年生"), re.I
)
# an age said with its word, all a piece says ("64歲", "64岁", "64歳"): told of a person, never a count
AGE_RE = re.compile(r"^[0-9０-９]{1,3}\s*[歲岁歳才]$")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DATES = (
    re.compile(r"(?:(?P<day>\d{1,2})\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),  # 02 Mar 1961
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+" + _YEAR + r"\b", re.I),  # Mar 2, 1961
    re.compile(
        fold_pattern(_YEAR + r"\s*年(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*[日號])?)?")
    ),
    re.compile(_YEAR + r"(?:[-/.](?P<month>\d{1,2})(?:[-/.](?P<day>\d{1,2}))?)?\b"),  # 1961-03-02, 1961
)

BirthDate = tuple[int, int | None, int | None]  # year, month, day (None where not printed)


def birth_of(label: str, text: str) -> BirthDate | None:
    """The birth date an attribute prints, when its label or its own words say it is one."""
    if not (BIRTH_CUE_RE.search(label) or BIRTH_CUE_RE.search(text)):
        return None
    for pattern in _DATES:
        m = pattern.search(text)
        if m is None:
            continue
        found = m.groupdict()
        month = found.get("month")
        if found.get("mon"):
            month = str(_MONTH_NAMES.index(found["mon"][:3].casefold()) + 1)
        day = found.get("day")
        return int(found["year"]), int(month) if month else None, int(day) if day else None
    return None


def same_birth(a: BirthDate, b: BirthDate) -> bool:
    """Whether two birth dates agree on every part both print (``1961`` agrees with ``02 Mar 1961``)."""
    return all(x == y for x, y in zip(a, b, strict=True) if x is not None and y is not None)
