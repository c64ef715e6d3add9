"""Korean names in three scripts (``tests/fixtures/korea_election_2025/``, its README.md says what is
planted where): the four candidates of South Korea's presidential election of June 3, 2025, eight outlets
in English, Traditional Chinese of Taiwan and of Hong Kong, Simplified Chinese and Japanese, shares and
votes in tables and lines, the names romanized by their Korean reading in English and printed in
characters elsewhere. Planted: a wrong party (02_en), a candidate left out under ``4名`` (04_hk), two
shares swapped (05_cn), a share that makes the four exceed 100% (06_ja). The shapes the story needed are
tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Mention, Severity
from pipeline.run import reconcile
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    expected_file,
    findings,
    items,
    outlets_of,
    printed_name,
    probe_articles,
    story,
)

STORY = "korea_election_2025"
ARTICLES = probe_articles(STORY)


def _read(article: str) -> list[Mention]:
    return items(story(STORY), article)


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, each share and vote count as printed, its number, its unit and its column."""
    expected = expected_file(STORY, article)
    read, want = _read(article), expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [[(v.raw, v.unit, v.column) for v in m.values] for m in read] == [
        [(x["printed"], x["unit"], x["column"]) for x in w["values"]] for w in want
    ]
    assert [[v.number for v in m.values] for m in read] == [
        [pytest.approx(x["number"]) for x in w["values"]] for w in want
    ]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert not {n for m in read for n in (m.name_zh, m.name_en)} & set(expected["not_items"])
    assert next(a for a in story(STORY).articles if a.id == article).outlet == expected["outlet"]


def _party(m: Mention) -> str:
    return next((a.text for a in m.attributes if a.kind in (AttributeKind.OTHER, AttributeKind.TAG)), "")


@pytest.mark.parametrize("article", ARTICLES)
def test_each_candidates_party_is_read_as_printed(article: str) -> None:
    assert [_party(m) for m in _read(article)] == [w["party"] for w in expected_file(STORY, article)["items"]]


@pytest.mark.parametrize("article", [a for a in ARTICLES if a != "01_en"])
def test_each_article_states_the_count_its_expected_file_says(article: str) -> None:
    """``4名候選人``, ``4候補``, ``４候補`` (a Japanese counter of candidates), ``the four candidates``."""
    assert_counts_as_expected(STORY, article)


@pytest.mark.parametrize(
    ("name", "outlets"),
    [
        ("Lee Jae-myung", {"01_en", "02_en", "03_tw", "04_hk", "05_cn", "06_ja", "07_ja", "08_en"}),
        ("Kim Moon-soo", {"01_en", "02_en", "03_tw", "04_hk", "05_cn", "06_ja", "07_ja", "08_en"}),
        ("Lee Jun-seok", {"01_en", "02_en", "03_tw", "04_hk", "05_cn", "06_ja", "07_ja", "08_en"}),
        ("Kwon Young-kook", {"01_en", "02_en", "03_tw", "05_cn", "06_ja", "07_ja", "08_en"}),
    ],
)
def test_each_candidate_is_one_entity_in_every_script(name: str, outlets: set[str]) -> None:
    """The characters (李在明, 權英國 / 权英国 / 権英国) meet the English names by their Korean reading: four
    entities, each holding every outlet that lists the candidate, two candidates of one family name (李)
    kept apart."""
    result = story(STORY)
    assert len(result.entities) == 4
    assert outlets_of(result, name) == outlets


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("attribute_conflict", ("02_en",)),
        ("list_short", ("04_hk",)),
        ("value_conflict", ("05_cn",)),
        ("value_conflict", ("06_ja",)),
    ]
    by_source = {d.sources: d for d in result.discrepancies}
    assert "權英國" in by_source[("04_hk",)].message or "権英国" in by_source[("04_hk",)].message
    swapped = by_source[("05_cn",)]
    assert swapped.severity is Severity.ERROR and "李俊锡" in swapped.message and "权英国" in swapped.message
    assert "45.15%" in by_source[("06_ja",)].message
    party = by_source[("02_en",)]  # 01_en and 08_en both give him the Reform Party
    assert party.severity is Severity.ERROR and "People Power Party" in party.message
    for article in ("01_en", "03_tw", "07_ja"):
        assert against(result, article) == [], article


# --- the shapes, on made-up names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [("金甲乙", "Kim Gap-eul"), ("金甲乙", "Kim Gap Eul"), ("李四", "Lee Sa"), ("李四", "Rhee Sa"),
     ("朴甲乙", "Park Gap-eul"), ("朴甲乙", "Pak Kap-ul"), ("张三", "Jang Sam")],
)  # fmt: skip
def test_a_korean_name_in_characters_is_its_korean_reading_romanized(chinese: str, latin: str) -> None:
    """Each character by its Sino-Korean syllable (hanja: 金 김/금, 李 리 → 이, 甲 갑, 乙 을), the family
    name by its conventional spellings (Lee, Rhee; Park, Pak), Simplified characters as Traditional."""
    from pipeline.knowledge.korean_names import korean_alike

    assert korean_alike(chinese, latin)


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [("金甲乙", "Kim Gap-sam"), ("金甲乙", "Kim Gap"), ("李四", "Li Si"), ("李四", "Yi Sa"),
     ("張三", "Zhang San"), ("張三", "Chang San"), ("金甲乙", "Jane Roe")],
)  # fmt: skip
def test_a_name_that_is_not_the_korean_reading_is_not_heard_by_it(chinese: str, latin: str) -> None:
    """Another given name, a syllable short, and names in pinyin or Wade-Giles (a Chinese person's, heard
    by the Mandarin reading: ``Yi Sa`` too, though 이사 may be romanized so) or in English are not a Korean
    reading."""
    from pipeline.knowledge.korean_names import korean_alike

    assert not korean_alike(chinese, latin)


def test_a_korean_name_is_heard_in_english_and_a_chinese_one_still_by_its_pinyin() -> None:
    from pipeline.matching.readings import heard_in_english

    heard = heard_in_english(["金甲乙", "张三"], ["Kim Gap-eul", "Zhang San"], 0.8)
    assert set(heard) == {"金甲乙", "张三"}
    assert heard["金甲乙"][0] == "kim gap eur"  # the English key itself, as the reading heard best
    assert heard["张三"][0] == "zhang san"


@pytest.mark.parametrize(
    ("cell", "number"), [("１７２８万７５１３", 17287513), ("34萬", 340000), ("34万415", 340415)]
)
def test_a_table_cell_in_myriads_is_a_plain_number(cell: str, number: int) -> None:
    from pipeline.lang.row_values import plain_value

    found = plain_value(cell)
    assert found is not None and found.number == number and found.raw == cell


def test_candidates_each_of_another_party_are_a_column_of_parties(tmp_path: Path) -> None:
    """A list of candidates prints each beside another party, none shared: the tags that name a party by
    its word are still the list's parties, so another outlet's list that gives one of them the party of
    another candidate disagrees with it (a warning naming both: two outlets, one against one)."""
    people = ("Jane Roe", "John Doe", "Richard Roe")
    for name, parties in (
        ("a", ("Aland Party", "Borduria Party", "Carpathia Party")),
        ("b", ("Aland Party", "Aland Party", "Carpathia Party")),
    ):
        lines = "\n".join(
            f"{k}. {n} ({p}) - {40 - 10 * k}%"
            for k, (n, p) in enumerate(zip(people, parties, strict=True), 1)
        )
        (tmp_path / f"{name}.txt").write_text(
            f"Election results\n\nThe {name.upper()} Times\nJune 4, 2025\n\nThe final results for the three "
            f"candidates:\n\n{lines}\n\nThe winner takes office next week.\n",
            encoding="utf-8",
        )
    result = reconcile([str(tmp_path)])
    (found,) = [d for d in result.discrepancies if d.kind == "attribute_conflict"]
    assert found.sources == ("a", "b") and found.severity is Severity.WARNING
    assert (
        "John Doe" in found.message and "Borduria Party" in found.message and "Aland Party" in found.message
    )


@pytest.mark.parametrize("latin", ["Kim Gapeul", "Gap-eul Kim", "Gapeul Kim"])
def test_a_korean_given_name_in_one_word_or_first_is_its_korean_reading(latin: str) -> None:
    """A given name run together in one word is cut into the syllables the characters read (甲乙 갑을:
    ``gap`` + ``eul``, not ``ga`` + ``peul``); printed before the family name, it is read after it."""
    from pipeline.knowledge.korean_names import korean_alike

    assert korean_alike("金甲乙", latin)


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [("金甲乙", "Kim Gapsam"), ("金甲乙", "Gapsam Kim"), ("金甲乙", "Gimgap Eul"), ("李四", "Sa Lee"),
     ("张三", "Sanfeng Zhang")],
)  # fmt: skip
def test_a_cut_or_turned_name_is_still_compared_syllable_by_syllable(chinese: str, latin: str) -> None:
    """Cutting a word or reading the last word first finds no reading the characters do not have: another
    given name, a family name run into the given name, a one-syllable given name first, a name in pinyin."""
    from pipeline.knowledge.korean_names import korean_alike

    assert not korean_alike(chinese, latin)


def test_a_korean_name_printed_given_name_first_is_heard_in_english() -> None:
    from pipeline.matching.readings import heard_in_english

    heard = heard_in_english(["金甲乙", "李丙丁"], ["Gapeul Kim", "Jane Roe"], 0.8)
    assert set(heard) == {"金甲乙"}
