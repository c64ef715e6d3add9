"""Lists of posts that print a minister's field without its title noun (``Jane Roe – finance``,
``Finance: Jane Roe``): the field is the person's post, never part of the name."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.models import AttributeKind, Kind
from sources.item_titles import is_portfolio
from sources.items import split_item
from sources.registry import parse_document

LEAD = "Test Wire\nMay 6, 2025\n\nThe key ministers:\n"


def _posts(text: str) -> dict[str, list[str]]:
    res = parse_document(text_document(text, "t"))
    return {
        m.name_en: [a.text for a in m.attributes if a.kind is AttributeKind.TITLE]
        for m in res.mentions
        if m.kind is Kind.LIST
    }


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_name_then_a_spaced_dash_and_a_field(dash: str) -> None:
    lines = [f"Jane Roe {dash} foreign affairs", f"John Doe {dash} finance", f"Mary Major {dash} defence"]
    assert _posts(LEAD + "\n".join(lines) + "\n") == {
        "Jane Roe": ["foreign affairs"],
        "John Doe": ["finance"],
        "Mary Major": ["defence"],
    }


def test_a_field_then_a_colon_and_the_name() -> None:
    text = LEAD + "- Foreign affairs: Jane Roe\n- Finance: John Doe\n- Defence: Mary Major\n"
    assert _posts(text) == {
        "Jane Roe": ["Foreign affairs"],
        "John Doe": ["Finance"],
        "Mary Major": ["Defence"],
    }


def test_a_description_with_an_article_or_without_a_field_is_no_post() -> None:
    assert not is_portfolio("a defence firm")
    assert not is_portfolio("the finance ministry's adviser on budget rules")
    assert not is_portfolio("shipbuilder")
    assert is_portfolio("Home affairs")
    text = "Acme Corp — a defence firm"
    split = split_item(text, 0, len(text))
    assert text[split.name_start : split.name_end] == "Acme Corp"
    assert [a.kind for a in split.attributes] != [AttributeKind.TITLE]
