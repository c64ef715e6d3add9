"""A group's tally on its own line under its names (``— 17 countries``, ``——17國``, ``（共17國）``) is that
group's stated count: a group that lists 16 under it is found short, one that lists 17 is not. A dash and
a figure that counts no items (``— 193 destinations``) is no tally."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.count_lines import total_line
from pipeline.run import reconcile
from sources.registry import parse_document
from tests.document_fixtures import text_document
from tests.probe_fixtures import findings

NAMES = "Aland Borduria Carpania Dorland Elbonia Freedonia Gondor Hyrule Ixia Jotunheim Kalmar Lorien".split()
NAMES += "Mordor Narnia Oz Pelagia Qumran".split()
ZH_NAMES = [f"{a}{b}國" for a in "甲乙丙丁戊己" for b in "東西南"][:17]


def _story(outlet: str, names: list[str], tally: str, zh: bool = False) -> str:
    if zh:
        head = f"旅行禁令擴大\n2031年1月8日 {outlet}\n\n新的旅行禁令涵蓋以下國家：\n\n全面禁止入境：\n"
        rest = "\n\n部分限制入境：\n子國\n丑國\n寅國\n（共3國）\n"
    else:
        head = f"Travel ban widened\n8 January 2031, {outlet}\n\n"
        head += "The new travel ban covers the following countries:\n\nFull ban:\n"
        rest = "\n\nPartial ban:\nRiverrun\nSunnydale\nTatooine\n— 3 countries\n"
    return head + "\n".join(names) + f"\n{tally}" + rest


@pytest.mark.parametrize(
    ("tally", "zh"),
    [("— 17 countries", False), ("– 17 countries.", False), ("——17國", True), ("—17個國家", True)],
)
def test_a_tally_line_is_the_groups_count(tmp_path: Path, tally: str, zh: bool) -> None:
    names = ZH_NAMES if zh else NAMES
    short = names[:9] + names[10:]  # one name left out, the tally still 17
    (tmp_path / "01_a.txt").write_text(_story("Aland Daily", names, tally, zh), "utf-8")
    (tmp_path / "02_b.txt").write_text(_story("Borduria Post", short, tally, zh), "utf-8")
    (tmp_path / "03_c.txt").write_text(_story("Carpania Times", names, tally, zh), "utf-8")
    result = reconcile([str(tmp_path)])
    # the outlet that lists 16 under its own 17 is short, one finding; those that list 17 are not
    assert findings(result) == [("count_mismatch", ("02_b",))]


@pytest.mark.parametrize("tally", ["— 17 countries", "——17國", "（共17國）"])
def test_the_tally_is_stated_on_its_groups_heading(tally: str) -> None:
    zh = "國" in tally
    got = parse_document(text_document(_story("Aland Daily", ZH_NAMES if zh else NAMES, tally, zh)))
    assert [(h.group, h.stated) for h in got.headings] == [
        ("全面禁止入境" if zh else "Full ban", 17),
        ("部分限制入境" if zh else "Partial ban", 3),
    ]
    assert len(got.mentions) == 20  # the tally line is no item


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("— 17 countries", 17),
        ("——17國", 17),
        ("—17個國家", 17),
        ("- 17 people", 17),
        ("— 193 destinations", None),  # a figure, not a count of the items
        ("——193個目的地", None),
        ("Aland – 193 destinations", None),  # a ranking's line: a name and its value
        ("Aland – 3 countries", None),
        ("— 4 countries and 2 territories", None),
        ("— 17", None),
    ],
)
def test_total_line_after_a_dash(line: str, stated: int | None) -> None:
    assert total_line(line) == stated


RANKING = """Passport index
8 January 2031, Aland Daily

The strongest passports of the year:

Aland – 193 destinations
Borduria – 190 destinations
Carpania – 189 destinations
— 193 destinations
"""


def test_a_ranking_closing_on_a_figure_line_states_no_count() -> None:
    got = parse_document(text_document(RANKING))
    assert [m.name_en for m in got.mentions][:3] == ["Aland", "Borduria", "Carpania"]
    assert [v.number for v in got.mentions[0].values] == [193]
    assert not any(h.stated for h in got.headings)


BULLETS = """Travel ban widened
8 January 2031, Aland Daily

The new travel ban covers the following countries:

Full ban:
• Aland
• Borduria
• Carpania
— 4 countries

Partial ban:
• Dorland
• Elbonia
• Freedonia
— 3 countries
"""


def test_a_tally_under_a_marked_list_is_no_item() -> None:
    got = parse_document(text_document(BULLETS))
    assert [(m.name_en, m.group) for m in got.mentions] == [
        ("Aland", "Full ban"),
        ("Borduria", "Full ban"),
        ("Carpania", "Full ban"),
        ("Dorland", "Partial ban"),
        ("Elbonia", "Partial ban"),
        ("Freedonia", "Partial ban"),
    ]


def test_a_tally_under_a_marked_list_is_its_groups_count() -> None:
    got = parse_document(text_document(BULLETS))
    assert [(h.group, h.stated) for h in got.headings] == [("Full ban", 4), ("Partial ban", 3)]
