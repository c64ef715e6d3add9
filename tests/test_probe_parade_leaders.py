"""People with their country and post (``tests/fixtures/parade_leaders_2025/``): the foreign heads of state
and government at Beijing's parade of 3 September 2025, nine outlets in four languages, each naming some
of the 26 and saying so, read against one expected file per article
(``tests/expected/probes/parade_leaders_2025/``). Planted: a head of government's post for a head of
state's (Taiwan's table), a name left out under a group's count (Hong Kong), a head of government filed
with the heads of state (the mainland page), a wrong total (25 for 26, the Japanese sentence), each found
once. The shapes the story needed read are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims.names import names_in
from pipeline.groups import align_groups
from pipeline.lang.counts import find_counts
from pipeline.models import AttributeKind, Kind, Mention
from sources.registry import parse_path
from tests.probe_fixtures import (
    FIXTURES,
    against,
    expected_file,
    findings,
    items,
    outlets_of,
    printed_name,
    probe_articles,
    story,
)

STORY = "parade_leaders_2025"
ARTICLES = probe_articles(STORY)


def _kind(m: Mention, kind: AttributeKind) -> str:
    return next((a.text for a in m.attributes if a.kind is kind), "")


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [_kind(m, AttributeKind.TITLE) for m in read] == [w["post"] for w in want]
    assert [_kind(m, AttributeKind.PLACE) for m in read] == [w["country"] for w in want]
    assert [_kind(m, AttributeKind.ORGANIZATION) for m in read] == [w.get("body", "") for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    read_article = next(a for a in story(STORY).articles if a.id == article)
    assert read_article.outlet == expected["outlet"]
    # every attribute is the text it was read from; the counts the file quotes are the article's words
    assert all(read_article.text[a.start : a.end] == a.text for m in read for a in m.attributes)
    printed_text = next(FIXTURES.joinpath(STORY).glob(f"{article}.*")).read_text(encoding="utf-8")
    assert all(
        q in printed_text for q in [s["quote"] for s in expected["stated"]] + [expected["whole"]["quote"]]
    )


def test_the_counts_stated_are_the_groups_of_hong_kong_only() -> None:
    """Every outlet names some of the 26 (``等26位``, ``ら26カ国``, ``among the 26``): a count of the
    whole the names are examples of, no count of its list; Hong Kong's headings count its two groups."""
    stated = sorted((h.article, h.group, h.stated) for h in story(STORY).headings if h.stated is not None)
    assert stated == [("03_hk", "外國元首", 9), ("03_hk", "政府首腦", 3)]


def test_the_heads_of_state_are_one_group_in_every_language() -> None:
    result = story(STORY)
    of = {key: g.id for g in result.groups for key in g.members}
    state = {of[key] for key in [("02_tw", "元首"), ("03_hk", "外國元首"), ("07_ja", "国家元首"),
                                 ("08_en", "Heads of state"), ("09_cn", "外国元首")]}  # fmt: skip
    assert len(state) == 1
    assert of[("02_tw", "政府首腦")] == of[("03_hk", "政府首腦")] == of[("09_cn", "政府首脑")] not in state


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("attribute_conflict", ("02_tw",)),
        ("count_conflict", ("06_ja",)),
        ("count_mismatch", ("03_hk",)),
        ("group_conflict", ("09_cn",)),
    ]
    by_kind = {d.kind: d for d in result.discrepancies if d.sources[0] in ("02_tw", "03_hk", "09_cn")}
    post = by_kind["attribute_conflict"]
    assert "普拉伯沃" in post.message and "總理" in post.message and "总统" in post.message
    assert "總理" in post.evidence[0].quote
    short = by_kind["count_mismatch"]
    assert "卢卡申科" in short.message and "9" in short.message
    filed = by_kind["group_conflict"]
    assert "夏巴兹" in filed.message
    for article in ("01_cn", "04_en", "05_en", "07_ja", "08_en"):
        assert against(result, article) == [], article


def test_a_wrong_total_of_the_whole_is_one_finding() -> None:
    """``…ら25カ国の首脳`` closes 06_ja's examples where 02_tw, 03_hk and 07_ja count 26 countries: one
    warning, its 25 quoted (its own headline's 26 aside)."""
    result = story(STORY)
    assert ("count_conflict", ("06_ja",)) in findings(result)
    (found,) = [d for d in result.discrepancies if d.sources == ("06_ja",)]
    assert found.severity == "warning" and "25カ国" in found.evidence[0].quote


def test_the_leaders_printed_by_one_name_link_across_katakana_and_chinese() -> None:
    """The Japanese outlets print four leaders by one name, as the Chinese ones do: each meets the Chinese
    transliteration of equal consonants (and through it, or its Latin family name, the English outlets);
    no entity holds two items of one outlet."""
    result = story(STORY)
    assert {"01_cn", "09_cn", "06_ja"} <= outlets_of(result, "アンワル")
    assert {"01_cn", "02_tw", "04_en", "06_ja", "07_ja"} <= outlets_of(result, "プーチン")
    assert {"01_cn", "05_en", "07_ja"} <= outlets_of(result, "トカエフ")
    assert {"01_cn", "02_tw", "06_ja", "07_ja"} <= outlets_of(result, "プラボウォ")
    for entity in result.entities:
        outlets = [k.split("#")[0] for k in entity.mentions]
        assert len(outlets) == len(set(outlets)), entity.id


def test_the_twelve_leaders_are_twelve_entities() -> None:
    """Leaders printed by a given name (``安瓦尔`` / Anwar Ibrahim, ``夏巴兹`` / Shehbaz Sharif), a Taiwan
    transliteration of other consonants (``安華`` / ``安瓦尔``: hua for wa), names of two consonants
    (``菲佐``, ``武契奇``) and a Vietnamese name in characters (``梁强``) link by the country and post
    printed beside them, each outlet printing one leader of each country (pipeline.matching.context)."""
    result = story(STORY)
    assert len(result.entities) == 12
    assert {"01_cn", "02_tw", "03_hk", "04_en", "06_ja"} <= outlets_of(result, "安華")
    assert {"01_cn", "04_en", "06_ja"} <= outlets_of(result, "シャリフ")
    assert {"01_cn", "02_tw", "05_en", "07_ja"} <= outlets_of(result, "フィツォ")
    assert {"01_cn", "04_en", "06_ja"} <= outlets_of(result, "ブチッチ")


def test_a_korean_name_in_characters_is_heard_by_its_korean_reading() -> None:
    """金正恩 is heard by its Korean reading (geum jeong eun: ``gnsn``) beside a Latin name that romanizes
    it, as Kim Jong Un is, never by it beside a name in pinyin."""
    from pipeline.knowledge.name_sounds import heard_alike, name_sounds

    kim = name_sounds("金正恩", korean=True)
    assert heard_alike(kim, name_sounds("Kim Jong Un")) == 1.0
    assert heard_alike(kim, name_sounds("Jin Zhengen")) == 1.0  # its pinyin, as before
    assert heard_alike(kim, name_sounds("Gan Zhongen")) < 1.0  # pinyin, its Korean skeleton alike


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


@pytest.mark.parametrize(
    ("post", "head"),
    [("總統", "state"), ("大統領", "state"), ("President", "state"), ("国王", "state"),
     ("總理", "government"), ("首相", "government"), ("Prime Minister", "government"),
     ("副總統", ""), ("外交部長", ""), ("leader", "")],
)  # fmt: skip
def test_a_heads_post_is_a_head_of_states_or_of_governments(post: str, head: str) -> None:
    from pipeline.lang.portfolios import head_of

    assert head_of(post) == head


def test_a_heading_closed_by_a_count_in_brackets_and_a_colon_counts_its_group() -> None:
    assert [(c.value, c.counter) for c in find_counts("甲組（9位）：")] == [(9, "位")]
    assert not find_counts("甲國（22位）")  # a place in a ranking


def test_a_table_of_names_beside_a_column_of_countries_lists_the_names(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{c}</td><td>{p}</td><td>{n}</td></tr>"
        for c, p, n in [("甲國", "總統", "張三"), ("乙國", "總理", "李四"), ("丙國", "總統", "王五")]
    )
    html = (
        "<html><body><h1>出席典禮的外國領袖</h1><p>丁報　2025-09-03</p><p>出席的外國領袖如下：</p>"
        f"<table><tr><th>國家</th><th>職稱</th><th>姓名</th></tr>{rows}</table><p>典禮順利結束。</p>"
        "</body></html>"
    )
    read = _read(tmp_path, html, ".html")
    assert [(m.name_zh, _kind(m, AttributeKind.TITLE), _kind(m, AttributeKind.PLACE)) for m in read] == [
        ("張三", "總統", "甲國"),
        ("李四", "總理", "乙國"),
        ("王五", "總統", "丙國"),
    ]


def test_groups_sharing_few_linked_names_align_where_those_are_all_in_one() -> None:
    """An outlet's group three of whose nine names link to the others' (the rest in another script) is
    the others' group when all three sit in it and none in another."""

    def m(article: str, n: int, group: str) -> Mention:
        return Mention(article, Kind.LIST, n, None, f"{article}{n}", "", "", (), "", 0, 0, group=group)

    a = [m("a", k, "甲") for k in range(1, 10)] + [m("a", k, "乙") for k in range(10, 13)]
    b = [m("b", k, "丙") for k in range(1, 10)] + [m("b", k, "丁") for k in range(10, 13)]
    entity_of = {x.key: f"e{x.position}" for x in a}
    entity_of |= {x.key: (f"e{x.position}" if x.position <= 3 else f"f{x.position}") for x in b}
    groups = align_groups([*a, *b], entity_of)
    assert groups.of[("b", "丙")] == groups.of[("a", "甲")]
    assert groups.of[("b", "丁")] != groups.of[("a", "乙")]  # nothing shared: a group of its own


def test_a_count_after_a_name_and_deng_in_prose_ends_the_name() -> None:
    """``乙國總統李四等26人出席``: 等 and the count close the names, 李四 is the person."""
    assert [h.name for h in names_in("甲國總理張三、乙國總統李四等26位外國領導人出席。")] == ["張三", "李四"]


def test_two_posts_of_one_person_joined_by_a_pause_are_one_item(tmp_path: Path) -> None:
    text = (
        "標題\n\n甲報　2025年9月3日\n\n大會舉行。甲國總統張三、乙國勞動黨總書記、國務委員長李四、"
        "丙國總理王五、丁國總統趙六等4位外國領導人出席。\n\n完。\n"
    )
    """``乙國勞動黨總書記、國務委員長李四``, as the mainland's wire prints a leader's two posts: one person
    whose posts the pause joins, in a run the pause parts."""
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == ["張三", "李四", "王五", "趙六"]
    assert _kind(read[1], AttributeKind.TITLE) == "乙國勞動黨總書記、國務委員長"
