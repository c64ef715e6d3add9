"""An official list's entries printed as fields parted by semicolons (``ROE, Jane; DOB 12 Mar 1970;
nationality Aland``): the name is the first field, the labelled fields its attributes; a name printed
family name first in capitals is matched with the same name printed given name first."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.models import AttributeKind
from sources.inverted_names import given_first, inverted_names
from sources.registry import parse_path

LIST = """Aland sanctions three over arms deals

Aland Wire, March 3, 2025

The Treasury on Monday listed three people. The individuals listed are:

- ROE, Jane (a.k.a. ROE, Janet); DOB 12 Mar 1970; nationality Borduria
- DOE, John; DOB 1 Jan 1965; nationality Carpathia; Passport A1234567
- MAJOR, Richard Lee; DOB 5 May 1980; nationality Borduria
"""

PROSE = """Aland blacklists three arms brokers

Borduria Times, March 4, 2025

Aland on Monday sanctioned three people it accused of brokering arms deals: Jane Roe, a Borduria national; \
John Doe of Carpathia; and Richard Lee Major, a Borduria businessman.
"""


def test_the_name_is_the_first_field_the_rest_its_attributes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(LIST, encoding="utf-8")
    got = [(m.label, [(a.kind, a.label, a.text) for a in m.attributes]) for m in parse_path(path).mentions]
    place, other = AttributeKind.PLACE, AttributeKind.OTHER
    assert got == [
        ("ROE, Jane", [(other, "DOB", "12 Mar 1970"), (place, "nationality", "Borduria")]),
        (
            "DOE, John",
            [
                (other, "DOB", "1 Jan 1965"),
                (place, "nationality", "Carpathia"),
                (other, "Passport", "A1234567"),
            ],
        ),
        ("MAJOR, Richard Lee", [(other, "DOB", "5 May 1980"), (place, "nationality", "Borduria")]),
    ]


def test_chinese_fields_after_a_full_width_semicolon(tmp_path: Path) -> None:
    text = (
        "甲國制裁名單\n\n乙報　2025年3月3日\n\n受制裁人士如下：\n"
        "1. 張三；出生日期：1970年3月12日；國籍：乙國；職務：乙國國防部副部長\n"
        "2. 李四；出生日期：1965年1月1日；國籍：丙國\n"
        "3. 王五；國籍：乙國；職務：乙國軍火公司總經理\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    got = [(m.label, [(a.kind.value, a.text) for a in m.attributes]) for m in parse_path(path).mentions]
    assert got == [
        ("張三", [("other", "1970年3月12日"), ("place", "乙國"), ("title", "乙國國防部副部長")]),
        ("李四", [("other", "1965年1月1日"), ("place", "丙國")]),
        ("王五", [("place", "乙國"), ("title", "乙國軍火公司總經理")]),
    ]


def test_names_parted_by_semicolons_are_no_record() -> None:
    from sources.item_record_fields import record_fields

    text = "Aland; Borduria; Carpathia"
    assert record_fields(text, 0, len(text)) is None


def test_family_name_first_in_capitals_turned() -> None:
    from pipeline.models import Kind, Mention

    def named(name: str) -> Mention:
        return Mention("a", Kind.LIST, 1, None, "", name, "", (), "", 0, len(name))

    assert given_first("ROE, Jane") == "Jane Roe"
    assert given_first("MAJOR, Richard Lee") == "Richard Lee Major"
    turned = inverted_names([named("ROE, Jane"), named("Aland, Borduria"), named("ACME, Inc.")])
    assert [m.aliases for m in turned] == [("Jane Roe",), (), ()]  # two places, a company: no person


def test_the_same_people_printed_either_way_are_one_entity_each(tmp_path: Path) -> None:
    from pipeline.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "01_en.txt").write_text(LIST, encoding="utf-8")
    (tmp_path / "in" / "02_en.txt").write_text(PROSE, encoding="utf-8")
    main(
        [
            "run",
            str(tmp_path / "in"),
            "--format",
            "json",
            "--out",
            str(tmp_path / "out"),
            "-q",
            "--no-progress",
        ]
    )
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert len(report["entities"]) == 3
    assert not [d for d in report["discrepancies"] if d["severity"] == "error"]
