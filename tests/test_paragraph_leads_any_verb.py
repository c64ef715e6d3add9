"""A paragraph per item whatever its verb (``丁國維持15%``, ``Dalmatia stays at 15%``), and whose value
is in a later sentence than its first (``甲國：\\n該國官員表示將談判。最終稅率為25%。``): each read whole.
The expected readings are written from reading the texts."""

from __future__ import annotations

import pytest

from pipeline.models import Kind
from sources.registry import parse_document
from tests.document_fixtures import text_document


def _read(text: str) -> list[tuple[str, list[float | None]]]:
    result = parse_document(text_document(text))
    return [(m.label, [v.number for v in m.values]) for m in result.mentions if m.kind is Kind.LIST]


def _stated(text: str) -> list[int | None]:
    return [h.stated for h in parse_document(text_document(text)).headings]


ZH_TW_VERB = """白宮週四公布對四國的新關稅稅率。

甲國將面臨25%的關稅，為四國中最高。

乙國則降至20%，自8月1日生效。

丙國將面臨40%的關稅。

丁國維持15%，丁國官員表示歡迎。
"""

ZH_CN_VERB = """白宫周四公布对四国的新关税税率。

甲国将面临25%的关税。

乙国则降至20%，自8月1日起生效。

丙国将面临40%的关税。

丁国维持15%，丁国官员表示欢迎。
"""


@pytest.mark.parametrize(("text", "country"), [(ZH_TW_VERB, "國"), (ZH_CN_VERB, "国")])
def test_a_name_before_a_verb_the_reader_does_not_know(text: str, country: str) -> None:
    """丁國 ends where the text prints it apart (丁國官員), before 維持; where no mark ends it and the text
    prints it nowhere else, the paragraph is no lead, and three of four (a count of four above them) are
    no list."""
    four = [(f"{stem}{country}", [rate]) for stem, rate in (("甲", 25), ("乙", 20), ("丙", 40), ("丁", 15))]
    assert _read(text) == four
    assert _stated(text) == [4]
    unknown = text.replace(f"丁{country}官員表示歡迎", "與4月公布的相同").replace(
        f"丁{country}官员表示欢迎", "与4月公布的相同"
    )
    assert unknown != text
    assert _read(unknown) == []


def test_english_paragraphs_whose_frames_differ_under_a_count_of_them_all() -> None:
    text = """The White House on Thursday announced new tariff rates for four countries.

Aland faces a 25% tariff starting Aug. 1.

Borduria faces a 20% tariff, down from 30%.

Carpathia faces a 40% tariff, the highest of the four.

Dalmatia stays at 15%, unchanged since April.
"""
    assert _read(text) == [("Aland", [25]), ("Borduria", [20, 30]), ("Carpathia", [40]), ("Dalmatia", [15])]
    assert _stated(text) == [4]


ZH_TW_LATER = """白宮週四公布對四國的新關稅稅率。

甲國：
該國官員表示將繼續談判。最終稅率為25%。

乙國：
稅率為20%。

丙國：
稅率為40%。

丁國：
稅率維持15%。
"""

ZH_CN_LATER = """白宫周四公布对四国的新关税税率。

甲国将继续与美方谈判。最终税率定为25%，8月1日起生效。

乙国将面临20%的关税。

丙国将面临40%的关税。

丁国将面临15%的关税。
"""

JA_LATER = """米政府は10日、4カ国に対する新たな関税率を公表した。

甲国は交渉を続ける方針だ。最終的な税率は25％となった。

乙国には20％の関税が課される。

丙国には40％の関税が課される。

丁国には15％の関税が課される。
"""


@pytest.mark.parametrize(("text", "country"), [(ZH_TW_LATER, "國"), (ZH_CN_LATER, "国"), (JA_LATER, "国")])
def test_the_value_in_a_later_sentence_of_the_paragraph(text: str, country: str) -> None:
    four = [(f"{stem}{country}", [rate]) for stem, rate in (("甲", 25), ("乙", 20), ("丙", 40), ("丁", 15))]
    assert _read(text) == four
    assert _stated(text) == [4]


def test_two_later_values_not_told_apart_leave_the_item_without_one() -> None:
    text = ZH_TW_LATER.replace("最終稅率為25%。", "稅率可能為25%或30%，視談判而定。")
    assert _read(text) == [("甲國", []), ("乙國", [20]), ("丙國", [40]), ("丁國", [15])]


def test_a_later_figure_of_change_is_no_value_and_the_run_stays_unread() -> None:
    """甲國's paragraph gives no rate, only a change (出口下跌5%): three rates under a count of four, the
    paragraph beside them opening with a name as theirs do, are no list; its rate given, they are."""
    assert len(_read(ZH_TW_LATER)) == 4
    assert _read(ZH_TW_LATER.replace("最終稅率為25%。", "該國出口上月下跌5%。")) == []


def test_three_rates_beside_a_paragraph_opening_with_a_name_and_giving_a_change_are_no_list() -> None:
    """甲国's paragraph opens as the others do but gives a change (出口下跌5%), no rate: the three after it,
    no count over them alone, may be a part of the list, and are left unread rather than read in part."""
    text = ZH_CN_LATER.replace("最终税率定为25%，8月1日起生效。", "该国出口上月下跌5%。")
    assert text != ZH_CN_LATER
    assert _read(text) == []


ZH_TW_POINTS = (
    "美方公布對四國的新稅率。\n\n甲國將面臨25%的關稅。\n\n乙國稅率下調5個百分點至20%。\n\n"
    "丙國將面臨40%的關稅。\n\n丁國將面臨15%的關稅。\n"
)
ZH_CN_POINTS = (
    "美方公布对四国的新税率。\n\n甲国将面临25%的关税。\n\n乙国税率下降5个百分点至20%。\n\n"
    "丙国将面临40%的关税。\n\n丁国将面临15%的关税。\n"
)
JA_POINTS = (
    "米政府は4カ国に対する新たな関税率を公表した。\n\n甲国には25％の関税が課される。\n\n"
    "乙国の税率は5ポイント引き下げられ20％となった。\n\n丙国には40％の関税が課される。\n\n"
    "丁国には15％の関税が課される。\n"
)


@pytest.mark.parametrize(("text", "country"), [(ZH_TW_POINTS, "國"), (ZH_CN_POINTS, "国"), (JA_POINTS, "国")])
def test_points_of_change_before_the_rate_it_reached(text: str, country: str) -> None:
    """Percentage points are a difference; the rate after them (至20%, 20％となった) is the level."""
    four = [(f"{stem}{country}", [rate]) for stem, rate in (("甲", 25), ("乙", 20), ("丙", 40), ("丁", 15))]
    assert _read(text) == four
    assert _stated(text) == [4]


EN_LATER = """The White House on Thursday announced new tariff rates for four countries.

Aland will keep negotiating, officials said. Its final rate is 25%.

Borduria faces a 20% tariff.

Carpathia faces a 40% tariff.

Dalmatia faces a 15% tariff.
"""

EN_COLON = """The White House on Thursday announced new tariff rates for four countries.

Aland: Officials said talks would go on. The final rate is 25%.

Borduria: The rate is 20%.

Carpathia: The rate is 40%.

Dalmatia: The rate is 15%.
"""


def test_english_value_in_a_later_sentence() -> None:
    """Aland's value is in its paragraph's second sentence; the leads after it in a frame, under a count of
    all four, make it an item."""
    assert _read(EN_LATER) == [("Aland", [25]), ("Borduria", [20]), ("Carpathia", [40]), ("Dalmatia", [15])]


def test_english_name_and_colon_then_prose() -> None:
    """Under a count of all four, paragraphs of a name, a colon and prose giving its rate; with no count
    they are speakers in turn, no list."""
    assert _read(EN_COLON) == [("Aland", [25]), ("Borduria", [20]), ("Carpathia", [40]), ("Dalmatia", [15])]
    speakers = """Markets fell on Thursday.

Jane Roe: We expect growth of about 3% this year.

John Doe: Inflation should ease to 2%.

Richard Roe: Unemployment is stuck at 5%.
"""
    assert _read(speakers) == []


def test_english_paragraph_of_a_change_above_three_leads_under_a_count_of_four() -> None:
    """Aland's paragraph opens with a name and prints a figure of the leads' unit, a change (dropped 5%),
    no rate: the three after it, under a count of four, are a part, never read as the list without it."""
    text = EN_LATER.replace(
        "Aland will keep negotiating, officials said. Its final rate is 25%.",
        "Aland saw its exports suffer, officials said. They dropped 5% in a week.",
    )
    assert text != EN_LATER
    assert _read(text) == []


def test_english_frames_that_differ_without_a_count() -> None:
    text = """The White House on Thursday announced new tariff rates.

Aland faces a 25% tariff starting Aug. 1.

Borduria faces a 20% tariff.

Carpathia faces a 40% tariff, the highest.

Dalmatia stays at 15%, unchanged since April.
"""
    assert _read(text) == [("Aland", [25]), ("Borduria", [20]), ("Carpathia", [40]), ("Dalmatia", [15])]


UNCOUNTED = """The White House on Thursday announced new tariff rates.

Aland faces a 25% tariff starting Aug. 1.

Borduria faces a 20% tariff.

Carpathia faces a 40% tariff, the highest.

{last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "Jane Roe says a 10% tariff is too high for small firms.",
        "Analysts expect a 3% slowdown in trade this year.",
    ],
)
def test_a_paragraph_of_speech_or_forecast_after_three_leads_is_no_item(last: str) -> None:
    """A speaker's or a plural's paragraph after three leads in one frame opens with a capitalised word
    and a percentage too: the three are the list, the fourth is prose."""
    three = [("Aland", [25]), ("Borduria", [20]), ("Carpathia", [40])]
    assert _read(UNCOUNTED.format(last=last)) == three


def test_odd_frame_under_a_count_of_the_shared_frame_alone_stays_out() -> None:
    """A count of three above four leads, one in another frame: the count says the list is the three."""
    text = UNCOUNTED.format(last="Dalmatia stays at 15%, unchanged since April.").replace(
        "new tariff rates.", "new tariff rates for three countries."
    )
    assert _read(text) == [("Aland", [25]), ("Borduria", [20]), ("Carpathia", [40])]
    assert _stated(text) == [3]
