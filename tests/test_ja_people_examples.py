"""Japanese prose naming some of the people a count closes (``…ら11人``): names in Chinese characters with
their honorific or with a post glued after them, whatever office the post names, are the article's
examples of the whole, read with their posts; posts of places are no people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Kind
from sources.registry import parse_path


def _read(tmp_path: Path, sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    (tmp_path / "a.txt").write_text(
        f"甲国が制裁\n\n乙国財務省は7日、{sentence}を制裁対象に指定した。\n", "utf-8"
    )
    result = parse_path(tmp_path / "a.txt")
    return [
        (m.label, tuple(a.text for a in m.attributes if a.kind is AttributeKind.TITLE))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


def test_kanji_names_with_glued_posts_before_ra_and_a_larger_count(tmp_path: Path) -> None:
    assert _read(tmp_path, "張三丰行政長官、李四海保安局長、王五岳警務処長ら11人") == [
        ("張三丰", ("行政長官",)),
        ("李四海", ("保安局長",)),
        ("王五岳", ("警務処長",)),
    ]


def test_kanji_names_with_their_reading_then_a_post(tmp_path: Path) -> None:
    found = _read(
        tmp_path, "張三丰（ジェーン・ロー）行政長官、李四海（ジョン・ドウ）保安局長、王五岳警務処長ら11人"
    )
    assert found == [("張三丰", ("行政長官",)), ("李四海", ("保安局長",)), ("王五岳", ("警務処長",))]


def test_kanji_names_with_an_honorific_before_ra(tmp_path: Path) -> None:
    assert _read(tmp_path, "山田太郎氏、鈴木一郎氏、佐藤次郎氏ら11人") == [
        ("山田太郎", ()),
        ("鈴木一郎", ()),
        ("佐藤次郎", ()),
    ]


@pytest.mark.parametrize("sentence", ["甲県知事、乙県知事、丙県知事ら11人", "甲省長、乙省長、丙省長ら11人"])
def test_posts_of_places_are_no_people(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence) == []


def test_the_first_named_besides_the_others_keeps_its_name(tmp_path: Path) -> None:
    """``張三丰行政長官のほか、李四海保安局長、…``: ``のほか`` (besides) is no part of the first item."""
    assert _read(tmp_path, "張三丰行政長官のほかに、李四海保安局長、王五岳警務処長の計3人") == [
        ("張三丰", ("行政長官",)),
        ("李四海", ("保安局長",)),
        ("王五岳", ("警務処長",)),
    ]


def test_names_closed_by_ra_and_a_larger_count_are_examples(tmp_path: Path) -> None:
    """``…ら11人`` after three names: the article names examples of the eleven (a selection, never judged
    for the eight it does not name); three names ``ら3人`` are the whole list."""
    (tmp_path / "a.txt").write_text(
        "甲国が制裁\n\n乙国財務省は7日、張三丰行政長官、李四海保安局長、王五岳警務処長ら11人を制裁対象に指定した。\n",
        "utf-8",
    )
    assert parse_path(tmp_path / "a.txt").article.selection
    (tmp_path / "b.txt").write_text(
        "甲国が制裁\n\n乙国財務省は7日、張三丰行政長官、李四海保安局長、王五岳警務処長ら3人を制裁対象に指定した。\n",
        "utf-8",
    )
    assert not parse_path(tmp_path / "b.txt").article.selection
    # など with no count after it names examples of a group, not of the list: the article's list stands
    (tmp_path / "c.txt").write_text(
        "甲国の措置\n\n対象は次の通り。\n\n第1級：アランド、ボルドゥリア、カルパチア。\n\n"
        "第2級：ダルマチア、エルボニア、フリードニアなど甲国が禁輸している国。\n",
        "utf-8",
    )
    assert not parse_path(tmp_path / "c.txt").article.selection
