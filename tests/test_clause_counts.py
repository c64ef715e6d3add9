"""A count in the clause right before a list that opens a clause of its own: ``美國公布對甲國等五國稅率，
甲國20%、…``, ``米国は甲国など5カ国の税率を発表。甲国20%、…``, ``… rates for five countries, Aland 20%, …``.
The count is the list's when it numbers its items, or when the clause names one of them as the example of
what it counts (then a number that differs is the outlet's to report); otherwise it is left unbound."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document

ZH_ITEMS = "甲國20%、乙國25%、丙國30%、丁國10%、戊國15%。\n\n其他國家維持原稅率。\n"
ZH_HEAD = "甲方公布新關稅\n\n"


def _read(text: str) -> tuple[list[str], list[int | None]]:
    res = parse_document(text_document(text))
    names = [m.name_zh or m.name_en for m in res.mentions if m.kind is Kind.LIST]
    return names, [h.stated for h in res.headings]


def test_a_count_before_a_comma_numbers_the_list_after_it() -> None:
    names, stated = _read(ZH_HEAD + "甲方公布對甲國等五國稅率，" + ZH_ITEMS)
    assert names == ["甲國", "乙國", "丙國", "丁國", "戊國"]
    assert stated == [5]


def test_simplified_and_without_an_example() -> None:
    text = ZH_HEAD + "甲方公布对五国税率，甲国20%、乙国25%、丙国30%、丁国10%、戊国15%。\n"
    assert _read(text) == (["甲国", "乙国", "丙国", "丁国", "戊国"], [5])


def test_pieces_parted_by_commas_are_counted_as_one_list() -> None:
    text = ZH_HEAD + "甲方對甲國等五國加稅，甲國20%，乙國25%，丙國30%，丁國10%，戊國15%。\n"
    assert _read(text)[1] == [5]


def test_japanese_count_in_the_sentence_before() -> None:
    text = "甲国が新関税\n\n甲国は乙国など5カ国の税率を発表。乙国20%、丙国25%、丁国30%、戊国10%、己国15%。\n"
    assert _read(text) == (["乙国", "丙国", "丁国", "戊国", "己国"], [5])


def test_english_count_before_a_comma() -> None:
    text = (
        "New tariffs\n\nThe ministry announced rates for five countries, Aland 20%, Borduria 25%, "
        "Carpania 30%, Dorland 10% and Elbonia 15%.\n"
    )
    assert _read(text) == (["Aland", "Borduria", "Carpania", "Dorland", "Elbonia"], [5])


def test_a_count_that_names_an_item_as_its_example_is_bound_when_it_differs() -> None:
    """``甲國等六國`` over five names: the outlet's count, bound, for the checks to report."""
    assert _read(ZH_HEAD + "甲方公布對甲國等六國稅率，" + ZH_ITEMS)[1] == [6]


def test_a_count_that_differs_and_names_no_item_is_left_unbound() -> None:
    assert _read(ZH_HEAD + "甲方公布對六國稅率，" + ZH_ITEMS)[1] == []
    assert _read(ZH_HEAD + "甲方上月對3國加稅。甲國20%、乙國25%、丙國30%、丁國10%。\n")[1] == []


def test_an_approximate_count_or_one_in_another_sentence_is_no_count_of_the_list() -> None:
    assert _read(ZH_HEAD + "甲方去年對約5國加稅，" + ZH_ITEMS)[1] == []
    text = (
        "Tariffs\n\nAland set rates for 40 countries in April. "
        "Borduria 20%, Carpania 25% and Dorland 30% face the highest.\n"
    )
    assert _read(text)[1] == []


def test_a_colon_still_binds_its_count() -> None:
    assert _read(ZH_HEAD + "甲方公布對甲國等五國稅率：" + ZH_ITEMS)[1] == [5]
