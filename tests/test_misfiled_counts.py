"""An item filed under the wrong group beside an item the list lacks: four outlets print a ban on seven
made-up countries in two groups under headings that count them (4 and 3); one of them leaves 卡帕西亞
out and files 希爾達維亞 under the partial ban. The misfiled item is one ``group_conflict``; the full
ban's count, short even with 希爾達維亞 back, is one ``count_mismatch``; the partial ban's count, over
only by the misfiled item, is no finding of its own."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

FULL = "艾蘭 博杜里亞 卡帕西亞 希爾達維亞".split()
PARTIAL = "魯里塔尼亞 弗里多尼亞 格勞斯塔克".split()


def _article(outlet: str, full: list[str], partial: list[str]) -> str:
    def numbered(names: list[str]) -> str:
        return "\n".join(f"{k + 1}. {name}" for k, name in enumerate(names))

    return (
        f" date 2025-06-05 某國限制7國人民入境\n\n{outlet}　2025年6月5日\n\n"
        "某國總統4日簽署公告，限制7國人民入境。\n\n"
        f"一、全面禁止入境（4國）\n{numbered(full)}\n\n二、部分限制入境（3國）\n{numbered(partial)}\n\n編輯：王小明\n"
    )


def test_a_misfiled_item_beside_a_missing_one_leaves_one_count_finding(tmp_path: Path) -> None:
    for k, outlet in enumerate(("湖濱日報", "山城日報", "河谷新聞")):
        (tmp_path / f"0{k + 1}_outlet.txt").write_text(_article(outlet, FULL, PARTIAL), encoding="utf-8")
    (tmp_path / "04_outlet.txt").write_text(
        _article("海岬商報", FULL[:2], [*PARTIAL, FULL[3]]), encoding="utf-8"
    )
    rec = reconcile([str(tmp_path)])
    found = sorted((d.kind, d.subject, d.sources) for d in rec.discrepancies if d.severity is Severity.ERROR)
    assert [(kind, sources) for kind, _, sources in found] == [
        ("count_mismatch", ("04_outlet",)),
        ("group_conflict", ("04_outlet",)),
    ]
    assert found[0][1] == "全面禁止入境"
    misfiled = next(d for d in rec.discrepancies if d.kind == "group_conflict")
    assert "希爾達維亞" in misfiled.message
