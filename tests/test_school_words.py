"""What kind of school a name is (``Institute of Technology``) proves little when two names share it:
``Borduria Institute of Technology`` on one list is not ``Aland Institute of Technology`` on the others,
though that list prints no ``Aland`` (before: linked by those words)."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile


def _write(folder: Path, name: str, lead: str, items: list[str]) -> None:
    lines = ["2025-06-19", f"{name.title()} News", "", lead, "", *(f"- {n}" for n in items)]
    (folder / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_two_institutes_of_technology_are_two_entities(tmp_path: Path) -> None:
    both = ["Carpathia University", "Dalmatia College"]
    for name in ("first", "second"):
        _write(
            tmp_path,
            name,
            "The top 4 universities:",
            ["Aland Institute of Technology", *both, "Elbonia University"],
        )
    _write(tmp_path, "third", "The top universities:", [*both, "Borduria Institute of Technology"])
    result = reconcile([str(tmp_path)])
    entity = {k: e.id for e in result.entities for k in e.mentions}
    named = {m.name_en: entity[m.key] for m in result.mentions if m.kind == "list"}
    assert named["Aland Institute of Technology"] != named["Borduria Institute of Technology"]
    assert named["Carpathia University"] != named["Elbonia University"]
    assert len(set(named.values())) == 5
