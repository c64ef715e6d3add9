"""HTML tables whose cells span rows and columns (``rowspan`` / ``colspan``), read end to end.

Hand-made pages under tests/fixtures/html/, their rows transcribed from the example articles:

- rowspan_category_table.html: 000's table with one category label cell spanning its rows
  (``類別 | 聯合國組織（共31個） | 非聯合國組織（共35個）``). Rows per category, as written in the fixture:
  氣候 6 rows (1 UN item, 2 non-UN items joined by 、); 性別 5 rows (UN items 3+3+3+3+2 split by <br>,
  1 non-UN item each); 經濟 7 rows (a UN cell spanning the first two rows with 2 items, then 1 UN item
  per row; 1 non-UN item per row); 安全 3 rows (UN 2+2+empty cell, non-UN 4+4+3 joined by 、).
- section_rows_table.html: 001's 66 rows in one table under a two-row header
  (``編號`` spanning two rows, ``組織名稱`` spanning ``中文 | English``) with a row spanning the table
  before each section (``第一部分：聯合國機構(共計31個)``, ``第二部分：非聯合國體系的國際組織(共計35個)``).
- section_column_table.html: 001's 66 rows under ``體系 | 編號 | 中文名稱 | 英文名稱`` where the
  ``體系`` cell spans its section's rows (``聯合國機構`` 31 rows, ``非聯合國體系的國際組織`` 35 rows).
Expected values were written from the articles and from how the fixtures lay the rows out.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import opencc
import pytest

from pipeline.models import Mention, ParseResult, Severity
from sources.html import html_to_document
from sources.layouts._table_model import MAX_GRID_ENTRIES
from sources.layouts.html_table import HtmlTableLayout
from sources.registry import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
TABLE = HtmlTableLayout()

CATEGORY_COUNTS = {
    "氣候、能源與環境": 18,
    "性別、人權與社會": 19,
    "經濟、貿易與發展": 14,
    "安全、法律與區域": 15,
}
# (UN, non-UN) per category, as 000's table splits them
CATEGORY_SECTIONS = {
    "氣候、能源與環境": (6, 12),
    "性別、人權與社會": (14, 5),
    "經濟、貿易與發展": (7, 7),
    "安全、法律與區域": (4, 11),
}


def parsed(name: str) -> ParseResult:
    result = parse_path(FIXTURES / name)
    assert result.article is not None
    assert result.article.format == "html"
    assert result.article.layout == "html-table"
    assert [p for p in result.problems if p.severity.rank >= Severity.WARNING.rank] == []
    return result


def evidence(result: ParseResult, mention: Mention) -> str:
    assert result.article is not None
    return result.article.text[mention.start : mention.end]


def one(result: ParseResult, name_zh: str) -> Mention:
    found = [m for m in result.mentions if m.name_zh == name_zh]
    assert len(found) == 1, (name_zh, [m.name_zh for m in result.mentions])
    return found[0]


def inline(html: str) -> tuple[tuple[Mention, ...], str]:
    doc = html_to_document(
        f"<html><body><article>{html}</article></body></html>", doc_id="t", path="t.html", encoding="utf-8"
    )[0]
    return TABLE.extract(doc).mentions, doc.text


def assert_spans_are_single(result: ParseResult) -> None:
    """Every item read once: no two mentions share or overlap a span."""
    spans = sorted((m.start, m.end) for m in result.mentions)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


# group labels as the fixtures print them
UN_ORGS, NON_UN_ORGS = "聯合國組織", "非聯合國組織"
UN_BODIES, NON_UN_SYSTEM = "聯合國機構", "非聯合國體系的國際組織"

# --------------------------------------------------------------------------- category cells spanning rows


def test_category_label_spanning_its_rows() -> None:
    result = parsed("rowspan_category_table.html")
    mentions = result.mentions
    assert len(mentions) == 66
    assert Counter(m.group for m in mentions) == {UN_ORGS: 31, NON_UN_ORGS: 35}
    assert Counter(m.category for m in mentions) == CATEGORY_COUNTS
    for category, (un, non_un) in CATEGORY_SECTIONS.items():
        groups = Counter(m.group for m in mentions if m.category == category)
        assert groups == {UN_ORGS: un, NON_UN_ORGS: non_un}, category
    assert [m.position for m in mentions] == list(range(1, 67))
    assert all(m.name_zh for m in mentions)
    assert_spans_are_single(result)
    for mention in mentions:
        text = evidence(result, mention)
        assert mention.name_zh in re.sub(r"（[^）]*）", "", text), mention
        assert "（共" not in text  # a category label is never part of an item
    # a category label is never read as an item, not in its own row nor in the rows it spans
    labels = set(CATEGORY_COUNTS)
    assert not any(m.name_zh in labels or any(label in m.name_zh for label in labels) for m in mentions)


def test_category_headings_once_each_with_their_counts() -> None:
    result = parsed("rowspan_category_table.html")
    assert result.article is not None
    got = [(h.label, h.group, h.category, h.stated) for h in result.headings]
    assert got == [
        ("聯合國組織（共31個）", UN_ORGS, None, 31),
        ("非聯合國組織（共35個）", NON_UN_ORGS, None, 35),
        *((label, "", label, count) for label, count in CATEGORY_COUNTS.items()),
    ]
    # each heading's span is its whole cell, the spanning label cells included
    assert [result.article.text[h.start : h.end] for h in result.headings] == [
        "聯合國組織（共31個）",
        "非聯合國組織（共35個）",
        *(f"{label}（共{count}個）" for label, count in CATEGORY_COUNTS.items()),
    ]


def test_items_beside_and_below_spanning_cells() -> None:
    result = parsed("rowspan_category_table.html")
    # first row of a category: the label, a UN item and two non-UN items joined by 、
    unfccc = one(result, "聯合國氣候變化綱要公約")
    assert (unfccc.acronym, unfccc.group, unfccc.category) == ("UNFCCC", UN_ORGS, "氣候、能源與環境")
    cfe = one(result, "全時無碳能源倡議")
    assert (cfe.name_en, cfe.group) == ("24/7 Carbon-Free Energy Compact", NON_UN_ORGS)
    # a later row of the same category: no label cell, its first cell is the UN column's
    habitat = one(result, "聯合國人居署")
    assert (habitat.group, habitat.category) == (UN_ORGS, "氣候、能源與環境")
    ipcc = one(result, "政府間氣候變遷問題小組")
    assert (ipcc.acronym, ipcc.group, ipcc.category) == ("IPCC", NON_UN_ORGS, "氣候、能源與環境")
    sprep = one(result, "太平洋區域環境規劃署秘書處")
    assert (sprep.group, sprep.category) == (NON_UN_ORGS, "氣候、能源與環境")
    # <br>-separated UN items in a row under the spanning label
    unu = one(result, "聯合國大學")
    assert (unu.name_en, unu.group, unu.category) == ("U.N. University", UN_ORGS, "性別、人權與社會")
    assert evidence(result, unu) == "聯合國大學（U.N. University）"
    ecw = one(result, "教育不能等基金")
    assert (ecw.group, ecw.category) == (NON_UN_ORGS, "性別、人權與社會")
    # a UN cell spanning two rows: its two items read once, and the next row's only cell is non-UN
    desa = one(result, "經濟和社會事務部")
    assert (desa.group, desa.category) == (UN_ORGS, "經濟、貿易與發展")
    eca = one(result, "非洲經濟委員會")
    assert (eca.parent, eca.group) == ("ECOSOC", UN_ORGS)
    assert evidence(result, eca) == "聯合國經濟與社會理事會（ECOSOC）-非洲經濟委員會"
    highways = one(result, "歐洲國家公路研究實驗室論壇")
    assert (highways.group, highways.category) == (NON_UN_ORGS, "經濟、貿易與發展")
    mining = one(result, "礦業、礦產、金屬與永續發展政府間論壇")
    assert (
        mining.name_en == "Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development"
    )
    assert mining.group == NON_UN_ORGS
    # a row whose UN cell is empty
    ukraine = one(result, "烏克蘭科學技術中心")
    assert (ukraine.group, ukraine.category) == (NON_UN_ORGS, "安全、法律與區域")
    assert (one(result, "泛美地理與歷史研究所").group, one(result, "大西洋合作夥伴關係").group) == (
        NON_UN_ORGS,
        NON_UN_ORGS,
    )
    assert Counter(m.group for m in result.mentions if m.category == "安全、法律與區域")[UN_ORGS] == 4


# --------------------------------------------------------------------------- name columns


def test_section_rows_under_a_two_row_header() -> None:
    result = parsed("section_rows_table.html")
    mentions = result.mentions
    assert len(mentions) == 66
    assert [m.group for m in mentions] == [UN_BODIES] * 31 + [NON_UN_SYSTEM] * 35
    assert all(m.name_zh and m.name_en for m in mentions)  # English from the column under 組織名稱
    assert all(m.category is None for m in mentions)
    assert [(h.label, h.group, h.stated) for h in result.headings] == [
        ("第一部分：聯合國機構(共計31個)", UN_BODIES, 31),
        ("第二部分：非聯合國體系的國際組織(共計35個)", NON_UN_SYSTEM, 35),
    ]
    assert_spans_are_single(result)
    first = mentions[0]
    assert (first.name_zh, first.name_en) == ("經濟與社會事務部", "Department of Economic and Social Affairs")
    assert evidence(result, first) == "經濟與社會事務部 Department of Economic and Social Affairs"
    # the second header row names columns, it is no item
    assert not any(m.name_zh == "中文" or m.name_en == "English" for m in mentions)
    eca = one(result, "經社理事會非洲經濟委員會")
    assert (eca.name_en, eca.acronym, eca.group) == ("Economic Commission for Africa", "ECOSOC", UN_BODIES)
    cfe = mentions[31]
    assert (cfe.name_zh, cfe.name_en, cfe.group) == (
        "全天候無碳能源倡議",
        "24/7 Carbon-Free Energy Compact",
        NON_UN_SYSTEM,
    )
    mining = one(result, "礦業、礦物、金屬與永續發展政府間論壇")
    assert (
        mining.name_en == "Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development"
    )
    assert (mentions[-1].name_zh, mentions[-1].name_en) == (
        "歐洲理事會威尼斯委員會",
        "Venice Commission of the Council of Europe",
    )
    for mention in mentions:  # the span runs from the Chinese cell to the end of the English cell
        text = evidence(result, mention)
        assert text.startswith(mention.name_zh + " ") and mention.name_en in text, mention
        assert text.endswith((mention.name_en, f"({mention.acronym})")), mention


def test_section_column_spanning_its_rows() -> None:
    result = parsed("section_column_table.html")
    assert result.article is not None
    mentions = result.mentions
    assert len(mentions) == 66
    assert [m.group for m in mentions] == [UN_BODIES] * 31 + [NON_UN_SYSTEM] * 35
    assert all(m.name_zh and m.name_en for m in mentions)
    # each group cell is one heading, however many rows it spans; it states no count
    assert [(h.label, h.group, h.category, h.stated) for h in result.headings] == [
        ("聯合國機構", UN_BODIES, None, None),
        ("非聯合國體系的國際組織", NON_UN_SYSTEM, None, None),
    ]
    for heading in result.headings:
        assert result.article.text[heading.start : heading.end] == heading.label
    assert not any("聯合國機構" == m.name_zh or "體系" in m.name_zh for m in mentions)
    assert_spans_are_single(result)
    # the row holding the group cell and a row below it read alike
    first, second = mentions[0], mentions[1]
    assert (first.name_zh, first.group) == ("經濟與社會事務部", UN_BODIES)
    assert evidence(result, first) == "經濟與社會事務部 Department of Economic and Social Affairs"
    assert (second.name_zh, second.name_en) == ("經社理事會非洲經濟委員會", "Economic Commission for Africa")
    assert (mentions[30].name_zh, mentions[30].group) == ("聯合國大學", UN_BODIES)
    assert (mentions[31].name_zh, mentions[31].group) == ("全天候無碳能源倡議", NON_UN_SYSTEM)
    assert evidence(result, mentions[31]) == "全天候無碳能源倡議 24/7 Carbon-Free Energy Compact"
    assert one(result, "國際太陽能聯盟").group == NON_UN_SYSTEM


@pytest.mark.parametrize(
    "name", ["rowspan_category_table.html", "section_rows_table.html", "section_column_table.html"]
)
def test_simplified_rendering_gives_the_same_counts(name: str, tmp_path: Path) -> None:
    converted = opencc.OpenCC("t2s").convert((FIXTURES / name).read_text(encoding="utf-8"))
    path = tmp_path / name
    path.write_text(converted, encoding="utf-8")
    result = parse_path(path)
    assert result.article is not None and result.article.layout == "html-table"
    labels = sorted(Counter(m.group for m in result.mentions).items(), key=lambda kv: kv[1])
    assert [n for _, n in labels] == [31, 35]  # the two groups, labels as printed in Simplified
    assert labels[1][0].startswith("非") and not labels[0][0].startswith("非")
    if name == "rowspan_category_table.html":
        assert sorted(Counter(m.category for m in result.mentions).values()) == [14, 15, 18, 19]


# --------------------------------------------------------------------------- the table model, inline


def test_column_labels_in_plain_cells_under_a_spanning_header() -> None:
    mentions, _ = inline(
        "<table>"
        '<tr><th rowspan="2">編號</th><th colspan="3">組織名稱</th></tr>'
        "<tr><td>中文</td><td>English</td><td>縮寫</td></tr>"
        "<tr><td>1</td><td>聯合國氣候變化綱要公約</td><td>UN Framework Convention on Climate Change</td>"
        "<td>UNFCCC</td></tr>"
        "<tr><td>2</td><td>聯合國大學</td><td>UN University</td><td></td></tr>"
        "<tr><td>3</td><td>國際太陽能聯盟</td><td>International Solar Alliance</td><td></td></tr>"
        "</table>"
    )
    assert [(m.name_zh, m.name_en, m.acronym) for m in mentions] == [
        ("聯合國氣候變化綱要公約", "UN Framework Convention on Climate Change", "UNFCCC"),
        ("聯合國大學", "UN University", ""),
        ("國際太陽能聯盟", "International Solar Alliance", ""),
    ]


def test_rowspan_zero_and_row_groups() -> None:
    # rowspan="0" runs to the end of its <tbody>; a span never crosses into the next row group
    mentions, _ = inline(
        "<table><thead><tr><th>類別</th><th>聯合國組織</th><th>非聯合國組織</th></tr></thead>"
        '<tbody><tr><td rowspan="0">氣候、能源與環境</td><td>聯合國海洋機制（U.N. Oceans）</td>'
        "<td>國際太陽能聯盟（International Solar Alliance）</td></tr>"
        "<tr><td>聯合國能源（U.N. Energy）</td>"
        "<td>國際能源論壇（International Energy Forum）</td></tr></tbody>"
        '<tbody><tr><td rowspan="9">安全、法律與區域</td>'
        "<td>國際法委員會（International Law Commission）</td>"
        "<td>全球反恐論壇（Global Counterterrorism Forum）</td></tr></tbody></table>"
    )
    assert [(m.name_zh, m.group, m.category) for m in mentions] == [
        ("聯合國海洋機制", UN_ORGS, "氣候、能源與環境"),
        ("國際太陽能聯盟", NON_UN_ORGS, "氣候、能源與環境"),
        ("聯合國能源", UN_ORGS, "氣候、能源與環境"),
        ("國際能源論壇", NON_UN_ORGS, "氣候、能源與環境"),
        ("國際法委員會", UN_ORGS, "安全、法律與區域"),
        ("全球反恐論壇", NON_UN_ORGS, "安全、法律與區域"),
    ]


def test_odd_span_values_are_read_as_browsers_do() -> None:
    # colspan="0" and unreadable values count as 1; "3abc" as 3; a rowspan past the table stops there
    mentions, text = inline(
        "<table><tr><th>編號</th><th>中文名稱</th><th>英文名稱</th></tr>"
        '<tr><td colspan="3abc">聯合國組織（共2個）</td></tr>'
        '<tr><td colspan="0">1</td><td rowspan="x">聯合國人口基金</td><td>UN Population Fund</td></tr>'
        '<tr><td>2</td><td>聯合國大學</td><td rowspan="40">UN University</td></tr>'
        "</table>"
    )
    assert [(m.name_zh, m.name_en, m.group) for m in mentions] == [
        ("聯合國人口基金", "UN Population Fund", UN_ORGS),
        ("聯合國大學", "UN University", UN_ORGS),
    ]
    assert [text[m.start : m.end] for m in mentions] == [
        "聯合國人口基金 UN Population Fund",
        "聯合國大學 UN University",
    ]


def test_absurd_spans_are_a_problem_not_a_hang() -> None:
    rows = "".join(f'<tr><td rowspan="0">{i}</td></tr>' for i in range(1000))
    doc = html_to_document(
        f"<html><body><table><tr><th>編號</th><th>中文名稱</th></tr>{rows}</table></body></html>",
        doc_id="big",
        path="big.html",
        encoding="utf-8",
    )[0]
    ext = TABLE.extract(doc)
    assert ext.mentions == ()
    assert [p.code for p in ext.problems] == ["table-too-large", "no-table-list"]
    assert str(MAX_GRID_ENTRIES) in ext.problems[0].message


def test_group_cells_beside_category_rows() -> None:
    # a 體系 cell spanning its rows, and rows spanning the remaining columns as categories
    mentions, text = inline(
        "<table><tr><th>體系</th><th>編號</th><th>中文名稱</th><th>英文名稱</th></tr>"
        '<tr><td rowspan="4">聯合國機構</td><td colspan="3">氣候、能源與環境</td></tr>'
        "<tr><td>1</td><td>聯合國海洋機制</td><td>UN Oceans</td></tr>"
        '<tr><td colspan="3">性別、人權與社會</td></tr>'
        "<tr><td>2</td><td>聯合國大學</td><td>UN University</td></tr>"
        '<tr><td rowspan="2">非聯合國體系的國際組織</td><td>1</td><td>國際太陽能聯盟</td>'
        "<td>International Solar Alliance</td></tr>"
        "<tr><td>2</td><td>教育不能等待基金</td><td>Education Cannot Wait</td></tr>"
        "</table>"
    )
    assert [(m.name_zh, m.group, m.category) for m in mentions] == [
        ("聯合國海洋機制", UN_BODIES, "氣候、能源與環境"),
        ("聯合國大學", UN_BODIES, "性別、人權與社會"),
        ("國際太陽能聯盟", NON_UN_SYSTEM, None),  # a new group ends the categories above
        ("教育不能等待基金", NON_UN_SYSTEM, None),
    ]
    assert text.count("聯合國機構") == 1


def test_category_column_in_a_name_table() -> None:
    doc = html_to_document(
        "<html><body><article><table><tr><th>類別</th><th>中文名稱</th><th>英文名稱</th></tr>"
        '<tr><td rowspan="2">經濟、貿易與發展（共2個）</td>'
        "<td>國際貿易中心</td><td>International Trade Centre</td></tr>"
        "<tr><td>國際棉業諮詢委員會</td><td>International Cotton Advisory Committee</td></tr>"
        "<tr><td>安全、法律與區域（共1個）</td>"
        "<td>國際法委員會</td><td>International Law Commission</td></tr>"
        "</table></article></body></html>",
        doc_id="t",
        path="t.html",
        encoding="utf-8",
    )[0]
    ext = TABLE.extract(doc)
    assert [(m.name_zh, m.name_en, m.category) for m in ext.mentions] == [
        ("國際貿易中心", "International Trade Centre", "經濟、貿易與發展"),
        ("國際棉業諮詢委員會", "International Cotton Advisory Committee", "經濟、貿易與發展"),
        ("國際法委員會", "International Law Commission", "安全、法律與區域"),
    ]
    assert [(h.label, h.category, h.stated) for h in ext.headings] == [
        ("經濟、貿易與發展", "經濟、貿易與發展", 2),
        ("安全、法律與區域", "安全、法律與區域", 1),
    ]


def test_section_headers_spanning_name_columns() -> None:
    # 聯合國組織 over 中文 | English and 非聯合國組織 over 中文 | English: one item per section per row
    mentions, text = inline(
        "<table><thead>"
        '<tr><th rowspan="2">類別</th><th colspan="2">聯合國組織</th><th colspan="2">非聯合國組織</th></tr>'
        "<tr><th>中文</th><th>English</th><th>中文</th><th>English</th></tr></thead>"
        '<tr><td rowspan="2">氣候、能源與環境（共4個）</td><td>聯合國海洋機制</td><td>UN Oceans</td>'
        "<td>國際太陽能聯盟</td><td>International Solar Alliance</td></tr>"
        "<tr><td>聯合國能源機制</td><td>UN Energy</td>"
        "<td>國際能源論壇</td><td>International Energy Forum</td></tr>"
        "</table>"
    )
    assert [(m.name_zh, m.name_en, m.group, m.category) for m in mentions] == [
        ("聯合國海洋機制", "UN Oceans", UN_ORGS, "氣候、能源與環境"),
        ("國際太陽能聯盟", "International Solar Alliance", NON_UN_ORGS, "氣候、能源與環境"),
        ("聯合國能源機制", "UN Energy", UN_ORGS, "氣候、能源與環境"),
        ("國際能源論壇", "International Energy Forum", NON_UN_ORGS, "氣候、能源與環境"),
    ]
    assert text[mentions[1].start : mentions[1].end] == "國際太陽能聯盟 International Solar Alliance"
