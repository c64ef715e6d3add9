"""Rates printed in words rather than with a percent sign: tenths (``二成``, ``２割``, ``１割９分``) and
English number words before ``percent`` (``forty percent``, ``twenty-five per cent``).

``worded_rates`` gives each as (raw, percent, start, end); ``pipeline.lang.values`` turns them into values
beside those printed in digits, so an item whose rate is written out keeps its rate and its place in the list.
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import EN_WORD_NUMBER, english_number, parse_number
from pipeline.lang.scripts import fold_pattern

_TENTH_DIGITS = r"[0-9０-９]{1,2}|[一二兩两三四五六七八九十]{1,2}"
# "三成", "２割", "１割９分" (nine hundredths more), "二成五" (and a half tenth): never "成員", "成立" …
_TENTHS_RE = re.compile(
    rf"(?<![0-9０-９一二兩两三四五六七八九十百千萬万.．])(?P<n>{_TENTH_DIGITS})\s*"
    r"(?:割(?:\s*(?P<bu>[0-9０-９一二三四五六七八九])\s*分)?"
    + fold_pattern(r"|成(?:(?P<half>[一二三四五六七八九])(?![0-9０-９一二三四五六七八九十百千萬]))?")
    + fold_pattern(r")(?![員立為長功交績本果年人熟就語不])")
)
_EN_PERCENT_RE = re.compile(rf"\b(?P<w>{EN_WORD_NUMBER})[\s-]*(?:percent|per\s+cent)\b", re.IGNORECASE)
# a quick test before the patterns run (most texts hold neither)
HINT_RE = re.compile(r"[成割]|percent|per\s+cent", re.IGNORECASE)
MAX_TENTHS = 10  # "十成" is the whole; more tenths than that is no rate


def worded_rates(text: str) -> list[tuple[str, float, int, int]]:
    """Every rate written in words in ``text``: (raw, percent, start, end), in order."""
    if not HINT_RE.search(text):
        return []
    out: list[tuple[str, float, int, int]] = []
    for m in _TENTHS_RE.finditer(text):
        tenths = parse_number(m["n"])
        if tenths is None or not 0 < tenths <= MAX_TENTHS:
            continue
        extra = parse_number(m["bu"] or m["half"] or "0") or 0
        out.append((m.group(0), float(tenths * 10 + extra), m.start(), m.end()))
    for m in _EN_PERCENT_RE.finditer(text):
        if "dozen" in m["w"].lower() or (n := english_number(m["w"])) is None:
            continue
        out.append((m.group(0), float(n), m.start(), m.end()))
    return sorted(out, key=lambda r: r[2])
