"""A leader or a family name printed alone, in katakana and in a Chinese transliteration: the two scripts
meet through one consonant skeleton (``pipeline.matching.one_word``), only where it is
the same and the syllables are as many, give or take one; and the readings of a Latin name's last
consonant that transliterations hear otherwise than English spells it (``pipeline.knowledge.sound``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pipeline.knowledge.kana import romaji
from pipeline.knowledge.sound import han_skeleton, latin_forms, latin_skeleton
from pipeline.matching.one_word import one_word_pairs
from pipeline.models import Reconciliation
from pipeline.run import reconcile
from pipeline.settings import EvidenceSettings

CHINESE = """甲国庆典外国领导人名单

甲报　2025年9月3日

甲国外交部公布出席庆典的外国领导人。

出席庆典的外国领导人（4位）：
{first}（{country}总统）
卡帕西（丙国总理）
阿兰多（丁国国王）
{last}（戊国总统）

外交部发言人表示，欢迎各国领导人。
"""

JAPANESE = """甲国の式典に外国首脳

乙新聞　2025年9月3日

甲国外務省は式典に出席する外国首脳を発表した。

出席する外国首脳（4人）：
ボルドゥ（乙国大統領）
カパシ（丙国首相）
アランド（丁国国王）
タラバン（戊国大統領）

外務省の報道官は各国首脳を歓迎すると述べた。
"""


def _story(
    tmp_path: Path, first: str = "博尔杜", last: str = "塔拉班", country: str = "乙国"
) -> Reconciliation:
    (tmp_path / "01_cn.txt").write_text(CHINESE.format(first=first, last=last, country=country), "utf-8")
    (tmp_path / "02_ja.txt").write_text(JAPANESE, encoding="utf-8")
    return reconcile([str(tmp_path)])


def _linked(result: Reconciliation) -> set[frozenset[str]]:
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    return {frozenset(names[k] for k in e.mentions) for e in result.entities if len(e.mentions) > 1}


def test_a_w_syllable_of_katakana_keeps_its_w() -> None:
    assert romaji("ウォルド") == "worudo"
    assert romaji("ジェーン・ウェスト").split()[1] == "wesuto"
    assert latin_skeleton(romaji("プラボウォ")) == han_skeleton("普拉博沃") == "blbw"


def test_a_last_consonant_heard_two_ways_gives_two_forms() -> None:
    assert set(latin_forms("Borlich")) == {"bls", "blg"}  # ク in katakana, 希 in Chinese
    # a final v is devoiced, フ and 夫, and only so: the w is the name that ends in a vowel (ワ, 娃)
    assert set(latin_forms("Borisev")) == {"blsf"}
    assert set(latin_forms("Boriseva")) == {"blsw"}
    assert latin_forms("Jane Roe") == ("jnl", "l")


def test_one_word_names_meet_on_an_equal_skeleton_of_as_many_syllables() -> None:
    w = EvidenceSettings()
    table = one_word_pairs(
        ["bld", "bld", "bls", "bld"],
        [(3, "o"), (5, "o"), (3, "o"), (3, "a")],
        ["borudu", "bo rudu", "boruda"],
        w,
        0.9,
    )
    assert table is not None
    found = table.toarray()
    assert found[0, 0] > 0  # 博爾杜 / ボルドゥ
    assert found[1, 0] == 0  # five characters against three kana: another name
    assert not found[:, 1].any()  # a name of two words is compared as a whole elsewhere
    assert found[0, 2] > 0 and found[2, 2] == 0  # ボルダ is bld too; bls is not
    assert not found[3].any()  # a first syllable of another vowel (ba against bo): another name
    assert one_word_pairs(["bld"], [(3, "o")], ["bodo"], w, 0.9) is None  # too few classes: bd
    # a first syllable without initial is its onset alone in pinyin (安 an: ``a``), in katakana too
    assert one_word_pairs(["awl"], [(3, "a")], ["anwaru"], w, 0.9) is not None
    assert np.isclose(found[0, 0], w.phonetic_weight * 0.9)


def test_each_japanese_leader_links_to_its_chinese_transliteration(tmp_path: Path) -> None:
    assert _linked(_story(tmp_path)) == {
        frozenset({"博尔杜", "ボルドゥ"}),
        frozenset({"卡帕西", "カパシ"}),
        frozenset({"阿兰多", "アランド"}),
        frozenset({"塔拉班", "タラバン"}),
    }


def test_two_chinese_names_of_one_skeleton_leave_the_katakana_name_alone(tmp_path: Path) -> None:
    """博尔杜 and 博尔多 both fold to ``bld``, and no post names a country: ボルドゥ could be either, so it
    is linked to neither."""
    chinese = CHINESE.format(first="博尔杜", last="博尔多", country="乙国").replace("乙国总统", "总统")
    japanese = JAPANESE.replace("乙国大統領", "大統領")
    (tmp_path / "01_cn.txt").write_text(chinese.replace("戊国总统", "总统"), encoding="utf-8")
    (tmp_path / "02_ja.txt").write_text(japanese.replace("戊国大統領", "大統領"), encoding="utf-8")
    linked = _linked(reconcile([str(tmp_path)]))
    assert not any("ボルドゥ" in group for group in linked)
    assert frozenset({"卡帕西", "カパシ"}) in linked


def test_the_country_in_the_posts_tells_which_of_two_names_of_one_skeleton(tmp_path: Path) -> None:
    """博尔杜 (乙国总统) and 博尔多 (戊国总统) both fold to ``bld``: ボルドゥ, 乙国大統領, is 博尔杜, since
    博尔多's post names another country."""
    linked = _linked(_story(tmp_path, last="博尔多"))
    assert frozenset({"博尔杜", "ボルドゥ"}) in linked
    assert not any("博尔多" in group for group in linked)


def test_names_alike_with_the_posts_of_other_countries_stay_apart(tmp_path: Path) -> None:
    linked = _linked(_story(tmp_path, country="己国"))
    assert not any("ボルドゥ" in group for group in linked)
