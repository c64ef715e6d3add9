"""The vocabularies of the records: how a mention appears, how severe a finding is, how strongly a mention
is tied to its entity, what an attribute beside an item says. Each a ``StrEnum``, so a value is its word."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """How a mention appears in its article."""

    LIST = "list"
    PROSE = "prose"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Level(StrEnum):
    """How strongly a mention is tied to its entity, strongest first."""

    SEED = "seed"  # the mention that founded the entity
    EXACT = "exact"
    NORMALIZED = "normalized"
    GAZETTEER = "gazetteer"  # one code of a gazetteer or reference list on both sides
    ACRONYM = "acronym"
    BRIDGE = "bilingual bridge"
    FUZZY = "fuzzy"
    REVIEWER = "reviewer"


class AttributeKind(StrEnum):
    """What an attribute printed beside a list item's name says."""

    TITLE = "title"  # a person's title or role
    ORGANIZATION = "organization"  # the body a person belongs to
    TAG = "tag"  # a short tag such as a party and state, "(R-Mo.)", or a party's name printed as one
    PLACE = "place"  # where a person sits for or comes from, printed beside the party ("Northshire")
    OTHER = "other"  # a table column that is neither a name nor a value (its label says what)
