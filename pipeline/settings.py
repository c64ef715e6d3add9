"""Every threshold and weight of matching, named, in one frozen record recorded whole in report.json.

The numbers were calibrated as a set (trafilatura keeps its extraction thresholds the same way): change
one and re-run ``benchmarks/calibrate.py`` (its output is ``benchmarks/calibration.md``) and the
matching tests. ``Settings()`` is the calibrated default; a run may replace a field
(``dataclasses.replace``) and the report says which values it used.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class ListSettings:
    """The acceptance rule of the list assignment (calibrate.py, calibration.md "Result")."""

    # a pair the assignment proposes is linked from this score when it beats the runner-up by min_margin;
    # founding a new entity is worth this much in the assignment (calibration.md, leave one article out)
    score_cutoff: float = 0.25
    # how much the linked entity must beat the mention's next best entity (calibration.md, same grid)
    min_margin: float = 0.1
    # from this score a pair is linked whatever its margin (calibration.md, same grid)
    sure_score: float = 0.9
    # a link whose margin is below this asks for review in its reason and in review_links (set by hand
    # above the calibrated min_margin, calibration.md "true entity margin" p5)
    review_margin: float = 0.15
    # re-alignment passes after the first (each takes every article out and aligns it again); the
    # bundled stories settle in two (tests/test_matching.py)
    max_passes: int = 4


@dataclass(frozen=True, slots=True)
class ProseSettings:
    """Prose candidates have no list (no one-per-article assignment): they need stronger evidence."""

    # weakest true prose link 0.539, strongest off-list phrase 0.362 (calibration.md, "Prose")
    score_cutoff: float = 0.5
    # as the lists' min_margin (calibration.md, "Prose")
    min_margin: float = 0.1


@dataclass(frozen=True, slots=True)
class EvidenceSettings:
    """Weights of the signals between two names (see pipeline/matching/evidence.py)."""

    # weight of single characters next to bigrams in the Chinese vectors (calibrate.py, no-English runs)
    unigram_weight: float = 1.0
    # IDF factor of the generic words of the domain ("international", 组织 ...): set by hand so that one
    # shared generic word stays below score_cutoff on the bundled lists (tests/test_matching.py look-alikes)
    generic_weight: float = 0.25
    # how much a second agreeing signal lifts the best: best + agreement * second * (1 - best) (calibrate.py)
    agreement: float = 0.5
    # token_sort_ratio (0..1) from which English spelling counts as near-identical (calibrate.py)
    fuzz_gate: float = 0.9
    # acronym evidence: given = given, given = derived from English initials, compatible with the initials
    # (calibrate.py; compatible stays below sure_score and needs a margin)
    acronym_given: float = 1.0
    acronym_derived: float = 0.9
    acronym_compatible: float = 0.55
    # one gazetteer / reference code on both sides: above sure_score (benchmarks/knowledge.py)
    gazetteer_score: float = 0.95
    # sound-alike names (pinyin of short Chinese names, romanized katakana against English) count this
    # many times their similarity, below sure_score so a transliteration still needs its margin
    # (benchmarks/knowledge.py; tests/test_matching_knowledge.py)
    phonetic_weight: float = 0.8
    # pinyin similarity from which two short Chinese names sound alike: same person 0.70..1.0, different
    # people at most 0.67 (pipeline/knowledge/phonetic.py)
    phonetic_gate: float = 0.7
    # longest Chinese name (characters) whose sound is evidence (pipeline/knowledge/phonetic.py)
    phonetic_max_chars: int = 5
    # the romaji of katakana names as English evidence (pipeline/knowledge/kana.py), inside the
    # one-item-per-article assignment; measured in benchmarks/README.md (people F1 0.857 -> 0.968)
    katakana: bool = True
    # similarity of a katakana name's romaji and an English name from which they sound alike: same person
    # 0.72..0.95, another person at most 0.53 (benchmarks/README.md, "Japanese names")
    kana_gate: float = 0.6
    # similarity of a kanji name's Japanese reading and an English name from which they sound alike: same
    # person 1.0 (a misread family name, 0.9), another person at most 0.75 (one family name, two given
    # names: pipeline/knowledge/kana.py, tests/test_kanji_readings.py)
    kanji_gate: float = 0.85


@dataclass(frozen=True, slots=True)
class Settings:
    """Every matching threshold and weight of one run."""

    lists: ListSettings = field(default_factory=ListSettings)
    prose: ProseSettings = field(default_factory=ProseSettings)
    evidence: EvidenceSettings = field(default_factory=EvidenceSettings)

    def as_dict(self) -> dict[str, object]:
        """The settings as plain data, for the report."""
        return asdict(self)


DEFAULT_SETTINGS = Settings()
