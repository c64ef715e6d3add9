"""Value labels and marker values: the one value a heading's label states (``稅率25%的國家``), and the
number a Roman numeral or a digit marker stands for (``iv``, ``3``).
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from sources.layouts._headings import HEADING_MARKER_RE

# what a label holds around its value when the value is all it says: "稅率為41%的有", "40%的國家",
# "被課徵19%關稅的國家有"
VALUE_LABEL_BEFORE_RE = re.compile(
    fold_pattern(r"^(?:被?(?:課徵|徵收|加徵))?(?:(?:稅率|關稅)\s*(?:為|是)?)?$")
)
VALUE_LABEL_AFTER_RE = re.compile(
    fold_pattern(r"^(?:的?(?:關稅|稅率))?(?:的)?(?:國家|國|經濟體|地區)?(?:有|是|為|包括)?$")
)


def value_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the one value a label says and nothing else about (``稅率25%的國家``), else None."""
    label = text[start:end]
    bare = HEADING_MARKER_RE.match(label)
    at = bare.end() if bare and bare.end() < len(label) else 0
    found = find_values(label[at:])
    if len(found) != 1:
        return None
    counts = find_counts(label)
    tail = label[at + found[0].end :]
    for c in reversed([c for c in counts if c.start >= at + found[0].end]):
        tail = tail[: c.start - at - found[0].end] + tail[c.end - at - found[0].end :]
    before, after = (
        label[at : at + found[0].start].strip(WHITESPACE),
        tail.strip(WHITESPACE + "：:（）()】〕]"),
    )
    if not (VALUE_LABEL_BEFORE_RE.match(before) and VALUE_LABEL_AFTER_RE.match(after)):
        return None
    return start + at + found[0].start, start + at + found[0].end


def roman_value(text: str) -> int | None:
    """Value of a roman numeral (i, iv, XII ...), None when malformed."""
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    t = text.lower()
    if not t or any(ch not in vals for ch in t):
        return None
    total = 0
    for a, b in zip(t, t[1:] + " ", strict=True):
        va, vb = vals[a], vals.get(b, 0)
        total += -va if va < vb else va
    return total if 0 < total < 4000 and _to_roman(total) == t else None


def _to_roman(n: int) -> str:
    table = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for v, s in table:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def digit_value(text: str) -> int | None:
    return int(text) if text.isdigit() else None
