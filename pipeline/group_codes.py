"""Groups labelled by a place: a list of cities filed under their countries prints each country's name as
a group's label (``甲國`` over one outlet's cities, ``Aland`` over another's). What the groups hold links
across scripts only as far as the cities' names do; the labels themselves are names the gazetteer knows
(CLDR and ISO names in every language), so two labels of one code are one group's
(``pipeline.groups.align_groups``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipeline.knowledge import code_of
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.models import Mention, is_unlabelled_group


def label_codes(mentions: Iterable[Mention], gazetteer: Gazetteer | None) -> Mapping[str, str]:
    """Group label as printed -> the one code the gazetteer gives it (labels naming no place left out)."""
    if gazetteer is None:
        return {}
    labels = sorted({m.group for m in mentions if m.group and not is_unlabelled_group(m.group)})
    return {label: code for label in labels if (code := code_of(gazetteer, [label]))}
