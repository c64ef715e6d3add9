"""English counts of any noun that count an enumeration's names by where they stand (``The magazine named 3
billionaires: A, B and C``, ``Three lawmakers, A, B and C, signed``, ``A, B and C, the three lawmakers
who…``), and the values after such a closing aside. Used by ``_inline_enumeration.read_enumeration`` when
no count with a counter word of the language layer introduces the names.

A number with a noun counts the list only so placed and only when it is the names' number or a little
off it (a miscount the checks judge); ``3,028 billionaires`` before three names counts something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.counts import en_counts_of_any_noun
from pipeline.lang.not_counts import NOT_A_COUNT_BEFORE_RE
from pipeline.lang.values import find_values
from sources.layouts._inline_shared_values import shared_values


def en_count_of_any_noun(
    text: str, lead_start: int, start: int, spans: Sequence[tuple[int, int]]
) -> tuple[int, tuple[int, int]] | None:
    """An English count of any noun bound to the enumeration by where it stands, with its span: ending
    its lead-in before a colon or a copula (``The magazine named 3 billionaires: A, B and C``, ``The three
    founding members are``), or an aside the items are set off in (``Three lawmakers, A, B and C,
    signed``), or right after the items, set off by a comma (``A, B and C, the three lawmakers who…``).
    It must count the items, or a few more or fewer (a list miscounted): a number of something else
    (``3,028 billionaires``, over a list of three) binds nothing, and nor does a count of names every
    one of which the article printed before (the sentence says them again)."""
    items = len(spans)
    if all(text.find(text[s:e], 0, spans[0][0]) >= 0 for s, e in spans):
        return None  # names the article has printed before: said again, not a list it introduces
    # from the sentence's start: an aside's count may stand before the clause the finder gave
    lo = max(0, lead_start - COUNT_LOOKBACK)
    lead_start = max([lo, *(m.end() for m in _EN_SENTENCE_END_RE.finditer(text, lo, start))])
    lead = text[lead_start:start]
    counts = en_counts_of_any_noun(lead)
    aside = _EN_ASIDE_END_RE.match(text, spans[-1][1]) is not None
    if counts and not NOT_A_COUNT_BEFORE_RE.search(lead[max(0, counts[-1].start - 12) : counts[-1].start]):
        c = counts[-1]
        tail = lead[c.end :]
        if _near(c.value, items) and (_EN_COUNT_TAIL_RE.fullmatch(tail) or (aside and tail.strip() == ",")):
            return c.value, (lead_start + c.start, lead_start + c.end)
    if (before := _count_of_sentence_before(text, lead_start, lead)) is not None and _near(before[0], items):
        return before
    closing = _EN_CLOSING_COUNT_RE.match(text, spans[-1][1])
    after = en_counts_of_any_noun(text[closing.end() : closing.end() + COUNT_LOOKBACK]) if closing else []
    if closing and after and after[0].start == 0 and _near(after[0].value, items):
        return after[0].value, (closing.end(), closing.end() + after[0].end)
    return None


def values_after_aside(
    text: str, count_end: int, b: int, spans: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], ...] | None:
    """The values the items share after the aside that closes them with a count (``A, B and C, the three
    hit hardest, will face 20%, 19% and 18%, respectively``): ``()`` when the clause has none after it,
    None when it has some that no item takes."""
    comma = text.find(",", count_end, b)
    rest = comma if comma >= 0 else count_end
    if not find_values(text[rest:b]):
        return ()
    shared = shared_values(text, [*spans[:-1], (spans[-1][0], rest)], b) if comma >= 0 else ()
    return shared or None


# a sentence that only says what the sentence before counted are, naming all of them: "They are", "These
# were", "The countries are" (not "They include", which names some)
_EN_THEY_ARE_RE = re.compile(r"(?:They|These|Those|The\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:are|were)\s*:?\s*")
# a count ending its sentence, with at most a few words after it ("… nationals of 12 countries.")
_EN_COUNT_ENDS_RE = re.compile(r"(?:\s+[a-z]+){0,3}\s*[.:]\s*")


def _count_of_sentence_before(text: str, lead_start: int, lead: str) -> tuple[int, tuple[int, int]] | None:
    """``The proclamation bars nationals of 12 countries. They are A, B, …``: the count that ends the
    sentence before a lead-in of a pronoun and a copula, with its span; else None."""
    if not _EN_THEY_ARE_RE.fullmatch(lead):
        return None
    lo = max(0, lead_start - 4 * COUNT_LOOKBACK)
    lo = max([lo, *(m.end() for m in _EN_SENTENCE_END_RE.finditer(text, lo, max(lo, lead_start - 2)))])
    sentence = text[lo:lead_start]
    counts = en_counts_of_any_noun(sentence)
    if not counts or not _EN_COUNT_ENDS_RE.fullmatch(sentence, counts[-1].end):
        return None
    c = counts[-1]
    if NOT_A_COUNT_BEFORE_RE.search(sentence[max(0, c.start - 12) : c.start]):
        return None
    return c.value, (lo + c.start, lo + c.end)


def _near(value: int, items: int) -> bool:
    return abs(value - items) <= max(1, round(MISCOUNT_SHARE * items))


COUNT_LOOKBACK = 40  # characters before the items (or after them) where an English count is read
_EN_SENTENCE_END_RE = re.compile(r"[.!?]\s+|\n")
# the comma that closes an aside of names ("Three lawmakers, A, B and C, signed")
_EN_ASIDE_END_RE = re.compile(r",\s+[a-z]")
# the words between the items and a count that closes them: "A, B and C, the three lawmakers who signed"
_EN_CLOSING_COUNT_RE = re.compile(r",\s+(?:the|all|these|those)\s+")


MISCOUNT_SHARE = 0.2  # a count of any noun this share of the items off (at least one) still counts them


# what may follow an English count that introduces the enumeration: a colon, or a copula; then the
# article of the first name ("The top 10 were the Aland Republic, …": the items start after "the")
_EN_COUNT_TAIL_RE = re.compile(r"\s*(?:(?:are|were|include|included|including)\s*:?|:)\s*(?:the\s+)?")
