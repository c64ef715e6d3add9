"""English people each followed by what they are, between commas (``John Doe, a businessman, and Jane Roe,
a director of Borduria Electronics``): the description is the person's attribute, never an item of its
own, and the count before them holds."""

from __future__ import annotations

from document_fixtures import text_document

from sources.registry import parse_document


def _read(sentence: str) -> tuple[list[tuple[str, tuple[str, ...]]], list[int | None]]:
    res = parse_document(text_document("Sanctions\n\n(Wire) - " + sentence + "\n", "t"))
    return [(m.label, tuple(a.text for a in m.attributes)) for m in res.mentions], [
        h.stated for h in res.headings
    ]


def test_two_people_each_with_a_description() -> None:
    items, counts = _read(
        "The two individuals are John Doe, an Aland businessman, and Jane Roe, a director of Borduria Metals."
    )
    assert items == [("John Doe", ("an Aland businessman",)), ("Jane Roe", ("director", "Borduria Metals"))]
    assert counts == [2]


def test_three_people_each_with_a_description_and_where_from() -> None:
    items, counts = _read(
        "The court named three new judges: Jane Roe, a lawyer from Aland, John Doe, a professor from "
        "Borduria, and Mary Major, a diplomat from Carpathia."
    )
    assert [name for name, _ in items] == ["Jane Roe", "John Doe", "Mary Major"]
    assert all(attributes for _, attributes in items)
    assert counts == [3]


def test_a_description_never_becomes_an_item() -> None:
    """Before, ``Aland businessman`` was read as a second name of three under a count of two."""
    items, _ = _read("The two individuals are John Doe, an Aland businessman, and Jane Roe, a banker.")
    assert "Aland businessman" not in [name for name, _ in items]
    assert len(items) in (0, 2)
