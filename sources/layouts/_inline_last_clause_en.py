"""The English form of ``_inline_last_clause``: a group told by its owner and count, ``Borduria's three
host cities are Zeta City, Eta City and Theta City``, then the next one in the same sentence with its
noun left out, ``while Carpathia's two are Iota City and Kappa City``. The clause after the first group
has the first's shape (an owner's name, ``'s``, a count, a copula, names): read as a group of its own,
labelled by its owner, its count stated, where every piece of its names is a name."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.numbers import DIGITS, EN_WORD_NUMBER, parse_count
from sources.layouts._inline_pieces import Enumeration

MAX_NAME_WORDS = 5
_OWNER = r"(?P<owner>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s"
_NUMBER = rf"(?P<n>{DIGITS}|{EN_WORD_NUMBER})"
_COPULA = r"(?:are|is|include|comprise)"
# the first group's lead: "Borduria's three host cities are "
_LEAD_RE = re.compile(rf"\s*{_OWNER}\s+{_NUMBER}\b[\w\s\-]*?\s+{_COPULA}\s*:?\s*$", re.IGNORECASE)
# the next clause: ", while Carpathia's two are …" (its noun left out, or not)
_NEXT_RE = re.compile(
    rf"\s*[,;]\s*(?:(?:while|whereas|and|but)\s+)?{_OWNER}\s+{_NUMBER}\b(?:\s+[a-z][\w\-]*){{0,3}}?"
    rf"\s+{_COPULA}\s+(?P<names>[^.;:!?]+)"
)
_NAME_BREAK_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAME_RE = re.compile(rf"[A-Z][\w.'’\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’\-]*){{0,{MAX_NAME_WORDS - 1}}}")


def en_owned(text: str, enum: Enumeration) -> Enumeration:
    """``enum`` labelled by its owner (``Borduria's three host cities are …``: Borduria), as the next
    clause is, when it has the first group's shape and a next clause follows it; else as it is."""
    lead = _LEAD_RE.match(text, enum.lead_start, enum.start)
    if lead is None or enum.stated is None or en_next_clause(text, enum) is None:
        return enum
    return replace(enum, label=lead["owner"], label_span=lead.span("owner"), context=lead["owner"])


def en_next_clause(text: str, enum: Enumeration) -> Enumeration | None:
    """The group the clause right after ``enum`` tells in its shape, or None."""
    if _LEAD_RE.match(text, enum.lead_start, enum.start) is None:
        return None
    m = _NEXT_RE.match(text, enum.end)
    if m is None:
        return None
    value = parse_count(m.group("n"))
    spans = _names(text, m.start("names"), m.end("names"))
    if value is None or spans is None or len(spans) < 2:
        return None
    owner = m.group("owner")
    return Enumeration(
        tuple(spans), m.start("owner"), spans[-1][1], value, owner, m.span("owner"), False, m.span("n"), owner
    )


def _names(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    b = a + len(text[a:b].rstrip())
    cuts = [a, *(x for j in _NAME_BREAK_RE.finditer(text, a, b) for x in j.span()), b]
    spans = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if any(_NAME_RE.fullmatch(text, x, y) is None for x, y in spans):
        return None
    return spans
