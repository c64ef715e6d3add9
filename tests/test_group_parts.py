"""An outlet that sets a part of a group apart under a label of its own, with its count (the
countries moved up from partial restrictions to a full ban, printed apart from the newly banned)
files nothing wrongly: a finer filing is no misfiling. Filing an item under a group the other
outlets print is still reported."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

FULL = ["Aland", "Borduria", "Carpathia", "Dalmatia"]
PARTIAL = ["Elbonia", "Freedonia", "Genovia"]
HEAD = (
    "Travel ban widened to seven countries\n\n{outlet}, December 16, 2031\n\n"
    "The proclamation takes effect on January 1.\n\n"
)


def _lines(label: str, names: list[str]) -> str:
    return f"{label}:\n" + "".join(f"- {n}\n" for n in names) + "\n"


def _story(tmp_path: Path, third: str) -> list[tuple[str, Severity, tuple[str, ...]]]:
    for k, outlet in enumerate(("Example Tribune", "Sample Herald")):
        body = _lines("Full ban", FULL) + _lines("Partial restrictions", PARTIAL)
        (tmp_path / f"{k}.txt").write_text(HEAD.format(outlet=outlet) + body, encoding="utf-8")
    (tmp_path / "third.txt").write_text(HEAD.format(outlet="Model Gazette") + third, encoding="utf-8")
    result = reconcile([tmp_path])
    return [(d.kind, d.severity, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO]


def test_a_part_of_a_group_set_apart_under_its_own_label_is_no_misfiling(tmp_path: Path) -> None:
    third = (
        _lines("Full ban", FULL[:2])
        + _lines("Also named this week (2)", FULL[2:])
        + _lines("Partial restrictions", PARTIAL)
    )
    assert [f for f in _story(tmp_path, third) if f[0] == "group_conflict"] == []


def test_guard_an_item_filed_under_the_others_group_is_still_reported(tmp_path: Path) -> None:
    third = _lines("Full ban", FULL[:3]) + _lines("Partial restrictions", [FULL[3], *PARTIAL])
    found = [(kind, severity, sources) for kind, severity, sources in _story(tmp_path, third)]
    assert ("group_conflict", Severity.ERROR, ("third",)) in found
