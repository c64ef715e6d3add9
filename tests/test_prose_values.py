"""Lists of names whose values are told in prose sentences, as news wires print tariff rates, forecasts
and sums: read whole, or left unread, never read in part (a list read in part accuses a correct outlet of
leaving a name out or of a wrong value).

- a value after the last name of a run is every name's (``Borduria, Carpathia and Delmar 19%``);
- a name joined before the first item (``Aland and Borduria were set at 19% each``, ``甲国と乙国が19％``);
- a name and its value earlier in the sentence (``Aland will face a 20% tariff; …``, ``… set Aland's rate
  at 20%, while …``), or the sentence left unread where no one name is tied to that value;
- names joined after the list with a value of the same unit (``…, while Delmar and Estoria pay 15%``);
- Chinese runs of ``name value`` pieces after a lead-in clause or colon (``甲方公布新稅率，甲國20%，…``),
  groups parted by ``、`` with no verb (``甲國20%，乙國、丙國和丁國19%``), ``各`` and ``獲``.
"""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document

Read = list[tuple[str, list[str]]]


def _read(sentence: str) -> Read:
    text = f"Title\n\n{sentence}\n"
    res = parse_document(text_document(text))
    return [(m.label, [v.raw for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]


def _rated(*pairs: str) -> Read:
    return [(pairs[k], [pairs[k + 1]]) for k in range(0, len(pairs), 2)]


FIVE = ("Aland", "20%", "Borduria", "19%", "Carpathia", "19%", "Delmar", "19%", "Estoria", "19%")


# ---------------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    "sentence",
    [
        "Aland will face a 20% tariff; Borduria, Carpathia, Delmar and Estoria 19%.",
        "Aland will face a 20% tariff, while Borduria, Carpathia, Delmar and Estoria will each pay 19%.",
        "The council set Aland's rate at 20%, while Borduria, Carpathia, Delmar and Estoria each pay 19%.",
        "The rate for Aland was set at 20%, whereas Borduria, Carpathia, Delmar and Estoria will pay 19%.",
    ],
)
def test_english_one_name_before_a_group_sharing_a_value(sentence: str) -> None:
    assert _read(sentence) == _rated(*FIVE)


def test_english_a_name_joined_before_the_first_item() -> None:
    assert _read("Aland and Borduria were set at 19% each, Carpathia at 20% and Delmar at 25%.") == _rated(
        "Aland", "19%", "Borduria", "19%", "Carpathia", "20%", "Delmar", "25%"
    )


def test_english_amounts_before_a_group() -> None:
    assert _read(
        "Under the deal, Aland gets $5 billion, while Borduria, Carpathia and Delmar will receive "
        "$2 billion each."
    ) == _rated(
        "Aland", "$5 billion", "Borduria", "$2 billion", "Carpathia", "$2 billion", "Delmar", "$2 billion"
    )


def test_english_shapes_read_before_stay_read() -> None:
    assert _read("Aland, Borduria and Carpathia will pay 19%, 20% and 25% respectively.") == _rated(
        "Aland", "19%", "Borduria", "20%", "Carpathia", "25%"
    )
    assert _read("The tariffs are 19% for Aland, 20% for Borduria and 25% for Carpathia.") == _rated(
        "Aland", "19%", "Borduria", "20%", "Carpathia", "25%"
    )
    # a figure before the list tied to no name ("The bank expects") is no item and leaves the list whole
    assert _read(
        "The bank expects growth of 3.1% this year, while Aland, Borduria and Carpathia are forecast to grow "
        "2%, 1.5% and 1.2%."
    ) == _rated("Aland", "2%", "Borduria", "1.5%", "Carpathia", "1.2%")


@pytest.mark.parametrize(
    "sentence",
    [
        # names joined after the list with their own value: the sentence is left, not read in part
        "Aland faces a 20% rate, Borduria 19% and Carpathia 18%, while Delmar and Estoria will pay 15% each.",
        "Aland and Borduria will pay 19%, and Carpathia and Delmar 20%.",
        # a name before the list whose figure no word gives it: it may be an item, it may not
        "Shares of Acme Corp rose 5%, while Borduria Bank, Carpathia Steel and Delmar Oil fell 2%.",
        "Aland will pay between 15% and 20%, while Borduria, Carpathia and Delmar face 10%.",
    ],
)
def test_english_sentences_that_cannot_be_read_whole_stay_unread(sentence: str) -> None:
    assert _read(sentence) == []


# ---------------------------------------------------------------------------------- Chinese


@pytest.mark.parametrize(
    "sentence",
    [
        "甲方7月31日公布新稅率，甲國20%，乙國19%，丙國19%，丁國19%，戊國19%。",
        "甲方公布新税率：甲国20%，乙国19%，丙国19%，丁国19%，戊国19%。",
        "甲國20%，乙國、丙國、丁國和戊國19%。",
        "甲國稅率為20%，而乙國、丙國、丁國及戊國則均為19%。",
    ],
)
def test_chinese_one_name_and_a_group_after_a_lead_in(sentence: str) -> None:
    got = _read(sentence)
    assert [label for label, _ in got] == ["甲國", "乙國", "丙國", "丁國", "戊國"] or [
        label for label, _ in got
    ] == ["甲国", "乙国", "丙国", "丁国", "戊国"]
    assert [values for _, values in got] == [["20%"], ["19%"], ["19%"], ["19%"], ["19%"]]


def test_chinese_each_and_a_verb_of_receiving_are_no_part_of_a_name() -> None:
    assert _read("甲國和乙國各19%，丙國20%。") == _rated("甲國", "19%", "乙國", "19%", "丙國", "20%")
    assert _read("甲國將獲50億美元援助，乙國、丙國和丁國各獲20億美元。") == _rated(
        "甲國", "50億美元", "乙國", "20億美元", "丙國", "20億美元", "丁國", "20億美元"
    )


def test_chinese_a_labelled_group_stays_a_group() -> None:
    """``甲類：1.A 1% 2.B 1%``: the colon's words label a group; the run of pieces does not take them."""
    text = "Title\n\n甲方公布名單，甲類：1.甲甲 1% 2.甲乙 1% 3.甲丙 1%；乙類：1.丙甲 2% 2.丙乙 2%。\n"
    res = parse_document(text_document(text))
    assert [(m.label, m.group) for m in res.mentions if m.kind is Kind.LIST] == [
        ("甲甲", "甲類"),
        ("甲乙", "甲類"),
        ("甲丙", "甲類"),
        ("丙甲", "乙類"),
        ("丙乙", "乙類"),
    ]


# ---------------------------------------------------------------------------------- Japanese


def test_japanese_a_name_joined_before_the_first_item() -> None:
    assert _read("甲国と乙国が19％、丙国が20％、丁国が25％となった。") == _rated(
        "甲国", "19％", "乙国", "19％", "丙国", "20％", "丁国", "25％"
    )


def test_japanese_lead_in_verb_is_no_item() -> None:
    assert _read("甲政府は7月31日、新税率を発表し、甲国20％、乙国19％、丙国19％、丁国19％とした。") == _rated(
        "甲国", "20％", "乙国", "19％", "丙国", "19％", "丁国", "19％"
    )


def test_japanese_names_glued_to_rates_up_to_a_closing_are_read_whole() -> None:
    """A run of ``name value`` pieces cut before a piece with a figure (``丁国36％などに…``) is no list: the
    enumeration reader reads the whole."""
    assert _read(
        "甲国は3日、乙国49％、丙国48％、丁国46％、戊国44％、己国36％などに高い関税を課すと発表した。"
    ) == _rated("乙国", "49％", "丙国", "48％", "丁国", "46％", "戊国", "44％", "己国", "36％")


# ---------------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose 2.1% in March, 1.8% in April and 1.5% in May.",
        "The index rose 3% to 1,200 points on Monday, while the bond yield fell to 4.2%.",
        "The meeting was held on March 3, 2025, and a second on April 5, 2025.",
        "Aland, Borduria and Carpathia met on March 3, 2025, and agreed to cut rates by 2%.",
        "今年3月物價上漲2.1%，4月上漲1.8%，5月上漲1.5%。",
        "物価は3月に2.1％、4月に1.8％、5月に1.5％上昇した。",
        "2025年3月3日、甲国と乙国が会談した。",
    ],
)
def test_sentences_that_are_no_list_stay_unread(sentence: str) -> None:
    assert _read(sentence) == []
