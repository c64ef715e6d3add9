"""A place whose name holds a joiner (``Bosnia and Herzegovina``, ``Saint Kitts and Nevis``,
``特立尼达和多巴哥``, as CLDR names them) is one item in every run of names, never two; names joined
otherwise stay two."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from sources.registry import parse_document

PLACES = ["Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis"]


def _read(text: str) -> list[str]:
    return [m.label for m in parse_document(text_document("Tariffs\n\n" + text + "\n", "t")).mentions]


@pytest.mark.parametrize(
    "sentence",
    [
        "(Wire) - The new rates include Bosnia and Herzegovina (30%), Trinidad and Tobago (15%), Antigua and "
        "Barbuda (10%) and Saint Kitts and Nevis (10%).",
        "(Wire) - Rates were set at 30% for Bosnia and Herzegovina, 15% for Trinidad and Tobago, 10% for "
        "Antigua and Barbuda and 10% for Saint Kitts and Nevis.",
    ],
)
def test_english_places_whose_names_hold_and(sentence: str) -> None:
    assert _read(sentence) == PLACES


def test_chinese_places_whose_names_hold_he() -> None:
    got = _read("新税率包括：波黑30%、特立尼达和多巴哥15%、安提瓜和巴布达10%及圣基茨和尼维斯10%。")
    assert got == ["波黑", "特立尼达和多巴哥", "安提瓜和巴布达", "圣基茨和尼维斯"]


def test_two_places_joined_stay_two() -> None:
    assert _read("(Wire) - Rates were set at 30% for Aland, 20% for Borduria and Carpathia.") == [
        "Aland",
        "Borduria",
        "Carpathia",
    ]
