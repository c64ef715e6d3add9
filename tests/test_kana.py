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
