"""People in two groups, transliterated in every script (``tests/fixtures/prisoner_swap_2024/``): the
prisoner exchange in Ankara of 1 August 2024, nine outlets in four languages, each naming some or all of
the 24 people freed (16 by Russia and Belarus, 8 by five Western countries), read against one expected
file per article (``tests/expected/probes/prisoner_swap_2024/``). Planted: a name left out under a
group's count (Hong Kong's 15 under ``（16人）``), a person filed under the wrong group (Taiwan's 克留申
among those Russia freed), a wrong nationality (the mainland table's 奥地利 for 克里格), a miscount in a
heading (the Japanese ``（7人）`` over eight), each found once. The shapes the story needed read are tested
again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.romanized import family_first
from pipeline.knowledge.sound import latin_forms, similarity
from pipeline.models import Kind, Mention
from sources.registry import parse_path
from tests.probe_fixtures import (
    FIXTURES,
    errors,
    expected_file,
    findings,
    items,
    outlets_of,
    printed_name,
    probe_articles,
    story,
)

STORY = "prisoner_swap_2024"
ARTICLES = probe_articles(STORY)
# articles whose items are left unread or read without some of the words printed around them
_UNREAD = {
    "01_cn": "an inline run of people each described by a calling no post word knows "
    "(`美国前海军陆战队员惠兰`, `俄罗斯反对派政治人物卡拉-穆尔扎`, `德国公民克里格`), "
    "or by none (`包括张三、李四、王五等16人`), is left unread: no word parts such a calling "
    "from the transliterated name after it; `公民` closes the last piece as it closes "
    "`…和丁國公民入境` (`德国公民克里格` read `德国`); the run of bare names, marked examples "
    "of the 16, is kept by no cue; the group (`俄罗斯和白俄罗斯释放的包括`) is no label of "
    "the run, and a lead that lists countries with `、` (`美国、德国、波兰…释放的包括`) "
    "splits the second run's first piece",
}
_PART_READ = _UNREAD


def _said(m: Mention) -> list[str]:
    """What an item's article prints with it: its attributes, then its note."""
    return [a.text for a in m.attributes] + ([m.note] if m.note else [])


def _marked(articles: list[str], gaps: dict[str, str]) -> list[object]:
    return [
        pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=gaps[a])) if a in gaps else a
        for a in articles
    ]


@pytest.mark.parametrize("article", _marked(ARTICLES, _UNREAD))
def test_each_article_lists_its_people_under_their_groups(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    assert [(printed_name(m), m.group) for m in read] == [(w["name"], w["group"]) for w in expected["items"]]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    read_article = next(a for a in story(STORY).articles if a.id == article)
    assert read_article.outlet == expected["outlet"]
    text = next(FIXTURES.joinpath(STORY).glob(f"{article}.*")).read_text(encoding="utf-8")
    assert all(q in text for q in [s["quote"] for s in expected["stated"]] + [expected["whole"]["quote"]])


@pytest.mark.parametrize("article", _marked(ARTICLES, _PART_READ))
def test_each_persons_words_are_kept_apart_from_the_name(article: str) -> None:
    """An age, a nationality, an occupation, the country that held the person: each as printed, none in
    the name."""
    read = items(story(STORY), article)
    assert [_said(m) for m in read] == [w["attributes"] for w in expected_file(STORY, article)["items"]]
    read_article = next(a for a in story(STORY).articles if a.id == article)
    assert all(read_article.text[a.start : a.end] == a.text for m in read for a in m.attributes)


def test_the_group_counts_are_those_the_headings_state() -> None:
    stated = sorted((h.article, h.group, h.stated) for h in story(STORY).headings if h.stated is not None)
    assert stated == [
        ("03_hk", "俄方釋放", 16),
        ("03_hk", "西方釋放", 8),
        ("04_en", "Released by Russia and Belarus", 16),
        ("04_en", "Released by the United States, Germany, Poland, Slovenia and Norway", 8),
        ("06_ja", "米欧側が解放", 7),
        ("08_en", "", 8),
        ("09_cn", "", 24),
    ]


def test_the_two_groups_are_aligned_across_languages() -> None:
    result = story(STORY)
    of = {key: g.id for g in result.groups for key in g.members}
    russia = {of[k] for k in [("02_tw", "俄羅斯與白俄羅斯釋放"), ("03_hk", "俄方釋放"),
                              ("04_en", "Released by Russia and Belarus"), ("06_ja", "ロシア側が解放"),
                              ("09_cn", "俄方释放")]}  # fmt: skip
    west = {of[k] for k in [("02_tw", "西方國家釋放"), ("03_hk", "西方釋放"), ("06_ja", "米欧側が解放"),
                            ("04_en", "Released by the United States, Germany, Poland, Slovenia and Norway"),
                            ("09_cn", "西方释放")]}  # fmt: skip
    assert len(russia) == len(west) == 1 and russia != west


def test_the_planted_errors_are_found_once_each() -> None:
    result = story(STORY)
    assert errors(result) == [
        ("attribute_conflict", ("09_cn",)),
        ("count_mismatch", ("03_hk",)),
        ("count_mismatch", ("06_ja",)),
        ("group_conflict", ("02_tw",)),
    ]
    by = {(d.kind, d.sources[0]): d for d in result.discrepancies if d.severity == "error"}
    assert "克里格" in by[("attribute_conflict", "09_cn")].message
    assert "奥地利" in by[("attribute_conflict", "09_cn")].message
    short = by[("count_mismatch", "03_hk")]
    assert "16" in short.message and "莫伊热斯" in short.message
    assert "7" in by[("count_mismatch", "06_ja")].message
    assert "克留申" in by[("group_conflict", "02_tw")].message


@pytest.mark.xfail(
    strict=True,
    reason="a warning against an outlet with nothing planted: 08_en's `(Germany)`, the country that "
    "held each person, is read as a place and set against the nationalities others print (a warning "
    "that the column means something else, which it does)",
)
def test_nobody_else_is_warned() -> None:
    assert findings(story(STORY)) == errors(story(STORY))


def test_people_written_in_four_scripts_are_one_entity_each() -> None:
    """The 24 become 25 entities: 23 people each one entity across the scripts that print them (格什科维奇 /
    蓋希科維奇 / ゲルシコビッチ / Gershkovich, 卡拉-穆尔扎 / 卡拉穆爾札 / カラムルザ / Kara-Murza, 莫伊热斯 /
    Moyzhes; 利克 / Kevin Lik, a family name of two consonants, and 法捷耶娃 / Ksenia Fadeeva, a Russian soft
    d written 捷), no entity holding two people."""
    result = story(STORY)
    assert outlets_of(result, "Evan Gershkovich") == {
        "02_tw",
        "03_hk",
        "04_en",
        "05_en",
        "06_ja",
        "07_ja",
        "09_cn",
    }
    assert outlets_of(result, "Alsu Kurmasheva") == {"02_tw", "03_hk", "04_en", "05_en", "06_ja", "09_cn"}
    assert outlets_of(result, "Rico Krieger") == {"02_tw", "03_hk", "04_en", "05_en", "06_ja", "09_cn"}
    assert outlets_of(result, "Anna Dultseva") == {"02_tw", "03_hk", "04_en", "06_ja", "08_en", "09_cn"}
    assert outlets_of(result, "Artem Dultsev") == {"02_tw", "03_hk", "04_en", "06_ja", "08_en", "09_cn"}
    assert outlets_of(result, "Vladimir Kara-Murza") == {
        "02_tw",
        "03_hk",
        "04_en",
        "05_en",
        "06_ja",
        "07_ja",
        "09_cn",
    }
    assert outlets_of(result, "German Moyzhes") == {"04_en", "09_cn"}
    assert outlets_of(result, "Kevin Lik") == {"03_hk", "04_en", "09_cn"}
    assert outlets_of(result, "Ksenia Fadeeva") == {"03_hk", "04_en", "09_cn"}
    assert len(result.entities) <= 25
    for entity in result.entities:
        outlets = [k.split("#")[0] for k in entity.mentions]
        assert len(outlets) == len(set(outlets)), entity.id


def test_the_24_people_are_24_entities() -> None:
    """``ポール・ウィーラン`` is Paul Whelan's: 沃罗宁 (Voronin, printed alone), heard in its family name by
    the skeleton (``wln``) but not by the first vowel (wo against wi), counts less than his whole name
    heard whole (pipeline.matching.one_word.vowels_apart; before, 0.72 against 0.8: the link lacked its
    margin, the katakana name founded an entity of its own and ``ウィーラン`` joined it)."""
    assert len(story(STORY).entities) == 24


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


def _lines(body: str) -> str:
    return f"Who was freed\n\nBy Staff, Aland Wire\nAugust 1, 2024\n\nThey were:\n\n{body}\nThe end.\n"


def test_a_name_then_an_age_then_what_the_person_is(tmp_path: Path) -> None:
    """``- Jane Roe, 32, Aland Post reporter``: the name, its age, and what the person is, whatever the
    words (an occupation, a nationality), not part of the name."""
    read = _read(
        tmp_path,
        _lines(
            "Released by Aland (3):\n- Jane Roe, 32, Aland Post reporter\n- John Doe, 54, former marine\n"
            "- Peter Poe, 38, Bordurian\n"
        ),
    )
    assert [(m.name_en, _said(m)) for m in read] == [
        ("Jane Roe", ["32", "Aland Post reporter"]),
        ("John Doe", ["54", "former marine"]),
        ("Peter Poe", ["38", "Bordurian"]),
    ]


def test_a_name_then_a_calling_in_lower_case(tmp_path: Path) -> None:
    """``Jane Roe, spy``, ``John Doe (Aland), hacker``: a word or two in lower case after a name's comma say
    what the person is."""
    html = (
        "<html><body><h1>Freed</h1><p>Carpathia Times, August 2, 2024</p><p>They are:</p><ul>"
        "<li>Jane Roe, spy</li><li>John Doe (Borduria), hacker</li><li>Peter Poe, retired teacher</li>"
        "</ul><p>The end.</p></body></html>"
    )
    read = _read(tmp_path, html, ".html")
    assert [m.name_en for m in read] == ["Jane Roe", "John Doe", "Peter Poe"]
    assert [[a.text for a in m.attributes if a.text != "Borduria"] for m in read] == [
        ["spy"],
        ["hacker"],
        ["retired teacher"],
    ]


def test_the_word_for_a_prisoner_after_a_japanese_name_is_no_part_of_it(tmp_path: Path) -> None:
    """``ジェーン・ロー受刑者``, ``ジョン・ドウ被告``: what the press writes in place of 氏 after the name of
    someone jailed or tried, left out of the name as 氏 is."""
    text = (
        "解放された人物\n\n丁日報　2024年8月2日\n\n主な人物は次の通り。\n\n【甲国側が解放】\n"
        "▽ジェーン・ロー受刑者（スパイ）\n▽ジョン・ドウ被告（ハッカー）\n▽ピーター・ポー氏（記者）\n\n以上。\n"
    )
    assert [(m.name_zh, _said(m)) for m in _read(tmp_path, text)] == [
        ("ジェーン・ロー", ["スパイ"]),
        ("ジョン・ドウ", ["ハッカー"]),
        ("ピーター・ポー", ["記者"]),
    ]


def test_a_bracketed_heading_keeps_both_brackets_in_its_label(tmp_path: Path) -> None:
    text = (
        "名簿\n\n丁日報　2024年8月2日\n\n次の通り。\n\n【甲国側が解放】\n▽ジェーン・ロー氏（記者）\n"
        "▽ジョン・ドウ氏（画家）\n\n【乙国側が解放（2人）】\n▽ピーター・ポー氏（学生）\n▽メアリー・メイ氏（医師）\n\n以上。\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert [(h.label, h.group) for h in parse_path(path).headings] == [
        ("【甲国側が解放】", "甲国側が解放"),
        ("【乙国側が解放（2人）】", "乙国側が解放"),
    ]


def test_a_parenthesis_of_nationalities_then_a_calling_after_a_chinese_name(tmp_path: Path) -> None:
    """``張三（德國、俄羅斯，學生）``: the countries and what the person is, though no post word says so;
    ``李四（德國）``: the country alone, no part of the name."""
    text = (
        "名單\n\n丙港日報　2024年8月2日\n\n獲釋人士名單如下。\n\n【甲方釋放】（3人）\n"
        "張三（德國、俄羅斯，學生）\n李四（德國）\n王五（英國，畫家）\n\n完。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, _said(m)) for m in read] == [
        ("張三", ["德國", "俄羅斯", "學生"]),
        ("李四", ["德國"]),
        ("王五", ["英國", "畫家"]),
    ]


def test_a_country_in_brackets_after_a_place_stays_part_of_its_name() -> None:
    """A place, then the country whose it is: the name printed whole; a country after a person's name is
    where the person is from, a note."""
    from sources.layouts._item import parse_item

    assert parse_item("格陵蘭（丹麥）").name_zh == "格陵蘭（丹麥）"
    assert (parse_item("張三（丹麥）").name_zh, parse_item("張三（丹麥）").note) == ("張三", "丹麥")


def test_japanese_people_closed_by_ra_and_a_count(tmp_path: Path) -> None:
    """``…のロー記者、…のジョン・ドウ氏、…のピーター・ポー氏ら16人を解放した``: examples of sixteen, each a
    katakana name after what the person is and の (the first one's body at length); ら closes the last
    name, no part of it."""
    text = (
        "甲国、16人解放\n\n戊新聞　2024年8月2日\n\n"
        "甲国は1日、乙紙アランド・タイムズのロー記者、元海兵隊員のジョン・ドウ氏、野党政治家のピーター・ポー氏ら"
        "16人を解放した。\n\n以上。\n"
    )
    assert [m.name_zh for m in _read(tmp_path, text)] == ["ロー", "ジョン・ドウ", "ピーター・ポー"]


# --- names across scripts: the sounds a rule hears, and two people never linked ----------------------


def test_an_r_after_a_vowel_is_heard_in_names_of_other_languages() -> None:
    """Borduria-style names sound their ``r`` (``爾``, ``ル``), where English Carter drops it: both forms."""
    assert similarity("庫爾馬德娃", "Jane Kurmadeva") == 1.0
    assert "gnsw" in latin_forms("Jane Kurmasheva") and "glnsw" in latin_forms("Jane Kurmasheva")


def test_an_english_wh_is_heard_h_by_chinese_outlets() -> None:
    assert similarity("惠蘭", "John Whelan") == 1.0
    assert similarity("韋蘭", "John Whelan") == 1.0  # the w of the English spelling is kept too


def test_a_zh_is_heard_as_the_r_of_pinyin() -> None:
    assert similarity("莫伊熱斯", "John Moyzhes") == 1.0
    assert latin_forms("Zhang Sanfeng") == ("jnsnfn", "snfn")  # a name in pinyin is read by pinyin alone


def test_a_hyphenated_chinese_family_name_reads_family_name_first() -> None:
    """``卡拉-博爾杜``: a family name of two parts (Kara-Bordu), never set against a whole English name
    whose given name happens to fold to the same consonants."""
    assert family_first("卡拉-博爾杜") and not family_first("珍·卡拉-博爾杜")
    assert latin_forms("Jane Kara-Bordu", family=True) == ("glbd", "glbld")


def test_a_mans_and_a_womans_form_of_one_family_name_stay_two_people() -> None:
    """``杜爾采夫`` and ``杜爾采娃`` (Dultsev, Dultseva): a husband's and a wife's name, never one."""
    assert similarity("博爾采娃", "Jane Borseva") >= 0.8 > similarity("博爾采娃", "John Borsev")
    assert similarity("博爾采夫", "John Borsev") >= 0.8 > similarity("博爾采夫", "Jane Borseva")


def test_some_of_those_as_follows_is_a_selection() -> None:
    """``本報整理部分獲釋者如下：`` (some of those freed, as follows): the list under it is a selection, not
    the whole its article counts; some of the items doing something is no selection."""
    from pipeline.lang.leads import MAIN_ONES_RE

    assert MAIN_ONES_RE.search("本報整理部分獲釋者如下：") and MAIN_ONES_RE.search("本报整理部分获释者如下：")
    assert not MAIN_ONES_RE.search("部分國家獲下調，名單如下：")
