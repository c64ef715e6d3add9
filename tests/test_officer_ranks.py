"""An officer's rank before a name is a post (``Vice Admiral Jane Roe``, ``Colonel General John Doe``), kept
apart from the name also where another post follows after a comma (``…, commander of the fleet``)."""

from __future__ import annotations

import pytest

from sources.items import split_item


def _split(text: str) -> tuple[str, list[str]]:
    parts = split_item(text, 0, len(text))
    return text[parts.name_start : parts.name_end], [a.text for a in parts.attributes]


@pytest.mark.parametrize(
    ("text", "name", "attributes"),
    [
        ("Vice Admiral Jane Roe", "Jane Roe", ["Vice Admiral"]),
        ("Colonel General John Doe", "John Doe", ["Colonel General"]),
        ("Rear Admiral Mary Major", "Mary Major", ["Rear Admiral"]),
        (
            "Major General John Doe, commander of the air force",
            "John Doe",
            ["Major General", "commander of the air force"],
        ),
        (
            "Colonel General John Doe, commander of the army",
            "John Doe",
            ["Colonel General", "commander of the army"],
        ),
        (
            "Defence Minister Jane Roe, a former diplomat",
            "Jane Roe",
            ["Defence Minister", "a former diplomat"],
        ),
    ],
)
def test_a_rank_or_post_before_the_name_is_no_part_of_it(text: str, name: str, attributes: list[str]) -> None:
    assert _split(text) == (name, attributes)


def test_a_company_named_for_a_rank_stays_whole() -> None:
    assert _split("General Electric Company, a maker of engines")[0] == "General Electric Company"
