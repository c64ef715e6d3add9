"""A run of names each with its rate, closed by a count (``甲國25%、乙國30%、丙國40%等3國``): the count
is the list's stated count, as it is after names without values (``甲國、乙國和丙國等3國``). The
expected readings are written from reading the texts."""

from __future__ import annotations

import pytest

from pipeline.models import Kind
from sources.registry import parse_document
from tests.document_fixtures import text_document


def _read(text: str) -> tuple[list[tuple[str, list[float | None]]], list[int | None]]:
    result = parse_document(text_document(text))
    items = [(m.label, [v.number for v in m.values]) for m in result.mentions if m.kind is Kind.LIST]
    return items, [h.stated for h in result.headings]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("美方週四公布新稅率，甲國25%、乙國30%、丙國40%等3國。\n", "國"),
        ("美方周四公布新税率，甲国25%、乙国30%、丙国40%共3国。\n", "国"),
    ],
)
def test_a_count_closing_a_run_of_names_and_rates_is_its_count(text: str, country: str) -> None:
    items, stated = _read(text)
    assert items == [(f"甲{country}", [25]), (f"乙{country}", [30]), (f"丙{country}", [40])]
    assert stated == [3]


def test_a_count_of_many_after_a_few_examples_is_none_of_theirs() -> None:
    """``甲國25%、乙國30%、丙國40%等40個經濟體``: three examples of forty, no count of the three."""
    items, stated = _read("美方週四公布新稅率，甲國25%、乙國30%、丙國40%等40個經濟體。\n")
    assert [name for name, _ in items] == ["甲國", "乙國", "丙國"]
    assert stated == []
    items, stated = _read("美方週四公布新稅率，甲國25%、乙國30%、丙國40%等3國。\n")
    assert stated == [3]
