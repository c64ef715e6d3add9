"""A foreign family name of two consonants printed alone in Chinese (pipeline.matching.two_sounds): heard
against the one English family name of the story that folds to it, never where two do."""

from __future__ import annotations

from matching_fixtures import _mention

from pipeline.knowledge import Knowledge
from pipeline.knowledge.kana import similarity as kana_similarity
from pipeline.knowledge.sound import latin_forms, similarity
from pipeline.matching import match_lists
from pipeline.matching.two_sounds import short_keys

# Made-up people. Chinese outlets print the family name alone: 柯勒 (ke le) for Kolle and 富洛 (fu luo) for
# Fulo are two consonants each (``gl``, ``fl``); the others are three or more.
PEOPLE = [
    ("柯勒", "高勒", "John Kolle"),
    ("富洛", "傅洛", "Mary Fulo"),
    ("博森特", "博森特", "Jane Bosant"),
    ("卡本特", "卡彭特", "Alan Carpenter"),
    ("瓦倫斯", "瓦伦斯", "Dora Valence"),
]


def _lists(people: list[tuple[str, str, str]]) -> list:
    tw = [_mention("a_tw", i, None, p[0]) for i, p in enumerate(people, start=1)]
    cn = [_mention("b_cn", i, None, p[1]) for i, p in enumerate(people, start=1)]
    return tw + cn + [_mention("c_en", i, None, "", p[2]) for i, p in enumerate(people, start=1)]


def test_a_family_name_of_two_consonants_links_to_the_one_english_name_heard_so() -> None:
    """柯勒 / 高勒 and John Kolle, 富洛 / 傅洛 and Mary Fulo: one person each (before, a skeleton of two
    classes was heard against nothing, and the Chinese names founded entities of their own)."""
    matching = match_lists(_lists(PEOPLE), knowledge=Knowledge(gazetteer=None))
    for i in range(1, len(PEOPLE) + 1):
        entity = matching.entity_of(f"c_en#{i}")
        assert matching.entity_of(f"a_tw#{i}") == entity, PEOPLE[i - 1]
        assert matching.entity_of(f"b_cn#{i}") == entity, PEOPLE[i - 1]


def test_two_english_family_names_heard_alike_leave_a_short_name_unlinked() -> None:
    """Guard: the English list prints John Kolle and Jane Kyle, both ``gl``: 柯勒 could be either, so it
    is linked to neither by its sound."""
    people = [*PEOPLE, ("凱爾", "凯尔", "Jane Kyle")]
    mentions = [m for m in _lists(people) if m.name_zh not in ("凱爾", "凯尔")]
    matching = match_lists(mentions, knowledge=Knowledge(gazetteer=None))
    assert matching.entity_of("a_tw#1") != matching.entity_of("c_en#1")
    assert matching.entity_of("a_tw#1") != matching.entity_of("c_en#6")
    assert matching.entity_of("a_tw#2") == matching.entity_of("c_en#2")  # Fulo is heard still


def test_two_short_names_of_one_skeleton_in_one_article_are_heard_by_neither() -> None:
    """An article that prints 柯勒 and 高樂 (both ``gl``) tells neither apart by sound; a name of two
    sounds and three characters, or with a middle dot, is no family name of two sounds printed alone."""
    printed = [("a", "柯勒", "柯勒"), ("a", "高樂", "高樂"), ("b", "富洛", "富洛"), ("b", "博森特", "博森特")]
    assert short_keys(printed) == frozenset({"富洛"})
    assert short_keys([("a", "珍·柯勒", "珍柯勒")]) == frozenset()


def test_a_soft_d_of_another_language_is_heard_as_chinese_writes_it() -> None:
    """``博羅捷娃`` (bo luo jie wa) for Borodeva: a Russian ``de`` written ``捷``, as well as its ``d``
    (before: ``blsw`` was no form of the name, and the two scored 0.67)."""
    assert "blsw" in latin_forms("Jane Borodeva") and "bldw" in latin_forms("Jane Borodeva")
    assert similarity("博羅捷娃", "Jane Borodeva") == 1.0
    assert similarity("博羅德娃", "Jane Borodeva") == 1.0
    assert "blsw" not in latin_forms("Jane Bordeva")  # a d after a consonant stays a d


def test_a_family_name_of_two_sounds_alone_sounds_like_the_latin_family_name() -> None:
    """What the checks hear (pipeline.knowledge.sound.similarity): 柯勒 is John Kolle's family name (before:
    0, a skeleton of two classes compared with nothing), and not John Kellam's (``glm``) nor Kolle's
    given name read first in a whole name; a dotted name begins with a given name and is no family name
    alone."""
    assert similarity("柯勒", "John Kolle") == 1.0
    assert similarity("柯勒", "John Kellam") < 0.5
    assert similarity("柯勒", "Kolle Borda") == 0.0
    assert similarity("約·柯勒", "John Kolle") < 0.5


def test_a_katakana_family_name_alone_is_heard_against_the_english_family_name() -> None:
    """``コール`` printed alone by a Japanese outlet against John Kolle (before: heard against the whole
    name, 0.46); a whole katakana name is heard against the whole English name only (John Kolle's
    against Dora Kolle: below the kana gate)."""
    assert kana_similarity("コール", "John Kolle") >= 0.6 > kana_similarity("コール", "Dora Valence")
    assert kana_similarity("ジョン・コール", "Dora Kolle") < 0.6
