"""Enumerations the run's other articles make lists: a run of names no cue of its own makes a list
(``被制裁人員為張三、李四、王五。``, ``Partial limits apply to Aland, Borduria and Carpathia.``) is one
when most of its names are names the other articles' lists print (``Document.known``, read again by
``pipeline.reread``); so are two such names in a clause of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.scripts import name_fold
from sources.layouts._inline_clause_spans import clause_spans
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration, item_spans
from sources.layouts._parens import split_top_level

KNOWN_SHARE = 2 / 3  # of a run's names, at least, the other lists print
MIN_KNOWN = 2  # names, at least


def _known(key: str, known: frozenset[str]) -> bool:
    """``key`` or its end is a name another list prints (``乙國參議員張三``: 張三 after the post)."""
    return any(key[i:] in known for i in range(max(0, len(key) - 1)))


def known_runs(text: str, rejected: Sequence[Enumeration], known: frozenset[str]) -> list[Enumeration]:
    """The runs of ``rejected`` most of whose names the other articles' lists print."""
    if not known:
        return []
    out = []
    for run in rejected:
        hits = sum(1 for s, e in run.spans if _known(name_fold(text[s:e]), known))
        if hits >= MIN_KNOWN and hits >= KNOWN_SHARE * len(run.spans):
            out.append(run)
    return out


def known_pairs(text: str, taken: Sequence[Enumeration], known: frozenset[str]) -> list[Enumeration]:
    """Two names in a clause of their own (``被制裁實體為甲基金會、乙研究所。``), both printed by the other
    articles' lists, beside none the article's lists hold already: a list of two."""
    if not known:
        return []
    out = []
    for ca, cb in clause_spans(text, 0, len(text)):
        for s, e in split_top_level(text[ca:cb], "，,"):  # "…包括A、B、C，以及D、E": the pieces of a clause
            a, b = ca + s, ca + e
            if joiner := FINAL_JOINER_RE.match(text, a, b):
                a = joiner.end()  # "以及D、E": the joiner that opens the piece is no part of D
            if any(a < x.end and x.start < b for x in taken):
                continue
            spans = item_spans(text, a, b, is_east_asian(text[a:b]))
            if spans and len(spans) == 2 and all(_known(name_fold(text[x:y]), known) for x, y in spans):
                out.append(Enumeration(tuple(spans), a, spans[-1][1], None, "", (0, 0), False))
    return out
