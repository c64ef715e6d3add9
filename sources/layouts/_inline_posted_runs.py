"""Names with their posts parted by commas (``部長張三, 次長李四``): where each piece of a post and a
name ends, read as ``、``-separated items. Used by ``_inline_separators.with_separators_read``.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.models import AttributeKind
from sources.items import split_item
from sources.layouts._inline_piece_shapes import MAX_ZH_PERSON, MIN_ITEMS

# a comma, and the joiner after it, between runs of people named after their posts
_POSTED_COMMA_RE = re.compile(fold_pattern(r"，(?:以及|及|和|還有)?"))
_CLOSING_ETC_RE = re.compile(r"等|など")


def _posted(piece: str) -> bool:
    """``众议员张三``: a person's name after their post, nothing else (no verb after the name)."""
    split = split_item(piece, 0, len(piece))
    name = piece[split.name_start : split.name_end]
    return 0 < len(name) <= MAX_ZH_PERSON and any(
        a.kind is AttributeKind.TITLE and a.end <= split.name_start for a in split.attributes
    )


def _end(clause: str, commas: list[re.Match[str]], k: int) -> int:
    """Where the piece after the ``k``-th comma (the clause's start for 0) ends."""
    return commas[k].start() if k < len(commas) else len(clause)


def _posted_pieces(clause: str) -> str | None:
    """``警務處處長張三，保安局局長李四，律政司司長王五。``: people each named after their post, parted by
    commas only (no ``、``), the commas read as ``、`` (one character for one); None unless every piece
    is so (a piece that is not is no part of a list: read in part, the list would be short)."""
    if "、" in clause:
        return None
    commas = [
        m
        for m in _POSTED_COMMA_RE.finditer(clause)
        if clause.count("（", 0, m.start()) == clause.count("）", 0, m.start())
    ]
    if len(commas) < MIN_ITEMS - 1:
        return None
    starts = [0] + [m.end() for m in commas]
    pieces = [
        clause[a : _end(clause, commas, k)].strip(WHITESPACE).rstrip("。") for k, a in enumerate(starts)
    ]
    if not all(_posted(piece) for piece in pieces):
        return None
    out = list(clause)
    for m in commas:
        out[m.start() : m.end()] = ["、"] + [" "] * (m.end() - m.start() - 1)
    return "".join(out)


def _posted_runs(clause: str) -> str | None:
    """The clause with the commas (and the joiner after them) that part runs of people named after their
    posts read as ``、`` (one character for one): ``议员甲、乙，众议员丙，以及主席丁、戊等5人``, one list of
    five under three posts. Each run after a comma opens with a post and a name; a run of one name goes on
    into another run, the last run holds ``、`` or closes with ``等``; the first run opens with a post too."""
    commas = [
        m
        for m in _POSTED_COMMA_RE.finditer(clause)
        if clause.count("（", 0, m.start()) == clause.count("）", 0, m.start())
    ]
    # the run the commas go on from: the first piece between commas holding "、" and opening with a post
    starts = [0] + [m.end() for m in commas]
    opening = next((k for k, a in enumerate(starts) if "、" in clause[a : _end(clause, commas, k)]), None)
    if opening is None or not _posted(clause[starts[opening] :].split("、")[0][-(MAX_ZH_PERSON + 12) :]):
        return None
    commas = commas[opening:]
    joined = []
    for k, m in enumerate(commas):
        run = clause[m.end() : _end(clause, commas, k + 1)]
        if not _posted(run.split("、")[0]):
            break
        last = k + 1 == len(commas) or not _posted(
            clause[commas[k + 1].end() :].split("、")[0].split("，")[0]
        )
        if last and "、" not in run and not _CLOSING_ETC_RE.search(run):
            break
        joined.append(m)
        if last:
            break
    if not joined:
        return None
    out = list(clause)
    for m in joined:
        out[m.start() : m.end()] = ["、"] + [" "] * (m.end() - m.start() - 1)
    return "".join(out)
