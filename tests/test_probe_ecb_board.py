"""A central bank's executive board of six in five outlets (``tests/fixtures/ecb_board/``): Taiwan lines
of ``name（English），post，country``, a Hong Kong table of ``姓名 | 職位 | 國籍``, mainland bold-name
paragraphs, English ``Name, Post, Country`` lines and Japanese ``▽post　name（country）`` lines. Planted: a
wrong country (Hong Kong) and a member who left in a new one's place (mainland)."""

from __future__ import annotations

import pytest

from pipeline.models import Severity
from tests.probe_fixtures import findings, listed, outlets_of, posts, story

FOLDER = "ecb_board"


def test_six_members_read_in_four_layouts() -> None:
    assert listed(story(FOLDER)) == {"02_hk": 6, "03_cn": 6, "04_en": 6, "05_ja": 6}


def test_english_lines_of_name_post_and_country_are_one_item_each() -> None:
    """``Luis de Guindos, Vice-President, Spain``: a hyphenated post and ``Chief Economist`` are posts,
    not two more names of a comma enumeration."""
    en = posts(story(FOLDER), "04_en")
    assert en == {
        "Christine Lagarde": "President",
        "Luis de Guindos": "Vice-President",
        "Philip Lane": "Chief Economist",
        "Isabel Schnabel": "Member",
        "Frank Elderson": "Member",
        "Piero Cipollone": "Member",
    }


def test_posts_of_the_japanese_lines_and_the_bold_paragraphs() -> None:
    board = story(FOLDER)
    assert posts(board, "05_ja")["ルイス・デギンドス"] == "副総裁"
    assert posts(board, "05_ja")["ピエロ・チポローネ"] == "理事"
    assert posts(board, "03_cn")["克里斯蒂娜·拉加德"] == "欧洲央行行长"


def test_regional_transliterations_link_to_one_person() -> None:
    board = story(FOLDER)
    assert outlets_of(board, "連尼") == {"02_hk", "03_cn", "04_en", "05_ja"}
    assert outlets_of(board, "奇波隆") == {"02_hk", "04_en", "05_ja"}
    assert len(board.entities) == 7


def test_the_departed_member_in_the_new_ones_place_is_one_wrong_item() -> None:
    (found,) = [d for d in story(FOLDER).discrepancies if d.kind == "wrong_item"]
    assert found.sources == ("03_cn",) and found.severity is Severity.ERROR
    assert "法比奥·帕内塔" in found.message and "Piero Cipollone" in found.message


def test_no_outlet_is_accused_of_more_than_the_swap() -> None:
    assert findings(story(FOLDER)) == [("wrong_item", ("03_cn",))]


@pytest.mark.xfail(
    strict=True,
    reason="lines of 'name（English），post，country' after a lead-in ending in a colon are found by no "
    "layout: the article reads as prose",
)
def test_the_taiwan_lines_are_read() -> None:
    assert listed(story(FOLDER))["01_tw"] == 6


@pytest.mark.xfail(
    strict=True,
    reason="a country is read as an organization in the English lines and not at all in the Japanese "
    "brackets, so only the mainland outlet corroborates Germany: one outlet is too few to accuse",
)
def test_the_wrong_country_is_named() -> None:
    assert ("attribute_conflict", ("02_hk",)) in findings(story(FOLDER))
