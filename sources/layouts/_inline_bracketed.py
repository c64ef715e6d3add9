"""A count, then the list it counts in brackets inside the sentence: ``11の国と地域（A、B、…）を除外``,
``將11個國家和地區（甲國、乙國…）移除``, ``the 5 countries (Aland, Borduria and Carpathia)``.

The bracket follows the count and the noun it counts at once (no pause between them), holds two names
or more parted by ``、``, ``，`` or ``,`` (the last two perhaps joined by a word, ``A and B``), every piece
name-shaped and nothing that says the names are examples only (``など``, ``such as``). Its names are
one enumeration and the count before it is theirs, when they are about as many as it says
(``COUNT_GAP_SHARE``; a count much larger numbers something else: ``5カ国（A、B）``). A bracket of one
piece, an abbreviation or a gloss (``世界保健機関（WHO）``, ``3社（いずれも甲国企業）``), is no list.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.leads import SELECTION_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_piece_shapes import is_east_asian, name_shaped, trim
from sources.layouts._inline_pieces import Enumeration, split_final
from sources.layouts._parens import paren_groups, split_top_level

# how far the names may be from the count and still be its list: one, or a quarter of a long count (a
# name left out or added is the outlet's error to report; "5カ国（A、B、C）" names some of five only)
COUNT_GAP_SHARE = 4
# the noun a count numbers, between the count and its bracket, no pause inside ("國家和地區", "countries")
MAX_COUNTED_NOUN = 12  # characters
_NOUN_RE = re.compile(rf"[^、，,。：:；;（()）\n]{{0,{MAX_COUNTED_NOUN}}}?\s*[（(]")


def counted_brackets(text: str, a: int, b: int) -> list[Enumeration]:
    """The enumerations in brackets of the sentence ``text[a:b]``, each bound to the count before it."""
    if "（" not in text[a:b] and "(" not in text[a:b]:
        return []
    groups = {a + g.start: a + g.end for g in paren_groups(text[a:b])}
    out: list[Enumeration] = []
    for count in find_counts(text[a:b]):
        noun = _NOUN_RE.match(text, a + count.end, b)
        if noun is None or (close := groups.get(noun.end() - 1)) is None:
            continue
        spans = _names(text, noun.end(), close - 1)
        if spans is None or abs(len(spans) - count.value) > max(1, count.value // COUNT_GAP_SHARE):
            continue
        lead = max(
            [a, *(m.end() for m in _PAUSE_RE.finditer(text, out[-1].end if out else a, a + count.start))]
        )
        out.append(
            Enumeration(
                tuple(spans), lead, close, count.value, "", (0, 0), False, (a + count.start, a + count.end)
            )
        )
    return out


_PAUSE_RE = re.compile(r"[、，,：:；;]\s*")  # the clause of a count starts after the last pause before it


def _names(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The names parted in ``text[s:e]`` (a bracket's inside), or None: fewer than two, a piece that is
    no name, or a word saying they are examples."""
    inside = text[s:e]
    if SELECTION_RE.search(inside) or not inside.strip(WHITESPACE):
        return None
    east_asian = is_east_asian(inside)
    pieces = [(s + x, s + y) for x, y in split_top_level(inside, "、，," if east_asian else ",，")]
    *before, last = pieces
    spans = [trim(text, *p) for p in before] + [trim(text, *h) for h in split_final(text, *last)]
    spans = [(x, y) for x, y in spans if y > x]
    if len(spans) < 2:
        return None
    if not all(name_shaped(text[x:y], east_asian) for x, y in spans):
        return None
    return spans
