"""How real outlets print a list inside an article page (``tests/fixtures/page_shapes/``, see its README):
pages in our own words whose list is a table with a group cell spanning rows under two header rows, a
table an ad splits in two, a ``<figure><table>`` whose ``<caption>`` counts the list, a ``<dl>`` of names
and posts (either way round), cards of a name in ``<h3>`` and a post in ``<p>``, an ``<ol start="11">``
going on after an ad, ``<p><strong>name</strong>，post</p>`` lines, ``①…<br>②…`` in one paragraph, a
Japanese table with ``順位`` and a ``<th>`` per row, an AMP page with ``<amp-ad>`` between items, an
infographic whose ``alt`` repeats the list, and a table whose first column is a flag picture. Each page
gives exactly its list (names in order, groups, values, posts), its stated counts, and its outlet and
date; the expected files were written by reading the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind, Mention
from sources.reader import read_document
from sources.registry import parse_path
from tests.page_fixtures import PageFolder

PAGES = PageFolder(Path(__file__).resolve().parent / "fixtures" / "page_shapes")
GAPS: dict[str, str] = {}
TITLE_GAPS: dict[str, str] = {**GAPS}


def test_the_folder_holds_a_page_for_every_expected_file_and_twelve_or_more() -> None:
    PAGES.assert_complete()


@pytest.mark.parametrize("page", PAGES.params(GAPS))
def test_a_page_gives_its_list_whole_with_groups_and_values(page: str) -> None:
    PAGES.assert_list(page)


@pytest.mark.parametrize("page", PAGES.params(TITLE_GAPS))
def test_a_page_gives_each_person_the_post_it_prints(page: str) -> None:
    PAGES.assert_posts(page)


@pytest.mark.parametrize("page", PAGES.pages)
def test_a_page_states_its_lists_counts_and_no_other(page: str) -> None:
    PAGES.assert_counts(page)


@pytest.mark.parametrize("page", PAGES.pages)
def test_a_page_is_dated_and_named_by_its_metadata(page: str) -> None:
    PAGES.assert_metadata(page)


def test_an_infographics_alt_text_is_not_read_as_a_second_copy_of_the_list() -> None:
    """``<img alt="…全面禁止入境7國：布吉納法索、…">`` above the same names in the text: read once."""
    doc, _ = read_document(PAGES.folder / "tw_infographic_alt_repeats_list.html")
    assert doc.text.count("布吉納法索") == 1
    assert len(PAGES.mentions("tw_infographic_alt_repeats_list")) == 22


def test_a_flag_pictures_alt_text_is_no_name() -> None:
    doc, _ = read_document(PAGES.folder / "en_table_flag_image_column.html")
    assert "Japan flag" not in doc.text


def test_a_table_split_by_an_ad_is_one_list_under_one_group() -> None:
    """Seven rows, an ad ``<div>``, the same header row again over seven more: one list of fourteen."""
    got = PAGES.mentions("hk_table_split_by_ad")
    assert len(got) == 14
    assert len({m.group for m in got}) == 1


def _variant(tmp_path: Path, page: str, old: str, new: str) -> list[Mention]:
    html = PAGES.path(page).read_text(encoding="utf-8")
    assert old in html
    path = tmp_path / f"{page}.html"
    path.write_text(html.replace(old, new, 1), encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


def test_a_table_split_by_an_ad_without_its_header_again_is_one_list(tmp_path: Path) -> None:
    """The second part of the table prints no header row of its own: its rows still go on with the first."""
    header = (
        '<div class="ad-label">廣告</div><script>window.ads=window.ads||[];ads.push("mid");</script></div>\n'
    )
    got = _variant(
        tmp_path,
        "hk_table_split_by_ad",
        header + '<table class="tbl">\n<tr><th>國家</th><th>關稅稅率</th></tr>',
        header + '<table class="tbl">',
    )
    assert [m.label for m in got][6:9] == ["波黑", "印尼", "孟加拉"]
    assert len({m.group for m in got}) == 1


def test_two_tables_each_captioned_stay_two_groups(tmp_path: Path) -> None:
    """Two tables one after the other with the same header row, each with its own ``<caption>``: two
    groups, not one table cut by an ad."""
    got = _variant(
        tmp_path,
        "hk_table_split_by_ad",
        '<table class="tbl">\n<tr><th>國家</th><th>關稅稅率</th></tr>\n<tr><td>印尼',
        '<table class="tbl"><caption>第二批</caption>\n<tr><th>國家</th><th>關稅稅率</th></tr>\n<tr><td>印尼',
    )
    assert len(got) == 14
    assert len({m.group for m in got}) == 2


def test_cards_name_in_h3_are_items_not_headings() -> None:
    """``<div class=card><h3>name</h3><p>post</p></div>`` ten times: each ``<h3>`` is an item's name, not a
    heading, even when the post holds commas (``Minister of Economy, Trade and Industry``)."""
    got = PAGES.mentions("en_cards_h3_name_p_title")
    assert len(got) == 10
    assert not {h.label for h in PAGES.read("en_cards_h3_name_p_title").headings} & {m.label for m in got}


def test_a_definition_list_of_posts_each_over_its_holder_gives_the_holders() -> None:
    """``<dl><dt>官房長官</dt><dd>木原稔</dd>…</dl>``: the terms are posts, so the names are the
    descriptions and each term the post of the name under it."""
    got = PAGES.mentions("ja_dl_post_dt_name_dd")
    assert [m.label for m in got][:2] == ["木原稔", "林芳正"]
    assert [a.text for a in got[0].attributes] == ["官房長官"]


def test_the_second_part_of_a_table_an_ad_splits_takes_the_first_parts_column_labels() -> None:
    """``tests/fixtures/layouts/page_en_table_split_by_an_ad.html``: seven rows under ``Country | Aug. 1 rate
    | April rate``, an ad, seven rows with no header row: each of the fourteen rates under its column."""
    path = PAGES.folder.parent / "layouts" / "page_en_table_split_by_an_ad.html"
    got = [m for m in parse_path(path).mentions if m.kind is Kind.LIST]
    assert len(got) == 14
    assert {tuple(v.column for v in m.values) for m in got} == {("Aug. 1 rate", "April rate")}
