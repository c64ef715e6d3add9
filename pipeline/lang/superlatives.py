"""The size of a ranking told by a superlative after a number (``the 10 highest-paid athletes``, ``the 10
richest``, ``the five largest economies``): a count of the list a heading or lead-in introduces, never one
read in running text, where the same words name a set the sentence says something else of.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import Count
from pipeline.lang.numbers import DIGITS, EN_WORD_NUMBER, parse_count

# the first N of a ranking told by a superlative ("the 10 highest-paid athletes", "the 10 richest", "the five
# largest economies", "the three most valuable"): N counts the list, the plural noun after it (if any) its
# counter; words that end in -est and compare nothing ("interest", "protest") are no superlative
_NOT_SUPERLATIVE = (
    "interest forest contest protest request arrest harvest honest modest suggest digest invest quest "
    "guest nest test rest west chest priest manifest conquest"
).split()
SUPERLATIVE_COUNT_RE = re.compile(
    rf"\b(?P<en>{DIGITS}|(?i:{EN_WORD_NUMBER}))\s+"
    rf"(?:(?:most|least)\s+[a-z][a-z\-]*|(?:best|worst|(?!(?:{'|'.join(_NOT_SUPERLATIVE)})\b)[a-z]{{2,}}est)"
    r"(?:-[a-z]+)?)\b(?:\s+(?P<ec>[a-z][\w\-]*[a-z]s|[a-z]*(?:people|men))\b)?"
)


def superlative_count(text: str) -> Count | None:
    """The first N of a ranking a heading or lead-in tells by a superlative (``SUPERLATIVE_COUNT_RE``);
    in running text the same words describe a set the sentence says something else of (``the 10
    highest-paid earned a combined $1.4 billion``): the caller reads it only where it heads a list."""
    m = SUPERLATIVE_COUNT_RE.search(text)
    value = parse_count(m.group("en")) if m is not None else None
    return Count(value, m.group("ec") or "", m.start(), m.end()) if m is not None and value else None
