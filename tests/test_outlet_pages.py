"""Whole pages as outlets serve them (``tests/fixtures/outlet_pages/``): a site's bar, menus, tickers,
reader tallies, captions, advertisement slots, tag lists, author boxes, related and most-read headlines and
footers around the article. Each page's list is read and nothing of the chrome: its names in order, its
values, its stated count, the page's date and outlet (written from reading the pages). Two of the events
are run as stories, with one planted error each, and only the planted outlet is accused."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from probe_fixtures import findings, story

from pipeline.models import Kind, ParseResult
from sources.registry import parse_path

PAGES = Path(__file__).resolve().parent / "fixtures" / "outlet_pages"


@cache
def _read(name: str) -> ParseResult:
    return parse_path(PAGES / name)


def _names(name: str) -> list[str]:
    return [m.label for m in _read(name).mentions if m.kind is Kind.LIST]


def _values(name: str) -> list[tuple[float | None, ...]]:
    return [tuple(v.number for v in m.values) for m in _read(name).mentions if m.kind is Kind.LIST]


def _posts(name: str) -> list[str]:
    return [m.attributes[0].text if m.attributes else "" for m in _read(name).mentions if m.kind is Kind.LIST]


def _stated(name: str) -> list[int | None]:
    return [h.stated for h in _read(name).headings]


def _groups(name: str) -> set[str]:
    return {m.group for m in _read(name).mentions if m.kind is Kind.LIST}


# ------------------------------------------------------------------------------ the medal table

MEDALS = [
    (40, 44, 42),
    (40, 27, 24),
    (20, 12, 13),
    (18, 19, 16),
    (16, 26, 22),
    (15, 7, 12),
    (14, 22, 29),
    (13, 9, 10),
    (12, 13, 15),
    (12, 13, 8),
]
MEDALS_HK = [(*row, sum(row)) for row in MEDALS]
MEDALS_HK[3] = (17, 19, 16, 53)  # planted: Australia's gold (its total left as printed)

MEDAL_PAGES = {
    "medals/01_tw.html": (
        "美國 中國 日本 澳洲 法國 荷蘭 英國 南韓 義大利 德國",
        MEDALS,
        "嵐山新聞網",
        "2024-08-12",
    ),
    "medals/02_hk.html": (
        "美國 中國 日本 澳洲 法國 荷蘭 英國 南韓 意大利 德國",
        MEDALS_HK,
        "維港日報",
        "2024-08-12",
    ),
    "medals/03_cn.html": (
        "美国 中国 日本 澳大利亚 法国 荷兰 英国 韩国 意大利 德国",
        MEDALS,
        "东岭网",
        "2024-08-12",
    ),
    "medals/04_en.html": (
        "United_States China Japan Australia France Netherlands Britain South_Korea Italy Germany",
        MEDALS,
        "Meridian Wire",
        "2024-08-11",
    ),
    "medals/05_ja.html": (
        "米国 中国 日本 オーストラリア フランス オランダ 英国 韓国 イタリア ドイツ",
        MEDALS,
        "朝凪新聞デジタル",
        "2024-08-12",
    ),
}


@pytest.mark.parametrize("page", sorted(MEDAL_PAGES))
def test_a_medal_table_page_gives_its_ten_rows_and_nothing_of_its_chrome(page: str) -> None:
    """Menus of seven sections, a ticker table of four figures, a most-read list of ten, keyword links
    naming the countries, a comment tally (コメント12件) and the headline's own figure (金20個) are neither
    items nor counts: ten countries in order with their gold, silver and bronze (and the Hong Kong total),
    counted 10 by the lead-in or the caption, one group."""
    names, values, outlet, date = MEDAL_PAGES[page]
    assert _names(page) == [n.replace("_", " ") for n in names.split()]
    assert _values(page) == [tuple(float(n) for n in row) for row in values]
    assert _stated(page) == [10]
    assert _groups(page) == {""}
    article = _read(page).article
    assert (article.outlet, article.date) == (outlet, date)


# ------------------------------------------------------------------------------ the growth forecasts

FORECASTS = [1.8, 4.0, 0.6, 0.0, 1.1, 0.6, 0.4, 1.4, 6.2, 2.0]
FORECAST_PAGES = {
    "forecasts/01_tw.html": (
        "美國 中國 日本 德國 英國 法國 義大利 加拿大 印度 巴西",
        FORECASTS,
        [10],
        "北辰財經網",
    ),
    "forecasts/02_hk.html": (
        "美國 中國 日本 德國 英國 法國 意大利 加拿大 印度 巴西",
        FORECASTS,
        [10],
        "東灣財經",
    ),
    "forecasts/03_cn.html": (
        "美国 中国 日本 德国 英国 法国 意大利 加拿大 印度 巴西",
        FORECASTS,
        [],
        "南港财经",
    ),
    "forecasts/04_en.html": (
        "United_States China Japan Germany Britain France Italy Canada India Brazil",
        [*FORECASTS[:7], 1.5, *FORECASTS[8:]],  # planted: Canada
        [10],
        "The Lantern Ledger",
    ),
    "forecasts/05_ja.html": (
        "米国 中国 日本 ドイツ 英国 フランス イタリア カナダ インド ブラジル",
        FORECASTS,
        [10],
        "白浜経済新聞",
    ),
}


@pytest.mark.parametrize("page", sorted(FORECAST_PAGES))
def test_a_forecast_page_gives_its_ten_economies_and_no_tag_or_ranking(page: str) -> None:
    """Tag lists of linked country names after the body (a ``ul.kw``, a Topics list, a 相关阅读 list), a
    ranking of company names, an index table before the headline and an advertisement slot between two
    items give no item and cut no list: ten economies in order, each with its forecast."""
    names, values, stated, outlet = FORECAST_PAGES[page]
    assert _names(page) == [n.replace("_", " ") for n in names.split()]
    assert _values(page) == [(v,) for v in values]
    assert _stated(page) == stated
    assert _groups(page) == {""}
    assert _read(page).article.outlet == outlet


# ------------------------------------------------------------------------------ the cabinet's key posts

CABINET_ZH = "石破茂 林芳正 岩屋毅 加藤勝信 中谷元 武藤容治 村上誠一郎".split()
CABINET_PAGES = {
    "cabinet/01_tw.html": (
        CABINET_ZH,
        "首相 內閣官房長官 外務大臣 財務大臣 防衛大臣 經濟產業大臣 總務大臣",
        [],
        "2024-10-01",
    ),
    "cabinet/02_hk.html": (
        CABINET_ZH,
        "首相 內閣官房長官 外務大臣 財務大臣 防衞大臣 經濟產業大臣 總務大臣",
        [7],
        "2024-10-02",
    ),
    "cabinet/03_en.html": (
        "Shigeru_Ishiba Yoshimasa_Hayashi Takeshi_Iwaya Katsunobu_Kato Gen_Nakatani Yoji_Muto "
        "Seiichiro_Murakami".split(),
        "prime_minister chief_cabinet_secretary foreign_minister finance_minister defence_minister economy "
        "internal_affairs_minister",
        [7],  # "Following are the holders of seven key posts:"
        "2024-10-01",
    ),
    "cabinet/04_ja.html": (
        CABINET_ZH,
        "首相 官房長官 外相 財務相 防衛相 経済産業相 総務相",
        [7],
        "2024-10-01",
    ),
}


@pytest.mark.parametrize("page", sorted(CABINET_PAGES))
def test_a_cabinet_page_gives_seven_people_with_their_posts(page: str) -> None:
    """A box of related headlines inside the body, between two items (``<b>延伸閱讀</b>``, a ``関連記事``
    ``<div>``, an ``<aside>``), an advertisement between two ``<ul>`` halves, a caption and tag links naming
    the prime minister, reader tallies and a most-read rail: seven people in order, each with the post the
    page prints (the first post of a bold name's title line, up to its first sentence)."""
    names, posts, stated, date = CABINET_PAGES[page]
    assert _names(page) == [n.replace("_", " ") for n in names]
    assert _posts(page) == [p.replace("_", " ") for p in posts.split()]
    assert _stated(page) == stated
    assert _read(page).article.date == date


# ------------------------------------------------------------------------------ the stories


def test_the_medal_story_accuses_only_the_planted_outlet() -> None:
    """Planted: the Hong Kong table gives Australia 17 golds beside a total of 53. One finding, about the
    Hong Kong page alone, on its gold (the others print 18, and its total agrees with theirs), saying its
    own numbers do not add up besides; no outlet is short, long or missing a country."""
    medals = story("outlet_pages/medals")
    assert findings(medals) == [("value_conflict", ("02_hk",))]
    (d,) = [d for d in medals.discrepancies if d.kind == "value_conflict"]
    assert "17 under '金'" in d.message and "17 + 19 + 16 make 52" in d.message
    assert len(medals.entities) == 10


def test_the_forecast_story_accuses_only_the_planted_outlet() -> None:
    """Planted: the English page gives Canada 1.5% where the four others give 1.4%. The Japanese page's
    January figure for Japan (``1.1%から…下方修正``) is the figure before the change, no contradiction."""
    forecasts = story("outlet_pages/forecasts")
    assert findings(forecasts) == [("value_conflict", ("04_en",))]
    assert len(forecasts.entities) == 10
