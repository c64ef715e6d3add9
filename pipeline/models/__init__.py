"""The records that flow through crosscheck.

Every record is a frozen, slotted dataclass: stages build new values, never mutate old ones.
Offsets (``start``/``end``) are character offsets into ``Article.text`` (the decoded text the
parser read, after HTML was turned into text), end exclusive, so ``article.text[start:end]``
is the evidence.

Each kind of record lives in a module of its own: ``vocabulary`` (the StrEnums), ``article`` (what
reading one article gives), ``linkage`` (what matching decides), ``claims`` (what an article states
beside its list), ``findings`` (discrepancies and their identity) and ``reconciliation`` (a run's whole
result). Every name stays importable from ``pipeline.models`` by design: the records are the project's
data model, the one vocabulary every stage, report and user of the Python API shares (README, "Python
API"), so they are imported from one place rather than from wherever each happens to be defined.
"""

from __future__ import annotations

from pipeline.models.article import (
    Article,
    Attribute,
    Heading,
    Mention,
    ParseResult,
    Problem,
    Provenance,
    Value,
    is_unlabelled_group,
    unlabelled_group,
)
from pipeline.models.claims import Claim, Fact, PersonName
from pipeline.models.findings import Discrepancy, Evidence, fingerprint_of
from pipeline.models.linkage import Entity, Group, Link, Variant
from pipeline.models.reconciliation import SCHEMA_VERSION, Reconciliation
from pipeline.models.vocabulary import AttributeKind, Kind, Level, Severity

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Attribute",
    "AttributeKind",
    "Claim",
    "Discrepancy",
    "Entity",
    "Evidence",
    "Fact",
    "Group",
    "Heading",
    "Kind",
    "Level",
    "Link",
    "Mention",
    "ParseResult",
    "PersonName",
    "Problem",
    "Provenance",
    "Reconciliation",
    "Severity",
    "Value",
    "Variant",
    "fingerprint_of",
    "is_unlabelled_group",
    "unlabelled_group",
]
