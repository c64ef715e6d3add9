"""What outlets' pages set in and around an article's list, told apart by structure (made-up names): a
"continue reading" mark an advertisement leaves between two items, a box of related headlines whose
heading names the site's section first (``日報新聞-相關報道：``), bullets that sum the story up between the
headline and the body, and a table printed as ``<br>`` lines whose columns ideographic spaces part."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pipeline.models import Kind, Mention
from sources.html_text import render_text
from sources.layouts._lines import advertisement_label, related_heading
from sources.reader import read_document
from sources.registry import parse_path

SIX = ["甲國", "乙國", "丙國", "丁國", "戊國", "己國"]


def _page(tmp_path: Path, body: str, title: str = "甲國等六國入境受限") -> list[Mention]:
    html = (
        f'<html><head><meta charset="utf-8"><title>{title} - 某某日報</title>'
        f'<meta property="og:title" content="{title}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    path = tmp_path / f"page{len(list(tmp_path.iterdir()))}.html"
    path.write_text(html, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


@pytest.mark.parametrize(
    "mark", ["請繼續往下閱讀...", "繼續閱讀下文", "Story continues below advertisement", "請繼續往下閱讀…"]
)
def test_a_continue_reading_mark_is_an_advertisement_label(mark: str) -> None:
    assert advertisement_label(mark)


def test_a_continue_reading_mark_between_one_name_paragraphs_is_no_item(tmp_path: Path) -> None:
    """``<p>丙國</p><div><span>請繼續往下閱讀...</span></div><p>丁國</p>``: six names, the mark none."""
    items = "".join(f"<p>{n}</p>" for n in SIX[:3])
    rest = "".join(f"<p>{n}</p>" for n in SIX[3:])
    body = (
        "<p>甲部今日公布措施，以下六國公民入境將受限制，名單如下：</p>"
        f'{items}<div class="before_x"><span>請繼續往下閱讀...</span></div>{rest}'
        "<p>甲部發言人表示，名單將每半年檢討一次，並視情況調整。</p>"
    )
    assert [m.label for m in _page(tmp_path, body)] == SIX


def test_a_related_heading_may_name_the_sites_section_first() -> None:
    """``日報新聞-相關報道：``: the section's name, a dash, then the heading's own words; two names parted
    by a dash, or a group's label and its count, are no such heading."""
    assert all(map(related_heading, ["日報新聞-相關報道：", "國際新聞｜延伸閱讀", "Sport - Related stories"]))
    assert not any(map(related_heading, ["甲國-乙國", "全面禁止入境－12國"]))


def test_related_headlines_under_a_section_named_heading_are_no_list(tmp_path: Path) -> None:
    """A box of three headline links under ``<h2>日報新聞-相關報道：</h2>`` after a list of six names: the
    six only, not the headlines as a second list."""
    names = "<br>".join(SIX)
    body = (
        f"<p>甲部今日公布措施，以下六國公民入境將受限制，名單如下：<br>{names}</p>"
        "<p>甲部發言人表示，名單將每半年檢討一次，並視情況調整。</p>"
        '<div id="autonews"><h2><strong>日報新聞-相關報道：</strong></h2>'
        '<p><a href="/1">甲國外長批評措施帶有歧視</a><br><a href="/2">乙國旅行團全數取消</a><br>'
        '<a href="/3">丙國僑民憂心無法返鄉</a></p></div>'
    )
    assert [m.label for m in _page(tmp_path, body)] == SIX


def test_bullets_summing_the_story_up_above_its_body_are_no_list(tmp_path: Path) -> None:
    """``<blockquote><p>重點：</p><ul>…</ul></blockquote>`` between the headline and the body's first
    sentence: the story's points, not its list; the six names after the lead-in are."""
    names = "".join(f"<li>{n}</li>" for n in SIX)
    body = (
        '<div class="byline">撰文：張三 2025-06-05 11:20</div>'
        "<blockquote><p>重點：</p><ul><li>措施將於下月一日生效</li><li>兩類人士獲豁免</li></ul></blockquote>"
        "<p>甲部今日公布新措施，以國家安全為由，限制六個國家的公民入境，措施將於下月一日起生效。</p>"
        f"<p>受限制的六國如下：</p><ul>{names}</ul>"
        "<p>甲部發言人表示，名單將每半年檢討一次，並視情況調整。</p>"
    )
    assert [m.label for m in _page(tmp_path, body)] == SIX
    # the list right under the headline is the article's: no sentence of a body after it, items as short
    # as names, or words before it that lead in to it and count it
    body = "<p>甲部今日公布新措施，以國家安全為由，限制六個國家的公民入境，措施將於下月一日起生效。</p>"
    assert [m.label for m in _page(tmp_path, f"<p>六國：</p><ul>{names}</ul>")] == SIX
    assert [m.label for m in _page(tmp_path, f"<ul>{names}</ul>{body}")] == SIX
    long_names = "".join(f"<li>{n}西部自治聯邦共和國</li>" for n in SIX)
    got = _page(tmp_path, f"<p>受限制的6國：</p><ul>{long_names}</ul>{body}")
    assert [m.label for m in got] == [f"{n}西部自治聯邦共和國" for n in SIX]


def test_a_text_table_in_br_lines_keeps_its_columns_and_its_header_row(tmp_path: Path) -> None:
    """``國家　　新稅率　　原稅率<br>甲國　　25%　　10%<br>…``: four names, each with its two rates under
    the header row's labels; the header row is no item."""
    rates = zip(SIX[:4], (25, 30, 35, 40), (10, 15, 20, 25), strict=True)
    rows = "".join(f"<br>{n}　　{a}%　　{b}%" for n, a, b in rates)
    body = (
        "<p>甲部今日公布新稅率，四國的稅率如下：<br>國家　　新稅率　　原稅率" + rows + "</p>"
        "<p>甲部發言人表示，稅率將每半年檢討一次，並視情況調整。</p>"
    )
    got = _page(tmp_path, body, title="甲部公布四國新稅率")
    assert [m.label for m in got] == SIX[:4]
    assert [[v.number for v in m.values] for m in got][0] == [25, 10]
    assert {tuple(v.column for v in m.values) for m in got} == {("新稅率", "原稅率")}


def test_a_pages_text_keeps_a_gap_of_ideographic_spaces_between_words_and_no_other() -> None:
    """Two ideographic spaces or more between words are a column's gap, kept; one, the source's own
    indentation and line ends, or the indent opening a paragraph or a line, are not."""
    cases = {
        "<p>甲國　　25%　　10%</p>": "甲國\u3000\u300025%\u3000\u300010%",
        "<p>甲國　25%</p>": "甲國 25%",
        "<p>\n    甲國\n    25%\n</p>": "甲國 25%",
        "<p>　　甲國今日宣布</p>": "甲國今日宣布",
        "<p>甲國<br>　　乙國</p>": "甲國\n乙國",
    }
    assert {html: render_text(BeautifulSoup(html, "lxml"))[0] for html in cases} == cases


def test_a_date_printed_in_parts_before_the_headline_is_the_pages_date(tmp_path: Path) -> None:
    """No meta tag, JSON-LD or ``<time>``: the year and the month and day in spans of their own in a block
    named as the page's time, removed with the chrome before the headline, still date the page."""
    html = (
        '<html><head><meta charset="utf-8"><title>甲部公布六國名單-某某通訊網</title></head><body>'
        '<div class="header-time"><span class="year"><em> 2021</em></span>'
        '<span class="day"><em> 03</em>/<em>09</em></span><span class="time"> 10:21:05</span></div>'
        "<h1>甲部公布六國名單</h1>"
        "<p>　　某某通訊網北京3月9日電　甲部今日公布受限制的六國名單。</p></body></html>"
    )
    path = tmp_path / "dated.html"
    path.write_text(html, encoding="utf-8")
    assert read_document(path)[0].date == "2021-03-09"
