"""Two counted groups in one sentence (``…の3カ国からの入国を全面的に禁止し、…の4カ国からの入国を一部制限``,
``four countries — A, B, C and D — and partially restrict … three others: E, F and G``): both groups
read, each with its count and a label from its clause's words; one group stays one group."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.models import Kind
from sources.layouts._inline_example_groups import ja_example_groups
from sources.registry import parse_document


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    res = parse_document(text_document("通訊社報導。\n\n" + text + "\n", "t"))
    names = [(m.label, m.group) for m in res.mentions if m.kind is Kind.LIST]
    return names, [(h.stated, h.group) for h in res.headings]


JA = (
    "甲国政府は、乙国、丙国、丁国の3カ国からの入国を全面的に禁止し、"
    "戊国、己国、庚国、辛国の4カ国からの入国を一部制限すると発表した。"
)


def test_japanese_two_groups_each_with_its_count_and_verb() -> None:
    names, headings = _read(JA)
    full, part = "全面的に禁止", "一部制限"
    assert names == [
        ("乙国", full),
        ("丙国", full),
        ("丁国", full),
        ("戊国", part),
        ("己国", part),
        ("庚国", part),
        ("辛国", part),
    ]
    assert headings == [(3, full), (4, part)]


def test_japanese_one_group_stays_one_group() -> None:
    names, headings = _read(
        "甲国政府は、乙国、丙国、丁国の3カ国からの入国を全面的に禁止し、来月から実施すると発表した。"
    )
    assert names == [("乙国", ""), ("丙国", ""), ("丁国", "")]
    assert headings == [(3, "")]


EN_DASHES = (
    "Aland will fully bar citizens of four countries — Borduria, Carpathia, Dorland and Elbonia — "
    "and partially restrict travellers from three others: Freedonia, Grand Fenwick and Kalmia."
)


def _groups(names: list[tuple[str, str]]) -> list[list[str]]:
    order: dict[str, list[str]] = {}
    for name, group in names:
        order.setdefault(group, []).append(name)
    return list(order.values())


def test_english_counted_aside_in_dashes_then_a_second_group() -> None:
    names, headings = _read(EN_DASHES)
    assert _groups(names) == [
        ["Borduria", "Carpathia", "Dorland", "Elbonia"],
        ["Freedonia", "Grand Fenwick", "Kalmia"],
    ]
    assert [n for n, _ in headings] == [4, 3]
    assert all(g for _, g in names)  # each group labelled by its clause
    assert "fully bar" in names[0][1] and "partially restrict" in names[-1][1]


def test_english_counted_aside_in_parentheses() -> None:
    text = EN_DASHES.replace("— Borduria", "(Borduria").replace("Elbonia —", "Elbonia)")
    names, headings = _read(text)
    assert _groups(names) == [
        ["Borduria", "Carpathia", "Dorland", "Elbonia"],
        ["Freedonia", "Grand Fenwick", "Kalmia"],
    ]
    assert [n for n, _ in headings] == [4, 3]


def test_english_one_counted_aside_stays_one_group() -> None:
    names, headings = _read(
        "Aland will bar citizens of three countries — Borduria, Carpathia and Dorland — from Monday."
    )
    assert names == [("Borduria", ""), ("Carpathia", ""), ("Dorland", "")]
    assert headings == [(3, "")]


def test_english_dash_aside_that_is_no_list_stays_unread() -> None:
    names, _ = _read(
        "Aland — a small state — said it will bar citizens of three countries: "
        "Borduria, Carpathia and Dorland."
    )
    assert names == [("Borduria", ""), ("Carpathia", ""), ("Dorland", "")]


def test_chinese_two_counted_groups_read_both() -> None:
    names, headings = _read("全面禁止甲國、乙國、丙國等3國公民入境，並部分限制丁國、戊國等2國")
    assert _groups(names) == [["甲國", "乙國", "丙國"], ["丁國", "戊國"]]
    assert [n for n, _ in headings] == [3, 2]


JA_MISCOUNT = (
    "米政府は4日、乙国、丙国、丁国の4カ国からの入国を全面的に禁止し、"
    "戊国、己国、庚国の3カ国からの入国を一部制限すると発表した。"
)


def test_japanese_group_a_name_short_of_its_count_is_read_with_the_count_as_printed() -> None:
    # three names "の4カ国": a miscount for the count check to report, not a reason to read nothing
    names, headings = _read(JA_MISCOUNT)
    full, part = "全面的に禁止", "一部制限"
    assert names == [
        ("乙国", full),
        ("丙国", full),
        ("丁国", full),
        ("戊国", part),
        ("己国", part),
        ("庚国", part),
    ]
    assert headings == [(4, full), (3, part)]
    # three names "の12カ国": that count is of more than the names, no group read with it
    names, headings = _read(JA_MISCOUNT.replace("の4カ国", "の12カ国"))
    assert (12, full) not in headings and (names[0] if names else ("", "")) != ("乙国", full)


EN_UNCOUNTED = (
    "The proclamation fully bans entry from four countries — Aland, Borduria, Carpathia and Dalmatia — "
    "and partially restricts entry from Elbonia, Freedonia and Grand Fenwick."
)
EN_FIRST = ["Aland", "Borduria", "Carpathia", "Dalmatia"]
EN_SECOND = ["Elbonia", "Freedonia", "Grand Fenwick"]


def test_english_second_group_after_a_clause_of_its_own_verb_needs_no_count() -> None:
    names, headings = _read(EN_UNCOUNTED)
    assert _groups(names) == [EN_FIRST, EN_SECOND]
    assert [n for n, _ in headings if n is not None] == [4]
    assert "partially restricts" in names[-1][1] and not names[-1][1].startswith("and")


def test_english_first_group_miscounted_read_as_printed() -> None:
    names, headings = _read(EN_UNCOUNTED.replace("four countries", "five countries"))
    assert _groups(names) == [EN_FIRST, EN_SECOND]
    assert [n for n, _ in headings if n is not None] == [5]  # four names under "five": for the count check


def test_english_aside_then_more_names_of_no_clause_of_their_own_is_left_whole() -> None:
    # "… — and citizens of E, F and G": one group of seven or two groups, the sentence says not which; no
    # part of it is read as the list
    names, _ = _read(EN_UNCOUNTED.replace("partially restricts entry from", "citizens of"))
    assert names == []


JA_OBJECTS = (
    "甲国大統領は16日、入国を全面的に禁止する対象に乙国、丙国、丁国の3カ国を、"
    "一部制限の対象に戊国{sep}己国の2カ国を加える布告に署名した。"
)


def test_japanese_two_groups_as_objects_of_one_verb() -> None:
    """``…の対象にA、B、Cの3カ国を、…の対象にD・Eの2カ国を加える``: each group's label before its names,
    its count after them; two names parted by ``・`` under a count of two are two names."""
    for sep in ("、", "・"):
        names, headings = _read(JA_OBJECTS.format(sep=sep))
        full, part = "入国を全面的に禁止する対象に", "一部制限の対象に"
        assert names == [("乙国", full), ("丙国", full), ("丁国", full), ("戊国", part), ("己国", part)]
        assert headings == [(3, full), (2, part)]


def test_japanese_two_groups_of_examples_closed_by_nado() -> None:
    names, headings = _read(
        "甲国政府は、乙国、丙国など12カ国を全面禁止、丁国など7カ国を一部制限すると発表した。"
    )
    assert names == [("乙国", "全面禁止"), ("丙国", "全面禁止"), ("丁国", "一部制限")]
    assert headings == [(12, "全面禁止"), (7, "一部制限")]


def test_japanese_examples_of_two_groups_make_the_article_a_selection() -> None:
    """The names before each など are examples of the group its count gives: the article names examples,
    so no count check holds its twelve and seven against its three names."""
    doc = text_document(
        "通訊社報導。\n\n甲国政府は12日、乙国、丙国など12カ国を全面禁止し、丁国など7カ国を一部制限する。\n",
        "t",
    )
    res = parse_document(doc)
    assert [m.label for m in res.mentions if m.kind is Kind.LIST] == ["乙国", "丙国", "丁国"]
    assert res.article.selection


@pytest.mark.parametrize(
    "text",
    [
        # no measure files the names: a visit and talks
        "甲国首相は、乙国、丙国など12カ国を訪問、丁国など7カ国と会談した。",
        # one group of examples only
        "甲国政府は、乙国、丙国など12カ国を全面禁止すると発表した。",
        # the second clause's names are no names alone (a lead-in between)
        "甲国政府は、乙国、丙国など12カ国を全面禁止、また来月からは丁国など7カ国を一部制限する。",
    ],
)
def test_japanese_clauses_of_examples_that_are_no_two_groups_stay_unread(text: str) -> None:
    assert _read(text) == ([], [])


def test_japanese_examples_more_than_their_count_are_no_groups_of_examples() -> None:
    text = "甲国政府は、乙国、丙国、丁国など2カ国を全面禁止、戊国など7カ国を一部制限すると発表した。"
    assert ja_example_groups(text, 0, len(text)) == []
    assert len(ja_example_groups(text.replace("など2カ国", "など5カ国"), 0, len(text))) == 2
