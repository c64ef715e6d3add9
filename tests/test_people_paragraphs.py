"""People printed one to a paragraph or a line, each a name, the post after it and perhaps a short
biography, in the four scripts, in text and in HTML (made-up names; the readings are written from reading
the articles below). A biography is no post; a news paragraph that names one official is no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.births import birth_of
from pipeline.models import AttributeKind, Kind, Mention
from sources.registry import parse_path

POSTS = (AttributeKind.TITLE, AttributeKind.ORGANIZATION)


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> tuple[str, list[Mention]]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    result = parse_path(path)
    assert result.article is not None
    return result.article.text, [m for m in result.mentions if m.kind is Kind.LIST]


def _post(text: str, m: Mention) -> str:
    """The post as printed: from the first of its parts (a title, the body it heads) to the last."""
    parts = [a for a in m.attributes if a.kind in POSTS]
    return text[min(a.start for a in parts) : max(a.end for a in parts)] if parts else ""


def _birth(m: Mention) -> str:
    return next((a.text for a in m.attributes if birth_of(a.label, a.text) is not None), "")


def _people(text: str, read: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.name_zh or m.name_en, _post(text, m), m.group) for m in read]


HANS = (
    "甲国宣布制裁乙市三名官员\n\n丁报　2025-03-12\n\n"
    "甲国财政部12日宣布制裁3名乙市官员。以下是这3名官员的简介：\n\n"
    "张三，乙市保安局局长。1961年出生于乙市，曾任警务处副处长。\n\n"
    "李四，乙市警务处处长。1965年出生，2019年出任警务处处长。\n\n"
    "王五，乙市律政司司长。执业大律师出身，2018年出任司长。\n\n"
    "乙市政府表示强烈反对。\n"
)


def test_simplified_paragraphs_of_a_name_a_post_and_a_biography(tmp_path: Path) -> None:
    text, read = _read(tmp_path, HANS)
    assert _people(text, read) == [
        ("张三", "乙市保安局局长", ""),
        ("李四", "乙市警务处处长", ""),
        ("王五", "乙市律政司司长", ""),
    ]
    assert [_birth(m) for m in read] == ["1961年出生于乙市", "1965年出生", ""]
    # the biography is no post: nothing of it but the date of birth is said of the person
    assert not any("曾任" in a.text or "出任" in a.text for m in read for a in m.attributes)


def test_the_lead_in_above_the_paragraphs_states_their_count(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HANS, encoding="utf-8")
    assert [h.stated for h in parse_path(path).headings if h.stated is not None] == [3]


def test_traditional_paragraphs_of_a_bracketed_post_and_a_colon(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "甲國新內閣名單出爐\n\n乙報　2025年3月12日\n\n甲國總統12日公布新內閣，三名新任部長簡介如下：\n\n"
        "張三（甲國內政部長）：曾任乙市市長，1961年出生。\n\n"
        "李四（甲國財政部長）：曾任甲國央行副總裁。\n\n"
        "王五（甲國國防部長）：退役上將，曾任參謀總長。\n\n新內閣將於下週宣誓就職。\n",
    )
    assert _people(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]
    assert [_birth(m) for m in read] == ["1961年出生", "", ""]


def test_english_paragraphs_of_a_name_a_post_and_a_relative_clause(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "Aland sanctions three Borduria bankers\n\nAland Daily, March 12, 2025\n\n"
        "Aland's finance ministry on Tuesday blocked the assets of three Borduria bankers. They are:\n\n"
        "Jane Roe, the chief executive of Aland Bank, who ran the bank's foreign desk until 2019.\n\n"
        "John Doe, the deputy governor of the Borduria Central Bank, who was named to the post in 2021.\n\n"
        "Mary Major, the chairwoman of Carpathia Trust, who founded the firm in 1998.\n\n"
        "Borduria called the move illegal.\n",
    )
    assert _people(text, read) == [
        ("Jane Roe", "chief executive of Aland Bank", ""),
        ("John Doe", "deputy governor of the Borduria Central Bank", ""),
        ("Mary Major", "chairwoman of Carpathia Trust", ""),
    ]


def test_english_lines_of_a_name_a_dash_and_a_post(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "Aland's new cabinet\n\nAland Daily, March 12, 2025\n\nThe new cabinet sworn in on Monday:\n\n"
        "Jane Roe — Aland's interior minister.\nJohn Doe — Aland's finance minister.\n"
        "Mary Major — Aland's defence minister.\n\nThe president said the team would start work at once.\n",
    )
    assert _people(text, read) == [
        ("Jane Roe", "Aland's interior minister", ""),
        ("John Doe", "Aland's finance minister", ""),
        ("Mary Major", "Aland's defence minister", ""),
    ]


def test_runs_under_headings_of_their_own_are_the_groups_they_label(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "甲国制裁乙市官员\n\n丁报　2025-03-12\n\n甲国宣布制裁乙市官员。\n\n官员：\n"
        "张三，乙市保安局局长。\n李四，乙市警务处处长。\n王五，乙市律政司司长。\n\n议员：\n"
        "赵六，乙市立法会议员。\n孙七，乙市立法会主席。\n周八，乙市立法会副主席。\n\n乙市表示抗议。\n",
    )
    assert _people(text, read) == [
        ("张三", "乙市保安局局长", "官员"),
        ("李四", "乙市警务处处长", "官员"),
        ("王五", "乙市律政司司长", "官员"),
        ("赵六", "乙市立法会议员", "议员"),
        ("孙七", "乙市立法会主席", "议员"),
        ("周八", "乙市立法会副主席", "议员"),
    ]


PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
    '<meta property="og:site_name" content="{site}"></head><body><article><h1>{title}</h1>{body}'
    "</article></body></html>"
)


def test_a_bold_name_opening_each_paragraph_then_a_post_and_a_biography(tmp_path: Path) -> None:
    body = (
        "<p>甲國總統12日公布新內閣，三名新任部長簡介如下：</p>"
        "<p><strong>張三</strong>，甲國內政部長。1961年出生，曾任乙市市長。</p>"
        "<p><strong>李四</strong>，甲國財政部長。1965年出生，曾任甲國央行副總裁。</p>"
        "<p><strong>王五</strong>，甲國國防部長。退役上將，曾任參謀總長。</p>"
        "<p>新內閣將於下週宣誓就職。</p>"
    )
    page = PAGE.format(lang="zh-Hant", title="甲國新內閣名單出爐", site="乙報", body=body)
    text, read = _read(tmp_path, page, ".html")
    assert _people(text, read) == [
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
    text, read = _read(tmp_path, page, ".html")
    assert _people(text, read) == [
        ("Jane Roe", "Chief executive of Aland Bank", ""),
        ("John Doe", "Deputy governor of the Borduria Central Bank", ""),
        ("Mary Major", "Chairwoman of Carpathia Trust", ""),
    ]


def test_japanese_lines_of_a_name_a_middle_dot_and_a_post(tmp_path: Path) -> None:
    """Kanji before the dot in a Japanese article: a name (foreign names are in katakana), the post after."""
    text, read = _read(
        tmp_path,
        "甲国、新内閣を発足\n\n丙日新聞　2025年3月12日\n\n"
        "甲国で12日、新内閣が発足した。主な閣僚は次の通り。\n\n"
        "山田太郎・甲国内務相\n鈴木花子・甲国財務相\n佐藤次郎・甲国防衛相\n\n首相は記者会見で抱負を語った。\n",
    )
    assert _people(text, read) == [
        ("山田太郎", "甲国内務相", ""),
        ("鈴木花子", "甲国財務相", ""),
        ("佐藤次郎", "甲国防衛相", ""),
    ]


def test_japanese_paragraphs_of_a_name_an_enumeration_comma_a_post_and_a_biography(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "甲国、新内閣を発足\n\n丙日新聞　2025年3月12日\n\n"
        "甲国で12日、新内閣が発足した。新任の3閣僚の横顔は次の通り。\n\n"
        "山田太郎、甲国内務相。1961年生まれ、甲大卒。乙県知事を経て初入閣。\n\n"
        "鈴木花子、甲国財務相。1965年生まれ。甲銀行出身。\n\n"
        "佐藤次郎、甲国防衛相。元陸将、丙大卒。\n\n首相は記者会見で抱負を語った。\n",
    )
    assert _people(text, read) == [
        ("山田太郎", "甲国内務相", ""),
        ("鈴木花子", "甲国財務相", ""),
        ("佐藤次郎", "甲国防衛相", ""),
    ]
    assert [_birth(m) for m in read] == ["1961年生まれ", "1965年生まれ", ""]


CABINET = (
    "甲國新內閣名單出爐\n\n乙報　2025年3月12日\n\n甲國總統12日公布新內閣，三名新任部長簡介如下：\n\n{}\n\n"
    "新內閣將於下週宣誓就職。\n"
)


def test_traditional_paragraphs_of_a_name_with_its_reading_a_comma_and_a_post(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        CABINET.format(
            "張三（Zhang San），甲國內政部長。1961年出生，曾任乙市市長。\n\n"
            "李四（Li Si），甲國財政部長。1965年出生，曾任甲國央行副總裁。\n\n"
            "王五（Wang Wu），甲國國防部長。退役上將，曾任參謀總長。"
        ),
    )
    assert _people(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]
    assert [m.name_en for m in read] == ["Zhang San", "Li Si", "Wang Wu"]
    assert [_birth(m) for m in read] == ["1961年出生", "1965年出生", ""]


def test_traditional_paragraphs_of_a_name_a_colon_and_a_post(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        CABINET.format(
            "張三：甲國內政部長。1961年出生，曾任乙市市長。\n\n李四：甲國財政部長。曾任甲國央行副總裁。\n\n"
            "王五：甲國國防部長。退役上將，曾任參謀總長。"
        ),
    )
    assert _people(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]


def test_hong_kong_paragraphs_of_a_post_a_name_a_colon_and_a_biography(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "甲國制裁乙市官員\n\n丙港日報　2025年3月12日\n\n甲國宣布制裁3名乙市官員，以下是他們的背景：\n\n"
        "保安局局長張三：1961年出生，曾任警務處副處長。\n\n警務處處長李四：1965年出生，2019年出任處長。\n\n"
        "律政司司長王五：執業大律師出身，2018年出任司長。\n\n乙市政府表示強烈反對。\n",
    )
    assert _people(text, read) == [
        ("張三", "保安局局長", ""),
        ("李四", "警務處處長", ""),
        ("王五", "律政司司長", ""),
    ]
    assert [_birth(m) for m in read] == ["1961年出生", "1965年出生", ""]


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
    text, read = _read(tmp_path, page, ".html")
    assert [(m.name_zh, _post(text, m)) for m in read] == people
    assert [_birth(m) for m in read] == [
        "1961年生まれ" if lang == "ja" else "1961年出生",
        "1965年生まれ" if lang == "ja" else "1965年出生",
        "",
    ]


# --- what stays unread --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        # one official quoted: news, not a list of one
        "張三，甲國外交部長。他週二在記者會上表示，甲國不會退讓。\n\n外交部稍後發表聲明。\n\n各方反應不一。\n",
        "Jane Roe, the interior minister of Aland, who spoke on Tuesday, said talks would go on.\n\n"
        "Officials declined to comment further.\n\nThe talks resume next week.\n",
        # three officials quoted in turn, each saying something: the sentences go on after the post
        "張三，甲國外交部長，週二表示甲國不會退讓。\n\n李四，甲國國防部長，則說軍隊已做好準備。\n\n"
        "王五，甲國財政部長，稱預算足以應對。\n",
        "Jane Roe, Aland's interior minister, said the border would stay open.\n\n"
        "John Doe, Aland's finance minister, said the budget would cope.\n\n"
        "Mary Major, Aland's defence minister, said the army was ready.\n",
        # a transcript naming its speakers by post and name, with no lead-in saying a list follows
        "記者張三：請問部長，甲國會否退讓？\n\n外交部長李四：甲國不會退讓。\n\n國防部長王五：軍隊已做好準備。\n",
    ],
)
def test_news_paragraphs_naming_officials_are_no_list(tmp_path: Path, paragraphs: str) -> None:
    _, read = _read(tmp_path, f"Aland news\n\nAland Daily, March 12, 2025\n\n{paragraphs}")
    assert read == []


def test_a_paragraph_of_news_between_two_runs_labels_no_group(tmp_path: Path) -> None:
    text, read = _read(
        tmp_path,
        "甲国制裁乙市官员\n\n丁报　2025-03-12\n\n甲国宣布制裁乙市官员，名单如下：\n\n"
        "张三，乙市保安局局长。\n李四，乙市警务处处长。\n王五，乙市律政司司长。\n\n"
        "甲国财政部表示，制裁还涉及乙市立法机构的多名人士，他们分别是：\n\n"
        "赵六，乙市立法会议员。\n孙七，乙市立法会主席。\n周八，乙市立法会副主席。\n\n乙市表示抗议。\n",
    )
    assert [m.name_zh for m in read] == ["张三", "李四", "王五", "赵六", "孙七", "周八"]
    assert {m.group for m in read} == {""}
