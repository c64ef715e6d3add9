"""Chinese layouts outlets print (Traditional of Taiwan and Hong Kong, Simplified): each fixture
``tests/fixtures/layouts/zh_*`` is read with its items, groups, values, attributes and stated counts. The
articles are made up in the shapes outlets use; the expected values are written from reading them."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
BAN_FULL_HK = "阿富汗 緬甸 乍得 剛果共和國 赤道幾內亞 厄立特里亞 海地 伊朗 利比亞 索馬里 蘇丹 也門".split()
BAN_PARTIAL_HK = "布隆迪 古巴 老撾 塞拉利昂 多哥 土庫曼斯坦 委內瑞拉".split()
BAN_FULL_TW = "阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
BAN_ADDED_TW = "布吉納法索 馬利 尼日 南蘇丹 敘利亞 寮國 獅子山".split()


def _read(name: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    result = parse_path(LAYOUTS / name)
    return [
        (m.label, m.group, tuple(v.raw for v in m.values), tuple(a.text for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


def _names(name: str) -> list[str]:
    return [label for label, *_ in _read(name)]


def _counts(name: str) -> list[tuple[str, int | None]]:
    return [(h.group, h.stated) for h in parse_path(LAYOUTS / name).headings]


def _rates(name: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(label, values) for label, _, values, _ in _read(name)]


def test_an_advertisement_and_a_related_headline_between_numbered_rates_are_no_groups() -> None:
    """``1. 日本：25%`` … a line ``廣告`` and a line ``延伸閱讀：…`` between two items: the list goes on,
    one list of seven under no group."""
    got = _read("zh_ad_and_related_lines_inside_numbered_list.txt")
    assert [(label, values) for label, _, values, _ in got] == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("哈薩克", ("25%",)),
        ("南非", ("30%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]
    assert {group for _, group, *_ in got} == {""}


def test_bold_chinese_ordinals_over_paragraphs_numbered_from_one() -> None:
    """``<p><strong>一、税率25%的国家</strong></p>`` over ``<p>1. 日本</p>``…, numbering restarting under
    each: each ordinal line is its items' group, and the rate it names their value."""
    got = _read("zh_bold_ordinal_sections_wechat.html")
    assert [(label, group, values) for label, group, values, _ in got] == [
        ("日本", "税率25%的国家", ("25%",)),
        ("韩国", "税率25%的国家", ("25%",)),
        ("马来西亚", "税率25%的国家", ("25%",)),
        ("哈萨克斯坦", "税率25%的国家", ("25%",)),
        ("突尼斯", "税率25%的国家", ("25%",)),
        ("南非", "税率30%的国家", ("30%",)),
        ("波黑", "税率30%的国家", ("30%",)),
        ("老挝", "税率40%的国家", ("40%",)),
        ("缅甸", "税率40%的国家", ("40%",)),
    ]


def test_a_list_cut_by_a_figure_and_an_advertisement_is_one_list() -> None:
    """Three ``<ul>`` of four under one lead sentence (``禁止以下12個國家的公民入境美國：``), a figure
    and an advertisement between them: twelve items under no group, and the count stated once."""
    got = _read("zh_caption_inside_the_list.html")
    assert [label for label, *_ in got] == BAN_FULL_TW
    assert {group for _, group, *_ in got} == {""}
    assert [stated for _, stated in _counts("zh_caption_inside_the_list.html")] == [12]


def test_circled_numbers_with_a_rate_after_a_colon() -> None:
    assert _rates("zh_circled_numbers_with_rates_on_lines.txt") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
        ("泰國", ("36%",)),
    ]


def test_two_inline_lists_after_colons_one_with_words_between_its_count_and_the_colon() -> None:
    """``…適用七個新國家，包括：A、…、G。`` then ``部分旅遊禁令有15個新增適用國家：A、…、O。``: two
    groups, the second's count read across the words that qualify its noun, and the first named by its
    clause, not by ``包括``."""
    got = _read("zh_colon_after_baokuo.txt")
    partial = (
        "安哥拉 安地卡及巴布達 貝南 象牙海岸 多米尼克 加彭 甘比亞 馬拉威 茅利塔尼亞 奈及利亞 塞內加爾 "
        "坦尚尼亞 東加 尚比亞 辛巴威"
    ).split()
    assert [label for label, *_ in got] == [
        "寮國",
        "獅子山",
        "布吉納法索",
        "馬利",
        "尼日",
        "南蘇丹",
        "敘利亞",
        *partial,
    ]
    groups = [group for _, group, *_ in got]
    assert set(groups[:7]) == {"全面旅遊禁令適用新國家"}
    assert set(groups[7:]) == {"部分旅遊禁令有新增適用國家"}
    assert [stated for _, stated in _counts("zh_colon_after_baokuo.txt")] == [7, 15]


def test_a_count_after_the_names_with_deng() -> None:
    """``A、B…及G等7國公民``: seven names, the count after them."""
    assert _names("zh_deng_count_after_the_names.txt") == BAN_ADDED_TW
    assert _counts("zh_deng_count_after_the_names.txt") == [("", 7)]


def test_a_definition_list_of_countries_and_rates() -> None:
    assert _rates("zh_dl_of_countries_and_rates.html") == [
        ("菲律賓", ("19%",)),
        ("馬來西亞", ("19%",)),
        ("印尼", ("19%",)),
        ("泰國", ("19%",)),
        ("越南", ("20%",)),
    ]


def test_dot_bullets_with_a_rate_after_a_wide_space_between_line_breaks() -> None:
    assert _rates("zh_dot_bullets_between_line_breaks_with_rates.html") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("南非", ("30%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_html_list_items_of_a_name_a_rate_and_the_former_rate() -> None:
    assert _rates("zh_html_bullets_name_colon_rate.html") == [
        ("日本", ("25%", "24%")),
        ("南韓", ("25%", "25%")),
        ("寮國", ("40%", "48%")),
        ("緬甸", ("40%", "44%")),
        ("柬埔寨", ("36%", "49%")),
    ]


def test_a_name_a_wide_dash_and_a_post_without_spaces() -> None:
    """``張三－外交部長<br>``: the name, then the post as its attribute."""
    assert _read("zh_name_fullwidth_dash_post_lines.html") == [
        ("張三", "", (), ("外交部長",)),
        ("李四", "", (), ("財政部長",)),
        ("王五", "", (), ("國防部長",)),
        ("趙六", "", (), ("衞生部長",)),
        ("錢七", "", (), ("教育部長",)),
    ]


def test_lines_under_a_lead_in_then_an_editors_trailer_and_a_copyright_line() -> None:
    """Seven names on lines of their own under ``…7個國家如下：``; the translator's and copy editor's
    trailer and the copyright line after them are no items."""
    assert _names("zh_names_after_ru_xia_with_a_trailer.txt") == BAN_ADDED_TW
    assert [stated for _, stated in _counts("zh_names_after_ru_xia_with_a_trailer.txt")] == [7]


def test_simplified_names_each_with_a_post_in_parentheses() -> None:
    """``张三（乙国外交部长）、李四（…）…和赵六（乙国驻甲国大使）``."""
    assert _read("zh_names_then_post_in_parentheses_simplified.txt") == [
        ("张三", "", (), ("乙国外交部长",)),
        ("李四", "", (), ("乙国财政部长",)),
        ("王五", "", (), ("乙国国防部长",)),
        ("赵六", "", (), ("乙国驻甲国大使",)),
    ]
    assert [stated for _, stated in _counts("zh_names_then_post_in_parentheses_simplified.txt")] == [4]


def test_parenthesized_ordinal_headings_over_numbered_lines() -> None:
    """``（一）全面禁止入境（12國）`` over ``1.阿富汗``…, then ``（二）部分限制入境（7國）``."""
    got = _read("zh_paren_ordinal_headings_over_numbered_lines.txt")
    assert [label for label, *_ in got] == BAN_FULL_HK + BAN_PARTIAL_HK
    assert {group for _, group, *_ in got[:12]} == {"全面禁止入境"}
    assert {group for _, group, *_ in got[12:]} == {"部分限制入境"}
    assert _counts("zh_paren_ordinal_headings_over_numbered_lines.txt") == [
        ("全面禁止入境", 12),
        ("部分限制入境", 7),
    ]


def test_a_table_of_people_with_their_english_name_and_post() -> None:
    result = parse_path(LAYOUTS / "zh_people_table_with_english_names.html")
    assert [(m.label, m.name_en, tuple(a.text for a in m.attributes)) for m in result.mentions] == [
        ("張三", "Jane Roe", ("眾議員",)),
        ("李四", "John Doe", ("參議員",)),
        ("王五", "Mary Major", ("國務院官員",)),
        ("趙六", "Richard Miles", ("民間組織負責人",)),
    ]


def test_a_post_with_what_it_covers_in_parentheses_before_the_name() -> None:
    """``助理外交部長（東亞和太平洋事務）王五``: the parenthesis is part of the post, the name after it."""
    assert _read("zh_post_with_its_scope_in_parentheses.txt") == [
        ("張三", "", (), ("前外交部長",)),
        ("李四", "", (), ("國家貿易委員會", "主任")),
        ("王五", "", (), ("助理外交部長（東亞和太平洋事務）",)),
        ("趙六", "", (), ("衞生部長",)),
        ("錢七", "", (), ("常駐聯合國", "代表")),
    ]


def test_posts_before_names_some_former_after_a_count() -> None:
    """``11名乙國官員包括外交部長張三、…、前國防部長趙六、…及總理辦公室主任陳三``."""
    got = _read("zh_posts_before_names_enumerated_with_former.txt")
    assert [label for label, *_ in got] == "張三 李四 王五 趙六 錢七 孫八 周九 吳十 鄭一 馮二 陳三".split()
    assert [attrs for *_, attrs in got][3] == ("前國防部長",)
    assert [attrs for *_, attrs in got][6] == ("前警務處處長",)
    assert [stated for _, stated in _counts("zh_posts_before_names_enumerated_with_former.txt")] == [11]


def test_a_rate_after_its_label_in_parentheses() -> None:
    """``日本（稅率25%）``: the name without the parenthesis, the rate its value."""
    assert _rates("zh_rate_in_parentheses_with_a_label.txt") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_a_related_reading_list_and_tags_after_an_html_list_are_no_items() -> None:
    assert _names("zh_related_reading_list_after_html_list.html") == BAN_ADDED_TW


def test_a_simplified_text_table_aligned_with_wide_spaces() -> None:
    assert _rates("zh_space_aligned_text_table.txt") == [
        ("日本", ("25%", "24%")),
        ("韩国", ("25%", "25%")),
        ("马来西亚", ("25%", "24%")),
        ("南非", ("30%", "30%")),
        ("老挝", ("40%", "48%")),
    ]


def test_square_marked_headings_each_over_a_line_of_names() -> None:
    """``■全面禁止入境（12國）`` over ``阿富汗、緬甸…``: two groups with their counts."""
    got = _read("zh_square_mark_heading_with_inline_list.txt")
    assert [label for label, *_ in got] == BAN_FULL_HK + BAN_PARTIAL_HK
    assert {group for _, group, *_ in got[:12]} == {"全面禁止入境"}
    assert {group for _, group, *_ in got[12:]} == {"部分限制入境"}
    assert _counts("zh_square_mark_heading_with_inline_list.txt") == [
        ("全面禁止入境", 12),
        ("部分限制入境", 7),
    ]


def test_a_table_inside_a_page_with_navigation_related_news_and_a_footer() -> None:
    """The page's menus, related headlines and footer lists are no items; the table's rows are, each
    with its new and its former rate."""
    assert _rates("zh_table_inside_a_page_with_chrome.html") == [
        ("台灣", ("20%", "32%")),
        ("越南", ("20%", "46%")),
        ("印度", ("25%", "26%")),
        ("瑞士", ("39%", "31%")),
        ("敘利亞", ("41%", "41%")),
    ]


def test_names_grouped_by_the_rate_before_them_in_one_sentence() -> None:
    """``被課徵19%關稅的國家有A、B、C、D；稅率20%的國家有E、F、G；稅率25%的有H、I``: the rate before each
    group is its names' value."""
    assert _rates("zh_rate_groups_de_guo_jia_you.txt") == [
        ("菲律賓", ("19%",)),
        ("馬來西亞", ("19%",)),
        ("印尼", ("19%",)),
        ("泰國", ("19%",)),
        ("越南", ("20%",)),
        ("孟加拉", ("20%",)),
        ("斯里蘭卡", ("20%",)),
        ("印度", ("25%",)),
        ("汶萊", ("25%",)),
    ]


def test_names_grouped_by_the_rate_after_them_with_all_and_a_verb() -> None:
    """``A、B…及E都被課徵25%的關稅；F及G為30%；H及I均被加徵40%的關稅``: each piece's names share its rate;
    a name holding a joiner (``波士尼亞與赫塞哥維納``) after the piece's one joiner stays whole."""
    assert _rates("zh_rate_groups_with_dou_and_jun.txt") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("哈薩克", ("25%",)),
        ("突尼西亞", ("25%",)),
        ("南非", ("30%",)),
        ("波士尼亞與赫塞哥維納", ("30%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_names_with_their_english_parted_by_spaced_dashes() -> None:
    """``阿富汗(Afghanistan) - 不丹(Bhutan) - …``: a paragraph of names between dashes, each with its
    English name."""
    result = parse_path(LAYOUTS / "zh_dash_separated_names_with_english.txt")
    assert [(m.label, m.name_en) for m in result.mentions] == [
        ("阿富汗", "Afghanistan"),
        ("不丹", "Bhutan"),
        ("古巴", "Cuba"),
        ("伊朗", "Iran"),
        ("利比亞", "Libya"),
        ("北韓", "North Korea"),
        ("索馬利亞", "Somalia"),
        ("蘇丹", "Sudan"),
        ("敘利亞", "Syria"),
        ("委內瑞拉", "Venezuela"),
        ("葉門", "Yemen"),
    ]


def test_lines_of_a_name_an_age_and_a_post_between_commas() -> None:
    """``張三，58歲，外交部長`` under a lead-in: the name, its age and post its attributes."""
    assert _read("zh_people_lines_with_age_and_post.txt") == [
        ("張三", "", (), ("58歲", "外交部長")),
        ("李四", "", (), ("61歲", "財政部長")),
        ("王五", "", (), ("49歲", "國防部長")),
        ("趙六", "", (), ("55歲", "衞生部長")),
    ]


def test_two_tables_under_the_headings_of_their_groups_with_a_column_of_regions() -> None:
    """``<h3>全面禁止入境（12國）</h3>`` over a table of country and region, then ``<h3>部分限制入境
    （7國）</h3>`` over another: each heading files its table's rows; the region column, whose words
    repeat, describes each country and files none."""
    got = _read("zh_two_tables_under_headings.html")
    assert [
        label for label, *_ in got
    ] == BAN_FULL_TW + "蒲隆地 古巴 寮國 獅子山 多哥 土庫曼 委內瑞拉".split()
    assert {group for _, group, *_ in got[:12]} == {"全面禁止入境"}
    assert {group for _, group, *_ in got[12:]} == {"部分限制入境"}
    assert [attrs for *_, attrs in got][:3] == [("亞洲",), ("亞洲",), ("非洲",)]
    assert _counts("zh_two_tables_under_headings.html") == [("全面禁止入境", 12), ("部分限制入境", 7)]


BAN_PARTIAL_ADDED_TW = (
    "安哥拉 安地卡及巴布達 貝南 象牙海岸 多米尼克 加彭 甘比亞 馬拉威 茅利塔尼亞 奈及利亞 塞內加爾 坦尚尼亞 "
    "東加 尚比亞 辛巴威"
).split()


def test_fifteen_names_after_fenbie_wei_the_last_after_yu() -> None:
    """``將另外15個國家列入…名單，分別為A、…、N與O``: fifteen names, ``安地卡及巴布達`` whole, the
    count the lead-in's."""
    assert _names("zh_fenbie_wei_with_yu_last.txt") == BAN_PARTIAL_ADDED_TW
    assert [stated for _, stated in _counts("zh_fenbie_wei_with_yu_last.txt")] == [15]


def test_a_count_after_the_names_with_zhe() -> None:
    """``A、B、C、D和E這五個國家，以及…``: five names, the count after them."""
    assert _names("zh_zhe_count_after_names.txt") == ["布基納法索", "馬里", "尼日爾", "南蘇丹", "敘利亞"]
    assert [stated for _, stated in _counts("zh_zhe_count_after_names.txt")] == [5]


def test_a_photo_caption_between_lines_of_rates_is_no_group() -> None:
    """``▲…。（圖／路透社）`` between ``南韓：25%`` and ``寮國：40%``: one list of five under no group."""
    got = _read("zh_photo_caption_line_inside_lines.txt")
    assert [(label, values) for label, _, values, _ in got] == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
        ("柬埔寨", ("36%",)),
    ]
    assert {group for _, group, *_ in got} == {""}


def test_emoji_bullets_of_a_name_its_english_and_a_rate() -> None:
    """``✅日本（Japan）：15%``."""
    result = parse_path(LAYOUTS / "zh_emoji_bullets_with_english_and_rate.txt")
    assert [(m.label, m.name_en, tuple(v.raw for v in m.values)) for m in result.mentions] == [
        ("日本", "Japan", ("15%",)),
        ("南韓", "South Korea", ("15%",)),
        ("越南", "Vietnam", ("20%",)),
        ("印度", "India", ("25%",)),
        ("瑞士", "Switzerland", ("39%",)),
    ]


def test_a_table_with_an_index_column_and_bare_rates() -> None:
    """``序號 | 國家／地區 | 稅率`` with ``1 | 台灣 | 20``: the index is no value, the rate is."""
    assert _rates("zh_index_column_table.html") == [
        ("台灣", ("20",)),
        ("日本", ("15",)),
        ("南韓", ("15",)),
        ("越南", ("20",)),
        ("泰國", ("19",)),
    ]


def test_twelve_names_the_last_after_yiji() -> None:
    """``…針對12個國家實施全面禁止入境，包括A、…、K以及L``."""
    assert _names("zh_yiji_last_item_and_count_total.txt") == [
        *"伊朗 緬甸 阿富汗 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 利比亞 索馬利亞 葉門 蘇丹".split()
    ]
    assert [stated for _, stated in _counts("zh_yiji_last_item_and_count_total.txt")] == [12]


def test_a_simplified_text_table_of_people_with_an_index_column() -> None:
    """``序号　姓名　职务`` over ``1　张三　乙国国会议员``…."""
    assert _read("zh_simplified_people_text_table.txt") == [
        ("张三", "", (), ("乙国国会议员",)),
        ("李四", "", (), ("乙国外交部副部长",)),
        ("王五", "", (), ("乙国人权组织负责人",)),
        ("赵六", "", (), ("乙国驻甲国总领事",)),
    ]


def test_a_count_then_the_list_word_before_baokuo() -> None:
    """``對乙國5名官員實施制裁，名單包括…張三、…與…錢七``: the count across ``名單包括``."""
    got = _read("zh_byline_first_then_inline_people.txt")
    assert [label for label, *_ in got] == ["張三", "李四", "王五", "趙六", "錢七"]
    assert got[0][3] == ("乙國國防部長",)
    assert [stated for _, stated in _counts("zh_byline_first_then_inline_people.txt")] == [5]


def test_dot_bullets_of_a_name_its_english_and_a_post_after_a_comma() -> None:
    """``‧張三（Jane Roe），甲國前國務卿<br>``."""
    result = parse_path(LAYOUTS / "zh_bullets_with_name_english_and_post.html")
    assert [(m.label, m.name_en, tuple(a.text for a in m.attributes)) for m in result.mentions] == [
        ("張三", "Jane Roe", ("甲國前國務卿",)),
        ("李四", "John Doe", ("甲國前國家安全顧問",)),
        ("王五", "Mary Major", ("甲國前貿易代表",)),
        ("趙六", "Richard Miles", ("甲國前國防部長",)),
    ]
    assert [stated for _, stated in _counts("zh_bullets_with_name_english_and_post.html")] == [4]


def test_a_total_line_under_lines_of_names() -> None:
    """Twelve names on lines under ``受全面入境禁令影響的國家：``, then ``（共計12國）``: the list's count."""
    assert _names("zh_count_total_after_the_list.txt") == BAN_FULL_TW
    assert [stated for _, stated in _counts("zh_count_total_after_the_list.txt")] == [12]


def test_numbered_names_with_the_post_in_parentheses_under_a_counted_headline() -> None:
    """A headline that counts six over ``…制裁6名官員，名單如下：`` and ``1. 張三（律政司司長）``: one list
    under no group, its count six."""
    got = _read("zh_hk_numbered_people_name_then_post.txt")
    assert [(label, group, attrs) for label, group, _, attrs in got] == [
        ("張三", "", ("律政司司長",)),
        ("李四", "", ("警務處處長",)),
        ("王五", "", ("警務處助理處長",)),
        ("趙六", "", ("警務處助理處長",)),
        ("錢七", "", ("維護國家安全委員會秘書長",)),
        ("孫八", "", ("駐港國安公署署長",)),
    ]
    assert [stated for _, stated in _counts("zh_hk_numbered_people_name_then_post.txt")] == [6]


def test_one_rate_per_name_with_a_verb_in_the_first_and_last_piece() -> None:
    """``印度的關稅設定為25%，台灣為20%，…，敘利亞則高達41%``: the names without the verbs."""
    assert _rates("zh_rates_in_sentences_one_per_country.txt") == [
        ("印度", ("25%",)),
        ("台灣", ("20%",)),
        ("南非", ("30%",)),
        ("瑞士", ("39%",)),
        ("敘利亞", ("41%",)),
    ]


def test_two_names_after_a_double_dash_and_a_counted_noun() -> None:
    """``…的兩個國家——寮國和獅子山實施全面入境限制``, then ``對以下5個國家實施…：A、B、C、D和E``: two
    groups, the first of two after the dash (the verb after the last name no part of it)."""
    got = _read("zh_em_dash_before_two_names.txt")
    assert [label for label, *_ in got] == ["寮國", "獅子山", "安哥拉", "貝南", "加彭", "東加", "辛巴威"]
    groups = [group for _, group, *_ in got]
    assert len(set(groups[:2])) == 1 and len(set(groups[2:])) == 1 and groups[0] != groups[2]
    assert [stated for _, stated in _counts("zh_em_dash_before_two_names.txt")] == [2, 5]


def test_a_post_and_a_name_on_a_line_over_a_paragraph_about_each() -> None:
    """``前外交部長張三`` over a paragraph about him, five times: five people, each with the post."""
    assert _read("zh_names_as_headings_over_paragraphs.txt") == [
        ("張三", "", (), ("前外交部長",)),
        ("李四", "", (), ("前國家安全顧問",)),
        ("王五", "", (), ("前貿易顧問",)),
        ("趙六", "", (), ("前衞生部長",)),
        ("錢七", "", (), ("前常駐聯合國", "代表")),
    ]


def test_numbered_paragraphs_of_companies_then_people_with_posts_in_parentheses() -> None:
    """``一、對A、B、C、D等4家企業，…`` and ``二、對張三（…創始人）、李四（…副總裁、…首席會計官）、…等3名
    高級管理人員，…``: the paragraph's number and the preposition no part of the first name; two groups
    with their counts; a post list inside the parentheses gives two posts."""
    got = _read("zh_ordinal_paragraphs_companies_and_people_with_deng.txt")
    assert [label for label, *_ in got] == [
        "阿蘭航運公司",
        "博杜利亞電子公司",
        "卡帕西亞材料公司",
        "達爾馬提亞工程公司",
        "張三",
        "李四",
        "王五",
    ]
    assert got[5][3] == ("博杜利亞電子公司副總裁", "卡帕西亞材料公司首席會計官")
    assert _counts("zh_ordinal_paragraphs_companies_and_people_with_deng.txt") == [
        ("企業", 4),
        ("高級管理人員", 3),
    ]


def test_a_rate_cell_spanning_the_rows_of_its_names() -> None:
    """``<td rowspan="3">25%</td>`` before 日本, 南韓, 馬來西亞: the rate is each name's value."""
    assert _rates("zh_rowspan_rate_column_before_names.html") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("南非", ("30%",)),
        ("波赫", ("30%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_simplified_numbered_people_between_line_breaks_with_a_post_after_a_comma() -> None:
    assert _read("zh_numbered_people_between_line_breaks_simplified.html") == [
        ("张三", "", (), ("乙国国会众议员",)),
        ("李四", "", (), ("乙国国会参议员",)),
        ("王五", "", (), ("乙国国务院前官员",)),
        ("赵六", "", (), ("乙国某基金会主席",)),
        ("钱七", "", (), ("乙国某智库研究员",)),
    ]
    assert [stated for _, stated in _counts("zh_numbered_people_between_line_breaks_simplified.html")] == [5]


def test_hong_kong_posts_before_names_with_their_english_names_inline() -> None:
    """``律政司司長張三（John Doe）、…及國安公署署長孫八（Paul Green）``."""
    result = parse_path(LAYOUTS / "zh_hk_inline_posts_names_and_english.txt")
    assert [(m.label, m.name_en) for m in result.mentions] == [
        ("張三", "John Doe"),
        ("李四", "Richard Miles"),
        ("王五", "Mary Major"),
        ("趙六", "Anna Smith"),
        ("錢七", "Peter Brown"),
        ("孫八", "Paul Green"),
    ]
    assert [a.text for a in result.mentions[0].attributes] == ["律政司司長"]
    assert [stated for _, stated in _counts("zh_hk_inline_posts_names_and_english.txt")] == [6]


def test_an_ordered_list_of_spans_for_the_name_and_the_rate() -> None:
    assert _rates("zh_ol_with_spans_for_name_and_rate.html") == [
        ("日本", ("15%",)),
        ("南韓", ("15%",)),
        ("台灣", ("20%",)),
        ("越南", ("20%",)),
        ("印度", ("25%",)),
    ]


def test_lines_of_a_name_its_english_and_a_rate_after_a_colon() -> None:
    """``日本 Japan：15%``."""
    result = parse_path(LAYOUTS / "zh_name_english_rate_lines.txt")
    assert [(m.label, m.name_en, tuple(v.raw for v in m.values)) for m in result.mentions] == [
        ("日本", "Japan", ("15%",)),
        ("南韓", "South Korea", ("15%",)),
        ("越南", "Vietnam", ("20%",)),
        ("印度", "India", ("25%",)),
        ("瑞士", "Switzerland", ("39%",)),
    ]


def test_a_related_news_aside_before_the_list_is_no_list() -> None:
    assert _names("zh_aside_related_before_the_list.html") == BAN_FULL_TW


def test_a_table_of_chinese_and_english_names_and_a_post_column() -> None:
    """``中文姓名 | 英文姓名 | 職位``: the post column is each person's title, read beside the two names."""
    result = parse_path(LAYOUTS / "zh_hk_bilingual_people_table.html")
    assert [(m.label, m.name_en, tuple(a.text for a in m.attributes)) for m in result.mentions] == [
        ("張三", "CHEUNG Sam", ("行政長官",)),
        ("李四", "LEE Sze", ("保安局局長",)),
        ("王五", "WONG Ng", ("警務處處長",)),
        ("趙六", "CHIU Luk", ("律政司司長",)),
    ]


def test_an_article_list_beside_a_longer_list_of_hot_news() -> None:
    """The article's five names, not the sidebar's eight headlines nor the menu."""
    assert _names("zh_page_with_a_longer_hot_news_sidebar.html") == BAN_ADDED_TW[:5]
    assert [stated for _, stated in _counts("zh_page_with_a_longer_hot_news_sidebar.html")] == [5]


def test_triangle_bullets_with_rates_and_a_triangle_photo_caption_after_them() -> None:
    """``▲日本：25%`` lines, then ``▲…。（圖／美聯社）`` after a blank line: the caption is no item."""
    assert _rates("zh_triangle_marks_as_bullets_with_rates.txt") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_one_paragraph_per_bulleted_name_and_rate() -> None:
    """``<p>●日本 25%</p>`` …, then ``<p>（中央社）</p>``."""
    assert _rates("zh_paragraph_per_bullet_item_with_rate.html") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("南非", ("30%",)),
        ("寮國", ("40%",)),
    ]


def test_numbered_people_with_their_english_name_and_a_post_after_a_comma() -> None:
    """``1. 張三（Jane Roe），甲國前國務卿``."""
    result = parse_path(LAYOUTS / "zh_numbered_people_with_english_and_post_after_comma.txt")
    assert [(m.label, m.name_en, tuple(a.text for a in m.attributes)) for m in result.mentions] == [
        ("張三", "Jane Roe", ("甲國前國務卿",)),
        ("李四", "John Doe", ("甲國前貿易顧問",)),
        ("王五", "Mary Major", ("甲國前國家安全顧問",)),
        ("趙六", "Richard Miles", ("甲國前衞生部長",)),
    ]


def test_names_with_their_rates_parted_by_wide_spaces_on_one_line() -> None:
    """``日本25%　南韓25%　馬來西亞25%　寮國40%　緬甸40%``."""
    assert _rates("zh_names_with_rates_parted_by_wide_spaces.txt") == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_simplified_middle_dot_bullets_one_paragraph_each() -> None:
    """``<p>· 布基纳法索</p>``… under ``…以下7个国家的公民…：``."""
    assert _names("zh_middle_dot_bullets_simplified.html") == [
        "布基纳法索",
        "马里",
        "尼日尔",
        "南苏丹",
        "叙利亚",
        "老挝",
        "塞拉利昂",
    ]
    assert [stated for _, stated in _counts("zh_middle_dot_bullets_simplified.html")] == [7]


def test_ordinal_headings_each_over_a_line_of_names() -> None:
    """``一、全面禁止入境（12國）`` over ``阿富汗、緬甸…``, then ``二、…（7國）``."""
    got = _read("zh_ordinal_heading_then_a_line_of_names.txt")
    assert [label for label, *_ in got] == BAN_FULL_HK + BAN_PARTIAL_HK
    assert {group for _, group, *_ in got[:12]} == {"全面禁止入境"}
    assert {group for _, group, *_ in got[12:]} == {"部分限制入境"}
    assert _counts("zh_ordinal_heading_then_a_line_of_names.txt") == [
        ("全面禁止入境", 12),
        ("部分限制入境", 7),
    ]


def test_a_table_whose_header_is_bold_cells() -> None:
    """``<td><strong>原稅率</strong></td>``…: each rate under its column's label."""
    result = parse_path(LAYOUTS / "zh_table_header_in_bold_cells.html")
    assert [(m.label, tuple((v.raw, v.column) for v in m.values)) for m in result.mentions] == [
        ("日本", (("24%", "原稅率"), ("25%", "新稅率"))),
        ("南韓", (("25%", "原稅率"), ("25%", "新稅率"))),
        ("寮國", (("48%", "原稅率"), ("40%", "新稅率"))),
        ("緬甸", (("44%", "原稅率"), ("40%", "新稅率"))),
    ]


def test_rates_from_and_to_on_lines() -> None:
    """``日本：由24%調升至25%``: both rates, each labelled by the words before it."""
    result = parse_path(LAYOUTS / "zh_rates_from_and_to_on_lines.txt")
    assert [(m.label, tuple((v.raw, v.column) for v in m.values)) for m in result.mentions][:3] == [
        ("日本", (("24%", "由"), ("25%", "調升至"))),
        ("馬來西亞", (("24%", "由"), ("25%", "調升至"))),
        ("哈薩克", (("27%", "由"), ("25%", "調降至"))),
    ]
    assert len(result.mentions) == 5


def test_full_width_parenthesized_numbers_with_semicolons_at_line_ends() -> None:
    """``（1）日本：25%；`` … ``（4）缅甸：40%。``."""
    assert _rates("zh_fullwidth_paren_numbers_with_semicolons.txt") == [
        ("日本", ("25%",)),
        ("韩国", ("25%",)),
        ("老挝", ("40%",)),
        ("缅甸", ("40%",)),
    ]


def test_simplified_people_after_fenbie_shi_with_a_count() -> None:
    """``名单共有4人，分别是乙国众议员张三、…和乙国某基金会主席赵六``."""
    got = _read("zh_simplified_fenbie_shi_people_count.txt")
    assert [label for label, *_ in got] == ["张三", "李四", "王五", "赵六"]
    assert got[0][3] == ("乙国", "众议员")
    assert [stated for _, stated in _counts("zh_simplified_fenbie_shi_people_count.txt")] == [4]


def test_simplified_lines_of_a_name_and_a_post_in_half_width_parentheses() -> None:
    assert _read("zh_halfwidth_parens_posts_simplified_lines.txt") == [
        ("张三", "", (), ("乙国外交部长",)),
        ("李四", "", (), ("乙国财政部长",)),
        ("王五", "", (), ("乙国国防部长",)),
        ("赵六", "", (), ("乙国驻甲国大使",)),
    ]


def test_a_related_reading_block_inside_the_article_before_the_list() -> None:
    """``延伸閱讀：`` over four headlines between two paragraphs, then the list under its lead-in: the
    article goes on after the block, whose headlines are no items."""
    assert _names("zh_related_block_in_the_middle_before_the_list.txt") == BAN_ADDED_TW
    assert [stated for _, stated in _counts("zh_related_block_in_the_middle_before_the_list.txt")] == [7]


def test_paren_groups_without_an_opening_parenthesis_and_unclosed() -> None:
    from sources.layouts._parens import paren_groups

    assert paren_groups("甲國）乙國") == []  # a closing parenthesis alone opens nothing
    assert [(g.start, g.end, g.content) for g in paren_groups("甲（乙(丙)）丁(戊")] == [
        (1, 7, "乙(丙)"),
        (8, 10, "戊"),
    ]
