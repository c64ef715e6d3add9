"""An English name with what the person is in parentheses after it: the title first (``Jane Roe (Deputy
Prosecutor, Carpathia)``) or after the place it is of (``Jane Roe (Aland, President)``); the brackets are
never part of the name nor of the title."""

from __future__ import annotations

import pytest

from sources.items import split_item


@pytest.mark.parametrize(
    ("item", "name", "title", "other"),
    [
        ("Jane Roe (Aland, President)", "Jane Roe", "President", "Aland"),
        ("John Doe (New Carpathia, prime minister)", "John Doe", "prime minister", "New Carpathia"),
        ("Jane Roe (Deputy Prosecutor, Carpathia)", "Jane Roe", "Deputy Prosecutor", "Carpathia"),
    ],
)
def test_a_title_in_parentheses_first_or_after_its_place(
    item: str, name: str, title: str, other: str
) -> None:
    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == name
    assert [a.text for a in split.attributes if a.kind.value == "title"] == [title]
    assert [a.text for a in split.attributes if a.kind.value != "title"] == [other]


@pytest.mark.parametrize("item", ["Borduria (Bordurie)", "Jane Roe (Aland, Borduria)"])
def test_parentheses_with_no_title_are_no_attributes(item: str) -> None:
    split = split_item(item, 0, len(item))
    assert split.attributes == ()


def test_a_post_with_its_scope_in_parentheses_before_a_name() -> None:
    item = "Deputy Commissioner of Police (National Security) John Doe"
    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == "John Doe"
    assert [a.text for a in split.attributes] == ["Deputy Commissioner of Police (National Security)"]
