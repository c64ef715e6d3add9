"""English and Japanese layouts of lists of countries, of countries with rates and of people with their
posts, as news pages print them (``tests/fixtures/layouts/en_*``, ``ja_*``: made-up articles, text and
HTML with their page furniture). Each is read with its items, groups, values and attributes; the expected
values are written from reading the articles."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import AttributeKind, Kind
from pipeline.prose_counts import counts_in
from pipeline.run import reconcile
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
Item = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def _read(name: str) -> list[Item]:
    result = parse_path(LAYOUTS / name)
    return [
        (m.label, m.group, tuple(v.raw for v in m.values), tuple(a.text for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


def _names(name: str) -> list[str]:
    return [label for label, *_ in _read(name)]


def _rated(*pairs: str, group: str = "") -> list[Item]:
    """``_rated("Aland", "46%", …)``: items with one value each, no attributes."""
    return [(pairs[k], group, (pairs[k + 1],), ()) for k in range(0, len(pairs), 2)]


def _people(*pairs: str | tuple[str, ...]) -> list[Item]:
    """``_people("Jane Roe", "foreign minister", …)``: people with their attributes, no values."""
    out: list[Item] = []
    for k in range(0, len(pairs), 2):
        name, attrs = pairs[k], pairs[k + 1]
        assert isinstance(name, str)
        out.append((name, "", (), (attrs,) if isinstance(attrs, str) else attrs))
    return out


# ---------------------------------------------------------------------------- countries and rates


def test_dash_per_cent_bullets_under_a_here_is_lead_in_amid_page_furniture() -> None:
    """``Lesotho – 50 per cent`` bullets; the page's menu, advertisement line, caption and related links
    are no items; ``(French overseas territory)`` describes the item: a note, not another name."""
    assert _read("en_dash_per_cent_bullets_with_chrome.html") == _rated(
        "Lesotho", "50 per cent", "Cambodia", "49 per cent", "Laos", "48 per cent", "Madagascar",
        "47 per cent", "Reunion", "37 per cent", "Serbia", "37 per cent", "Thailand", "36 per cent",
    )  # fmt: skip
    items = parse_path(LAYOUTS / "en_dash_per_cent_bullets_with_chrome.html").mentions
    assert [(m.note, m.aliases) for m in items][3:6] == [
        ("", ()),
        ("French overseas territory", ()),
        ("", ()),
    ]


def test_bullets_of_a_name_a_colon_and_a_sentence_under_plain_titles() -> None:
    """``- Chad: Nationals of Chad are fully barred …`` under ``Countries under a full ban``: the name
    before the colon, the sentence its description, the line above each block its group."""
    full, partial = "Countries under a full ban", "Countries under partial restrictions"
    assert _read("en_name_colon_sentence_bullets.txt") == [
        ("Chad", full, (), ("Nationals of Chad are fully barred from entering Aland",)),
        ("Eritrea", full, (), ("Eritrean nationals may not enter",)),
        ("Haiti", full, (), ("Haiti is included over concerns about screening",)),
        ("Libya", full, (), ("All visitors and migrants from Libya are barred",)),
        ("Yemen", full, (), ("Yemeni nationals are fully barred",)),
        ("Burundi", partial, (), ("Burundian nationals face limits on some visas",)),
        ("Cuba", partial, (), ("Cubans may not obtain tourist visas",)),
        ("Togo", partial, (), ("Togolese nationals face partial restrictions",)),
    ]


def test_labelled_lines_each_an_inline_group() -> None:
    """``Original five: Chad, Eritrea, Haiti, Libya, and Yemen.`` and two more labelled lines."""
    got = [(label, group) for label, group, *_ in _read("en_labelled_inline_groups.txt")]
    assert got == [
        *((n, "Original five") for n in ["Chad", "Eritrea", "Haiti", "Libya", "Yemen"]),
        *((n, "New additions") for n in ["Mali", "Niger", "Syria"]),
        *((n, "Moved up from partial") for n in ["Laos", "Sierra Leone"]),
    ]


def test_rates_in_parentheses_in_a_sentence_up_to_a_while_clause() -> None:
    """``… Sri Lanka (44%) and Thailand (36%), while Japan and India face lower rates``: the last item
    after ``and`` keeps its rate; the two after ``while`` are not on the list."""
    assert _read("en_parenthesized_rates_inline.txt") == _rated(
        "Cambodia", "49%", "Laos", "48%", "Vietnam", "46%", "Sri Lanka", "44%", "Thailand", "36%"
    )


def test_rates_before_their_names_in_a_sentence() -> None:
    """``They include 46% on Vietnam, 44% on Sri Lanka, … and 32% on Indonesia.``"""
    assert _read("en_rate_before_name_prose.txt") == _rated(
        "Vietnam", "46%", "Sri Lanka", "44%", "Serbia", "37%", "Thailand", "36%", "Indonesia", "32%"
    )


def test_a_table_with_caption_header_and_source_footer() -> None:
    """A ``<caption>``, a ``<thead>``, two rate columns and a ``<tfoot>`` source line (no item)."""
    assert [(label, values) for label, _, values, _ in _read("en_table_with_caption_and_source.html")] == [
        ("Brazil", ("50%", "10%")),
        ("Switzerland", ("39%", "31%")),
        ("Canada", ("35%", "25%")),
        ("Iraq", ("35%", "39%")),
        ("Serbia", ("35%", "37%")),
    ]


def test_bullets_with_another_name_and_footnote_marks() -> None:
    """``Myanmar, also known as Burma`` is one item with another name; ``Laos*`` loses its mark, and the
    footnote line under the list (``*Laos and Sierra Leone were moved …``) is no item."""
    result = parse_path(LAYOUTS / "en_bullets_with_other_names_and_footnote_marks.txt")
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [m.label for m in items] == [
        "Chad", "Myanmar", "Eritrea", "Haiti", "Laos", "Libya", "Mali", "Niger", "Sierra Leone", "Somalia",
        "Sudan", "Yemen",
    ]  # fmt: skip
    assert items[1].aliases == ("Burma",)
    assert [h.stated for h in result.headings] == [12]


def test_name_colon_rate_lines_then_read_more_links() -> None:
    """``Vietnam: 46%`` lines; the ``Read more:`` lines after a blank line are no items."""
    assert _read("en_rate_colon_lines_then_read_more.txt") == _rated(
        "Vietnam", "46%", "Thailand", "36%", "Switzerland", "31%", "Indonesia", "32%", "Japan", "24%"
    )


def test_a_table_flattened_to_text_with_two_rate_columns() -> None:
    assert [
        (label, values) for label, _, values, _ in _read("en_rates_in_a_table_flattened_to_text.txt")
    ] == [
        ("Vietnam", ("46%", "10%")),
        ("Thailand", ("36%", "10%")),
        ("Indonesia", ("32%", "10%")),
        ("Switzerland", ("31%", "10%")),
    ]


def test_a_wire_factbox_of_bold_region_labels_over_lists() -> None:
    """``<b>ASIA</b>`` and ``<b>EUROPE</b>`` over ``Vietnam: 46%`` list items; the wire's credit line
    and related coverage are no items."""
    assert _read("en_wire_factbox_with_groups_and_rates.html") == [
        *_rated("Vietnam", "46%", "Thailand", "36%", "Indonesia", "32%", group="ASIA"),
        *_rated("Switzerland", "31%", "Serbia", "37%", "Norway", "15%", group="EUROPE"),
    ]


def test_a_count_with_no_noun_takes_up_the_count_made_before() -> None:
    """``Officials said the 11 had failed …`` after ``barred travellers from 11 countries``: the list is
    the eleven, and ``the 11`` is a third count of it, beside the headline's and the lead's (the lead's
    quoted as the count its list is introduced by, ``… from 11 countries on Wednesday:``)."""
    claims = reconcile([LAYOUTS / "en_count_without_a_noun.txt"]).claims
    assert [(c.quote.split()[-1], c.stated) for c in claims if c.kind == "total"] == [
        ("countries", 11),
        ("countries", 11),
        ("information.", 11),
    ]
    assert _names("en_count_without_a_noun.txt") == [
        "Chad", "Eritrea", "Haiti", "Iran", "Libya", "Mali", "Niger", "Somalia", "Sudan", "Syria", "Yemen",
    ]  # fmt: skip


def test_japanese_countries_after_a_colon_with_their_count() -> None:
    result = parse_path(LAYOUTS / "ja_countries_after_a_colon_inline.txt")
    assert [m.label for m in result.mentions if m.kind is Kind.LIST] == [
        "アフガニスタン", "ミャンマー", "チャド", "コンゴ共和国", "赤道ギニア", "エリトリア",
        "ハイチ", "イラン", "リビア", "ソマリア", "スーダン", "イエメン",
    ]  # fmt: skip
    assert [h.stated for h in result.headings] == [12]


def test_japanese_names_glued_to_their_rates_in_a_sentence() -> None:
    """``カンボジア49％、ラオス48％、…などに``: each name with its rate, up to ``など``."""
    assert _read("ja_countries_with_rates_inline_nakaguro.txt") == _rated(
        "カンボジア", "49％", "ラオス", "48％", "ベトナム", "46％", "ミャンマー", "44％", "タイ", "36％"
    )


def test_japanese_dot_bullets_with_rates_in_parentheses() -> None:
    assert _read("ja_dot_bullets_rates_in_parentheses.txt") == _rated(
        "カンボジア",
        "49％",
        "ラオス",
        "48％",
        "マダガスカル",
        "47％",
        "ベトナム",
        "46％",
        "スリランカ",
        "44％",
    )


def test_japanese_headings_with_counts_over_html_lists() -> None:
    """``<h3>全面禁止（5カ国）</h3>`` over a list: the group and its count; the recommended links in the
    ``<aside>`` are no items."""
    result = parse_path(LAYOUTS / "ja_headings_with_counts_over_lists.html")
    assert [(m.label, m.group) for m in result.mentions if m.kind is Kind.LIST] == [
        *((n, "全面禁止") for n in ["チャド", "エリトリア", "ハイチ", "リビア", "イエメン"]),
        *((n, "一部制限") for n in ["ブルンジ", "キューバ", "トーゴ"]),
    ]
    assert [(h.group, h.stated) for h in result.headings] == [("全面禁止", 5), ("一部制限", 3)]


def test_japanese_rate_lines_under_marked_region_headings() -> None:
    """``■アジア`` right above the first lines heads them as ``■欧州`` heads the later ones."""
    assert _read("ja_rate_colon_lines_under_marked_headings.txt") == [
        *_rated("ベトナム", "46％", "タイ", "36％", "インドネシア", "32％", group="アジア"),
        *_rated("スイス", "31％", "セルビア", "37％", group="欧州"),
    ]


def test_japanese_sentence_about_the_rates_names_its_first_country() -> None:
    """``税率はベトナムが46％、タイが36％、…``: the topic (the rate) is no name; Vietnam is the first."""
    assert _read("ja_rates_in_a_sentence.txt") == _rated(
        "ベトナム", "46％", "タイ", "36％", "インドネシア", "32％", "スイス", "31％", "日本", "24％"
    )


# ---------------------------------------------------------------------------- people and their posts


def test_sanctions_list_entries_one_a_line() -> None:
    """``ROE, Jane Quincy (a.k.a. ROE, Jane; a.k.a. ROE, J. Q.), Director of …, Borduria; DOB …``: one
    person a line, given names first, other names kept, the post and the place as attributes, and the
    record's fields after the semicolons too, each labelled by its first word."""
    result = parse_path(LAYOUTS / "en_sanctions_list_lines.txt")
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [(m.label, m.aliases, tuple((a.label, a.text) for a in m.attributes)) for m in items] == [
        (
            "Jane Quincy Roe",
            ("Jane Roe", "J. Q. Roe"),
            (
                ("", "Director of the State Security Service"),
                ("", "Borduria"),
                ("DOB", "01 Jan 1960"),
                ("nationality", "Borduria"),
            ),
        ),
        (
            "John Albert Doe",
            ("Johnny Doe",),
            (
                ("", "Deputy Minister of Defence"),
                ("", "Borduria"),
                ("DOB", "14 Feb 1972"),
                ("nationality", "Borduria"),
            ),
        ),
        (
            "Mary Ann Major",
            (),
            (
                ("", "Governor of the Central Bank"),
                ("", "Borduria"),
                ("DOB", "30 Mar 1968"),
                ("nationality", "Borduria"),
            ),
        ),
    ]


def test_sanctions_list_entries_with_the_post_among_their_fields(tmp_path: Path) -> None:
    """``ROE, Jane, Aland; DOB 13 May 1957; nationality Borduria; Gender Female; Chief Executive of Aland
    (individual) [AL-EO1].``: a post printed among the record's fields with no label is the person's title,
    whole (never the label ``Chief`` and the text ``Executive of Aland``)."""
    (tmp_path / "sdn.txt").write_text(
        "Aland's officials designated\n\nThe following individuals have been added to the list:\n\n"
        "ROE, Jane (a.k.a. ROE, Janet), Aland; DOB 13 May 1957; nationality Borduria; Gender Female; Chief "
        "Executive of Aland (individual) [AL-EO1].\n"
        "DOE, John, Aland; DOB 07 Dec 1957; nationality Borduria; Gender Male; Secretary for Security "
        "(individual) [AL-EO1].\n",
        encoding="utf-8",
    )
    items = [m for m in parse_path(tmp_path / "sdn.txt").mentions if m.kind is Kind.LIST]
    assert [
        (m.label, [(a.kind, a.text) for a in m.attributes if a.label in ("", "Chief")]) for m in items
    ] == [
        ("Jane Roe", [(AttributeKind.OTHER, "Aland"), (AttributeKind.TITLE, "Chief Executive of Aland")]),
        ("John Doe", [(AttributeKind.OTHER, "Aland"), (AttributeKind.TITLE, "Secretary for Security")]),
    ]


def test_people_with_where_they_are_from_in_parentheses() -> None:
    """``Jane Roe (Borduria), John Doe (Carpathia), … and Peter Smith (Syldavia).``: the place is an
    attribute of each person, not another name, the last one's too."""
    result = parse_path(LAYOUTS / "en_people_with_nationality_in_parentheses.txt")
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [(m.label, m.aliases, tuple(a.text for a in m.attributes)) for m in items] == [
        ("Jane Roe", (), ("Borduria",)),
        ("John Doe", (), ("Carpathia",)),
        ("Mary Major", (), ("Borduria",)),
        ("Peter Smith", (), ("Syldavia",)),
    ]


def test_people_with_a_state_s_post_in_parentheses() -> None:
    """``Mary Major (Carpathia's ambassador to Borduria)``: a post a state holds is the person's title."""
    assert _read("en_people_with_possessive_posts_in_parentheses.txt") == _people(
        "Jane Roe", "Borduria's foreign minister",
        "John Doe", "Borduria's defence minister",
        "Mary Major", "Carpathia's ambassador to Borduria",
        "Peter Smith", "head of Borduria's central bank",
    )  # fmt: skip


def test_numbered_people_with_their_post_after_a_comma() -> None:
    assert _read("en_numbered_people_post_after_a_comma.txt") == _people(
        "Jane Roe", "Borduria's foreign minister",
        "John Doe", "deputy defence minister",
        "Mary Major", "governor of the central bank",
        "Richard Miles", "chief of the general staff",
        "Peter Smith", "speaker of parliament",
    )  # fmt: skip


def test_people_with_their_posts_between_semicolons() -> None:
    assert _read("en_people_with_posts_between_semicolons.txt") == _people(
        "Jane Roe", "the foreign minister",
        "John Doe", "the defence minister",
        "Mary Major", "a member of parliament",
        "Peter Smith", "the intelligence chief",
    )  # fmt: skip


def test_bold_names_with_a_dash_and_a_post_then_a_sentence() -> None:
    """``<strong>Jane Roe</strong> — Borduria's foreign minister. She has held …``: the post without its
    dash, up to the end of its sentence; the reporting credit is no item."""
    assert _read("en_bold_names_dash_posts.html") == _people(
        "Jane Roe", "Borduria's foreign minister",
        "John Doe", "Head of the border guard",
        "Mary Major", "Governor of the central bank",
    )  # fmt: skip


def test_a_table_of_people_with_position_and_country_columns() -> None:
    """The country column repeats one value for most rows, beside people with their positions: each
    person's country, an attribute as the position is, not a group (no cell spans a country's rows)."""
    assert _read("en_table_of_people_with_posts.html") == [
        ("Jane Roe", "", (), ("Foreign minister", "Borduria")),
        ("John Doe", "", (), ("Defence minister", "Borduria")),
        ("Mary Major", "", (), ("Ambassador to Aland", "Carpathia")),
        ("Peter Smith", "", (), ("Intelligence chief", "Borduria")),
    ]


def test_profile_cards_one_without_its_name_line() -> None:
    """Cards of a name, a post and a sentence, read without blank lines between them; the card that
    lacks its name line is no item (its post is not read as a name)."""
    assert _read("en_profile_blocks_one_without_a_name.html") == _people(
        "Jane Roe", "Foreign minister", "John Doe", "Defence minister", "Peter Smith", "Intelligence chief"
    )


def test_a_person_named_in_the_lead_in_before_the_others() -> None:
    """``sanctions on Jane Roe, Borduria's foreign minister, and three other officials: John Doe, Mary
    Major and Peter Smith``: the list is the four, the first with her post; ``three other officials``
    counts the others, not the list."""
    result = parse_path(LAYOUTS / "en_person_in_the_lead_in_then_others.txt")
    assert [(m.label, tuple(a.text for a in m.attributes)) for m in result.mentions] == [
        ("Jane Roe", ("Borduria's foreign minister",)),
        ("John Doe", ()),
        ("Mary Major", ()),
        ("Peter Smith", ()),
    ]
    assert [h.stated for h in result.headings] == []


def test_a_number_with_no_noun_counts_only_after_the_same_count_with_its_noun() -> None:
    """``the 11 had failed`` takes up ``11 countries`` said before it (an echo, a count of the list only
    where the list has eleven items); not ``the 12``, which nothing counted before, nor ``the 11
    countries``, a count with its noun."""
    text = "Aland barred 11 countries. Officials said the 11 had failed, and the 12 were warned."
    sentences = [(0, 26), (27, len(text))]
    assert [(c.value, c.echo) for c in counts_in(text, sentences)] == [(11, False), (11, True)]
    text = "Aland barred 11 countries. It said the 11 countries had failed."
    assert [(c.value, c.echo) for c in counts_in(text, [(0, 26), (27, len(text))])] == [
        (11, False),
        (11, False),
    ]


def test_the_others_beside_a_named_person_are_no_count_of_the_list() -> None:
    """``Jane Roe and three other officials``: three counts the others, a part of the list (kept only
    where parts are asked for); ``four officials`` counts it."""
    sentence = "Aland sanctioned Jane Roe and three other officials on Friday."
    assert counts_in(sentence, [(0, len(sentence))]) == []
    assert [c.value for c in counts_in(sentence, [(0, len(sentence))], keep_parts=True)] == [3]
    sentence = "Aland sanctioned four officials on Friday."
    assert [c.value for c in counts_in(sentence, [(0, len(sentence))])] == [4]


def test_japanese_bullets_of_katakana_names_with_posts_in_parentheses() -> None:
    """``・ジェーン・ロー（乙国外相）``: every post in parentheses is a title (外相, 国防相, 総裁 too)."""
    assert _read("ja_bullets_katakana_names_post_in_parentheses.txt") == _people(
        "ジェーン・ロー", "乙国外相",
        "ジョン・ドウ", "乙国国防相",
        "メアリー・メジャー", "乙国中央銀行総裁",
        "ピーター・スミス", "乙国議会議長",
        "リチャード・マイルズ", "ボルドリア・グループ会長",
    )  # fmt: skip


def test_japanese_numbered_html_list_of_people_and_a_ranking_block() -> None:
    """An ``<ol>`` of ``ジェーン・ロー（甲国外相）``; the access ranking's ``<ol>`` is page furniture."""
    assert _read("ja_numbered_people_posts_after.html") == _people(
        "ジェーン・ロー", "甲国外相",
        "ジョン・ドウ", "甲国防衛相",
        "メアリー・メジャー", "甲国議員",
        "ピーター・スミス", "甲国大使",
        "リチャード・マイルズ", "甲国報道官",
    )  # fmt: skip


def test_japanese_table_of_names_and_posts_amid_page_furniture() -> None:
    assert _read("ja_table_of_people_with_chrome.html") == _people(
        "ジェーン・ロー", "乙国外相",
        "ジョン・ドウ", "乙国国防相",
        "メアリー・メジャー", "乙国中央銀行総裁",
        "ピーター・スミス", "乙国議会議長",
    )  # fmt: skip


def test_japanese_sentence_of_people_with_posts_after_their_names() -> None:
    """``乙国のジェーン・ロー外相、ジョン・ドウ国防相、…の4人``: the state before the first name is hers,
    not part of her name."""
    assert _read("ja_people_inline_posts_before_names.txt") == _people(
        "ジェーン・ロー", ("乙国", "外相"),
        "ジョン・ドウ", "国防相",
        "メアリー・メジャー", "中央銀行総裁",
        "ピーター・スミス", "議会議長",
    )  # fmt: skip


def test_japanese_profiles_under_bracketed_names_and_posts() -> None:
    """``【ジェーン・ロー外相】`` over a sentence, four times: the names with their posts."""
    assert _read("ja_profile_blocks_with_brackets.txt") == _people(
        "ジェーン・ロー", "外相",
        "ジョン・ドウ", "国防相",
        "メアリー・メジャー", "中央銀行総裁",
        "ピーター・スミス", "議会議長",
    )  # fmt: skip


def test_japanese_person_named_in_the_lead_in_before_the_others() -> None:
    """``乙国のジェーン・ロー外相ら4人を…。ほかにジョン・ドウ国防相、…の3人が含まれる``: the list is the four,
    each with a post; ``の3人`` counts the others, not the list."""
    result = parse_path(LAYOUTS / "ja_person_in_the_lead_in_then_others.txt")
    assert _read("ja_person_in_the_lead_in_then_others.txt") == _people(
        "ジェーン・ロー", "外相",
        "ジョン・ドウ", "国防相",
        "メアリー・メジャー", "中央銀行総裁",
        "ピーター・スミス", "議会議長",
    )  # fmt: skip
    assert [h.stated for h in result.headings] == []


def test_names_and_rates_parted_by_commas_between_semicolons() -> None:
    """``Cambodia, 49%; Laos, 48%; …; and Iraq, 39%.``: the comma parts a name from its rate."""
    assert _read("en_name_comma_rate_between_semicolons.txt") == _rated(
        "Cambodia", "49%", "Laos", "48%", "Vietnam", "46%", "Sri Lanka", "44%", "Iraq", "39%"
    )


def test_an_html_ordered_list_of_people_then_a_list_of_links() -> None:
    """``Jane Roe, foreign minister of Borduria``: the post and the state it serves; the ``Read more``
    list of links under its own heading is no list of the article."""
    assert _read("en_html_ol_people_with_link_items_after.html") == _people(
        "Jane Roe", ("foreign minister", "Borduria"),
        "John Doe", ("defence minister", "Borduria"),
        "Mary Major", "chief of the general staff",
        "Peter Smith", "governor of the central bank",
        "Richard Miles", "speaker of parliament",
    )  # fmt: skip


def test_html_bullets_of_a_name_a_dash_and_a_post_amid_captions() -> None:
    """``Jane Roe – Borduria's foreign minister``; the photo caption and the newsletter box are no items."""
    result = parse_path(LAYOUTS / "en_bullets_people_name_dash_post.html")
    assert _read("en_bullets_people_name_dash_post.html") == _people(
        "Jane Roe", "Borduria's foreign minister",
        "John Doe", "Borduria's defence minister",
        "Mary Major", "deputy speaker of parliament",
        "Peter Smith", "head of the state security service",
    )  # fmt: skip
    assert [h.stated for h in result.headings] == [4]


def test_japanese_table_of_new_and_earlier_rates() -> None:
    assert [(label, values) for label, _, values, _ in _read("ja_table_rates_with_previous_column.html")] == [
        ("ブラジル", ("50％", "10％")),
        ("スイス", ("39％", "31％")),
        ("カナダ", ("35％", "25％")),
        ("インド", ("25％", "26％")),
    ]


def test_japanese_names_in_quotes_back_to_back() -> None:
    """``企業「アランド重工」「ボルドゥリア電子」「カルパチア海運」の3社``: each quoted name an item, and
    the three stated."""
    result = parse_path(LAYOUTS / "ja_quoted_names_inline.txt")
    assert [m.label for m in result.mentions] == ["アランド重工", "ボルドゥリア電子", "カルパチア海運"]
    assert [h.stated for h in result.headings] == [3]


def test_japanese_bullets_with_a_former_name_and_a_footnote_mark() -> None:
    """``ミャンマー（旧ビルマ）``: the former name is a note; ``コンゴ共和国※`` loses its mark, and the
    footnote line under the list is no item."""
    result = parse_path(LAYOUTS / "ja_countries_bullets_with_notes.txt")
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [m.label for m in items] == [
        "アフガニスタン",
        "ミャンマー",
        "チャド",
        "コンゴ共和国",
        "ハイチ",
        "イエメン",
    ]
    assert items[1].note == "旧ビルマ"
    assert [h.stated for h in result.headings] == [6]
