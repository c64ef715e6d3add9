"""A group's label in a series opening the sentence of its names, with no colon after it:
``第三級則包括甲國、乙國、丙國等…``, ``第一類涵蓋5個國家，即甲國、…``, ``第三類為受禁運的國家，如甲國、乙國和
丙國``, ``The third tier covers countries under an embargo, such as Aland, Borduria and Carpathia``.

The label (``lang.group_cues.SERIES_IN_SENTENCE_RE``: ``第三級``, "the third tier") opens the lead-in, or
its clause after the lead-in's first pause (``根據新規，第一類…``), a verb of what the group holds follows
it right away (``則包括``, ``為``, ``共``, "covers"), and the names follow the verb at once (Chinese) or after
words about them closed by a colon or a pause and a cue of examples (``，如``, ``，即``, ", such as").
Such a lead-in labels its enumeration as a colon's words would (``_inline_labels``) and makes it a list
(``_inline_accepting``) when it holds ``MIN_ITEMS`` names or more. A sentence whose words only look so
(``第三級則包括許多因素``, a label inside a clause, ``業界認為第三級包括…``) labels nothing.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import SERIES_EXAMPLES_OPENING_RE, SERIES_IN_SENTENCE_RE
from pipeline.lang.scripts import WHITESPACE

_PAUSES = "，,"
_STOPS = "。；;!?！？\n"  # a sentence's full stop ends the clause before it reaches here


def _opening(text: str, lead_start: int, first: int) -> re.Match[str] | None:
    head = text[lead_start:first]
    m = SERIES_IN_SENTENCE_RE.search(head)
    if m is None:
        return None
    before = head[: m.start()].strip(WHITESPACE)
    if before and (before[-1] not in _PAUSES or any(c in before[:-1] for c in _PAUSES + _STOPS)):
        return None  # "業界認為第三級包括…": a label inside a clause
    rest = head[m.end() :]
    if any(c in rest for c in _STOPS) and not rest.rstrip(WHITESPACE).endswith(("：", ":")):
        return None
    if rest.strip(WHITESPACE) and SERIES_EXAMPLES_OPENING_RE.search(rest) is None:
        return None  # "第三類為受禁運的國家" with no cue of the names after it
    return m


def series_sentence_label(text: str, lead_start: int, first: int) -> tuple[str, tuple[int, int]]:
    """The series label opening the lead-in ``text[lead_start:first]`` of an enumeration and its span, or
    ``("", (0, 0))`` (see the module)."""
    m = _opening(text, lead_start, first)
    if m is None:
        return "", (0, 0)
    group = "en" if m.group("en") else "zh"
    s, e = m.span(group)
    return text[lead_start + s : lead_start + e].strip(WHITESPACE), (lead_start + s, lead_start + e)


def series_sentence_count(text: str, lead_start: int, first: int) -> tuple[int, tuple[int, int]] | None:
    """The count right after the verb of a series label opening the lead-in (``第一級共5個國家：``, "The
    first tier covers 5 close allies …:"), the group's, and its span with the noun it counts; None when
    the verb is followed by anything else ("covers about 120 countries", ``為受禁運的國家``)."""
    m = _opening(text, lead_start, first)
    if m is None:
        return None
    at = lead_start + m.end()
    counts = find_counts(text[at:first])
    if not counts or text[at : at + counts[0].start].strip(WHITESPACE):
        return None
    # quoted with the noun it counts, to the pause or colon after it ("5個國家和地區", "5 close allies …")
    noun_end = min(
        (k for c in _PAUSES + "：:" if (k := text.find(c, at + counts[0].end, first)) >= 0), default=first
    )
    return counts[0].value, (at + counts[0].start, noun_end)
