"""Numbers as outlets print them, read by the one number parser (``pipeline.lang.values``): a scale word
under another (``1億2345万人``, ``12万3千人``), ``tn`` for trillion, a currency named after an English
amount (``1.5 billion euros``), and a rate's minus in words or marks (``負0.5%``, Japanese tables' ``▲0.5%``).
Each was misread or not read before."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.values import find_values
from sources.registry import parse_path


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("1億2345万人", 123_450_000, "people"),
        ("12万3千人", 123_000, "people"),
        ("US$1.2tn", 1.2e12, "USD"),
        ("€1.2tn", 1.2e12, "EUR"),
        ("1.5 billion euros", 1.5e9, "EUR"),
        ("300 million yen", 3e8, "JPY"),
        ("14.16 trillion yuan", 14.16e12, "CNY"),
        ("500 million Hong Kong dollars", 5e8, "HKD"),
        ("2 billion U.S. dollars", 2e9, "USD"),
        ("負0.5%", -0.5, "%"),
        ("▲0.5%", -0.5, "%"),
        ("△1.2％", -1.2, "%"),
        ("マイナス0.3%", -0.3, "%"),
        ("▲0.4ポイント", -0.4, "pp"),
    ],
)
def test_a_number_is_read_whole_with_its_unit(text: str, number: float, unit: str) -> None:
    found = find_values(text)
    assert [(f.raw, f.number, f.unit) for f in found] == [(text, pytest.approx(number), unit)]


def test_a_marked_name_before_its_rate_keeps_the_rate_positive() -> None:
    assert [(f.number, f.start) for f in find_values("▲甲國 5%")] == [(5, 4)]


def test_an_amount_and_its_conversion_in_brackets_are_two_values() -> None:
    found = find_values("14.16 trillion yuan ($1.94 trillion)")
    assert [(f.number, f.unit) for f in found] == [
        (pytest.approx(14.16e12), "CNY"),
        (pytest.approx(1.94e12), "USD"),
    ]


def test_a_table_column_of_plain_numbers_under_the_japanese_minus_mark(tmp_path: Path) -> None:
    """``前年比`` over ``▲0.1``, ``0.3``, ``▲1.4``: a column of plain numbers, the marked ones below zero
    (before: the column was not read, its marked cells no values)."""
    rows = "".join(
        f"<tr><th>{n}</th><td>{r}</td><td>{c}</td></tr>"
        for n, r, c in [
            ("甲国", "2.8％", "▲0.1"),
            ("乙国", "0.7％", "0.3"),
            ("丙国", "0.1％", "▲1.4"),
            ("丁国", "5.0％", "▲0.2"),
        ]
    )
    page = (
        '<html><head><meta property="og:site_name" content="甲新聞"></head><body><article><h1>成長率</h1>'
        "<p>主要国の成長率は以下の通り。</p><table><tr><th>国</th><th>成長率</th><th>前年比</th></tr>"
        f"{rows}</table></article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    read = [m for m in parse_path(path).mentions if m.kind.value == "list"]
    assert [[(v.number, v.column) for v in m.values] for m in read] == [
        [(2.8, "成長率"), (-0.1, "前年比")],
        [(0.7, "成長率"), (0.3, "前年比")],
        [(0.1, "成長率"), (-1.4, "前年比")],
        [(5.0, "成長率"), (-0.2, "前年比")],
    ]
