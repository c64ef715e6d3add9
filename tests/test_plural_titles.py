"""English enumerations of people under one plural title (``Senators A, B and C, Representative D``), and
names holding ``and`` that stay whole (``tests/fixtures/plural_titles/``)."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "plural_titles"


def _items(name: str) -> list[tuple[str, list[str]]]:
    result = parse_path(FIXTURES / name)
    return [(m.label, [a.text for a in m.attributes]) for m in result.mentions if m.kind.value == "list"]


def test_people_under_a_plural_title_are_one_item_each() -> None:
    items = _items("senators_en.txt")
    assert [name for name, _ in items] == [
        "Jane Roe",
        "John Doe",
        "Mary Major",
        "Richard Miles",
        "Joan Public",
    ]
    assert items[0][1] == ["Senators"]
    assert items[3][1] == ["Representative"] and items[4][1] == ["Senator"]


def test_names_of_single_words_holding_and_stay_whole() -> None:
    assert [name for name, _ in _items("joined_countries_en.txt")] == [
        "Trinidad and Tobago",
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Kitts and Nevis",
    ]
