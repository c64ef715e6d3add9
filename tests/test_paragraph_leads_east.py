"""A paragraph per item in Chinese and Japanese: each paragraph opens with a name (its first clause) and
prints that name's one rate, the frame around the name free (``甲國：…``, ``乙國方面，…``, ``丙國將面臨…``,
``甲国には…``). The expected readings are written from reading the texts; prose whose paragraphs merely
open with names stays unread."""

from __future__ import annotations

import pytest

from pipeline.models import Kind
from sources.registry import parse_document
from tests.document_fixtures import text_document

ZH_TW = """白宮週四公布對五國的新關稅稅率。

甲國：美方將對甲國商品課徵25%關稅，甲國政府表示遺憾。

乙國方面，稅率由30%調降至20%，自8月1日生效。

丙國將面臨40%的關稅，為五國中最高。

丁國的稅率定為15%，與4月公布的相同。

戊國則被課以35%關稅，戊國官員稱將繼續談判。

白宮表示，其他國家的稅率將於下週公布。
"""

ZH_CN = """白宫周四公布对五国的新关税税率。

甲国：美方将对甲国商品征收25%关税，甲国政府表示遗憾。

乙国方面，税率从30%下调至20%，自8月1日起生效。

丙国将面临40%的关税，为五国中最高。

丁国的税率定为15%，与4月公布的相同。

戊国则被课以35%关税，戊国官员称将继续谈判。
"""

JA = """米政府は10日、5カ国に対する新たな関税率を公表した。

甲国には25％の関税が課される。甲国政府は遺憾の意を示した。

乙国は30％から20％に引き下げられ、8月1日に発効する。

丙国には40％の関税が課され、5カ国で最も高い。

丁国の税率は15％で、4月の発表から変わらない。

戊国には35％の関税が課される。同国は交渉を続ける方針だ。

米政府は残りの国の税率を来週公表するとしている。
"""

# a page's paragraphs, one a line, no blank line between them
ZH_TW_LINES = """美方公布對四國的新稅率。
甲國：稅率定為25%，較原先方案略低。
乙國方面，稅率由30%調降至20%。
丙國將面臨40%的關稅。
丁國則被課以15%關稅。
"""


def _read(text: str) -> list[tuple[str, list[tuple[float | None, str]]]]:
    result = parse_document(text_document(text))
    return [(m.label, [(v.number, v.unit) for v in m.values]) for m in result.mentions if m.kind is Kind.LIST]


def _stated(text: str) -> list[int | None]:
    return [h.stated for h in parse_document(text_document(text)).headings]


FIVE = [("甲", 25), ("乙", 20), ("丙", 40), ("丁", 15), ("戊", 35)]


@pytest.mark.parametrize(("text", "country"), [(ZH_TW, "國"), (ZH_CN, "国"), (JA, "国")])
def test_each_paragraph_gives_its_name_and_the_rate_it_has_now(text: str, country: str) -> None:
    assert _read(text) == [(f"{stem}{country}", [(rate, "%")]) for stem, rate in FIVE]
    assert _stated(text) == [5]  # "對五國", "5カ国に対する"


def test_a_pages_paragraphs_one_a_line() -> None:
    assert _read(ZH_TW_LINES) == [
        ("甲國", [(25, "%")]),
        ("乙國", [(20, "%")]),
        ("丙國", [(40, "%")]),
        ("丁國", [(15, "%")]),
    ]
    assert _stated(ZH_TW_LINES) == [4]


def test_two_rates_not_told_apart_leave_the_item_without_a_value() -> None:
    text = """美方公布對三國的新稅率。

甲國將面臨25%的關稅。

乙國的稅率為30%或20%，視談判結果而定。

丙國則被課以40%關稅。
"""
    assert _read(text) == [("甲國", [(25, "%")]), ("乙國", []), ("丙國", [(40, "%")])]


def test_an_earlier_rate_after_the_one_it_has_is_kept_as_earlier() -> None:
    text = """美方公布對三國的新稅率。

甲國將面臨25%的關稅（原為30%）。

乙國將面臨20%的關稅。

丙國則被課以40%關稅。
"""
    got = parse_document(text_document(text)).mentions
    first = next(m for m in got if m.label == "甲國")
    assert [(v.number, bool(v.column)) for v in first.values] == [(25, False), (30, True)]
    assert [m.label for m in got if m.kind is Kind.LIST] == ["甲國", "乙國", "丙國"]


@pytest.mark.parametrize(
    "text",
    [
        # running prose: paragraphs open with names, their figures changes, no one's rate
        """甲國總理週四訪問乙國，雙方簽署貿易協定。

乙國股市週四下跌2%，投資人憂心關稅。

丙國的經濟去年成長3%，低於預期。

丁國的出口減少5%。
""",
        # two paragraphs only: prose, not a list
        """白宮公布新稅率。

甲國將面臨25%的關稅。

乙國則被課以20%關稅。
""",
        # words that open a paragraph going on, or a time, are no names
        """白宮公布新稅率。

此外，稅率將提高至25%。

去年，稅率為20%。

另外，稅率可能調整為15%。
""",
        """甲国の成長率は3％増となった。

乙国の株価は2％下落した。

また、失業率は4％だった。
""",
    ],
)
def test_prose_whose_paragraphs_open_with_names_stays_unread(text: str) -> None:
    assert _read(text) == []


def test_the_same_name_twice_is_prose_about_it() -> None:
    text = """美方公布新稅率。

甲國將面臨25%的關稅。

甲國則被課以20%關稅。

乙國將面臨40%的關稅。
"""
    assert _read(text) == []


def test_paragraphs_of_who_said_what_are_no_list() -> None:
    text = """美方公布新稅率。

乙國商務部回應指出，將對美方商品加徵34%關稅。

丙國執委會認為，約20%的商品將受影響。

丁國財政部批評說，關稅將高達40%。
"""
    assert _read(text) == []


def test_a_figure_of_another_unit_is_no_second_rate() -> None:
    text = """美方週四公布新一輪關稅稅率。

甲國的稅率為50%，較先前高出10個百分點。

乙國的稅率為40%，涉及約300億美元商品。

丙國面臨36%及20%兩種稅率，視商品而定。

丁國的稅率為25%。
"""
    assert _read(text) == [("甲國", [(50, "%")]), ("乙國", [(40, "%")]), ("丙國", []), ("丁國", [(25, "%")])]


def test_a_topic_word_before_the_name_is_no_part_of_it() -> None:
    text = """美方公布對三國的新稅率。

甲國將面臨25%的關稅。

至於乙國，稅率由30%調降至20%。

针对丙国，美方将征收40%关税。
"""
    assert _read(text) == [("甲國", [(25, "%")]), ("乙國", [(20, "%")]), ("丙国", [(40, "%")])]


def test_a_run_beside_a_paragraph_of_the_list_opening_another_way_stays_unread() -> None:
    """No count says the three paragraphs are the whole list, and the one after them gives a fourth
    rate in another shape: the run may be a part of the list."""
    text = """美方公布新一輪關稅稅率。

甲國將面臨25%的關稅。

乙國則被課以20%關稅。

丙國將面臨40%的關稅。

稅率最低的是丁國，僅10%。
"""
    assert _read(text) == []


def test_a_name_with_its_english_name_in_brackets() -> None:
    text = """美方公布對三國的新稅率。

甲國（Aland）：稅率定為25%，較原先方案略低。

乙國（Borduria）方面，稅率由30%調降至20%。

丙國（Carpathia）將面臨40%的關稅。
"""
    got = [m for m in parse_document(text_document(text)).mentions if m.kind is Kind.LIST]
    assert [(m.name_zh, m.name_en, [v.number for v in m.values]) for m in got] == [
        ("甲國", "Aland", [25]),
        ("乙國", "Borduria", [20]),
        ("丙國", "Carpathia", [40]),
    ]


def test_japanese_topic_and_object_particles() -> None:
    text = """米政府は4カ国に対する新たな関税率を公表した。

甲国については、税率が30％から20％に引き下げられた。

乙国に対しては25％の関税が課される。

丙国は40％と最も高い。

丁国の税率は15％で据え置かれた。
"""
    assert _read(text) == [
        ("甲国", [(20, "%")]),
        ("乙国", [(25, "%")]),
        ("丙国", [(40, "%")]),
        ("丁国", [(15, "%")]),
    ]
    assert _stated(text) == [4]
