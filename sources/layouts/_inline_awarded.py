"""Sentences that each say which group went to whom (``甲獎由張三、李四和王五奪得，…``, ``乙獎由趙六
奪得。``, ``The Aland prize went to Jane Roe and John Doe for …``): one group a sentence, its label the
words before the verb, its names the run the verb frames (``pipeline.lang.award_cues``), a sentence of
one name too. Read only where the article tells two groups or more so, one of them of several names:
a lone ``冠軍由張三奪得`` is prose. Used by ``_inline_grouping``."""

from __future__ import annotations

import re

from pipeline.lang.award_cues import (
    EN_LAST_JOINER_RE,
    EN_WENT_TO_RE,
    ZH_GIVEN_TO_RE,
    ZH_LAST_JOINER_RE,
    ZH_WON_BY_RE,
)
from sources.layouts._headings import group_label
from sources.layouts._inline_piece_shapes import trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_GROUPS = 2
_ZH_SEPS = "、，,"
_EN_SEPS = ","
_SENTENCE_RE = re.compile(r"[^。！？\n]+")


def _names(text: str, a: int, b: int, east_asian: bool) -> list[tuple[int, int]]:
    """The names of the run ``text[a:b]``: split on the separators outside brackets, the last one at its
    joiner."""
    out: list[tuple[int, int]] = []
    pieces = split_top_level(text[a:b], _ZH_SEPS if east_asian else _EN_SEPS)
    joiner = ZH_LAST_JOINER_RE if east_asian else EN_LAST_JOINER_RE
    for k, (s, e) in enumerate(pieces):
        s, e = a + s, a + e
        if k == len(pieces) - 1:
            depth, cut = 0, None
            for found in joiner.finditer(text, s, e):  # the joiner outside brackets, the last one
                before = text[s : found.start()]
                depth = sum(before.count(o) for o in "（(") - sum(before.count(c) for c in "）)")
                if depth == 0 and found.start() > s:
                    cut = found
            if cut is not None:
                out.append(trim(text, s, cut.start()))
                s = cut.end()
        out.append(trim(text, s, e))
    return [(s, e) for s, e in out if e > s]


def _group(text: str, found: re.Match[str], east_asian: bool) -> Enumeration | None:
    spans = _names(text, *found.span("names"), east_asian)
    if not spans:
        return None
    label = found.group("label").strip()
    return Enumeration(
        tuple(spans),
        found.start("label"),
        spans[-1][1],
        None,
        group_label(label) or label,
        found.span("label"),
        False,
        (spans[-1][1], spans[-1][1]),
        label,
    )


def awarded_groups(text: str) -> list[Enumeration]:
    """The groups of ``text`` told a sentence each (see the module), or ``[]``."""
    out: list[Enumeration] = []
    for sentence in _SENTENCE_RE.finditer(text):
        s, e = sentence.span()
        found = (
            ZH_WON_BY_RE.match(text, s, e)
            or ZH_GIVEN_TO_RE.match(text, s, e)
            or EN_WENT_TO_RE.match(text, s, e)
        )
        if found is None:
            continue
        group = _group(text, found, found.re is not EN_WENT_TO_RE)
        if group is not None:
            out.append(group)
    labels = {g.label for g in out}
    if len(labels) < MIN_GROUPS or len(labels) < len(out) or not any(len(g.spans) > 1 for g in out):
        return []
    return out
