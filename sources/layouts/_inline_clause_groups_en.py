"""Groups told in the clauses of one English sentence, each clause names, a verb and the group's label:
``Aland, Borduria and Carpathia face a full ban, while Dalmatia and Elbonia face partial restrictions.``,
``Aland, Borduria and Carpathia are barred entirely; Dalmatia and Elbonia face partial limits.`` The
English form of ``_inline_clause_groups``, with its conditions: every clause so (else the sentence is left
unread: groups read in part would accuse the outlet of leaving out the rest), two clauses at least, each of
two names or more, their labels (the words after the verb, an article aside) all different, none saying
``too``, each clause's verb or label saying a measure (``ban``, ``barred``, ``limits``: prose of the same
shape, ``face an uncertain future``, says something else). The sentence may open with words before a
comma (``Under the order, …``).
"""

from __future__ import annotations

import re

from pipeline.lang.group_cues import (
    CLAUSE_GROUP_ALSO_EN_RE,
    CLAUSE_GROUP_BREAK_EN_RE,
    CLAUSE_GROUP_MEASURE_EN_RE,
    CLAUSE_GROUP_VERB_EN_RE,
)
from sources.layouts._inline_piece_shapes import name_shaped
from sources.layouts._inline_pieces import Enumeration

MIN_CLAUSES = 2
MIN_NAMES = 2
MAX_LEAD = 60  # characters of the words before the first clause ("Under the proclamation")
MAX_CLAUSES = 6

_NAME = r"(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*){0,3}"
_NAMES_RE = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?")
_NAME_RE = re.compile(_NAME)
_LABEL_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?P<label>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,4})")
_LEAD_END_RE = re.compile(r",\s+")
_THE_RE = re.compile(r"^the\s+")
_CLAUSE_RE = re.compile(
    rf"(?P<names>{_NAMES_RE.pattern})\s+(?P<verb>{CLAUSE_GROUP_VERB_EN_RE.pattern})\s+{_LABEL_RE.pattern}"
)
_STOP = " .!?"
_STOP_RE = re.compile(r"[.!?](?=\s)")


def en_clause_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """The groups of the sentences of ``text[a:b]`` (a line may hold several), each sentence's one per
    clause (see the module's docstring), or ``[]``."""
    cuts = [a, *(m.end() for m in _STOP_RE.finditer(text, a, b)), b]
    return [g for k in range(len(cuts) - 1) for g in _sentence_groups(text, cuts[k], cuts[k + 1])]


def _sentence_groups(text: str, a: int, b: int) -> list[Enumeration]:
    a += len(text[a:b]) - len(text[a:b].lstrip())
    b = len(text[:b].rstrip(_STOP))
    if not CLAUSE_GROUP_BREAK_EN_RE.search(text, a, b):
        return []
    lead = _LEAD_END_RE.search(text, a, min(b, a + MAX_LEAD))
    # words before the first comma ending in lower case ("Under the order, …"), never a name: the first
    # clause's names would be cut
    words = text[a : lead.start()].split() if lead is not None else []
    led = bool(words) and words[-1][:1].islower()
    for lo in (a, lead.end()) if lead is not None and led else (a,):
        if (groups := _clauses(text, lo, b, MAX_CLAUSES)) is not None and len(groups) >= MIN_CLAUSES:
            labels = [g.label for g in groups]
            return groups if len(set(labels)) == len(labels) else []
    return []


def _clauses(text: str, a: int, b: int, depth: int) -> list[Enumeration] | None:
    """``text[a:b]`` read as clauses parted by ``CLAUSE_GROUP_BREAK_EN_RE``, each a group, or None."""
    if depth == 0:
        return None
    if (whole := _clause(text, a, b)) is not None:
        return [whole]
    for m in CLAUSE_GROUP_BREAK_EN_RE.finditer(text, a, b):
        head = _clause(text, a, m.start())
        if head is None:
            continue
        if (rest := _clauses(text, m.end(), b, depth - 1)) is not None:
            return [head, *rest]
    return None


def _clause(text: str, a: int, b: int) -> Enumeration | None:
    m = _CLAUSE_RE.fullmatch(text, a, b)
    if m is None or CLAUSE_GROUP_ALSO_EN_RE.search(m.group("label")):
        return None
    if not CLAUSE_GROUP_MEASURE_EN_RE.search(text, m.start("verb"), b):
        return None  # "face an uncertain future": no measure befalls the names
    spans = [n.span() for n in _NAME_RE.finditer(text, *m.span("names"))]
    if len(spans) < MIN_NAMES or not all(name_shaped(_THE_RE.sub("", text[s:e]), False) for s, e in spans):
        return None
    label = m.group("label")
    return Enumeration(tuple(spans), a, spans[-1][1], None, label, m.span("label"), False, context=label)
