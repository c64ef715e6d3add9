"""Lists grouped by their values: lines of names under a value each (``20%：甲國`` / ``19%：乙國、丙國``,
``【20%】甲國``), a line of one name among them; and sentences whose pieces each end in the value their names
share (``甲國為20%，乙國、丙國均為19%``). Each name takes its line's or piece's value."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document


def _read(text: str) -> dict[str, list[float | None]]:
    res = parse_document(text_document(text, "t"))
    return {m.name_zh: [v.number for v in m.values] for m in res.mentions if m.kind is Kind.LIST}


LEAD = "甲國通訊社報導\n2025年8月1日\n\n白宮公布新稅率，四國稅率如下：\n"


def test_lines_under_a_value_colon_each_name_takes_its_value() -> None:
    read = _read(LEAD + "20%：甲國\n19%：乙國、丙國、丁國\n新稅率8月7日生效。\n")
    assert read == {"甲國": [20], "乙國": [19], "丙國": [19], "丁國": [19]}


def test_lines_under_a_bracketed_value_each_name_takes_its_value() -> None:
    read = _read(LEAD + "\n【20%】甲國\n【19%】乙國、丙國、丁國\n\n新稅率8月7日生效。\n")
    assert read == {"甲國": [20], "乙國": [19], "丙國": [19], "丁國": [19]}


def test_the_single_name_line_may_come_last() -> None:
    read = _read(LEAD + "19%：乙國、丙國、丁國\n20%：甲國\n")
    assert read == {"乙國": [19], "丙國": [19], "丁國": [19], "甲國": [20]}


def test_a_bracketed_byline_or_a_lone_labelled_name_is_no_list() -> None:
    text = "【記者王某／甲市報導】甲國政府昨日宣布新措施。\n\n責任編輯：李某\n"
    assert _read(text) == {}


def test_a_value_label_beside_a_label_of_words_does_not_make_a_list_of_one_name() -> None:
    text = LEAD + "生效日期：8月7日\n20%：甲國\n"
    assert _read(text) == {}


SENTENCE_LEAD = "甲國通訊社報導\n2025年8月1日\n\n白宮7月31日公布新稅率。"


def test_pieces_parted_by_the_pause_after_each_value() -> None:
    read = _read(SENTENCE_LEAD + "甲國為20%，乙國、丙國和丁國均為19%。新稅率8月7日生效。\n")
    assert read == {"甲國": [20], "乙國": [19], "丙國": [19], "丁國": [19]}


def test_a_count_closing_a_piece_s_names_is_no_part_of_the_last_name() -> None:
    read = _read(SENTENCE_LEAD + "甲國稅率為20%，乙國、丙國和丁國3國稅率則為19%。\n")
    assert read == {"甲國": [20], "乙國": [19], "丙國": [19], "丁國": [19]}


def test_japanese_pieces_after_each_value_and_their_closing_count() -> None:
    text = "甲国通信\n2025年8月1日\n\n新税率が公表された。"
    text += "甲国は20％、乙国、丙国、丁国の3カ国はいずれも19％となった。\n"
    read = _read(text)
    assert read == {"甲国": [20], "乙国": [19], "丙国": [19], "丁国": [19]}


def test_a_piece_of_another_shape_leaves_the_sentence_to_other_readers() -> None:
    from sources.layouts._inline_values import valued_groups_zh

    text = "乙國、丙國和丁國均為19%，甲國則另行談判"  # a piece with no value of its own
    assert valued_groups_zh(text, 0, len(text)) == []
    one_each = "甲國為20%，乙國為19%，丙國為18%"  # one name a piece: a run of its own reader
    assert valued_groups_zh(one_each, 0, len(one_each)) == []


def _en(text: str) -> list[tuple[list[str], str]]:
    from sources.layouts._inline_values_for import en_values_for

    return [
        ([text[a:b] for a, b in e.spans], text[slice(*e.shared[0])])
        for e in en_values_for(text, 0, len(text))
    ]


def test_english_values_before_the_names_they_apply_to() -> None:
    text = "The order set a 19% tariff on Aland, Borduria and the Carpathian Republic and a 20% tariff on "
    text += "Dalmatia."
    assert _en(text) == [(["Aland", "Borduria", "Carpathian Republic"], "19%"), (["Dalmatia"], "20%")]
    rates = "It set rates of 20% for Dalmatia, and 19% for Aland, Borduria and Carpathia."
    assert _en(rates) == [(["Dalmatia"], "20%"), (["Aland", "Borduria", "Carpathia"], "19%")]


def test_english_values_before_names_are_read_in_an_article() -> None:
    text = (
        "Test Wire\nAugust 1, 2025\n\nThe White House set a 20% rate for Dalmatia and a 19% rate for Aland, "
    )
    text += "Borduria and Carpathia.\n"
    res = parse_document(text_document(text, "t"))
    read = {m.name_en: [v.number for v in m.values] for m in res.mentions if m.kind is Kind.LIST}
    assert read == {"Dalmatia": [20], "Aland": [19], "Borduria": [19], "Carpathia": [19]}


def test_english_sentences_of_another_shape_are_left_alone() -> None:
    assert _en("Prices rose 3% on Monday, 2% on Tuesday and 4% on Wednesday.") == []
    assert (
        _en("A 19% tariff on Aland, Borduria and Carpathia replaces the 46% rate announced in April.") == []
    )
    assert _en("A 19% tariff applies to Aland, Borduria and Carpathia.") == []  # one value: another reader's


def test_values_given_in_the_order_of_the_names() -> None:
    zh = _read(SENTENCE_LEAD + "甲國、乙國、丙國和丁國的稅率分別為20%、19%、18%和17%。新稅率8月7日生效。\n")
    assert zh == {"甲國": [20], "乙國": [19], "丙國": [18], "丁國": [17]}
    ja = "甲国通信\n2025年8月1日\n\n甲国、乙国、丙国の税率はそれぞれ20％、19％、18％となった。\n"
    assert _read(ja) == {"甲国": [20], "乙国": [19], "丙国": [18]}


def test_fewer_values_than_names_leave_the_sentence_unread() -> None:
    from sources.layouts._inline_respective import respective_values

    text = "甲國、乙國、丙國和丁國的稅率分別為20%、19%和18%"
    assert respective_values(text, 0, len(text)) == []
