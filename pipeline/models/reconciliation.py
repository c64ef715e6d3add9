"""Everything one run found (``Reconciliation``), the value every report renders, and the version of its
schema."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from pipeline.models.article import Article, Heading, Mention, Problem
from pipeline.models.claims import Claim, Fact, PersonName
from pipeline.models.findings import Discrepancy
from pipeline.models.linkage import Entity, Group, Link

SCHEMA_VERSION = "1.2"  # 1.1: items carry group label, values, attributes; 1.2: groups replace sections,
# findings carry a reviewer's note and false alarms are kept as suppressed


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Everything one run found: the value every report renders."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    headings: tuple[Heading, ...]
    entities: tuple[Entity, ...]
    links: tuple[Link, ...]
    claims: tuple[Claim, ...]
    discrepancies: tuple[Discrepancy, ...]
    problems: tuple[Problem, ...]
    facts: tuple[Fact, ...] = ()
    people: tuple[PersonName, ...] = ()
    options: dict[str, object] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION
    groups: tuple[Group, ...] = ()
    suppressed: tuple[Discrepancy, ...] = ()  # findings a reviewer marked as false alarms (pipeline.verdicts)
    settings: dict[str, object] = field(default_factory=dict)  # pipeline.settings.Settings.as_dict()

    def group_of(self, m: Mention) -> str | None:
        """The canonical group id of a list item (None when its list has no groups)."""
        label = m.group
        return next((g.id for g in self.groups if (m.article, label) in g.members), None) if label else None

    def entity_groups(self, by_key: Mapping[str, Mention] | None = None) -> dict[str, str]:
        """Entity id -> the canonical group most of its list items are filed under (ties: the first id).
        ``by_key`` is the mentions by key, when the caller holds them already."""
        of = {key: g.id for g in self.groups for key in g.members}
        if by_key is None:
            by_key = {m.key: m for m in self.mentions}
        out: dict[str, str] = {}
        for e in self.entities:
            votes: Counter[str] = Counter()
            for k in e.mentions:
                m = by_key.get(k)
                if m is not None and m.group and (g := of.get((m.article, m.group))) is not None:
                    votes[g] += 1
            if votes:
                out[e.id] = min(votes, key=lambda g: (-votes[g], g))
        return out
