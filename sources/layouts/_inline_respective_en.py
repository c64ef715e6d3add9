"""English sentences that give names their values in the same order, closed by ``respectively``: ``rates
of 20%, 19% and 15% for Aland, Borduria and Carpathia, respectively``, ``Aland, Borduria and Carpathia face
rates of 20%, 19% and 15%, respectively``: the k-th value is the k-th name's (the Chinese and Japanese
``分別為`` / ``それぞれ`` are ``_inline_respective``'s). Used by the inline layout through
``_inline_grouping``.

The values are one run parted only by commas and ``and``; the names one run of capitalised names joined the
same way, either after the values and the preposition that turns to them (``for``, ``on``, ``to``) up to
``respectively``, or opening the sentence before its verb. As many names as values, or the sentence is left
to the other readers: a value given to the wrong name would accuse its outlet.
"""

from __future__ import annotations

import re

from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, is_east_asian
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_values_for import joined_names

MIN_IN_ORDER = 2  # values in order that make a list

_RESPECTIVELY_RE = re.compile(r"[\s,]*\brespectively\b")
_BETWEEN_VALUES_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
# from the last value to the names: a few lower-case words ("tariffs"), then the preposition
_TO_NAMES_RE = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}?\s+(?:for|on|to|against|in)\s+(?:the\s+)?")
_NAME = EN_NAME_RUN_RE.pattern
# names opening the sentence, before its first lower-case word (the verb): "Aland, Borduria and Carpathia
# face"
_OPENING_NAMES_RE = re.compile(
    rf"\s*(?:The\s+)?(?P<names>(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*\s*,?\s+and\s+(?:{_NAME}))\s+(?=[a-z])"
)


def en_respective_values(text: str, a: int, b: int) -> list[Enumeration]:
    """The names of the English sentence ``text[a:b]`` each with its value in order (see the module's
    docstring), as one enumeration whose items' values are in ``shared``; else ``[]``."""
    if is_east_asian(text[a:b]):
        return []
    closing = _RESPECTIVELY_RE.search(text, a, b)
    if closing is None:
        return []
    values = _value_run(text, a, closing.start())
    if len(values) < MIN_IN_ORDER:
        return []
    names: tuple[tuple[int, int], ...] | None = None
    turn = _TO_NAMES_RE.match(text, values[-1][1], closing.start())
    if turn is not None:
        names = joined_names(text, turn.end(), closing.start())
    elif not text[values[-1][1] : closing.start()].strip(" ,"):
        opening = _OPENING_NAMES_RE.match(text, a, values[0][0])
        names = joined_names(text, *opening.span("names")) if opening is not None else None
    if names is None or len(names) != len(values):
        return []
    return [Enumeration(names, a, closing.end(), None, "", (0, 0), False, shared=tuple(values))]


def _value_run(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The last run of values in ``text[a:b]`` parted only by commas and ``and`` (``20%, 19% and 15%``)."""
    run: list[tuple[int, int]] = []
    for v in find_values(text[a:b]):
        start, end = a + v.start, a + v.end
        if not v.unit:
            continue
        if run and _BETWEEN_VALUES_RE.fullmatch(text, run[-1][1], start) is None:
            run = []
        run.append((start, end))
    return run
