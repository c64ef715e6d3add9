"""Shares that do not add up (``pipeline.checks.shares``): an article printing each item's amount and its
share holds every share to one proportion of its amount, rounded as printed. Made-up pledges
(``tests/fixtures/layouts/shares_*``): 500, 320, 150 and 80 of 1,050 are 47.6%, 30.5%, 14.3% and 7.6%."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Discrepancy
from pipeline.run import RunOptions, reconcile

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
REFERENCE = str(LAYOUTS / "amounts_reference.json")
TABLE = (LAYOUTS / "shares_table_tw.txt").read_text(encoding="utf-8")


def _findings(tmp_path: Path, table: str) -> list[Discrepancy]:
    (tmp_path / "shares_table_tw.txt").write_text(table, encoding="utf-8")
    paths = [tmp_path / "shares_table_tw.txt", LAYOUTS / "shares_table_en.html"]
    return list(reconcile(paths, options=RunOptions(reference=REFERENCE)).discrepancies)


def test_shares_in_proportion_to_their_amounts_are_no_finding(tmp_path: Path) -> None:
    assert _findings(tmp_path, TABLE) == []


def test_one_share_off_its_amount_is_one_arithmetic_error(tmp_path: Path) -> None:
    """乙國 printed 40.6% beside 500: the three others put 500 at 47.6% to 47.7%. One finding, against the
    outlet that printed it; the outlets' disagreement on that share is not reported again."""
    found = _findings(tmp_path, TABLE.replace("47.6%", "40.6%"))
    assert [(d.kind, d.sources, d.severity.value) for d in found] == [
        ("arithmetic", ("shares_table_tw",), "error")
    ]
    assert "乙國 a share of 40.6% beside 500" in found[0].message
    assert "between 47.6% and 47.7%" in found[0].message
    assert found[0].evidence[0].quote.startswith("乙國")


def test_shares_of_a_larger_whole_are_still_one_proportion(tmp_path: Path) -> None:
    """Shares of a total the article does not print (the four are part of 2,100): 23.8%, 15.2%, 7.1%, 3.8%
    are half of the shares of their sum, still one proportion of the amounts: no arithmetic finding (the
    other outlet's shares of their sum differ, which is for the value checks)."""
    table = TABLE
    for printed, half in (("47.6%", "23.8%"), ("30.5%", "15.2%"), ("14.3%", "7.1%"), ("7.6%", "3.8%")):
        table = table.replace(printed, half)
    assert [d for d in _findings(tmp_path, table) if d.kind == "arithmetic"] == []


@pytest.mark.parametrize(("a", "b"), [(("47.6%", "40.6%"), ("30.5%", "36.5%"))])
def test_two_shares_off_single_no_item_out(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> None:
    """Two shares off their amounts: no single item is wrong on this evidence, so no arithmetic finding."""
    found = _findings(tmp_path, TABLE.replace(*a).replace(*b))
    assert [d for d in found if d.kind == "arithmetic"] == []


MEDALS = """甲運動會獎牌榜
2031年8月12日　示例日報
甲運動會閉幕，獎牌榜前五名如下：
1. 乙國　金40　銀44　銅42　總數126
2. 丙國　金40　銀27　銅24　總數91
3. 丁國　金20　銀12　銅13　總數45
4. 戊國　金18　銀19　銅16　總數53
5. 己國　金16　銀26　銅22　總數64
"""


def _medal_findings(tmp_path: Path, text: str) -> list[Discrepancy]:
    path = tmp_path / "medals.txt"
    path.write_text(text, encoding="utf-8")
    return list(reconcile([path]).discrepancies)


def test_totals_that_are_their_rows_sums_are_no_finding(tmp_path: Path) -> None:
    assert [d for d in _medal_findings(tmp_path, MEDALS) if d.kind == "arithmetic"] == []


def test_one_total_its_row_does_not_make_is_one_arithmetic_error(tmp_path: Path) -> None:
    """己國 printed 總數62 where its own 16 + 26 + 22 make 64: the other four rows' totals are their sums."""
    found = [
        d for d in _medal_findings(tmp_path, MEDALS.replace("總數64", "總數62")) if d.kind == "arithmetic"
    ]
    assert [(d.sources, d.subject, d.severity.value) for d in found] == [(("medals",), "己國: 總數", "error")]
    assert "its own 16 + 26 + 22 make 64" in found[0].message
    assert found[0].evidence[0].quote.endswith("己國　金16　銀26　銅22　總數62")


def test_two_totals_off_single_no_row_out(tmp_path: Path) -> None:
    text = MEDALS.replace("總數64", "總數62").replace("總數45", "總數46")
    assert [d for d in _medal_findings(tmp_path, text) if d.kind == "arithmetic"] == []
