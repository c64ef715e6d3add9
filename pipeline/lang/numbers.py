"""One number parser for the whole project: digits, fullwidth digits, Chinese numerals.

``parse_number("66")``, ``parse_number("６６")``, ``parse_number("三十四")``, ``parse_number("1,234.5")``.
Numbers longer than ``MAX_DIGITS`` digits are not read (``None``): no count or rate in a news list
needs more, and Python's integer-string limit is never reached.
"""

from __future__ import annotations

import re
import unicodedata

MAX_DIGITS = 18  # the longest run of digits read as a number (pipeline.limits reports longer ones)
_CN_DIGITS = dict(zip("零〇一二兩两三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"萬": 10_000, "万": 10_000}
CN_NUM_CHARS = "零〇一二兩两三四五六七八九十百千萬万"
CN_NUM = f"[{CN_NUM_CHARS}]+"
# a number as printed: digits with optional thousands separators and decimals (ASCII or fullwidth)
DIGITS = r"[0-9０-９]{1,18}(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]{1,6})?"
NUMBER = f"(?:{DIGITS}|{CN_NUM})"
_DIGITS_RE = re.compile(f"^{DIGITS}$")


def chinese_numeral(text: str) -> int | None:
    """Value of a Chinese numeral such as 三十一, 十二, 一百零五, 兩萬 (None when it is not one)."""
    if (
        not text
        or len(text) > 12
        or any(c not in _CN_DIGITS and c not in _CN_UNITS and c not in _CN_BIG for c in text)
    ):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            total += (section + (digit or 0)) * _CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(text: str) -> int | float | None:
    """The value of a number as printed, ``None`` when ``text`` is not one number."""
    t = text.strip()
    if not t:
        return None
    if _DIGITS_RE.match(t):
        plain = unicodedata.normalize("NFKC", t).replace(",", "")
        if len(plain.replace(".", "")) > MAX_DIGITS:
            return None
        return float(plain) if "." in plain else int(plain)
    return chinese_numeral(t)


def parse_int(text: str) -> int | None:
    """An integer count (``None`` for anything else, decimals included)."""
    value = parse_number(text)
    return value if isinstance(value, int) else None
