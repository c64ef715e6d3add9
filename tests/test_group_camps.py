"""An item filed under another group by more than one outlet: each outlet is wrong when the others
outnumber them clearly; two camps of like size are one split, accusing no one."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

FULL = ["Aland", "Borduria", "Carpathia"]
PARTIAL = ["Dalmatia", "Elbonia"]


def _write(folder: Path, name: str, full: list[str], partial: list[str]) -> None:
    lines = [
        "2025-06-05",
        f"{name.title()} News",
        "Travel limits on five countries",
        "",
        f"Full ban ({len(full)} countries):",
        *(f"- {n}" for n in full),
        "",
        f"Partial limits ({len(partial)} countries):",
        *(f"- {n}" for n in partial),
        "",
    ]
    (folder / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")


def _story(folder: Path, right: int, wrong: int) -> list[tuple[str, Severity, tuple[str, ...]]]:
    for k in range(right):
        _write(folder, f"right{k}", FULL, PARTIAL)
    for k in range(wrong):
        _write(folder, f"wrong{k}", ["Aland", "Borduria"], ["Carpathia", *PARTIAL])
    rec = reconcile([str(folder)])
    return sorted((d.kind, d.severity, d.sources) for d in rec.discrepancies if d.kind == "group_conflict")


def test_two_outlets_against_five_are_each_wrong(tmp_path: Path) -> None:
    assert _story(tmp_path, right=5, wrong=2) == [
        ("group_conflict", Severity.ERROR, ("wrong0",)),
        ("group_conflict", Severity.ERROR, ("wrong1",)),
    ]


def test_two_outlets_against_three_are_a_split(tmp_path: Path) -> None:
    found = _story(tmp_path, right=3, wrong=2)
    assert found == [("group_conflict", Severity.WARNING, ("right0", "right1", "right2", "wrong0", "wrong1"))]
