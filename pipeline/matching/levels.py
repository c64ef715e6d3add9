"""Link levels: an ordered table, like splink's comparison levels, that classifies recorded evidence.

A link records its evidence when it is decided (``LinkEvidence``); ``classify`` walks ``LEVELS`` in
order and returns the first level whose predicate holds. The same table classifies list links and
prose links. A gazetteer code covers the reference list too (its entries are a gazetteer). The
transliteration level (two names that sound alike: pinyin, or the romanization of a katakana name)
is reported as ``fuzzy``: the reason says "by sound".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.models import Level


@dataclass(frozen=True, slots=True)
class Shared:
    """The closest name of another article in one language: its article, the signal, what is shared."""

    article: str
    value: float
    features: tuple[str, ...] = ()
    sound: str = ""  # "lu bi ou / lu bi ao" when the names' sound, not their spelling, gave the value


@dataclass(frozen=True, slots=True)
class LinkEvidence:
    """What was known about a mention/entity pair when the link was decided."""

    score: float = 0.0
    margin: float = 1.0
    runner_up: str = ""
    runner_up_score: float | None = None
    reviewer: bool = False
    exact: bool = False  # a raw form of the mention is given by another article (or by the lists)
    normalized: bool = False  # a key of the mention is given by another article (or by the lists)
    code: str = ""  # a gazetteer / reference code the mention shares with the entity
    acronym: str = ""  # given | derived | compatible | differ ("": no acronym on one side)
    acronym_decides: bool = False  # the acronym is the strongest signal and at least derived
    bridge_missing: str = ""  # "Chinese"/"English": the decisive language the founder lacks
    bridge_from: str = ""  # the founder's article
    eliminated: bool = False
    context: bool = False  # linked by the country and posts beside weakly alike names (matching.context)
    family: bool = False  # the one item left in two lists of one family name (matching.family_elimination)
    zh: Shared | None = None
    en: Shared | None = None
    exact_en: bool = False  # the mention's raw English name is given elsewhere (wording of the reason)
    prose_shared_zh: tuple[str, ...] = field(default=())
    prose_shared_en: tuple[str, ...] = field(default=())

    @property
    def bridge(self) -> bool:
        return bool(self.bridge_missing)

    @property
    def sound(self) -> bool:
        return bool((self.zh and self.zh.sound) or (self.en and self.en.sound))


@dataclass(frozen=True, slots=True)
class LinkLevel:
    """One row of the table: its name, the level reports show, a label, and when it applies."""

    name: str
    level: Level
    label: str
    applies: Callable[[LinkEvidence], bool]


LEVELS: tuple[LinkLevel, ...] = (
    LinkLevel("reviewer", Level.REVIEWER, "a reviewer decision", lambda e: e.reviewer),
    LinkLevel(
        "bilingual bridge",
        Level.BRIDGE,
        "reached through another article's bilingual pair",
        lambda e: e.bridge,
    ),
    LinkLevel("exact", Level.EXACT, "the same name as printed", lambda e: e.exact),
    LinkLevel("normalized", Level.NORMALIZED, "the same name after normalization", lambda e: e.normalized),
    LinkLevel("gazetteer", Level.GAZETTEER, "one gazetteer or reference code", lambda e: bool(e.code)),
    LinkLevel("acronym", Level.ACRONYM, "the acronyms agree", lambda e: e.acronym_decides),
    LinkLevel(
        "context",
        Level.FUZZY,
        "one person of the country in each outlet, names heard alike",
        lambda e: e.context,
    ),
    LinkLevel(
        "family name",
        Level.FUZZY,
        "the items left in two lists, of one family name in both scripts",
        lambda e: e.family,
    ),
    LinkLevel("transliteration", Level.FUZZY, "the names sound alike", lambda e: e.sound),
    LinkLevel("fuzzy", Level.FUZZY, "similar names", lambda e: True),
)


def classify(evidence: LinkEvidence) -> LinkLevel:
    """The first level of ``LEVELS`` whose predicate holds for ``evidence``."""
    return next(row for row in LEVELS if row.applies(evidence))
