"""People printed one to a paragraph or a line in Japanese and in HTML pages (bold names, name
headings), made-up names; the readings are written from reading the articles below."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paragraph_fixtures import PAGE, birth_in, people_in, post_of, read_people


def test_japanese_lines_of_a_name_a_middle_dot_and_a_post(tmp_path: Path) -> None:
    """Kanji before the dot in a Japanese article: a name (foreign names are in katakana), the post after."""
    text, read = read_people(
        tmp_path,
        "甲国、新内閣を発足\n\n丙日新聞　2025年3月12日\n\n"
        "甲国で12日、新内閣が発足した。主な閣僚は次の通り。\n\n"
        "山田太郎・甲国内務相\n鈴木花子・甲国財務相\n佐藤次郎・甲国防衛相\n\n首相は記者会見で抱負を語った。\n",
    )
    assert people_in(text, read) == [
        ("山田太郎", "甲国内務相", ""),
        ("鈴木花子", "甲国財務相", ""),
        ("佐藤次郎", "甲国防衛相", ""),
    ]


def test_japanese_paragraphs_of_a_name_an_enumeration_comma_a_post_and_a_biography(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "甲国、新内閣を発足\n\n丙日新聞　2025年3月12日\n\n"
        "甲国で12日、新内閣が発足した。新任の3閣僚の横顔は次の通り。\n\n"
        "山田太郎、甲国内務相。1961年生まれ、甲大卒。乙県知事を経て初入閣。\n\n"
        "鈴木花子、甲国財務相。1965年生まれ。甲銀行出身。\n\n"
        "佐藤次郎、甲国防衛相。元陸将、丙大卒。\n\n首相は記者会見で抱負を語った。\n",
    )
    assert people_in(text, read) == [
        ("山田太郎", "甲国内務相", ""),
        ("鈴木花子", "甲国財務相", ""),
        ("佐藤次郎", "甲国防衛相", ""),
    ]
    assert [birth_in(m) for m in read] == ["1961年生まれ", "1965年生まれ", ""]


def test_a_bold_name_opening_each_paragraph_then_a_post_and_a_biography(tmp_path: Path) -> None:
    body = (
        "<p>甲國總統12日公布新內閣，三名新任部長簡介如下：</p>"
        "<p><strong>張三</strong>，甲國內政部長。1961年出生，曾任乙市市長。</p>"
        "<p><strong>李四</strong>，甲國財政部長。1965年出生，曾任甲國央行副總裁。</p>"
        "<p><strong>王五</strong>，甲國國防部長。退役上將，曾任參謀總長。</p>"
        "<p>新內閣將於下週宣誓就職。</p>"
    )
    page = PAGE.format(lang="zh-Hant", title="甲國新內閣名單出爐", site="乙報", body=body)
    text, read = read_people(tmp_path, page, ".html")
    assert people_in(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]
    assert not any("曾任" in a.text for m in read for a in m.attributes)


def test_a_heading_of_a_name_over_a_paragraph_opening_with_the_post(tmp_path: Path) -> None:
    body = (
        "<p>Aland Bank named three new directors on Tuesday. Here is who they are.</p>"
        "<h3>Jane Roe</h3><p>Chief executive of Aland Bank. She joined the bank in 2001.</p>"
        "<h3>John Doe</h3><p>Deputy governor of the Borduria Central Bank. He took the post in 2021.</p>"
        "<h3>Mary Major</h3><p>Chairwoman of Carpathia Trust. She founded the firm in 1998.</p>"
        "<p>The board meets next month.</p>"
    )
    page = PAGE.format(lang="en", title="Who is on Aland's new board", site="Aland Daily", body=body)
    text, read = read_people(tmp_path, page, ".html")
    assert people_in(text, read) == [
        ("Jane Roe", "Chief executive of Aland Bank", ""),
        ("John Doe", "Deputy governor of the Borduria Central Bank", ""),
        ("Mary Major", "Chairwoman of Carpathia Trust", ""),
    ]


@pytest.mark.parametrize(
    ("lang", "lead", "cards", "people"),
    [
        (
            "ja",
            "甲国で12日、新内閣が発足した。新任閣僚の横顔は次の通り。",
            "<h3>山田太郎氏</h3><p>甲国内務相。1961年生まれ、甲大卒。</p><h3>鈴木花子氏</h3><p>甲国財務相。"
            "1965年生まれ。</p><h3>佐藤次郎氏</h3><p>甲国防衛相。元陸将。</p>",
            [("山田太郎", "甲国内務相"), ("鈴木花子", "甲国財務相"), ("佐藤次郎", "甲国防衛相")],
        ),
        (
            "zh-CN",
            "甲国新内阁12日成立，新任部长简介如下：",
            "<h3>张三</h3><p>甲国内政部长。1961年出生，曾任乙市市长。</p><h3>李四</h3><p>甲国财政部长。"
            "1965年出生。</p><h3>王五</h3><p>甲国国防部长。退役上将。</p>",
            [("张三", "甲国内政部长"), ("李四", "甲国财政部长"), ("王五", "甲国国防部长")],
        ),
    ],
)
def test_east_asian_name_headings_over_paragraphs_opening_with_the_post(
    tmp_path: Path, lang: str, lead: str, cards: str, people: list[tuple[str, str]]
) -> None:
    page = PAGE.format(lang=lang, title="甲国新内阁", site="丁报", body=f"<p>{lead}</p>{cards}<p>完。</p>")
    text, read = read_people(tmp_path, page, ".html")
    assert [(m.name_zh, post_of(text, m)) for m in read] == people
    assert [birth_in(m) for m in read] == [
        "1961年生まれ" if lang == "ja" else "1961年出生",
        "1965年生まれ" if lang == "ja" else "1965年出生",
        "",
    ]
