"""A footnote's mark (``Aland<sup>1</sup>``, ``19%<sup>2</sup>``, ``<sup>[a]</sup>``, ``Aland¹``)
is no part of the name or the value it follows; a unit's power (``km<sup>2</sup>``) is kept."""

from __future__ import annotations

from pathlib import Path

from sources.html import html_to_document
from sources.registry import parse_path

PAGE = """<html><head><title>Aland tariff rates</title></head><body><article>
<h1>Aland sets new tariff rates</h1><p>Aland Wire, August 1, 2025</p>
<p>The new rates, which take effect next week, are listed below for the four largest partners affected.</p>
<table><tr><th>Country</th><th>New rate</th></tr>
<tr><td>Borduria<sup>1</sup></td><td>25%</td></tr>
<tr><td>Carpathia</td><td>19%<sup>2</sup></td></tr>
<tr><td>Dalmatia<sup>[a]</sup></td><td>20%</td></tr>
<tr><td>Elbonia<sup>*</sup></td><td>15%</td></tr>
</table>
<p><sup>1</sup> Includes goods shipped through third countries. <sup>2</sup> Subject to review.</p>
</article></body></html>
"""


def test_footnote_marks_are_no_part_of_names_or_values(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(PAGE, encoding="utf-8")
    got = [(m.label, [v.number for v in m.values]) for m in parse_path(path).mentions]
    assert got == [("Borduria", [25]), ("Carpathia", [19]), ("Dalmatia", [20]), ("Elbonia", [15])]


def test_a_unit_s_power_is_kept() -> None:
    page = (
        "<html><body><article><p>Area: 9,600,000 km<sup>2</sup> in all, see note<sup>3</sup>.</p>"
        "</article></body></html>"
    )
    doc, _ = html_to_document(page, doc_id="a", path="a.html", encoding="utf-8")
    assert "km2" in doc.text and "note3" not in doc.text


def test_superscript_digits_after_a_name_in_text(tmp_path: Path) -> None:
    text = (
        "Aland sets rates\n\nAland Wire, August 1, 2025\n\nThe new rates are:\n\n"
        "- Borduria¹: 25%\n- Carpathia: 19%²\n- Dalmatia*: 20%\n- Elbonia†: 15%\n\n"
        "¹ Includes transshipment. ² Subject to review.\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    got = [(m.label, [v.number for v in m.values]) for m in parse_path(path).mentions]
    assert got == [("Borduria", [25]), ("Carpathia", [19]), ("Dalmatia", [20]), ("Elbonia", [15])]
