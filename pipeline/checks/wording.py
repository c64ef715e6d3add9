"""How a finding is worded and quoted: names joined, numbers printed, evidence deduplicated, and the
odd ones out of several readings (the sources whose reading most others do not share)."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.models import Evidence

_NAMED_OUTLETS = 12  # other outlets quoted one by one in a finding (its text must not grow with them)
_NAMED_ENTITIES = 12  # entities named one by one in a finding, then how many more


def _words(values: Iterable[str]) -> str:
    return ", ".join(values)


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _evidence(items: Iterable[Evidence | None]) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Evidence] = []
    for ev in items:
        if ev is None or (ev.article, ev.start, ev.end) in seen:
            continue
        seen.add((ev.article, ev.start, ev.end))
        out.append(ev)
    return tuple(out)


def _odd_ones_out(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The outlets that depart from the majority (the one strictly largest group of outlets that
    agree), or every outlet involved when no group is larger than all others.

    These are a disagreement's ``sources``: an outlet that joins the majority later leaves the
    finding (and its fingerprint, which the baseline gate compares) as it was."""
    sets = [set(g) for g in groups]
    everyone = set().union(*sets)
    ranked = sorted(range(len(sets)), key=lambda i: -len(sets[i]))
    if len(ranked) >= 2 and len(sets[ranked[0]]) > len(sets[ranked[1]]):
        return tuple(sorted(set().union(*(sets[i] for i in ranked[1:]))))
    return tuple(sorted(everyone))
