"""Values Chinese and Japanese names share, printed once after them (``アランドとボルドゥリアは25%、
カルパチアとダルマチアは40%``, ``甲國、乙國稅率為25%；丙國、丁國稅率為20%``, one value after a whole
enumeration and its closing). English values shared by names are read in ``_inline_shared_values``,
one piece of names and its value in ``_inline_valued_pieces``. Used by the inline layout (``inline.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.clause_cues import (
    MEASURE_END_RE,
    ZH_GOODS_AFTER_RE,
)
from pipeline.lang.count_lines import SUM_BEFORE_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from pipeline.lang.worded_rates import HINT_RE as WORDED_HINT_RE
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_valued_pieces import (
    _ZH_CHARGE_RE,
    _ZH_LEAD_WORD_RE,
    MAX_ZH_VALUE_TAIL,
    _valued_piece,
)
from sources.layouts._parens import paren_groups, split_top_level

# what every value holds: a digit, a percent sign, or a percent word ("百分之二十五", "25パーセント")
_VALUE_HINT_RE = re.compile(r"[0-9０-９%％]|百分之|パーセント|percent", re.IGNORECASE)


def valued_names_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """``アランドとボルドゥリアは25%、カルパチアとダルマチアは40%`` / ``甲國和乙國為25%，丙國和丁國為40%``:
    names joined by ``と``/``和`` before one value they share, piece after piece (at least two pieces of
    two names, or three names in one), each piece an enumeration of names sharing the value. Or a run of
    three pieces or more of one name each (``甲國為25%，乙國為30%，丙國為20%``, ``甲国に25％、乙国に30％``),
    the verb said once in the first (``甲國面臨25%關稅，乙國30%，丙國20%``)."""
    if not _VALUE_HINT_RE.search(text, a, b):
        return []  # no number, no value: nothing shared (most clauses of an article)
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "，,、")]
    out = [x for x in (_valued_piece(text, s, e) for s, e in pieces) if x is not None]
    if len(out) >= 2 or any(len(x.spans) >= MIN_ITEMS for x in out):
        return out
    return _one_name_run(text, pieces)


MIN_RUN_PIECES = 3  # pieces of one name and one value that make a list without a joiner


def _one_name_run(text: str, pieces: Sequence[tuple[int, int]]) -> list[Enumeration]:
    """The longest run of pieces each holding one name and its value, with a topic marker or a verb of
    charging (``對甲國加徵25%關稅``), or after the first, or after a lead-in clause of no figure
    (``甲方公布新稅率，甲國20%，乙國19%，…``), with nothing between (``乙國30%``); at least
    ``MIN_RUN_PIECES``."""
    best: list[Enumeration] = []
    run: list[Enumeration] = []
    led = False  # the piece before is a lead-in word alone ("其中，甲國30%，乙國25%")
    lead_in = False  # or a lead-in clause with no figure of its own
    # pieces parted by commas alone: a colon's words are a lead-in, not a label ("甲類：A、B" is a group)
    colon = bool(pieces) and "、" not in text[pieces[0][0] : pieces[-1][1]]
    cut = False  # the best run ends before a piece that has a figure but no name read: read in part
    for s, e in pieces:
        bare = bool(run) or led or lead_in
        piece = _valued_piece(text, s, e, min_names=1, charged=True, bare=bare, one=True, colon=colon)
        lead = _ZH_LEAD_WORD_RE.match(text, s, e)
        led = lead is not None and not text[lead.end() : e].strip(WHITESPACE)
        valued = bool(find_values(text[s:e]))
        lead_in = not valued  # "甲方公布新稅率，甲國20%，…": a clause of no figure
        if valued and _a_sum(text, s, e):  # "…，丁國減12.8萬桶，合共每日約98萬桶": the run's total
            run = []
            continue
        if piece is None or len(piece.spans) != 1 or MEASURE_END_RE.search(text, *piece.spans[0]):
            if run and run[-1] is best[-1]:
                cut = valued
            run = []
            continue
        run.append(piece)
        if len(run) > len(best):
            best, cut = list(run), False
    return best if len(best) >= MIN_RUN_PIECES and not cut else []


def _a_sum(text: str, s: int, e: int) -> bool:
    """Whether the piece ``text[s:e]`` gives a sum over the pieces before it, a total word shortly before
    its figure (``合共每日約98萬桶``): no item, and no item read in part."""
    found = find_values(text[s:e])
    return bool(found) and SUM_BEFORE_RE.search(text, s, s + found[0].start) is not None


# between a Chinese enumeration's closing and the value its names share: "…等40個經濟體的稅率為15%"
_ZH_SHARED_TAIL_RE = re.compile(
    fold_pattern(r"[^\s，,。；;、：:]{0,5}?(?:的稅率|的關稅)?(?:均為|都是|皆為|為|是)\s*")
)


_ZH_IN_ORDER_RE = re.compile(fold_pattern(r"分別|依次|各自"))


def shared_value_zh(
    text: str, spans: Sequence[tuple[int, int]], closing_end: int, hi: int
) -> tuple[tuple[int, int], ...]:
    """The one value a Chinese enumeration's names share, printed after it and its closing
    (``甲國、乙國、丙國等40個經濟體的稅率為15%``): one span per item, else ``()``."""
    if not spans or any(find_values(text[s:e]) for s, e in spans):
        return ()
    tail = _ZH_SHARED_TAIL_RE.match(text, max(closing_end, spans[-1][1]), hi)
    if tail is None:
        return _charged_value(text, spans, max(closing_end, spans[-1][1]), hi)
    if _ZH_IN_ORDER_RE.search(tail.group(0)):
        return ()  # "…稅率分別為20%和19%": values in the names' order, none shared (``_inline_respective``)
    found = find_values(text[tail.end() : hi])
    if not found or found[0].start != 0:
        return ()
    return ((tail.end(), tail.end() + found[0].end),) * len(spans)


# "將被徵收", "將面臨", "乙盟成員則被甲方徵收" (a count's noun before it): the verb of charging between a
# run and its one value, in the run's clause
MAX_CHARGE_CHARS = 12
_PAUSE_CHARS_RE = re.compile(r"[，,。；;：:、]")


def _charged_value(
    text: str, spans: Sequence[tuple[int, int]], at: int, hi: int
) -> tuple[tuple[int, int], ...]:
    """The one value charged on a Chinese enumeration's names, a verb of charging between them and it
    (``甲國、乙國和丙國將被徵收25%的關稅``): one span per item, else ``()``."""
    found = find_values(text[at:hi])
    if not found:
        return ()
    verb = text[at : at + found[0].start].strip(WHITESPACE)
    if (goods := ZH_GOODS_AFTER_RE.match(verb)) is not None:
        verb = verb[goods.end() :]  # "甲國和乙國的進口商品將被徵收": whose goods are charged
    if len(verb) > MAX_CHARGE_CHARS or _PAUSE_CHARS_RE.search(verb) or _ZH_CHARGE_RE.search(verb) is None:
        return ()
    return ((at + found[0].start, at + found[0].end),) * len(spans)


def valued_groups_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲國、乙國稅率為25%；丙國、丁國稅率為20%；戊國稅率為40%``: a sentence's pieces parted by ``；``, each
    names joined by ``、``/``和`` before the one value they share (a piece may name one), at least two
    pieces and three names in all; one enumeration per piece. Without ``；``, the pieces are parted by the
    pause after each value (``甲國為20%，乙國、丙國和丁國均為19%``, ``甲国は20％、乙国、丙国は19％``), and
    one piece at least names several: pieces of one name each are ``valued_names_zh``'s run."""
    if not (_VALUE_HINT_RE.search(text, a, b) or WORDED_HINT_RE.search(text, a, b)):
        return []  # no figure, no rate in words ("四成", "一成"): nothing shared
    if "；" in text[a:b] or ";" in text[a:b]:
        pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "；;")]
    else:
        if _VALUE_PAUSE_RE.search(text, a, b) is None:
            return []  # no pause to end a value's clause: one piece
        pieces = _after_each_value(text, a, b)
        if pieces and _a_sum(text, *pieces[-1]):
            pieces = pieces[:-1]  # "…，合共每日約98萬桶": the pieces' total, no piece of theirs
        if len(pieces) < 2:
            return []  # one piece: no pieces to part
        out = [_valued_piece(text, s, e, min_names=1, charged=True, bare=True) for s, e in pieces]
        if any(x is None for x in out) or all(len(x.spans) < 2 for x in out if x):
            return []
        if all(
            _one_name(text, s, e) for (s, e), x in zip(pieces, out, strict=True) if x and len(x.spans) > 1
        ):
            return []  # "…、丁及戊亞減4.8萬桶": 及 is a sound of the name, the pieces one name each
        bare = [x for x in out if x is not None]
        return bare if sum(len(x.spans) for x in bare) >= MIN_ITEMS else []
    out = [_valued_piece(text, s, e, min_names=1, charged=True) for s, e in pieces]
    kept = [x for x in out if x is not None]
    if len(kept) < 2 or len(kept) < len(pieces) - 1 or sum(len(x.spans) for x in kept) < MIN_ITEMS:
        return []
    # a piece left unread may be a clause of story, never one with a value: "甲國和乙國的稅率最高，為40%；
    # 丙國為36%" read from its second piece on would be a list read in part
    unread = [(s, e) for (s, e), x in zip(pieces, out, strict=True) if x is None]
    return [] if any(find_values(text[s:e]) for s, e in unread) else kept


def _one_name(text: str, s: int, e: int) -> bool:
    """Whether the piece ``text[s:e]`` names one, read with 及 as a sound of its name."""
    one = _valued_piece(text, s, e, min_names=1, charged=True, bare=True, one=True)
    return one is not None and len(one.spans) == 1


# the end of a piece after its value: a few words closing the clause (``となった``), then a pause
_AFTER_VALUE_RE = re.compile(rf"[^\s，,、。；;：:（）()]{{0,{MAX_ZH_VALUE_TAIL}}}?[，,、]")
_VALUE_PAUSE_RE = re.compile(r"[，,、]")  # the pause ``_AFTER_VALUE_RE`` ends with


def _after_each_value(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` parted at the pause that ends each value's clause, outside parentheses."""
    cuts: list[int] = []
    values = find_values(text[a:b])
    if not values:
        return [(a, b)] if b > a else []
    inside = {a + k for g in paren_groups(text[a:b]) for k in range(g.start, g.end)}
    for v in values:
        m = _AFTER_VALUE_RE.match(text, a + v.end, b)
        if m is not None and m.end() - 1 not in inside:
            cuts.append(m.end())
    bounds = [a, *cuts, b]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k + 1] > bounds[k]]
