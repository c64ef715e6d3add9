"""Three lists as plain text copied out of web pages and PDFs (``tests/fixtures/copied_text/``, its
README.md says what is planted where): the travel ban of June 2025 (12 + 7 countries), the tariff chart
of April 2025 (ten partners, two rates each) and the sanctions of August 2020 (eleven officials and their
posts), in Traditional Chinese (Taiwan, Hong Kong), Simplified Chinese, English and Japanese. Tables
flattened (one cell a line, cells joined by tabs, a row's cells run together by single blanks, a table
copied column by column), bullets lost, captions and credits, share buttons' words, advertisements,
related headlines, a PDF's page numbers and running heads between the items. Each article is read against
its expected file (``tests/expected/probes/copied_text/<story>/``); the shapes are tested again on made-up
names in ``tests/test_copied_page_lines.py``."""

from __future__ import annotations

import pytest

from pipeline.models import AttributeKind, Mention, Reconciliation
from tests.probe_fixtures import (
    against,
    errors,
    expected_file,
    findings,
    items,
    numbers,
    printed_name,
    probe_articles,
    story,
)

BAN, TARIFFS, SANCTIONS = "copied_text/travel_ban", "copied_text/tariffs", "copied_text/sanctions"
ARTICLES = [(s, a) for s in (BAN, TARIFFS, SANCTIONS) for a in probe_articles(s)]


def _canonical(result: Reconciliation) -> dict[str, str]:
    """Canonical group id -> ``full`` or ``partial``, named by the groups the Taiwan PDF files Afghanistan
    and Cuba under."""
    read = items(result, "01_tw_pdf")
    of = {(a, label): g.id for g in result.groups for a, label in g.members}
    full = of[("01_tw_pdf", next(m.group for m in read if m.name_zh == "阿富汗"))]
    partial = of[("01_tw_pdf", next(m.group for m in read if m.name_zh == "古巴"))]
    return {full: "full", partial: "partial"}


def _groups_read(folder: str, article: str) -> list[str]:
    result = story(folder)
    if folder != BAN:
        return [m.group for m in items(result, article)]
    of = {(a, label): g.id for g in result.groups for a, label in g.members}
    names = _canonical(result)
    return [names.get(of.get((article, m.group), ""), m.group) for m in items(result, article)]


def _post(m: Mention) -> str:
    """The post printed with a person: its body and its title, as printed (``国务院港澳办`` + ``主任``)."""
    kinds = (AttributeKind.ORGANIZATION, AttributeKind.TITLE)
    return "".join(a.text for a in sorted(m.attributes, key=lambda a: a.start) if a.kind in kinds)


def test_the_stories_have_twelve_or_more_articles_each_with_its_expected_file() -> None:
    assert len(ARTICLES) >= 12


@pytest.mark.parametrize(("folder", "article"), ARTICLES)
def test_each_article_is_read_whole_with_its_groups_values_and_posts(folder: str, article: str) -> None:
    want = expected_file(folder, article)
    read = items(story(folder), article)
    assert [printed_name(m) for m in read] == [w["name"] for w in want["items"]]
    assert _groups_read(folder, article) == [w["group"] for w in want["items"]]
    assert [numbers(m) for m in read] == [list(w.get("values", {}).values()) for w in want["items"]]
    assert [[v.column for v in m.values] for m in read] == [list(w.get("values", {})) for w in want["items"]]
    assert [_post(m) for m in read] == [w.get("title", "") for w in want["items"]]
    assert not {n for m in read for n in (m.name_zh, m.name_en)} & set(want["not_items"])
    found = next(a for a in story(folder).articles if a.id == article)
    assert (found.outlet, found.date) == (want["outlet"], want["date"])


@pytest.mark.parametrize(("folder", "article"), ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(folder: str, article: str) -> None:
    result = story(folder)
    names = _canonical(result) if folder == BAN else {}
    stated = {
        ("total" if c.kind == "total" else names.get(c.group or "", c.subject), int(c.stated))
        for c in result.claims
        if c.article == article
    }
    assert stated == {(s["group"], s["count"]) for s in expected_file(folder, article)["stated"]}


def test_the_travel_ban_groups_align_in_two_holding_every_article() -> None:
    result = story(BAN)
    assert len(result.groups) == 2
    for g in result.groups:
        assert sorted({a for a, _ in g.members}) == probe_articles(BAN)


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    assert findings(story(BAN)) == [
        ("count_conflict", ("02_hk_captions",)),
        ("group_conflict", ("03_cn_share",)),
    ]
    assert "老挝" in against(story(BAN), "03_cn_share")[0].message
    assert findings(story(TARIFFS)) == [("value_conflict", ("02_en_tabs",))]
    assert "India 27%" in against(story(TARIFFS), "02_en_tabs")[0].message
    assert errors(story(SANCTIONS)) == [("list_short", ("03_cn_captions",))]
    assert "曽国衛" in against(story(SANCTIONS), "03_cn_captions")[0].message


def test_the_english_sanctions_list_links_to_the_chinese_ones() -> None:
    """No article prints both spellings: the English list's Hong Kong names (an English given name and a
    family name in Hong Kong's romanization, ``Teresa Cheng``) link by family name to the Chinese ones
    (``pipeline/matching/family_elimination.py``), beside a namesake both lists name (鄭 twice)."""
    assert against(story(SANCTIONS), "02_en_cells") == []
