"""A table's header row naming two columns by their years (``Rank | Market | 2024 | 2023 | Change``) over
plain numbers: the years are the columns' labels, the row no item (before: a ``Market`` item with the values
2024 and 2023). A guard: a first row whose number is no year as printed (``2,050``) stays an item."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path


def _page(rows: str) -> str:
    return (
        '<html><head><meta property="og:site_name" content="Example Wire"></head><body><article>'
        "<h1>Top markets</h1><p>The top four markets in 2024:</p>"
        f"<table>{rows}</table></article></body></html>"
    )


def _read(tmp_path: Path, rows: str) -> list[tuple[str, list[tuple[float | None, str]]]]:
    path = tmp_path / "a.html"
    path.write_text(_page(rows), encoding="utf-8")
    return [(m.name_en, [(v.number, v.column) for v in m.values]) for m in parse_path(path).mentions]


def test_years_heading_columns_of_plain_numbers_are_their_labels(tmp_path: Path) -> None:
    rows = (
        "<thead><tr><th>Rank</th><th>Market</th><th>2024</th><th>2023</th><th>Change</th></tr></thead><tbody>"
        "<tr><td>1</td><td>Aland</td><td>8,817,800</td><td>6,958,500</td><td>+26.7%</td></tr>"
        "<tr><td>2</td><td>Borduria</td><td>6,981,900</td><td>2,425,000</td><td>+187.9%</td></tr>"
        "<tr><td>3</td><td>Carpathia</td><td>6,044,400</td><td>4,202,400</td><td>+43.8%</td></tr>"
        "<tr><td>4</td><td>Dorland</td><td>2,724,600</td><td>2,045,900</td><td>+33.2%</td></tr></tbody>"
    )
    read = _read(tmp_path, rows)
    assert [name for name, _ in read] == ["Aland", "Borduria", "Carpathia", "Dorland"]
    assert read[0][1] == [(8_817_800, "2024"), (6_958_500, "2023"), (26.7, "Change")]


def test_a_first_row_whose_number_is_no_year_as_printed_stays_an_item(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>{v}</td></tr>"
        for n, v in [("Aland", "2,050"), ("Borduria", "8,400"), ("Carpathia", "7,300"), ("Dorland", "6,100")]
    )
    assert [name for name, _ in _read(tmp_path, rows)] == ["Aland", "Borduria", "Carpathia", "Dorland"]
