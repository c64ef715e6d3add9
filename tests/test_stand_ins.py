"""An item on no other list printed in place of one the others list, where no plain pair of one extra
and one missing item tells which: its row of figures is that item's, or it sits between that item's two
neighbours (``checks.stand_ins``); made-up outlets and countries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile
from tests.medal_tables import TABLE
from tests.medal_tables import write_table as _table


def _sentence(folder: Path, name: str, outlet: str, count: int, names: Sequence[str]) -> None:
    text = (
        f"甲國發布禁令\n\n{outlet}　2031年5月2日\n\n甲國宣布禁止{count}國人民入境，包括{'、'.join(names)}。\n"
    )
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_a_row_of_figures_tells_which_item_a_selection_replaced(tmp_path: Path) -> None:
    for name, outlet in (("a", "子報"), ("b", "丑報"), ("c", "寅報")):
        _table(tmp_path, name, outlet, "獎牌榜前5名如下：", TABLE)
    # 卯報 prints the first three only, 乙國's medals under 庚國's name (no other list has 庚國)
    _table(tmp_path, "d", "卯報", "獎牌榜前列國家如下：", [("庚國", 18, 16, 14), *TABLE[1:3]])
    # 辰報's own 辛壬島 shares one figure with 乙國 (18 golds), not its row, and sits last, after 丁國;
    # 巳報's own 子丑島 sits last, after 丙國: where no other list prints anything, neither tells what it
    # replaced
    _table(tmp_path, "e", "辰報", "獎牌榜前列國家如下：", [*TABLE[1:3], ("辛壬島", 18, 2, 1)])
    _table(tmp_path, "f", "巳報", "獎牌榜前列國家如下：", [*TABLE[:2], ("子丑島", 1, 1, 1)])
    rec = reconcile([str(tmp_path)])
    wrong = [d for d in rec.discrepancies if d.kind == "wrong_item"]
    assert [(d.sources, d.severity) for d in wrong] == [(("d",), Severity.ERROR)]
    assert "庚國" in wrong[0].message and "乙國" in wrong[0].message
    unique = sorted((d.sources, d.severity) for d in rec.discrepancies if d.kind == "unique_item")
    assert unique == [
        (("e",), Severity.WARNING),
        (("f",), Severity.WARNING),
    ]  # not d's: one cause, one finding
    assert not [d for d in rec.discrepancies if d.severity is Severity.ERROR and d.sources != ("d",)]


def test_a_place_between_two_neighbours_tells_which_item_a_short_list_replaced(tmp_path: Path) -> None:
    names = ["乙國", "丙國", "丁國", "戊國", "己國", "庚國"]
    for name, outlet in (("a", "子報"), ("b", "丑報"), ("c", "寅報")):
        _sentence(tmp_path, name, outlet, 6, names)
    # 卯報 leaves out 丙國 and prints 壬癸島 where the others print 戊國, between 丁國 and 己國
    _sentence(tmp_path, "d", "卯報", 6, ["乙國", "丁國", "壬癸島", "己國", "庚國"])
    rec = reconcile([str(tmp_path)])
    wrong = [d for d in rec.discrepancies if d.kind == "wrong_item"]
    assert [(d.sources, d.severity) for d in wrong] == [(("d",), Severity.ERROR)]
    assert "壬癸島" in wrong[0].message and "戊國" in wrong[0].message
    assert not [d for d in rec.discrepancies if d.severity is Severity.ERROR and d.sources != ("d",)]


def _rates(folder: Path, name: str, outlet: str, lead: str, rows: Sequence[tuple[str, int]]) -> None:
    items = "、".join(f"{n}（{r}%）" for n, r in rows)
    text = f"甲國新稅率生效\n\n{outlet}　2031年5月2日\n\n{lead}{items}。\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_a_place_in_a_list_ordered_by_its_figures_counts_with_the_same_figure_only(tmp_path: Path) -> None:
    rates = [("阿蘭", 41), ("博杜利亞", 39), ("卡爾帕西亞", 35), ("達爾馬提亞", 35), ("艾爾多拉", 30)]
    for name, outlet in (("a", "子報"), ("b", "丑報"), ("c", "寅報")):
        _rates(tmp_path, name, outlet, "甲國公布5個貿易夥伴的新稅率：", rates)
    lead = "稅率最高的包括"
    # 卯報 prints 壬癸島 at 35%, where the others print 卡爾帕西亞 at 35%; 辰報 prints 子丑島 there at 30%:
    # in a list ordered by rate, a place is the rate's, and another rate there tells nothing
    _rates(tmp_path, "d", "卯報", lead, [*rates[:2], ("壬癸島", 35), rates[3]])
    _rates(tmp_path, "e", "辰報", lead, [*rates[:2], ("子丑島", 30), rates[3]])
    rec = reconcile([str(tmp_path)])
    wrong = [d for d in rec.discrepancies if d.kind == "wrong_item"]
    assert [(d.sources, d.severity) for d in wrong] == [(("d",), Severity.ERROR)]
    assert "壬癸島" in wrong[0].message and "卡爾帕西亞" in wrong[0].message
    unique = [(d.sources, d.severity) for d in rec.discrepancies if d.kind == "unique_item"]
    assert unique == [(("e",), Severity.WARNING)]
