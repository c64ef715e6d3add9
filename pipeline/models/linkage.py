"""What matching decides: why a mention belongs to an entity (``Link``), the entities with the spellings
they go by, and the canonical groups the outlets' own groups are aligned into."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models.vocabulary import Level


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention belongs to an entity."""

    mention: str  # Mention.key
    entity: str  # Entity.id
    level: Level
    score: float  # 0..1
    margin: float  # score minus the best other entity's score (1.0 when there was none)
    runner_up: str  # id of the best other entity, "" when none
    reason: str  # in words a reviewer can read


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    lang: str  # "zh" | "en" | "acronym"
    sources: tuple[str, ...]  # article ids, sorted


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name_en: str
    name_zh: str
    acronym: str
    mentions: tuple[str, ...]  # Mention.key, sorted
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    """A canonical group: the outlets' own groups aligned by what they hold (``pipeline.groups``)."""

    id: str  # g1, g2, … or the official list's group id
    label: str  # the label most outlets use (the official one with a reference list)
    members: tuple[tuple[str, str], ...]  # (article, label as printed) filed under it, sorted
