"""Bare figures in an English sentence of pieces: the unit said once, the figures after it alone.

``Of the 600 seats, Aland won 164, Borduria 152 and Carpathia 120``, ``Aland won 164 seats, Borduria 152
and Carpathia 120``: each piece a name and a figure with no unit of its own, read as a value where the
sentence gives its unit once (the first piece's, or the whole's frame before the run: ``Of the 600
seats``) or the first piece says what the name got (``won``). A figure of four digits without a
thousands separator is a year, no bare figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.name_words import EN_REST_WORD_RE
from pipeline.lang.values import find_values

# a figure alone closing a piece ("Borduria 152", "Carpathia 1,200"), not a decimal, a year or a code
_BARE_END_RE = re.compile(r"(?<![\w.,/\-])(?:[0-9]{1,3}(?:,[0-9]{3})*)\s*\.?\s*$")
# the verb between a name and what it got, before a bare figure ("Aland won 164")
EN_GOT_VERB_RE = re.compile(r"\s+(?:won|got|took|secured|gained|received|holds|has|had|claimed)\s*")
# the frame of a whole the pieces share out ("Of the 600 seats in the new assembly", "Out of 600 seats")
# the last piece of a run, after "and", in a plural word for a kind of member, no proper name: "the AP won
# 300 seats, the BP 180 and independents 2"
KIND_WORD_RE = re.compile(r"[a-z][a-z\-]{2,}s")
_KIND_PIECE_RE = re.compile(
    rf"(?P<name>{KIND_WORD_RE.pattern})\s+(?P<n>[0-9]{{1,3}}(?:,[0-9]{{3}})*)\s*\.?\s*"
)
_AND_RE = re.compile(r",?\s+and\s+$")
_WHOLE_FRAME_RE = re.compile(r"\s*(?:of|out\s+of|among)\s+(?:the\s+)?[0-9]", re.IGNORECASE)


def bare_figure_end(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the figure alone that ends ``text[s:e]``, else ``None``."""
    m = _BARE_END_RE.search(text, s, e)
    if m is None or m.start() == s:
        return None
    digits = m.group(0).rstrip(". \t")
    return m.start(), m.start() + len(digits)


def whole_frame(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The unit of the whole the pieces before a run frame (``Of the 600 seats``: ``seats``), "" when they
    are no such frame: one piece, its one figure with a unit."""
    if len(spans) != 1:
        return ""
    s, e = spans[0]
    found = find_values(text[s:e])
    framed = _WHOLE_FRAME_RE.match(text, s, e) is not None and len(found) == 1
    return found[0].unit if framed else ""


def kind_last_piece(
    text: str, spans: Sequence[tuple[int, int]], end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The name and figure spans of the sentence's last piece when it follows the run ending at piece
    ``end`` after "and" and is a kind of member with its bare figure (``and independents 2``), else
    ``None``."""
    if not 0 < end == len(spans) - 1 or not _AND_RE.search(text, spans[end - 1][1], spans[end][0]):
        return None
    m = _KIND_PIECE_RE.fullmatch(text, *spans[end])
    if m is None or EN_REST_WORD_RE.match(m["name"]):
        return None
    return m.span("name"), m.span("n")


def kind_closing(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Proper names, then a plural word for a kind of member closing them (``AP, BP and independents``)."""
    *names, (s, e) = spans
    return (
        bool(names)
        and all(text[a : a + 1].isupper() for a, _ in names)
        and KIND_WORD_RE.fullmatch(text, s, e) is not None
        and not EN_REST_WORD_RE.match(text[s:e])
    )
