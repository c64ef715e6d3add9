"""Lists printed line by line grouped by their values: several names on a line sharing one value
(``Aland, Borduria – 44% each``, ``甲國、乙國 各44%``, ``甲國、乙國：各44%``), a value before its names
(``50%：甲國`` as the first line), and English lines of a value for names (``40% tariffs for Aland and
Borduria``). Each name is an item with the line's value; nothing of the line is left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path


def _read(tmp_path: Path, body: str) -> list[tuple[str, tuple[float | None, ...]]]:
    (tmp_path / "a.txt").write_text(f"Rates by country\n\n{body}\n", "utf-8")
    return [
        (m.label, tuple(v.number for v in m.values))
        for m in parse_path(tmp_path / "a.txt").mentions
        if m.kind is Kind.LIST
    ]


EN_TIED = [
    ("Aland", (50.0,)),
    ("Borduria", (49.0,)),
    ("Carpathia", (48.0,)),
    ("Dalmatia", (44.0,)),
    ("Elbonia", (44.0,)),
    ("Freedonia", (37.0,)),
    ("Genovia", (37.0,)),
    ("Syldavia", (37.0,)),
]
ZH_TIED = [
    ("甲國", (50.0,)),
    ("乙國", (49.0,)),
    ("丙國", (48.0,)),
    ("丁國", (44.0,)),
    ("戊國", (44.0,)),
    ("己國", (37.0,)),
    ("庚國", (37.0,)),
    ("辛國", (37.0,)),
]


def test_english_lines_of_names_tied_on_a_value_each(tmp_path: Path) -> None:
    body = (
        "The rates are as follows:\nAland – 50%\nBorduria – 49%\nCarpathia – 48%\n"
        "Dalmatia, Elbonia – 44% each\nFreedonia, Genovia, Syldavia – 37% each"
    )
    assert _read(tmp_path, body) == EN_TIED


@pytest.mark.parametrize("gap", [" 各", "：各"])
def test_chinese_lines_of_names_tied_on_a_value_each(tmp_path: Path, gap: str) -> None:
    sep = " " if gap == " 各" else "："
    body = f"各國稅率如下：\n甲國{sep}50%\n乙國{sep}49%\n丙國{sep}48%\n"
    body += f"丁國、戊國{gap}44%\n己國、庚國、辛國{gap}37%"
    assert _read(tmp_path, body) == ZH_TIED


def test_chinese_lines_of_a_value_then_its_names_from_the_first(tmp_path: Path) -> None:
    body = "各國稅率如下：\n50%：甲國\n49%：乙國\n48%：丙國\n44%：丁國、戊國\n37%：己國、庚國、辛國"
    assert _read(tmp_path, body) == ZH_TIED


def test_english_lines_of_a_value_for_names(tmp_path: Path) -> None:
    body = (
        "The new rates would be:\n\n50% tariffs for Aland\n\n49% for Borduria\n\n48% for Carpathia\n\n"
        "44% for Dalmatia and Elbonia\n\n37% for Freedonia, Genovia and Syldavia"
    )
    assert _read(tmp_path, body) == EN_TIED


def test_one_line_of_a_value_for_names_is_a_sentence(tmp_path: Path) -> None:
    assert _read(tmp_path, "Officials said 25% for Aland and Borduria was fair.") == []


def test_a_sentence_naming_again_some_of_the_lines_is_no_item_of_its_own(tmp_path: Path) -> None:
    """Lines of a value for names, then a sentence of changes naming three of them again: the list is the
    lines' five names, once each (read twice, a list of five would be called long)."""
    body = (
        "The new rates would be:\n\n50% for Aland and Borduria\n\n40% for Carpathia\n\n"
        "30% for Dalmatia and Elbonia\n\nRates fell for Aland (from 60% to 50%), Carpathia (from 45% to 40%) "
        "and Dalmatia (from 35% to 30%)."
    )
    assert [name for name, _ in _read(tmp_path, body)] == [
        "Aland",
        "Borduria",
        "Carpathia",
        "Dalmatia",
        "Elbonia",
    ]
