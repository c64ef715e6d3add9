"""English companies each with where it is based, parted by semicolons (``sources/item_based_in.py``):
each company whole, its legal form kept in its name, its place a place attribute, never an item of its
own. Made-up names; each expectation is read from the sentence written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Mention
from sources.items import split_item
from sources.registry import parse_path

SENTENCE = (
    "The companies are Aland Trading Co., Ltd., based in Borduria; Carpathia Electronics Ltd., of Dalmatia; "
    "Elbonia Tech FZE, in Freedonia; and Grenadia Parts GmbH, in Hetland."
)


def _read(tmp_path: Path, sentence: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(
        f"Treasury sanctions four firms\n\nLakeside Wire, March 3, 2025\n\nThe Treasury named four companies "
        f"on Tuesday. {sentence}\n\nThe sanctions take effect at once.\n",
        encoding="utf-8",
    )
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def _places(m: Mention) -> list[str]:
    return [a.text for a in m.attributes if a.kind is AttributeKind.PLACE]


def test_each_company_is_read_whole_with_its_place(tmp_path: Path) -> None:
    read = _read(tmp_path, SENTENCE)
    assert [m.name_en for m in read] == [
        "Aland Trading Co., Ltd",
        "Carpathia Electronics Ltd",
        "Elbonia Tech FZE",
        "Grenadia Parts GmbH",
    ]
    assert [_places(m) for m in read] == [["Borduria"], ["Dalmatia"], ["Freedonia"], ["Hetland"]]


@pytest.mark.parametrize(
    ("item", "name", "place"),
    [
        ("Acme Holdings Co., Ltd., based in Borduria", "Acme Holdings Co., Ltd.", "Borduria"),
        ("Acme Marine LLC, headquartered in New Aland", "Acme Marine LLC", "New Aland"),
        ("Bolt GmbH, of the Carpathia", "Bolt GmbH", "Carpathia"),
    ],
)
def test_the_place_after_a_company_and_a_comma_is_its_place(item: str, name: str, place: str) -> None:
    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == name
    assert [(a.kind, a.text) for a in split.attributes] == [(AttributeKind.PLACE, place)]


@pytest.mark.parametrize(
    "item",
    [
        "Bank of Aland",  # "of" inside a name, no comma: the name's own
        "Jane Roe, of counsel",  # no place: lower-case words
    ],
)
def test_no_place_is_cut_off_where_none_is_printed(item: str) -> None:
    split = split_item(item, 0, len(item))
    assert not any(a.kind is AttributeKind.PLACE for a in split.attributes)


def test_tied_names_on_a_line_are_still_parted(tmp_path: Path) -> None:
    """A ranking's line naming two places (``2. Aland, Borduria (190)``) still gives two items."""
    path = tmp_path / "b.txt"
    path.write_text(
        "Passport ranking\n\nLakeside Wire, March 3, 2025\n\nThe strongest passports:\n\n"
        "1. Carpathia (195)\n2. Aland, Borduria (190)\n3. Dalmatia, Elbonia, Freedonia (189)\n"
        "4. Hetland (188)\n",
        encoding="utf-8",
    )
    read = [m.name_en for m in parse_path(path).mentions if m.kind == "list"]
    assert read == ["Carpathia", "Aland", "Borduria", "Dalmatia", "Elbonia", "Freedonia", "Hetland"]
