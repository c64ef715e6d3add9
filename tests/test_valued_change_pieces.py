"""Pieces of a name, a verb of change and its figure (``甲國下調5個百分點、乙國上調3個百分點``): the verb is
no part of the name; it goes with the figure, which it signs. The expected readings are written from
reading the texts."""

from __future__ import annotations

import pytest

from pipeline.models import Kind
from sources.registry import parse_document
from tests.document_fixtures import text_document


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("美方週四調整關稅，甲國下調5個百分點、乙國上調3個百分點、丙國下調2個百分點。\n", "國"),
        ("美方周四调整关税，甲国下调5个百分点，乙国上调3个百分点，丙国下调2个百分点。\n", "国"),
    ],
)
def test_the_verb_of_change_goes_with_the_figure(text: str, country: str) -> None:
    result = parse_document(text_document(text))
    got = [(m.label, [(v.number, v.unit) for v in m.values]) for m in result.mentions if m.kind is Kind.LIST]
    assert got == [
        (f"甲{country}", [(-5, "pp")]),
        (f"乙{country}", [(3, "pp")]),
        (f"丙{country}", [(-2, "pp")]),
    ]
