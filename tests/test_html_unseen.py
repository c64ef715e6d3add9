"""What a reader never sees on the page: an element with the ``hidden`` attribute, one its own style hides
(``display:none``), text for screen readers alone (``class="sr-only"``): no part of a name."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

PAGE = """<html><head><title>Aland tariff rates</title></head><body><article>
<h1>Aland sets new tariff rates</h1><p>Aland Wire, August 1, 2025</p>
<p>The new rates, which take effect next week, are listed below for the four largest partners affected.</p>
<table><tr><th>Country</th><th>New rate</th></tr>
<tr><td><span class="sr-only">Country: </span>Borduria</td><td>25%</td></tr>
<tr><td><span style="display: none">Carpathia Republic</span>Carpathia</td><td>19%</td></tr>
<tr><td><span hidden>flag</span>Dalmatia</td><td>20%</td></tr>
<tr><td><span class="visually-hidden">Country: </span>Elbonia</td><td>15%</td></tr>
</table>
</article></body></html>
"""


def test_unseen_text_is_no_part_of_a_name(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(PAGE, encoding="utf-8")
    got = [(m.label, [v.number for v in m.values]) for m in parse_path(path).mentions]
    assert got == [("Borduria", [25]), ("Carpathia", [19]), ("Dalmatia", [20]), ("Elbonia", [15])]
