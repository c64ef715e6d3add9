"""A number a hedge word qualifies (``約5カ国``, ``5カ国程度``, ``低於五國``, ``just over five countries``) is
no count of the list it introduces: the words are the hedges of ``pipeline.lang.hedges``, the same ones
that make a value approximate or a bound, so a count and a value are hedged by one vocabulary. The
list is still read; only the number stays unbound (a list that says "about five" and names six is not
short). Made-up names."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.lang.not_counts import HEDGED_OR_ORDINAL_BEFORE_RE, NOT_A_COUNT_AFTER_RE, NOT_A_COUNT_BEFORE_RE
from pipeline.models import Kind
from sources.registry import parse_document


def _read(text: str) -> tuple[list[str], list[int | None]]:
    res = parse_document(text_document(text))
    names = [m.name_zh or m.name_en for m in res.mentions if m.kind is Kind.LIST]
    return names, [h.stated for h in res.headings]


@pytest.mark.parametrize(
    "before",
    [
        "約",
        "大約",
        "逾",
        "超過",
        "不到",
        "低於",
        "将近",
        "およそ",
        "about ",
        "just over ",
        "under ",
        "~",
        "nearly ",
    ],
)
def test_a_hedge_before_a_number_makes_it_no_count(before: str) -> None:
    assert HEDGED_OR_ORDINAL_BEFORE_RE.search(before) is not None
    assert NOT_A_COUNT_BEFORE_RE.search(before) is not None


@pytest.mark.parametrize("after", ["程度で", "前後", "以上", "左右", "多國", "餘個", "ほど"])
def test_a_hedge_after_a_count_makes_it_no_count(after: str) -> None:
    assert NOT_A_COUNT_AFTER_RE.match(after) is not None


@pytest.mark.parametrize("after", ["カ国", "國，", "個國", "の国"])
def test_a_counter_alone_after_a_count_keeps_it(after: str) -> None:
    assert NOT_A_COUNT_AFTER_RE.match(after) is None


def test_a_running_total_is_no_count_of_a_list_but_a_stated_count_of_the_claims() -> None:
    # "多達31個" (as many as 31) states how many the article says there are, a claim to check against the
    # list; it numbers no list it introduces
    assert NOT_A_COUNT_BEFORE_RE.search("多達") is not None
    assert HEDGED_OR_ORDINAL_BEFORE_RE.search("多達") is None
    assert HEDGED_OR_ORDINAL_BEFORE_RE.search("最近") is not None  # "最近12國": kept as before


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "甲国が発表\n\n対象は次の5カ国前後：甲国、乙国、丙国、丁国、戊国。\n",
            ["甲国", "乙国", "丙国", "丁国", "戊国"],
        ),
        (
            "甲方公布\n\n名單包括低於五國：甲國、乙國、丙國、丁國、戊國。\n",
            ["甲國", "乙國", "丙國", "丁國", "戊國"],
        ),
        (
            "Ministry names countries\n\nThe ministry named just over five countries: Aland, Borduria, "
            "Carpathia, Dorvia and Elbonia.\n",
            ["Aland", "Borduria", "Carpathia", "Dorvia", "Elbonia"],
        ),
    ],
)
def test_the_list_is_read_and_its_hedged_number_left_unbound(text: str, names: list[str]) -> None:
    assert _read(text) == (names, [])


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("甲国が発表\n\n対象は次の5カ国：甲国、乙国、丙国、丁国、戊国。\n", [5]),
        ("甲方公布\n\n名單包括五國：甲國、乙國、丙國、丁國、戊國。\n", [5]),
    ],
)
def test_the_same_lists_unhedged_keep_their_count(text: str, stated: list[int]) -> None:
    assert _read(text)[1] == stated


def _selection(text: str) -> bool:
    article = parse_document(text_document(text)).article
    return article is not None and article.selection


@pytest.mark.parametrize(
    "text",
    [
        "甲方宣布\n\n甲國對逾50國加徵關稅，包括乙國、丙國、丁國、戊國、己國。\n",
        "甲方宣布\n\n甲國對超過50個國家加徵關稅，包括乙國、丙國、丁國、戊國、己國。\n",
        "Aland acts\n\nAland put tariffs on more than 50 countries, including Borduria, Carpathia, Dorvia, "
        "Elbonia and Freedonia.\n",
    ],
)
def test_names_after_a_hedged_larger_whole_are_its_examples(text: str) -> None:
    # "more than 50 countries, including" five of them: the five are read as a selection of the whole, the
    # hedged 50 counts no list (the English and Chinese forms read alike)
    names, stated = _read(text)
    assert len(names) == 5 and names[0] in ("乙國", "Borduria") and names[-1] in ("己國", "Freedonia")
    assert stated == []
    assert _selection(text)


def test_the_unhedged_whole_keeps_its_count_over_its_examples() -> None:
    text = "甲方宣布\n\n甲國對50國加徵關稅，包括乙國、丙國、丁國、戊國、己國。\n"
    assert _read(text) == (["乙國", "丙國", "丁國", "戊國", "己國"], [50])


@pytest.mark.parametrize(
    "text",
    [
        # as many names as the hedged number: no larger whole, no examples (and with no other cue, no list)
        "甲方宣布\n\n甲國對約5國加徵關稅，包括乙國、丙國、丁國、戊國、己國。\n",
        # no lead-in cue after the hedged count: the names do something else in the sentence
        "甲方宣布\n\n甲國對逾50國加徵關稅，乙國、丙國、丁國、戊國、己國也受影響。\n",
    ],
)
def test_no_examples_without_a_larger_hedged_whole_and_a_lead_in(text: str) -> None:
    assert _read(text) == ([], [])
