"""More article pages in the shapes real outlets give them (``tests/fixtures/page_shapes_more/``, see its
README): a "continue reading" mark and an ad between one-name paragraphs, pictures and a related box
between value lines, ``<br>`` lines of a name and its post in brackets under an ``<hgroup>`` with a
section-named related box, key points in a ``<blockquote>`` over ``<h3>`` groups of inline names, a text
table in ``<br>`` lines parted by ideographic spaces, a date printed in split ``<span>``s, a table whose
header row is bold ``<td>`` cells, bold group lines over one-name paragraphs, a table's ``<tfoot>`` note,
``◇`` group lines over inline names, names with ``<ruby>`` readings, two groups in two sentences with a
correction note, a most-read list above the headline's body and a table whose headers carry the unit, and
summary bullets over a ``<ul>`` of names and posts. Each page gives exactly its list (names in order,
groups, values, posts), its stated counts, and its outlet and date; the expected files were written by
reading the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.page_fixtures import PageFolder

PAGES = PageFolder(Path(__file__).resolve().parent / "fixtures" / "page_shapes_more")
RUBY_POST = (
    "a Japanese name and a post holding katakana parted by one ideographic space, which a page's text"
    " renders as a plain space (夏宝竜 国務院香港マカオ事務弁公室主任), are read as two items; the same line"
    " in a text file, the ideographic space kept, is read whole"
)
GAPS: dict[str, str] = {"ja_kids_paper_ruby_readings_ul": RUBY_POST}
TITLE_GAPS: dict[str, str] = {
    **GAPS,
    "en_asian_paper_ul_name_post_trust_chip": (
        "`director of the Liaison Office` is read as a title `director` and an organization `Liaison"
        " Office`, while `director of the Hong Kong and Macau Affairs Office` (an `and` in the office's"
        " name) stays one title: the posts of one list are split two ways"
    ),
}
DATE_GAPS: dict[str, str] = {}


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


@pytest.mark.parametrize("page", PAGES.params(DATE_GAPS))
def test_a_page_is_dated_and_named_by_its_metadata(page: str) -> None:
    PAGES.assert_metadata(page)


def test_no_words_of_the_chrome_reach_the_list() -> None:
    """Continue-reading marks, related headlines, key points, captions, notes and corrections: none of
    their words is an item's name on any page."""
    chrome = {"請繼續往下閱讀", "林鄭：制裁嚇不倒特區政府", "禁令6月9日生效", "Assets in the US frozen"}
    for page in PAGES.pages:
        assert not chrome & {m.label for m in PAGES.mentions(page)}, page
