"""Two lists of one article introduced by parallel words: ``The individuals designated are:`` over lines
of names, then ``The entities designated are A, B and C.``; ``全面禁止入境的國家包括：`` then
``部分限制入境的國家包括…``.

Outlets print a list's groups one after another in the same words but the one naming the group. Such a
lead-in is as sure a sign of another group as a stated count is, where the article counts its groups
elsewhere (``sanctioned four individuals and three companies``) or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Mention
from sources.layouts._headings import group_label

MAX_LEAD_CHARS = 80  # a lead-in line, not a paragraph of prose
MIN_SHARED_WORDS = 2  # "designated are"
MIN_SHARED_CHARS = 3  # "的國家包括"
_EDGES = WHITESPACE + "：:，,、;；。.-—–•・*"
_LATIN_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_SENTENCE_END_RE = re.compile(r"[。！？!?]|\.\s")


def _line_before(text: str, start: int) -> str:
    """The words of ``start``'s line before it, from the line's last sentence on; else, when nothing is
    before it on its line (an item of lines), the nearest line above that is not blank."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(_EDGES)
    if before:
        ends = list(_SENTENCE_END_RE.finditer(before))
        return before[ends[-1].end() :].strip(_EDGES) if ends else before
    pos = line_start - 1
    while pos > 0:
        above_start = text.rfind("\n", 0, pos) + 1
        above = text[above_start:pos].strip(_EDGES)
        if above:
            return above
        pos = above_start - 1
    return ""


def _shared_tail(a: list[str], b: list[str]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _parallel(a: str, b: str) -> bool:
    """Leads alike but for the words naming each group: a shared end of two words or more (of three
    characters in Chinese and Japanese), before which each says something of its own."""
    if not a or not b or a == b or max(len(a), len(b)) > MAX_LEAD_CHARS:
        return False
    wa, wb = _LATIN_WORD_RE.findall(a), _LATIN_WORD_RE.findall(b)
    if wa and wb:
        n = _shared_tail([w.lower() for w in wa], [w.lower() for w in wb])
        return n >= MIN_SHARED_WORDS and n < len(wa) and n < len(wb)
    ca, cb = list(a.replace(" ", "")), list(b.replace(" ", ""))
    n = _shared_tail(ca, cb)
    return n >= MIN_SHARED_CHARS and n < len(ca) and n < len(cb)


def _alike(a: str, b: str) -> bool:
    """Parallel as printed, or once each is cut to the words naming its group (``…する国は以下の通り`` /
    ``…する国は``: the words saying the list follows are the first's alone)."""
    return _parallel(a, b) or _parallel(group_label(a), group_label(b))


def parallel_lead(text: str, found: Sequence[Mention], read: Sequence[Sequence[Mention]]) -> bool:
    """``found`` is led in by words parallel to those leading in a list already ``read``."""
    if not found:
        return False
    lead = _line_before(text, min(m.start for m in found))
    return any(ms and _alike(lead, _line_before(text, min(m.start for m in ms))) for ms in read)
