"""Names two at a time at one value in an English run: ``Aland and Borduria at 25%, Carpathia and
Dalmatia at 40%, and Elbonia at 30%``. Each piece of the run is names, then the value they get; a piece
whose names ``and`` joins holds two items, each with the piece's value, as ``其中甲國和乙國為25%``
does in Chinese.

Parted so only where every piece prints its own value right after its names, a piece's two sides are
each one or two capitalised words, every name the run prints alone is too (or a place CLDR knows), and
CLDR knows no one place by a piece's whole (``Trinidad and Tobago at 15%`` stays one item): the rule the
lines of a ranking's ties follow (``_ties.and_parted``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.values import find_values
from sources.layouts._inline_pieces import EN_NAME_RUN_RE
from sources.layouts._ties import and_parted, short_name

# between a piece's names and its value: "Aland and Borduria at 25%", "Carpathia (40%)", "Dalmatia: 15%"
_VALUE_GAP_RE = re.compile(r"\s*(?:[:(]\s*|at\s+)?")
_VALUE_CLOSE_RE = re.compile(r"\s*\)?\s*")


def _names_and_value(text: str, s: int, e: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The names and the value of the piece ``text[s:e]``: names from its start, then the value."""
    found = find_values(text[s:e])
    name = EN_NAME_RUN_RE.match(text, s, e)
    if not found or name is None:
        return None
    value = (s + found[0].start, s + found[-1].end)
    words = name.group(0).split()
    while words and not words[-1][:1].isupper():  # "Aland and": the name before the joiner's dangling word
        words.pop()
    name_end = s + len(" ".join(words))
    if not words or not _VALUE_GAP_RE.fullmatch(text, name_end, value[0]):
        return None
    if not _VALUE_CLOSE_RE.fullmatch(text, value[1], e) or len(found) > 1:
        return None  # values after the first: given in turn or of another kind, no pair's one value
    return (s, name_end), value


def pairs_at_one_value(
    text: str, spans: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], tuple[tuple[int, int], ...]] | None:
    """The items of an English run whose pieces name two at one value (see the module's docstring), each
    name's span and the value it shares with the name beside it; None when no piece does."""
    pieces = [p for s, e in spans if (p := _names_and_value(text, s, e)) is not None]
    if len(pieces) < 2 or len(pieces) < len(spans):
        return None
    names: list[tuple[int, int]] = []
    values: list[tuple[int, int]] = []
    paired = False
    for (s, e), value in pieces:
        parted = and_parted(text, s, e)
        if len(parted) == 1 and not short_name(text[s:e]):
            return None  # a name alone that is no short name: the run's names are not shaped alike
        paired = paired or len(parted) > 1
        names += parted
        values += [value] * len(parted)
    return (names, tuple(values)) if paired else None
