"""The state of one list-matching run: the mentions, their forms and bags, and the decisions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.matching.bags import Bag
from pipeline.matching.decisions import _Constraints
from pipeline.matching.evidence import Space
from pipeline.matching.keys import _Names
from pipeline.models import Mention
from pipeline.settings import ListSettings


@dataclass(slots=True)
class _Run:
    mentions: list[Mention]
    names: list[_Names]
    bags: list[Bag]
    article_order: list[str]
    constraints: _Constraints
    rule: ListSettings  # the acceptance rule
    space: Space
    allies: Mapping[int, tuple[int, ...]]  # mentions reviewer decisions join to each mention
    rivals: Mapping[int, tuple[int, ...]]  # mentions reviewer decisions (or namesakes.kept_apart) keep apart
    codes: Sequence[str] = ()  # each mention's gazetteer code, "" when none
    # each mention's gazetteer codes, every place its names may be (an ambiguous name gives several)
    places: Sequence[frozenset[str]] = ()
    eliminated: frozenset[int] = frozenset()
    context: frozenset[int] = frozenset()  # mentions linked by context (pipeline.matching.context)
    family: frozenset[int] = frozenset()  # linked by family name (pipeline.matching.family_elimination)


def _article_order(mentions: Sequence[Mention]) -> list[str]:
    sizes = Counter(m.article for m in mentions)
    return sorted(sizes, key=lambda a: (-sizes[a], a))
