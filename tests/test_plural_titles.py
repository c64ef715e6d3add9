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


def test_a_japanese_run_opening_with_a_body_and_its_no_starts_at_the_name() -> None:
    """``甲国議会のロー、ドウ、…の5議員``: the body before の is the lead-in's, not the first name's."""
    assert [name for name, _ in _items("body_before_name_ja.txt")] == [
        "ロー",
        "ドウ",
        "メジャー",
        "マイルズ",
        "パブリック",
    ]


def _valued(name: str) -> list[tuple[str, list[str]]]:
    result = parse_path(FIXTURES / name)
    return [(m.label, [v.raw for v in m.values]) for m in result.mentions if m.kind.value == "list"]


def test_the_last_item_named_with_its_article_keeps_its_name_and_value() -> None:
    """``… and the Freedonian Union 20%`` and ``… and 20% for the Freedonian Union``: the last item is
    not lost to its article."""
    expected = [
        ("Borduria", ["46%"]),
        ("Carpathia", ["36%"]),
        ("Dalmatia", ["34%"]),
        ("Estovakia", ["32%"]),
        ("Freedonian Union", ["20%"]),
    ]
    assert _valued("article_before_last_en.txt") == expected
    assert _valued("value_for_the_last_en.txt") == expected


def test_a_name_at_its_value_keeps_the_preposition_out_of_the_name() -> None:
    """``Among the hardest hit are Borduria at 49%, Carpathia at 48%, …``."""
    assert _valued("name_at_value_en.txt") == [
        ("Borduria", ["49%"]),
        ("Carpathia", ["48%"]),
        ("Dalmatia", ["46%"]),
        ("Estovakia", ["44%"]),
    ]
