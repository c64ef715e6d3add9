"""The band of values a group's label prints: ``3%至3.5%``, ``2% to 3%``, ``超過3.5%``, ``Above 3.5%``,
``3.5％以上``, ``不足2%``, each as (low, high, unit), an open end ``None``.

Only a label that is a band and nothing else has one: a value, its range or its comparison word, and at
most a few words of its own (``國防支出超過3.5%``), so a label that only mentions a number
(``2024年`` or ``前10名``) has none. Ends are read as printed; whether a value is inside is for the caller,
which counts the ends as inside (``3%至3.5%`` and ``超過3.5%`` may both hold 3.5%).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.scripts import fold_pattern
from pipeline.lang.values import find_values

# a comparison before the number ("超過3.5%", "above 3.5%") or after it ("3.5%以上", "2％未満")
_ABOVE_BEFORE_RE = re.compile(
    fold_pattern(r"(?:超過|超出|高於|多於|逾|大於|不低於|不少於|≥|>|＞)\s*$")
    + r"|\b(?:above|over|more\s+than|exceeding|at\s+least|greater\s+than)\s*$",
    re.IGNORECASE,
)
_BELOW_BEFORE_RE = re.compile(
    fold_pattern(r"(?:低於|少於|不足|不到|未達|小於|≤|<|＜)\s*$")
    + r"|\b(?:below|under|less\s+than|up\s+to)\s*$",
    re.IGNORECASE,
)
_ABOVE_AFTER_RE = re.compile(fold_pattern(r"^\s*(?:以上|或以上|超|及以上)"))
_BELOW_AFTER_RE = re.compile(fold_pattern(r"^\s*(?:以下|或以下|未満|未滿|及以下)"))
MAX_OTHER_CHARS = 8  # words of its own a band label may hold beside its value and comparison word


@dataclass(frozen=True, slots=True)
class Band:
    low: float | None
    high: float | None
    unit: str

    def holds(self, number: float, *, slack: float = 0.0) -> bool:
        """Whether ``number`` lies in the band, its ends included, within ``slack``."""
        return (self.low is None or number >= self.low - slack) and (
            self.high is None or number <= self.high + slack
        )


def band_of(label: str) -> Band | None:
    """The band ``label`` prints, else None (see the module's docstring)."""
    found = find_values(label)
    if len(found) != 1 or not found[0].unit:
        return None
    f = found[0]
    before, after = label[: f.start], label[f.end :]
    if f.low is not None or f.high is not None:
        # a range, or a bound whose word the value holds ("超過3.5%", "3.5%以上": ``lang.hedges``)
        band, used = Band(f.low, f.high, f.unit), 0
    elif f.number is None or f.approximate:
        return None
    elif m := (_ABOVE_BEFORE_RE.search(before)):
        band, used = Band(f.number, None, f.unit), len(_letters(m.group(0)))
    elif m := (_BELOW_BEFORE_RE.search(before)):
        band, used = Band(None, f.number, f.unit), len(_letters(m.group(0)))
    elif m := (_ABOVE_AFTER_RE.match(after)):
        band, used = Band(f.number, None, f.unit), len(_letters(m.group(0)))
    elif m := (_BELOW_AFTER_RE.match(after)):
        band, used = Band(None, f.number, f.unit), len(_letters(m.group(0)))
    else:
        return None
    return band if len(_letters(before + after)) - used <= MAX_OTHER_CHARS else None


def _letters(text: str) -> str:
    return re.sub(r"[\s\W_]", "", text)
