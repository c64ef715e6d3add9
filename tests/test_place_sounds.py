"""A foreign place's names in every script heard as one (pipeline.knowledge.place_sounds,
pipeline.matching.place_evidence): a transliteration's consonants and first vowel, its generic words
translated (``城`` / ``シティ`` / ``City``, ``灣區`` / ``ベイエリア`` / ``Bay Area``, ``新`` / ``ニュー`` /
``New``), a place a library knows read in English; never a name of no generic or known part, nor two
names whose vowels or generic words differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.place_sounds import place_reading
from pipeline.run import Reconciliation, reconcile

TRADITIONAL = """甲國盃主辦城市

甲報　2026年6月5日

甲國盃主辦城市如下：

1. {first}
2. 塔米卡灣區
3. 丁乙鎮

比賽明年舉行。
"""

JAPANESE = """甲国杯の開催都市

乙新聞　2026年6月5日

甲国杯の開催都市は次の通り。

・{second}
・タミカ・ベイエリア
・丁乙鎮

大会は来年開かれる。
"""

ENGLISH = """Aland Cup host cities

Borduria Wire
June 5, 2026

The Aland Cup host cities are:

1. {third}
2. Tamika Bay Area
3. Dingyi Town

The cup opens next year.
"""


def _linked(tmp_path: Path, first: str, second: str, third: str) -> set[frozenset[str]]:
    (tmp_path / "01_tw.txt").write_text(TRADITIONAL.format(first=first), encoding="utf-8")
    (tmp_path / "02_ja.txt").write_text(JAPANESE.format(second=second), encoding="utf-8")
    (tmp_path / "03_en.txt").write_text(ENGLISH.format(third=third), encoding="utf-8")
    result: Reconciliation = reconcile([str(tmp_path)])
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    return {frozenset(names[k] for k in e.mentions) for e in result.entities}


def test_a_city_and_a_bay_area_are_one_place_in_three_scripts(tmp_path: Path) -> None:
    """卡拉馬城 / カラマシティ / Kalama City and 塔米卡灣區 / タミカ・ベイエリア / Tamika Bay Area: one place
    each (before: 塔米卡灣區 heard in no other script, and taken for Dingyi Town, the one name left)."""
    linked = _linked(tmp_path, "卡拉馬城", "カラマシティ", "Kalama City")
    assert frozenset({"卡拉馬城", "カラマシティ", "Kalama City"}) in linked
    assert frozenset({"塔米卡灣區", "タミカ・ベイエリア", "Tamika Bay Area"}) in linked


def test_the_parts_of_a_place_read_alike_in_every_script() -> None:
    """Each script's transliteration and generic words read as one string."""
    for names in (
        ("卡拉馬城", "卡拉马城", "カラマシティ", "Kalama City"),
        ("塔米卡灣區", "塔米卡湾区", "タミカ・ベイエリア", "Tamika Bay Area"),
        ("新卡拉馬", "ニューカラマ", "New Kalama"),
    ):
        readings = {place_reading(n) for n in names}
        assert len(readings) == 1 and "" not in readings, names


def test_what_reads_as_no_place_or_as_another() -> None:
    """A name with no generic or known part (a person's, a city's name alone), a generic word alone, a
    transliteration of too few sounds, are no place's reading; another vowel, another generic word, or
    ``New`` added make another place."""
    for name in ("Kalama", "卡拉馬", "カラマ", "Jane Roe", "City", "Bay Area", "城", "米城", "Ama City"):
        assert place_reading(name) == "", name
    kalama = place_reading("Kalama City")
    for other in ("Kilama City", "Kalama Bay Area", "New Kalama", "卡拉馬灣區", "ニューカラマシティ"):
        assert place_reading(other) not in ("", kalama), other


@pytest.mark.xfail(
    strict=True,
    reason="two English lists, Kalama City in one and Galena City in the other, link the two: their one "
    "shared word City and their near spelling are enough, with or without their readings (which are only "
    "compared across scripts)",
)
def test_two_names_in_one_script_are_compared_by_their_spelling(tmp_path: Path) -> None:
    """Guard: Kalama City and Galena City read alike (``~gln/a city``) and are two places: an English list
    that prints Galena City where the other English list prints Kalama City joins neither to it (a
    list one item longer: no name left over to link by elimination)."""
    (tmp_path / "01_en.txt").write_text(ENGLISH.format(third="Kalama City"), encoding="utf-8")
    other = ENGLISH.format(third="Galena City").replace("Borduria Wire", "Carpathia Post")
    other = other.replace("3. Dingyi Town", "3. Dingyi Town\n4. Zeta Town")  # no one name left over
    (tmp_path / "02_en.txt").write_text(other, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    names = {m.key: m.name_en for m in result.mentions}
    linked = {frozenset(names[k] for k in e.mentions) for e in result.entities}
    assert place_reading("Kalama City") == place_reading("Galena City")
    assert frozenset({"Kalama City", "Galena City"}) not in linked
