"""Probe story ``tests/fixtures/rich_top10/``: the ten richest people of the Forbes 2025 list with their net
worth, five outlets in Traditional (Taiwan, Hong Kong) and Simplified Chinese, English and Japanese (the
folder's README.md says what is planted where): Hong Kong exchanges the names at places 2 and 3, the
mainland misprints the first's 3420億 as 2420億, the English outlet prints the eleventh in the tenth's
place, and the Japanese outlet gives every amount in 億ドル and again in 兆円 (the same amount).
"""

from __future__ import annotations

from pipeline.lang.count_lines import top_count
from pipeline.lang.name_words import FAMILY_AFTER_NAME_RE
from pipeline.lang.value_words import without_equivalents
from pipeline.lang.values import find_values
from pipeline.models import Severity
from tests.probe_fixtures import against, errors, findings, items, listed, numbers, outlets_of, story

OUTLETS = ("01_tw", "02_hk", "03_cn", "04_en", "05_ja")
B = 1e9

# ---------------------------------------------------------------------------------- the language layer


def test_an_amount_converted_in_brackets_is_one_amount() -> None:
    for text in ("300億ドル（約4.5兆円）", "$2 billion (about ¥300 billion)", "20億美元（約156億港元）"):
        rest, found = without_equivalents(text, find_values(text))
        assert len(found) == 1 and found[0].unit == "USD", text
        assert "（" not in rest.strip() and "(" not in rest.strip(), text
    for text in ("25%（原24%）", "300億ドル、4.5兆円", "300億ドル（前年4.5兆円）"):
        _rest, found = without_equivalents(text, find_values(text))
        assert len(found) == 2, text  # the same unit, no brackets, or words of another figure


def test_the_n_largest_count_a_ranking() -> None:
    assert (c := top_count("全球十大富豪如下：")) is not None and c.value == 10
    assert (c := top_count("五大銀行名單")) is not None and c.value == 5
    for text in ("全球第十大經濟體", "一大批企業", "這是很大的事"):
        assert top_count(text) is None, text


def test_family_words_after_a_name() -> None:
    for name, person in (
        ("Jane Roe & family", "Jane Roe"),
        ("Jane Roe and family", "Jane Roe"),
        ("張三家族", "張三"),
        ("张三及家族", "张三"),
        ("ジェーン・ロー氏と家族", "ジェーン・ロー"),
    ):
        m = FAMILY_AFTER_NAME_RE.search(name)
        assert m is not None and name[: m.start()].strip() == person, name
    for name in ("Family Mart", "張三", "Jane Roe Family Foundation"):
        assert FAMILY_AFTER_NAME_RE.search(name) is None, name


# ------------------------------------------------------------------------------------------ the lists


def test_every_outlet_lists_ten_with_its_count() -> None:
    result = story("rich_top10")
    assert listed(result) == dict.fromkeys(OUTLETS, 10)
    for article in OUTLETS:
        totals = {c.stated for c in result.claims if c.article == article and c.kind == "total"}
        assert 10 in totals, article


def test_the_taiwan_table_read_with_its_net_worth_and_ages() -> None:
    tw = items(story("rich_top10"), "01_tw")
    assert [m.name_zh for m in tw][:3] == ["伊隆·馬斯克", "馬克·祖克柏", "傑夫·貝佐斯"]
    assert tw[4].name_zh == "伯納德·阿爾諾"  # 家族 after the name is no part of it
    assert [numbers(m)[0] for m in tw] == [v * B for v in (342, 216, 215, 192, 178, 154, 144, 138, 124, 118)]
    assert numbers(tw[0])[1] == 53  # 年齡
    assert {a.text for a in tw[0].attributes} >= {"美國"}


def test_the_hong_kong_lines_as_printed_with_the_names_exchanged() -> None:
    hk = items(story("rich_top10"), "02_hk")
    assert [m.name_en for m in hk][:3] == ["Elon Musk", "Jeff Bezos", "Mark Zuckerberg"]
    assert [m.name_zh for m in hk][:3] == ["馬斯克", "貝索斯", "朱克伯格"]
    assert [numbers(m) for m in hk][:3] == [[342 * B], [216 * B], [215 * B]]
    assert hk[4].name_en == "Bernard Arnault" and hk[-1].name_zh == "巴爾默"


def test_the_mainland_clauses_read_as_a_ranking() -> None:
    cn = items(story("rich_top10"), "03_cn")
    assert [m.name_zh for m in cn] == [
        "马斯克",
        "扎克伯格",
        "贝索斯",
        "埃里森",
        "阿诺特",
        "巴菲特",
        "佩奇",
        "布林",
        "奥尔特加",
        "鲍尔默",
    ]
    assert [numbers(m) for m in cn] == [[v * B] for v in (242, 216, 215, 192, 178, 154, 144, 138, 124, 118)]


def test_the_english_names_without_what_they_own() -> None:
    en = items(story("rich_top10"), "04_en")
    assert [m.name_en for m in en][-2:] == ["Amancio Ortega", "Rob Walton"]
    assert en[0].name_en == "Elon Musk" and en[4].name_en == "Bernard Arnault"
    assert [a.text for a in en[0].attributes] == ["Tesla/SpaceX"]
    assert numbers(en[-1]) == [10, 110.5 * B]  # tenth, as the <ol> under "the top 10" numbers it


def test_the_japanese_amounts_in_dollars_only() -> None:
    ja = items(story("rich_top10"), "05_ja")
    assert ja[0].name_zh == "イーロン・マスク" and ja[4].name_zh == "ベルナール・アルノー"
    assert [numbers(m) for m in ja] == [[v * B] for v in (342, 216, 215, 192, 178, 154, 144, 138, 124, 118)]


# ---------------------------------------------------------------------------------------- the entities


def test_every_person_links_across_the_five_outlets() -> None:
    result = story("rich_top10")
    for name in ("Elon Musk", "Mark Zuckerberg", "Jeff Bezos", "Bernard Arnault", "Sergey Brin"):
        assert outlets_of(result, name) == set(OUTLETS), name
    assert outlets_of(result, "Steve Ballmer") == set(OUTLETS) - {"04_en"}
    assert outlets_of(result, "Rob Walton") == {"04_en"}
    assert len(result.entities) == 11


# ---------------------------------------------------------------------------------------- the findings


def test_the_planted_errors_and_nothing_else() -> None:
    """The exchanged names are one swap against Hong Kong; the misprint one value finding against the
    mainland; the eleventh in the tenth's place one wrong item against the English outlet. The Japanese
    兆円 and the Taiwan ages accuse no one."""
    result = story("rich_top10")
    expected = [("value_conflict", ("02_hk",)), ("value_conflict", ("03_cn",)), ("wrong_item", ("04_en",))]
    assert errors(result) == expected
    assert findings(result) == expected
    (swap,) = against(result, "02_hk")
    assert "swapped" in swap.message and "貝索斯" in swap.message and "朱克伯格" in swap.message
    # the places the English <ol> and the Taiwan table give them, and their net worths: one misprint
    assert (
        "places are swapped" in swap.message
        and "values under '身價（億美元）' are swapped too" in swap.message
    )
    (misprint,) = against(result, "03_cn")
    assert "马斯克" in misprint.message and "2420" in misprint.message
    (walton,) = against(result, "04_en")
    assert "Rob Walton" in walton.message and "Ballmer" in walton.message
    assert walton.severity is Severity.ERROR
    for article in ("01_tw", "05_ja"):
        assert not against(result, article), article


def test_a_count_of_the_whole_population_is_no_total_of_the_list() -> None:
    """``共有3028人`` billionaires in all in the lead paragraphs, ``台灣方面，共有52人`` under the Taiwan
    table: counts of a larger whole than any list of the run, no totals of the lists."""
    result = story("rich_top10")
    assert not [c for c in result.claims if c.kind == "total" and c.stated in (52, 3028)]
