"""Layouts seen on real outlets' pages, reprinted in our own words (``tests/fixtures/real_layouts``, see
its README): each list read in full, or left unread where its shape is not read yet, never in part.
The expected readings are written from reading the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims import extract_claims
from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.counts import find_counts
from pipeline.models import AttributeKind, Kind, Mention, is_unlabelled_group
from sources.items import split_item
from sources.layouts._headings import is_heading_item, tally_after_dash
from sources.layouts._inline_separators import with_separators_read
from sources.registry import parse_path

FOLDER = Path(__file__).resolve().parent / "fixtures" / "real_layouts"


def _mentions(name: str) -> list[Mention]:
    return [m for m in parse_path(FOLDER / name).mentions if m.kind is Kind.LIST]


def _names(name: str) -> list[str]:
    return [m.label for m in _mentions(name)]


def _grouped(name: str) -> list[tuple[str, str]]:
    return [(m.group, m.label) for m in _mentions(name)]


def _counts(name: str) -> list[int | None]:
    return [h.stated for h in parse_path(FOLDER / name).headings]


def _people(name: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each person: the name, the titles, the other things said of them."""
    return [
        (
            m.label,
            tuple(a.text for a in m.attributes if a.kind is AttributeKind.TITLE),
            tuple(a.text for a in m.attributes if a.kind is not AttributeKind.TITLE),
        )
        for m in _mentions(name)
    ]


# ----------------------------------------------------------------------------------- shapes now read


def test_a_flag_before_each_line_is_a_bullet_not_part_of_the_name() -> None:
    assert _names("ja_flag_emoji_lines.txt") == [
        "フィリピン",
        "ミャンマー",
        "インドネシア",
        "マレーシア",
        "タイ",
    ]


def test_a_name_printed_in_brackets_is_read_without_them_and_its_rate_without_a_label() -> None:
    got = _mentions("zh_bracketed_names_rate_lines.txt")
    assert [(m.label, [(v.raw, v.column) for v in m.values]) for m in got] == [
        ("泰國", [("36%", "")]),
        ("柬埔寨", [("36%", "")]),
        ("印尼", [("32%", "")]),
        ("馬來西亞", [("25%", "")]),
        ("寮國", [("40%", "")]),
        ("緬甸", [("40%", "")]),
    ]


def test_name_bullets_each_over_a_long_paragraph_stay_one_list() -> None:
    """The first name bullet is followed by a paragraph longer than a line of a list: it is kept."""
    assert _names("en_dash_names_then_paragraphs.txt") == ["China", "United States", "Italy", "Spain"]


def test_a_groups_tally_line_is_no_item_and_a_level_number_no_count() -> None:
    """``Level 2 – "…" – 3 countries`` says how many a level holds; ``Level 4 countries`` counts nothing."""
    assert _names("en_level_bullets_with_counts.txt") == [
        "Afghanistan",
        "Burkina Faso",
        "Haiti",
        "North Korea",
        "South Sudan",
        "Yemen",
    ]
    assert 4 not in _counts("en_level_bullets_with_counts.txt")


def test_numbered_lines_with_a_note_after_a_blank_are_one_item_each() -> None:
    got = _mentions("zh_numbered_lists_with_passport_notes.txt")
    ordinary, official = "互免普通護照簽證的國家", "互免公務護照簽證的國家"
    assert [(m.group, m.label) for m in got] == [
        (ordinary, "聖馬利諾"),
        (ordinary, "塞席爾"),
        (ordinary, "薩摩亞"),
        (ordinary, "馬爾地夫"),
        (official, "阿爾巴尼亞"),
        (official, "亞美尼亞"),
        (official, "白俄羅斯"),
        (official, "智利"),
        (official, "古巴"),
    ]
    assert [a.text for a in got[4].attributes] == ["外交、公務、特別護照"]
    assert [a.text for a in got[8].attributes] == ["外交、公務、官員、因公普通護照"]


def test_a_roster_of_posts_equals_names_with_ages_and_marks() -> None:
    assert _people("ja_post_equals_name_age.txt") == [
        ("安倍晋三", ("総理",), ("59",)),
        ("麻生太郎", ("副総理、財務、金融",), ("73", "留任")),
        ("高市早苗", ("総務",), ("53",)),
        ("松島みどり", ("法務",), ("58", "初")),
        ("岸田文雄", ("外務",), ("57", "留任")),
        ("塩崎恭久", ("厚生労働",), ("63",)),
        ("太田昭宏", ("国土交通",), ("68", "留任、公明")),
        ("望月義夫", ("環境",), ("67", "初")),
    ]
    assert _counts("ja_post_equals_name_age.txt") == []  # the ages in parentheses count no group


def test_a_table_names_column_is_the_one_headed_shimei_beside_yakushoku() -> None:
    got = _mentions("ja_html_cabinet_table_marks.html")
    assert [m.label for m in got] == ["村上誠一郎", "牧原秀樹", "岩屋毅", "加藤勝信", "中谷元", "林芳正"]
    assert [m.group for m in got] == [""] * 6  # 初, 再, 留任 in the 備考 column file no one
    assert [tuple(a.text for a in m.attributes if a.kind is AttributeKind.TITLE) for m in got] == [
        ("総務",),
        ("法務",),
        ("外務",),
        ("財務",),
        ("防衛",),
        ("官房長官",),
    ]


def test_a_count_of_the_newcomers_above_a_cabinet_table_is_no_count_of_the_table() -> None:
    """``初入閣は13人。`` counts the newcomers among the ministers, not the table of them."""
    assert 13 not in _counts("ja_html_cabinet_table_marks.html")


@pytest.mark.parametrize(
    ("lead", "counted"),
    [
        ("首相は1日、閣僚名簿を発表した。初入閣は13人。", []),
        ("女性は2人。", []),
        ("其中新任13人。", []),
        ("新内閣の閣僚19人は次の通り。", [19]),
        ("閣僚は19人。", [19]),
        ("甲國宣布制裁12人：", [12]),
    ],
)
def test_a_count_of_a_part_named_by_its_topic_is_no_count_of_the_list(lead: str, counted: list[int]) -> None:
    assert [c.value for c in lead_in_counts(lead)] == counted


def test_names_two_to_a_line_under_counted_headings() -> None:
    first, second = "日本からの入国制限を行っている国・地域", "入国後の行動制限措置をとっている国・地域"
    assert _grouped("ja_infobox_two_columns.txt") == [
        (first, "イスラエル"),
        (first, "キリバス"),
        (first, "イラク"),
        (first, "クック諸島"),
        (first, "インド"),
        (first, "サモア"),
        (first, "ガーナ"),
        (first, "ツバル"),
        (first, "韓国"),
        (first, "バヌアツ"),
        (second, "アルメニア"),
        (second, "ケニア"),
        (second, "ウガンダ"),
        (second, "ジョージア"),
        (second, "エクアドル"),
        (second, "タイ"),
        (second, "キューバ"),
        (second, "ベトナム"),
    ]
    assert _counts("ja_infobox_two_columns.txt") == [10, 8]


def test_a_broadcasters_roster_of_appointments_with_remarks() -> None:
    assert _people("ja_posts_ni_names_with_remarks.txt") == [
        ("麻生太郎", ("副総理兼財務大臣",), ("再任です。",)),
        ("武田良太", ("総務大臣",), ("国家公安委員長からポストが変わります。",)),
        ("上川陽子", ("法務大臣",), ("再入閣です。",)),
        ("茂木敏充", ("外務大臣",), ("再任です。",)),
        ("野上浩太郎", ("農林水産大臣",), ("初めての入閣です。",)),
        ("岸信夫", ("防衛大臣",), ("初めての入閣です。",)),
        ("加藤勝信", ("官房長官",), ("拉致問題担当大臣も兼務する見通しです。",)),
        ("平沢勝栄", ("復興大臣",), ("初めての入閣です。",)),
    ]
    assert _counts("ja_posts_ni_names_with_remarks.txt") == [8]


def test_people_after_their_posts_parted_by_commas_only() -> None:
    """``特首張三，警務處處長李四，…``: every piece a post and a name, the commas part the items (``特首``
    is the shortened title of a special region's head)."""
    got = _people("hk_posts_before_names_comma_run.txt")
    assert [name for name, _, _ in got] == [
        "林鄭月娥",
        "鄧炳強",
        "盧偉聰",
        "張曉明",
        "夏寶龍",
        "駱惠寧",
        "鄭雁雄",
        "鄭若驊",
        "李家超",
        "曾國衞",
        "陳國基",
    ]
    assert got[0][1] == ("香港特首",) and got[2][1] == ("前警務處處長",)


@pytest.mark.parametrize(
    "clause",
    [
        "甲國宣布制裁外交部長張三，財政部長李四，並凍結其資產。",  # a piece that is no post and name
        "報道指，警務處處長張三，保安局局長李四出席。",
    ],
)
def test_comma_pieces_read_as_people_only_when_every_piece_is_one(clause: str) -> None:
    read = with_separators_read(clause)
    assert read is None or "、" not in read


def test_officials_parted_by_semicolons_each_after_a_post_of_many_words() -> None:
    """``The 11 officials are: Chief Executive A; …; Secretary for Justice D; …; and national security
    office head K.``: every post before its name is the person's title, none of it in the name."""
    assert _people("en_people_semicolons_are.txt") == [
        ("Carrie Lam", ("Chief Executive",), ()),
        ("Chris Tang", ("Police Commissioner",), ()),
        ("Stephen Lo", ("former police chief",), ()),
        ("Teresa Cheng", ("Secretary for Justice",), ()),
        ("John Lee", ("Secretary for Security",), ()),
        ("Erick Tsang", ("Secretary for Constitutional and Mainland Affairs",), ()),
        ("Eric Chan", ("Chief Executive's Office director",), ()),
        ("Luo Huining", ("liaison office director",), ()),
        ("Xia Baolong", ("Hong Kong and Macau Affairs Office director",), ()),
        ("Zhang Xiaoming", ("its deputy director",), ()),
        ("Zheng Yanxiong", ("national security office head",), ()),
    ]
    assert _counts("en_people_semicolons_are.txt") == [11]


def test_a_paragraph_per_country_opening_with_its_rate_and_the_earlier_one() -> None:
    got = _mentions("en_country_leads_paragraph_rates.txt")
    assert [(m.label, [(v.number, v.column) for v in m.values]) for m in got] == [
        ("Brazil", [(50, "")]),
        ("Myanmar", [(40, ""), (44, "down from")]),
        ("Laos", [(40, ""), (48, "down from")]),
        ("Cambodia", [(36, ""), (49, "down from")]),
        ("Thailand", [(36, "")]),
    ]
    assert _counts("en_country_leads_paragraph_rates.txt") == [5]  # "letters this week to 5 countries"


def test_a_count_then_its_names_in_brackets_beside_the_region_lines() -> None:
    """``11の国と地域（…）を…除外する一方、2カ国（…）を追加``: each bracket's names are a group counted by
    the count before it; the region lines under them (other names) keep their own groups."""
    got = _grouped("ja_count_then_parenthesized_list.txt")
    removed = [
        "オーストラリア",
        "ブルネイ",
        "中国",
        "香港",
        "マカオ",
        "ニュージーランド",
        "韓国",
        "シンガポール",
        "台湾",
        "タイ",
        "ベトナム",
    ]
    assert [name for _, name in got[:11]] == removed
    assert [name for _, name in got[11:13]] == ["ヨルダン", "ミャンマー"]
    assert len({g for g, _ in got[:11]}) == 1 and got[11][0] == got[12][0] != got[0][0]
    assert got[13:] == [
        ("アジア太平洋", "ブータン"),
        ("アジア太平洋", "バングラデシュ"),
        ("アジア太平洋", "インド"),
        ("アジア太平洋", "インドネシア"),
        ("中東", "イラン"),
        ("中東", "イラク"),
        ("中東", "クウェート"),
    ]
    assert [c for c in _counts("ja_count_then_parenthesized_list.txt") if c is not None] == [11, 2]


def _parsed(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"article{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


def test_a_pages_paragraphs_in_one_frame_are_read_as_the_text_files_are(tmp_path: Path) -> None:
    """A page's paragraphs come one a line, no blank line between them."""
    paragraphs = [
        "Letters went to 3 countries this week.",
        "Aland faces a 50 percent tariff rate starting Aug. 1. Key exports include coffee.",
        "Borduria faces a 40 percent tariff rate starting Aug. 1, down from 44 percent in April.",
        "Carpathia faces a 25 percent tariff rate starting Aug. 1, up from 10 percent.",
        "More letters are expected.",
    ]
    page = "<html><body><article><h1>Tariffs</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    got = _parsed(tmp_path, page + "</article></body></html>", ".html")
    assert [(m.label, [(v.number, v.column) for v in m.values]) for m in got] == [
        ("Aland", [(50, "")]),
        ("Borduria", [(40, ""), (44, "down from")]),
        ("Carpathia", [(25, ""), (10, "up from")]),
    ]


_HEAD = "Aland news\nMarch 3, 2026 - Test Wire\n\n"
_HEAD_ZH = "甲國新聞\n2026年3月3日 測試通訊社\n\n"


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (  # posts before names in a sentence, two of them joined by "and"
            "The picks include Secretary of State Jane Roe, Defense Secretary John Doe and Attorney General "
            "Mary Major.",
            [
                ("Jane Roe", "Secretary of State"),
                ("John Doe", "Defense Secretary"),
                ("Mary Major", "Attorney General"),
            ],
        ),
        (
            "The 3 officials are: Secretary for Security Jane Roe; Aland and Borduria Affairs Office "
            "director John Doe; and central bank governor Mary Major.",
            [
                ("Jane Roe", "Secretary for Security"),
                ("John Doe", "Aland and Borduria Affairs Office director"),
                ("Mary Major", "central bank governor"),
            ],
        ),
    ],
)
def test_english_posts_before_names_are_titles_never_names(
    tmp_path: Path, body: str, people: list[tuple[str, str]]
) -> None:
    got = _parsed(tmp_path, _HEAD + body + "\n")
    assert [(m.label, [a.text for a in m.attributes if a.kind is AttributeKind.TITLE]) for m in got] == [
        (name, [post]) for name, post in people
    ]


def test_chinese_posts_before_names_and_a_count_then_names_in_brackets(tmp_path: Path) -> None:
    posts = _parsed(tmp_path, _HEAD_ZH + "甲國宣布，制裁乙國國務卿張三、國防部長李四及財政部長王五等3人。\n")
    assert [m.label for m in posts] == ["張三", "李四", "王五"]
    assert [a.text for a in posts[1].attributes] == ["國防部長"]
    bracketed = _parsed(
        tmp_path, _HEAD_ZH + "甲國宣布，將4個國家和地區（乙國、丙國、丁國、戊國）自入境禁令中移除。\n"
    )
    assert [m.label for m in bracketed] == ["乙國", "丙國", "丁國", "戊國"]
    english = _parsed(
        tmp_path,
        _HEAD + "Aland lifted its ban on the 3 countries (Borduria, Carpathia and Dalmatia) on Monday.\n",
    )
    assert [m.label for m in english] == ["Borduria", "Carpathia", "Dalmatia"]


def test_a_bracket_is_its_counts_list_only_when_about_as_many(tmp_path: Path) -> None:
    """Ten names after a count of eleven are the list, one short (the outlet's error to report); three
    after a count of five name some of them only, and are left unread."""
    names = "、".join(f"{c}國" for c in "乙丙丁戊己庚辛壬癸子")
    short = _parsed(tmp_path, _HEAD_ZH + f"甲國宣布，將11個國家和地區（{names}）自入境禁令中移除。\n")
    assert len(short) == 10
    assert [h.stated for h in parse_path(tmp_path / "article.txt").headings] == [11]
    some = _parsed(tmp_path, _HEAD_ZH + "甲國宣布，將5個國家（乙國、丙國、丁國）自入境禁令中移除。\n")
    assert some == []


@pytest.mark.parametrize(
    "body",
    [
        # one paragraph naming one country and one rate is prose
        "Aland faces a 50 percent tariff rate starting Aug. 1, officials said.\n"
        "Key exports include coffee.\n\nBorduria said it would keep talking.\n",
        # paragraphs opening each in its own words are no list
        "Inflation rose to 3 percent in May.\n\nUnemployment fell to 4 percent in May.\n\n"
        "Growth slowed to 1 percent in the quarter.\n",
        # a pronoun opening paragraphs in one frame names nothing
        "It faces a 50 percent rate.\n\nIt faces a 40 percent rate.\n\nIt faces a 30 percent rate.\n",
        # two paragraphs in one frame are not yet a run
        "Aland faces a 50 percent rate.\n\nBorduria faces a 40 percent rate.\n\nTalks go on.\n",
        # brackets holding an abbreviation or a gloss
        "The World Health Organization (WHO) said 3 companies (all based in Aland) had recalled 2 products "
        "(tablets).\n",
        "世界保健機関（WHO）は3日、3社（いずれも甲国企業）に対し規制を適用すると発表した。\n",
        "甲國衛生部（衛福部）表示，3家企業（均為乙國公司）須回收產品。\n",
    ],
)
def test_nearby_shapes_stay_unread(tmp_path: Path, body: str) -> None:
    assert _parsed(tmp_path, _HEAD + body) == []


def test_groups_told_by_a_copula_then_the_rest_in_a_sentence_of_their_own() -> None:
    """``甲洲為A、B、C；乙洲為…；丙洲為…。`` then ``其餘均為丁洲國家，為…。``: each group labelled by its
    words, and the lead's ``共計12國`` the count of the whole list."""
    name = "tw_continent_groups_wei.txt"
    asia, south_america, oceania, europe = "亞洲", "南美洲", "大洋洲", "歐洲國家"
    assert _grouped(name) == [
        (asia, "韓國"),
        (asia, "日本"),
        (asia, "汶萊"),
        (south_america, "巴西"),
        (south_america, "阿根廷"),
        (south_america, "智利"),
        (oceania, "澳洲"),
        (oceania, "紐西蘭"),
        (europe, "法國"),
        (europe, "德國"),
        (europe, "義大利"),
        (europe, "瑞典"),
    ]
    result = parse_path(FOLDER / name)
    assert result.article is not None
    totals = [
        c for c in extract_claims(result.article, result.mentions, result.headings) if c.kind == "total"
    ]
    assert totals and {(c.stated, c.computed) for c in totals} == {(12, 12)}


def test_a_ranking_in_one_sentence_with_ties_in_brackets() -> None:
    """``甲國（190國）；乙國（189國）；丙國、丁國、戊國（188國，同列第3）；…``: every name with the figure
    of its brackets, the names of a tie under its printed place; a place not printed is no label."""
    got = [
        (m.group, m.label, [v.number for v in m.values]) for m in _mentions("tw_ranked_semicolons_ties.txt")
    ]
    third, fourth, fifth = "同列第3", "同列第4", "同列第5"
    assert [(label, numbers) for _, label, numbers in got] == [
        ("日本", [190]),
        ("新加坡", [189]),
        ("法國", [188]),
        ("德國", [188]),
        ("南韓", [188]),
        ("丹麥", [187]),
        ("芬蘭", [187]),
        ("義大利", [187]),
        ("西班牙", [187]),
        ("瑞典", [187]),
        ("奧地利", [186]),
        ("盧森堡", [186]),
        ("荷蘭", [186]),
        ("挪威", [186]),
        ("葡萄牙", [186]),
        ("英國", [186]),
        ("美國", [186]),
    ]
    groups = [group for group, _, _ in got]
    assert groups[2:] == [third] * 3 + [fourth] * 5 + [fifth] * 7
    assert all(is_unlabelled_group(g) for g in groups[:2]) and groups[0] != groups[1]
    assert 5 not in _counts("tw_ranked_semicolons_ties.txt")  # 前5名 counts places, not the 17 names
    result = parse_path(FOLDER / "tw_ranked_semicolons_ties.txt")
    assert result.article is not None
    claims = extract_claims(result.article, result.mentions, result.headings)
    # neither the cut-off nor a place's figure in brackets is a count of a place's names
    assert not [c for c in claims if c.kind == "group" or c.stated in (5, 186, 187, 188, 189)]


def test_a_ranking_one_place_a_line() -> None:
    """``第1名是甲國和乙國，可免簽進入158個國家。`` a line: each name under its place, with its line's
    figure. The line of the outlet's own territory (``丙地排名第18，…``) and the last place
    (``排名最後的是…``) are no lines of the series: the list is the top places the article prints in
    turn, what it says of one territory or of the last is said beside it."""
    got = [
        (m.group, m.label, [v.number for v in m.values]) for m in _mentions("hk_ranked_sentence_lines.txt")
    ]
    assert got == [
        ("第1名", "德國", [158]),
        ("第1名", "瑞典", [158]),
        ("第2名", "芬蘭", [157]),
        ("第2名", "法國", [157]),
        ("第2名", "西班牙", [157]),
        ("第2名", "英國", [157]),
        ("第3名", "丹麥", [156]),
        ("第3名", "意大利", [156]),
    ]


def test_a_table_pasted_one_cell_a_line_with_bars_between() -> None:
    """A header's cells a line each, a bar line between them (``國家`` / ``|`` / …), then the rows' cells
    the same way: the header labels each figure."""
    got = _mentions("tw_pipe_cells_one_per_line.txt")
    assert [(m.label, [(v.raw, v.column) for v in m.values]) for m in got] == [
        ("美國", [("46", "金牌"), ("37", "銀牌"), ("38", "銅牌"), ("121", "合計")]),
        ("英國", [("27", "金牌"), ("23", "銀牌"), ("17", "銅牌"), ("67", "合計")]),
        ("中國", [("26", "金牌"), ("18", "銀牌"), ("26", "銅牌"), ("70", "合計")]),
        ("德國", [("17", "金牌"), ("10", "銀牌"), ("15", "銅牌"), ("42", "合計")]),
        ("日本", [("12", "金牌"), ("8", "銀牌"), ("21", "銅牌"), ("41", "合計")]),
    ]


# -------------------------------------------------------------------------------- shapes read before


def test_block_marked_headings_with_counts_over_lines_of_names() -> None:
    got = _grouped("cn_block_marker_group_headings.txt")
    assert len(got) == 19 and got[0] == ("全面禁止入境", "阿富汗") and got[-1] == ("部分限制入境", "委内瑞拉")
    assert _counts("cn_block_marker_group_headings.txt") == [12, 7]


def test_a_pipe_table_of_medals_and_wire_dash_bullets_of_rates() -> None:
    medals = _mentions("cn_pipe_markdown_table.txt")
    assert [m.label for m in medals] == ["美国", "中国", "日本", "澳大利亚", "法国"]
    assert [(v.raw, v.column) for v in medals[1].values] == [
        ("40", "金牌"),
        ("27", "银牌"),
        ("24", "铜牌"),
        ("91", "总数"),
    ]
    rates = _mentions("en_ap_em_dash_bullets.txt")
    assert [(m.label, [v.raw for v in m.values]) for m in rates] == [
        ("Japan", ["25%"]),
        ("South Korea", ["25%"]),
        ("Malaysia", ["25%"]),
        ("Kazakhstan", ["25%"]),
        ("South Africa", ["30%"]),
        ("Laos", ["40%"]),
        ("Myanmar", ["40%"]),
    ]


def test_groups_under_html_subheadings_and_a_rates_table_with_money_columns() -> None:
    got = _grouped("en_html_h2_groups_paragraph_lists.html")
    assert [g for g, _ in got] == ["Full ban"] * 12 + ["Partial ban"] * 7
    assert got[3] == ("Full ban", "Republic of the Congo")
    table = _mentions("en_html_rates_table_with_trade_balance.html")
    assert [(m.label, [(v.raw, v.column) for v in m.values]) for m in table][2] == (
        "Brazil",
        [("50%", "Letter rate"), ("10%", "April 2 rate")],
    )


def test_headings_over_inline_names_and_full_width_medal_lines() -> None:
    got = _grouped("ja_black_circle_heading_then_inline.txt")
    restricted, limited = "入国制限を行っている国と地域", "入国後に行動制限措置がとられている国"
    assert got[:2] == [(restricted, "イスラエル"), (restricted, "イラク")]
    assert [g for g, _ in got] == [restricted] * 12 + [limited] * 6  # the topic of each ●…は以下の通り。
    medals = _mentions("ja_fullwidth_medal_lines.txt")
    assert [(m.label, [v.number for v in m.values]) for m in medals][3] == ("オーストラリア", [18, 19, 16])


# ------------------------------------------------------------------------------ the pieces, and guards


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Here's the list of Level 4 countries Americans are urged to avoid:", []),
        ("Tier 2 nations face review", []),
        ("Category 3 countries", []),
        ("The 4 countries are:", [4]),
        ("Twelve countries face a full ban", [12]),
    ],
)
def test_a_number_that_names_a_class_counts_nothing(text: str, counted: list[int]) -> None:
    assert [c.value for c in find_counts(text)] == counted


@pytest.mark.parametrize(
    ("line", "tally"),
    [
        ('Level 2 – "exercise increased caution" – 17 countries', True),
        ("第一類 — 12國", True),
        ("Aland - 25%", False),
        ("Jane Roe – chief executive", False),
        ("Aland – 12 countries in the bloc agree", False),
    ],
)
def test_a_line_ending_with_a_count_after_a_dash_is_a_groups_tally(line: str, tally: bool) -> None:
    assert tally_after_dash(line) is tally
    assert is_heading_item(line) is tally or not tally


@pytest.mark.parametrize(
    ("text", "name", "attributes"),
    [
        ("【泰國】36%", "泰國", []),
        ("甲國 外交、公務護照", "甲國", ["外交、公務護照"]),
        ("總務＝山田太郎（59）初", "山田太郎", ["總務", "59", "初"]),
        ("外相に山田太郎氏。再任です。", "山田太郎", ["外相", "再任です。"]),
        ("外相に元議員の山田太郎氏", "山田太郎", ["外相"]),
    ],
)
def test_the_item_parser_on_the_new_shapes(text: str, name: str, attributes: list[str]) -> None:
    split = split_item(text, 0, len(text))
    assert text[split.name_start : split.name_end] == name
    assert [a.text for a in split.attributes] == attributes


@pytest.mark.parametrize("text", ["張三 外交部長、國務委員", "張三 Zhang San，甲國國防部長"])
def test_a_persons_posts_or_english_name_after_a_blank_are_no_note(text: str) -> None:
    split = split_item(text, 0, len(text))
    assert text[split.name_start :].startswith("張三")
    assert not any(a.kind is AttributeKind.OTHER for a in split.attributes)
