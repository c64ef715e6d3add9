"""News pages as sites build them: CMS wrappers, AMP and script-filled pages, lists cut by advertisements,
groups inside one paragraph, definition lists, tables with two header rows, a header cell per row, group
rows, a total and a note row, rates spanning rows, tables split in two and on their side, Japanese
``【表】`` blocks. Each page in ``tests/fixtures/layouts/page_*`` is read with its items, groups, values
and attributes; the expected readings are written from reading the pages (made up, in the shapes real
sites use)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"

BAN_FULL_HK = "阿富汗 緬甸 乍得 剛果共和國 赤道幾內亞 厄立特里亞 海地 伊朗 利比亞 索馬里 蘇丹 也門".split()
BAN_PARTIAL_HK = "布隆迪 古巴 老撾 塞拉利昂 多哥 土庫曼斯坦 委內瑞拉".split()
BAN_FULL_CN = "阿富汗 缅甸 乍得 刚果共和国 赤道几内亚 厄立特里亚 海地 伊朗 利比亚 索马里 苏丹 也门".split()
BAN_PARTIAL_CN = "布隆迪 古巴 老挝 塞拉利昂 多哥 土库曼斯坦 委内瑞拉".split()
BAN_FULL_EN = [
    *"Afghanistan Burma Chad".split(),
    "Republic of the Congo",
    "Equatorial Guinea",
    *"Eritrea Haiti Iran Libya Somalia Sudan Yemen".split(),
]
BAN_PARTIAL_EN = ["Burundi", "Cuba", "Laos", "Sierra Leone", "Togo", "Turkmenistan", "Venezuela"]
OFFICIALS_HK = "林鄭月娥 鄧炳強 盧偉聰 李家超 鄭若驊 曾國衞 陳國基 夏寶龍 張曉明 駱惠寧 鄭雁雄".split()
OFFICIALS_JA = "林鄭月娥 鄧炳強 盧偉聡 李家超 鄭若驊 曽国衛 陳国基 夏宝竜 張暁明 駱恵寧 鄭雁雄".split()
OFFICIALS_EN = [
    "Carrie Lam",
    "Chris Tang",
    "Stephen Lo",
    "John Lee",
    "Teresa Cheng",
    "Erick Tsang",
    "Eric Chan",
    "Xia Baolong",
    "Zhang Xiaoming",
    "Luo Huining",
    "Zheng Yanxiong",
]


def _result(name: str):  # type: ignore[no-untyped-def]
    return parse_path(LAYOUTS / name)


def _read(name: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (m.label, m.group, tuple(v.raw for v in m.values), tuple(a.text for a in m.attributes))
        for m in _result(name).mentions
        if m.kind is Kind.LIST
    ]


def _counts(name: str) -> list[tuple[str, int | None]]:
    return [(h.group, h.stated) for h in _result(name).headings]


# --------------------------------------------------------------------------- countries


def test_hong_kong_div_rows_under_two_counted_lead_ins_beside_a_hot_news_column() -> None:
    """``<div class="list-row">阿富汗</div>`` under ``全面禁止入境的12個國家：`` and under ``部分限制入境的7個
    國家：``; the share bar and the hot-news column are no items."""
    got = _read("page_hk_div_class_items.html")
    assert [label for label, *_ in got] == BAN_FULL_HK + BAN_PARTIAL_HK
    assert {group for _, group, *_ in got[:12]} == {"全面禁止入境的國家"}
    assert {group for _, group, *_ in got[12:]} == {"部分限制入境的國家"}
    assert _counts("page_hk_div_class_items.html") == [("全面禁止入境的國家", 12), ("部分限制入境的國家", 7)]


def test_two_bold_counted_groups_between_line_breaks_in_one_paragraph() -> None:
    """``<p><strong>全面禁止入境（12國）</strong><br>阿富汗<br>…<br><br><strong>部分限制入境（7國）</strong>
    <br>…</p>`` under ``…名單如下：``: the bold lines head their groups, never items."""
    got = _read("page_hk_br_groups_in_one_paragraph.html")
    assert [label for label, *_ in got] == BAN_FULL_HK + BAN_PARTIAL_HK
    assert [group for _, group, *_ in got] == ["全面禁止入境"] * 12 + ["部分限制入境"] * 7
    assert _counts("page_hk_br_groups_in_one_paragraph.html") == [("全面禁止入境", 12), ("部分限制入境", 7)]


def test_a_page_a_script_fills_is_read_from_its_json_ld_article_body() -> None:
    """An empty ``<div id="app">``; the JSON-LD ``articleBody`` holds two sentences of names after
    ``…的12个国家为：`` and ``…的7个国家为：``."""
    result = _result("page_cn_jsonld_article_body_only.html")
    got = _read("page_cn_jsonld_article_body_only.html")
    assert [label for label, *_ in got] == BAN_FULL_CN + BAN_PARTIAL_CN
    assert [h.stated for h in result.headings] == [12, 7]
    assert result.article is not None
    assert (result.article.outlet, result.article.date) == ("云帆快讯", "2025-06-05")
    assert not [p for p in result.problems if p.code == "html-empty"]


def test_a_json_ld_article_body_of_dash_bullets_beside_a_breadcrumb_list() -> None:
    """A JSON-LD array (a breadcrumb, then the article) whose ``articleBody`` holds ``- Afghanistan``
    lines under ``The 12 countries under a full ban are:`` and ``The seven countries under partial
    restrictions are:``."""
    got = _read("page_en_jsonld_article_body_bullets.html")
    assert [label for label, *_ in got] == BAN_FULL_EN + BAN_PARTIAL_EN
    groups = [group for _, group, *_ in got]
    assert len(set(groups[:12])) == 1 and len(set(groups[12:])) == 1 and groups[0] != groups[12]
    assert "full ban" in groups[0] and "partial restrictions" in groups[12]
    assert [h.stated for h in _result("page_en_jsonld_article_body_bullets.html").headings] == [12, 7]


def test_sections_of_group_headings_over_names_with_share_buttons_and_a_figure_between() -> None:
    """``<section><h2>全面禁止入境</h2><p>阿富汗、缅甸…</p></section>``, a ``<figure>`` with its caption,
    then the second section; the share links above and below are no items."""
    got = _read("page_cn_sections_per_group_with_share_buttons.html")
    assert [label for label, *_ in got] == BAN_FULL_CN + BAN_PARTIAL_CN
    assert [group for _, group, *_ in got] == ["全面禁止入境"] * 12 + ["部分限制入境"] * 7


def test_table_group_rows_across_the_columns_and_a_column_of_regions() -> None:
    """``<tr><td colspan="2"><b>Full ban (12)</b></td></tr>`` over ``Afghanistan | Asia`` rows: the
    spanning rows are the groups with their counts; the region repeated down its column describes each
    country, it files none."""
    got = _read("page_en_colspan_group_rows_table.html")
    assert [label for label, *_ in got] == BAN_FULL_EN + BAN_PARTIAL_EN
    assert [group for _, group, *_ in got] == ["Full ban"] * 12 + ["Partial ban"] * 7
    assert [attrs for *_, attrs in got][:3] == [("Asia",), ("Asia",), ("Africa",)]
    assert [attrs for *_, attrs in got][-1] == ("Americas",)
    # the lead-in's count over the table is the whole list's (``restricts travel from 19 countries, in two
    # tiers:``), each spanning row's its group's
    assert _counts("page_en_colspan_group_rows_table.html") == [
        ("", 19),
        ("Full ban", 12),
        ("Partial ban", 7),
    ]


def test_an_advertisement_item_inside_a_japanese_list_is_no_country() -> None:
    """``<li class="ad-inline"><ins class="adsbygoogle"></ins>広告</li>`` between エリトリア and ハイチ."""
    assert [label for label, *_ in _read("page_ja_ul_with_an_ad_item.html")] == [
        *"アフガニスタン ミャンマー チャド コンゴ共和国 赤道ギニア エリトリア".split(),
        *"ハイチ イラン リビア ソマリア スーダン イエメン".split(),
    ]


# --------------------------------------------------------------------------- tables of values


def test_two_header_rows_a_rate_over_two_dates() -> None:
    """``国家 | 关税税率`` over ``4月2日 | 8月1日``: the April rate first, as printed, each under its
    date."""
    result = _result("page_cn_two_header_rows_dates.html")
    assert [(label, values) for label, _, values, _ in _read("page_cn_two_header_rows_dates.html")] == [
        ("日本", ("24%", "25%")),
        ("韩国", ("25%", "25%")),
        ("马来西亚", ("24%", "25%")),
        ("哈萨克斯坦", ("27%", "25%")),
        ("南非", ("30%", "30%")),
        ("老挝", ("48%", "40%")),
        ("缅甸", ("44%", "40%")),
    ]
    first = next(m for m in result.mentions if m.kind is Kind.LIST)
    assert [v.column for v in first.values] == ["关税税率 4月2日", "关税税率 8月1日"]


def test_a_header_cell_per_row_amounts_under_a_unit_header_and_a_total_footer() -> None:
    """``<tr><th>日本</th><td>685</td><td>25%</td></tr>`` under ``對美貿易順差（億美元）``, and a
    ``<tfoot>`` row ``合計 | 2,228``: the amounts in US dollars, the total row no item."""
    result = _result("page_tw_th_per_row_amounts_and_total.html")
    got = [(m.label, [(v.raw, v.number, v.unit) for v in m.values]) for m in result.mentions]
    assert got == [
        ("日本", [("685", 68_500_000_000, "USD"), ("25%", 25, "%")]),
        ("南韓", [("660", 66_000_000_000, "USD"), ("25%", 25, "%")]),
        ("泰國", [("456", 45_600_000_000, "USD"), ("36%", 36, "%")]),
        ("馬來西亞", [("248", 24_800_000_000, "USD"), ("25%", 25, "%")]),
        ("印尼", [("179", 17_900_000_000, "USD"), ("32%", 32, "%")]),
    ]


def test_a_table_split_in_two_by_an_advertisement() -> None:
    """Seven rows under the header, an ``<ins class="adsbygoogle">`` advertisement, then a second table of
    seven rows without a header: fourteen items, each with its two rates."""
    got = _read("page_en_table_split_by_an_ad.html")
    assert [(label, values) for label, _, values, _ in got] == [
        ("Japan", ("25%", "24%")),
        ("South Korea", ("25%", "25%")),
        ("Malaysia", ("25%", "24%")),
        ("Kazakhstan", ("25%", "27%")),
        ("Tunisia", ("25%", "28%")),
        ("South Africa", ("30%", "30%")),
        ("Bosnia and Herzegovina", ("30%", "35%")),
        ("Indonesia", ("32%", "32%")),
        ("Bangladesh", ("35%", "37%")),
        ("Serbia", ("35%", "37%")),
        ("Cambodia", ("36%", "49%")),
        ("Thailand", ("36%", "36%")),
        ("Laos", ("40%", "48%")),
        ("Myanmar", ("40%", "44%")),
    ]


def test_a_japanese_table_block_of_rates_with_the_former_in_parentheses() -> None:
    """``【表】各国の新税率（カッコ内は4月発表の税率）`` over ``日本　　25％（24％）`` lines and a
    ``（注）`` line."""
    got = _read("page_ja_hyo_block.txt")
    assert len(got) == 14
    assert [(label, values) for label, _, values, _ in got][:2] == [
        ("日本", ("25％", "24％")),
        ("韓国", ("25％", "25％")),
    ]
    assert got[6][:3] == ("ボスニア・ヘルツェゴビナ", "", ("30％", "35％"))
    assert got[-1][:3] == ("ミャンマー", "", ("40％", "44％"))


def test_a_japanese_table_inside_a_figure_under_its_caption() -> None:
    """``<figure><figcaption>【表】…</figcaption><table>…``."""
    assert [
        (label, values) for label, _, values, _ in _read("page_ja_figure_table_with_figcaption.html")
    ] == [
        ("スイス", ("39%",)),
        ("セルビア", ("35%",)),
        ("インド", ("25%",)),
        ("台湾", ("20%",)),
        ("ベトナム", ("20%",)),
        ("日本", ("15%",)),
    ]


def test_a_related_reading_aside_inside_the_article_between_the_lead_in_and_the_list() -> None:
    """``<aside><h4>相关阅读</h4><ul><li><a>…headline…</a></li>…</ul></aside>`` inside the
    ``<article>``, then ``<ul><li>瑞士：39%</li>…``: the headlines are no items and do not end the body."""
    assert [
        (label, values) for label, _, values, _ in _read("page_cn_aside_related_inside_article.html")
    ] == [
        ("瑞士", ("39%",)),
        ("叙利亚", ("41%",)),
        ("老挝", ("40%",)),
        ("缅甸", ("40%",)),
        ("伊拉克", ("35%",)),
        ("塞尔维亚", ("35%",)),
    ]


def test_bold_names_with_a_colon_then_the_rate_and_a_sentence() -> None:
    """``<p><strong>Syria:</strong> 41%. Trade between the two countries is minimal.</p>``: the rate
    is the value, the sentence after it no part of the item (a rate it mentions no second value)."""
    assert [(label, values) for label, _, values, _ in _read("page_en_strong_colon_rate_sentences.html")] == [
        ("Syria", ("41%",)),
        ("Laos", ("40%",)),
        ("Myanmar", ("40%",)),
        ("Switzerland", ("39%",)),
        ("Iraq", ("35%",)),
        ("Serbia", ("35%",)),
    ]


def test_a_wechat_page_of_sections_of_spans() -> None:
    """``<section><p><span>▍</span><span>印度</span><span>　25%</span></p></section>``; the
    ``點擊「閱讀原文」`` line after the list is no item."""
    assert [(label, values) for label, _, values, _ in _read("page_tw_wechat_sections_and_spans.html")] == [
        ("印度", ("25%",)),
        ("巴基斯坦", ("19%",)),
        ("孟加拉", ("20%",)),
        ("斯里蘭卡", ("20%",)),
        ("以色列", ("15%",)),
        ("約旦", ("15%",)),
    ]


def test_a_hong_kong_table_of_chinese_and_english_names_and_rates() -> None:
    got = _read("page_hk_bilingual_table_with_rates.html")
    assert [(label, values) for label, _, values, _ in got] == [
        ("瑞士", ("39%",)),
        ("塞爾維亞", ("35%",)),
        ("摩爾多瓦", ("25%",)),
        ("挪威", ("15%",)),
        ("冰島", ("15%",)),
        ("列支敦士登", ("15%",)),
        ("英國", ("10%",)),
    ]
    first = next(m for m in _result("page_hk_bilingual_table_with_rates.html").mentions)
    assert first.name_en == "Switzerland"


def test_a_rate_spanning_its_names_rows_and_a_note_row_under_the_table() -> None:
    """``<td rowspan="2">30%</td>`` before 阿爾及利亞 and 南非, …; ``<td colspan="2">註：…10%…</td>`` at
    the foot is no item, and its rate no one's."""
    assert [
        (label, values) for label, _, values, _ in _read("page_tw_rowspan_rates_and_a_note_row.html")
    ] == [
        ("阿爾及利亞", ("30%",)),
        ("南非", ("30%",)),
        ("安哥拉", ("15%",)),
        ("迦納", ("15%",)),
        ("奈及利亞", ("15%",)),
        ("突尼西亞", ("25%",)),
    ]


def test_amounts_on_numbered_paragraphs_in_hundred_millions_and_trillions() -> None:
    """``<p>1. 日本：5500億美元</p>`` … ``<p>3. 阿聯：1.4兆美元</p>``."""
    result = _result("page_tw_numbered_paragraphs_with_amounts.html")
    got = [(m.label, [(v.raw, v.number, v.unit) for v in m.values]) for m in result.mentions]
    assert got == [
        ("日本", [("5500億美元", 550_000_000_000, "USD")]),
        ("南韓", [("3500億美元", 350_000_000_000, "USD")]),
        ("阿聯", [("1.4兆美元", 1_400_000_000_000, "USD")]),
        ("卡達", [("1.2兆美元", 1_200_000_000_000, "USD")]),
        ("沙烏地阿拉伯", [("6000億美元", 600_000_000_000, "USD")]),
    ]


def test_yen_amounts_under_a_unit_header_and_a_total_row() -> None:
    """``支援額（億円）`` over ``12`` … and ``合計 | 30``: amounts in yen, the total row no item."""
    result = _result("page_ja_amounts_table_okuyen_total.html")
    got = [(m.label, [(v.raw, v.number, v.unit) for v in m.values]) for m in result.mentions]
    assert got == [
        ("フィリピン", [("12", 1_200_000_000, "JPY")]),
        ("ベトナム", [("8.5", 850_000_000, "JPY")]),
        ("ラオス", [("4", 400_000_000, "JPY")]),
        ("カンボジア", [("3.5", 350_000_000, "JPY")]),
        ("ミャンマー", [("2", 200_000_000, "JPY")]),
    ]


def test_dollar_millions_and_shares_with_a_bold_total_row_and_a_note_row() -> None:
    """``Pledge ($ million)`` and ``Share of total`` columns; ``<b>Total</b>`` and the italic note row
    spanning the table are no items."""
    result = _result("page_en_amounts_table_total_and_notes_rows.html")
    got = [(m.label, [(v.raw, v.number, v.unit) for v in m.values]) for m in result.mentions]
    assert got == [
        ("Japan", [("120", 120_000_000, "USD"), ("40%", 40, "%")]),
        ("Germany", [("75", 75_000_000, "USD"), ("25%", 25, "%")]),
        ("Canada", [("45", 45_000_000, "USD"), ("15%", 15, "%")]),
        ("Norway", [("36", 36_000_000, "USD"), ("12%", 12, "%")]),
        ("Australia", [("24", 24_000_000, "USD"), ("8%", 8, "%")]),
    ]


def test_a_rank_column_is_no_value_beside_amounts_and_shares() -> None:
    """``Rank | Country | Imports ($ billion) | Share``: the rank orders the rows, it is no value."""
    got = _read("page_en_ranked_table_with_shares.html")
    assert [(label, values) for label, _, values, _ in got] == [
        ("Mexico", ("506", "15.5%")),
        ("China", ("439", "13.4%")),
        ("Canada", ("413", "12.6%")),
        ("Germany", ("161", "4.9%")),
        ("Japan", ("148", "4.5%")),
    ]


def test_bold_ordinal_regions_over_name_colon_amount_paragraphs() -> None:
    """``<p><strong>一、亚洲</strong></p>`` over ``<p>日本：80亿美元</p>``…, then ``二、欧洲``: the first
    ordinal line heads its group as the second does."""
    got = _read("page_cn_strong_ordinal_groups_amounts.html")
    assert got == [
        ("日本", "亚洲", ("80亿美元",), ()),
        ("韩国", "亚洲", ("1000亿美元",), ()),
        ("印度尼西亚", "亚洲", ("150亿美元",), ()),
        ("欧盟", "欧洲", ("7500亿美元",), ()),
        ("英国", "欧洲", ("100亿美元",), ()),
    ]


def test_counts_with_their_counter_in_a_column_are_values() -> None:
    """``新增实体`` over ``18家``: each country's count is its value, under the column's label."""
    result = _result("page_cn_counts_table_with_units.html")
    got = [(m.label, [(v.raw, v.number, v.column) for v in m.values], m.attributes) for m in result.mentions]
    assert got == [
        ("阿联酋", [("18家", 18, "新增实体")], ()),
        ("伊朗", [("10家", 10, "新增实体")], ()),
        ("巴基斯坦", [("19家", 19, "新增实体")], ()),
        ("南非", [("1家", 1, "新增实体")], ()),
        ("法国", [("2家", 2, "新增实体")], ()),
    ]


# --------------------------------------------------------------------------- people with posts


def test_an_amp_list_of_people_cut_by_an_amp_ad() -> None:
    """``<li>Carrie Lam, Chief Executive of Hong Kong</li>`` … ``<amp-ad>`` … ``<li>Xia Baolong, director
    of the Hong Kong and Macau Affairs Office</li>``: one list of eleven people, each name without the
    post after its comma; a post naming an office does not make the item an office."""
    got = _read("page_en_amp_people_with_amp_ad.html")
    assert [label for label, *_ in got] == OFFICIALS_EN
    assert got[3][3] == ("Secretary for Security",)
    assert got[7][3] == ("director of the Hong Kong and Macau Affairs Office",)
    assert _counts("page_en_amp_people_with_amp_ad.html") == [("", 11)]


def test_english_definition_lists_of_people_under_counted_group_headings() -> None:
    """``<h3>Hong Kong officials (7)</h3><dl><dt>Carrie Lam</dt><dd>Chief Executive</dd>…``: the
    headings are groups, never names, and each ``<dd>`` is its name's post."""
    got = _read("page_en_dl_people_under_h3_groups.html")
    assert [label for label, *_ in got] == OFFICIALS_EN
    assert [group for _, group, *_ in got] == ["Hong Kong officials"] * 7 + ["Mainland officials"] * 4
    assert got[2][3] == ("Former Commissioner of Police",)
    assert _counts("page_en_dl_people_under_h3_groups.html")[-2:] == [
        ("Hong Kong officials", 7),
        ("Mainland officials", 4),
    ]


def test_bullet_paragraphs_of_people_after_a_list_of_inline_related_links() -> None:
    """``<ul class="inline-links">`` of two bracketed headlines, then ``<p>●林鄭月娥（行政長官）</p>``…."""
    got = _read("page_hk_related_ul_inside_body_then_bullets.html")
    assert [label for label, *_ in got] == OFFICIALS_HK
    assert got[0][3] == ("行政長官",)
    assert got[-1][3] == ("中央人民政府駐香港特別行政區維護國家安全公署署長",)


def test_a_table_of_people_with_group_rows_across_it() -> None:
    """``<tr><th colspan="2">香港官員（7人）</th></tr>`` over ``林鄭月娥 | 行政長官`` rows."""
    got = _read("page_tw_people_table_group_rows.html")
    assert [label for label, *_ in got] == OFFICIALS_HK
    assert [group for _, group, *_ in got] == ["香港官員"] * 7 + ["中國大陸官員"] * 4
    assert got[6][3] == ("國安委秘書長",)
    assert ("香港官員", 7) in _counts("page_tw_people_table_group_rows.html")
    assert ("中國大陸官員", 4) in _counts("page_tw_people_table_group_rows.html")


def test_a_japanese_definition_list_of_people_and_posts() -> None:
    got = _read("page_ja_people_dl.html")
    assert [label for label, *_ in got] == OFFICIALS_JA
    assert [attrs for *_, attrs in got][:2] == [("行政長官",), ("警務処長",)]
    assert got[8][3] == ("同副主任",)


def test_bold_names_a_colon_and_a_post_in_runs_of_paragraphs() -> None:
    """``<p><strong>林鄭月娥</strong>：行政長官</p>``: the post without the colon before it."""
    got = _read("page_hk_people_strong_colon_runs.html")
    assert [label for label, *_ in got] == OFFICIALS_HK
    assert [attrs for *_, attrs in got][:3] == [("行政長官",), ("警務處處長",), ("前警務處處長",)]
    assert _counts("page_hk_people_strong_colon_runs.html") == [("", 11)]


def test_japanese_numbered_paragraphs_of_people_with_posts_in_parentheses() -> None:
    """``<p>１．林鄭月娥（行政長官）</p>`` … ``<p>10．駱恵寧（香港連絡弁公室主任）</p>``: full-width and
    half-width numbers alike; the ``（共同取材）`` line after them no item."""
    got = _read("page_ja_numbered_paragraphs_people.html")
    assert [label for label, *_ in got] == OFFICIALS_JA
    assert got[5][3] == ("政制・大陸事務局長",)
    assert _counts("page_ja_numbered_paragraphs_people.html") == [("", 11)]


def test_a_table_on_its_side_with_two_rows_of_rates() -> None:
    """``国名 | 日本 | 韓国 …`` (all header cells) over ``8月1日から | 25% …`` and ``4月発表 | 24% …``:
    one item per column, each rate under its row's label."""
    assert [(label, values) for label, _, values, _ in _read("page_ja_transposed_two_rows.html")] == [
        ("日本", ("25%", "24%")),
        ("韓国", ("25%", "25%")),
        ("マレーシア", ("25%", "24%")),
        ("ラオス", ("40%", "48%")),
        ("ミャンマー", ("40%", "44%")),
    ]
    first = _result("page_ja_transposed_two_rows.html").mentions[0]
    assert [v.column for v in first.values] == ["8月1日から", "4月発表"]


def test_cards_of_a_name_heading_over_its_rate() -> None:
    """``<div class="rate-card"><h4>台灣</h4><p>20%</p></div>`` eight times."""
    assert [(label, values) for label, _, values, _ in _read("page_tw_div_cards_with_rates.html")] == [
        ("台灣", ("20%",)),
        ("越南", ("20%",)),
        ("泰國", ("19%",)),
        ("菲律賓", ("19%",)),
        ("印尼", ("19%",)),
        ("柬埔寨", ("19%",)),
        ("日本", ("15%",)),
        ("南韓", ("15%",)),
    ]


# --------------------------------------------------------------------------- more pages


def test_numbered_people_between_line_breaks_a_wide_space_before_the_post() -> None:
    """``<div class="paragraph">…以下11名官員：<br>1. 林鄭月娥　行政長官<br>…``: the name, then its post
    after the wide space (rendered as a space)."""
    got = _read("page_hk_numbered_br_people_name_space_post.html")
    assert [label for label, *_ in got] == OFFICIALS_HK
    assert [attrs for *_, attrs in got][:2] == [("行政長官",), ("警務處處長",)]
    assert got[8][3] == ("港澳辦常務副主任",)
    assert _counts("page_hk_numbered_br_people_name_space_post.html") == [("", 11)]


def test_a_responsive_table_of_two_header_rows_and_a_total_row_spanning_the_rates() -> None:
    """``<div class="table-responsive">``, ``國家`` over two rows, ``關稅稅率`` over ``4月2日 | 8月1日``, and
    ``合計 | 14國`` spanning both rate columns: fourteen items, the total row the table's count."""
    result = _result("page_tw_table_responsive_two_headers_total_row.html")
    got = _read("page_tw_table_responsive_two_headers_total_row.html")
    assert len(got) == 14
    assert got[0][:3] == ("日本", "", ("24%", "25%"))
    assert got[6][:3] == ("波士尼亞與赫塞哥維納", "", ("35%", "30%"))
    assert got[-1][:3] == ("緬甸", "", ("44%", "40%"))
    assert [h.stated for h in result.headings] == [14, 14]


def test_an_ordered_list_of_spans_under_a_lead_in_counting_the_whole() -> None:
    """``Of the 69 trading partners in the order, these five face the highest rates:`` over
    ``<li><span>Syria</span> <span>41%</span></li>``: the 69 counts what the five are drawn from, not
    the list; the newsletter box after it is no item."""
    assert [(label, values) for label, _, values, _ in _read("page_en_ol_rank_spans.html")] == [
        ("Syria", ("41%",)),
        ("Laos", ("40%",)),
        ("Myanmar", ("40%",)),
        ("Switzerland", ("39%",)),
        ("Iraq", ("35%",)),
    ]
    assert 69 not in [h.stated for h in _result("page_en_ol_rank_spans.html").headings]


def test_a_japanese_table_of_people_under_a_bracketed_caption_with_a_count() -> None:
    """``<caption>【表】制裁対象者（11人）</caption>`` over ``氏名 | 役職``."""
    got = _read("page_ja_table_people_caption_hyo.html")
    assert [label for label, *_ in got] == OFFICIALS_JA
    assert got[5][3] == ("政制・大陸事務局長",)
    assert _counts("page_ja_table_people_caption_hyo.html") == [("", 11)]


def test_paragraph_bullets_of_a_name_a_wide_space_a_rate_and_the_former_one() -> None:
    """``<p>●日本　25%（原24%）</p>`` fourteen times, then an advertisement block."""
    got = _read("page_hk_p_bullets_rate_and_former.html")
    assert len(got) == 14
    assert got[0][:3] == ("日本", "", ("25%", "24%"))
    assert got[6][:3] == ("波斯尼亞和黑塞哥維那", "", ("30%", "35%"))
    assert got[-1][:3] == ("緬甸", "", ("40%", "44%"))


def test_a_factbox_aside_of_linked_names_as_long_as_headlines_is_the_list() -> None:
    """``<aside><h3>Factbox: …</h3><ul><li><a>…four words and more…</a></li>…``: every item a link, but no
    related-reading heading over them: the factbox stays and is the list."""
    assert [label for label, *_ in _read("page_en_aside_factbox_linked_bodies.html")] == [
        "International Institute for Democracy and Electoral Assistance",
        "International Renewable Energy Agency",
        "Intergovernmental Panel on Climate Change",
        "United Nations Framework Convention on Climate Change",
    ]


def test_rates_between_line_breaks_in_one_japanese_paragraph() -> None:
    """``<p>スイス：39％<br>セルビア：35％<br>…</p>`` under ``…主な国の税率は次の通り。``."""
    assert [(label, values) for label, _, values, _ in _read("page_ja_br_rates_in_one_paragraph.html")] == [
        ("スイス", ("39％",)),
        ("セルビア", ("35％",)),
        ("イラク", ("35％",)),
        ("シリア", ("41％",)),
        ("ノルウェー", ("15％",)),
        ("イスラエル", ("15％",)),
    ]


def test_numbered_paragraphs_of_a_name_a_dash_and_a_rate_then_a_promo_box() -> None:
    """``<p>1. Japan — 25%</p>`` … ``<p>7. Laos — 40%</p>``, a newsletter promo, then a sentence naming
    another country and its rate (no item)."""
    got = _read("page_en_numbered_paragraphs_dash_rates.html")
    assert [(label, values) for label, _, values, _ in got] == [
        ("Japan", ("25%",)),
        ("South Korea", ("25%",)),
        ("Malaysia", ("25%",)),
        ("Indonesia", ("32%",)),
        ("Cambodia", ("36%",)),
        ("Thailand", ("36%",)),
        ("Laos", ("40%",)),
    ]


def test_a_table_under_its_counted_caption_with_header_cells_per_row_and_a_region_column() -> None:
    """``<caption>全面禁止入境國家（12國）</caption>``, ``<th scope="row">阿富汗</th><td>亞洲</td>``: the
    region under ``地區`` describes each country, it files none; the source row at the foot no item."""
    got = _read("page_tw_table_caption_count_th_scope_row.html")
    assert [label for label, *_ in got] == (
        "阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
    )
    assert {group for _, group, *_ in got} == {""}
    assert [attrs for *_, attrs in got][:3] == [("亞洲",), ("亞洲",), ("非洲",)]
    assert _counts("page_tw_table_caption_count_th_scope_row.html") == [("", 12)]
