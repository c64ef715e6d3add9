"""English names each with their values in brackets, words among the figures (``Aland (to 20% from 46%)``,
``Aland (20%, down from 46%)``): the first name after the lead-in's words is read as the others are, each
figure with the words that label it."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from sources.registry import parse_document


def _read(sentence: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    res = parse_document(text_document("New rates\n\n(Wire) - " + sentence + "\n", "t"))
    return [(m.label, tuple((v.raw, v.column) for v in m.values)) for m in res.mentions]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Under the order, rates fall for Aland (to 20% from 46%), Borduria (to 19% from 32%) and "
            "Carpathia (to 18% from 36%).",
            ("to", "from"),
        ),
        (
            "Under the order, the new rates are Aland (20%, down from 46%), Borduria (19%, down from 32%) "
            "and "
            "Carpathia (18%, down from 36%).",
            ("", "down from"),
        ),
    ],
)
def test_names_with_two_figures_in_brackets(sentence: str, labels: tuple[str, str]) -> None:
    new, old = labels
    assert _read(sentence) == [
        ("Aland", (("20%", new), ("46%", old))),
        ("Borduria", (("19%", new), ("32%", old))),
        ("Carpathia", (("18%", new), ("36%", old))),
    ]
