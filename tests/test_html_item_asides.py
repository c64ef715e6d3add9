"""An HTML list item's value with an aside in brackets after it that says more of another value
(``<strong>Aland:</strong> 34 percent (on top of an existing 20 percent)``): both values are the item's,
the later one labelled by the aside's words (before: the whole was read as a description, no value)."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

PAGE = (
    '<html><head><meta property="og:site_name" content="Example Post"></head><body><article>'
    "<h1>Here are the new tariff rates</h1><p>The president announced tariffs. Among the highest:</p><ul>"
    "<li><strong>Aland:</strong> 34 percent (on top of an existing 20 percent)</li>"
    "<li><strong>Borduria:</strong> 20 percent</li><li><strong>Carpathia:</strong> 46 percent</li>"
    "<li><strong>Dorland:</strong> 32 percent</li></ul></article></body></html>"
)


def test_an_aside_in_brackets_after_the_first_value_keeps_both_values(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(PAGE, encoding="utf-8")
    read = [m for m in parse_path(path).mentions if m.kind.value == "list"]
    assert [m.name_en for m in read] == ["Aland", "Borduria", "Carpathia", "Dorland"]
    assert [(v.number, v.column) for v in read[0].values] == [(34, ""), (20, "on top of an existing")]
    assert not read[0].attributes
    assert [[v.number for v in m.values] for m in read[1:]] == [[20], [46], [32]]
