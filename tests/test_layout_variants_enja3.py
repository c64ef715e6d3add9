"""English and Japanese layouts, third round (``tests/fixtures/layouts/enja3_*``: made-up articles in the
shapes wire services, newspapers and broadcasters print): counts that count something else than the list
under them, a person named before the others a count includes, lines of names parted by dashes or slashes,
and rates, people and companies in the text and HTML shapes these outlets use. Each is read with its
items in order, groups, values, attributes and stated counts, written from reading the articles."""

from __future__ import annotations

from pathlib import Path

from test_layout_variants_enja import LAYOUTS, _names, _people, _rated, _read

from pipeline.lang.count_binding import lead_in_counts
from pipeline.run import reconcile
from sources.registry import parse_path


def _stated(name: str) -> list[tuple[str, int | None]]:
    return [(h.group, h.stated) for h in parse_path(LAYOUTS / name).headings]


def _findings(name: str) -> list[str]:
    return [d.kind for d in reconcile([LAYOUTS / name]).discrepancies]


# ---------------------------------------------------------------------------- counts of something else


def test_a_count_of_all_partners_before_a_sentence_that_picks_the_steepest() -> None:
    """``… rates for 69 partners. These face the steepest:`` over seven lines: 69 counts the partners, not
    the seven; no count is the list's, and nothing says the list is short."""
    assert _read("enja3_partners_count_then_the_steepest.txt") == _rated(
        "Cambodia", "49%", "Laos", "48%", "Madagascar", "47%", "Vietnam", "46%", "Sri Lanka", "44%",
        "Myanmar", "44%", "Syria", "41%",
    )  # fmt: skip
    assert _stated("enja3_partners_count_then_the_steepest.txt") == []
    assert "list_short" not in _findings("enja3_partners_count_then_the_steepest.txt")


def test_the_top_ten_after_a_count_of_all_partners() -> None:
    """``… for 57 partners in all. The top 10 rates are:``: the ranking's size is the list's count."""
    assert _names("enja3_top_ten_lines.txt") == [
        "Lesotho", "Cambodia", "Laos", "Madagascar", "Vietnam", "Sri Lanka", "Myanmar", "Syria", "Iraq",
        "Guyana",
    ]  # fmt: skip
    assert _stated("enja3_top_ten_lines.txt") == [("", 10)]
    assert "list_short" not in _findings("enja3_top_ten_lines.txt")


def test_lead_in_counts_of_the_last_sentence_or_of_one_it_points_back_to() -> None:
    assert [
        c.value for c in lead_in_counts("Aland set rates for 69 partners. These face the steepest:")
    ] == []
    assert [c.value for c in lead_in_counts("Aland barred nationals of 12 countries. They are:")] == [12]
    assert [c.value for c in lead_in_counts("Of the 69 partners, these five countries face the most:")] == [5]
    assert [c.value for c in lead_in_counts("It set 57 rates. The top 10 are:")] == [10]
    assert [c.value for c in lead_in_counts("甲国は69カ国の税率を示した。主な国は次の通り：")] == []
    assert [c.value for c in lead_in_counts("甲国は12カ国を指定した。対象は以下の通り：")] == [12]


# ---------------------------------------------------------------------------- a person before the others


def test_a_person_before_ten_other_officials_then_the_others_in_a_later_paragraph() -> None:
    """``… on Jane Roe, Borduria's chief executive, and 10 other officials …`` then ``The others are A,
    B, … and J.``: she is the list's first item, and ``The 11 officials`` later counts the eleven."""
    assert _read("enja3_person_and_ten_other_officials.txt") == [
        ("Jane Roe", "", (), ("Borduria's chief executive",)),
        *_people(
            "John Doe", (), "Mary Major", (), "Peter Smith", (), "Richard Miles", (), "Anna Black", (),
            "Tom Green", (), "Sarah White", (), "Paul Brown", (), "Lucy Grey", (), "Mark Stone", (),
        ),
    ]  # fmt: skip
    claims = reconcile([LAYOUTS / "enja3_person_and_ten_other_officials.txt"]).claims
    assert [c.stated for c in claims if c.kind == "total"] == [11]
    assert "list_short" not in _findings("enja3_person_and_ten_other_officials.txt")


def test_japanese_kanji_name_with_the_others_counted_in_the_lead_in() -> None:
    """``乙国の張三行政長官ら11人を…。ほかに李四保安局長、…の10人が含まれる``: 張三 is the first of eleven."""
    got = _read("enja3_ja_kanji_person_ra_11.txt")
    assert [label for label, *_ in got][:9] == [
        "張三",
        "李四",
        "王五",
        "趙六",
        "陳七",
        "劉八",
        "孫九",
        "周十",
        "呉一",
    ]
    assert len(got) == 11
    assert got[0][3] == ("行政長官",)
    assert "list_short" not in _findings("enja3_ja_kanji_person_ra_11.txt")


def test_japanese_kanji_minister_and_the_others_after_hoka_wa() -> None:
    """``甲国の山田太郎外相ら4人…。ほかは鈴木一郎防衛相、佐藤花子官房長官、高橋次郎経済産業相の3人。``"""
    assert _read("enja3_ja_kanji_person_ra_4.txt") == _people(
        "山田太郎", "外相", "鈴木一郎", "防衛相", "佐藤花子", "官房長官", "高橋次郎", "経済産業相"
    )
    assert _stated("enja3_ja_kanji_person_ra_4.txt") == []


# ---------------------------------------------------------------------------- lines of names parted by marks


def test_a_count_in_the_paragraph_above_a_line_of_names_parted_by_dashes() -> None:
    assert _names("enja3_count_above_dash_line.txt") == ["Chad", "Eritrea", "Haiti", "Libya", "Yemen"]
    assert _stated("enja3_count_above_dash_line.txt") == [("", 5)]


def test_a_count_in_the_paragraph_above_a_line_of_names_parted_by_slashes() -> None:
    assert _names("enja3_count_above_slash_line.txt") == [
        "Burundi", "Cuba", "Laos", "Sierra Leone", "Togo", "Turkmenistan",
    ]  # fmt: skip
    assert _stated("enja3_count_above_slash_line.txt") == [("", 6)]


def test_a_count_above_a_line_of_names_that_disagrees_is_a_short_list(tmp_path: Path) -> None:
    """The same article saying six countries, above and in its headline: five names where six are stated."""
    text = (LAYOUTS / "enja3_count_above_dash_line.txt").read_text(encoding="utf-8")
    path = tmp_path / "short.txt"
    path.write_text(text.replace("five countries", "six countries"), encoding="utf-8")
    assert [(h.stated, len(parse_path(path).mentions)) for h in parse_path(path).headings] == [(6, 5)]
    assert "list_short" in [d.kind for d in reconcile([path]).discrepancies]


def test_a_sentence_with_a_dash_is_no_line_of_names() -> None:
    """A line parted by dashes that holds a sentence's marks or numbers is not read as names."""
    from sources.layouts._inline_separators import with_latin_separators_read

    assert with_latin_separators_read("Chad — Eritrea — Haiti") == "Chad , Eritrea , Haiti"
    assert with_latin_separators_read("Aland / Borduria / Carpathia") == "Aland , Borduria , Carpathia"
    assert with_latin_separators_read("Rates — up 10% — Aland — Borduria") is None
    assert with_latin_separators_read("Aland — Borduria / Carpathia — Dalmatia") is None
    assert with_latin_separators_read("He said — and she agreed — that Aland would pay.") is None


# ---------------------------------------------------------------------------- countries and rates


def test_br_lines_of_names_and_rates_in_per_cent() -> None:
    """``<p>Cambodia: 49 per cent<br>Laos: 48 per cent<br>…</p>`` under a lead-in that counts six."""
    assert _read("enja3_br_lines_per_cent.html") == _rated(
        "Cambodia", "49 per cent", "Laos", "48 per cent", "Vietnam", "46 per cent", "Myanmar", "44 per cent",
        "Thailand", "36 per cent", "Indonesia", "32 per cent",
    )  # fmt: skip
    assert _stated("enja3_br_lines_per_cent.html") == [("", 6)]


def test_a_definition_list_of_names_and_rates_in_percent() -> None:
    """``<dt>Switzerland</dt><dd>31 percent</dd>``: the ``<dd>`` is the name's value."""
    assert _read("enja3_dl_countries_percent.html") == _rated(
        "Switzerland", "31 percent", "Norway", "15 percent", "Japan", "24 percent", "South Korea",
        "25 percent", "Taiwan", "32 percent",
    )  # fmt: skip


def test_a_table_with_a_notes_column() -> None:
    """Country, rate and notes: the note is an attribute of its row, the empty one none."""
    assert _read("enja3_table_with_notes_column.html") == [
        ("Brazil", "", ("50%",), ("Includes a 40% penalty",)),
        ("Switzerland", "", ("39%",), ("Up from 31%",)),
        ("Canada", "", ("35%",), ("Goods under the trade pact exempt",)),
        ("India", "", ("25%",), ()),
    ]


def test_a_table_with_the_rate_column_before_the_country_column() -> None:
    assert _read("enja3_table_rate_column_first.html") == _rated(
        "Cambodia", "49%", "Laos", "48%", "Vietnam", "46%", "Sri Lanka", "44%", "Thailand", "36%"
    )


def test_rates_in_pc_in_a_sentence_said_once() -> None:
    """``Cambodia faces 49pc, Laos 48pc, … and Thailand 36pc``: the verb said once, ``pc`` a percent."""
    assert _read("enja3_pc_rates_inline.txt") == _rated(
        "Cambodia", "49pc", "Laos", "48pc", "Vietnam", "46pc", "Sri Lanka", "44pc", "Thailand", "36pc"
    )


def test_name_dash_percent_lines_under_a_counted_lead_in() -> None:
    assert _read("enja3_percent_word_lines.txt") == _rated(
        "Switzerland", "31 percent", "Norway", "15 percent", "Serbia", "37 percent", "North Macedonia",
        "33 percent",
    )  # fmt: skip
    assert _stated("enja3_percent_word_lines.txt") == [("", 4)]


def test_bullets_of_a_rate_a_dash_and_a_name() -> None:
    """``• 50% – Lesotho``: the rate before the name is its value."""
    assert _read("enja3_rate_before_name_bullets.txt") == _rated(
        "Lesotho", "50%", "Cambodia", "49%", "Laos", "48%", "Madagascar", "47%", "Vietnam", "46%"
    )


def test_a_counted_heading_over_an_ordered_list_and_related_links() -> None:
    """``<h2>The 12 countries</h2><ol>…``: the count is the list's; the related links are no items."""
    assert _names("enja3_count_heading_over_ol.html") == [
        "Afghanistan", "Myanmar", "Chad", "Republic of the Congo", "Equatorial Guinea", "Eritrea", "Haiti",
        "Iran", "Libya", "Somalia", "Sudan", "Yemen",
    ]  # fmt: skip
    assert [h.stated for h in parse_path(LAYOUTS / "enja3_count_heading_over_ol.html").headings] == [12]


def test_new_rates_with_the_earlier_ones_after_up_from_and_down_from() -> None:
    """``Japan: 25%, up from 24%``: both rates, the new one first as printed."""
    got = _read("enja3_rates_from_to_en.txt")
    assert [(label, values) for label, _, values, _ in got] == [
        ("Japan", ("25%", "24%")),
        ("Malaysia", ("25%", "24%")),
        ("Kazakhstan", ("25%", "27%")),
        ("Laos", ("40%", "48%")),
        ("Myanmar", ("40%", "44%")),
    ]


# ---------------------------------------------------------------------------- people and companies


def test_companies_with_what_they_do_after_a_comma() -> None:
    """``- Borduria Heavy Industries Ltd, a shipbuilder``: the company, and what it is as its attribute."""
    assert _read("enja3_companies_sanctioned_bullets.txt") == _people(
        "Borduria Heavy Industries Ltd", "a shipbuilder",
        "Carpathia Trading Co", "a metals trader",
        "Syldavia Electronics Group", "a chipmaker",
        "Aland Pacific Shipping", "a tanker operator",
    )  # fmt: skip
    assert _stated("enja3_companies_sanctioned_bullets.txt") == [("", 4)]


def test_bold_names_a_colon_and_a_post_between_line_breaks() -> None:
    """``<strong>Jane Roe</strong>: foreign minister<br>…``: the name in bold, the post after the colon."""
    assert _read("enja3_people_strong_colon_br.html") == _people(
        "Jane Roe", "foreign minister",
        "John Doe", "defence minister",
        "Mary Major", "governor of the central bank",
        "Peter Smith", "speaker of parliament",
    )  # fmt: skip


# ---------------------------------------------------------------------------- Japanese


def test_japanese_dot_bullets_with_fullwidth_rates() -> None:
    """``・カンボジア　４９％``: the rate in fullwidth digits after a wide space."""
    assert _read("enja3_ja_fullwidth_rates_lines.txt") == _rated(
        "カンボジア",
        "４９％",
        "ラオス",
        "４８％",
        "ベトナム",
        "４６％",
        "タイ",
        "３６％",
        "インドネシア",
        "３２％",
    )


def test_japanese_rate_changes_with_an_arrow() -> None:
    """``・スイス　31％→39％`` under ``（旧税率→新税率）``: the earlier rate, then the new one. The five of
    the sentence before is no count of the lines, which ``主な変更は以下の通り`` gives as the main ones."""
    got = _read("enja3_ja_rate_changes_arrows.txt")
    assert [(label, values) for label, _, values, _ in got] == [
        ("スイス", ("31％", "39％")),
        ("カナダ", ("25％", "35％")),
        ("ラオス", ("48％", "40％")),
        ("ミャンマー", ("44％", "40％")),
        ("ベトナム", ("46％", "20％")),
    ]
    assert [h.stated for h in parse_path(LAYOUTS / "enja3_ja_rate_changes_arrows.txt").headings] == []


def test_japanese_bullets_under_bracketed_headings() -> None:
    """``【全面禁止】`` and ``【一部制限】`` over ``・`` bullets: two groups."""
    assert [(label, group) for label, group, *_ in _read("enja3_ja_bracket_headings_bullets.txt")] == [
        *((n, "全面禁止") for n in ["チャド", "エリトリア", "ハイチ", "リビア", "イエメン"]),
        *((n, "一部制限") for n in ["ブルンジ", "キューバ", "トーゴ"]),
    ]


def test_japanese_names_with_shi_and_posts_in_parentheses() -> None:
    """``・山田太郎氏（乙国外相）``: the honorific left out of the name, the post its attribute."""
    assert _read("enja3_ja_names_with_shi_and_posts.txt") == _people(
        "山田太郎",
        "乙国外相",
        "鈴木一郎",
        "乙国防衛相",
        "佐藤花子",
        "乙国中央銀行総裁",
        "高橋次郎",
        "乙国議会議長",
    )
    assert _stated("enja3_ja_names_with_shi_and_posts.txt") == [("", 4)]


def test_japanese_sentence_of_countries_between_a_dateline_and_an_agency_credit() -> None:
    """``【ワシントン共同】…カンボジア、ラオス、…タイの5カ国に…（共同）``: neither credit is an item."""
    assert _names("enja3_ja_inline_with_agency_credit.txt") == [
        "カンボジア",
        "ラオス",
        "ベトナム",
        "ミャンマー",
        "タイ",
    ]
    assert _stated("enja3_ja_inline_with_agency_credit.txt") == [("", 5)]


def test_japanese_triangle_lines_of_posts_before_names() -> None:
    """``▽外相　鈴木一郎``: the post, a wide space, then the name; ``（敬称略）`` is no item."""
    assert _read("enja3_ja_triangle_posts_before_names.txt") == _people(
        "山田太郎",
        "首相",
        "鈴木一郎",
        "外相",
        "佐藤花子",
        "財務相",
        "高橋次郎",
        "防衛相",
        "田中三郎",
        "官房長官",
    )


def test_japanese_names_with_san_in_a_sentence() -> None:
    """``市民栄誉賞を山田太郎さん、鈴木花子さん、佐藤次郎さんの3人に``: the object's particle and the
    honorific are no part of the names."""
    assert _names("enja3_ja_san_names_inline.txt") == ["山田太郎", "鈴木花子", "佐藤次郎"]
    assert _stated("enja3_ja_san_names_inline.txt") == [("", 3)]


def test_japanese_table_with_the_rate_column_first() -> None:
    """``税率`` before ``国・地域``; ``欧州連合（ＥＵ）`` keeps its acronym apart; the ranking is no list."""
    result = parse_path(LAYOUTS / "enja3_ja_table_rate_column_first.html")
    assert [(m.label, tuple(v.raw for v in m.values)) for m in result.mentions] == [
        ("カンボジア", ("49％",)),
        ("ベトナム", ("46％",)),
        ("中国", ("34％",)),
        ("台湾", ("32％",)),
        ("日本", ("24％",)),
        ("欧州連合", ("20％",)),
    ]


def test_japanese_lines_of_names_glued_to_posts_between_line_breaks() -> None:
    """``<p>ジェーン・ロー外相<br>ジョン・ドウ国防相<br>…</p>``: each line a person, the post after the
    name."""
    assert _read("enja3_ja_br_people_posts.html") == _people(
        "ジェーン・ロー",
        "外相",
        "ジョン・ドウ",
        "国防相",
        "メアリー・メジャー",
        "中央銀行総裁",
        "ピーター・スミス",
        "議会議長",
    )


def test_japanese_triangle_lines_of_companies() -> None:
    assert _names("enja3_ja_triangle_company_lines.txt") == [
        "乙国重工業",
        "乙国電子",
        "丙国海運",
        "乙国化学",
        "丁国通信",
    ]
    assert _stated("enja3_ja_triangle_company_lines.txt") == [("", 5)]


def test_a_person_before_ten_other_officials_then_bullets_of_the_others() -> None:
    """``… on Jane Roe, Borduria's chief executive, and 10 other officials. The others are:`` over ten
    bullets: she is the first of the eleven ``The 11 officials`` counts."""
    assert _read("enja3_person_then_bullets_of_the_others.txt") == [
        ("Jane Roe", "", (), ("Borduria's chief executive",)),
        *_people(
            "John Doe", (), "Mary Major", (), "Peter Smith", (), "Richard Miles", (), "Anna Black", (),
            "Tom Green", (), "Sarah White", (), "Paul Brown", (), "Lucy Grey", (), "Mark Stone", (),
        ),
    ]  # fmt: skip
    assert "list_short" not in _findings("enja3_person_then_bullets_of_the_others.txt")


def test_japanese_kanji_name_before_the_others_then_bullets_of_the_others() -> None:
    """``乙国の張三行政長官ら11人を…。張三氏のほかに対象となったのは次の10人。`` over ten ``・`` bullets:
    張三 is the first of eleven; ``次の10人`` counts the others, and no list is short."""
    assert _read("enja3_ja_kanji_person_then_bullets_of_the_others.txt") == _people(
        "張三", "行政長官", "李四", "保安局長", "王五", "警務処長", "趙六", "司法長官", "陳七", "政務長官",
        "劉八", "財政長官", "孫九", "教育局長", "周十", "運輸局長", "呉一", "労働局長", "鄭二", "環境局長",
        "馮三", "衛生局長",
    )  # fmt: skip
    assert _stated("enja3_ja_kanji_person_then_bullets_of_the_others.txt") == [("", 11)]
    assert _findings("enja3_ja_kanji_person_then_bullets_of_the_others.txt") == []


def test_japanese_others_after_hoka_wa_without_their_own_count() -> None:
    """``甲国の山田太郎外相ら4人…。ほかは鈴木一郎防衛相、佐藤花子官房長官、高橋次郎経済産業相。``: three names
    with no cue of their own are the others of the four."""
    assert _read("enja3_ja_kanji_person_then_the_others_uncounted.txt") == _people(
        "山田太郎", "外相", "鈴木一郎", "防衛相", "佐藤花子", "官房長官", "高橋次郎", "経済産業相"
    )


def test_lines_of_a_post_a_dash_and_a_name() -> None:
    """``Foreign minister – Jane Roe``: the post before the dash is the attribute of the name after it."""
    assert _read("enja3_post_dash_name_lines.txt") == _people(
        "Jane Roe", "Foreign minister",
        "John Doe", "Defence minister",
        "Mary Major", "Finance minister",
        "Peter Smith", "Interior minister",
    )  # fmt: skip


def test_rates_with_the_earlier_one_in_parentheses() -> None:
    """``Japan: 25% (from 24%)``: the new rate, then the earlier one."""
    assert [
        (label, values) for label, _, values, _ in _read("enja3_rates_with_earlier_in_parentheses.txt")
    ] == [
        ("Japan", ("25%", "24%")),
        ("Malaysia", ("25%", "24%")),
        ("Kazakhstan", ("25%", "27%")),
        ("Laos", ("40%", "48%")),
        ("Myanmar", ("40%", "44%")),
    ]


def test_japanese_bracketed_heading_with_a_count_over_lines_of_people() -> None:
    """``【制裁対象の4人】`` over four lines of a katakana name and its post."""
    assert _read("enja3_ja_bracketed_counted_heading_over_people.txt") == _people(
        "ジェーン・ロー",
        "外相",
        "ジョン・ドウ",
        "国防相",
        "メアリー・メジャー",
        "中央銀行総裁",
        "ピーター・スミス",
        "議会議長",
    )
    assert _stated("enja3_ja_bracketed_counted_heading_over_people.txt") == [("", 4)]


def test_japanese_table_with_a_notes_column() -> None:
    """``国・地域｜新税率｜備考``: the note an attribute of its row, the empty one none."""
    assert _read("enja3_ja_table_with_notes_column.html") == [
        ("スイス", "", ("39％",), ("従来は31％",)),
        ("カナダ", "", ("35％",), ("協定対象品は除外",)),
        ("ブラジル", "", ("50％",), ()),
        ("インド", "", ("25％",), ("追加措置を検討",)),
    ]


def test_a_paragraph_that_gives_the_line_as_examples_states_no_count_of_it(tmp_path: Path) -> None:
    """``… 12 countries, among them these:`` over ``Chad — Eritrea — …``: twelve is no count of the five."""
    text = (LAYOUTS / "enja3_count_above_dash_line.txt").read_text(encoding="utf-8")
    path = tmp_path / "examples.txt"
    lead = "The interior ministry named 12 countries, among them these."
    path.write_text(text.replace(text.splitlines()[3], lead), encoding="utf-8")
    assert len(parse_path(path).mentions) == 5
    assert [h.stated for h in parse_path(path).headings] == []


def test_a_person_after_a_post_then_others_with_posts_before_their_names() -> None:
    """``… on Borduria's chief executive Jane Roe and four other officials.`` then ``Others hit with
    sanctions include police chief John Doe, justice secretary Mary Major, …``: five people, each with the
    post printed before the name."""
    assert _read("enja3_person_with_post_then_others_include_posts_and_names.txt") == _people(
        "Jane Roe", "Borduria's chief executive",
        "John Doe", "police chief",
        "Mary Major", "justice secretary",
        "Peter Smith", "security secretary",
        "Richard Miles", "finance secretary",
    )  # fmt: skip


def test_a_short_text_table_of_fullwidth_bars_is_a_table_not_lines() -> None:
    """``国・地域｜新税率｜4月時点`` over four rows: the header is no item, the bars no part of a name, and
    each value keeps its column."""
    path = LAYOUTS / "ja_text_table_fullwidth_bars_four_rows.txt"
    got = [(m.label, [(v.raw, v.column) for v in m.values]) for m in parse_path(path).mentions]
    assert got == [
        ("甲国", [("20％", "新税率"), ("46％", "4月時点")]),
        ("乙国", [("19％", "新税率"), ("32％", "4月時点")]),
        ("丙国", [("15％", "新税率"), ("24％", "4月時点")]),
        ("丁国", [("25％", "新税率"), ("26％", "4月時点")]),
    ]
