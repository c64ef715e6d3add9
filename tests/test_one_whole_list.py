"""One outlet prints the whole list, as long as the total other outlets state, and the others print
parts of it: an item on no list but one part is that outlet's own (``unique_item``), though only one
list can say so (made-up outlets and countries)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

RATES = [("阿蘭", 19), ("博杜利亞", 25), ("卡爾帕西亞", 19), ("達爾馬提亞", 40), ("艾爾多拉", 20)]
RATES += [("弗雷多尼亞", 15), ("格里森", 30), ("霍爾斯坦", 10)]
HEAD = "甲國新稅率生效\n\n{outlet}　2031年5月2日\n\n"


def _part(folder: Path, name: str, outlet: str, rows: Sequence[tuple[str, int]]) -> None:
    items = "、".join(f"{n}（{r}%）" for n, r in rows)
    text = HEAD.format(outlet=outlet) + (
        f"甲國總統簽署行政令，公布8個貿易夥伴的新稅率，將於8月7日起生效。\n\n東盟成員國的新稅率如下：\n{items}\n"
    )
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _whole(folder: Path, name: str, outlet: str, rows: Sequence[tuple[str, int]]) -> None:
    body = "\n".join(f"{n}　{r}%" for n, r in rows)
    text = HEAD.format(outlet=outlet) + f"甲國總統簽署行政令，調整稅率。\n\n國家　稅率\n{body}\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_one_whole_list_of_the_stated_length_judges_an_item_no_other_list_has(tmp_path: Path) -> None:
    _part(tmp_path, "a", "子報", RATES[:3])  # 8 stated, 3 printed: part of the whole
    _part(tmp_path, "b", "丑報", RATES[1:4])
    _whole(tmp_path, "c", "寅報", RATES)  # all 8, as many as a and b state
    _part(tmp_path, "d", "卯報", [*RATES[2:4], ("壬癸島", 19)])  # 壬癸島: on no other list
    rec = reconcile([str(tmp_path)])
    unique = [(d.sources, d.severity, d.subject) for d in rec.discrepancies if d.kind == "unique_item"]
    assert unique == [(("d",), Severity.WARNING, "壬癸島")]
    assert not [d for d in rec.discrepancies if d.severity is Severity.ERROR]
