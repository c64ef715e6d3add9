"""A central bank's executive board of six in five outlets (``tests/fixtures/ecb_board/``): Taiwan lines
of ``name（English），post，country``, a Hong Kong table of ``姓名 | 職位 | 國籍``, mainland bold-name
paragraphs, English ``Name, Post, Country`` lines and Japanese ``▽post　name（country）`` lines. Planted: a
wrong country (Hong Kong) and a member who left in a new one's place (mainland)."""

from __future__ import annotations

from pipeline.models import Severity
from tests.probe_fixtures import findings, listed, outlets_of, posts, story

FOLDER = "ecb_board"


def test_six_members_read_in_every_layout() -> None:
    """The Taiwan lines ``name（English），post，country`` after ``共有6名成員：`` are read too: 首席經濟學家
    is a post, so every line is a name described by what follows it."""
    assert listed(story(FOLDER)) == {"01_tw": 6, "02_hk": 6, "03_cn": 6, "04_en": 6, "05_ja": 6}
    tw = posts(story(FOLDER), "01_tw")
    assert tw["連恩"] == "首席經濟學家" and tw["拉加德"] == "總裁"


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
    """連恩, 連尼, 连恩, Philip Lane, フィリップ・レーン are one person; the mainland's 帕内塔, left over in
    the place of Cipollone, is linked there by elimination and reported as the item in its place."""
    board = story(FOLDER)
    assert outlets_of(board, "連尼") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}
    assert outlets_of(board, "奇波隆") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}
    assert len(board.entities) == 6


def test_the_departed_member_in_the_new_ones_place_is_one_wrong_item() -> None:
    (found,) = [d for d in story(FOLDER).discrepancies if d.kind == "wrong_item"]
    assert found.sources == ("03_cn",) and found.severity is Severity.ERROR
    assert "法比奥·帕内塔" in found.message and "Piero Cipollone" in found.message


def test_the_two_planted_errors_are_the_findings() -> None:
    """帕内塔 shares one character of six with the names the others print (内, a sound many names use): no
    spelling of theirs, an item in another's place. Schnabel's Austria against the Germany the Taiwan lines
    and the mainland paragraphs print is one attribute error."""
    board = story(FOLDER)
    assert findings(board) == [("attribute_conflict", ("02_hk",)), ("wrong_item", ("03_cn",))]
    (country,) = [d for d in board.discrepancies if d.kind == "attribute_conflict"]
    assert "奧地利" in country.message
    # the English lines' country (where a body would be) and the Japanese lines' bracketed one are places
    assert "04_en" in country.message and "05_ja" in country.message
