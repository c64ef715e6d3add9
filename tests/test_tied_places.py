"""A count of a ranking's places (``前三名``, ``top three places``, ``上位3位``) over a list longer than it,
whose names share places (``2. Carpathia, Dorvia, Elbonia (192)``): no count of the items, bound to
nothing, so no check reads eleven names under "three" as a list too long. A list of as many names as
places, or a count of the items themselves (``前6名企業``), keeps its count. Made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_fixtures import text_document

from pipeline.lang.count_lines import places_count
from sources.registry import parse_document, parse_path

HTML = Path(__file__).parent / "fixtures" / "html_layouts"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("護照指數前三名", 3),
        ("前3位如下：", 3),
        ("上位3位は次の通り", 3),
        ("These are the countries in the top three places:", 3),
        ("the top 3 spots", 3),
        ("前三名共11國如下表。", 3),
    ],
)
def test_a_count_of_places(text: str, places: int) -> None:
    assert places_count(text) == places


@pytest.mark.parametrize(
    "text", ["前6名企業如下：", "上位3カ国", "前10大企業", "the top 10 rates are", "3名官員"]
)
def test_a_count_of_the_items_is_no_count_of_places(text: str) -> None:
    assert places_count(text) is None


LEAD = "甲刊公布護照指數\n\n甲刊昨日公布最新護照指數，前三名如下：\n\n"


def _stated(text: str) -> tuple[list[int | None], int]:
    res = parse_document(text_document(text))
    return [h.stated for h in res.headings], len(res.mentions)


def test_three_places_over_eleven_tied_names_bind_nothing() -> None:
    text = LEAD + (
        "1. Aland, Borduria (193)\n2. Carpathia, Dorvia, Elbonia (192)\n"
        "3. Freedonia, Genovia, Hyboria, Illyria, Jotunheim, Krakozhia (191)\n"
    )
    assert _stated(text) == ([None], 11)


def test_three_places_over_three_names_keep_their_count() -> None:
    text = LEAD + "1. Aland (193)\n2. Borduria (192)\n3. Carpathia (191)\n"
    assert _stated(text) == ([3], 3)


@pytest.mark.parametrize("page", ["tw_table_figure_rowspan_rank.html", "en_ol_linked_names.html"])
def test_the_ranking_pages_of_tied_places_state_no_count_of_their_eleven(page: str) -> None:
    # a caption "…前三名" over a table of 11 countries in three places; "the top three places:" over an
    # ordered list of three items naming 11 countries
    res = parse_path(HTML / page)
    assert len(res.mentions) == 11
    assert [h.stated for h in res.headings] == [None]
