"""One number parser for the whole project: digits, fullwidth digits, Chinese numerals, and English
number words for counts.

``parse_number("66")``, ``parse_number("６６")``, ``parse_number("三十四")``, ``parse_number("1,234.5")``;
``parse_count("twenty-one")``, ``parse_count("two dozen")``, ``parse_count("12")`` (a count, in digits,
Chinese numerals or English words; ``EN_WORD_NUMBER`` is the pattern of the words).
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
# the ten stems, which number a document's parts in order as letters do ("（甲）", "（乙）")
STEMS = "甲乙丙丁戊己庚辛壬癸"
# a number as printed: digits with optional thousands separators and decimals (ASCII or fullwidth)
DIGITS = r"[0-9０-９]{1,18}(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]{1,6})?"
NUMBER = f"(?:{DIGITS}|{CN_NUM})"
_DIGITS_RE = re.compile(f"^{DIGITS}$")
# what a scale word multiplies by (Chinese and Japanese 兆 is a trillion, as in finance news)
SCALE_WORDS = {
    "萬億": 1e12, "万亿": 1e12, "兆": 1e12, "千萬": 1e7, "千万": 1e7, "百萬": 1e6, "百万": 1e6,
    "億": 1e8, "亿": 1e8, "萬": 1e4, "万": 1e4, "千": 1e3,
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip


# a scale word printed with a figure ("14.51億", "8.82 million", "$3bn"): the figure says its own magnitude
_SCALE_IN_RE = re.compile(
    "|".join(sorted((w for w in SCALE_WORDS if not w.isascii()), key=len, reverse=True))
    + r"|(?<=[0-9\s])(?:thousand|million|billion|trillion|mn|bn|tn)\b",
    re.IGNORECASE,
)


def says_scale(raw: str) -> bool:
    """``raw`` prints its figure with a scale word (``14.51億``, ``8.82 million``): no header's unit
    multiplies it again."""
    return _SCALE_IN_RE.search(raw) is not None


def scale_alone(word: str) -> float | None:
    """The factor a scale word printed alone says, as a header gives it for its column's plain numbers
    (``億``, ``萬``, ``百萬``, ``millions``, ``bn``); None for anything else, and for a letter alone
    (``m`` may be metres, ``k`` a grade)."""
    w = word.strip().casefold()
    w = w[:-1] if w.endswith(("millions", "billions", "thousands", "trillions")) else w
    return SCALE_WORDS.get(w) if len(w) > 1 or not w.isascii() else None


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


EN_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_WORD = "|".join(
    [*sorted(EN_TENS, key=len, reverse=True), *sorted(EN_NUMBER_WORDS, key=len, reverse=True)]
)
# an English count in words: "seven", "twenty-one", "twenty one", "a dozen", "two dozen", "half a dozen"
# (not "dozens", no count); a pattern to embed, case-insensitive where it is compiled so
EN_WORD_NUMBER = (
    rf"(?:(?:half\s+)?a|(?:{_EN_WORD})(?:[- ](?:{_EN_WORD}))?)\s+dozen\b"
    rf"|(?:{_EN_WORD})(?:[- ](?:{_EN_WORD}))?"
)
DOZEN = 12


def english_number(text: str) -> int | None:
    """``twelve`` -> 12, ``twenty-one`` -> 21, ``a dozen`` -> 12, ``two dozen`` -> 24, ``half a dozen``
    -> 6 (None for anything else)."""
    t = text.lower().replace("-", " ").split()
    if t[-1:] == ["dozen"]:
        head = t[:-1]
        if head == ["half", "a"]:
            return DOZEN // 2
        times = 1 if head == ["a"] else english_number(" ".join(head)) if head else None
        return times * DOZEN if times else None
    if len(t) == 1:
        return EN_NUMBER_WORDS.get(t[0], EN_TENS.get(t[0]))
    if len(t) == 2 and t[0] in EN_TENS and t[1] in EN_NUMBER_WORDS and 0 < EN_NUMBER_WORDS[t[1]] < 10:
        return EN_TENS[t[0]] + EN_NUMBER_WORDS[t[1]]
    return None


def parse_count(text: str) -> int | None:
    """A count as printed: digits, Chinese numerals (``parse_int``) or English words (``english_number``)."""
    value = parse_int(text)
    return value if value is not None else english_number(text.strip())
