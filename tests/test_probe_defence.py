"""Countries with percentages filed under bands of values (``tests/fixtures/defence_shares/``): NATO's
estimates of 2025 defence spending as a share of GDP, five outlets, three of them grouping the allies under
``超過3.5%`` / ``3%至3.5%`` / ``2%至3%`` (``Above 3.5%`` …). Planted: Greece's 2.85% under ``3%至3.5%``
(Hong Kong), Latvia's 3.73% misprinted 3.37% (English), 31 allies for 32 (mainland, a warning); the
mainland's one decimal (4.5% for 4.48%) is no error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.checks.bands import out_of_band
from pipeline.lang.bands import Band, band_of
from pipeline.models import Kind, Mention, Severity, Value
from pipeline.run import reconcile
from tests.probe_fixtures import FIXTURES, errors, findings, items, numbers, story

STORY = "defence_shares"
TOP_TEN_TW = ["波蘭", "立陶宛", "拉脫維亞", "愛沙尼亞", "挪威", "丹麥", "美國", "希臘", "瑞典", "荷蘭"]
TOP_TEN_EN = [
    "Poland",
    "Lithuania",
    "Latvia",
    "Estonia",
    "Norway",
    "Denmark",
    "United States",
    "Greece",
    "Sweden",
    "Netherlands",
]
SHARES = [4.48, 4.00, 3.73, 3.38, 3.35, 3.22, 3.22, 2.85, 2.80, 2.49]
BANDS_TW = ["超過3.5%"] * 3 + ["3%至3.5%"] * 4 + ["2%至3%"] * 3


@pytest.mark.parametrize(
    ("label", "band"),
    [
        ("超過3.5%", Band(3.5, None, "%")),
        ("3%至3.5%", Band(3.0, 3.5, "%")),
        ("Above 3.5%", Band(3.5, None, "%")),
        ("2% to 3%", Band(2.0, 3.0, "%")),
        ("3.5％以上", Band(3.5, None, "%")),
        ("不足2%", Band(None, 2.0, "%")),
        ("below 2%", Band(None, 2.0, "%")),
    ],
)
def test_a_label_of_a_band_of_values_is_read_in_every_language(label: str, band: Band) -> None:
    assert band_of(label) == band


@pytest.mark.parametrize(
    "label", ["2024年", "前10名", "4.48%", "甲國、乙國與丙國等多個盟國的國防支出超過3.5%"]
)
def test_a_label_that_only_mentions_a_number_is_no_band(label: str) -> None:
    assert band_of(label) is None


def test_band_ends_are_inside() -> None:
    assert Band(3.0, 3.5, "%").holds(3.5) and Band(3.5, None, "%").holds(3.5)
    assert not Band(3.0, 3.5, "%").holds(2.85)


def test_each_outlets_list_is_read_with_its_bands_and_values() -> None:
    """The Taiwan table's spanning rows and the English text table's band rows are groups; the English
    header ``Ally  2025 (est.)  2024`` (its years over columns of percentages) is no item."""
    result = story(STORY)
    tw = items(result, "01_tw")
    assert [m.name_zh for m in tw] == TOP_TEN_TW
    assert [m.group for m in tw] == BANDS_TW
    assert [numbers(m)[0] for m in tw] == SHARES
    assert numbers(tw[0])[:2] == [4.48, 4.12]
    en = items(result, "04_en")
    assert [m.name_en for m in en] == TOP_TEN_EN
    assert [m.group for m in en] == ["Above 3.5%"] * 3 + ["3% to 3.5%"] * 4 + ["2% to 3%"] * 3
    assert [numbers(m)[0] for m in en] == [4.48, 4.00, 3.37, *SHARES[3:]]
    hk = items(result, "02_hk")
    assert [m.name_zh for m in hk] == [*TOP_TEN_TW, "芬蘭", "德國", "英國"]
    assert [m.group for m in hk] == ["超過3.5%"] * 3 + ["3%至3.5%"] * 5 + ["2%至3%"] * 5
    assert [numbers(m) for m in hk] == [[x] for x in [*SHARES, 2.45, 2.40, 2.40]]


def test_the_sentence_lists_keep_their_values_at_their_own_precision() -> None:
    result = story(STORY)
    cn = items(result, "03_cn")
    assert [m.name_zh for m in cn] == ["波兰", "立陶宛", "拉脱维亚", "爱沙尼亚", "挪威", "丹麦", "美国"]
    assert [numbers(m) for m in cn] == [[4.5], [4.0], [3.7], [3.4], [3.4], [3.2], [3.2]]
    ja = items(result, "05_ja")
    assert [m.name_zh for m in ja] == [
        "ポーランド",
        "リトアニア",
        "ラトビア",
        "エストニア",
        "ノルウェー",
        "デンマーク",
        "米国",
    ]
    assert [numbers(m)[0] for m in ja] == SHARES[:7]


def test_the_planted_group_and_value_errors_are_found_and_nobody_else_is_accused() -> None:
    """Greece under ``3%至3.5%`` in Hong Kong: its own 2.85% lies outside the band (and inside the list's
    ``2%至3%``); Latvia's 3.37% in English: a misprint, which the band row it sits under (``Above 3.5%``)
    does not turn into a second finding, since the others print 3.73% under that band. The mainland's
    one-decimal 4.5% backs the others' 4.48%."""
    result = story(STORY)
    assert errors(result) == [("group_conflict", ("02_hk",)), ("value_conflict", ("04_en",))]
    assert findings(result) == sorted([*errors(result), ("count_conflict", ("03_cn",))])
    (greece,) = [d for d in result.discrepancies if d.kind == "group_conflict"]
    assert "2.85%" in greece.message and "3%至3.5%" in greece.message and "'2%至3%'" in greece.message
    (latvia,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "3.37%" in latvia.message and "3.73%" in latvia.message


def test_a_value_outside_its_band_is_an_error_where_no_other_outlet_groups_the_item(tmp_path: Path) -> None:
    """With the Hong Kong list the only one in bands, Greece's 2.85% under ``3%至3.5%`` is still the
    article contradicting itself: one error, about it alone."""
    for name in ("02_hk.txt", "03_cn.txt", "05_ja.html"):
        shutil.copy(FIXTURES / STORY / name, tmp_path / name)
    result = reconcile([str(tmp_path)])
    bad = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert [(d.kind, d.severity, d.sources) for d in bad] == [("group_conflict", Severity.ERROR, ("02_hk",))]
    assert "希臘" in bad[0].message


def _item(k: int, group: str, *shares: float) -> Mention:
    values = tuple(Value(f"{x}%", x, "%", "", 0, 0) for x in shares)
    return Mention("a", Kind.LIST, k, None, f"{k}國", "", "", (), "", 0, 0, group=group, values=values)


def test_bands_are_about_the_column_whose_values_lie_within_them() -> None:
    """Last year's column (first here) lies outside the bands on most rows, this year's (second) within
    them: the bands are about the second, and the one item outside there is the misfiled one."""
    listed = [
        _item(1, "超過3.5%", 2.9, 4.5),
        _item(2, "超過3.5%", 3.1, 4.0),
        _item(3, "3%至3.5%", 2.2, 3.4),
        _item(4, "3%至3.5%", 2.4, 3.2),
        _item(5, "3%至3.5%", 3.1, 2.9),
        _item(6, "2%至3%", 3.3, 2.5),
    ]
    (only,) = out_of_band(listed).values()
    assert (only.mention.position, only.column, only.value.raw, only.fits) == (5, 1, "2.9%", "2%至3%")
    assert out_of_band(listed[:4]) == {}  # every item within its band
    assert out_of_band([_item(1, "前10名", 4.5), _item(2, "前10名", 4.0), _item(3, "前10名", 2.9)]) == {}


def test_the_hong_kong_list_has_one_item_outside_its_band() -> None:
    assert out_of_band(items(story(STORY), "01_tw")) == {}
    (only,) = out_of_band(items(story(STORY), "02_hk")).values()
    assert (only.mention.name_zh, only.value.raw, only.fits) == ("希臘", "2.85%", "2%至3%")


def test_a_count_of_the_whole_that_disagrees_is_one_warning() -> None:
    """Every list is a part of the 32 allies (a top ten, the members of the bands); the mainland's
    ``北约31个盟国`` against the Taiwan and Hong Kong ``32個盟國`` is one warning naming it, and the counts
    that agree draw nothing."""
    result = story(STORY)
    (whole,) = [d for d in result.discrepancies if d.kind == "count_conflict"]
    assert (whole.severity, whole.sources) == (Severity.WARNING, ("03_cn",))
    assert "31" in whole.message and "32" in whole.message
    assert whole.evidence[0].quote.startswith("北约估计31个盟国")


def test_a_count_a_list_could_reach_is_no_whole(tmp_path: Path) -> None:
    """Where one outlet prints as many items as the others count, the count is the list's, judged by the
    claims, not compared as a whole's: the mainland's 31 draws no warning of this kind."""
    names = [a + b for a in ("Al", "Bor", "Car", "Dal", "El", "Fen", "Gor", "Hal") for b in ("andia", "uria")]
    names += [
        a + b for a in ("Al", "Bor", "Car", "Dal", "El", "Fen", "Gor", "Hal") for b in ("pathia", "matia")
    ]
    lines = "\n".join(f"- {n}: {k / 10 + 2:.1f}%" for k, n in enumerate(names))
    head = "The Quill Review\n\nDefence spending of all 32 allies, as estimated by the alliance:\n\n"
    (tmp_path / "00_full.txt").write_text(head + lines + "\n", encoding="utf-8")
    for name in ("01_tw.html", "02_hk.txt", "03_cn.txt"):
        shutil.copy(FIXTURES / STORY / name, tmp_path / name)
    result = reconcile([str(tmp_path)])
    assert len(items(result, "00_full")) == 32
    assert not [d for d in result.discrepancies if d.kind == "count_conflict" and "whole" in d.subject]
