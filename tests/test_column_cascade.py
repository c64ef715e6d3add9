"""One outlet's values off for many of its items is one cause (its column means something else, or was read
under the wrong header): one warning. Counted in items, not in columns: two items each off in both columns
are two misprinted rows, each judged (made-up outlets and countries)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

RIGHT = [("乙國", 10, 20), ("丙國", 11, 21), ("丁國", 12, 22), ("戊國", 13, 23), ("己國", 14, 24)]


def _write(folder: Path, name: str, outlet: str, rows: list[tuple[str, int, int]]) -> None:
    body = "\n".join(f"{n}　{a}%　{b}%" for n, a, b in rows)
    head = f"甲國公布新稅率\n\n{outlet}　2031年5月2日\n\n甲國宣布對5國調整稅率，名單如下：\n\n"
    text = f"{head}國家　舊稅率　新稅率\n{body}\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def test_a_column_off_for_three_items_is_one_warning_two_rows_off_are_errors(tmp_path: Path) -> None:
    for name, outlet in (("a", "子報"), ("b", "丑報"), ("c", "寅報")):
        _write(tmp_path, name, outlet, RIGHT)
    # 卯報: its first column off for three of five items
    _write(tmp_path, "d", "卯報", [("乙國", 30, 20), ("丙國", 31, 21), ("丁國", 32, 22), *RIGHT[3:]])
    # 辰報: two rows off in both columns (four values, two items)
    _write(tmp_path, "e", "辰報", [RIGHT[0], ("丙國", 17, 27), ("丁國", 18, 28), *RIGHT[3:]])
    rec = reconcile([str(tmp_path)])
    found = sorted(
        (d.sources, d.severity.value, d.subject) for d in rec.discrepancies if d.kind == "value_conflict"
    )
    assert [f for f in found if f[0] == ("d",)] == [(("d",), "warning", "column")]
    assert [f for f in found if f[0] == ("e",)] == [
        (("e",), "error", "丁國: 新稅率"),
        (("e",), "error", "丁國: 舊稅率"),
        (("e",), "error", "丙國: 新稅率"),
        (("e",), "error", "丙國: 舊稅率"),
    ]
    assert not [d for d in rec.discrepancies if d.severity is not Severity.INFO and d.sources[0] in "abc"]
