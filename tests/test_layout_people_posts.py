"""People with their posts, in the shapes Chinese and Japanese outlets print a new cabinet: appointments
said with a verb in a sentence, post-then-name lines and tables, Japanese posts shortened to ``…相``, and a
party column. Fixtures in ``tests/fixtures/layouts/`` (made up); the expected readings are written from
reading them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Kind
from sources.item_appointments import appointed
from sources.item_titles import is_title
from sources.layouts._inline_pieces import split_final
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"


def _read(name: str) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    result = parse_path(LAYOUTS / name)
    return [
        (m.label, m.group, tuple((a.kind.value, a.text) for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


def _people(names: str, posts: str) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    return [(n, "", (("title", p),)) for n, p in zip(names.split(), posts.split(), strict=True)]


def test_appointments_in_a_simplified_chinese_sentence() -> None:
    """``李四留任外交部长，王五出任财政部长，…，由孙七出任司法部长``: the premier in the lead-in is
    who appoints them, not one of the list."""
    assert _read("appointments_cn.txt") == _people(
        "李四 王五 赵六 孙七", "外交部长 财政部长 国防部长 司法部长"
    )


def test_posts_given_to_people_in_a_traditional_chinese_sentence() -> None:
    """``外交部長由李四續任，…，國防部長一職由趙六擔任``: the post first, the person after 由."""
    assert _read("appointments_tw.txt") == _people(
        "李四 王五 趙六 孫七", "外交部長 財政部長 國防部長 司法部長"
    )
    assert parse_path(LAYOUTS / "appointments_tw.txt").article.outlet == "示例日報"  # after the date


def test_posts_given_with_ni_in_a_japanese_sentence() -> None:
    """``外相に李四氏、財務相に王五氏、…を起用した``: the honorific and the verb are no part of a name."""
    assert _read("appointments_ja.txt") == _people("李四 王五 趙六 孫七", "外相 財務相 防衛相 法相")


def test_japanese_post_then_name_lines_under_a_dateline() -> None:
    """``首相　張三`` lines: the column of posts is what the people hold, and the dateline above the lead-in
    (``2031年5月2日　例示新報``) is no row of the table."""
    assert _read("posts_then_names_ja.txt") == _people(
        "張三 李四 王五 趙六 孫七", "首相 外相 財務相 防衛相 法相"
    )
    assert parse_path(LAYOUTS / "posts_then_names_ja.txt").article.outlet == "例示新報"


def test_post_colon_name_bullets_with_japanese_style_posts() -> None:
    assert _read("posts_colon_names_hk.txt") == _people(
        "張三 李四 王五 趙六 孫七", "總理 外相 財務相 防衛相 法相"
    )


def test_a_party_column_describes_each_person_and_files_no_group() -> None:
    """``職務 | 姓名 | 黨籍``: the party is each person's own (an attribute), not the group the list files
    them under."""
    assert _read("party_column_tw.html") == [
        (name, "", (("title", post), ("other", party)))
        for name, post, party in (
            ("張三", "總理", "甲黨"),
            ("李四", "外交部長", "甲黨"),
            ("王五", "財政部長", "乙黨"),
            ("趙六", "國防部長", "甲黨"),
            ("孫七", "司法部長", "無黨籍"),
        )
    ]


@pytest.mark.parametrize("post", ["外相", "財務相", "経済産業相", "法相", "首相"])
def test_a_japanese_ministers_post_standing_alone_is_a_title(post: str) -> None:
    assert is_title(post)


@pytest.mark.parametrize(
    "text",
    [
        "其中",
        "甲國對乙國加徵關稅",
        "張三任李四",
        "甲国新任总理张三1日组建新内阁",
        "外交部長由甲國",
        "外相に会う",
    ],
)
def test_what_is_no_appointment(text: str) -> None:
    assert appointed(text, 0, len(text)) is None


def test_an_appointment_gives_the_name_and_its_post() -> None:
    text = "國防部長一職由趙六擔任"
    split = appointed(text, 0, len(text))
    assert split is not None
    assert text[split.name_start : split.name_end] == "趙六"
    assert [(a.kind, a.text) for a in split.attributes] == [(AttributeKind.TITLE, "國防部長")]


def test_english_posts_naming_a_ministry_by_its_areas() -> None:
    """``Economy, Trade and Industry Minister: Peter Smith``: the commas are the post's own."""
    people = [
        ("Jane Roe", "Prime Minister"),
        ("John Doe", "Foreign Minister"),
        ("Peter Smith", "Economy, Trade and Industry Minister"),
        ("Mary Major", "Health, Labor and Welfare Minister"),
        ("Richard Miles", "Justice Minister"),
    ]
    assert _read("posts_colon_names_en.txt") == [(name, "", (("title", post),)) for name, post in people]


def test_a_joiner_inside_the_last_items_post_parts_no_items() -> None:
    """``…、政制及內地事務局局長王五；`` and ``…、海關及邊境局局長孫七和司法部長周八``: the 及 of a post is no
    joiner of two items, whether the post's item ends its group or another item follows it."""
    assert _read("posts_joiner_in_last_post.txt") == [
        ("張三", "被制裁的乙國官員", (("title", "外交部長"),)),
        ("李四", "被制裁的乙國官員", (("title", "財政部長"),)),
        ("王五", "被制裁的乙國官員", (("title", "政制及內地事務局局長"),)),
        ("趙六", "丙國官員", (("title", "國防部長"),)),
        ("孫七", "丙國官員", (("title", "海關及邊境局局長"),)),
        ("周八", "丙國官員", (("title", "司法部長"),)),
    ]


@pytest.mark.parametrize("name", ["posts_joined_people_zh_hant.txt", "posts_joined_people_zh_hans.txt"])
def test_two_people_after_posts_of_their_own_joined_by_and(name: str) -> None:
    """``…、乙國學者陳七和律師周八等6人`` (and 及 in Simplified): the joiner parts two people, each after a
    post of their own, rather than ending the fifth person's post; all six are read."""
    people = [(m[0], m[2]) for m in _read(name)]
    assert len(people) == 6
    assert [n for n, _ in people][4:] in (["陳七", "周八"], ["陈七", "周八"])
    assert people[4][1] in ((("title", "乙國學者"),), (("title", "乙国学者"),))
    assert people[5][1] in ((("title", "律師"),), (("title", "律师"),))


@pytest.mark.parametrize(
    ("piece", "halves"),
    [
        ("甲國學者陳七和律師周八", ["甲國學者陳七", "律師周八"]),
        ("甲国学者陈七与律师周八", ["甲国学者陈七", "律师周八"]),
        ("教授張三及律師李四", ["教授張三", "律師李四"]),
        # a joiner inside one post joins no people
        ("乙和丙事務大臣李四", ["乙和丙事務大臣李四"]),
        ("外交和國防事務大臣李四", ["外交和國防事務大臣李四"]),
        ("政制及內地事務局局長張三", ["政制及內地事務局局長張三"]),
        # an aide of a post holder is no name after the post
        ("部長秘書和律師周八", ["部長秘書和律師周八"]),
        ("主席助理及律師周八", ["主席助理及律師周八"]),
    ],
)
def test_where_a_joiner_parts_the_last_piece(piece: str, halves: list[str]) -> None:
    assert [piece[a:b] for a, b in split_final(piece, 0, len(piece))] == halves


def test_a_company_with_and_in_its_name_stays_one_item(tmp_path: Path) -> None:
    path = tmp_path / "companies.txt"
    path.write_text(
        "甲國制裁4家企業\n\n甲國宣布對甲和乙公司、丙丁公司、戊己公司和庚辛公司等4家企業實施制裁。\n"
    )
    names = [m.label for m in parse_path(path).mentions if m.kind is Kind.LIST]
    assert names == ["甲和乙公司", "丙丁公司", "戊己公司", "庚辛公司"]
