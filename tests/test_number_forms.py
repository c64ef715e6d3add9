"""Numbers as outlets print them, read by the one number parser (``pipeline.lang.values``): a scale word
under another (``1億2345万人``, ``12万3千人``), ``tn`` for trillion, a currency named after an English
amount (``1.5 billion euros``), and a rate's minus in words or marks (``負0.5%``, Japanese tables' ``▲0.5%``).
Each was misread or not read before."""

from __future__ import annotations

import pytest

from pipeline.lang.values import find_values


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
