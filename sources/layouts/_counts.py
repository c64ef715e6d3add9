"""The count a heading or a lead-in states: ``(共計31個)``, ``（共18個）``, ``共35個``, ``(31)``,
``三十一個``, ``31 organizations``; and the count a cell's label carries in parentheses (``甲類（3）``).

Each reader returns the number with its span in the text it was given; words come from the language layer
(``pipeline.lang.counts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.closing_lead_ins import closing_lead_in
from pipeline.lang.count_binding import drawn_from, lead_in_counts, without_wholes
from pipeline.lang.counts import find_counts
from pipeline.lang.numbers import CN_NUM, parse_int
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE, zre
from sources.layouts._shapes import CLOSE_PARENS, OPEN_PARENS, TEXT_CACHE


def _number(text: str) -> int | None:
    return parse_int(text)


_COUNT_PATTERNS = (
    zre(rf"[（(]\s*共\s*計?\s*(?P<n>\d{{1,4}}|{CN_NUM})\s*(?:個|家|項|所)?[^）)]{{0,6}}[）)]"),
    zre(rf"共\s*計?\s*(?P<n>\d{{1,4}}|{CN_NUM})\s*(?:個|家|項|所)"),
    zre(rf"共\s*計?\s*(?P<n>\d{{1,4}}|{CN_NUM})"),
    re.compile(r"[（(]\s*(?P<n>\d{1,3})\s*[）)]"),
    zre(r"(?P<n>\d{1,4})\s*個"),
    re.compile(
        r"\b(?P<n>\d{1,4})\s+(?:[A-Za-z\-]+\s+)?(?:organi[sz]ations|entities|bodies|agencies|institutions|groups|"
        r"items|members)\b",
        re.IGNORECASE,
    ),
)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int  # span of the count expression in the text it was found in
    end: int


MAX_COUNTED_LABEL = 40  # a heading that states a count with any counter word is at most this long
MAX_OPENING_COUNT_LABEL = 80  # or this long when it opens with the count
MAX_COUNT_OPENING = 4  # characters before a count that opens its line ("Twelve countries …", "The 12 …")


@lru_cache(maxsize=TEXT_CACHE)
def find_count(text: str) -> Count | None:
    """The count a heading states, with where it is written; not the whole a later count in it is taken
    from (``全部32個成員中，以下12國``: 12)."""
    found = find_counts(text)
    wholes = [(c.start, c.end) for c in found if drawn_from(text, c, found)]
    for pat in _COUNT_PATTERNS:
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in wholes):
                continue
            value = _number(m.group("n"))
            if value is not None:
                return Count(value, m.start(), m.end())
            break
    # （十二國）, 4人, 12カ国
    counts = without_wholes(text, found) if len(text) <= MAX_OPENING_COUNT_LABEL else []
    if counts and len(text) > MAX_COUNTED_LABEL and counts[0].start > MAX_COUNT_OPENING:
        counts = []  # a longer line counts only when it opens with its count ("Twelve countries face …")
    if counts:
        return Count(counts[0].value, counts[0].start, counts[0].end)
    return lead_in_count(text)


MAX_EN_LEAD_IN = 160  # characters of an English line that introduces the list under it with a colon
MAX_ZH_LEAD_IN = 80
_NOTE_IN_PARENS_RE = re.compile(r"\s*[(（][^()（）]*[)）]")


def lead_in_count(text: str) -> Count | None:
    """The one count of a line that introduces the list under it and ends in a colon, a note in
    parentheses aside (``The rates for the 10 largest partners (the tariff each charges in brackets):``);
    a line of several counts, or of sentences, states none. Which counts the line gives its list is the
    language layer's ``lead_in_counts`` (``Of the 69 partners, these five:`` gives none)."""
    s = text.strip(WHITESPACE)
    if not s.endswith(("：", ":")):
        return None
    offset = len(text) - len(text.lstrip(WHITESPACE))
    if (last := closing_lead_in(s)) > 0:  # "NUS kept eighth place. The top 10:": its last sentence leads in
        found = lead_in_count(s[last:])
        return Count(found.value, offset + last + found.start, offset + last + found.end) if found else None
    bare = _NOTE_IN_PARENS_RE.sub(lambda m: " " * len(m.group(0)), s)
    limit = MAX_ZH_LEAD_IN if EAST_ASIAN_RE.search(bare) else MAX_EN_LEAD_IN
    if len(bare.strip()) > limit or re.search(r"[。！？!?]|[a-z]\.\s", bare):
        return None
    counts = lead_in_counts(bare)
    if len(counts) != 1 or len(find_counts(bare)) > 1:
        return None
    return Count(counts[0].value, offset + counts[0].start, offset + counts[0].end)


# ``（共18個）`` ending a label: what ``split_count_label`` reads the count from
_COUNT_PAREN = (
    rf"[（(]\s*(?:共\s*計?\s*)?(?P<n>\d{{1,3}}|{CN_NUM})\s*" r"(?:個|家|項|所)?[^（()）\d]{0,4}[）)]"
)
_COUNT_CELL_RE = zre(rf"^(?P<label>.*?\S)\s*{_COUNT_PAREN}$")
_COUNT_PAREN_RE = zre(_COUNT_PAREN)


def count_labels_at_most(text: str) -> int:
    """How many labels of ``text`` could end with their count (``split_count_label``) at most: the count's
    parentheses hold no other parenthesis, so each such label ends with a match of its own."""
    return sum(1 for _ in _COUNT_PAREN_RE.finditer(text))


def split_count_label(token: str) -> tuple[str, int] | None:
    """``"X（共18個）"`` -> ("X", 18): a table label that ends with its count."""
    m = _COUNT_CELL_RE.match(token.strip())
    if not m:
        return None
    label = m.group("label").strip()
    value = _number(m.group("n"))
    if value is None or not label or any(ch in label for ch in OPEN_PARENS + CLOSE_PARENS):
        return None
    return label, value
