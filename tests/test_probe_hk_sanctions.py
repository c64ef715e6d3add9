"""People on a sanctions list with their posts and dates of birth (``tests/fixtures/hk_sanctions_2020/``):
the US Treasury's designation of eleven Hong Kong and mainland officials on August 7, 2020, seven
outlets in four languages, read against one expected file per article
(``tests/expected/probes/hk_sanctions_2020/``). Planted: a wrong date of birth (Taiwan), a deputy's post
for the head's (Hong Kong), a person left out under the stated count (the mainland sentence). The shapes
the story needed read are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.births import birth_of, same_birth
from pipeline.models import AttributeKind, Mention, Severity
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import against, expected_file, findings, items, probe_articles, story

STORY = "hk_sanctions_2020"
ARTICLES = probe_articles(STORY)


def _post(m: Mention) -> str:
    """The post as printed: the body and the title, where the item parser parts them."""
    kinds = (AttributeKind.ORGANIZATION, AttributeKind.TITLE)
    return "".join(a.text for a in m.attributes if a.kind in kinds)


def _birth(m: Mention) -> str:
    return next((a.text for a in m.attributes if birth_of(a.label, a.text) is not None), "")


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [m.name_zh or m.name_en for m in read] == [w["name"] for w in want]
    assert [_post(m) for m in read] == [w["post"] for w in want]
    for m, w in zip(read, want, strict=True):
        if "date_of_birth" in w:
            assert w["date_of_birth"] in _birth(m), w["name"]
        # a katakana reading in brackets is another name of the person (``sources/bracketed_readings.py``)
        reading = [w["reading"]] if w.get("reading") else []
        assert list(m.aliases) == w.get("aliases", []) + reading, w["name"]
        if "english" in w:
            assert m.name_en == w["english"]
        if "reading" in w:
            assert m.note == ""
        if "fields" in w:
            assert {a.label: a.text for a in m.attributes if a.label} == w["fields"]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    outlet = next(a.outlet for a in story(STORY).articles if a.id == article)
    assert outlet == expected["outlet"]


def test_the_counts_stated_are_the_eleven() -> None:
    stated = {(h.article, h.stated) for h in story(STORY).headings if h.stated is not None}
    assert stated <= {(a, 11) for a in ARTICLES}
    assert {a for a, _ in stated} >= {"03_hk", "04_cn", "05_ja"}


def test_the_eleven_link_across_the_outlets_aliases_included() -> None:
    """The notice's names (``LEE, Ka-chiu (a.k.a. LEE, John)``) join the names the other outlets print:
    one entity per position, each of the six outlets read."""
    result = story(STORY)
    entity_of = {key: e.id for e in result.entities for key in e.mentions}
    read = ("01_en", "02_tw", "03_hk", "05_ja", "06_en")
    for position in range(1, 12):
        assert len({entity_of[items(result, a)[position - 1].key] for a in read}) == 1, position
    assert len(result.entities) == 11


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("attribute_conflict", ("02_tw",)),
        ("attribute_conflict", ("03_hk",)),
        ("list_short", ("04_cn",)),
    ]
    by_outlet = {d.sources: d for d in result.discrepancies if d.severity is Severity.ERROR}
    born = by_outlet[("02_tw",)]
    assert "鄧炳強" in born.message and "1956年1月12日" in born.message and "1965-01-12" in born.message
    assert "鄧炳強" in born.evidence[0].quote and "1956年1月12日" in born.evidence[0].quote
    post = by_outlet[("03_hk",)]
    assert "李家超" in post.message and "保安局副局長" in post.message and "保安局局長" in post.message
    assert "保安局副局長" in post.evidence[0].quote
    short = by_outlet[("04_cn",)]
    assert "曾國衞" in short.message and "11" in short.message
    for article in ("01_en", "05_ja", "06_en", "07_cn"):
        assert against(result, article) == [], article


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return list(parse_path(path).mentions)


NOTICE = (
    "Aland designates two Borduria officials\nMarch 12, 2025\n\n"
    "Aland's finance ministry on Tuesday blocked the property of two officials. The notice reads:\n\n"
    "ROE, Jane Quincy (a.k.a. ROE, Jane; a.k.a. ROWE, Janet); DOB 02 Mar 1961; POB Aland City; "
    "nationality Aland; Gender Female; Passport A1234567 (Aland) (individual) [AB-EO12345].\n"
    "DOE, John Albert (a.k.a. DOE, Johnny), Deputy Minister of Defence, Borduria; DOB 14 Feb 1972; "
    "nationality Borduria; Gender Male (individual) [AB-EO12345].\n\n"
    "Their property in Aland is blocked.\n"
)


def test_a_sanctions_records_fields_are_attributes_labelled_as_printed(tmp_path: Path) -> None:
    roe, doe = _read(tmp_path, NOTICE)
    assert roe.name_en == "Jane Quincy Roe" and roe.aliases == ("Jane Roe", "Janet Rowe")
    assert [(a.kind, a.label, a.text) for a in roe.attributes] == [
        (AttributeKind.OTHER, "DOB", "02 Mar 1961"),
        (AttributeKind.OTHER, "POB", "Aland City"),
        (AttributeKind.OTHER, "nationality", "Aland"),
        (AttributeKind.OTHER, "Gender", "Female"),
        (AttributeKind.OTHER, "Passport", "A1234567 (Aland)"),
    ]
    assert [(a.label, a.text) for a in doe.attributes] == [
        ("", "Deputy Minister of Defence"),
        ("", "Borduria"),
        ("DOB", "14 Feb 1972"),
        ("nationality", "Borduria"),
        ("Gender", "Male"),
    ]
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert all(text[a.start : a.end] == a.text for m in (roe, doe) for a in m.attributes)


@pytest.mark.parametrize(
    ("label", "text", "born"),
    [
        ("DOB", "02 Mar 1961", (1961, 3, 2)),
        ("出生日期", "1961年3月2日", (1961, 3, 2)),
        ("", "1961年3月2日出生", (1961, 3, 2)),
        ("", "born 1961", (1961, None, None)),
        ("生年月日", "1961/3/2", (1961, 3, 2)),
        ("", "appointed 2020", None),
        ("Passport", "A1234567", None),
    ],
)
def test_a_date_of_birth_is_read_where_its_label_or_words_say_so(
    label: str, text: str, born: tuple[int, int | None, int | None] | None
) -> None:
    assert birth_of(label, text) == born


def test_a_year_of_birth_agrees_with_the_whole_date() -> None:
    assert same_birth((1961, None, None), (1961, 3, 2))
    assert not same_birth((1916, 3, 2), (1961, 3, 2))


def _story(tmp_path: Path, articles: dict[str, str]) -> list[tuple[str, tuple[str, ...], str]]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    return sorted(
        (d.kind, d.sources, d.message) for d in result.discrepancies if d.severity is not Severity.INFO
    )


def _zh(paper: str, rows: list[tuple[str, str, str]]) -> str:
    lines = "\n".join(f"{k}. {name}，{post}，{born}出生" for k, (name, post, born) in enumerate(rows, 1))
    lead = "甲國財政部宣布制裁三名乙國官員，名單如下："
    return f"甲國制裁三名乙國官員\n\n{paper}　2025年3月12日\n\n{lead}\n\n{lines}\n\n乙國表示抗議。\n"


ROWS = [("張三", "乙市保安局局長", "1961年3月2日"), ("李四", "乙市警務處處長", "1965年1月12日"),
        ("王五", "乙市律政司司長", "1958年12月11日")]  # fmt: skip


def test_a_date_of_birth_the_others_contradict_is_one_finding(tmp_path: Path) -> None:
    wrong = [ROWS[0], ("李四", "乙市警務處處長", "1956年1月12日"), ROWS[2]]
    found = _story(
        tmp_path,
        {"a.txt": _zh("甲報", ROWS), "b.txt": _zh("乙報", ROWS), "c.txt": _zh("丙報", wrong)},
    )
    assert [(kind, sources) for kind, sources, _ in found] == [("attribute_conflict", ("c",))]
    assert "李四" in found[0][2] and "1956年1月12日" in found[0][2]


def test_a_deputys_post_for_the_heads_is_one_finding(tmp_path: Path) -> None:
    wrong = [("張三", "乙市保安局副局長", "1961年3月2日"), *ROWS[1:]]
    found = _story(
        tmp_path,
        {"a.txt": _zh("甲報", ROWS), "b.txt": _zh("乙報", ROWS), "c.txt": _zh("丙報", wrong)},
    )
    assert [(kind, sources) for kind, sources, _ in found] == [("attribute_conflict", ("c",))]
    assert "乙市保安局副局長" in found[0][2] and "乙市保安局局長" in found[0][2]


def test_japanese_posts_after_a_reading_and_a_dot_and_former_posts_after_a_dot(tmp_path: Path) -> None:
    text = (
        "甲国、乙国高官ら3人に制裁\n\n丙日新聞　2025年3月12日\n\n甲国財務省は12日、乙国の3人に制裁を科すと"
        "発表した。制裁対象は次の3人。\n\n▽張三（ジェーン・ロー）・保安局長\n▽李四・前警務処長\n"
        "▽王五・乙市政制事務局長\n\n乙国は反発した。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, m.aliases, _post(m)) for m in read] == [
        ("張三", ("ジェーン・ロー",), "保安局長"),
        ("李四", (), "前警務処長"),
        ("王五", (), "乙市政制事務局長"),
    ]


def test_lines_of_a_name_and_a_post_closed_by_a_full_stop_are_a_list(tmp_path: Path) -> None:
    text = (
        "甲国制裁乙国官员\n\n丁报　2025-03-12\n\n甲国宣布制裁3名乙国官员，名单如下：\n"
        "张三，乙市保安局局长。\n李四，乙市警务处处长。\n王五，乙市律政司司长。\n\n乙国表示抗议。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, _post(m)) for m in read if m.kind == "list"] == [
        ("张三", "乙市保安局局长"),
        ("李四", "乙市警务处处长"),
        ("王五", "乙市律政司司长"),
    ]
