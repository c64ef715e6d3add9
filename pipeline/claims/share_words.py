"""The words of a share stated in a sentence (``一半``, ``三分之二``, ``佔…%``): the patterns that find a
share, its label and a percentage after a count, and the fraction a share's words give (``_fraction``).
Read by ``share_claims``."""

from __future__ import annotations

import re

from pipeline.claims.scan import ORG_NOUN, parse_number

_PERCENT_AFTER_RE = re.compile(
    r"^[，,、\s]*(?:約|约)?(?:佔|占|為|为|即)?(?:比例|比重)?(?:為|为|約|约)?\s*"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|％)"
)
_SHARE_RE = re.compile(
    r"(?P<mod>至少|最少|超過|超过|逾|過|过|約|约|近)?"
    r"(?P<frac>一半|半數|半数|過半|过半|逾半|[一二三四五六七八九兩两]分之[一二三四五六七八九])"
)
_SHARE_LABEL_RE = re.compile(
    r"^(?:以上)?(?:都|皆)?(?:是|為|为|屬於|属于)?(?:關於|关于|有關|有关|涉及|與|与)?"
    rf"(?P<label>[^，。；,;!?！？\n]{{1,24}}?)(?:相關|相关|有關|有关)?的?{ORG_NOUN}"
)


def _fraction(frac: str) -> float | None:
    if frac in ("一半", "半數", "半数", "過半", "过半", "逾半"):
        return 0.5
    m = re.fullmatch(r"(.+)分之(.+)", frac)
    if m is None:
        return None
    den, num = parse_number(m.group(1)), parse_number(m.group(2))
    if not den or num is None:
        return None
    return num / den
