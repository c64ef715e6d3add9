"""The contract every registered layout and the registry keep, whatever the input.

Every layout: a name and a description, ``detect`` in [0, 1], ``extract`` returning list mentions
numbered from 1 inside the article body, and no exception on hostile text. The registry: one broken
layout costs only itself, an article without a list is still an article, and every unreadable file
comes back as a clear problem instead of an exception.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from document_fixtures import text_document

from pipeline.models import Kind, Mention, Severity
from sources import registry
from sources.base import Document, Extraction
from sources.reader import read_document
from sources.registry import LAYOUTS, describe, parse_document, parse_path

EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
UNRELATED = (
    "date 2026-02-01\n天氣預報\n\n中央氣象署今天表示，北部地區週末將有明顯降雨，氣溫下降至攝氏十二度左右，"
    "民眾外出請注意保暖。\n\n1 月份降雨量較往年同期偏少。\n\n氣象專家指出，今年冬季整體偏暖。\n"
)
HOSTILE = [
    "",
    "\n\n\n",
    "（共18個）（共18個）（共18個）",
    "聯合國組織（共31個） 非聯合國組織（共35個） 氣候（共1個）",
    "1 \n2 \n3 \n",
    "1、（\n2、）\n3、（（（\n4、——\n",
    "● \n● （\n● ——ABC\n●",
    "(i)\n(ii)\n(iii)\n",
    "一、\n二、\n三、",
    "甲" * 5000,
    "、" * 300 + "（" * 50,
    "UN UN UN (3)\n1. (\n2. )\n3. -\n",
    "聯合國組織（共31個） 非聯合國組織（共35個） A（共1個） 、、、 ）（ B（共2個）",
]


def _doc(text: str, doc_id: str = "contract", body_end: int | None = None) -> Document:
    return text_document(text, doc_id, body_end=body_end)


def _documents() -> list[Document]:
    docs = [_doc(t, f"hostile{i}") for i, t in enumerate(HOSTILE)]
    docs.append(_doc(UNRELATED, "unrelated"))
    for path in sorted(EXAMPLE_DIR.glob("*.txt")) + sorted(FIXTURES.glob("*.txt")):
        doc, _ = read_document(path)
        assert doc is not None
        docs.append(doc)
    return docs


DOCS = _documents()


def test_registry_is_not_empty_and_describes_itself() -> None:
    rows = describe()
    assert [r["name"] for r in rows] == sorted(LAYOUTS)
    assert all(r["description"] and r["module"].startswith("sources.layouts.") for r in rows)
    assert registry.LOAD_ERRORS == {}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout_contract(name: str) -> None:
    layout = LAYOUTS[name]
    assert layout.name == name and isinstance(layout.description, str) and layout.description
    for doc in DOCS:
        score = layout.detect(doc)
        assert isinstance(score, float) and 0.0 <= score <= 1.0, (name, doc.id)
        ext = layout.extract(doc)
        assert isinstance(ext, Extraction) and ext.layout == name
        assert [m.position for m in ext.mentions] == list(range(1, len(ext.mentions) + 1)), (name, doc.id)
        for m in ext.mentions:
            assert m.kind is Kind.LIST and m.article == doc.id
            assert 0 <= m.start < m.end <= doc.body_end
            assert isinstance(m.group, str) and (m.category is None or m.category)
            assert m.name_zh or m.name_en or m.acronym
        for h in ext.headings:
            assert 0 <= h.start <= h.end <= len(doc.text) and (h.stated is None or h.stated >= 0)
        assert all(p.message and p.article == doc.id for p in ext.problems)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout_ignores_the_page_tail(name: str) -> None:
    """A list that sits entirely after ``body_end`` is not extracted."""
    for path in sorted(FIXTURES.glob("*.txt")):
        doc, _ = read_document(path)
        assert doc is not None
        cut = replace(doc, body_end=0)
        assert LAYOUTS[name].extract(cut).mentions == ()


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.id)
def test_parse_document_never_raises(doc: Document) -> None:
    res = parse_document(doc)
    assert res.article is not None and res.article.id == doc.id
    assert [m.position for m in res.mentions] == list(range(1, len(res.mentions) + 1))
    assert (res.article.layout == "") == (not res.mentions)
    if not res.mentions:
        assert [p.code for p in res.problems if p.code == "no-list"] == ["no-list"]


# --------------------------------------------------------------------------- whole files


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    res = parse_path(path)
    assert res.article is None
    assert [(p.code, p.severity) for p in res.problems] == [("empty", Severity.ERROR)]
    assert "empty.txt" in res.problems[0].message


def test_unrelated_article_has_no_list(tmp_path: Path) -> None:
    path = tmp_path / "weather.txt"
    path.write_text(UNRELATED, encoding="utf-8")
    res = parse_path(path)
    assert res.article is not None
    assert res.article.layout == "" and res.mentions == () and res.headings == ()
    assert [(p.code, p.severity) for p in res.problems] == [("no-list", Severity.INFO)]
    assert res.article.date == "2026-02-01" and res.article.outlet == "unknown"


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("2025-04-17 10:12　来源：甲乙新闻网　编辑：张三", "甲乙新闻网"),
        ("來源：丙丁日報", "丙丁日報"),
        ("2025年4月17日　資料來源：某某部", "unknown"),  # a data source, not the outlet
    ],
)
def test_a_source_label_near_the_top_names_the_outlet(tmp_path: Path, top: str, outlet: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"甲國宣布新措施\n{top}\n甲國16日宣布，對乙國、丙國和丁國等3國加徵關稅。\n", encoding="utf-8"
    )
    res = parse_path(path)
    assert res.article is not None and res.article.outlet == outlet


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("（甲通社記者張三乙城5日電）甲國今天宣布，對乙國、丙國和丁國等3國加徵關稅。", "甲通社"),
        ("甲通社乙城4月16日电 甲国16日宣布，对乙国、丙国和丁国等3国加征关税。", "甲通社"),
        (
            "ALANDVILLE (Aland Wire) - Aland on Wednesday put tariffs on three countries: Borduria, "
            "Carpathia and Dalmatia.",
            "Aland Wire",
        ),
        (
            "ALANDVILLE, April 16 (Aland Wire) -- Aland on Wednesday put tariffs on three countries: "
            "Borduria, Carpathia and Dalmatia.",
            "Aland Wire",
        ),
        (
            "WASHINGTON - Aland on Wednesday put tariffs on three countries: Borduria, Carpathia and "
            "Dalmatia.",
            "unknown",
        ),  # a place, no agency
        (
            "2025年4月16日 週三 晚上8:12 ｜ 甲通社記者張三／乙城16日專電\n\n"
            "甲國今天宣布，對乙國、丙國和丁國等3國加徵關稅。",
            "甲通社",
        ),
        (
            "2025年4月16日 週三 晚上8:12 ｜ 本報記者張三／乙城16日電\n\n"
            "甲國今天宣布，對乙國、丙國和丁國等3國加徵關稅。",
            "unknown",
        ),
        ("【カルパティア甲通】甲国は16日、乙国、丙国、丁国の3カ国に関税を課すと発表した。", "甲通"),
        ("【カルパティア＝山田太郎】甲国は16日、乙国、丙国、丁国の3カ国に関税を課すと発表した。", "unknown"),
        # a Chinese paper's credit in brackets names the paper; ``本報訊`` ("this paper's") names none
        ("【甲報專訊】甲國今日公布，向乙國、丙國和丁國3國加徵關稅。", "甲報"),
        ("【甲島日報報道】甲國今日公布，向乙國、丙國和丁國3國加徵關稅。", "甲島日報"),
        ("【甲網記者 張三 報道】甲國今日公布，向乙國、丙國和丁國3國加徵關稅。", "甲網"),
        ("【本報訊】甲國今日公布，向乙國、丙國和丁國3國加徵關稅。", "unknown"),
    ],
)
def test_a_wire_dateline_names_its_agency(tmp_path: Path, opening: str, outlet: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Tariffs on three\n\n{opening}\n", encoding="utf-8")
    res = parse_path(path)
    assert res.article is not None and res.article.outlet == outlet


@pytest.mark.parametrize(
    ("top", "title", "outlet"),
    [
        (
            "Aland Morning Post\nJune 5, 2025\n\nAland bars travellers from three countries\n",
            "Aland bars travellers from three countries",
            "Aland Morning Post",
        ),
        ("甲島日報\n2025年6月5日\n\n甲國禁3國旅客入境\n", "甲國禁3國旅客入境", "甲島日報"),
        # a short headline above its date stays the headline; the outlet beside the date is the outlet
        ("甲國新措施出爐\n2025年6月5日　甲島日報\n", "甲國新措施出爐", "甲島日報"),
    ],
)
def test_an_outlet_above_its_date_is_no_headline(tmp_path: Path, top: str, title: str, outlet: str) -> None:
    """Some papers print their name first, the date under it, then the headline."""
    path = tmp_path / "a.txt"
    path.write_text(f"{top}\n甲國5日宣布，禁止乙國、丙國和丁國等3國公民入境。\n", encoding="utf-8")
    res = parse_path(path)
    assert res.article is not None
    assert (res.article.title, res.article.outlet) == (title, outlet)


def test_binary_junk(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    res = parse_path(path)
    assert res.article is None
    assert [p.code for p in res.problems] == ["binary"]
    assert "binary" in res.problems[0].message


def test_big5_copy_of_an_example(tmp_path: Path) -> None:
    src = EXAMPLE_DIR / "003_e6f1053f9d0a0c24.txt"
    path = tmp_path / "003_big5.txt"
    path.write_bytes(src.read_text(encoding="utf-8").encode("big5"))
    res = parse_path(path)
    assert res.article is not None
    assert res.article.encoding in {"big5", "cp950", "big5hkscs"}
    assert res.article.layout == "enumerated"
    assert Counter(m.group for m in res.mentions) == {"聯合國組織": 31, "非聯合國組織": 35}
    assert [p.code for p in res.problems] == ["encoding"]


def test_gb18030_copy_of_an_example(tmp_path: Path) -> None:
    src = EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"
    path = tmp_path / "001_gb.txt"
    path.write_bytes(src.read_text(encoding="utf-8").encode("gb18030"))
    res = parse_path(path)
    assert res.article is not None
    assert res.article.encoding == "gb18030"
    assert res.article.layout == "numbered-rows"
    assert Counter(m.group for m in res.mentions) == {"聯合國機構": 31, "非聯合國體系的國際組織": 35}


def test_file_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("date 2026-01-08\n" + "無關文字。" * 40_000, encoding="utf-8")
    res = parse_path(path, max_bytes=100_000)
    assert res.article is None
    assert [p.code for p in res.problems] == ["too-large"]
    assert "100,000" in res.problems[0].message and "600,016" in res.problems[0].message


def test_missing_file(tmp_path: Path) -> None:
    res = parse_path(tmp_path / "nope.txt")
    assert res.article is None and [p.code for p in res.problems] == ["unreadable"]


# ------------------------------------------------------------------- a broken layout costs only itself


@dataclass(frozen=True, slots=True)
class _Broken:
    name: str = "aaa-broken"
    description: str = "raises on purpose"
    fail_in: str = "extract"

    def detect(self, doc: Document) -> float:
        if self.fail_in == "detect":
            raise RuntimeError("detect blew up")
        return 1.0

    def extract(self, doc: Document) -> Extraction:
        raise ValueError("extract blew up")


@pytest.mark.parametrize("fail_in", ["detect", "extract"])
def test_a_failing_layout_becomes_a_problem(monkeypatch: pytest.MonkeyPatch, fail_in: str) -> None:
    monkeypatch.setitem(registry.LAYOUTS, "aaa-broken", _Broken(fail_in=fail_in))
    doc, _ = read_document(EXAMPLE_DIR / "001_39d5073b08ac0f22.txt")
    assert doc is not None
    res = parse_document(doc)
    errors = [p for p in res.problems if p.severity is Severity.ERROR]
    assert len(errors) == 1 and "aaa-broken" in errors[0].message and "blew up" in errors[0].message
    assert res.article is not None and res.article.layout == "numbered-rows"
    assert len(res.mentions) == 66


@dataclass(frozen=True, slots=True)
class _Overreaching:
    name: str = "aaa-overreaching"
    description: str = "returns an item from the page tail"

    def detect(self, doc: Document) -> float:
        return 1.0

    def extract(self, doc: Document) -> Extraction:
        def mention(pos: int, start: int) -> Mention:
            return Mention(doc.id, Kind.LIST, pos, None, "甲乙組織", "", "", (), "", start, start + 4)

        return Extraction(self.name, (mention(1, 0), mention(2, doc.body_end + 1)))


def test_items_after_the_body_end_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.LAYOUTS, "aaa-overreaching", _Overreaching())
    doc, _ = read_document(EXAMPLE_DIR / "001_39d5073b08ac0f22.txt")
    assert doc is not None
    res = parse_document(doc)
    assert res.article is not None and res.article.layout == "aaa-overreaching"
    assert [m.start for m in res.mentions] == [0]
    assert [p.code for p in res.problems] == ["out-of-body"]


@pytest.mark.parametrize(
    "dateline",
    [
        "2025年4月16日 週三 晚上8:12 ｜ 甲通社記者張三／乙城16日專電",
        "2025年4月16日 星期三 下午 3:05",
        "2025年4月16日（水）22時30分",
        "2025年4月16日（週三） 記者李四／台北報導",
    ],
)
def test_a_chinese_or_japanese_dateline_with_its_weekday_time_and_byline_gives_the_date(
    tmp_path: Path, dateline: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"甲國對三國加徵關稅\n\n{dateline}\n\n甲國今天宣布，對乙國、丙國和丁國等3國加徵關稅。\n",
        encoding="utf-8",
    )
    res = parse_path(path)
    assert res.article is not None and res.article.date == "2025-04-16"
