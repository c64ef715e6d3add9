"""The travel ban widened on December 16, 2025 (``tests/fixtures/travel_ban_2025_12/``), six outlets that
tell the same two lists (seven countries barred in full, fifteen in part) in different shapes: each list
read whole in its groups with its counts, and nobody accused. One outlet sets the two countries moved up
to the full ban apart from the five new ones, with their count: a finer filing, no misfiling."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.models import Kind, Reconciliation, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

STORY = Path(__file__).resolve().parent / "fixtures" / "travel_ban_2025_12"

# the groups each article files its items under, in order, as read from the articles
GROUPS = {
    "01_tw.txt": [
        ["寮國", "獅子山", "布吉納法索", "馬利", "尼日", "南蘇丹", "敘利亞"],
        [
            "安哥拉",
            "安地卡及巴布達",
            "貝南",
            "象牙海岸",
            "多米尼克",
            "加彭",
            "甘比亞",
            "馬拉威",
            "茅利塔尼亞",
            "奈及利亞",
            "塞內加爾",
            "坦尚尼亞",
            "東加",
            "尚比亞",
            "辛巴威",
        ],
        [
            "阿富汗",
            "緬甸",
            "查德",
            "剛果共和國",
            "赤道幾內亞",
            "厄利垂亞",
            "海地",
            "伊朗",
            "利比亞",
            "索馬利亞",
            "蘇丹",
            "葉門",
        ],
    ],
    "02_hk.txt": [
        ["布基納法索", "馬里", "尼日爾", "南蘇丹", "敘利亞"],
        ["老撾", "塞拉利昂"],
        [
            "安哥拉",
            "安提瓜和巴布達",
            "貝寧",
            "科特迪瓦",
            "多米尼克",
            "加蓬",
            "岡比亞",
            "馬拉維",
            "毛里塔尼亞",
            "尼日利亞",
            "塞內加爾",
            "坦桑尼亞",
            "湯加",
            "贊比亞",
            "津巴布韋",
        ],
    ],
    "03_en.txt": [
        ["Burkina Faso", "Mali", "Niger", "South Sudan", "Syria", "Laos", "Sierra Leone"],
        [
            "Angola",
            "Antigua and Barbuda",
            "Benin",
            "Ivory Coast",
            "Dominica",
            "Gabon",
            "Gambia",
            "Malawi",
            "Mauritania",
            "Nigeria",
            "Senegal",
            "Tanzania",
            "Tonga",
            "Zambia",
            "Zimbabwe",
        ],
    ],
    "04_ja.txt": [
        ["ブルキナファソ", "マリ", "ニジェール", "南スーダン", "シリア", "ラオス", "シエラレオネ"],
        [
            "アンゴラ",
            "アンティグア・バーブーダ",
            "ベナン",
            "コートジボワール",
            "ドミニカ国",
            "ガボン",
            "ガンビア",
            "マラウイ",
            "モーリタニア",
            "ナイジェリア",
            "セネガル",
            "タンザニア",
            "トンガ",
            "ザンビア",
            "ジンバブエ",
        ],
    ],
    "05_cn.txt": [
        ["布基纳法索", "马里", "尼日尔", "南苏丹", "叙利亚", "老挝", "塞拉利昂"],
        [
            "安哥拉",
            "安提瓜和巴布达",
            "贝宁",
            "科特迪瓦",
            "多米尼克",
            "加蓬",
            "冈比亚",
            "马拉维",
            "毛里塔尼亚",
            "尼日利亚",
            "塞内加尔",
            "坦桑尼亚",
            "汤加",
            "赞比亚",
            "津巴布韦",
        ],
    ],
    "06_tw.html": [
        ["布吉納法索", "馬利", "尼日", "南蘇丹", "敘利亞", "寮國", "獅子山"],
        [
            "安哥拉",
            "安地卡及巴布達",
            "貝南",
            "象牙海岸",
            "多米尼克",
            "加彭",
            "甘比亞",
            "馬拉威",
            "茅利塔尼亞",
            "奈及利亞",
            "塞內加爾",
            "坦尚尼亞",
            "東加",
            "尚比亞",
            "辛巴威",
        ],
    ],
}
# the counts each article states of its groups, in order (06_tw's table states none; its lead counts both)
COUNTS = {
    "01_tw.txt": [7, 15, 12],
    "02_hk.txt": [5, 2, 15],
    "03_en.txt": [15],
    "04_ja.txt": [7, 15],
    "05_cn.txt": [15],
}


@cache
def _run() -> Reconciliation:
    return reconcile([STORY])


@pytest.mark.parametrize("article", sorted(GROUPS))
def test_each_list_is_read_whole_in_its_groups(article: str) -> None:
    parsed = parse_path(STORY / article)
    listed = [m for m in parsed.mentions if m.kind is Kind.LIST]
    groups: dict[str, list[str]] = {}
    for m in listed:
        groups.setdefault(m.group, []).append(m.label)
    assert list(groups.values()) == GROUPS[article]


@pytest.mark.parametrize("article", sorted(COUNTS))
def test_the_counts_each_article_states_of_its_groups(article: str) -> None:
    stated = [h.stated for h in parse_path(STORY / article).headings if h.stated is not None]
    assert stated == COUNTS[article]


def test_the_two_lists_are_one_entity_each_across_outlets() -> None:
    """The 22 countries of the two new lists are 22 entities, each printed by all six outlets."""
    result = _run()
    six = [e for e in result.entities if len({k.split("#")[0] for k in e.mentions}) == 6]
    assert len(six) == 22


def test_nobody_is_accused() -> None:
    """No error; the one outlet that prints June's twelve beside the new lists is told, at most, that
    it prints a list of something else (a warning naming it alone)."""
    found = [d for d in _run().discrepancies if d.severity is not Severity.INFO]
    assert [d for d in found if d.severity is Severity.ERROR] == []
    assert all(d.sources == ("01_tw",) for d in found)
