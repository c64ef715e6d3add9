"""An item's values as the outlets print them, and how two prints compare: a number or a range
(``_Num``), the step a print shows, one print backing or departing from another, a column's consensus
(``_consensus``), the value a column should hold (``_expected``), and values written back (``_amount``,
``_printed``, ``_value_quote``). Read by ``checks.values``, ``checks.value_cascade``, ``checks.place_values``
and ``checks.rank_swaps``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import NamedTuple

from pipeline.checks.view import MIN_CORROBORATION, _View
from pipeline.checks.wording import _fmt
from pipeline.group_labels import NUMBERED_LABEL_RE
from pipeline.lang.precision import backs, departs, printed_step
from pipeline.models import Mention


class _Range(NamedTuple):
    """A range's two ends (``32%至36%``): one value, compared with the ranges other outlets print."""

    low: float
    high: float


_Num = float | _Range


def _shown(x: _Num) -> str:
    return f"{_fmt(x.low)}–{_fmt(x.high)}" if isinstance(x, _Range) else _fmt(x)


def _step(held: tuple[_Num, Mention, int]) -> float:
    """The step a held value's print shows (``printed_step``); 0 for a range (compared exactly)."""
    v = held[1].values[held[2]]
    return 0.0 if isinstance(held[0], _Range) else printed_step(v.raw, v.number)


def _backs(a: _Num, step_a: float, b: _Num, step_b: float) -> bool:
    """One print backs the other: equal, or the coarser is the finer rounded (``lang.precision.backs``)."""
    if isinstance(a, _Range) or isinstance(b, _Range):
        return a == b
    return backs(a, step_a, b, step_b)


def _departs(a: _Num, step_a: float, b: _Num, step_b: float) -> bool:
    """The prints clearly disagree, beyond the rounding of the coarser (``lang.precision.departs``)."""
    if isinstance(a, _Range) or isinstance(b, _Range):
        return a != b
    return departs(a, step_a, b, step_b)


class _Consensus(NamedTuple):
    """A column's most printed value for one entity, the prints of one figure counted as one value: the
    value at the head of the largest camp (``top``), its camp's size, the size of the largest camp that
    does not back it, and the camp's most precise print (``best``, what the others are said to give)."""

    top: _Num
    top_step: float
    support: int
    runner: int
    best: _Num
    best_step: float
    best_art: str


def _consensus(held: list[tuple[str, _Num, float]]) -> _Consensus:
    """The consensus of (article, value, step) in article order: the first value with the most outlets
    backing it (with exact values: the most printed, the first printed on a tie). Prints are compared
    once per distinct (value, step), so that many outlets printing one figure alike cost little."""
    first: dict[tuple[_Num, float], int] = {}  # distinct print -> its first outlet
    count: dict[tuple[_Num, float], int] = defaultdict(int)
    for i, (_, x, s) in enumerate(held):
        first.setdefault((x, s), i)
        count[(x, s)] += 1
    prints = list(first)
    support = {p: sum(count[q] for q in prints if _backs(*p, *q)) for p in prints}
    top = max(prints, key=lambda p: (support[p], -first[p]))
    camp = [p for p in prints if _backs(*top, *p)]
    runner = max((support[p] for p in prints if p not in camp), default=0)
    best = min(camp, key=lambda p: (p[1], p != top, first[p]))
    return _Consensus(*top, support[top], runner, *best, held[first[best]][0])


def _values(view: _View, art: str, ent: str) -> dict[str, tuple[_Num, Mention, int]]:
    ms = view.ctx.entity_lists.get(ent, {}).get(art)
    if not ms:
        return {}
    m = ms[0]
    out: dict[str, tuple[_Num, Mention, int]] = {}
    for k, v in enumerate(m.values):
        cid = view.columns.column(m, k)
        if v.approximate:
            continue  # "about 40%": agrees with any figure near it, held against none
        if cid and v.number is not None:
            out[cid] = (float(v.number), m, k)
        elif cid and v.low is not None and v.high is not None:
            out[cid] = (_Range(v.low, v.high), m, k)
    return out


def _like_with_like(
    by_art: dict[str, dict[str, tuple[_Num, Mention, int]]], truth: Mapping[str, float]
) -> list[dict[str, dict[str, tuple[_Num, Mention, int]]]]:
    """The outlets' values split into numbers and ranges, each judged among its own kind: a range where
    others print one number is a looser reading, not a contradiction; ranges are not held against the
    official list's numbers."""
    out = []
    for ranges in (False, True):
        kind = {
            a: {
                c: held
                for c, held in vals.items()
                if isinstance(held[0], _Range) == ranges and not (ranges and c in truth)
            }
            for a, vals in by_art.items()
        }
        out.append({a: vals for a, vals in kind.items() if vals})
    return [kind for kind in out if kind]


def _reference_values(view: _View, ent: str) -> dict[str, float]:
    entry = view.ref_of.get(ent)
    return dict(entry.values) if entry is not None else {}


class _Print(NamedTuple):
    """A value and the step its print shows (0: exact, as an official list's)."""

    value: _Num
    step: float


def _crossed(v1: _Print, v2: _Print, e1: _Print, e2: _Print) -> bool:
    """Two values that are each the other's expected one, and not one figure: a swap."""
    return _backs(*v1, *e2) and _backs(*v2, *e1) and not _backs(*v1, *v2) and not _backs(*e1, *e2)


def _expected(
    c: str, truth: Mapping[str, float], consensus: Mapping[str, _Consensus], *, corroborated: bool = True
) -> _Print | None:
    """The value column ``c`` should hold: the official one, else the others' most precise print of the
    consensus (when ``corroborated``: only a consensus of enough outlets ahead of every other camp)."""
    if c in truth:
        return _Print(truth[c], 0.0)
    con = consensus[c]
    if corroborated and not (con.support >= MIN_CORROBORATION and con.support > con.runner):
        return None
    return _Print(con.best, con.best_step)


def _printed_label(view: _View, held: tuple[_Num, Mention, int], c: str) -> str:
    """A value's column label as its article prints it (``银牌``), else the column's canonical label."""
    own = held[1].values[held[2]].column.strip()
    return own if own and not NUMBERED_LABEL_RE.match(own) else view.columns.labels.get(c, c)


def _under(label: str, column: str) -> str:
    """`` under 'label'``, or "" for a column no outlet labels (its id is no word of the article)."""
    return f" under '{label}'" if label != column else ""


def _amount(x: _Num, unit: str = "") -> str:
    """A value as the checks write it: ``46%``, ``0.5``, ``320,000,000``, ``32%–36%``."""
    if isinstance(x, _Range):
        return f"{_amount(x.low, unit)}–{_amount(x.high, unit)}"
    number = f"{x:,.0f}" if float(x).is_integer() and abs(x) >= AMOUNT_DIGITS else _fmt(x)
    return f"{number}%" if unit == "%" else number


AMOUNT_DIGITS = 10_000  # from here whole numbers are amounts, written with thousands separators


def _printed(view: _View, art: str, ent: str, c: str) -> str:
    """The value as ``art`` prints it under column ``c`` (``3.2億美元``), "" when it prints none."""
    vals = _values(view, art, ent)
    if c not in vals:
        return ""
    _, m, k = vals[c]
    return m.values[k].raw


def _value_quote(view: _View, art: str, ent: str, c: str):  # noqa: ANN202
    vals = _values(view, art, ent)
    if c not in vals:
        return None
    _, m, k = vals[c]
    return view.ctx.evidence(art, m.start, m.values[k].end, sentence=False)
