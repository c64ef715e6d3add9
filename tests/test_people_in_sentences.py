"""People listed in a sentence with what they are before their names: Japanese people each after a
description and の, joined by と and ``、`` and closed by a count (``元官僚の山田太郎氏と弁護士の佐藤花子氏、
経済学者の鈴木一郎氏の3人``), and Chinese posts that join the fields of one ministry with ``、``
(``甲、乙和丙事務大臣李四``), which part no person."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path


def _read(tmp_path: Path, headline: str, sentence: str):
    path = tmp_path / "a.txt"
    path.write_text(f"{headline}\n\n{sentence}\n", encoding="utf-8")
    return parse_path(path)


def _people(result) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(m.label, [(a.kind.value, a.text) for a in m.attributes]) for m in result.mentions]


def test_ja_people_after_their_posts_joined_by_to(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "内閣改造、3人が初入閣",
        "甲国首相は1日、内閣改造を行った。"
        "新たに入閣したのは、元官僚の山田太郎氏と弁護士の佐藤花子氏、経済学者の鈴木一郎氏の3人。",
    )
    assert _people(result) == [
        ("山田太郎", [("title", "元官僚")]),
        ("佐藤花子", [("title", "弁護士")]),
        ("鈴木一郎", [("title", "経済学者")]),
    ]
    assert [h.stated for h in result.headings] == [3]


def test_ja_what_is_said_before_an_honoured_name_is_no_part_of_it(tmp_path: Path) -> None:
    """No known post before the の: the honorific says a person is named, the words before it are said of
    that person (a place or a body as the body they belong to), never part of the name."""
    result = _read(
        tmp_path,
        "甲国、3人に入国禁止",
        "入国禁止の対象となったのは、俳優の山田太郎氏、乙国の佐藤花子氏と丙社の鈴木一郎氏の3人。",
    )
    assert _people(result) == [
        ("山田太郎", [("other", "俳優")]),
        ("佐藤花子", [("organization", "乙国")]),
        ("鈴木一郎", [("organization", "丙社")]),
    ]
    assert [h.stated for h in result.headings] == [3]


@pytest.mark.parametrize(
    "sentence",
    [
        "受賞したのは、山田太郎さんと佐藤花子さん、鈴木一郎さんの3人。",
        "受賞したのは、山田太郎さん、佐藤花子さんと鈴木一郎さんの3人。",
    ],
)
def test_ja_honoured_names_joined_by_to(tmp_path: Path, sentence: str) -> None:
    result = _read(tmp_path, "市民栄誉賞に3人", sentence)
    assert [m.label for m in result.mentions] == ["山田太郎", "佐藤花子", "鈴木一郎"]
    assert [h.stated for h in result.headings] == [3]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "美國財政部宣布制裁以下人士：甲國外交部長張三、乙國國防部長周八、甲、乙和丙事務大臣李四。",
            [("張三", "甲國外交部長"), ("周八", "乙國國防部長"), ("李四", "甲、乙和丙事務大臣")],
        ),
        (
            "美国财政部宣布制裁以下人士：甲国外交部长张三、乙国国防部长周八、甲、乙和丙事务大臣李四。",
            [("张三", "甲国外交部长"), ("周八", "乙国国防部长"), ("李四", "甲、乙和丙事务大臣")],
        ),
        (
            "美國財政部宣布制裁以下人士：甲、乙、丙及丁事務大臣李四、甲國外交部長張三、乙國國防部長周八。",
            [("李四", "甲、乙、丙及丁事務大臣"), ("張三", "甲國外交部長"), ("周八", "乙國國防部長")],
        ),
    ],
)
def test_zh_post_joining_fields_parts_no_person(
    tmp_path: Path, sentence: str, people: list[tuple[str, str]]
) -> None:
    result = _read(tmp_path, "美制裁三名官員", sentence)
    assert [
        (m.label, [a.text for a in m.attributes if a.kind.value == "title"]) for m in result.mentions
    ] == [(name, [post]) for name, post in people]


@pytest.mark.parametrize(
    "sentence",
    [
        "制裁対象は、甲国の山田太郎外相、乙国の佐藤花子首相、丙国の鈴木一郎報道官の3人。",
        "制裁対象は、甲国の山田太郎外相と乙国の佐藤花子首相、丙国の鈴木一郎報道官の3人。",
        # no pause after the topic: the first state is still the first person's
        "制裁対象は甲国の山田太郎外相、乙国の佐藤花子首相、丙国の鈴木一郎報道官の3人。",
    ],
)
def test_ja_people_named_before_their_posts_after_their_states(tmp_path: Path, sentence: str) -> None:
    """``甲国の山田太郎外相``: the state, の, the name, then the post; the last one's closing count is no
    part of it."""
    result = _read(tmp_path, "甲国など3カ国の閣僚を制裁", sentence)
    assert _people(result) == [
        ("山田太郎", [("organization", "甲国"), ("title", "外相")]),
        ("佐藤花子", [("organization", "乙国"), ("title", "首相")]),
        ("鈴木一郎", [("organization", "丙国"), ("title", "報道官")]),
    ]
    assert [h.stated for h in result.headings] == [3]


def test_ja_two_posts_of_one_person(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "内閣改造、3人が初入閣",
        "新たに入閣したのは、副総理、財務相の山田太郎氏、弁護士の佐藤花子氏、経済学者の鈴木一郎氏の3人。",
    )
    assert _people(result) == [
        ("山田太郎", [("title", "副総理、財務相")]),
        ("佐藤花子", [("title", "弁護士")]),
        ("鈴木一郎", [("title", "経済学者")]),
    ]


def test_zh_two_posts_of_one_person(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "美制裁三名官員",
        "美國財政部宣布制裁以下人士：甲國外交部長張三、乙國副總理、外長李四、丙國國防部長周八。",
    )
    assert _people(result) == [
        ("張三", [("title", "甲國外交部長")]),
        ("李四", [("title", "乙國副總理、外長")]),
        ("周八", [("title", "丙國國防部長")]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "美國財政部宣布制裁以下人士：甲國外交部長張三、乙國國防部長周八、丙國總理。",
        "美国财政部宣布制裁以下人士：甲国外交部长张三、乙国国防部长周八、丙国总理。",
        "米財務省は次の人物を制裁対象に指定した：甲国外相の山田太郎氏、乙国国防相の鈴木一郎氏、丙国首相。",
    ],
)
def test_a_post_without_a_name_among_named_people_leaves_the_run_unread(
    tmp_path: Path, sentence: str
) -> None:
    """The third person is printed as a post alone (``丙國總理``), their name not given: the post is no
    name, and the run without it would be a partial read of the three, so the sentence is left unread."""
    result = _read(tmp_path, "美制裁三名官員", sentence)
    assert result.mentions == ()


def test_posts_alone_with_no_named_person_among_them_are_still_read(tmp_path: Path) -> None:
    """Guard: a run of posts alone, none with a name (``甲國總統、乙國總理、丙國外長``), is read as it is."""
    result = _read(tmp_path, "三國領袖會面", "出席會議的有以下三位：甲國總統、乙國總理、丙國外長。")
    assert [m.label for m in result.mentions] == ["甲國總統", "乙國總理", "丙國外長"]


def test_en_a_person_told_by_a_relative_clause_keeps_the_name_alone(tmp_path: Path) -> None:
    """``John Doe, who heads the Aland Bank``: what the clause says of the person is no part of the
    name."""
    result = _read(
        tmp_path,
        "Treasury sanctions three",
        "The Treasury sanctioned three people: Jane Roe, Aland's former interior minister; John Doe, who "
        "heads the Aland Bank; and Richard Roe (R-Ala.).",
    )
    assert _people(result) == [
        ("Jane Roe", [("title", "Aland's former interior minister")]),
        ("John Doe", [("other", "who heads the Aland Bank")]),
        ("Richard Roe", [("tag", "R-Ala.")]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "追加関税の対象は、甲国と乙国、丙国の3カ国。",
        "追加関税の対象は甲国と乙国、丙国の3カ国。",
        "追加関税の対象は、甲国、乙国と丙国の3カ国。",
    ],
)
def test_ja_states_joined_by_to_in_a_counted_run(tmp_path: Path, sentence: str) -> None:
    """``と`` joins two names of a run closed by its count: parted where the count numbers them so."""
    result = _read(tmp_path, "3カ国に追加関税", sentence)
    assert [m.label for m in result.mentions] == ["甲国", "乙国", "丙国"]
    assert [h.stated for h in result.headings] == [3]
    # a count that numbers them neither way: which names the joiner parts is not told, left unread
    assert _read(tmp_path, "追加関税", sentence.replace("3カ国", "5カ国")).mentions == ()


@pytest.mark.parametrize(
    ("sentence", "names", "stated"),
    [
        (
            "入国禁止の対象はアランドやボルドゥリア、カルパチアなど12カ国。",
            ["アランド", "ボルドゥリア", "カルパチア"],
            [],
        ),
        ("追加関税の対象は、甲国や乙国、丙国の3カ国。", ["甲国", "乙国", "丙国"], [3]),
    ],
)
def test_ja_names_joined_by_ya_are_items_of_the_run(
    tmp_path: Path, sentence: str, names: list[str], stated: list[int]
) -> None:
    """``や`` joins names of a run as ``、`` does (and, among others), whatever the count says:
    ``アランドやボルドゥリア、カルパチアなど12カ国`` names three of twelve."""
    result = _read(tmp_path, "甲国などに措置", sentence)
    assert [m.label for m in result.mentions] == names
    assert [h.stated for h in result.headings] == stated
