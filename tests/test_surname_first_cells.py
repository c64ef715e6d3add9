"""Table cells that print a person's name surname first (``ROE, Jane``, ``Roe, Jane`` under ``Name``), as
sanctions lists print them: one person each, never two items parted at the comma; a column whose cells
name several places (``Aland, Borduria``) is still read a name per row."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from pipeline.run import reconcile
from sources.registry import parse_path

PEOPLE = [("Roe", "Jane"), ("Doe", "John"), ("Smith", "Peter"), ("Major", "Mary")]
POSTS = ["Minister of the Interior", "Chief of Police", "Central Bank Governor", "Prosecutor General"]


def _page(header: str, cells: list[str], title: str = "Who is on the new sanctions list") -> str:
    rows = "".join(
        f"<tr><td>{cell}</td><td>{post}</td><td>Aland</td></tr>"
        for cell, post in zip(cells, POSTS, strict=True)
    )
    return (
        f'<html lang="en"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
        "<p>The Treasury named four individuals on Friday. The list:</p>"
        f"<table><tr><th>{header}</th><th>Position</th><th>Nationality</th></tr>{rows}</table>"
        "<p>Their assets are frozen.</p></article></body></html>"
    )


def _names(tmp_path: Path, html: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [m.label for m in parse_path(path).mentions if m.kind is Kind.LIST]


def test_a_surname_in_capitals_then_the_given_name_is_one_person(tmp_path: Path) -> None:
    cells = [f"{s.upper()}, {g}" for s, g in PEOPLE]
    assert _names(tmp_path, _page("Sanctioned", cells)) == cells


def test_a_surname_first_under_a_header_of_names_is_one_person(tmp_path: Path) -> None:
    cells = [f"{s}, {g}" for s, g in PEOPLE]
    assert _names(tmp_path, _page("Name", cells)) == cells


def test_guard_two_places_in_a_cell_are_still_two_items(tmp_path: Path) -> None:
    html = (
        '<html lang="en"><head><title>Who faces the new rates</title></head><body><article>'
        "<h1>Who faces the new rates</h1><p>The rates by band:</p><table>"
        "<tr><th>Countries</th><th>Rate</th></tr>"
        "<tr><td>Aland, Borduria</td><td>25%</td></tr><tr><td>Carpathia</td><td>30%</td></tr>"
        "<tr><td>Dalmatia, Elbonia</td><td>40%</td></tr></table></article></body></html>"
    )
    assert _names(tmp_path, html) == ["Aland", "Borduria", "Carpathia", "Dalmatia", "Elbonia"]


def test_a_surname_first_outlet_names_the_same_people_as_the_others(tmp_path: Path) -> None:
    """One outlet prints ``ROE, Jane``, another ``Jane Roe``: the same four people, nobody accused."""
    (tmp_path / "a.html").write_text(
        _page("Name", [f"{s.upper()}, {g}" for s, g in PEOPLE], "Four sanctioned"), encoding="utf-8"
    )
    (tmp_path / "b.html").write_text(
        _page("Name", [f"{g} {s}" for s, g in PEOPLE], "New sanctions named"), encoding="utf-8"
    )
    result = reconcile([tmp_path])
    listed = [e for e in result.entities if len(e.mentions) == 2]
    assert len(listed) == 4 and len(result.entities) == 4
    assert not [d for d in result.discrepancies if d.severity.value in ("error", "warning")]
