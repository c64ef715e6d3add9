"""English sentences that print each value before the names it applies to: ``a 19% tariff on Aland,
Borduria and Carpathia and a 20% tariff on Dalmatia``, ``rates of 19% for Aland and Borduria, and 20% for
Carpathia``. Used by the inline layout through ``_inline_grouping``.

Every value of the sentence opens a piece: the value, at most ``MAX_TAIL_WORDS`` lower-case words of what
it is (``tariff``, ``reciprocal rate``), ``for`` (or ``on``/``against`` after such a word), then names joined
by commas and ``and``, up to the words that open the next value (``and a``, ``, and``). Each piece is an
enumeration whose names share its value. A sentence one value of which opens no such piece (``rose 3% on
Monday``), or one name of which is no name, is left to the other readers: a list read in part would accuse
its outlet of leaving the rest out.
"""

from __future__ import annotations

import re

from pipeline.lang.count_binding import SENTENCE_BREAK_RE
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MIN_ITEMS, is_east_asian, strip_article
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._joined_places import inside_a_place

MAX_TAIL_WORDS = 2  # lower-case words between a value and the preposition ("reciprocal tariff")
MIN_PIECES = 2  # values that make the sentence a list grouped by value (one is a shared value's reader's)

_FOR_RE = re.compile(
    rf"(?:\s+[a-z][\w\-]*){{0,{MAX_TAIL_WORDS}}}?\s+for\s+"  # "rates of 19% for"
    rf"|(?:\s+[a-z][\w\-]*){{1,{MAX_TAIL_WORDS}}}?\s+(?:on|against)\s+"  # "a 19% tariff on"
)
# the words between a piece's last name and the next value: ", and a", " and rates of", "; "
_TO_NEXT_RE = re.compile(
    r"[\s,;]*(?:\b(?:and|while|with|plus)\b)?[\s,]*(?:\b(?:an?|(?:rates?|tariffs?|duties|levies)\s+of)\b)?\s*$"
)
_NAME_SEP_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_END = " \t.;,"


def en_values_for(text: str, a: int, b: int) -> list[Enumeration]:
    """The pieces of each English sentence of ``text[a:b]`` read as the module's docstring says."""
    if is_east_asian(text[a:b]) or not re.search(r"[0-9]", text[a:b]):
        return []
    breaks = [a + m.end() for m in SENTENCE_BREAK_RE.finditer(text[a:b])]
    out: list[Enumeration] = []
    for s, e in zip([a, *breaks], [*breaks, b], strict=True):
        out.extend(_sentence(text, s, e))
    return out


def _sentence(text: str, a: int, b: int) -> list[Enumeration]:
    values = [(a + v.start, a + v.end) for v in find_values(text[a:b]) if v.unit]
    if len(values) < MIN_PIECES:
        return []
    opens = [_FOR_RE.match(text, end, b) for _, end in values]
    if any(m is None for m in opens):
        return []
    pieces: list[Enumeration] = []
    for k, ((v_start, v_end), m) in enumerate(zip(values, opens, strict=True)):
        assert m is not None
        hi = values[k + 1][0] if k + 1 < len(values) else b
        to_next = _TO_NEXT_RE.search(text, m.end(), hi)  # every part optional: it matches at ``hi`` at worst
        chunk_end = to_next.start() if to_next is not None else hi
        names = joined_names(text, m.end(), chunk_end if k + 1 < len(values) else _end(text, m.end(), hi))
        if names is None:
            return []
        lead = a if k == 0 else v_start
        pieces.append(
            Enumeration(
                names, lead, names[-1][1], None, "", (0, 0), False, shared=((v_start, v_end),) * len(names)
            )
        )
    return pieces if sum(len(p.spans) for p in pieces) >= MIN_ITEMS else []


def _end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in _END:
        e -= 1
    return e


def joined_names(text: str, s: int, e: int) -> tuple[tuple[int, int], ...] | None:
    """The names of ``text[s:e]`` joined by commas and ``and``, each a run of capitalized words (an article
    before it left out); None when a part is not one."""
    spans: list[tuple[int, int]] = []
    start = s
    seps = [
        m for m in _NAME_SEP_RE.finditer(text, s, e) if not inside_a_place(text, s, e, m.start(), m.end())
    ]
    for m in [*seps, None]:  # "Trinidad and Tobago": an and inside a place's name parts nothing
        end = m.start() if m is not None else e
        lo = strip_article(text, start, end)
        if not text[lo : lo + 1].isupper() or EN_NAME_RUN_RE.fullmatch(text, lo, end) is None:
            return None
        spans.append((lo, end))
        if m is not None:
            start = m.end()
    return tuple(spans) if spans else None
