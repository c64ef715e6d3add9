"""A list of half the people its count says, closed by a word of examples before the count
(``…李四保安局長、王五警務処長ら6人``, ``…等6人``): examples of the whole, a warning at most; the same
names closed by no such word (``…の6人``) are a list short of its count."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import reconcile

POSTS = (("律政司司長", "張三"), ("保安局局長", "李四"), ("警務處處長", "王五"), ("入境處處長", "趙六"),
         ("海關關長", "錢七"), ("懲教署署長", "孫八"))  # fmt: skip


def _story(tmp_path: Path, closing: str) -> list[tuple[str, str, tuple[str, ...]]]:
    full = "、".join(p + n for p, n in POSTS)
    (tmp_path / "01_tw.txt").write_text(
        f"甲國制裁6官員\n2025年3月31日　甲報\n\n甲國宣布制裁{full}等6人。\n", "utf-8"
    )
    (tmp_path / "02_hk.txt").write_text(
        f"甲國制裁6官員\n2025年3月31日　乙報\n\n甲國宣布制裁{full}共6人。\n", "utf-8"
    )
    (tmp_path / "03_cn.txt").write_text(
        f"甲国制裁6官员\n2025年3月31日　丙网\n\n甲国宣布制裁{full}等6人。\n", "utf-8"
    )
    (tmp_path / "04_ja.txt").write_text(
        f"甲国、6人に制裁\n2025年3月31日\n\n甲国は31日、張三司法長官、李四保安局長、王五警務処長{closing}に制裁を科すと発表した。\n",
        "utf-8",
    )
    result = reconcile([str(tmp_path)])
    return [(d.kind, d.severity.value, d.sources) for d in result.discrepancies if d.severity.value != "info"]


def test_half_the_count_closed_by_ra_gives_examples(tmp_path: Path) -> None:
    found = _story(tmp_path, "ら6人")
    assert [f for f in found if f[1] == "error"] == []
    assert ("list_short", "warning", ("04_ja",)) in found


def test_half_the_count_closed_by_no_word_of_examples_is_short(tmp_path: Path) -> None:
    assert ("list_short", "error", ("04_ja",)) in _story(tmp_path, "の6人")


@pytest.mark.parametrize(
    ("item", "name", "title"),
    [
        ("張立國外相", "張立國", "外相"),
        ("甲国の張立国司法長官", "張立国", "司法長官"),
        ("王建國國務長官", "王建國", "國務長官"),
    ],
)
def test_a_given_name_in_guo_before_a_post_is_a_persons(item: str, name: str, title: str) -> None:
    from sources.items import split_item

    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == name
    assert [a.text for a in split.attributes if a.kind.value == "title"] == [title]


@pytest.mark.parametrize("item", ["甲国外相", "乙國外長"])
def test_a_state_before_a_post_is_no_person(item: str) -> None:
    from sources.items import split_item

    split = split_item(item, 0, len(item))
    assert [a.text for a in split.attributes if a.kind.value == "title"] == []
