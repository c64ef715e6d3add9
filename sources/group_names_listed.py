"""An enumeration that names the article's groups is no list of its own: a page that files cities under
their countries often names the countries first (``由甲國、乙國及丙國三國合辦``, ``shared by Aland, Borduria
and Carpathia``), and read as a list those names would be items of a group of their own, compared with
other outlets' cities. A run of items (consecutive, one group) every one of whose names is the label of
another run's group (or ends with the start of it: ``由甲國`` names ``甲國城市``) is left out, with the
headings of its group that no item is left under."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from pipeline.models import Heading, Mention
from sources.list_merging import as_numbered_item

MIN_NAMED = 2  # groups a run must name to be the groups named, not a list
MIN_SHARED = 2  # characters an East Asian name's end must share with a label's start ("甲國" of "甲國城市")


def _names_label(name: str, label: str) -> bool:
    """``name`` is ``label``, or ends with its start: ``由甲國`` (a clause's word glued before the first
    name) names the group ``甲國城市`` (the label with its noun)."""
    if not name or not label:
        return False
    if name == label or (name.endswith(label) and not label.isascii()):
        return True
    if name.isascii() or label.isascii():
        return name.casefold() == label.casefold()
    return any(label.startswith(name[i:]) for i in range(len(name) - MIN_SHARED + 1))


def _runs(mentions: Sequence[Mention]) -> list[list[Mention]]:
    return [list(run) for _, run in groupby(mentions, key=lambda m: m.group)]


def _names_groups(run: list[Mention], labels: set[str]) -> bool:
    named = [{x for x in labels if _names_label(m.name_zh or m.name_en, x)} for m in run]
    return len(run) >= MIN_NAMED and all(named) and len(set().union(*named)) >= MIN_NAMED


def without_group_names(
    article: str, mentions: Sequence[Mention], headings: Sequence[Heading]
) -> tuple[list[Mention], tuple[Heading, ...]]:
    """``mentions`` (in text order) without the runs that name the other runs' groups, renumbered; the
    headings of a group left with no item dropped with them."""
    runs = _runs(mentions)
    dropped: set[int] = set()
    for k, run in enumerate(runs):
        labels = {
            r[0].group for j, r in enumerate(runs) if j != k and r[0].group and r[0].group != run[0].group
        }
        if _names_groups(run, labels):
            dropped.add(k)
    if not dropped:
        return list(mentions), tuple(headings)
    kept = [m for k, run in enumerate(runs) if k not in dropped for m in run]
    left = {m.group for m in kept}
    gone = {runs[k][0].group for k in dropped} - left
    return (
        [as_numbered_item(m, article, i) for i, m in enumerate(kept, start=1)],
        tuple(h for h in headings if not (h.group in gone and h.group)),
    )
