"""People in a Chinese sentence with what parentheses tell of them (``外交部長山田太郎（64歲）``) and a
Japanese minister's post as Chinese papers print it (``總務相鈴木一郎``, ``总务相``): the age is the
person's, not the name's, and the post is a post in either script."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.items import split_item
from sources.registry import parse_path

TOP = "甲國新內閣\n2025年10月21日\n\n"


def _people(tmp_path: Path, body: str) -> list[tuple[str, list[str], list[str]]]:
    path = tmp_path / "a.txt"
    path.write_text(TOP + body + "\n", encoding="utf-8")
    return [
        (
            m.label,
            [a.text for a in m.attributes if a.kind.value == "title"],
            [a.text for a in m.attributes if a.kind.value == "other"],
        )
        for m in parse_path(path).mentions
        if m.kind is Kind.LIST
    ]


def test_posts_before_names_with_their_ages_in_a_sentence(tmp_path: Path) -> None:
    body = (
        "新內閣主要成員包括外交部長張三（64歲）、財政部長李四（55歲）、法務部長王五（48歲）"
        "及國防部長趙六（60歲）。"
    )
    assert _people(tmp_path, body) == [
        ("張三", ["外交部長"], ["64歲"]),
        ("李四", ["財政部長"], ["55歲"]),
        ("王五", ["法務部長"], ["48歲"]),
        ("趙六", ["國防部長"], ["60歲"]),
    ]


def test_a_count_before_posts_names_and_ages(tmp_path: Path) -> None:
    body = (
        "新內閣4名主要成員為外交部長張三（64歲）、財政部長李四（55歲）、法務部長王五（48歲）"
        "及國防部長趙六（60歲）。"
    )
    assert [name for name, _, _ in _people(tmp_path, body)] == ["張三", "李四", "王五", "趙六"]


def test_japanese_ministers_posts_in_chinese_characters(tmp_path: Path) -> None:
    body = "新內閣主要成員包括首相山田太郎、總務相鈴木一郎、法相佐藤花子及外相田中次郎。"
    assert _people(tmp_path, body) == [
        ("山田太郎", ["首相"], []),
        ("鈴木一郎", ["總務相"], []),
        ("佐藤花子", ["法相"], []),
        ("田中次郎", ["外相"], []),
    ]


@pytest.mark.parametrize(
    ("item", "name", "post"),
    [
        ("总务相铃木一郎", "铃木一郎", "总务相"),
        ("經產相鈴木一郎", "鈴木一郎", "經產相"),
        ("厚生勞動相鈴木一郎", "鈴木一郎", "厚生勞動相"),
        ("經濟安全保障擔當相鈴木一郎", "鈴木一郎", "經濟安全保障擔當相"),
    ],
)
def test_a_japanese_post_in_either_chinese_script_is_a_post(item: str, name: str, post: str) -> None:
    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == name
    assert [a.text for a in split.attributes] == [post]


@pytest.mark.parametrize("item", ["張三（64歲）", "张三（64岁）", "山田太郎（64歳）"])
def test_an_age_with_its_word_is_the_persons_not_the_names(item: str) -> None:
    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == item.split("（")[0]
    assert [a.text for a in split.attributes] == [item.split("（")[1].rstrip("）")]


def test_words_in_parentheses_that_tell_no_age_stay_with_the_name() -> None:
    """``甲國（Aland）`` is another name, ``乙國（64）`` a number no word makes an age: no person's age."""
    for item in ("甲國（Aland）", "乙國（64）"):
        split = split_item(item, 0, len(item))
        assert not [a for a in split.attributes if a.text in ("Aland", "64")]


def test_ra_before_the_closing_count_is_no_part_of_the_last_name(tmp_path: Path) -> None:
    """``…田中次郎外相ら4人``: ら closes the run before its count, as it does before a particle."""
    body = "新内閣の主な閣僚は、山田太郎首相、鈴木一郎総務相、佐藤花子法相、田中次郎外相ら4人。"
    assert _people(tmp_path, body) == [
        ("山田太郎", ["首相"], []),
        ("鈴木一郎", ["総務相"], []),
        ("佐藤花子", ["法相"], []),
        ("田中次郎", ["外相"], []),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "新内閣の主な閣僚は、山田太郎首相、鈴木一郎総務相、佐藤花子法相、田中次郎外相ら。",
        "首相は、山田太郎首相、鈴木一郎総務相、佐藤花子法相、田中次郎外相らを起用した。",
    ],
)
def test_people_named_before_their_posts_and_closed_by_ra(tmp_path: Path, body: str) -> None:
    """A Japanese run of people, each before a post, ら after the last and no count: the people named."""
    assert _people(tmp_path, body) == [
        ("山田太郎", ["首相"], []),
        ("鈴木一郎", ["総務相"], []),
        ("佐藤花子", ["法相"], []),
        ("田中次郎", ["外相"], []),
    ]


def test_three_people_with_their_ages_closed_by_ra(tmp_path: Path) -> None:
    body = "首相は、鈴木一郎総務相（55）、佐藤花子法相（48）、田中次郎外相（60）らを起用した。"
    assert _people(tmp_path, body) == [
        ("鈴木一郎", ["総務相"], ["55"]),
        ("佐藤花子", ["法相"], ["48"]),
        ("田中次郎", ["外相"], ["60"]),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # posts of places, no person named
        "式典には甲国首相、乙国首相、丙国首相らが出席した。",
        "会議には甲県知事、乙県知事、丙県知事らが出席した。",
    ],
)
def test_posts_of_places_closed_by_ra_name_no_people(tmp_path: Path, body: str) -> None:
    assert _people(tmp_path, body) == []
