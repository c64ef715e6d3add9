"""A group's label without the noun its count counts (``甲國5個城市包括…``: the group is 甲國)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.layouts._headings import group_label
from sources.registry import parse_path


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("甲國5個城市包括", "甲國"),
        ("乙國3個城市：", "乙國"),
        ("甲國5個城市的名單如下：", "甲國"),
    ],
)
def test_the_noun_after_a_count_that_follows_the_groups_words_is_no_part_of_the_label(
    text: str, label: str
) -> None:
    assert group_label(text) == label


def test_a_sentence_of_countries_and_their_counted_cities_files_each_city_under_its_country(
    tmp_path: Path,
) -> None:
    """``甲國5個城市包括…；乙國3個：…；丙國則有…``: the cities under 甲國, 乙國 and 丙國, before under
    甲國城市 for the first clause (the counted noun kept)."""
    text = (
        "三國合辦盃賽\n\n甲報　2031年6月5日\n\n盃賽下周揭幕，由三國合辦，賽事分布於10個城市。\n\n"
        "甲國5個城市包括甲城、乙城、丙城、丁城及戊城；乙國3個：己城、庚城、辛城；丙國則有壬城和癸城。\n\n"
        "揭幕戰在甲城舉行。\n"
    )
    path = tmp_path / "01_tw.txt"
    path.write_text(text, encoding="utf-8")
    items = [m for m in parse_path(path).mentions if m.kind is Kind.LIST]
    assert [m.label for m in items] == [
        "甲城",
        "乙城",
        "丙城",
        "丁城",
        "戊城",
        "己城",
        "庚城",
        "辛城",
        "壬城",
        "癸城",
    ]
    assert [m.group for m in items] == ["甲國"] * 5 + ["乙國"] * 3 + ["丙國"] * 2


def test_english_groups_told_by_a_count_placing_them_and_by_their_owners_are_named_by_them(
    tmp_path: Path,
) -> None:
    """``Five of the cities are in Borduria: …``: the group is Borduria, its count quoted with it once
    (before, ``are in Borduria``, counted by the heading and by the sentence); ``Carpathia's three host
    cities are …, while Dorland's two are …``: Carpathia (before, ``Carpathia's``) and Dorland."""
    text = (
        "Cup's 10 host cities are ready\n\nBy Jane Roe, Aland Wire\n\n"
        "ALAND CITY, June 9, 2031 (Aland Wire) - The cup kicks off on Thursday over 10 host cities.\n\n"
        "Five of the cities are in Borduria: Alpha Park, Beta Park, Gamma Park, Delta Park and Epsilon "
        "Park. Carpathia's three host cities are Zeta Park, Eta Park and Theta Park, while Dorland's two "
        "are Iota Park and Kappa Park.\n\nThe final will be played at Alpha Park on July 19.\n"
    )
    path = tmp_path / "01_en.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_path(path)
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [m.group for m in items] == ["Borduria"] * 5 + ["Carpathia"] * 3 + ["Dorland"] * 2
    assert [(h.group, h.stated) for h in result.headings if h.group] == [
        ("Borduria", 5),
        ("Carpathia", 3),
        ("Dorland", 2),
    ]
    assert result.headings[[h.group for h in result.headings].index("Borduria")].label == (
        "Five of the cities are in Borduria"
    )


def test_the_particle_of_a_count_left_at_a_labels_end_is_no_part_of_it() -> None:
    """``全面禁止入境的12國為：`` names the group 全面禁止入境 (its 的 modified the count, as の does)."""
    assert group_label("全面禁止入境的12國為：") == "全面禁止入境"
    assert group_label("部分限制入境的7國則為：") == "部分限制入境"
    assert group_label("全面禁止の12カ国：") == "全面禁止"
