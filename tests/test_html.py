"""HTML input: page -> Document text and metadata, and the HTML table and list layouts.

The fixture pages under tests/fixtures/html/ are hand-shaped pages around the lists of the bundled
example articles (with navigation, related-news blocks, sidebars, comments, footers and scripts):

- numbered_table.html: 001's two numbered lists as <table>s (編號 / 中文 / English columns)
- numbered_paragraphs.html: the same rows as <p> paragraphs (read by the text layouts)
- category_table.html: 000's flattened table as a real <table> (UN / non-UN columns, 4 category rows;
  one cell split by <br>, one by <li>, the others by 、)
- ordered_lists.html: 003's enumerated list as two <ol> under <h2> section headings
- english_list.html: a short English-language page with <ul>/<ol> lists under headings
- no_list.html (004) and prose_only.html (002): pages without a list
- big5_table.html: part of 001's table in a page declared and encoded as Big5
Expected values below were written from reading the example articles.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import opencc
import pytest

from pipeline.models import Kind, Mention
from sources.base import Document
from sources.html import html_to_document
from sources.layouts._table_cells import parse_item, split_items
from sources.layouts.html_list import LAYOUTS as LIST_LAYOUTS
from sources.layouts.html_list import HtmlListLayout
from sources.layouts.html_table import LAYOUTS as TABLE_LAYOUTS
from sources.layouts.html_table import HtmlTableLayout
from sources.page import HtmlPage, page_of
from sources.reader import read_document
from sources.registry import LAYOUTS, parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
TABLE = HtmlTableLayout()
LIST = HtmlListLayout()


def load(name: str, *, encoding: str = "utf-8") -> Document:
    raw = (FIXTURES / name).read_bytes().decode(encoding)
    doc, problems = html_to_document(
        raw, doc_id=Path(name).stem, path=str(FIXTURES / name), encoding=encoding
    )
    assert problems == ()
    return doc


def from_string(html: str, *, doc_id: str = "inline") -> Document:
    return html_to_document(html, doc_id=doc_id, path=f"{doc_id}.html", encoding="utf-8")[0]


def evidence(doc: Document, mention: Mention) -> str:
    return doc.text[mention.start : mention.end]


def by_zh(mentions: tuple[Mention, ...], name: str) -> Mention:
    found = [m for m in mentions if m.name_zh == name]
    assert len(found) == 1, (name, [m.name_zh for m in mentions])
    return found[0]


# --------------------------------------------------------------------------- page -> text


def test_layouts_are_registered() -> None:
    assert isinstance(LAYOUTS["html-table"], HtmlTableLayout)
    assert isinstance(LAYOUTS["html-list"], HtmlListLayout)
    assert [layout.name for layout in TABLE_LAYOUTS] == ["html-table"]
    assert [layout.name for layout in LIST_LAYOUTS] == ["html-list"]


def test_metadata_from_meta_tags() -> None:
    doc = load("numbered_table.html")
    assert doc.format == "html"
    assert doc.encoding == "utf-8"
    assert doc.title == "完整名單曝光！川普退群不限66個國際組織 盧比歐：其他還在審"
    assert doc.date == "2026-01-08"
    assert doc.url == "https://www.ettoday.net/news/20260108/0000001.htm"
    assert doc.outlet == "ETtoday新聞雲"
    assert isinstance(doc.html, HtmlPage)


def test_furniture_scripts_and_markup_are_gone() -> None:
    doc = load("category_table.html")
    text = doc.text
    for furniture in (
        "首頁",  # breadcrumb
        "財經",  # nav
        "格陵蘭",  # related news
        "熱門新聞",  # sidebar
        "留言區",  # comments
        "分享到",  # share tools
        "window.dataLayer",  # script
        "console.log",
        ".menu",  # style
        "不得轉載",  # footer
        "廣告",  # ad slot
    ):
        assert furniture not in text, furniture
    assert not re.search(r"</?[a-zA-Z]", text)
    assert "&gt;" not in text and "&amp;" not in text
    assert "\n\n" not in text
    # the article itself is all there
    assert text.startswith("川普宣布退出66個國際組織 鎖定氣候與性別倡議\n")
    assert "在具體的退出名單中，聯合國體系包含《聯合國氣候變化綱要公約》（UNFCCC）" in text


def test_one_block_per_line_and_rows_joined_by_a_space() -> None:
    doc = load("numbered_table.html")
    lines = doc.text.split("\n")
    assert "記者詹雅婷／綜合報導" in lines
    assert "．第一部分：聯合國機構(共計31個)" in lines
    assert "編號 組織中文名稱 組織英文名稱" in lines
    assert "1 經濟與社會事務部 Department of Economic and Social Affairs" in lines
    assert "35 歐洲理事會威尼斯委員會 Venice Commission of the Council of Europe" in lines


def test_paragraph_rows_keep_their_own_lines() -> None:
    lines = load("numbered_paragraphs.html").text.split("\n")
    assert "．第二部分：非聯合國體系的國際組織(共計35個)" in lines
    assert (
        "13 礦業、礦物、金屬與永續發展政府間論壇 "
        "Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development" in lines
    )


def test_body_end_cuts_the_page_tail() -> None:
    doc = load("numbered_table.html")
    assert doc.text[doc.body_end :].startswith("※本文版權所有")
    tail = doc.text[doc.body_end :]
    assert "國際刑警組織" in tail and "國際刑警組織" not in doc.text[: doc.body_end]
    assert load("category_table.html").body_end == len(load("category_table.html").text)


def test_spans_point_into_the_text() -> None:
    doc = load("numbered_table.html")
    page = page_of(doc)
    assert page is not None
    cells = [td for td in page.root.find_all("td")]
    assert len(cells) == 3 * 67  # 66 rows plus the row of the tail table
    for td in cells:
        span = page.span(td)
        assert span is not None
        assert doc.text[span[0] : span[1]] == " ".join(td.get_text().split())
    first = next(td for td in cells if td.get_text() == "經濟與社會事務部")
    span = page.span(first)
    assert span is not None and doc.text[span[0] : span[1]] == "經濟與社會事務部"


def test_inline_entities_breaks_and_whitespace() -> None:
    doc = from_string(
        "<html><body><article><p>A&amp;B &lt;x&gt;&nbsp;y &#22283;&#38555;</p>"
        "<p>第一行<br>第二行<br><br><br>第三行</p><div>區塊<span>文字</span>\n  接續</div>"
        "<table><tr><td>甲</td><td></td><td> 乙 </td></tr></table></article></body></html>"
    )
    assert doc.text == "A&B <x> y 國際\n第一行\n第二行\n第三行\n區塊文字 接續\n甲 乙"


def test_metadata_fallbacks() -> None:
    doc = from_string(
        '<html><head><title>Page title | Site</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "datePublished": "2026-01-07T08:00:00Z"}]}'
        '</script><meta property="og:url" content="https://theinitium.com/article/x"></head>'
        "<body><h1>Heading</h1><p>text</p></body></html>"
    )
    assert doc.title == "Page title"  # "Page title | Site" without the site name
    assert doc.date == "2026-01-07"
    assert doc.url == "https://theinitium.com/article/x"
    assert doc.outlet == "端傳媒"  # known host of an outlet adapter
    doc = from_string(
        "<html><body><h1>Only a heading</h1>"
        '<time datetime="2026/01/14 13:30">昨天</time><p>text</p></body></html>'
    )
    assert doc.title == "Only a heading"
    assert doc.date == "2026-01-14"
    assert doc.url is None
    doc = from_string(
        '<html><head><link rel="canonical" href="https://www.example.net/a"></head><body><p>x</p></body></html>'
    )
    assert doc.outlet == "example.net"


def test_a_wrapper_named_like_furniture_keeps_the_article() -> None:
    long_text = "美國總統川普宣布美國退出66個國際組織，其中包括31個聯合國相關實體。" * 3
    doc = from_string(
        f'<html><body><div class="page has-sidebar with-comments"><p>{long_text}</p>'
        '<div class="comment-list"><p>留言一則</p></div></div></body></html>'
    )
    assert long_text in doc.text
    assert "留言一則" not in doc.text


def test_the_articles_own_header_is_kept_and_the_sites_is_not() -> None:
    """The headline and standfirst in the article's ``<header>`` are where a count is stated first; the
    site's header (its name and menu) is furniture."""
    doc = from_string(
        '<html><body><header class="masthead"><p>The Aland Post</p></header><article><header>'
        "<h1>Borduria bars travelers from 12 countries</h1><p class='dek'>Seven more face limits.</p>"
        "</header><p>" + "The order takes effect on Monday. " * 5 + "</p></article></body></html>"
    )
    assert "Borduria bars travelers from 12 countries\nSeven more face limits." in doc.text
    assert "The Aland Post" not in doc.text


def test_empty_page_is_a_problem_not_an_exception() -> None:
    for raw in ("", "<html><head><script>x()</script></head><body><nav>menu</nav></body></html>"):
        doc, problems = html_to_document(raw, doc_id="empty", path="empty.html", encoding="utf-8")
        assert doc.text == ""
        assert [p.code for p in problems] == ["html-empty"]
        assert TABLE.detect(doc) == 0.0 and LIST.detect(doc) == 0.0


def test_big5_page() -> None:
    doc = load("big5_table.html", encoding="big5")
    assert "經濟與社會事務部 Department of Economic and Social Affairs" in doc.text
    read, problems = read_document(FIXTURES / "big5_table.html")
    assert read is not None
    assert read.encoding == "big5"
    assert read.format == "html"
    assert read.text == doc.text
    assert [p for p in problems if p.code == "encoding"] == []


# --------------------------------------------------------------------------- parse_item / split_items


def test_parse_item_forms() -> None:
    item = parse_item("教育不能等（Education Cannot Wait）基金")
    assert item is not None and (item.name_zh, item.name_en) == ("教育不能等基金", "Education Cannot Wait")
    item = parse_item(
        "33、烏克蘭科學技術中心（Science and Technology Center in Ukraine，STCU，"
        "觀察者網註：成立於1993年的政府間組織。）；"
    )
    assert item is not None
    assert (item.name_zh, item.name_en, item.acronym) == (
        "烏克蘭科學技術中心",
        "Science and Technology Center in Ukraine",
        "STCU",
    )
    assert item.note.startswith(
        "成立於1993年"
    )  # the note without its "X註：" marker, as every layout keeps it
    item = parse_item(
        "56、聯合國促進性別平等和增強婦女權能署"
        "（即「婦女署」，U.N. Entity for Gender Equality and the Empowerment of Women）；"
    )
    assert item is not None and item.aliases == ("婦女署",)
    assert item.name_en == "U.N. Entity for Gender Equality and the Empowerment of Women"
    item = parse_item(
        "37、經濟及社會理事會（Economic and Social Council, ECOSOC）——"
        "非洲經濟委員會（Economic Commission for Africa）；"
    )
    assert item is not None
    assert (item.name_zh, item.name_en, item.parent) == (
        "非洲經濟委員會",
        "Economic Commission for Africa",
        "ECOSOC",
    )
    item = parse_item("ECOSOC-西亞經濟暨社會委員會")
    assert item is not None and (item.name_zh, item.parent) == ("西亞經濟暨社會委員會", "ECOSOC")
    item = parse_item("UN Framework Convention on Climate Change (UNFCCC)")
    assert item is not None and (item.name_zh, item.name_en, item.acronym) == (
        "",
        "UN Framework Convention on Climate Change",
        "UNFCCC",
    )
    item = parse_item("24/7 Carbon-Free Energy Compact")
    assert item is not None and item.name_en == "24/7 Carbon-Free Energy Compact"
    item = parse_item("21世紀再生能源政策網絡（Renewable Energy Policy Network for the 21st Century）")
    assert item is not None and item.name_zh == "21世紀再生能源政策網絡"
    item = parse_item(
        "52、聯合國減少發展中國家毀林和森林退化排放框架（U.N. Collaborative Programme on Reducing "
        "Emissions from Deforestation and Forest Degradation in Developing Countries, UN-REDD）；"
    )
    assert item is not None and item.acronym == "UN-REDD"
    assert item.name_en.endswith("in Developing Countries")
    assert parse_item(" ；") is None


def test_split_items_keeps_names_that_contain_the_separator() -> None:
    cell = (
        "國際發展法組織（International Development Law Organization）、"
        "礦業、礦產、金屬與永續發展政府間論壇"
        "（Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development）、"
        "泛美地理與歷史研究所、大西洋合作夥伴關係"
    )
    pieces = [cell[a:b] for a, b in split_items(cell)]
    assert pieces == [
        "國際發展法組織（International Development Law Organization）",
        "礦業、礦產、金屬與永續發展政府間論壇"
        "（Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development）",
        "泛美地理與歷史研究所",
        "大西洋合作夥伴關係",
    ]


# --------------------------------------------------------------------------- html-table


CATEGORY_COUNTS = {
    "氣候、能源與環境": 18,
    "性別、人權與社會": 19,
    "經濟、貿易與發展": 14,
    "安全、法律與區域": 15,
}
# per category: (UN items, non-UN items) as the article's table has them
CATEGORY_SECTIONS = {
    "氣候、能源與環境": (6, 12),
    "性別、人權與社會": (14, 5),
    "經濟、貿易與發展": (7, 7),
    "安全、法律與區域": (4, 11),
}


# group labels as the fixtures print them
UN_ORGS, NON_UN_ORGS = "聯合國組織", "非聯合國組織"
UN_BODIES, NON_UN_SYSTEM = "聯合國機構", "非聯合國體系的國際組織"


def test_category_table() -> None:
    doc = load("category_table.html")
    assert TABLE.detect(doc) >= 0.9
    assert LIST.detect(doc) == 0.0  # the <ul> inside a cell belongs to the table
    ext = TABLE.extract(doc)
    mentions = ext.mentions
    assert len(mentions) == 66
    assert Counter(m.group for m in mentions) == {UN_ORGS: 31, NON_UN_ORGS: 35}
    assert Counter(m.category for m in mentions) == CATEGORY_COUNTS
    for category, (un, non_un) in CATEGORY_SECTIONS.items():
        groups = Counter(m.group for m in mentions if m.category == category)
        assert groups == {UN_ORGS: un, NON_UN_ORGS: non_un}, category
    assert [m.position for m in mentions] == list(range(1, 67))
    assert all(m.kind is Kind.LIST and m.name_zh for m in mentions)
    headings = {(h.label, h.group, h.category, h.stated) for h in ext.headings}
    assert headings == {
        ("聯合國組織（共31個）", UN_ORGS, None, 31),
        ("非聯合國組織（共35個）", NON_UN_ORGS, None, 35),
        *((label, "", label, count) for label, count in CATEGORY_COUNTS.items()),
    }
    for heading in ext.headings:
        assert doc.text[heading.start : heading.end].startswith(heading.label)
    for mention in mentions:
        # the name is in the evidence once the parenthesised English is taken out
        assert mention.name_zh in re.sub(r"（[^）]*）", "", evidence(doc, mention)), mention
        assert "（" not in mention.name_zh and "註" not in mention.name_zh


def test_category_table_items() -> None:
    doc = load("category_table.html")
    mentions = TABLE.extract(doc).mentions
    ecw = by_zh(mentions, "教育不能等基金")
    assert (ecw.name_en, ecw.group, ecw.category) == (
        "Education Cannot Wait",
        NON_UN_ORGS,
        "性別、人權與社會",
    )
    assert evidence(doc, ecw) == "教育不能等（Education Cannot Wait）基金"
    mining = by_zh(mentions, "礦業、礦產、金屬與永續發展政府間論壇")
    assert (
        mining.name_en == "Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development"
    )
    ipcc = by_zh(mentions, "政府間氣候變遷問題小組")
    assert (ipcc.acronym, ipcc.name_en, ipcc.group) == ("IPCC", "", NON_UN_ORGS)
    assert by_zh(mentions, "聯合國氣候變化綱要公約").acronym == "UNFCCC"
    assert by_zh(mentions, "政府間生物多樣性與生態系服務科學政策平台").acronym == "IPBES"
    sprep = by_zh(mentions, "太平洋區域環境規劃署秘書處")
    assert (sprep.name_en, sprep.acronym, sprep.category) == ("", "", "氣候、能源與環境")
    assert by_zh(mentions, "聯合國大學").name_en == "U.N. University"
    # the <li> cell and the <br> cell
    itc = by_zh(mentions, "國際貿易中心")
    assert evidence(doc, itc) == "國際貿易中心（International Trade Centre）"
    assert (itc.group, itc.category) == (UN_ORGS, "經濟、貿易與發展")
    foc = by_zh(mentions, "自由線上聯盟")
    assert (foc.name_en, foc.group) == ("Freedom Online Coalition", NON_UN_ORGS)
    # ECOSOC before a dash is the parent body
    eca = by_zh(mentions, "非洲經濟委員會")
    assert eca.parent == "ECOSOC"
    assert evidence(doc, eca) == "聯合國經濟與社會理事會（ECOSOC）-非洲經濟委員會"
    assert {m.name_zh for m in mentions if m.parent == "ECOSOC"} == {
        "非洲經濟委員會",
        "拉丁美洲暨加勒比海經濟委員會",
        "亞洲暨太平洋經濟社會委員會",
        "西亞經濟暨社會委員會",
    }


def test_numbered_table() -> None:
    doc = load("numbered_table.html")
    assert TABLE.detect(doc) >= 0.9
    assert LIST.detect(doc) == 0.0  # the related-news list was removed with its block
    ext = TABLE.extract(doc)
    mentions = ext.mentions
    assert len(mentions) == 66
    assert Counter(m.group for m in mentions) == {UN_BODIES: 31, NON_UN_SYSTEM: 35}
    assert all(m.name_zh and m.name_en for m in mentions)
    assert [(h.label, h.group, h.stated) for h in ext.headings] == [
        ("．第一部分：聯合國機構(共計31個)", UN_BODIES, 31),
        ("．第二部分：非聯合國體系的國際組織(共計35個)", NON_UN_SYSTEM, 35),
    ]
    first = mentions[0]
    assert (first.name_zh, first.name_en, first.group) == (
        "經濟與社會事務部",
        "Department of Economic and Social Affairs",
        UN_BODIES,
    )
    assert evidence(doc, first) == "經濟與社會事務部 Department of Economic and Social Affairs"
    eca = by_zh(mentions, "經社理事會非洲經濟委員會")
    assert (eca.name_en, eca.acronym) == ("Economic Commission for Africa", "ECOSOC")
    assert by_zh(mentions, "聯合國氣候變化綱要公約").name_en == "UN Framework Convention on Climate Change"
    cfe = by_zh(mentions, "全天候無碳能源倡議")
    assert (cfe.name_en, cfe.group) == ("24/7 Carbon-Free Energy Compact", NON_UN_SYSTEM)
    assert mentions[-1].name_zh == "歐洲理事會威尼斯委員會"
    assert all(m.end <= doc.body_end for m in mentions)
    assert not any("國際刑警組織" in m.name_zh for m in mentions)


def test_table_with_spanning_section_rows() -> None:
    doc = from_string(
        "<html><body><article><p>名單如下</p><table>"
        "<tr><th>編號</th><th>中文名稱</th><th>English name</th><th>縮寫</th></tr>"
        '<tr><th colspan="4">聯合國組織（共2個）</th></tr>'
        "<tr><td>1</td><td>聯合國人口基金</td><td>UN Population Fund</td><td>UNFPA</td></tr>"
        "<tr><td>2</td><td>聯合國大學</td><td>UN University</td><td></td></tr>"
        '<tr><th colspan="4">非聯合國組織（共1個）</th></tr>'
        "<tr><td>1</td><td>國際太陽能聯盟</td><td>International Solar Alliance</td><td></td></tr>"
        "</table></article></body></html>"
    )
    ext = TABLE.extract(doc)
    assert [(m.name_zh, m.name_en, m.acronym, m.group) for m in ext.mentions] == [
        ("聯合國人口基金", "UN Population Fund", "UNFPA", UN_ORGS),
        ("聯合國大學", "UN University", "", UN_ORGS),
        ("國際太陽能聯盟", "International Solar Alliance", "", NON_UN_ORGS),
    ]
    assert [(h.group, h.stated) for h in ext.headings] == [(UN_ORGS, 2), (NON_UN_ORGS, 1)]


def test_table_layout_ignores_other_tables_and_text() -> None:
    weather = from_string(
        "<html><body><p>天氣</p><table><tr><th>城市</th><th>氣溫</th></tr>"
        "<tr><td>臺北</td><td>18</td></tr><tr><td>高雄</td><td>24</td></tr></table></body></html>"
    )
    assert TABLE.detect(weather) == 0.0
    for name in ("ordered_lists.html", "no_list.html", "prose_only.html", "english_list.html"):
        assert TABLE.detect(load(name)) == 0.0, name
    text_doc = Document("t", "t.txt", "1 聯合國大學 UN University", "utf-8", "text", "", "", None, None, 25)
    assert TABLE.detect(text_doc) == 0.0 and LIST.detect(text_doc) == 0.0
    assert TABLE.extract(text_doc).problems[0].code == "not-html"


# --------------------------------------------------------------------------- html-list


def test_ordered_lists() -> None:
    doc = load("ordered_lists.html")
    assert LIST.detect(doc) >= 0.9
    ext = LIST.extract(doc)
    mentions = ext.mentions
    assert len(mentions) == 66
    assert [m.group for m in mentions] == [NON_UN_ORGS] * 35 + [UN_ORGS] * 31
    assert [(h.label, h.group, h.stated) for h in ext.headings] == [
        ("一、非聯合國組織，共35個，包括：", NON_UN_ORGS, 35),
        ("二、聯合國組織，共31個，包括：", UN_ORGS, 31),
    ]
    assert all(m.name_zh and m.name_en for m in mentions)
    colombo = mentions[1]
    assert (colombo.name_zh, colombo.name_en) == ("科倫坡計劃理事會", "Colombo Plan Council")
    assert colombo.note.startswith("科倫坡計劃是20世紀50年代")  # without its "X註：" marker
    assert by_zh(mentions, "烏克蘭科學技術中心").acronym == "STCU"
    assert by_zh(mentions, "聯合國促進性別平等和增強婦女權能署").aliases == ("婦女署",)
    assert by_zh(mentions, "聯合國人類住區規劃署").aliases == ("人居署",)
    assert by_zh(mentions, "聯合國減少發展中國家毀林和森林退化排放框架").acronym == "UN-REDD"
    assert by_zh(mentions, "採礦、礦產和可持續發展政府間論壇").name_en.startswith(
        "Intergovernmental Forum on Mining"
    )
    eca = by_zh(mentions, "非洲經濟委員會")
    assert (eca.parent, eca.name_en) == ("ECOSOC", "Economic Commission for Africa")
    for mention in mentions:
        assert "註" not in mention.name_zh and "註" not in mention.name_en
        assert evidence(doc, mention).endswith("；") is False
        assert mention.name_zh in evidence(doc, mention)


def test_english_lists_with_categories_and_a_nested_list() -> None:
    doc = load("english_list.html")
    assert doc.date == "2026-01-08"
    assert doc.outlet == "Example Wire"  # named after the headline in <title>, before its web host
    assert "Markets rally" not in doc.text and "Business" not in doc.text
    ext = LIST.extract(doc)
    # h2 groups over h3 categories
    got = [(m.name_en, m.acronym, m.group, m.category, m.parent) for m in ext.mentions]
    un, non_un = "UN entities", "Non-UN organizations"
    assert got == [
        (
            "UN Framework Convention on Climate Change",
            "UNFCCC",
            un,
            "Climate, energy and environment",
            "",
        ),
        (
            "U.N. Collaborative Programme on Reducing Emissions from Deforestation and Forest Degradation "
            "in Developing Countries",
            "UN-REDD",
            un,
            "Climate, energy and environment",
            "",
        ),
        ("Economic Commission for Africa", "", un, "Economy, trade and development", "ECOSOC"),
        ("Intergovernmental Panel on Climate Change", "IPCC", non_un, None, ""),
        (
            "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
            "IPBES",
            non_un,
            None,
            "",
        ),
        ("Science and Technology Center in Ukraine", "STCU", non_un, None, ""),
        ("International Solar Alliance", "", non_un, None, ""),
    ]
    stated = {h.label: h.stated for h in ext.headings if h.category is None}
    assert stated == {"UN entities (3)": 3, "Non-UN organizations (4)": 4}


def test_list_layout_ignores_pages_without_lists() -> None:
    for name in ("no_list.html", "prose_only.html", "numbered_paragraphs.html"):
        assert LIST.detect(load(name)) == 0.0, name
    menu = from_string(
        "<html><body><p>本文</p><ul><li>首頁</li><li>國際</li><li>政治</li><li>財經</li></ul>"
        "<ul><li>美國總統川普今天表示，美國將退出數十個國際與聯合國機構，理由是這些組織與美國國家利益背道而馳。</li>"
        "<li>盧比歐強調，退出行動是為了保護納稅人資源，且美國政府對其他國際組織的審查工作目前還在進行中。</li>"
        "<li>目前美國國務院正持續評估其餘國際組織的存續價值。</li></ul></body></html>"
    )
    assert LIST.detect(menu) == 0.0


# --------------------------------------------------------------------------- end to end


@pytest.mark.parametrize(
    ("name", "layout", "groups"),
    [
        ("numbered_table.html", "html-table", {UN_BODIES: 31, NON_UN_SYSTEM: 35}),
        ("numbered_paragraphs.html", "numbered-rows", {UN_BODIES: 31, NON_UN_SYSTEM: 35}),
        ("category_table.html", "html-table", {UN_ORGS: 31, NON_UN_ORGS: 35}),
        ("ordered_lists.html", "html-list", {UN_ORGS: 31, NON_UN_ORGS: 35}),
        ("big5_table.html", "html-table", {UN_BODIES: 6, NON_UN_SYSTEM: 4}),
        ("english_list.html", "html-list", {"UN entities": 3, "Non-UN organizations": 4}),
    ],
)
def test_parse_path(name: str, layout: str, groups: dict[str, int]) -> None:
    result = parse_path(FIXTURES / name)
    article = result.article
    assert article is not None
    assert article.format == "html"
    assert article.layout == layout
    assert Counter(m.group for m in result.mentions) == groups
    assert all(m.end <= article.body_end for m in result.mentions)
    assert [p for p in result.problems if p.severity.rank >= 1] == []


def test_parse_path_pages_without_a_list() -> None:
    for name in ("no_list.html", "prose_only.html"):
        result = parse_path(FIXTURES / name)
        assert result.article is not None and result.article.layout == ""
        assert result.mentions == ()
        assert [p.code for p in result.problems] == ["no-list"]


@pytest.mark.parametrize("name", ["category_table.html", "numbered_table.html", "ordered_lists.html"])
def test_simplified_rendering_gives_the_same_counts(name: str, tmp_path: Path) -> None:
    converted = opencc.OpenCC("t2s").convert((FIXTURES / name).read_text(encoding="utf-8"))
    path = tmp_path / name
    path.write_text(converted, encoding="utf-8")
    result = parse_path(path)
    assert result.article is not None
    assert len(result.mentions) == 66
    labels = sorted(Counter(m.group for m in result.mentions).items(), key=lambda kv: kv[1])
    assert [n for _, n in labels] == [31, 35]  # the labels as printed, in Simplified
    assert labels[1][0].startswith("非") and not labels[0][0].startswith("非")
    if name == "category_table.html":
        assert sorted(Counter(m.category for m in result.mentions).values()) == [14, 15, 18, 19]


@pytest.mark.parametrize(
    ("title", "outlet", "headline"),
    [
        (
            "川普簽署新旅行禁令 19國人民入境美國受限｜島嶼日報",
            "島嶼日報",
            "川普簽署新旅行禁令 19國人民入境美國受限",
        ),
        (
            "Trump bans travel from 12 countries - Northgate News",
            "Northgate News",
            "Trump bans travel from 12 countries",
        ),
        # the end of a headline after a dash is no site
        ("Analysis - why the ban matters", "unknown", "Analysis - why the ban matters"),
    ],
)
def test_a_page_without_a_site_name_is_named_by_its_title(title: str, outlet: str, headline: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><article><p>正文。</p></article></body></html>"
    doc, _ = html_to_document(page, doc_id="x", path="x.html", encoding="utf-8")
    assert (doc.outlet, doc.title) == (outlet, headline)
