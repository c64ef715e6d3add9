"""Katakana names: their romaji is transliteration evidence against English names, inside the assignment."""

from __future__ import annotations

from dataclasses import replace

import pytest
from matching_fixtures import _mention

from pipeline.knowledge import Knowledge
from pipeline.knowledge.kana import is_katakana_name, romaji, similarity, sound_key
from pipeline.matching import match_lists
from pipeline.models import Level
from pipeline.settings import Settings

GATE = Settings().evidence.kana_gate
ON = replace(Settings(), evidence=replace(Settings().evidence, katakana=True))
OFF = replace(Settings(), evidence=replace(Settings().evidence, katakana=False))

# A Japanese outlet's list and an English outlet's list of the same four people (the ICC story), and
# a name the English list lacks.
JAPANESE = [
    "キンバリー・プロスト",
    "ニコラ・ギユー",
    "ナズハト・シャミーム・カーン",
    "マメ・マンディアイ・ニャン",
    "ロザリオ・アイタラ",
]
ENGLISH = ["Kimberly Prost", "Nicolas Guillou", "Nazhat Shameem Khan", "Mame Mandiaye Niang"]


def _story() -> list:
    ja = [_mention("ja", i, None, name) for i, name in enumerate(JAPANESE, start=1)]
    en = [_mention("en", i, None, "", name) for i, name in enumerate(ENGLISH, start=1)]
    return ja + en


def test_romaji_of_katakana_names_only() -> None:
    assert romaji("キンバリー・プロスト") == "kinbarii purosuto"
    assert romaji("レイン・アラパリーニ＝ガンシー") == "rein arapariini ganshii"  # ＝ splits a name
    assert romaji("国際刑事裁判所") == ""
    assert not is_katakana_name("ICC")
    assert sound_key("kinbarii purosuto") == "kimbari purosuto"
    assert sound_key("Kimberly Prost") == "kimbery prost"  # l as r, a doubled letter once


@pytest.mark.parametrize("katakana, english", list(zip(JAPANESE, ENGLISH, strict=False)))
def test_the_same_person_sounds_alike(katakana: str, english: str) -> None:
    assert similarity(katakana, english) >= GATE
    others = [e for e in ENGLISH if e != english]
    assert max(similarity(katakana, e) for e in others) < GATE


def test_katakana_names_link_to_their_english_names() -> None:
    matching = match_lists(_story(), settings=ON, knowledge=Knowledge(gazetteer=None))
    for i in range(1, 5):
        assert matching.entity_of(f"ja#{i}") == matching.entity_of(f"en#{i}")
    assert matching.entity_of("ja#5") not in {matching.entity_of(f"en#{i}") for i in range(1, 5)}
    link = next(lk for lk in matching.links if lk.mention in ("ja#1", "en#1") and lk.level is not Level.SEED)
    assert link.level is Level.FUZZY
    assert "by sound (kimbari purosuto / kimbery prost)" in link.reason


def test_without_the_katakana_key_they_stay_apart() -> None:
    assert Settings().evidence.katakana  # on by default
    matching = match_lists(_story(), settings=OFF, knowledge=Knowledge(gazetteer=None))
    assert all(matching.entity_of(f"ja#{i}") != matching.entity_of(f"en#{i}") for i in range(1, 5))


def test_sound_is_no_merge_rule() -> None:
    # one Japanese list gives two spellings that sound like the one English item: the sound cannot
    # tell them apart (no margin), so the English item joins neither and the two stay apart
    ja = [_mention("ja", 1, None, "キンバリー・プロスト"), _mention("ja", 2, None, "キムバリー・プロスト")]
    en = [_mention("en", 1, None, "", "Kimberly Prost")]
    matching = match_lists(ja + en, settings=ON, knowledge=Knowledge(gazetteer=None))
    assert len({matching.entity_of("ja#1"), matching.entity_of("ja#2"), matching.entity_of("en#1")}) == 3


# Three made-up people as four outlets print them: a Chinese list given name first, a Chinese list that
# gives one of them by family name alone, a Japanese list and an English list. ジェーン・ナイト is spelled
# far from Jane Knight (the silent k and gh of the English: a sound ratio under the gate) but has its
# consonants (j n t: ``jnd``), as 珍·奈特 has (zhen nai te).
PEOPLE = [
    ("珍·奈特", "奈特", "ジェーン・ナイト", "Jane Knight"),
    ("理查·羅", "理查·羅", "リチャード・ロー", "Richard Roe"),
    ("瑪麗·萊特", "瑪麗·萊特", "メアリー・ライト", "Mary Wright"),
]


def _four_outlets(people: list[tuple[str, str, str, str]] = PEOPLE) -> list:
    # lists of one length are aligned in the order of their ids: the Chinese first, then the Japanese
    # (which meets Chinese entities only), then the English
    out = []
    for article, column in (("a_zh", 0), ("b_zh", 1), ("c_ja", 2)):
        out += [_mention(article, i, None, p[column]) for i, p in enumerate(people, start=1)]
    return out + [_mention("d_en", i, None, "", p[3]) for i, p in enumerate(people, start=1)]


def test_a_katakana_name_spelled_far_from_its_english_one_is_heard_by_its_consonants() -> None:
    assert similarity("ジェーン・ナイト", "Jane Knight") < GATE
    matching = match_lists(_four_outlets(), settings=ON, knowledge=Knowledge(gazetteer=None))
    for i in range(1, 4):
        assert len({matching.entity_of(f"{a}#{i}") for a in ("a_zh", "b_zh", "c_ja", "d_en")}) == 1
    assert len(matching.entities) == 3


def test_a_katakana_name_and_a_chinese_transliteration_meet_without_an_english_name() -> None:
    mentions = [m for m in _four_outlets() if m.article in ("a_zh", "c_ja")]
    matching = match_lists(mentions, settings=ON, knowledge=Knowledge(gazetteer=None))
    for i in range(1, 4):
        assert matching.entity_of(f"a_zh#{i}") == matching.entity_of(f"c_ja#{i}")
    link = next(lk for lk in matching.links if lk.mention == "c_ja#1")
    assert "by sound (" in link.reason and " / jnd)" in link.reason  # its romaji, and 珍·奈特's consonants


def test_a_katakana_name_of_one_word_is_not_heard_by_its_consonants() -> None:
    # a single word (a place, a family name alone) has too few sounds to tell by its consonants: ナイト
    # (n t) and 奈特 (nai te) share them, as any two short names may
    mentions = [_mention("a_zh", 1, None, "奈特"), _mention("c_ja", 1, None, "ナイト")]
    matching = match_lists(mentions, settings=ON, knowledge=Knowledge(gazetteer=None))
    assert matching.entity_of("a_zh#1") != matching.entity_of("c_ja#1")


def test_without_the_katakana_key_the_japanese_list_stays_apart() -> None:
    matching = match_lists(_four_outlets(), settings=OFF, knowledge=Knowledge(gazetteer=None))
    assert all(matching.entity_of(f"c_ja#{i}") != matching.entity_of(f"d_en#{i}") for i in range(1, 4))
