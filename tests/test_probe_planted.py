"""Stories with errors planted as real outlets make them, five outlets each in Traditional (Taiwan, Hong
Kong) and Simplified Chinese, English and Japanese, text and news pages (each folder's README.md says
what is planted where):

- ``tests/fixtures/ev_duties/``: the EU's definitive duties on Chinese electric cars (October 2024), a
  company and its rate per item, grouped into sampled exporters and the others; Hong Kong prints Geely's
  provisional rate (20%), the Japanese outlet names Chery (奇瑞汽車) in Geely's place.
- ``tests/fixtures/visa_bonds/``: the 13 countries of the US visa bond pilot by date of effect; Hong Kong
  files The Gambia under the first date, the mainland outlet names Mali (dropped) in Mauritania's place.
- ``tests/fixtures/ep_groups/``: the European Parliament's groups with their seats and shares; Hong Kong
  swaps the third and fourth groups, the Japanese outlet's shares do not add up (ECR 18.0% for 10.8%).
"""

from __future__ import annotations

from pipeline.lang.dates import DATE_AFTER_COLON_RE
from pipeline.lang.part_cues import ADDED_BEFORE_RE
from pipeline.lang.values import find_values
from pipeline.models import Severity
from pipeline.normalize.chinese import cut_ending, shared_ending, zh_key
from sources.items import split_item
from sources.layouts._item import parse_item
from tests.probe_fixtures import against, errors, items, listed, numbers, outlets_of, story

OUTLETS = ("01_tw", "02_hk", "03_cn", "04_en", "05_ja")


# ---------------------------------------------------------------------------------- the language layer


def test_seats_are_a_value_and_a_date_after_a_colon_no_part_of_a_name() -> None:
    assert [(f.number, f.unit) for f in find_values("188席（26.1%）")] == [(188, "seats"), (26.1, "%")]
    assert [(f.number, f.unit) for f in find_values("Aland (AL) - 188 seats (26.1%)")][0] == (188, "seats")
    assert not find_values("席次")
    assert DATE_AFTER_COLON_RE.search("Aland: Aug. 20, 2025 (up to $15,000)")
    assert DATE_AFTER_COLON_RE.search("甲國：2025年8月20日")
    text = "Aland: Aug. 20, 2025 (up to $15,000)"
    split = split_item(text, 0, len(text))
    assert text[split.name_start : split.name_end] == "Aland"
    text = "Borduria Party (BP) - 188 seats (26.1%)"
    split = split_item(text, 0, len(text))
    assert text[split.name_start : split.name_end] == "Borduria Party (BP)"


def test_an_acronym_set_full_width_in_parentheses_is_an_acronym() -> None:
    assert parse_item("甲乙党（ＡＢＣ）").acronym == "ABC"
    assert parse_item("甲乙党（ＡＢＣ）").name_zh == "甲乙党"


def test_a_count_of_additions_and_the_ending_names_share() -> None:
    assert ADDED_BEFORE_RE.search("The ministry has added ")
    assert ADDED_BEFORE_RE.search("新たに")
    assert ADDED_BEFORE_RE.search("新增")
    assert not ADDED_BEFORE_RE.search("共有")
    assert shared_ending(zh_key("丙丁汽車"), [zh_key("甲乙汽車")]) == zh_key("汽車")
    assert shared_ending(zh_key("丙汽車"), [zh_key("甲乙汽車")]) == ""  # one character would be left
    assert cut_ending("丙丁汽車", zh_key("汽車")) == "丙丁"


# ------------------------------------------------------------------------------ EU duties on electric cars


def test_ev_duties_every_outlet_reads_its_six_rates() -> None:
    result = story("ev_duties")
    assert listed(result) == dict.fromkeys(OUTLETS, 6)
    en = {m.name_en or m.acronym: numbers(m) for m in items(result, "04_en")}
    assert en == {
        "BYD": [17.0],
        "Geely": [18.8],
        "SAIC": [35.3],
        "Tesla": [7.8],
        "Other cooperating companies": [20.7],
        "All other companies": [35.3],
    }
    tw = {m.name_zh: m.group for m in items(result, "01_tw")}
    assert tw["上汽集團"] == "抽樣車廠" and tw["特斯拉"] == "其他車廠"


def test_ev_duties_companies_link_across_scripts() -> None:
    result = story("ev_duties")
    assert outlets_of(result, "特斯拉") == set(OUTLETS)  # 米テスラ: the kanji of its country before it
    assert outlets_of(result, "SAIC") == set(OUTLETS)  # 上海汽車集団（ＳＡＩＣ）, 上汽集团, SAIC
    assert outlets_of(result, "比亚迪") == set(OUTLETS)


def test_ev_duties_planted_errors_and_nothing_against_the_correct_outlets() -> None:
    """Hong Kong's Geely at 20% is one value error; the Japanese 奇瑞汽車 in Geely's place is a wrong item
    (its name shares only 汽車, what it is, with 吉利汽車); the mainland's ``三家企业中`` counts the sampled
    three before its semicolon, not the list of six."""
    result = story("ev_duties")
    assert errors(result) == [("value_conflict", ("02_hk",)), ("wrong_item", ("05_ja",))]
    (geely,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "20%" in geely.message and "18.8%" in geely.message
    (chery,) = [d for d in result.discrepancies if d.kind == "wrong_item"]
    assert chery.sources == ("05_ja",) and "奇瑞汽車" in chery.message and "Geely" in chery.message
    for article in ("03_cn", "04_en"):
        assert not [d for d in against(result, article) if d.severity is Severity.ERROR], article
    assert not [d for d in result.discrepancies if d.kind in ("list_long", "list_short", "count_mismatch")]


def test_ev_duties_the_substituted_company_is_an_error() -> None:
    result = story("ev_duties")
    assert ("wrong_item", ("05_ja",)) in errors(result)


def test_ev_duties_no_warning_against_the_correct_outlets() -> None:
    result = story("ev_duties")
    for article in ("01_tw", "03_cn", "04_en"):
        assert not against(result, article), article


# ---------------------------------------------------------------------------------- US visa bonds


def test_visa_bonds_read_with_their_dates_and_amounts() -> None:
    result = story("visa_bonds")
    counts = listed(result)
    assert [counts[a] for a in ("01_tw", "02_hk", "04_en", "05_ja")] == [13, 13, 13, 13]
    en = items(result, "04_en")
    assert [m.name_en for m in en][:3] == ["Malawi", "Zambia", "The Gambia"]
    assert {v.number for m in en for v in m.values} == {15_000}
    tw = {m.name_zh: m.group for m in items(result, "01_tw")}
    assert tw["甘比亞"] == "2025年10月11日" and tw["土庫曼"] == "2026年1月1日"
    hk = {m.name_zh: m.group for m in items(result, "02_hk")}
    assert hk["岡比亞"] == "2025年8月20日起"  # as printed: the planted error


def test_visa_bonds_regional_names_link() -> None:
    result = story("visa_bonds")
    assert outlets_of(result, "尚比亞") == set(OUTLETS)  # the mainland's 赞比亚, in its first sentence
    assert outlets_of(result, "中央アフリカ") == set(OUTLETS)
    assert outlets_of(result, "畿內亞比紹") == set(OUTLETS)
    assert outlets_of(result, "Sao Tome and Principe") == set(OUTLETS)


def test_visa_bonds_the_substitution_and_the_wrong_date_are_the_errors() -> None:
    """马里 in Mauritania's place is one wrong item; The Gambia under Hong Kong's first date is one wrong
    group, against the dates the Taiwan table, the English lines and the Japanese parentheses print (a
    date beside every item, the items of one date in a row: the date is their group). The mainland's
    sentences (one or two countries each, then the counted ones) are read whole, a group a date;
    'added seven countries' and '新たに7カ国' count the newest wave, no second total."""
    result = story("visa_bonds")
    assert errors(result) == [("group_conflict", ("02_hk",)), ("wrong_item", ("03_cn",))]
    (mali,) = [d for d in result.discrepancies if d.kind == "wrong_item"]
    assert "马里" in mali.message and "Mauritania" in mali.message
    (gambia,) = [d for d in result.discrepancies if d.kind == "group_conflict"]
    assert "岡比亞" in gambia.message and "2025年10月11日" in gambia.message
    for article in ("01_tw", "04_en", "05_ja"):
        assert not against(result, article), article
    assert [d.kind for d in against(result, "02_hk")] == ["group_conflict"]
    ja = {m.name_zh: m.group for m in items(result, "05_ja")}
    assert ja["ガンビア"] == "2025年10月11日" and ja["ナミビア"] == "2026年1月1日"


def test_visa_bonds_the_mainland_sentences_are_read_whole() -> None:
    result = story("visa_bonds")
    assert listed(result)["03_cn"] == 13
    cn = {m.name_zh: m.group for m in items(result, "03_cn")}
    assert cn["赞比亚"] == "2025年8月20日" and cn["冈比亚"] == "2025年10月11日"
    assert cn["圣多美和普林西比"] == "2025年10月23日" and cn["土库曼斯坦"] == "2026年1月1日"
    assert [d.kind for d in against(result, "03_cn")] == ["wrong_item"]  # 马里 alone


# ------------------------------------------------------------------------------ European Parliament groups


def test_ep_groups_read_with_seats_and_shares() -> None:
    result = story("ep_groups")
    assert listed(result) == dict.fromkeys(OUTLETS, 9)
    cn = {m.acronym or m.name_en: numbers(m) for m in items(result, "03_cn")}
    assert cn["EPP"] == [188, 26.1] and cn["Greens/EFA"] == [53, 7.4] and cn["NI"] == [33, 4.6]
    en = {m.acronym or m.name_en: numbers(m) for m in items(result, "04_en")}
    assert en["ECR"] == [78, 10.8]
    assert [m.name_en for m in items(result, "04_en")][0] == "European People's Party"
    ja = {m.acronym or m.name_en: numbers(m) for m in items(result, "05_ja")}
    assert ja["ECR"] == [18.0] and ja["The Left"] == [6.4]


def test_ep_groups_every_group_links_in_every_outlet() -> None:
    result = story("ep_groups")
    assert len(result.entities) == 9
    for e in result.entities:
        assert {k.split("#")[0] for k in e.mentions} == set(OUTLETS), e.name_en


def test_ep_groups_the_swap_and_the_share_that_does_not_add_up() -> None:
    """Hong Kong's PfE and ECR exchanged (seats and shares) are one finding; the Japanese ECR at 18.0% is
    one value error."""
    result = story("ep_groups")
    assert errors(result) == [("value_conflict", ("02_hk",)), ("value_conflict", ("05_ja",))]
    (swap,) = [d for d in result.discrepancies if d.sources == ("02_hk",) and d.severity is Severity.ERROR]
    assert "swapped" in swap.message and "In another column too" in swap.message  # one finding
    assert "The same printed value" not in swap.message  # two columns of one item, not items of one value
    (ja,) = [d for d in result.discrepancies if d.sources == ("05_ja",) and d.severity is Severity.ERROR]
    assert "18.0" in ja.message and "10.8%" in ja.message


def test_ep_groups_seats_counted_are_no_count_of_the_groups() -> None:
    """``720個議席的分布如下：`` and ``720个议席中``: a tally of seats, not of the nine groups listed."""
    result = story("ep_groups")
    for article in ("02_hk", "03_cn", "04_en"):
        assert not [d for d in against(result, article) if d.kind != "value_conflict"], article


def test_ep_groups_members_counted_are_no_count_of_the_groups() -> None:
    """``720名議員分屬8個黨團，另有33名議員未加入任何黨團。各黨團席次如下：`` over a table of nine rows: the
    sentence before the lead-in counts members, groups and the rest, and none of them is the table's count."""
    assert not against(story("ep_groups"), "01_tw")
