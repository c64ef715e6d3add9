"""An item's values (``value_conflict``, ``column_swap``): each column's value against the official
list or the value most outlets print (like with like: units, ranges), two values printed in each
other's columns, and a column one outlet contradicts on many items (one finding, not a cascade)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from pipeline.checks.registry import ATTRIBUTE_CONFLICT, COLUMN_SWAP, VALUE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, OFFICIAL, _about, _outlets, _View
from pipeline.checks.wording import _evidence, _fmt
from pipeline.group_labels import NUMBERED_LABEL_RE
from pipeline.lang.precision import backs, departs, printed_step
from pipeline.models import Discrepancy, Mention, Severity


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


def _value_checks(view: _View) -> list[Discrepancy]:
    ctx = view.ctx
    out: list[Discrepancy] = []
    # (article, column) -> the errors of its items' values there, each with its value and the expected one
    wrong: dict[tuple[str, str], list[tuple[Discrepancy, _Print, _Print, str]]] = defaultdict(list)
    for ent in sorted(ctx.entity_lists):
        truth = _reference_values(view, ent)
        for by_art in _like_with_like({a: _values(view, a, ent) for a in view.listing(ent)}, truth):
            _judge_values(view, ent, by_art, truth, out, wrong)
    return _no_column_cascade(view, _between_items(view, out, wrong))


def _judge_values(
    view: _View,
    ent: str,
    by_art: Mapping[str, dict[str, tuple[_Num, Mention, int]]],
    truth: Mapping[str, float],
    out: list[Discrepancy],
    wrong: dict[tuple[str, str], list[tuple[Discrepancy, _Print, _Print, str]]],
) -> None:
    """One entity's values of one kind (numbers, or ranges) in every outlet, against the official list or
    the most printed value of each column: findings go to ``out``, errors also to ``wrong``."""
    cols = sorted({c for v in by_art.values() for c in v})
    consensus = {
        c: _consensus([(a, v[c][0], _step(v[c])) for a, v in by_art.items() if c in v]) for c in cols
    }
    for art, vals in sorted(by_art.items()):
        swapped = _swap(view, art, ent, vals, truth, consensus)
        if swapped is not None:
            out.append(swapped)
            continue
        for c, (value, m, k) in sorted(vals.items()):
            d = _value_finding(view, art, ent, c, value, m, k, truth, consensus[c], by_art)
            if d is not None:
                out.append(d)
                if d.severity is Severity.ERROR and d.entity == ent:
                    expected = _expected(c, truth, consensus, corroborated=False)
                    if expected is not None:
                        wrong[(art, c)].append((d, _Print(value, _step(vals[c])), expected, m.values[k].unit))


def _between_items(
    view: _View,
    found: list[Discrepancy],
    wrong: Mapping[tuple[str, str], list[tuple[Discrepancy, _Print, _Print, str]]],
) -> list[Discrepancy]:
    """Two items of one list whose values under one column are each the other's (甲國 25, 乙國 30 where
    the others print 30 and 25): one misprint, one finding naming both, not a conflict per item."""
    merged: dict[int, Discrepancy | None] = {}
    pairs: dict[tuple[str, str, str], int] = {}  # (article, entity, entity) -> the finding that names them
    for (art, c), ds in sorted(wrong.items()):
        for i, (d1, p1, q1, unit) in enumerate(ds):
            for d2, p2, q2, _ in ds[i + 1 :]:
                if id(d1) in merged or id(d2) in merged or not _crossed(p1, p2, q1, q2):
                    continue
                v1, v2, e1, e2 = p1.value, p2.value, q1.value, q2.value
                label = view.columns.labels.get(c, c)
                low, high = sorted((d1.entity or "", d2.entity or ""))
                pair = (art, low, high)
                if (first := pairs.get(pair)) is not None and (kept := merged.get(first)) is not None:
                    # the same two rows swapped in another column: one misprint, one finding
                    merged[id(d1)] = merged[id(d2)] = None
                    merged[first] = replace(
                        kept,
                        message=f"{kept.message} In another column too ({label}): {_amount(v1, unit)} and "
                        f"{_amount(v2, unit)} ({_amount(e1, unit)} and {_amount(e2, unit)} elsewhere).",
                    )
                    continue
                pairs[pair] = id(d1)
                merged[id(d2)] = None
                merged[id(d1)] = replace(
                    d1,
                    subject=f"{d1.subject} / {view.ctx.name(d2.entity or '')}",
                    message=f"{art} gives {view.mention(art, d1.entity or '').label} {_amount(v1, unit)} and "
                    f"{view.mention(art, d2.entity or '').label} {_amount(v2, unit)}{_under(label, c)}, each "
                    f"the other's ({_amount(e1, unit)} and {_amount(e2, unit)} elsewhere): the two values "
                    "are swapped.",
                    evidence=(*d1.evidence[:1], *d2.evidence[:1], *d1.evidence[1:2]),
                )
    return [m for d in found if (m := merged.get(id(d), d)) is not None]


MAX_CONFLICT_SHARE = 0.3  # share of an outlet's items one column may contradict before the column is suspect
MIN_CASCADE = 3


def _printing(m: Mention) -> tuple[tuple[int, int], ...] | str:
    """Where an item's values are printed: items that share one printed value share this."""
    return tuple(sorted((v.start, v.end) for v in m.values)) or m.key


def _one_per_printing(view: _View, art: str, ds: list[Discrepancy]) -> list[Discrepancy]:
    """Value conflicts of items whose value is one printing (``A, B and C will each face 28 %``): one
    misprint, one finding, naming every item it stands for."""
    by: dict[object, list[Discrepancy]] = defaultdict(list)
    for d in ds:
        key = _printing(view.mention(art, d.entity)) if d.entity in view.ctx.entity_lists else d.entity
        # one column: an item's two columns in conflict (a swap and a share) are two findings of one item
        by[(key, d.subject.rpartition(": ")[2])].append(d)
    out = []
    for group in by.values():
        first = group[0]
        if len(group) > 1:
            also = ", ".join(d.subject for d in group[1:])
            first = replace(first, message=f"{first.message} The same printed value stands for {also}.")
        out.append(first)
    return out


def _no_column_cascade(view: _View, found: list[Discrepancy]) -> list[Discrepancy]:
    """When one outlet's values contradict the others for many of its items, the cause is one: its
    column means something else, or was read against the wrong header. One warning replaces them."""
    per: dict[tuple[str, str], list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind in (VALUE_CONFLICT, COLUMN_SWAP, ATTRIBUTE_CONFLICT):
            per[(d.sources[0], d.kind)].append(d)
    out = [d for d in found if d.kind not in (VALUE_CONFLICT, COLUMN_SWAP, ATTRIBUTE_CONFLICT)]
    for (art, kind), ds in sorted(per.items()):
        n_items = len(view.ctx.listed[art])
        if kind == VALUE_CONFLICT:
            ds = _one_per_printing(view, art, ds)
            # items that share one printed value ("A, B and C will each face 28 %") count once
            n_items = len({_printing(m) for m in view.ctx.listed[art]})
        bad = len({d.entity for d in ds})  # items, not their columns: one item off in two columns is one
        if bad >= MIN_CASCADE and bad > MAX_CONFLICT_SHARE * n_items:
            out.append(
                Discrepancy(
                    kind=kind,
                    severity=Severity.WARNING,
                    entity=None,
                    sources=(art,),
                    subject="column",
                    message=(
                        f"{art} departs from the others on {bad} of its {n_items} items "
                        f"({ds[0].subject}, {ds[1].subject}, …): its column may mean something else, or be "
                        "read under the wrong header; its items are not judged one by one."
                    ),
                    evidence=_evidence(e for d in ds[:3] for e in d.evidence[:1]),
                )
            )
        else:
            out.extend(ds)
    return out


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


def _swap(view: _View, art: str, ent: str, vals, truth, consensus) -> Discrepancy | None:  # noqa: ANN001
    cols = sorted(vals)
    for i, c1 in enumerate(cols):
        for c2 in cols[i + 1 :]:
            p1, p2 = _expected(c1, truth, consensus), _expected(c2, truth, consensus)
            if p1 is None or p2 is None:
                continue
            q1, q2 = _Print(vals[c1][0], _step(vals[c1])), _Print(vals[c2][0], _step(vals[c2]))
            if not _crossed(q1, q2, p1, p2):
                continue
            v1, v2, e1, e2 = q1.value, q2.value, p1.value, p2.value
            m = vals[c1][1]
            l1, l2 = (_printed_label(view, vals[c], c) for c in (c1, c2))
            basis = OFFICIAL if truth else "the other outlets"
            message = (
                f"{art} gives {m.label} {_shown(v1)} under '{l1}' and {_shown(v2)} under '{l2}'; {basis} "
                f"give{'s' if truth else ''} {_shown(e1)} and {_shown(e2)}: the two values are swapped."
            )
            quote = view.ctx.evidence(art, m.start, max(v.end for v in m.values), sentence=False)
            return _about(view, COLUMN_SWAP, Severity.ERROR, art, ent, message, [quote], about=f"{l1} / {l2}")
    return None


def _printed_label(view: _View, held: tuple[_Num, Mention, int], c: str) -> str:
    """A value's column label as its article prints it (``银牌``), else the column's canonical label."""
    own = held[1].values[held[2]].column.strip()
    return own if own and not NUMBERED_LABEL_RE.match(own) else view.columns.labels.get(c, c)


def _under(label: str, column: str) -> str:
    """`` under 'label'``, or "" for a column no outlet labels (its id is no word of the article)."""
    return f" under '{label}'" if label != column else ""


def _value_finding(view, art, ent, c, value, m, k, truth, consensus, by_art) -> Discrepancy | None:  # noqa: ANN001, PLR0913
    ctx = view.ctx
    label = view.columns.labels.get(c, c)
    under = _under(label, c)
    v = m.values[k]
    quote = ctx.evidence(art, m.start, v.end, sentence=False)
    step = _step(by_art[art][c])
    if c in truth:
        if not _departs(value, step, truth[c], 0.0):
            return None
        message = f"{art} gives {m.label} {v.raw}{under}; {OFFICIAL} gives {_amount(truth[c], v.unit)}."
        return _about(view, VALUE_CONFLICT, Severity.ERROR, art, ent, message, [quote], about=label)
    con: _Consensus = consensus
    if not _departs(value, step, con.top, con.top_step) or not _departs(value, step, con.best, con.best_step):
        return None  # the same figure, or one cut rather than rounded
    held = {a: vals[c] for a, vals in by_art.items() if c in vals}
    mine = sum(1 for h in held.values() if _backs(value, step, h[0], _step(h)))
    others = sorted(a for a, h in held.items() if _backs(con.top, con.top_step, h[0], _step(h)))
    support, runner = con.support, con.runner
    if support < MIN_CORROBORATION or support <= runner and mine == support:
        return _split(view, art, ent, c, by_art, con)  # no majority: the camps are reported once
    severity = Severity.ERROR if mine == 1 else Severity.WARNING
    camp = (
        ""
        if mine == 1
        else f" ({mine} outlets print {_amount(value, v.unit)}: the sources themselves may differ)"
    )
    printed = _printed(view, con.best_art, ent, c)
    shown = _amount(con.best, v.unit)
    as_printed = f" ({con.best_art}: {printed})" if printed and printed.replace(" ", "") != shown else ""
    message = f"{art} gives {m.label} {v.raw}{under}; {_outlets(others)} give {shown}{as_printed}.{camp}"
    quotes = [quote, *(_value_quote(view, a, ent, c) for a in others[:2])]
    return _about(view, VALUE_CONFLICT, severity, art, ent, message, quotes, about=label)


def _split(view: _View, art: str, ent: str, c: str, by_art, con: _Consensus) -> Discrepancy | None:  # noqa: ANN001
    """Outlets that give one item different values under one column, none with the support of two others:
    one warning naming every camp (prints of one figure in one camp, under its first print; reported once,
    by the first outlet off the most printed value), about no outlet in particular."""
    holders = sorted(a for a, vals in by_art.items() if c in vals)
    camps: dict[_Num, list[str]] = defaultdict(list)
    heads: list[tuple[_Num, float]] = []
    for a in holders:
        x, s = by_art[a][c][0], _step(by_art[a][c])
        head = next((h for h, t in heads if _backs(h, t, x, s)), None)
        if head is None:
            heads.append((x, s))
        camps[x if head is None else head].append(a)
    first_off = next(
        a for a in holders if _departs(by_art[a][c][0], _step(by_art[a][c]), con.top, con.top_step)
    )
    if len(camps) < 2 or art != first_off:
        return None
    label = view.columns.labels.get(c, c)
    parts = "; ".join(f"{_shown(v)} ({_outlets(arts)})" for v, arts in sorted(camps.items()))
    name = view.ctx.name(ent)
    return Discrepancy(
        kind=VALUE_CONFLICT,
        severity=Severity.WARNING,
        entity=ent,
        sources=tuple(holders),
        subject=f"{name}: {label}",
        message=f"Outlets give {name} different values{_under(label, c)} and none is corroborated: {parts}.",
        evidence=_evidence(_value_quote(view, a, ent, c) for a in holders[:4]),
    )


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
