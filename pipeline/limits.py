"""Limits that keep one hostile article from costing the run: number sizes and list lengths.

Digits become an ``int`` only up to ``MAX_NUMBER_DIGITS`` (Python refuses more than 4,300 and a count,
rate or date never has more than a few); a longer run of digits is no number, and the reader reports
it. An article's list is handed to matching with at most ``MAX_LIST_ITEMS`` items and its prose with
at most ``MAX_PROSE_MENTIONS`` candidates; the rest is dropped and reported. An input file larger than
``DEFAULT_MAX_BYTES`` is skipped, and an article not read within ``DEFAULT_ARTICLE_SECONDS`` too
(both the defaults of the command's ``--max-bytes`` and ``--article-timeout``).
"""

from __future__ import annotations

MAX_NUMBER_DIGITS = 18
MAX_LIST_ITEMS = 2_000
MAX_PROSE_MENTIONS = 2_000
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_ARTICLE_SECONDS = 60.0


def bounded_int(text: str) -> int | None:
    """The value of a run of decimal digits, or None when it is not one or is too long to be a number."""
    if not text or len(text) > MAX_NUMBER_DIGITS or not text.isdecimal():
        return None
    return int(text)
