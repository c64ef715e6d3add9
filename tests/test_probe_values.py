"""Lists with values as outlets print them, five outlets a story in Traditional (Taiwan, Hong Kong),
Simplified, English and Japanese, each story with one or two errors of the kinds real outlets make.

- ``tests/fixtures/opec_cuts/``: the voluntary oil output cuts announced on 2 April 2023 (nine producers,
  in barrels a day): a Taiwan HTML table with a caption, a column of ``萬桶/日`` and one more column, a photo
  caption and a related-news box; Hong Kong ``name：50萬桶/日`` lines; a mainland sentence of clauses with
  Russia in a sentence of its own; English numbered lines ``Saudi Arabia - 500,000 barrels a day``;
  Japanese ``・`` lines ``サウジアラビア　日量50万バレル``.
- ``tests/fixtures/brics_partners/``: the thirteen BRICS partner countries named at Kazan in October 2024:
  a Taiwan list split over two sentences, a Hong Kong ``<ul>`` beside a related-news box of other members,
  mainland numbered lines, English and Japanese sentences, the English one followed by the full members.
- ``tests/fixtures/unreliable_entities/``: the six US companies China put on its unreliable entity list
  on 9 April 2025, Chinese names with the English in parentheses; each outlet also tells, after the list,
  of twelve other entities put on an export control list the same day.
- ``tests/fixtures/treasury_holders/``: the largest foreign holders of US Treasuries in October 2025, each
  with its holdings and its change over the month: a Taiwan table of signed changes in ``億美元``, Hong
  Kong lines ``日本：1.2萬億美元（增持107億美元）``, a mainland sentence of clauses, English bullets ``Japan:
  $1.2 trillion (up $10.7 billion)``, a Japanese text table ``1兆2000億ドル（107億ドル増）``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.kana import romaji
from pipeline.lang.count_lines import SUM_BEFORE_RE
from pipeline.lang.counts import find_counts
from pipeline.lang.decision_cues import ANOTHER_ACT_RE
from pipeline.lang.scripts import zh_short_form
from pipeline.lang.value_words import change_sign
from pipeline.lang.values import find_values
from pipeline.models import Kind, Mention, Reconciliation, Severity
from pipeline.run import reconcile

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _run(story: str) -> Reconciliation:
    return reconcile([str(FIXTURES / story)])


def _errors(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR)


def _listed(result: Reconciliation, article: str) -> list[Mention]:
    return [m for m in result.mentions if m.article == article and m.kind is Kind.LIST]


def _outlets_of(result: Reconciliation, name_en: str) -> set[str]:
    (ent,) = [e for e in result.entities if e.name_en == name_en]
    return {k.split("#")[0].split(":")[0] for k in ent.mentions}


def _numbers(m: Mention) -> list[float | None]:
    return [v.number for v in m.values]


# ---------------------------------------------------------------------------------- the language layer


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("沙特：50萬桶/日", 500_000, "bbl"),
        ("加蓬减产0.8万桶/日", 8_000, "bbl"),
        ("Saudi Arabia - 500,000 barrels a day", 500_000, "bbl"),
        ("1.66 million barrels a day", 1_660_000, "bbl"),
        ("イラク　日量21万1000バレル", 211_000, "bbl"),
        ("ガボン　日量8000バレル", 8_000, "bbl"),
        ("日本：1.2萬億美元", 1.2e12, "USD"),
        ("9.24万亿美元", 9.24e12, "USD"),
        ("日本　1兆2000億ドル", 1.2e12, "USD"),
        ("3億2000万円", 3.2e8, "JPY"),
    ],
)
def test_barrels_and_trillions_are_read_in_every_language(text: str, number: float, unit: str) -> None:
    (found,) = find_values(text)
    assert (found.number, found.unit) == (number, unit)


def test_a_fall_is_said_before_or_after_its_amount() -> None:
    assert change_sign("減持", "") == -1
    assert change_sign("减持", "") == -1
    assert change_sign("down ", "") == -1
    assert change_sign("", "減）") == -1
    assert change_sign("增持", "") == 1
    assert change_sign("up ", "") == 1
    assert change_sign("", "増）") == 1
    assert change_sign("", "減免") == 1  # a word that only starts with 減


def test_a_sum_and_another_act_are_told_by_their_words() -> None:
    assert SUM_BEFORE_RE.search("合共每日約")
    assert SUM_BEFORE_RE.search("totalling about ")
    assert not SUM_BEFORE_RE.search("減產")
    assert ANOTHER_ACT_RE.search("商務部同日另將甲公司等")
    assert ANOTHER_ACT_RE.search("It also put ")
    assert not ANOTHER_ACT_RE.search("將以下6家實體列入")
    assert [c.value for c in find_counts("Nine OPEC+ producers announced cuts")] == [9]


def test_a_chinese_short_form_keeps_the_full_names_characters_in_order() -> None:
    assert zh_short_form("甲聯", "甲乙聯丙")
    assert zh_short_form("甲联", "甲乙聯丙")  # either script
    assert not zh_short_form("甲丁", "甲乙聯丙")  # 丁 is not in it
    assert not zh_short_form("乙聯", "甲乙聯丙")  # a short form starts as the name does
    assert not zh_short_form("甲乙聯丙", "甲乙聯丙")


# ---------------------------------------------------------------------------------- the stories


def test_output_cuts_in_barrels_with_one_figure_misprinted_and_one_producer_left_out() -> None:
    """The Hong Kong outlet prints Kuwait's 12.8萬桶/日 as 18.2萬桶/日; the English one says nine producers
    and numbers eight, Gabon left out. Barrels are compared across units (12.8 under a header of 萬桶/日,
    ``128,000 barrels a day``, ``日量12万8000バレル``); the lead's ``合共每日約166萬桶`` after Russia's name
    is the sum of the cuts, not Russia's own. Two errors, nothing else against any outlet."""
    result = _run("opec_cuts")
    assert [len(_listed(result, a)) for a in ("01_tw", "02_hk", "04_en", "05_ja")] == [9, 9, 8, 9]
    for name in ("Saudi Arabia", "Russia", "Kuwait", "Oman", "Algeria"):
        assert {"01_tw", "02_hk", "04_en", "05_ja"} <= _outlets_of(result, name), name
    assert _outlets_of(result, "Gabon") == {"01_tw", "02_hk", "03_cn", "05_ja"}
    hk = {m.name_zh: m for m in _listed(result, "02_hk")}
    assert _numbers(hk["沙特"]) == [500_000] and hk["沙特"].values[0].unit == "bbl"
    ja = {m.name_zh: m for m in _listed(result, "05_ja")}
    assert _numbers(ja["イラク"]) == [211_000]
    assert _errors(result) == [("list_short", ("04_en",)), ("value_conflict", ("02_hk",))]
    (kuwait,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "18.2萬桶/日" in kuwait.message and "128,000" in kuwait.message
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert "Gabon" in short.message
    assert not [d for d in result.discrepancies if d.kind == "internal_contradiction"]


def test_a_taiwan_short_form_of_a_name_is_at_most_a_warning() -> None:
    """Taiwan's 阿聯 is the United Arab Emirates, in a short form no name list holds: the others' 阿聯酋
    starts with its characters in order, so it is no error (a warning asks whether it is that name)."""
    result = _run("opec_cuts")
    assert not [d for d in result.discrepancies if "01_tw" in d.sources and d.severity is Severity.ERROR]


def test_clauses_of_a_country_its_cut_and_its_amount_are_a_list() -> None:
    """``其中，沙特减产50万桶/日，伊拉克减产21.1万桶/日，…``: eight items, the verb no part of a name, the
    slash of ``桶/日`` no separator, 阿尔及利亚's 及 no joiner; Russia, in a sentence of its own after it, is
    not one of them."""
    result = _run("opec_cuts")
    cn = {m.name_zh: m for m in _listed(result, "03_cn")}
    assert list(cn) == ["沙特", "伊拉克", "阿联酋", "科威特", "哈萨克斯坦", "阿尔及利亚", "阿曼", "加蓬"]
    assert _numbers(cn["加蓬"]) == [8_000]
    assert _numbers(cn["阿尔及利亚"]) == [48_000]


def test_a_japanese_state_named_with_a_title_word_is_one_name() -> None:
    """``アラブ首長国連邦（UAE）``: 首長 before 国 names a state, not a post before a person's name."""
    result = _run("opec_cuts")
    ja = [m for m in _listed(result, "05_ja") if m.acronym == "UAE"]
    assert [(m.name_zh, m.attributes) for m in ja] == [("アラブ首長国連邦", ())]
    assert not [p for p in result.people if p.name == "去年"]  # "能源部長去年10月…": no person


def test_partner_countries_with_a_namesake_and_one_left_out_of_a_count() -> None:
    """The Hong Kong ``<ul>`` names Niger (尼日爾) for Nigeria; the Japanese sentence says 13 and names
    twelve (Uganda left out). The Taiwan list split over two sentences is one list of thirteen; the
    related-news box of the Hong Kong page and the mainland's sentence of full members are not the list."""
    result = _run("brics_partners")
    assert [len(_listed(result, a)) for a in ("01_tw", "02_hk", "03_cn", "05_ja")] == [13, 13, 13, 12]
    assert _outlets_of(result, "Nigeria") == {"01_tw", "03_cn", "04_en", "05_ja"}
    assert {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"} == _outlets_of(result, "Türkiye")
    assert _errors(result) == [("list_short", ("05_ja",)), ("wrong_item", ("02_hk",))]
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert "Uganda" in short.message


def test_the_full_members_after_the_partners_are_another_list() -> None:
    """``Thirteen countries … They are A, …, M.`` then, in another paragraph, ``The bloc's full members are
    N, O, P, Q and R, joined this year by …``: the thirteen are the list; the members, which no count makes
    one list with them, are something else, and no outlet is warned about them."""
    result = _run("brics_partners")
    assert len(_listed(result, "04_en")) == 13
    assert not [d for d in result.discrepancies if "04_en" in d.sources and d.severity is not Severity.INFO]


def test_companies_with_a_count_of_another_list_beside_them() -> None:
    """Every outlet tells, after its six companies, of 12 entities put on an export control list the same
    day (``商務部同日另將…等12家美國實體列入出口管制管控名單``, ``It also put 12 US entities on…``): a count
    of that act, not of the list. The Hong Kong sentence says 6 and names five (Group W left out): one
    error, against it."""
    result = _run("unreliable_entities")
    assert [len(_listed(result, a)) for a in ("01_tw", "02_hk", "03_cn", "04_en", "05_ja")] == [6, 5, 6, 6, 6]
    assert not [d for d in result.discrepancies if d.kind == "count_conflict"]
    assert ("list_short", ("02_hk",)) in _errors(result)
    assert not [d for d in result.discrepancies if d.kind.startswith("count") or d.kind == "list_long"]
    assert not [c for c in result.claims if c.stated == 12]
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert "Group W" in short.message


def test_a_company_substituted_by_its_namesake_is_a_wrong_item() -> None:
    """The Taiwan outlet prints 內華達太空公司（Sierra Space Corporation） for 內華達山脈公司（Sierra Nevada
    Corporation）: names in two scripts that differ in both are two companies; one error against it,
    besides the Hong Kong count."""
    result = _run("unreliable_entities")
    assert _errors(result) == [("list_short", ("02_hk",)), ("wrong_item", ("01_tw",))]


def test_katakana_company_names_are_linked() -> None:
    """``シールドAI`` and ``グループW`` are read by sound with their Latin words kept (``shiirudo ai``,
    ``guruupu w``) and linked to Shield AI and Group W; the Japanese outlet, which is right, is accused of
    nothing."""
    result = _run("unreliable_entities")
    assert "05_ja" in _outlets_of(result, "Shield AI")
    assert "05_ja" in _outlets_of(result, "Group W")
    assert not [d for d in result.discrepancies if "05_ja" in d.sources and d.severity is not Severity.INFO]


def test_holdings_and_changes_with_a_fall_printed_as_a_rise() -> None:
    """A fall is a negative change however it is printed (``-567`` under ``月增減（億美元）``, ``減持567億
    美元``, ``567億ドル減``); the English outlet prints Canada's fall of $56.7 billion as ``up``: one error
    against it; the mainland one's clauses print China's 6887億 as 6787億: one error against it.
    ``1.2萬億美元`` and ``1兆2000億ドル`` are 1.2 trillion dollars, as ``$1.2 trillion``."""
    result = _run("treasury_holders")
    assert [len(_listed(result, a)) for a in ("01_tw", "02_hk", "04_en", "05_ja")] == [6, 6, 6, 6]
    hk = {m.name_zh: m for m in _listed(result, "02_hk")}
    assert _numbers(hk["日本"]) == [1.2e12, 1.07e10]
    assert _numbers(hk["加拿大"]) == [4.191e11, -5.67e10]
    ja = {m.name_zh: m for m in _listed(result, "05_ja")}
    assert _numbers(ja["日本"]) == [1.2e12, 1.07e10]
    assert _numbers(ja["中国"]) == [6.887e11, -1.18e10]
    en = {m.name_en: m for m in _listed(result, "04_en")}
    assert _numbers(en["China"]) == [6.887e11, -1.18e10]
    assert _errors(result) == [("value_conflict", ("03_cn",)), ("value_conflict", ("04_en",))]
    assert not [d for d in result.discrepancies if d.severity is Severity.WARNING]
    china, canada = sorted(
        (d for d in result.discrepancies if d.kind == "value_conflict"), key=lambda d: d.sources
    )
    assert "中国" in china.message and "6787" in china.message
    assert "Canada" in canada.message and "56.7" in canada.message
    # the column is named by a header, never by a word of the outlet's sentence ("up $56.7 billion")
    assert "under 'up'" not in canada.message and "under '月增減（億美元）'" in canada.message


def test_clauses_of_a_holder_its_change_and_its_holdings_are_a_list() -> None:
    """``其中，日本增持107亿美元至1.2万亿美元，仍为…；英国增持132亿美元至8779亿美元；…``: five holders, each
    with its change (a fall negative) and its holdings; what the first clause says more is no item."""
    result = _run("treasury_holders")
    cn = {m.name_zh: m for m in _listed(result, "03_cn")}
    assert list(cn) == ["日本", "英国", "中国", "比利时", "加拿大"]
    assert _numbers(cn["日本"]) == [1.07e10, 1.2e12]
    assert _numbers(cn["加拿大"]) == [-5.67e10, 4.191e11]


def test_a_katakana_name_with_latin_words_is_read_by_sound() -> None:
    assert romaji("シールドAI") == "shiirudo ai"
    assert romaji("グループW") == "guruupu w"
    assert romaji("アランド") == "arando"
    assert romaji("甲AI研究所") == ""  # no katakana name
