"""A page's date printed in parts, each in an element of its own, inside a block whose class or id names
it as the page's time (``<div class="header-time"><span class="year"><em>2020</em></span><span
class="day"><em>08</em>/<em>08</em></span>…</div>``), before the headline: no meta tag, JSON-LD or
``<time>`` states it, and the block goes with the chrome before the text's own date rules see it.
``sources.html_metadata.page_date`` reads it last.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sources.tags import tags

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

# class or id words of the block that holds the page's date and time
_DATE_BLOCK_WORDS = frozenset({"time", "date", "datetime", "pubtime", "pubdate", "timestamp"})
MAX_DATE_BLOCK_CHARS = 40
# year, month and day in this order, the parts apart (``2020 08 / 08``, ``2020年 8月 8日``)
_PARTED_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def _words(tag: Tag) -> set[str]:
    words: set[str] = set()
    for attr in ("class", "id"):
        value = tag.get(attr)
        for part in [value] if isinstance(value, str) else list(value or []):
            words.update(w for w in re.split(r"[^a-z0-9]+", str(part).lower()) if w)
    return words


def _parted_date(tag: Tag) -> str | None:
    parts = list(tag.stripped_strings)
    text = " ".join(parts)
    match = _PARTED_DATE_RE.search(text)
    if len(parts) < 2 or len(text) > MAX_DATE_BLOCK_CHARS or match is None:  # noqa: PLR2004
        return None
    if any(_PARTED_DATE_RE.search(p) for p in parts):
        return None  # the date whole in one element: the text's own rules read it
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):  # noqa: PLR2004
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parted_date(soup: BeautifulSoup) -> str | None:
    """``YYYY-MM-DD`` of the first date block whose year, month and day stand in elements apart."""
    for tag in tags(soup):
        if _words(tag) & _DATE_BLOCK_WORDS and (found := _parted_date(tag)):
            return found
    return None
