"""The findings: a ``Discrepancy`` with the quotes (``Evidence``) that back it, and its identity across runs
(``fingerprint_of``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models.vocabulary import Severity


@dataclass(frozen=True, slots=True)
class Evidence:
    article: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Discrepancy:
    kind: str
    severity: Severity
    entity: str | None
    sources: tuple[str, ...]
    subject: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    note: str = ""  # the reviewer's note, when a reviewer confirmed the finding or marked it a false alarm

    @property
    def fingerprint(self) -> str:
        """Identity across runs, used by diff and the baseline gate: see ``fingerprint_of``."""
        return fingerprint_of(self.kind, self.entity, self.sources, self.subject)


def fingerprint_of(kind: str, entity: str | None, sources: Sequence[str], subject: str) -> str:
    """A discrepancy's identity across runs: kind, entity, sources and, for findings about no entity,
    the subject. The wording of the message is left out, and so is an entity's display name (its
    canonical name may change when another outlet joins; its id is the stable part)."""
    return "|".join((kind, entity or "", ",".join(sources), "" if entity else subject))
