"""An item's values (``value_conflict``, ``column_swap``): each column's value against the official
list or the value most outlets print (like with like: units, ranges), two values printed in each
other's columns, and a column one outlet contradicts on many items (one finding, not a cascade). How
prints compare: ``checks.value_prints``; findings of one cause merged: ``checks.value_cascade``."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from pipeline.checks.registry import COLUMN_SWAP, VALUE_CONFLICT
from pipeline.checks.row_changes import derived_columns
from pipeline.checks.scale_slips import beyond_any_slip, scale_slip
from pipeline.checks.value_cascade import _between_items, _no_column_cascade
from pipeline.checks.value_prints import (
    _amount,
    _backs,
    _Consensus,
    _consensus,
    _crossed,
    _departs,
    _expected,
    _like_with_like,
    _Num,
    _Print,
    _printed,
    _printed_label,
    _reference_values,
    _shown,
    _step,
    _under,
    _value_quote,
    _values,
)
from pipeline.checks.view import MIN_CORROBORATION, OFFICIAL, _about, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.group_labels import NUMBERED_LABEL_RE
from pipeline.models import Discrepancy, Mention, Severity


def _value_checks(view: _View) -> list[Discrepancy]:
    ctx = view.ctx
    out: list[Discrepancy] = []
    # (article, column) -> the errors of its items' values there, each with its value and the expected one
    wrong: dict[tuple[str, str], list[tuple[Discrepancy, _Print, _Print, str]]] = defaultdict(list)
    for ent in sorted(ctx.entity_lists):
        truth = _reference_values(view, ent)
        printed = {a: _values(view, a, ent) for a in view.listing(ent)}
        for a, vals in printed.items():  # a row's change of its two values is held against them alone
            if derived := derived_columns(ctx, a):
                printed[a] = {c: t for c, t in vals.items() if t[2] not in derived}
        for by_art in _like_with_like(printed, truth):
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


def _value_finding(view, art, ent, c, value, m, k, truth, consensus, by_art) -> Discrepancy | None:  # noqa: ANN001, PLR0913
    ctx = view.ctx
    label = view.columns.labels.get(c, c)
    v = m.values[k]
    # the outlet's own header where it prints one ("142,863 under '人口(万人)'", not the canonical label
    # of another outlet's unit), else the canonical column's label (a word of a sentence, "up", "from",
    # is no header)
    own = v.column and not NUMBERED_LABEL_RE.match(v.column) and not re.fullmatch(r"[a-z]+", v.column)
    under = f" under '{v.column}'" if own else _under(label, c)
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
    if (
        isinstance(value, float | int)
        and isinstance(con.best, float | int)
        and beyond_any_slip(value, con.best)
    ):
        return None  # "3,690,466" against "2": a figure of something else, no misprint of this one
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
    slip = (
        scale_slip(value, con.best)
        if isinstance(value, float | int) and isinstance(con.best, float | int)
        else ""
    )
    message = (
        f"{art} gives {m.label} {v.raw}{under}; {_outlets(others)} give {shown}{as_printed}{slip}.{camp}"
    )
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
