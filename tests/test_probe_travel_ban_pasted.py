"""A list of countries in two groups as plain text reaches a newsroom
(``tests/fixtures/travel_ban_pasted_2025/``, its README.md says what is planted where): the travel ban of
June 2025, twelve articles in four scripts, hard-wrapped wire copy (English, Chinese and Japanese, wrapped
mid-word), an app's paste with emoji bullets, a forwarded e-mail quoted with ``>``, Markdown, a byte-order
mark and CRLF, half-width katakana, names parted by ``／`` and ``|``. Each article is read against its
expected file (``tests/expected/probes/travel_ban_pasted_2025/``); the shapes are tested again on made-up
names in ``tests/test_pasted_text.py``."""

from __future__ import annotations

import pytest

from pipeline.models import Reconciliation, Severity
from tests.probe_fixtures import against, expected_file, findings, items, printed_name, probe_articles, story

STORY = "travel_ban_pasted_2025"
ARTICLES = probe_articles(STORY)


def _canonical(result: Reconciliation) -> dict[str, str]:
    """Canonical group id -> ``full`` or ``partial``, named by the group the Taiwan wire files Afghanistan
    and Cuba under (its groups read as printed: ``全面禁止入境的12國`` / ``部分限制入境的7國``)."""
    read = items(result, "02_tw_wire")
    of = {(a, label): g.id for g in result.groups for a, label in g.members}
    full = of[("02_tw_wire", next(m.group for m in read if m.name_zh == "阿富汗"))]
    partial = of[("02_tw_wire", next(m.group for m in read if m.name_zh == "古巴"))]
    return {full: "full", partial: "partial"}


def _groups_read(result: Reconciliation, article: str) -> list[str]:
    of = {(a, label): g.id for g in result.groups for a, label in g.members}
    names = _canonical(result)
    return [names.get(of.get((article, m.group), ""), m.group) for m in items(result, article)]


def test_the_story_has_ten_or_more_articles_each_with_its_expected_file() -> None:
    assert len(ARTICLES) >= 10


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_whole_with_its_groups(article: str) -> None:
    result = story(STORY)
    want = expected_file(STORY, article)
    read = items(result, article)
    assert [printed_name(m) for m in read] == [w["name"] for w in want["items"]]
    assert _groups_read(result, article) == [w["group"] for w in want["items"]]
    found = next(a for a in result.articles if a.id == article)
    assert (found.outlet, found.date) == (want["outlet"], want["date"])


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    result = story(STORY)
    names = _canonical(result)
    stated = {
        ("total" if c.kind == "total" else names.get(c.group or "", c.subject), int(c.stated))
        for c in result.claims
        if c.article == article
    }
    assert stated == {(s["group"], s["count"]) for s in expected_file(STORY, article)["stated"]}


def test_the_groups_align_in_two_holding_every_article() -> None:
    result = story(STORY)
    assert len(result.groups) == 2
    for g in result.groups:
        assert sorted({a for a, _ in g.members}) == ARTICLES


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("count_conflict", ("08_tw_slash",)),
        ("count_mismatch", ("04_cn_bom_crlf",)),
        ("group_conflict", ("03_hk_app",)),
        ("wrong_item", ("06_en_markdown",)),
    ]
    by_outlet = {d.sources: d for d in result.discrepancies if d.severity is Severity.ERROR}
    assert "委內瑞拉" in by_outlet[("03_hk_app",)].message
    assert "厄立特里亞" in by_outlet[("04_cn_bom_crlf",)].message
    assert "Niger" in by_outlet[("06_en_markdown",)].message
    assert "8 (08_tw_slash)" in by_outlet[("08_tw_slash",)].message
    for article in ("01_en_wire", "02_tw_wire", "05_en_newsletter", "07_ja_ruby", "09_hk_pipe", "10_ja_wire"):
        assert against(result, article) == [], article
    for article in ("11_cn_pipe_table", "12_en_wire_bullets"):
        assert against(result, article) == [], article
