"""Chinese and Japanese runs of names each with its own numbers under the same labels: medals glued
before their labels (``甲國以40金44銀42銅居首，乙國…``) and votes counted label by label
(``甲獲得甲票64票、乙票119票；乙獲得…``). Used by the inline layout (``inline.py``).
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import FIGURES_VERB_RE
from pipeline.lang.named_figures import counted_run
from pipeline.lang.row_values import numbers_before_labels
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_valued_pieces import _HIRAGANA_RE, _PAUSE_RE, _ZH_LEAD_WORD_RE, MAX_ZH_VALUE_TAIL
from sources.layouts._inline_values import _VALUE_HINT_RE
from sources.layouts._parens import split_top_level

# what parts one name and its numbers from the next: a pause, or a joiner before the last name; and the
# verb between a name and its numbers ("甲國以40金…")
_RUN_PAUSE_RE = re.compile(r"[，,、；;：:]")
_RUN_JOINER_RE = re.compile(fold_pattern(r"^(?:和|及|與|以及)"))
_RUN_VERB_RE = re.compile(fold_pattern(r"(?:以|憑|獲得|共獲|拿下|奪得)$"))


def label_runs_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲國以40金44銀42銅居首，乙國40金27銀24銅排名第二，丙國20金12銀13銅…``: names, each followed by
    numbers glued before the same labels in the same order, at least three; one enumeration, each name's
    numbers its own (``shared`` holds each one's run)."""
    spans: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []
    labels: list[tuple[str, ...]] = []
    pos = a
    while pos < b and (found := numbers_before_labels(text, pos, b)):
        first, last = found[0][1], found[-1][1]
        run = (first.start, last.end + len(found[-1][0]))
        pauses = [m.end() for m in _RUN_PAUSE_RE.finditer(text, pos, first.start)]
        s = max([pos, *pauses])
        s += m.end() if (m := _RUN_JOINER_RE.match(text[s : first.start])) else 0
        e = first.start - (len(v.group(0)) if (v := _RUN_VERB_RE.search(text, s, first.start)) else 0)
        s, e = trim(text, s, e)
        if not ZH_VALUE_NAME_RE.match(text[s:e]) or _HIRAGANA_RE.search(text[s:e]):
            break
        if _paired(text, pos, s):
            return []  # "張三、李四以558萬票": the figures are a pair's, no one name's
        spans.append((s, e))
        runs.append(run)
        labels.append(tuple(label for label, _ in found))
        pos = run[1]
    if len(spans) < MIN_ITEMS or len(set(labels)) != 1:
        return []
    return [Enumeration(tuple(spans), a, runs[-1][1], None, "", (0, 0), False, shared=tuple(runs))]


def _paired(text: str, pos: int, s: int) -> bool:
    """The name at ``s`` closes a pair joined by ``、`` (``甲黨張三、李四以…``): the name before the ``、``
    holds no figure, and the figures after both are the pair's."""
    if text[s - 1 : s] != "、":
        return False
    before = max([pos, *(m.end() for m in _RUN_PAUSE_RE.finditer(text, pos, s - 1))])
    return not _VALUE_HINT_RE.search(text, before, s - 1) and bool(text[before : s - 1].strip(WHITESPACE))


MIN_COUNTED_PIECES = 2  # pieces of a name and two labelled numbers or more, the same labels in each


def counted_pieces(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲獲得甲票64票、乙票119票，合計183票居首；乙獲得…`` (pieces parted by ``；``) or ``甲氏が１８３票
    （甲票６４、乙票１１９）、乙氏が…`` (by ``、`` outside parentheses): each piece a name, the verb or
    particle of what it got, then its numbers each under its own label (``counted_run``), the same labels
    in every piece; at least ``MIN_COUNTED_PIECES``. One enumeration, each name's numbers its own
    (``shared`` holds each one's run)."""
    if not _VALUE_HINT_RE.search(text, a, b):
        return []
    for seps in ("；;", "、"):
        pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], seps)]
        if len(pieces) < MIN_COUNTED_PIECES:
            continue  # too few pieces, whatever they hold
        read = [_counted_piece(text, s, e) for s, e in pieces]
        kept = [x for x in read if x is not None]
        if len(kept) < MIN_COUNTED_PIECES or len({labels for *_, labels in kept}) != 1:
            continue
        if any(x is None for x in read[read.index(kept[0]) : len(read) - read[::-1].index(kept[-1])]):
            continue  # a run of pieces, none between them left out
        spans = tuple(span for span, _, _ in kept)
        runs = tuple(run for _, run, _ in kept)
        return [Enumeration(spans, a, runs[-1][1], None, "", (0, 0), False, shared=runs)]
    return []


def _counted_piece(
    text: str, s: int, e: int
) -> tuple[tuple[int, int], tuple[int, int], tuple[str, ...]] | None:
    """The name span, the run of numbers and their labels of one piece (``counted_pieces``), else None."""
    for verb in FIGURES_VERB_RE.finditer(text, s, e):
        found, end = counted_run(text, verb.end(), e)
        if not found or len(text[end:e].strip(WHITESPACE + "。")) > MAX_ZH_VALUE_TAIL:
            continue
        lo = max([s, *(m.end() for m in _PAUSE_RE.finditer(text, s, verb.start()))])
        lo = max([lo, *(m.end() for m in _HIRAGANA_RE.finditer(text, lo, verb.start()))])
        lead = _ZH_LEAD_WORD_RE.match(text, lo, verb.start())
        name = trim(text, lead.end() if lead else lo, verb.start())
        if name[1] > name[0] and ZH_VALUE_NAME_RE.match(text[name[0] : name[1]]):
            return name, (verb.end(), end), tuple(label for label, _ in found)
    return None
