"""Places below a country in characters and in pinyin (pipeline.matching.place_pinyin): heard by their
whole toneless syllables, with or without their kind word, and never by a near spelling (甲丙 ``jia bing``
and 己丙 ``ji bing`` share the consonant skeleton ``jbn``)."""

from __future__ import annotations

from pathlib import Path

from pipeline.matching.place_pinyin import places_in_pinyin
from pipeline.run import Reconciliation, reconcile

CHINESE = """甲盟四省经济总量公布

乙报　2025年2月8日

甲盟统计局公布四省经济总量，名单如下：

1. {first}
2. 己丙省
3. 丁乙市
4. 丙丁省

统计局表示经济稳定增长。
"""

ENGLISH = """Aland publishes output of four provinces

Aland Wire
February 8, 2025

The Aland statistics bureau published the output of four provinces:

1. Bingding Province
2. {second}
3. Dingyi Municipality
4. Jiabing Province

The bureau said growth was steady.
"""


def _linked(tmp_path: Path, first: str, second: str) -> set[frozenset[str]]:
    (tmp_path / "01_cn.txt").write_text(CHINESE.format(first=first), encoding="utf-8")
    (tmp_path / "02_en.txt").write_text(ENGLISH.format(second=second), encoding="utf-8")
    result: Reconciliation = reconcile([str(tmp_path)])
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    return {frozenset(names[k] for k in e.mentions) for e in result.entities}


def test_provinces_in_pinyin_are_one_place_with_their_characters(tmp_path: Path) -> None:
    """Jiabing / 甲丙省 and Jibing / 己丙省, one vowel apart, each with its own (before: every name alone,
    and the two English ones taken for one item printed twice)."""
    assert _linked(tmp_path, "甲丙省", "Jibing Province") == {
        frozenset({"甲丙省", "Jiabing Province"}),
        frozenset({"己丙省", "Jibing Province"}),
        frozenset({"丁乙市", "Dingyi Municipality"}),
        frozenset({"丙丁省", "Bingding Province"}),
    }


def test_a_place_one_vowel_away_is_another_place(tmp_path: Path) -> None:
    """The English list prints Jiabing where the Chinese one prints 己丙 (ji bing): two places, each alone;
    the others linked (before: none linked)."""
    assert _linked(tmp_path, "戊庚省", "Wugeng Province") == {
        frozenset({"戊庚省", "Wugeng Province"}),
        frozenset({"己丙省"}),
        frozenset({"Jiabing Province"}),
        frozenset({"丁乙市", "Dingyi Municipality"}),
        frozenset({"丙丁省", "Bingding Province"}),
    }


def test_only_the_same_syllables_are_heard() -> None:
    """Kind words dropped on both sides (``省``, ``市``, ``Province``), an apostrophe between syllables
    read as none; a name of two words (a person's, ``Jia Bing``), one syllable, or a near spelling is not
    heard."""
    heard = places_in_pinyin(
        ["甲丙省", "己丙", "乙安市", "甲", "丁乙"],
        ["Jiabing Province", "Jia Bing", "Yi'an", "Jia", "Dingyee"],
    )
    assert heard == {
        "甲丙省": ("jia bing", frozenset({"Jiabing Province"})),
        "乙安市": ("yi an", frozenset({"Yi'an"})),
    }
