"""Names two at a time at one value in an English run: ``Aland and Borduria at 25%, Carpathia and
Dalmatia at 40%, and Elbonia at 30%``. Each piece of the run is names, then the value they get; a piece
whose names ``and`` joins holds two items, each with the piece's value, as ``其中甲國和乙國為25%``
does in Chinese. Names alone before such a piece are of its group too (``Aland, Borduria and Carpathia
at 25%, Dalmatia at 40%``): the ``and`` closes it.

Parted so only where every piece prints its own value right after its names, a piece's two sides are
each one or two capitalised words, every name the run prints alone is too (or a place CLDR knows), and
CLDR knows no one place by a piece's whole (``Trinidad and Tobago at 15%`` stays one item): the rule the
lines of a ranking's ties follow (``_ties.and_parted``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE
from sources.layouts._ties import and_parted, short_name

# between a piece's names and its value: "Aland and Borduria at 25%", "Carpathia (40%)", "Dalmatia: 15%"
_VALUE_GAP_RE = re.compile(r"\s*(?:[:(]\s*|at\s+)?")
_VALUE_CLOSE_RE = re.compile(r"\s*\)?\s*")
_AND_JOINER_RE = re.compile(r",?\s+and\s+")
_EN_NAME_AT_END_RE = re.compile(rf"\b(?:{EN_NAME_RUN_RE.pattern})$")


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
    name's span and the value it shares with the names beside it; None when no piece does. Names alone
    before such a piece share its value too (``Aland, Borduria and Carpathia at 25%, Dalmatia at 40%``):
    the ``and`` closes their group."""
    names: list[tuple[int, int]] = []
    values: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []  # names alone, before the piece whose value they share
    for s, e in spans:
        piece = _names_and_value(text, s, e)
        if piece is None:
            if not short_name(text[s:e].strip()) or find_values(text[s:e]):
                return None
            waiting.append((s, e))
            continue
        (s, e), value = piece
        parted = and_parted(text, s, e)
        if len(parted) == 1 and (waiting or not short_name(text[s:e])):
            return None  # names alone before a name alone, or one that is no short name: not shaped alike
        names += [*waiting, *parted]
        values += [value] * (len(waiting) + len(parted))
        waiting = []
    if waiting or len(names) <= len(spans):
        return None  # names alone closing the run, or no piece parted: no names at one value
    return names, tuple(values)


def names_share_the_next(text: str, before: tuple[int, int], first: int) -> bool:
    """Whether the English piece ``before`` a piece of a name and its value (from ``first``) ends with a
    name and no value, joined to it by ``and``: ``Borduria and Carpathia at 25%`` gives both the value,
    and the names before Borduria too, a shape of its own (``pairs_at_one_value``)."""
    s, e = before
    name = _EN_NAME_AT_END_RE.search(text, s, e)
    return (
        _AND_JOINER_RE.fullmatch(text, e, first) is not None
        and name is not None
        and text[name.start() : name.start() + 1].isupper()
        and not find_values(text[s:e])
    )
