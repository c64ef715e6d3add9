"""A cabinet reshuffle (``tests/fixtures/uk_reshuffle/``): twelve people each given a new post, seven
outlets in four languages, read against one expected file per article
(``tests/expected/probes/uk_reshuffle/``). Planted: a person given another listed person's post (Hong
Kong), another person of the same family name in one's place (the Simplified Chinese lines), a person left
out under a stated twelve (Japanese). The shapes the story needed read are tested again below on made-up
names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.posts import FORMER_POST_RE
from pipeline.matching.given_names import given_names_apart
from pipeline.models import AttributeKind, Kind, Mention
from sources.item_titles import is_title
from sources.registry import parse_path
from tests.probe_fixtures import against, errors, expected_file, items, probe_articles, story

STORY = "uk_reshuffle"
ARTICLES = probe_articles(STORY)


def _printed(m: Mention) -> str:
    return m.name_zh or m.name_en


def _posts(m: Mention) -> list[str]:
    """The item's posts now: its titles, a post held before (``原…``) aside."""
    return [
        a.text for a in m.attributes if a.kind is AttributeKind.TITLE and not FORMER_POST_RE.match(a.text)
    ]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [_printed(m) for m in read] == [w["name"] for w in want]
    for m, w in zip(read, want, strict=True):
        assert _posts(m) == [w["attributes"]["title"]], (m, w)
        if "former" in w["attributes"]:
            assert w["attributes"]["former"] in [a.text for a in m.attributes], m
        assert not m.note and not m.aliases, m
    assert len({m.group for m in read}) == 1
    printed = {n for m in story(STORY).mentions if m.article == article for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_twelve_and_the_quote_is_its_own(article: str) -> None:
    result = story(STORY)
    (claim,) = [c for c in result.claims if c.article == article and c.kind == "total"]
    assert claim.stated == 12
    (text,) = [a.text for a in result.articles if a.id == article]
    start = text.index(expected_file(STORY, article)["stated"][0]["quote"])
    assert (
        claim.start < start + len(expected_file(STORY, article)["stated"][0]["quote"]) and start < claim.end
    )


def test_each_person_is_one_entity_across_the_languages() -> None:
    result = story(STORY)
    entity = {link.mention: link.entity for link in result.links}
    people: dict[str, set[str]] = {}
    for article in ARTICLES:
        for m, w in zip(items(result, article), expected_file(STORY, article)["items"], strict=True):
            people.setdefault(w["english"], set()).add(entity[m.key])
    assert all(len(ids) == 1 for ids in people.values()), people
    assert len({next(iter(ids)) for ids in people.values()}) == len(people) == 13


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert errors(result) == [
        ("attribute_conflict", ("02_hk",)),
        ("list_short", ("05_ja",)),
        ("wrong_item", ("03_cn",)),
    ]
    by_kind = {d.kind: d for d in result.discrepancies if d.severity.value == "error"}
    assert "伊薇特·庫珀" in by_kind["attribute_conflict"].message
    assert "內政大臣" in by_kind["attribute_conflict"].message
    assert "阿拉斯泰尔·坎贝尔" in by_kind["wrong_item"].message
    assert "Alan Campbell" in by_kind["wrong_item"].message
    assert "James Murray" in by_kind["list_short"].message
    for article in ("01_tw", "04_en", "06_en", "07_cn"):
        assert against(result, article) == [], article


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


HEAD = "甲國內閣改組\n\n甲報　2025年9月6日\n\n甲國總理5日改組內閣，4名大臣職務調整。\n\n名單如下：\n\n"


@pytest.mark.parametrize(
    ("post", "title"),
    [
        ("科學、創新及科技大臣", True),
        ("住房、社區和地方政府大臣", True),
        ("張三、李四", False),
        ("外交部長、國防部長", False),
    ],
)
def test_a_post_of_fields_joined_by_the_enumeration_comma_is_one_title(post: str, title: bool) -> None:
    assert is_title(post) is title


def test_post_colon_name_lines_read_a_post_with_an_enumeration_comma(tmp_path: Path) -> None:
    text = HEAD + "外交大臣：張三\n內政大臣：李四\n科學、創新及科技大臣：王五\n環境大臣：趙六\n"
    read = _read(tmp_path, text)
    assert [(m.name_zh, _posts(m)) for m in read] == [
        ("張三", ["外交大臣"]),
        ("李四", ["內政大臣"]),
        ("王五", ["科學、創新及科技大臣"]),
        ("趙六", ["環境大臣"]),
    ]


def test_a_bracketed_post_with_an_enumeration_comma_is_one_post(tmp_path: Path) -> None:
    text = HEAD.replace("名單如下：\n\n", "") + (
        "調動涉及4人，包括張三（外交大臣）、李四（內政大臣）、王五（科學、創新及科技大臣）及趙六（黨鞭長）。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, _posts(m)) for m in read] == [
        ("張三", ["外交大臣"]),
        ("李四", ["內政大臣"]),
        ("王五", ["科學、創新及科技大臣"]),
        ("趙六", ["黨鞭長"]),
    ]


def test_two_posts_in_one_bracket_are_still_two(tmp_path: Path) -> None:
    """Guard: ``張三（外交部長、國防部長）``: two posts of the one person, each a title."""
    text = HEAD + "張三（外交部長、國防部長）\n李四（內政部長）\n王五（財政部長）\n"
    (first, *_) = _read(tmp_path, text)
    assert [a.text for a in first.attributes] == ["外交部長", "國防部長"]


BECOMES = """Aland reshuffle: who got which job

Borduria Wire, September 5, 2025

Four ministers took new jobs:

Jane Roe becomes Deputy Prime Minister and Justice Secretary.
John Doe becomes Foreign Secretary.
Mary Major is named Chief Whip.
Richard Miles becomes Chief Secretary to the Treasury.

The changes take effect at once.
"""


def test_name_becomes_post_lines_are_a_list_of_people_and_their_posts(tmp_path: Path) -> None:
    read = _read(tmp_path, BECOMES)
    assert [(m.name_en, _posts(m)) for m in read] == [
        ("Jane Roe", ["Deputy Prime Minister and Justice Secretary"]),
        ("John Doe", ["Foreign Secretary"]),
        ("Mary Major", ["Chief Whip"]),
        ("Richard Miles", ["Chief Secretary to the Treasury"]),
    ]


def test_a_sentence_that_becomes_no_post_is_no_item(tmp_path: Path) -> None:
    """Guard: ``Jane Roe becomes the face of Acme.``: no title noun after the verb, a sentence."""
    text = BECOMES.replace("Mary Major is named Chief Whip.", "Mary Major becomes the face of Acme Corp.")
    assert "Mary Major" not in {m.name_en for m in _read(tmp_path, text)}


BOLD_POSTS = """<html><head><meta charset="utf-8"><title>甲国内阁改组</title></head><body><div>
<h1>甲国内阁改组名单</h1><p>甲国总理5日宣布内阁改组，4名大臣职务变动：</p>
<p><strong>外交大臣</strong>　张三（原内政大臣）</p>
<p><strong>内政大臣</strong>　李四（原党鞭长）</p>
<p><strong>党鞭长</strong>　王五（原外交大臣）</p>
<p><strong>环境大臣</strong>　赵六</p>
<p>财政大臣留任。</p></div></body></html>
"""


def test_bold_posts_opening_paragraphs_are_the_posts_of_the_names_after_them(tmp_path: Path) -> None:
    read = _read(tmp_path, BOLD_POSTS, ".html")
    assert [(m.name_zh, _posts(m)) for m in read] == [
        ("张三", ["外交大臣"]),
        ("李四", ["内政大臣"]),
        ("王五", ["党鞭长"]),
        ("赵六", ["环境大臣"]),
    ]
    assert [a.text for a in read[1].attributes if FORMER_POST_RE.match(a.text)] == ["原党鞭长"]


def test_bold_names_opening_paragraphs_are_still_the_names(tmp_path: Path) -> None:
    """Guard: ``<p><b>Jane Roe</b>, judge</p>``: a bold name, its post after it."""
    page = BOLD_POSTS.replace(
        "<strong>外交大臣</strong>　张三（原内政大臣）", "<strong>张三</strong>，外交大臣"
    )
    page = page.replace("<strong>内政大臣</strong>　李四（原党鞭长）", "<strong>李四</strong>，内政大臣")
    page = page.replace("<strong>党鞭长</strong>　王五（原外交大臣）", "<strong>王五</strong>，党鞭长")
    page = page.replace("<strong>环境大臣</strong>　赵六", "<strong>赵六</strong>，环境大臣")
    assert [m.name_zh for m in _read(tmp_path, page, ".html")] == ["张三", "李四", "王五", "赵六"]


def test_a_column_of_previous_posts_is_no_title(tmp_path: Path) -> None:
    page = """<html><head><meta charset="utf-8"><title>Aland reshuffle</title></head><body><article>
<p>The four ministers who moved:</p>
<table><tr><th>New post</th><th>Name</th><th>Previous post</th></tr>
<tr><td>Foreign Secretary</td><td>Jane Roe</td><td>Home Secretary</td></tr>
<tr><td>Home Secretary</td><td>John Doe</td><td>Justice Secretary</td></tr>
<tr><td>Justice Secretary</td><td>Mary Major</td><td>Chief Whip</td></tr>
<tr><td>Chief Whip</td><td>Richard Miles</td><td>Foreign Secretary</td></tr>
</table></article></body></html>
"""
    read = _read(tmp_path, page, ".html")
    assert [(m.name_en, _posts(m)) for m in read] == [
        ("Jane Roe", ["Foreign Secretary"]),
        ("John Doe", ["Home Secretary"]),
        ("Mary Major", ["Justice Secretary"]),
        ("Richard Miles", ["Chief Whip"]),
    ]
    assert [a.kind for a in read[0].attributes if a.text == "Home Secretary"] == [AttributeKind.OTHER]


def test_deputy_before_capitals_is_a_post_not_an_acronym(tmp_path: Path) -> None:
    text = BECOMES.replace(
        "Four ministers took new jobs:", "Jane Roe is now deputy PM. Four ministers took new jobs:"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert "PM" not in {m.acronym for m in parse_path(path).mentions}


def _person(article: str, name_zh: str) -> Mention:
    return Mention(article, Kind.LIST, 1, None, name_zh, "", "", (), "", 0, len(name_zh))


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("阿爾伯特·羅伊", "艾倫·羅伊", True),  # two people of one family name
        ("約翰·羅伊", "约翰·罗伊", False),  # one name in two scripts
        ("麥克·羅伊", "邁克·羅伊", False),  # one given name heard two ways
        ("克里斯·羅伊", "克里斯托弗·羅伊", False),  # a short form
        ("占士·羅伊", "詹姆斯·羅伊", False),  # a regional form, about as long
    ],
)
def test_given_names_that_cannot_be_one_name_are_kept_apart(a: str, b: str, apart: bool) -> None:
    pairs = given_names_apart([_person("x", a), _person("y", b)])
    assert (pairs == [(0, 1)]) is apart


def test_a_katakana_given_name_is_held_apart_only_where_the_chinese_name_two_people() -> None:
    alone = [_person("x", "阿爾伯特·羅伊"), _person("y", "アラン・ロイ")]
    assert given_names_apart(alone) == []
    both = [*alone, _person("z", "艾倫·羅伊")]
    assert (0, 1) in given_names_apart(both)
