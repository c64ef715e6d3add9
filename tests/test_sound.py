"""Consonant skeletons of Chinese transliterations and Latin names (pipeline.knowledge.sound)."""

from __future__ import annotations

import pytest

from pipeline.knowledge.romanized import family_first
from pipeline.knowledge.sound import (
    HAN_GATE,
    given_name_first,
    han_skeleton,
    latin_forms,
    latin_skeleton,
    similarity,
    skeleton_ratio,
)

GATE = HAN_GATE

# public figures with their usual Taiwan and mainland transliterations (family name only, as outlets print)
PUBLIC = [
    ("歐巴馬", "奥巴马", "Barack Obama"),
    ("梅克爾", "默克尔", "Angela Merkel"),
    ("布林肯", "布林肯", "Antony Blinken"),
    ("葉倫", "耶伦", "Janet Yellen"),
    ("蘇納克", "苏纳克", "Rishi Sunak"),
    ("澤倫斯基", "泽连斯基", "Volodymyr Zelensky"),
    ("古特瑞斯", "古特雷斯", "António Guterres"),
    ("馬斯克", "马斯克", "Elon Musk"),
]


def test_the_classes_fold_both_scripts_alike() -> None:
    # bei sen te: b, s, n (final n), t; Bessent: b, ss, n, t
    assert han_skeleton("貝森特") == latin_skeleton("Bessent") == "bsnd"
    # the r after a vowel is not transliterated (Tur-ner: te na), the silent gh and initial wr neither
    assert latin_skeleton("Turner") == "dn"
    assert latin_skeleton("Wright") == "ld"
    # the junior's 小 is no sound of the family name
    assert han_skeleton("小甘迺迪") == han_skeleton("甘迺迪") == latin_skeleton("Kennedy")
    # a name that begins with a vowel keeps that as its first class
    assert han_skeleton("伊巴涅斯")[0] == latin_skeleton("Ibanez")[0] == "a"


def test_latin_forms_give_the_family_name_alone() -> None:
    forms = latin_forms("Robert F. Kennedy Jr.")
    assert latin_skeleton("Kennedy") in forms
    assert latin_skeleton("Robert Kennedy") in forms
    assert not any(f.endswith("s") for f in forms)  # "Jr." left out


@pytest.mark.parametrize(("taiwan", "mainland", "english"), PUBLIC)
def test_a_transliteration_reaches_the_gate_with_its_original(
    taiwan: str, mainland: str, english: str
) -> None:
    assert similarity(taiwan, english) >= GATE
    assert similarity(mainland, english) >= GATE


def test_short_or_unlike_beginnings_score_nothing() -> None:
    # two classes are too few to tell names apart (Thailand / Turkey would both read "dg")
    assert skeleton_ratio("dg", "dg") == 0.0
    # Rollins and Collins differ in their first sound, which a transliteration keeps
    assert similarity("羅林斯", "Doug Collins") == 0.0
    assert similarity("羅林斯", "Brooke Rollins") == 1.0


def test_another_persons_name_scores_below_its_own() -> None:
    """The skeleton only proposes: within one list a name's own original outscores its neighbours'."""
    for taiwan, _, english in PUBLIC:
        own = similarity(taiwan, english)
        others = [similarity(taiwan, other) for _, _, other in PUBLIC if other != english]
        assert own > max(others), (taiwan, english)


def test_a_native_name_is_not_read_against_an_english_given_name() -> None:
    """甄樂 (zhen le) folds to ``jnl``, as does Jane Roe (j, n, r): the skeleton would set the native
    name's family name 甄 against the given name Jane. A name of two or three characters without a middle
    dot reads family name first, so it meets Jane Roe's family name alone (``l``: too short to score)."""
    assert han_skeleton("甄樂") == latin_skeleton("Jane Roe") == "jnl"
    assert family_first("甄樂")
    assert similarity("甄樂", "Jane Roe") == 0.0
    # a dotted transliteration begins with the given name and still meets the whole name
    assert not family_first("珍·羅")
    assert similarity("珍·羅", "Jane Roe") == 1.0
    # an English name whose first word is a pinyin syllable reads family name first as well
    assert not given_name_first("Zhen Le")
    assert similarity("甄樂", "Zhen Le") == 1.0


def test_family_forms_leave_out_the_given_name_first_form() -> None:
    assert given_name_first("Jane Roe Ka-wai")
    assert latin_skeleton("Jane Roe Ka Wai") in latin_forms("Jane Roe Ka-wai")
    assert latin_skeleton("Jane Roe Ka Wai") not in latin_forms("Jane Roe Ka-wai", family=True)
    assert latin_skeleton("Roe Ka Wai") in latin_forms("Jane Roe Ka-wai", family=True)
    # one word is a family name alone: nothing to leave out
    assert latin_forms("Bosant", family=True) == latin_forms("Bosant")


def test_two_chinese_transliterations_compare_by_their_consonants() -> None:
    from pipeline.knowledge.sound import han_alike

    assert han_alike("柏甘", "巴格姆")  # bgn / bgn: one syllable more on one side
    assert han_alike("迪甘", "達格姆")  # dgn, Traditional and Simplified alike
    assert not han_alike("丁偉明", "鄧維民")  # dnwn both, but syllable for syllable: the pinyin tells
    assert not han_alike("柏甘", "巴格曼斯基")  # three characters more: no other spelling of it
    assert not han_alike("柏甘", "巴德姆")  # bgn / bdn
    assert not han_alike("柏甘", "Bagum")  # a Latin name is compared by pipeline.knowledge.sound.similarity


def test_a_name_in_wade_giles_syllables_is_read_as_taiwan_romanizes_native_names() -> None:
    from pipeline.knowledge.romanized import taiwan_reading, wade_giles_name

    assert wade_giles_name("Chang San-feng") and wade_giles_name("Tsai Ming-yen")
    assert not wade_giles_name("Jane Roe") and not wade_giles_name("Wellington Koo")
    assert taiwan_reading("張三豐") == "chang sanfeng"
    assert taiwan_reading("蔡明彥") == "tsai mingyen"
    assert taiwan_reading("珍·羅伊") == ""  # a transliterated name, given name first


def test_a_native_names_family_name_sounds_like_a_word_of_a_latin_name() -> None:
    from pipeline.knowledge.romanized import family_similarity

    assert family_similarity("吳甲乙", "Jane Wu") == 1.0
    assert family_similarity("嚴甲乙", "Yen Teh-fa") == 1.0  # Wade-Giles
    assert family_similarity("吳甲乙", "Jane Roe") < 0.5
    assert family_similarity("珍·羅伊", "Jane Roe") == 0.0  # no native name


def test_an_affricate_first_sound_is_kept_apart_from_a_sibilant() -> None:
    """Chinese outlets write Jones 瓊斯 (qiong si) and Smith 史密斯 (shi mi si): every class after the first
    is the same (n, s), the first sound is not. Each meets its own name, not the other's."""
    assert han_skeleton("史密斯") == latin_skeleton("Smith") == "sns"
    assert han_skeleton("瓊斯") == han_skeleton("琼斯") == latin_skeleton("Jones") == "jns"
    assert similarity("史密斯", "John Smith") == 1.0 and similarity("瓊斯", "David Jones") == 1.0
    assert similarity("史密斯", "David Jones") == 0.0 and similarity("瓊斯", "John Smith") == 0.0
    assert latin_skeleton("Charles") == han_skeleton("查爾斯") == "jls"  # cha er si
    assert latin_skeleton("Zhou Enlai") == han_skeleton("周恩來")  # a name in pinyin, read by its initials
