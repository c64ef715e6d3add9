"""Tables of people with a column of where each is from (``tests/fixtures/people_tables/``): six made-up
judges elected to a court, three from 甲國 / Aland, two from 乙國 / Borduria, one from 丙國 / Carpathia,
each with a post. A column headed ``國家`` / ``Country`` / ``国`` / ``国家`` that repeats a few values
beside the people's names is each person's attribute, as ``國籍`` or ``Nationality`` would be, not a group
the table files them under; a cell spanning the rows of a country's people does file them (the article
groups them itself). Expected readings are written from reading the tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

TABLES = Path(__file__).resolve().parent / "fixtures" / "people_tables"


def _rows(name: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = parse_path(TABLES / name)
    return [
        (m.label, m.group, tuple(a.text for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "country_column_tw.html",  # 姓名 | 國家 | 職務
            [
                ("張三", "", ("甲國", "法官")),
                ("李四", "", ("乙國", "法官")),
                ("王五", "", ("甲國", "副院長")),
                ("趙六", "", ("乙國", "法官")),
                ("孫七", "", ("甲國", "法官")),
                ("周八", "", ("丙國", "法官")),
            ],
        ),
        (
            "country_column_en.html",  # Name | Country | Post
            [
                ("Jane Roe", "", ("Aland", "Judge")),
                ("John Doe", "", ("Borduria", "Judge")),
                ("Mary Major", "", ("Aland", "Vice-President")),
                ("Richard Miles", "", ("Borduria", "Judge")),
                ("Peter Quill", "", ("Aland", "Judge")),
                ("Anna Lark", "", ("Carpathia", "Judge")),
            ],
        ),
        (
            "country_column_ja.txt",  # 氏名　国　役職, a text table parted by ideographic spaces
            [
                ("山田太郎", "", ("甲国", "判事")),
                ("鈴木一郎", "", ("乙国", "判事")),
                ("佐藤花子", "", ("甲国", "副所長")),
                ("田中次郎", "", ("乙国", "判事")),
                ("高橋三郎", "", ("甲国", "判事")),
                ("伊藤四郎", "", ("丙国", "判事")),
            ],
        ),
        (
            "country_column_cn.txt",  # 姓名 国家 职务, a text table parted by runs of spaces
            [
                ("张三", "", ("甲国", "法官")),
                ("李四", "", ("乙国", "法官")),
                ("王五", "", ("甲国", "副院长")),
                ("赵六", "", ("乙国", "法官")),
                ("孙七", "", ("甲国", "法官")),
                ("周八", "", ("丙国", "法官")),
            ],
        ),
    ],
)
def test_a_country_column_beside_people_is_their_attribute(
    name: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert _rows(name) == expected


def test_a_country_cell_spanning_its_peoples_rows_files_them() -> None:
    """``國家 | 姓名 | 職務`` with 甲國 spanning three rows and 乙國 two: the article groups the judges by
    country itself."""
    assert _rows("country_spanning_tw.html") == [
        ("張三", "甲國", ("法官",)),
        ("王五", "甲國", ("副院長",)),
        ("孫七", "甲國", ("法官",)),
        ("李四", "乙國", ("法官",)),
        ("趙六", "乙國", ("法官",)),
        ("周八", "丙國", ("法官",)),
    ]


def test_a_country_column_beside_companies_still_files_them() -> None:
    """``企業名稱 | 國家``: the names are no people (no people's-name header, no column of titles), so
    the repeating country column stays what files them."""
    assert _rows("country_column_companies_tw.html") == [
        ("甲國動力公司", "甲國", ()),
        ("甲國光學公司", "甲國", ()),
        ("乙國航太公司", "乙國", ()),
        ("乙國電子公司", "乙國", ()),
        ("甲國材料公司", "甲國", ()),
    ]
