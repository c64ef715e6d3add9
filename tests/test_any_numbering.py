"""Lines numbered in shapes no layout lists by name (``⑴``, ``Ⅳ.``, ``【1】``, ``No.1``, ``第1位``, ``Ａ．``,
``（甲）``): read by the value Unicode gives the number, the marks around it left out of the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.layouts._any_numbering import letter_value, number_value, opens_numbered, stem_value
from sources.registry import parse_path

COMPANIES = ["甲公司", "乙公司", "丙公司", "丁公司"]


def _article(marks: list[str]) -> str:
    lines = "\n".join(f"{mark} {name}" for mark, name in zip(marks, COMPANIES, strict=True))
    return f"甲國制裁名單\n\n乙報　2025年6月5日\n\n甲國宣布制裁以下4個實體：\n{lines}\n\n外交部表示反對。\n"


@pytest.mark.parametrize(
    "marks",
    [
        ["⑴", "⑵", "⑶", "⑷"],
        ["⒈", "⒉", "⒊", "⒋"],
        ["Ⅰ.", "Ⅱ.", "Ⅲ.", "Ⅳ."],
        ["㈠", "㈡", "㈢", "㈣"],
        ["［1］", "［2］", "［3］", "［4］"],
        ["【1】", "【2】", "【3】", "【4】"],
        ["No.1", "No.2", "No.3", "No.4"],
        ["第1位", "第2位", "第3位", "第4位"],
        ["1st", "2nd", "3rd", "4th"],
        ["1：", "2：", "3：", "4："],
        ["Ａ．", "Ｂ．", "Ｃ．", "Ｄ．"],
        ["a)", "b)", "c)", "d)"],
        ["（甲）", "（乙）", "（丙）", "（丁）"],
    ],
)
def test_any_numbering_is_no_part_of_the_name(tmp_path: Path, marks: list[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_article(marks), encoding="utf-8")
    result = parse_path(path)
    assert [(m.label, m.note) for m in result.mentions] == [(name, "") for name in COMPANIES]
    assert [h.stated for h in result.headings] == [4]


def test_a_value_for_every_shape() -> None:
    assert [number_value(c) for c in ("12", "１２", "⑷", "⒌", "Ⅳ", "ⅸ", "❸", "㈢", "㊄")] == [
        12, 12, 4, 5, 4, 9, 3, 3, 5,
    ]  # fmt: skip
    assert number_value("½") is None
    assert [letter_value(c) for c in ("a", "C", "ｅ")] == [1, 3, 5]
    assert [stem_value(c) for c in ("甲", "丙", "癸", "子")] == [1, 3, 10, None]


def test_what_opens_a_sentence_or_a_name_is_no_number() -> None:
    assert opens_numbered("⑵ 乙公司") and opens_numbered("No.3 Aland") and opens_numbered("（乙）乙公司")
    assert not opens_numbered("2025年甲國宣布")  # a year opening a sentence
    assert not opens_numbered("J. Roe")  # a name's initial
    assert not opens_numbered("甲國宣布")  # a stem without brackets is a word
    assert not opens_numbered("(1] Aland")  # brackets that do not pair


def test_names_with_initials_stay_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Aland names its envoys\n\nAland Wire, March 3, 2025\n\n"
        "The new envoys are:\nJ. Roe\nK. Doe\nL. Major\n",
        encoding="utf-8",
    )
    assert [m.label for m in parse_path(path).mentions] == ["J. Roe", "K. Doe", "L. Major"]


def _page(items: list[str]) -> str:
    lis = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html><head><title>甲國制裁名單</title></head><body><article><h1>甲國制裁名單</h1>"
        "<p>乙報　2025年6月5日</p>"
        "<p>甲國外交部今日宣布，即日起制裁以下4個實體，凍結其在甲國境內的資產：</p>"
        f"<ul>{lis}</ul><p>外交部發言人表示，甲國堅決反對相關做法，並將採取一切必要措施。</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    "marks", [["1.", "2.", "3.", "4."], ["●"] * 4, ["⑴", "⑵", "⑶", "⑷"], ["No.1", "No.2", "No.3", "No.4"]]
)
def test_a_marker_typed_into_html_items_is_no_part_of_the_name(tmp_path: Path, marks: list[str]) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        _page([f"{mark} {name}" for mark, name in zip(marks, COMPANIES, strict=True)]), encoding="utf-8"
    )
    result = parse_path(path)
    assert [m.label for m in result.mentions] == COMPANIES
    assert all(result.article.text[m.start : m.end].startswith(m.label) for m in result.mentions)


def test_initials_in_html_items_stay(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    people = ["V. Roe", "C. Doe", "I. Major", "M. Minor"]
    path.write_text(_page(people), encoding="utf-8")
    assert [m.label for m in parse_path(path).mentions] == people
