"""What a person is, said after the name and a comma with the definite article (``Prime Minister Jane
Roe, the host``): an attribute of the person, the post before the name a title, the name alone the
item's. Made-up names; each expectation is read from the item written here."""

from __future__ import annotations

import pytest

from pipeline.models import AttributeKind
from sources.items import split_item


@pytest.mark.parametrize(
    ("item", "name", "title", "said"),
    [
        ("Bordurian Prime Minister Jane Roe, the host", "Jane Roe", "Bordurian Prime Minister", "the host"),
        ("Foreign Minister John Doe, the summit host", "John Doe", "Foreign Minister", "the summit host"),
    ],
)
def test_the_part_a_person_plays_after_the_comma_is_said_of_the_person(
    item: str, name: str, title: str, said: str
) -> None:
    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == name
    assert [a.text for a in split.attributes if a.kind is AttributeKind.TITLE] == [title]
    assert [a.text for a in split.attributes if a.kind is AttributeKind.OTHER] == [said]


@pytest.mark.parametrize("item", ["Aland, the Netherlands", "Jane Roe, the"])
def test_a_capitalized_name_or_a_bare_article_after_the_comma_is_no_description(item: str) -> None:
    split = split_item(item, 0, len(item))
    assert not any(a.kind is AttributeKind.OTHER for a in split.attributes)
