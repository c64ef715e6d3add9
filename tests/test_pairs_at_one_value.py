"""English clauses that name two at one value (``Aland and Borduria at 25%, Carpathia and Dalmatia at
40%, and Elbonia at 30%``): each name an item with its clause's value, as the Chinese and Japanese forms
(``甲國和乙國為25%``, ``甲国と乙国は25％``) are read. The expected readings are written from the texts."""

from __future__ import annotations

from pipeline.models import Kind
from sources.registry import parse_document
from tests.document_fixtures import text_document


def _read(text: str) -> list[tuple[str, list[float | None]]]:
    result = parse_document(text_document(text))
    return [(m.label, [v.number for v in m.values]) for m in result.mentions if m.kind is Kind.LIST]


def test_two_names_at_one_value_are_two_items_each_with_it() -> None:
    text = (
        "The White House sent letters to 14 countries on Monday. Among them, Aland and Borduria at 25%, "
        "Carpathia and Dalmatia at 40%, and Elbonia at 30%.\n"
    )
    assert _read(text) == [
        ("Aland", [25]),
        ("Borduria", [25]),
        ("Carpathia", [40]),
        ("Dalmatia", [40]),
        ("Elbonia", [30]),
    ]


def test_the_last_clause_of_two_names_too() -> None:
    text = (
        "Letters went to 14 countries, among them Aland at 25%, Carpathia at 40%, and Elbonia and "
        "Freedonia at 36%.\n"
    )
    assert _read(text) == [("Aland", [25]), ("Carpathia", [40]), ("Elbonia", [36]), ("Freedonia", [36])]


def test_a_place_cldr_knows_by_a_name_holding_and_stays_whole() -> None:
    text = (
        "Letters went to 14 countries, among them Trinidad and Tobago at 25%, Carpathia and Dalmatia at "
        "40%, and Elbonia at 30%.\n"
    )
    assert _read(text) == [
        ("Trinidad and Tobago", [25]),
        ("Carpathia", [40]),
        ("Dalmatia", [40]),
        ("Elbonia", [30]),
    ]


def test_names_alone_before_a_pair_share_its_value() -> None:
    """``Aland, Borduria and Carpathia at 25%``: the ``and`` closes a group of three at one value."""
    text = (
        "Letters went to 14 countries. Aland, Borduria and Carpathia at 25%, Dalmatia at 40%, and "
        "Elbonia at 30%.\n"
    )
    assert _read(text) == [
        ("Aland", [25]),
        ("Borduria", [25]),
        ("Carpathia", [25]),
        ("Dalmatia", [40]),
        ("Elbonia", [30]),
    ]


def test_the_verb_said_once_in_the_first_clause() -> None:
    """``Aland and Borduria face 25%, Carpathia and Dalmatia 40%``: the verb in the first clause only."""
    text = (
        "Letters went to 14 countries. Aland and Borduria face 25%, Carpathia and Dalmatia 40%, and "
        "Elbonia 30%.\n"
    )
    assert _read(text) == [
        ("Aland", [25]),
        ("Borduria", [25]),
        ("Carpathia", [40]),
        ("Dalmatia", [40]),
        ("Elbonia", [30]),
    ]
