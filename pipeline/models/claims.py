"""What an article states beside its list: the numbers it gives (``Claim``), what it says about the list as a
whole (``Fact``), and the people it names (``PersonName``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Claim:
    """A number an article states, with what its own list says where it can be computed."""

    article: str
    kind: str  # total | group | category | percentage | share | loose (a count judged on its own)
    subject: str  # "total", a canonical group id (the label as printed until groups are known), a category
    stated: float
    unit: str  # count | percent | share
    computed: float | None
    quote: str
    start: int
    end: int
    count: int | None = None  # for a percentage: the count it is a share of
    group: str = ""  # for a group count: the canonical group it means ("" when none is clear)


@dataclass(frozen=True, slots=True)
class Fact:
    """What an article says about the list as a whole (instrument, signing date, signer)."""

    article: str
    field: str  # instrument | signed | signer
    value: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name as one article writes it, grouped across outlets into ``person``."""

    person: str  # group id
    name: str
    role: str
    english: str
    article: str
    start: int
    end: int
