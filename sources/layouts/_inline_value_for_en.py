"""English lines of a list grouped by its values, each a value first and the names it is for after it:
``40% tariffs for Aland and Borduria`` / ``36% for Carpathia and Dalmatia`` / ``25% for Elbonia, Freedonia
and Genovia``. Each line is one enumeration whose names share its value. Read only where two lines or
more in a row (blank lines between them aside) are so, every value of one unit, every name capitalized;
a line alone is a sentence. Used by ``_inline_grouping.find_enumerations``, as a whole run."""

from __future__ import annotations

import re

from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration, item_spans

MIN_LINES = 2
MAX_VALUE_WORDS = 3  # words between the value and "for" ("tariffs", "reciprocal tariff")
_LINE_RE = re.compile(
    rf"^[ \t]*(?:[-•*–][ \t]+)?(?P<value>\S+?(?:\s+(?:percent|per\s+cent))?)"
    rf"(?:\s+[a-z][\w\-]*){{0,{MAX_VALUE_WORDS}}}\s+(?:for|on)\s+(?P<names>[A-Z][^\n]*?)[.;]?[ \t]*$",
    re.MULTILINE,
)


def _line(text: str, m: re.Match[str]) -> Enumeration | None:
    found = find_values(m.group("value"))
    if len(found) != 1 or not found[0].unit or found[0].start != 0 or found[0].end != len(m.group("value")):
        return None
    s, e = m.span("names")
    if is_east_asian(text[s:e]):
        return None
    spans = item_spans(text, s, e, False) if ("," in text[s:e] or " and " in text[s:e]) else [(s, e)]
    if not spans or not all(text[a : a + 1].isupper() for a, _ in spans):
        return None
    value = m.span("value")
    return Enumeration(tuple(spans), m.start(), e, None, "", (0, 0), False, shared=(value,) * len(spans))


def _unit(text: str, e: Enumeration) -> str:
    return find_values(text[slice(*e.shared[0])])[0].unit


def value_for_lines(text: str) -> list[Enumeration]:
    """The runs of lines read as the module's docstring says, one enumeration a line."""
    out: list[Enumeration] = []
    run: list[Enumeration] = []
    for m in [*_LINE_RE.finditer(text), None]:
        e = _line(text, m) if m is not None else None
        gap = text[run[-1].end : m.start()] if run and m is not None else ""
        if e is not None and (not run or (not gap.strip() and _unit(text, e) == _unit(text, run[0]))):
            run.append(e)
            continue
        if len(run) >= MIN_LINES:
            out.extend(run)
        run = [e] if e is not None else []
    return out
