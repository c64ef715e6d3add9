"""Percentages an article gives in prose for a part of its list (``pipeline.claims.percents``), and the
arithmetic check that holds them to count ÷ total. Made-up articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims.percents import share_percents
from pipeline.run import reconcile


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("在這12國中，有7國位於非洲，佔58%。", [(58.0, 7)]),
        ("Seven of the 12 countries, or 58%, are in Africa.", [(58.0, 7)]),
        ("このうち７か国がアフリカで、全体の58％を占める。", [(58.0, 7)]),
        ("7 of the 12, representing 58 per cent, are in Africa.", [(58.0, 7)]),
        # no share of the list: a rate, a share of something else, a rate in parentheses, the whole
        ("關稅提高到25%。", []),
        ("7國位於非洲，佔全球人口的3%。", []),
        ("其餘3國（10%）。", []),
        ("這12國佔全部的100%。", []),
    ],
)
def test_a_part_s_share_after_its_count(sentence: str, expected: list[tuple[float, int]]) -> None:
    assert [(pct, n) for _, _, pct, n in share_percents(sentence, 12)] == expected


NAMES_ZH = (
    "博杜利亞、卡爾帕西亞、達爾馬提亞、艾斯托瓦基亞、弗里多尼亞、格蘭芬維克、"
    "希爾德里亞、伊爾米亞、賈斯帕尼亞、凱爾特里亞、盧米納里亞和莫爾達尼亞"
)
NAMES_EN = (
    "Borduria, Carpathia, Dalmatia, Estovakia, Freedonia, Grand Fenwick, Hildria, Ilmia, Jaspania, Keltria,"
    " Luminaria and Moldania"
)


def _story(folder: Path, zh_share: str, en_share: str) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        f"2025年6月5日\n甲國禁止12國公民入境\n\n甲國總統週三簽署公告，全面禁止{NAMES_ZH}等12國公民入境。"
        f"在這12國中，有7國位於非洲，佔{zh_share}。\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        f"June 5, 2025\nAland bans travel from 12 countries\n\nAland's president on Wednesday banned travel"
        f" from 12 countries: {NAMES_EN}. Seven of the 12 countries, or {en_share}, are in Africa.\n",
        encoding="utf-8",
    )
    return folder


def test_a_share_that_does_not_add_up_is_an_error_of_its_outlet(tmp_path: Path) -> None:
    """7 of 12 is 58%: the article that prints 65% is held to it; the one that prints 58% is not."""
    rec = reconcile([str(_story(tmp_path / "s", "65%", "58%"))])
    wrong = [d for d in rec.discrepancies if d.kind == "arithmetic"]
    assert [(d.sources, d.severity.value) for d in wrong] == [(("a",), "error")]
    assert "58.333%" in wrong[0].message


def test_shares_that_add_up_make_no_finding(tmp_path: Path) -> None:
    rec = reconcile([str(_story(tmp_path / "s", "58%", "58 per cent"))])
    assert not [d for d in rec.discrepancies if d.kind == "arithmetic"]
