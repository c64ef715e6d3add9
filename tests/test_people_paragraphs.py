"""People printed one to a paragraph or a line, each a name, the post after it and perhaps a short
biography, in the four scripts, in text and in HTML (made-up names; the readings are written from reading
the articles below). A biography is no post; a news paragraph that names one official is no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path
from tests.paragraph_fixtures import birth_in, people_in, read_people

HANS = (
    "甲国宣布制裁乙市三名官员\n\n丁报　2025-03-12\n\n"
    "甲国财政部12日宣布制裁3名乙市官员。以下是这3名官员的简介：\n\n"
    "张三，乙市保安局局长。1961年出生于乙市，曾任警务处副处长。\n\n"
    "李四，乙市警务处处长。1965年出生，2019年出任警务处处长。\n\n"
    "王五，乙市律政司司长。执业大律师出身，2018年出任司长。\n\n"
    "乙市政府表示强烈反对。\n"
)


def test_simplified_paragraphs_of_a_name_a_post_and_a_biography(tmp_path: Path) -> None:
    text, read = read_people(tmp_path, HANS)
    assert people_in(text, read) == [
        ("张三", "乙市保安局局长", ""),
        ("李四", "乙市警务处处长", ""),
        ("王五", "乙市律政司司长", ""),
    ]
    assert [birth_in(m) for m in read] == ["1961年出生于乙市", "1965年出生", ""]
    # the biography is no post: nothing of it but the date of birth is said of the person
    assert not any("曾任" in a.text or "出任" in a.text for m in read for a in m.attributes)


def test_the_lead_in_above_the_paragraphs_states_their_count(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HANS, encoding="utf-8")
    assert [h.stated for h in parse_path(path).headings if h.stated is not None] == [3]


def test_traditional_paragraphs_of_a_bracketed_post_and_a_colon(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "甲國新內閣名單出爐\n\n乙報　2025年3月12日\n\n甲國總統12日公布新內閣，三名新任部長簡介如下：\n\n"
        "張三（甲國內政部長）：曾任乙市市長，1961年出生。\n\n"
        "李四（甲國財政部長）：曾任甲國央行副總裁。\n\n"
        "王五（甲國國防部長）：退役上將，曾任參謀總長。\n\n新內閣將於下週宣誓就職。\n",
    )
    assert people_in(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]
    assert [birth_in(m) for m in read] == ["1961年出生", "", ""]


def test_english_paragraphs_of_a_name_a_post_and_a_relative_clause(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "Aland sanctions three Borduria bankers\n\nAland Daily, March 12, 2025\n\n"
        "Aland's finance ministry on Tuesday blocked the assets of three Borduria bankers. They are:\n\n"
        "Jane Roe, the chief executive of Aland Bank, who ran the bank's foreign desk until 2019.\n\n"
        "John Doe, the deputy governor of the Borduria Central Bank, who was named to the post in 2021.\n\n"
        "Mary Major, the chairwoman of Carpathia Trust, who founded the firm in 1998.\n\n"
        "Borduria called the move illegal.\n",
    )
    assert people_in(text, read) == [
        ("Jane Roe", "chief executive of Aland Bank", ""),
        ("John Doe", "deputy governor of the Borduria Central Bank", ""),
        ("Mary Major", "chairwoman of Carpathia Trust", ""),
    ]


def test_english_lines_of_a_name_a_dash_and_a_post(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "Aland's new cabinet\n\nAland Daily, March 12, 2025\n\nThe new cabinet sworn in on Monday:\n\n"
        "Jane Roe — Aland's interior minister.\nJohn Doe — Aland's finance minister.\n"
        "Mary Major — Aland's defence minister.\n\nThe president said the team would start work at once.\n",
    )
    assert people_in(text, read) == [
        ("Jane Roe", "Aland's interior minister", ""),
        ("John Doe", "Aland's finance minister", ""),
        ("Mary Major", "Aland's defence minister", ""),
    ]


def test_runs_under_headings_of_their_own_are_the_groups_they_label(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "甲国制裁乙市官员\n\n丁报　2025-03-12\n\n甲国宣布制裁乙市官员。\n\n官员：\n"
        "张三，乙市保安局局长。\n李四，乙市警务处处长。\n王五，乙市律政司司长。\n\n议员：\n"
        "赵六，乙市立法会议员。\n孙七，乙市立法会主席。\n周八，乙市立法会副主席。\n\n乙市表示抗议。\n",
    )
    assert people_in(text, read) == [
        ("张三", "乙市保安局局长", "官员"),
        ("李四", "乙市警务处处长", "官员"),
        ("王五", "乙市律政司司长", "官员"),
        ("赵六", "乙市立法会议员", "议员"),
        ("孙七", "乙市立法会主席", "议员"),
        ("周八", "乙市立法会副主席", "议员"),
    ]


CABINET = (
    "甲國新內閣名單出爐\n\n乙報　2025年3月12日\n\n甲國總統12日公布新內閣，三名新任部長簡介如下：\n\n{}\n\n"
    "新內閣將於下週宣誓就職。\n"
)


def test_traditional_paragraphs_of_a_name_with_its_reading_a_comma_and_a_post(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        CABINET.format(
            "張三（Zhang San），甲國內政部長。1961年出生，曾任乙市市長。\n\n"
            "李四（Li Si），甲國財政部長。1965年出生，曾任甲國央行副總裁。\n\n"
            "王五（Wang Wu），甲國國防部長。退役上將，曾任參謀總長。"
        ),
    )
    assert people_in(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]
    assert [m.name_en for m in read] == ["Zhang San", "Li Si", "Wang Wu"]
    assert [birth_in(m) for m in read] == ["1961年出生", "1965年出生", ""]


def test_traditional_paragraphs_of_a_name_a_colon_and_a_post(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        CABINET.format(
            "張三：甲國內政部長。1961年出生，曾任乙市市長。\n\n李四：甲國財政部長。曾任甲國央行副總裁。\n\n"
            "王五：甲國國防部長。退役上將，曾任參謀總長。"
        ),
    )
    assert people_in(text, read) == [
        ("張三", "甲國內政部長", ""),
        ("李四", "甲國財政部長", ""),
        ("王五", "甲國國防部長", ""),
    ]


def test_hong_kong_paragraphs_of_a_post_a_name_a_colon_and_a_biography(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "甲國制裁乙市官員\n\n丙港日報　2025年3月12日\n\n甲國宣布制裁3名乙市官員，以下是他們的背景：\n\n"
        "保安局局長張三：1961年出生，曾任警務處副處長。\n\n警務處處長李四：1965年出生，2019年出任處長。\n\n"
        "律政司司長王五：執業大律師出身，2018年出任司長。\n\n乙市政府表示強烈反對。\n",
    )
    assert people_in(text, read) == [
        ("張三", "保安局局長", ""),
        ("李四", "警務處處長", ""),
        ("王五", "律政司司長", ""),
    ]
    assert [birth_in(m) for m in read] == ["1961年出生", "1965年出生", ""]


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
    _, read = read_people(tmp_path, f"Aland news\n\nAland Daily, March 12, 2025\n\n{paragraphs}")
    assert read == []


def test_a_paragraph_of_news_between_two_runs_labels_no_group(tmp_path: Path) -> None:
    text, read = read_people(
        tmp_path,
        "甲国制裁乙市官员\n\n丁报　2025-03-12\n\n甲国宣布制裁乙市官员，名单如下：\n\n"
        "张三，乙市保安局局长。\n李四，乙市警务处处长。\n王五，乙市律政司司长。\n\n"
        "甲国财政部表示，制裁还涉及乙市立法机构的多名人士，他们分别是：\n\n"
        "赵六，乙市立法会议员。\n孙七，乙市立法会主席。\n周八，乙市立法会副主席。\n\n乙市表示抗议。\n",
    )
    assert [m.name_zh for m in read] == ["张三", "李四", "王五", "赵六", "孙七", "周八"]
    assert {m.group for m in read} == {""}
