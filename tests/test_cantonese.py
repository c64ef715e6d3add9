"""Hong Kong's Cantonese readings: a Chinese name as Hong Kong romanizes it (``Ho Chi-ming`` for 何志明:
ho zi ming in jyutping, he zhi ming in Mandarin) and a foreign name as a Hong Kong outlet transliterates it
(by its Cantonese sound), each an extra reading beside the Mandarin one (pipeline.knowledge.cantonese)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.cantonese import (
    cantonese_end_stop_skeleton,
    cantonese_skeleton,
    hk_romanized_alike,
    hk_romanized_pairs,
    hk_spellings,
    jyutping,
)
from pipeline.knowledge.name_sounds import heard_alike, name_sounds
from pipeline.lang.scripts import converter
from pipeline.models import Reconciliation
from pipeline.run import reconcile


def test_each_character_has_its_jyutping_readings() -> None:
    assert [r[0] for r in jyutping("何志明")] == ["ho", "zi", "ming"]
    assert [r[0] for r in jyutping("梁家俊")] == ["loeng", "gaa", "zeon"]


@pytest.mark.parametrize(
    ("syllable", "spelt"),
    [
        ("gaa", "ka"),  # g written k, aa written a
        ("loeng", "leung"),  # oe written eu
        ("zeon", "chun"),  # z written ch, eo written u
        ("ceoi", "tsui"),  # c written ts, eoi written ui
        ("si", "sze"),  # an i after a sibilant written ze
        ("lei", "lee"),  # ei written ee
        ("jyut", "yuet"),  # j written y, yut written uet
        ("dang", "tang"),  # d written t
        ("gwok", "kwok"),  # gw written kw
        ("ng", "ng"),  # a syllabic ng
    ],
)
def test_a_jyutping_syllable_is_spelt_as_hong_kong_spells_it(syllable: str, spelt: str) -> None:
    assert spelt in hk_spellings(syllable)


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [
        ("何志明", "Ho Chi-ming"),
        ("何志明", "Peter Ho Chi-ming"),  # an English given name before the Chinese one
        ("何志明", "HO, Chi-ming"),  # the sanctions lists' order
        ("梁家俊", "Leung Ka-chun"),
        ("徐思敏", "Tsui Sze-man"),
        ("袁月華", "Jane Yuen Yuet-wah"),
    ],
)
def test_a_name_romanized_in_hong_kong_is_its_characters_cantonese_reading(chinese: str, latin: str) -> None:
    assert hk_romanized_alike(chinese, latin)


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [
        ("梁家俊", "Leung Ka-chiu"),  # one surname, another given name
        ("梁家俊", "Peter Leung"),  # the surname alone is no name
        ("梁家俊", "Liang Jiajun"),  # the Mandarin reading is not Hong Kong's (nor a Cantonese spelling)
        ("何志明", "He Ziming"),  # a Mandarin romanization of another name
        ("何志明", "Ho Chi"),  # too few syllables
        ("何志明", "Peter Paul Ho Chi-ming"),  # two English given names: not the shape
    ],
)
def test_another_name_or_a_part_of_one_is_not_the_reading(chinese: str, latin: str) -> None:
    assert not hk_romanized_alike(chinese, latin)


def test_the_pairs_are_found_by_key() -> None:
    pairs = hk_romanized_pairs(
        ["何志明", "梁家俊", "梁家超"], ["peter ho chi ming", "leung ka chun", "leung ka", "jane roe"]
    )
    assert pairs == {"何志明": ("peter ho chi ming",), "梁家俊": ("leung ka chun",)}


def test_a_cantonese_transliteration_is_heard_by_its_cantonese_skeleton() -> None:
    """加度 is gaa dou in Cantonese (``gd``), jia du in Mandarin (``jd``): a Hong Kong outlet's Kalder."""
    assert cantonese_skeleton("加度") == "gd"
    assert cantonese_skeleton("沃勒") == "al"  # juk lak: a name that begins with a vowel
    kalder = name_sounds("Karl Kalder")
    assert heard_alike(name_sounds("加度"), kalder) == 0  # Mandarin alone begins with another sound
    assert heard_alike(name_sounds("加度", cantonese=True), kalder) >= 0.5
    assert name_sounds("加度", cantonese=True) >= name_sounds("加度")  # an extra reading, never in its place


HONG_KONG = """甲國制裁三名乙市官員

乙報　2025年3月12日

甲國財政部宣布制裁三名乙市官員，名單如下：

1. 何志明，乙市保安局局長
2. 梁家俊，乙市警務處處長
3. 徐思敏，乙市律政司司長

乙市政府表示強烈反對。
"""

ENGLISH = """Aland sanctions three officials of Borduria City

Aland Wire
March 12, 2025

The Aland treasury on Wednesday sanctioned three officials of Borduria City. The officials are:

- Tsui Sze-man, Secretary for Justice
- Peter Ho Chi-ming, Secretary for Security
- {police}, Commissioner of Police

The city government said it strongly opposed the move.
"""


def _linked(tmp_path: Path, police: str) -> set[frozenset[str]]:
    (tmp_path / "01_hk.txt").write_text(HONG_KONG, encoding="utf-8")
    (tmp_path / "02_en.txt").write_text(ENGLISH.format(police=police), encoding="utf-8")
    result: Reconciliation = reconcile([str(tmp_path)])
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    return {frozenset(names[k] for k in e.mentions) for e in result.entities if len(e.mentions) > 1}


def test_officials_romanized_in_hong_kong_link_with_their_characters(tmp_path: Path) -> None:
    linked = _linked(tmp_path, "Leung Ka-chun")
    assert linked == {
        frozenset({"何志明", "Peter Ho Chi-ming"}),
        frozenset({"梁家俊", "Leung Ka-chun"}),
        frozenset({"徐思敏", "Tsui Sze-man"}),
    }


@pytest.mark.parametrize("police", ["Leung Ka-chiu", "Peter Leung"])
def test_one_surname_with_another_given_name_or_alone_is_not_linked(tmp_path: Path, police: str) -> None:
    linked = _linked(tmp_path, police)
    assert not any(police in group for group in linked)
    assert frozenset({"徐思敏", "Tsui Sze-man"}) in linked


TRANSLITERATED = """甲國宣布制裁四名乙國官員

乙報　2025年3月12日

甲國外交部宣布制裁四名乙國官員，名單如下：

1. 金巴頓（乙國外長）
2. 基斯勒（乙國防長）
3. 阿蘭多（乙國財長）
4. 博森特（乙國商務部長）

乙國政府表示強烈反對。
"""

FOREIGN = """Aland sanctions four Bordurian officials

Aland Wire
March 12, 2025

The Aland foreign ministry on Wednesday sanctioned four officials of Borduria:

- Norbert Arando, finance minister
- Jane Bosant, commerce minister
- Karl Kessler, defence minister
- Mary Kimberton, foreign minister

Borduria said it strongly opposed the move.
"""


def _transliterated(tmp_path: Path, chinese: str) -> set[frozenset[str]]:
    (tmp_path / "01_zh.txt").write_text(chinese, encoding="utf-8")
    (tmp_path / "02_en.txt").write_text(FOREIGN, encoding="utf-8")
    result: Reconciliation = reconcile([str(tmp_path)])
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    return {frozenset(names[k] for k in e.mentions) for e in result.entities if len(e.mentions) > 1}


def test_a_hong_kong_outlets_transliterations_are_heard_in_cantonese(tmp_path: Path) -> None:
    """金巴頓 is gam baa deon in Cantonese (``gnbdn``, Kimberton's), jin ba dun in Mandarin (``jnbdn``);
    基斯勒 gei si lak (``gsl``, Kessler's), ji si le in Mandarin (``jsl``)."""
    linked = _transliterated(tmp_path, TRANSLITERATED)
    assert frozenset({"金巴頓", "Mary Kimberton"}) in linked
    assert frozenset({"基斯勒", "Karl Kessler"}) in linked
    assert frozenset({"阿蘭多", "Norbert Arando"}) in linked  # alike in both readings


def test_a_mainland_outlets_transliterations_are_heard_in_mandarin_alone(tmp_path: Path) -> None:
    """The same names in Simplified characters are a mainland outlet's, which transliterates by Mandarin:
    jin ba dun is not Kimberton, nor ji si le Kessler, and no Cantonese reading links them."""
    linked = _transliterated(tmp_path, converter("t2s").convert(TRANSLITERATED))
    assert not any("Mary Kimberton" in group or "Karl Kessler" in group for group in linked)


def test_a_last_syllables_stop_is_heard_as_the_english_names_last_consonant(tmp_path: Path) -> None:
    """柏斯葛 is paak si got in Cantonese: its last syllable's stop writes the ``t`` that ends Brescot
    (``bsgd`` against ``blsgd``), where the skeleton with every stop silent (``bsg``) hears too little."""
    assert cantonese_end_stop_skeleton("柏斯葛") == "bsgd"
    assert cantonese_end_stop_skeleton("基斯勒") == "gslg"  # lak: a second reading, beside ``gsl``
    assert cantonese_end_stop_skeleton("阿蘭多") == ""  # do: no stop to hear
    assert cantonese_end_stop_skeleton("達克") == ""  # daat hak: two characters, too few sounds
    chinese = TRANSLITERATED.replace("博森特", "柏斯葛")
    # a fifth English name, which no Chinese one is, so that no elimination pairs the last two left
    english = FOREIGN.replace("four officials", "five officials").replace(
        "- Jane Bosant, commerce minister\n", "- Jane Brescot, commerce minister\n- Tom Wilder, trade envoy\n"
    )
    (tmp_path / "01_zh.txt").write_text(chinese, encoding="utf-8")
    (tmp_path / "02_en.txt").write_text(english, encoding="utf-8")
    result: Reconciliation = reconcile([str(tmp_path)])
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    linked = {frozenset(names[k] for k in e.mentions) for e in result.entities if len(e.mentions) > 1}
    assert frozenset({"柏斯葛", "Jane Brescot"}) in linked
    assert frozenset({"基斯勒", "Karl Kessler"}) in linked
    assert not any("Tom Wilder" in group for group in linked)
