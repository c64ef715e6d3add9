"""An English count that ends a sentence, then a sentence of a pronoun and a copula naming what it
counted (``… nationals of five countries. They are A, B, …``): the count is the list's."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

NAMES = "Aland, Borduria, Carpania, Dalmatia and Estoria"


def _read(tmp_path: Path, body: str):
    path = tmp_path / "a.txt"
    path.write_text(f"Travel ban widened\n\n{body}\n", encoding="utf-8")
    return parse_path(path)


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (f"The proclamation fully bars nationals of five countries. They are {NAMES}.", 5),
        (f"The proclamation fully bars nationals of 5 countries. These are {NAMES}.", 5),
        (f"The proclamation fully bars nationals of five countries. The countries are {NAMES}.", 5),
        # a count the names do not meet is the article's to be judged on
        (f"The proclamation fully bars nationals of six countries. They are {NAMES}.", 6),
    ],
)
def test_count_in_the_sentence_before(tmp_path: Path, body: str, stated: int) -> None:
    result = _read(tmp_path, body)
    assert [m.label for m in result.mentions] == ["Aland", "Borduria", "Carpania", "Dalmatia", "Estoria"]
    assert [h.stated for h in result.headings] == [stated]


@pytest.mark.parametrize(
    "body",
    [
        # "include" names some of them: the count is not the list's
        "The proclamation fully bars nationals of five countries. They include Aland, Borduria and Carpania.",
        # a count of something else, not ending its sentence
        "Some 180 countries signed the accord in 2015. They are led by Aland, Borduria and Estoria.",
    ],
)
def test_no_count_bound(tmp_path: Path, body: str) -> None:
    assert all(h.stated is None for h in _read(tmp_path, body).headings)
