"""A list printed as one sentence cut into marked lines (``- Jane Roe, ambassador to Aland;`` … ``; and``
… ``.``): the pause or stop that closes each line is no part of its item, and a name with one thing after
its comma on every numbered line is a name and what it is, not two names tied at one place."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import AttributeKind
from sources.registry import parse_document

LEAD = "Aland names new envoys\n\nThe cabinet on Friday approved four ambassadors:\n"


def _read(lines: str) -> list[tuple[str, str, tuple[str, ...]]]:
    res = parse_document(text_document(LEAD + lines, "t"))
    return [(m.label, m.group, tuple(a.text for a in m.attributes)) for m in res.mentions]


def test_bulleted_lines_joined_by_semicolons_and_a_last_and() -> None:
    got = _read(
        "- Jane Roe, ambassador to Borduria;\n- John Doe, ambassador to Carpathia;\n"
        "- Mary Major, ambassador to Dalmatia; and\n- Richard Miles, ambassador to Elbonia.\n"
    )
    assert got == [
        ("Jane Roe", "", ("ambassador to Borduria",)),
        ("John Doe", "", ("ambassador to Carpathia",)),
        ("Mary Major", "", ("ambassador to Dalmatia",)),
        ("Richard Miles", "", ("ambassador to Elbonia",)),
    ]


def test_numbered_lines_of_a_name_and_a_place_are_no_ties() -> None:
    res = parse_document(
        text_document(
            LEAD + "1. Jane Roe, Borduria;\n2. John Doe, Carpathia;\n3. Mary Major, Dalmatia; and\n"
            "4. Richard Miles, Elbonia.\n",
            "t",
        )
    )
    assert [m.label for m in res.mentions] == ["Jane Roe", "John Doe", "Mary Major", "Richard Miles"]
    assert [a.text for m in res.mentions for a in m.attributes] == [
        "Borduria",
        "Carpathia",
        "Dalmatia",
        "Elbonia",
    ]
    assert all(a.kind is not AttributeKind.TITLE for m in res.mentions for a in m.attributes)


def test_numbered_lines_of_ties_with_their_figure_stay_ties() -> None:
    """``2. Borduria, Carpathia (190)``: a ranking's tie, each name at the line's place."""
    res = parse_document(
        text_document(
            "Passport ranking\n\nThe top three places:\n1. Aland (193)\n2. Borduria, Carpathia (190)\n"
            "3. Dalmatia, Elbonia (189)\n",
            "t",
        )
    )
    assert [(m.label, m.group) for m in res.mentions] == [
        ("Aland", "1"),
        ("Borduria", "2"),
        ("Carpathia", "2"),
        ("Dalmatia", "3"),
        ("Elbonia", "3"),
    ]
