"""How outlets' HTML pages carry a list (``tests/fixtures/html_layouts/``, see its README): pages in our
own words about real events, each built the way a kind of outlet was seen to build it, with the page's
furniture around the article (menus, tickers, reader tallies, share bars, captions, advertisement slots,
related and most-read headlines, tag links, footers). Each page's list is read whole (names, groups,
values with their labels, stated counts) and nothing of the furniture; a page whose shape is not read
yet gives no list at all, never a part. The readings are written from reading the pages. Pages of one
event are run together: none of them is accused."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Discrepancy, Kind, Mention, ParseResult, Reconciliation, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

PAGES = Path(__file__).resolve().parent / "fixtures" / "html_layouts"


@cache
def _read(name: str) -> ParseResult:
    return parse_path(PAGES / f"{name}.html")


def _mentions(name: str) -> list[Mention]:
    return [m for m in _read(name).mentions if m.kind is Kind.LIST]


def _names(name: str) -> list[str]:
    return [m.label for m in _mentions(name)]


def _grouped(name: str) -> list[tuple[str, list[str]]]:
    """The groups in the order the page prints them, each with its names."""
    out: list[tuple[str, list[str]]] = []
    for m in _mentions(name):
        if not out or out[-1][0] != m.group:
            out.append((m.group, []))
        out[-1][1].append(m.label)
    return out


def _numbers(name: str) -> list[tuple[float | None, ...]]:
    return [tuple(v.number for v in m.values) for m in _mentions(name)]


def _columns(name: str) -> set[tuple[str, ...]]:
    return {tuple(v.column for v in m.values) for m in _mentions(name)}


def _titles(name: str) -> list[str]:
    return [" ".join(a.text for a in m.attributes if a.kind is AttributeKind.TITLE) for m in _mentions(name)]


def _stated(name: str) -> list[int | None]:
    return [h.stated for h in _read(name).headings]


def _split(names: str) -> list[str]:
    return [n.replace("_", " ") for n in names.split()]


# ------------------------------------------------------------------------ the travel ban (June 4, 2025)

BAN_EN = _split(
    "Afghanistan Burma Chad Republic_of_the_Congo Equatorial_Guinea Eritrea Haiti Iran Libya Somalia "
    "Sudan Yemen"
)
PARTIAL_EN = _split("Burundi Cuba Laos Sierra_Leone Togo Turkmenistan Venezuela")
BAN_TW = "阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
PARTIAL_TW = "蒲隆地 古巴 寮國 獅子山 多哥 土庫曼 委內瑞拉".split()
BAN_HK = "阿富汗 緬甸 乍得 剛果共和國 赤道畿內亞 厄立特里亞 海地 伊朗 利比亞 索馬里 蘇丹 也門".split()
PARTIAL_HK = "布隆迪 古巴 老撾 塞拉利昂 多哥 土庫曼斯坦 委內瑞拉".split()
BAN_CN = "阿富汗 缅甸 乍得 刚果（布） 赤道几内亚 厄立特里亚 海地 伊朗 利比亚 索马里 苏丹 也门".split()
PARTIAL_CN = "布隆迪 古巴 老挝 塞拉利昂 多哥 土库曼斯坦 委内瑞拉".split()
BAN_JA = (
    "アフガニスタン ミャンマー チャド コンゴ共和国 赤道ギニア エリトリア "
    "ハイチ イラン リビア ソマリア スーダン イエメン"
)
PARTIAL_JA = "ブルンジ キューバ ラオス シエラレオネ トーゴ トルクメニスタン ベネズエラ"

BAN_PAGES = {
    # page: (the groups as printed, each with its names; the stated counts)
    "tw_h3_groups_linked_names": ([("全面禁止入境", BAN_TW), ("部分限制入境", PARTIAL_TW)], [12, 7]),
    "en_h2_groups_colon_descriptions": (
        [("Countries under a full ban", BAN_EN), ("Countries under partial restrictions", PARTIAL_EN)],
        [None, None],
    ),
    "en_table_rowspan_groups": ([("Full ban", BAN_EN), ("Partial restrictions", PARTIAL_EN)], []),
    "ja_ul_split_by_ad": (
        [("入国を全面禁止される", BAN_JA.split()), ("一部制限の対象となる", PARTIAL_JA.split())],
        [12, 7],
    ),
    "cn_br_run_numbered": ([("全面禁止入境的国家", BAN_CN), ("部分限制入境的国家", PARTIAL_CN)], [12, 7]),
    "hk_table_colspan_group_rows": ([("全面禁止入境", BAN_HK), ("部分限制入境", PARTIAL_HK)], [12, 7]),
}


@pytest.mark.parametrize("page", sorted(BAN_PAGES))
def test_a_travel_ban_page_gives_both_groups_whole(page: str) -> None:
    """Group headings over lists of names linked to tag pages, ``<h2>`` groups whose items explain
    themselves after a colon, a table whose group cells span their rows, one group's ``<ul>`` cut in two
    by an advertisement, numbered ``<br>`` runs in one paragraph, a table whose groups are rows of one
    cell (the first at the very top): 12 + 7 names under two groups, each group's stated count, and no
    name from the tag links, related headlines or most-read lists around them."""
    groups, stated = BAN_PAGES[page]
    assert _grouped(page) == groups
    assert _stated(page) == stated


def test_a_group_row_at_the_top_of_a_table_is_no_header_and_its_numbering_no_value() -> None:
    """``<th colspan=2>全面禁止入境（12國）</th>`` opens the table and a second such row opens the other
    group: both are groups' rows, not the header and an item; the numbers that start again under each
    are the rows' order, not values."""
    assert "部分限制入境" not in _names("hk_table_colspan_group_rows")
    assert set(_numbers("hk_table_colspan_group_rows")) == {()}


def test_a_full_ban_with_descriptions_keeps_each_description_out_of_the_name() -> None:
    """``<strong>Afghanistan</strong>: the proclamation says …``: the name is the bold words; what follows
    the colon is said of it."""
    first = _mentions("en_h2_groups_colon_descriptions")[0]
    assert first.label == "Afghanistan"
    assert "competent central authority" in " ".join(a.text for a in first.attributes)


def test_an_ordered_list_with_flags_and_a_most_read_list_inside_the_article() -> None:
    """An ``<ol>`` of names each after a flag picture, then the partial group in a sentence, then a
    最多人睇 ``<ol>`` of headlines (naming 古巴, 伊朗, 海地) inside the ``<article>``: the 12 names and the
    7, each group under a label of its own words, never an item's name, and no headline."""
    groups = _grouped("hk_ol_flags_most_read_inside")
    assert [names for _, names in groups] == [BAN_HK, PARTIAL_HK]
    labels = [label for label, _ in groups]
    assert all(labels) and not set(labels) & set(BAN_HK + PARTIAL_HK)
    assert "部分限制" in labels[1]
    assert _stated("hk_ol_flags_most_read_inside") == [12, 7]


# ---------------------------------------------------------------- the reciprocal tariffs (April 2, 2025)

RATES = [49, 46, 44, 36, 34, 32, 26, 25, 24, 24]
CLAIMED = [97, 90, 88, 72, 67, 64, 52, 50, 46, 47]  # what the White House said each charges the US
TARIFF_PAGES = {
    "tw_cards_per_item": ("柬埔寨 越南 斯里蘭卡 泰國 中國 台灣 印度 南韓 日本 馬來西亞", True),
    "hk_strong_paragraphs_with_insert": ("柬埔寨 越南 斯里蘭卡 泰國 中國 台灣 印度 南韓 日本 馬來西亞", True),
    "cn_table_thead_two_columns": ("柬埔寨 越南 斯里兰卡 泰国 中国 中国台湾 印度 韩国 日本 马来西亚", True),
    "en_h3_per_item_paragraph": (
        "Cambodia Vietnam Sri_Lanka Thailand China Taiwan India South_Korea Japan Malaysia",
        False,
    ),
    "en_ul_split_by_read_also": (
        "Cambodia Vietnam Sri_Lanka Thailand China Taiwan India South_Korea Japan Malaysia",
        False,
    ),
    "ja_table_caption_th_row": (
        "カンボジア ベトナム スリランカ タイ 中国 台湾 インド 韓国 日本 マレーシア",
        False,
    ),
}


@pytest.mark.parametrize("page", sorted(TARIFF_PAGES))
def test_a_tariff_page_gives_ten_economies_each_with_its_rate(page: str) -> None:
    """Cards of a heading and a line each, bold names in paragraphs cut by a 相關報道 link and an
    advertisement, a table with two value columns, ``<h3>`` per economy over a paragraph and a photo, a
    ``<ul>`` cut in two by a READ ALSO link, a table of ``<th scope=row>`` names: ten economies in order,
    each with its rate (and the rate it is said to charge, where the page prints it), in one group."""
    names, both = TARIFF_PAGES[page]
    assert _names(page) == _split(names)
    numbers = _numbers(page)
    if page.startswith("cn_"):  # the table prints the claimed rate first
        assert numbers == [(float(c), float(r)) for r, c in zip(RATES, CLAIMED, strict=True)]
    elif both:
        assert numbers == [(float(r), float(c)) for r, c in zip(RATES, CLAIMED, strict=True)]
    else:
        assert numbers == [(float(r),) for r in RATES]
    assert {m.group for m in _mentions(page)} == {""}


def test_a_table_labels_its_values_by_their_columns_and_cards_leave_no_line_break_label() -> None:
    assert _columns("cn_table_thead_two_columns") == {("美方所称对美关税", "美国“对等关税”")}
    assert _columns("tw_cards_per_item") == {("", "")}


def test_an_item_s_bold_name_never_heads_the_items_after_it() -> None:
    """A bold-name run cut by an insert is one list: no group is named after the headline or after the
    fourth item's name."""
    assert _read("hk_strong_paragraphs_with_insert").headings == ()


def test_names_in_h3_with_the_value_in_the_paragraph_under_them() -> None:
    """``<h3>カンボジア</h3><p>税率は49％。…</p>``: each heading an item, its paragraph's first sentence its
    rate (``既存の20％`` after it is no value of the item, nor ``日本の税率は24％`` under the last one)."""
    got = _mentions("ja_h3_name_value_in_paragraph")
    assert [(m.label, [v.number for v in m.values]) for m in got] == [
        ("カンボジア", [49]),
        ("ベトナム", [46]),
        ("スリランカ", [44]),
        ("タイ", [36]),
        ("中国", [34]),
    ]


# ----------------------------------------------------------------- the passport index (July 2023)

PASSPORT_EN = _split(
    "Singapore Germany Italy Spain Austria Finland France Japan Luxembourg South_Korea Sweden"
)
PLACES = [193, 190, 190, 190, 189, 189, 189, 189, 189, 189, 189]


def test_a_ranking_table_with_tied_places_in_spanning_cells() -> None:
    """``<td rowspan=3>2</td>`` and ``<td rowspan=3>190</td>``: every tied country has its place and its
    count of destinations."""
    assert (
        _names("tw_table_figure_rowspan_rank")
        == "新加坡 德國 義大利 西班牙 奧地利 芬蘭 法國 日本 盧森堡 南韓 瑞典".split()
    )
    ranks = [1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]
    assert _numbers("tw_table_figure_rowspan_rank") == [
        (float(r), float(p)) for r, p in zip(ranks, PLACES, strict=True)
    ]


def test_linked_names_tied_in_one_list_item_are_each_read() -> None:
    """``<li><a>Germany</a>, <a>Italy</a> and <a>Spain</a> – 190 destinations</li>``: three names, each
    with the figure after the last one as its value (what it counts in the value's raw text); no name
    keeps another in its description."""
    people = _mentions("en_ol_linked_names")
    assert [m.label for m in people] == PASSPORT_EN
    assert [[v.number for v in m.values] for m in people] == [[p] for p in PLACES]
    assert [[v.raw for v in m.values] for m in people] == [[f"{p} destinations"] for p in PLACES]
    assert not any(m.attributes for m in people)


# ---------------------------------------------------- the Hong Kong sanctions (August 7, 2020)

OFFICIALS_HK = "林鄭月娥 鄭若驊 李家超 曾國衞 鄧炳強 盧偉聰 陳國基 夏寶龍 張曉明 駱惠寧 鄭雁雄".split()
OFFICIALS_EN = _split(
    "Carrie_Lam Teresa_Cheng John_Lee Erick_Tsang Chris_Tang Stephen_Lo Eric_Chan Xia_Baolong Zhang_Xiaoming "
    "Luo_Huining Zheng_Yanxiong"
)


@pytest.mark.parametrize("page", ["hk_middot_dash_br_lines", "tw_p_strong_link_names"])
def test_a_sanctions_page_gives_eleven_officials_with_their_posts(page: str) -> None:
    """``·林鄭月娥——行政長官`` lines parted by ``<br>`` after a 相關報道 box, and bold linked names in
    paragraphs with the post after a colon: eleven people, each with a post, the count 11."""
    assert _names(page) == OFFICIALS_HK
    assert all(_titles(page))
    assert _titles(page)[5] in {"前警務處處長"}
    assert _stated(page) == [11]


def test_a_definition_list_gives_each_official_and_the_post_under_the_name() -> None:
    assert _names("en_dl_names_posts") == OFFICIALS_EN
    assert _titles("en_dl_names_posts")[1] == "Secretary for Justice"


# ----------------------------------------------------------- the Ishiba cabinet (October 1, 2024)


def test_posts_given_with_ni_and_a_full_stop_keep_it_out_of_the_name() -> None:
    """``▽外務大臣に岩屋毅氏。``, with or without a remark after it: the name without に, 氏 or the stop."""
    assert _names("ja_triangle_post_ni_name") == "林芳正 村上誠一郎 岩屋毅 加藤勝信 武藤容治 中谷元".split()
    assert (
        _titles("ja_triangle_post_ni_name")
        == "官房長官 総務大臣 外務大臣 財務大臣 経済産業大臣 防衛大臣".split()
    )


def test_a_roster_table_and_profiles_under_h3_give_the_seven_posts() -> None:
    assert (
        _names("ja_table_post_name_note")
        == "石破茂 林芳正 村上誠一郎 岩屋毅 加藤勝信 武藤容治 中谷元".split()
    )
    assert _titles("ja_table_post_name_note")[3] == "外相"
    assert _names("en_h3_person_profile") == _split(
        "Shigeru_Ishiba Yoshimasa_Hayashi Takeshi_Iwaya Katsunobu_Kato Gen_Nakatani Yoji_Muto "
        "Seiichiro_Murakami"
    )
    assert _titles("en_h3_person_profile")[2] == "Foreign Minister"


# ------------------------------------------------------------ China's visa waiver (November 24, 2023)


def test_an_inline_list_is_read_and_a_box_of_linked_country_names_is_not() -> None:
    """The six countries in the sentence, counted; the 相关国家 box after the body links seven country
    names (one of them no part of the list) and is furniture."""
    assert _names("cn_inline_with_country_link_box") == "法国 德国 意大利 荷兰 西班牙 马来西亚".split()
    assert _stated("cn_inline_with_country_link_box") == [6]


# ------------------------------------------------------------------------------- guards over every page

FURNITURE_WORDS = (
    "熱門",
    "热点",
    "相關",
    "相关",
    "関連",
    "ランキング",
    "Most",
    "Read",
    "Trending",
    "©",
    "Copyright",
)


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_no_item_comes_from_the_page_furniture(path: Path) -> None:
    """Every item lies within the article's body (before its end) and no item is a headline or a word of
    the site's own lists."""
    result = _read(path.stem)
    assert result.article is not None
    end = result.article.body_end if result.article.body_end >= 0 else len(result.article.text)
    for m in _mentions(path.stem):
        assert m.end <= end
        assert not any(word in m.label for word in FURNITURE_WORDS)
        assert len(m.label) <= 40


def test_every_page_names_its_outlet_and_date() -> None:
    for path in PAGES.glob("*.html"):
        article = _read(path.stem).article
        assert article is not None and article.outlet and article.outlet != "unknown", path.stem
        assert article.date is not None and article.date.startswith("20"), path.stem


# ------------------------------------------------------------------------------------- run together


@cache
def _run(*names: str) -> Reconciliation:
    return reconcile([str(PAGES / f"{n}.html") for n in names])


def _accused(result: Reconciliation) -> list[Discrepancy]:
    return [d for d in result.discrepancies if d.severity is not Severity.INFO]


def test_the_tariff_pages_run_together_accuse_no_one() -> None:
    result = _run(*sorted(TARIFF_PAGES))
    assert _accused(result) == []
    assert len(result.entities) == 10


def test_the_passport_pages_run_together_accuse_no_one() -> None:
    """Before tied names were read one by one, the English page's three items made the Taiwan table's
    eight other countries look like its own."""
    result = _run("tw_table_figure_rowspan_rank", "en_ol_linked_names")
    assert _accused(result) == []
    assert len(result.entities) == 11


def test_the_cabinet_pages_run_together_accuse_no_one() -> None:
    result = _run("ja_triangle_post_ni_name", "ja_table_post_name_note", "en_h3_person_profile")
    assert _accused(result) == []


def test_the_travel_ban_pages_run_together_accuse_no_one() -> None:
    """Seven pages, two groups each: no outlet is short, long or missing a country, and no group's count
    is in doubt. The Taiwan headline counts the groups in turn (``12國全面禁止入境、7國部分限制``): each
    count is its own piece's, 7 is no count of the full ban."""
    result = _run(*sorted(BAN_PAGES), "hk_ol_flags_most_read_inside")
    assert len(result.entities) == 19
    assert _accused(result) == []
