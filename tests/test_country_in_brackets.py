"""A country in brackets after an English name, on made-up names: its code, the initials of its name or
its name is where the item is (a place attribute); letters that are the initials of the name before them
are its acronym, and a bracket after a place's own name is no place of it."""

from __future__ import annotations

import pytest

from sources.layouts._records import read_span


def _read(item: str) -> tuple[str, str, list[tuple[str, str]]]:
    parts = read_span(item, 0, len(item))
    return parts.name_en, parts.acronym, [(str(a.kind), a.text) for a in parts.attributes]


@pytest.mark.parametrize(
    ("item", "read"),
    [
        ("Aland Institute of Technology (US)", ("Aland Institute of Technology", "", [("place", "US")])),
        ("Borduria Oil (U.S.)", ("Borduria Oil", "", [("place", "U.S.")])),
        ("Carpathia College (UAE)", ("Carpathia College", "", [("place", "UAE")])),
        ("Dalia Foods (Switzerland)", ("Dalia Foods", "", [("place", "Switzerland")])),
    ],
)
def test_a_country_in_brackets_is_the_items_place(
    item: str, read: tuple[str, str, list[tuple[str, str]]]
) -> None:
    """Before: ``US`` read as the name's acronym, ``Switzerland`` as another name of it."""
    assert _read(item) == read


@pytest.mark.parametrize(
    ("item", "acronym"),
    [
        ("Union of Ship Carriers (USC)", "USC"),
        ("Aland Trade Union (ATU)", "ATU"),
        ("United Carpathia (UC)", "UC"),
    ],
)
def test_the_initials_of_the_name_stay_its_acronym(item: str, acronym: str) -> None:
    """Guard: letters that are the initials of the name's words are its acronym, a country's code or not."""
    assert _read(item)[1:] == (acronym, [])


def test_a_bracket_after_a_places_own_name_is_no_place_of_it() -> None:
    """Guard: ``Greenland (Denmark)``: what the place is part of, or another name of it, left to the list."""
    assert [k for k, _ in _read("Greenland (Denmark)")[2]] == []


@pytest.mark.parametrize("item", ["Unaligned members (NI)", "Aland Fund (CHN)", "Borduria Agency (SA)"])
def test_a_code_alone_or_initials_two_countries_share_stay_the_acronym(item: str) -> None:
    """Guard: a country's ISO code alone (``NI``, ``CHN``) or initials that name two countries (``SA``) are
    as often a body's acronym: no place."""
    assert _read(item)[2] == []
