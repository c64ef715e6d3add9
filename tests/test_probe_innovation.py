"""A ranking with scores told in five layouts (``tests/fixtures/innovation_2024/``, its README.md says what
is planted where): the Global Innovation Index 2024's top 10, six outlets in four languages, read against
one expected file per article (``tests/expected/probes/innovation_2024/``). Planted: a score misprinted
(the Japanese ``<ol>``), two economies' ranks swapped (the English table)."""

from __future__ import annotations

import pytest

from pipeline.lang.count_lines import top_count
from pipeline.models import Severity
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    assert_read_as_expected,
    expected_file,
    findings,
    probe_articles,
    story,
)

STORY = "innovation_2024"
ARTICLES = probe_articles(STORY)
TABLES = ("01_tw", "06_en")  # the articles whose values sit under a table's header


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    read = assert_read_as_expected(STORY, article, TABLES)
    want = expected_file(STORY, article)["items"]
    assert [{a.label: a.text for a in m.attributes} for m in read] == [w.get("attributes", {}) for w in want]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


def test_the_planted_errors_are_one_finding_each_and_nobody_else_is_accused() -> None:
    assert findings(story(STORY)) == [("value_conflict", ("05_ja",)), ("value_conflict", ("06_en",))]
    for article in ("01_tw", "02_hk", "03_cn", "04_en"):
        assert against(story(STORY), article) == []


def test_the_misprinted_score_is_one_error_naming_the_japanese_list() -> None:
    (d,) = [d for d in story(STORY).discrepancies if d.sources == ("05_ja",) and d.severity is Severity.ERROR]
    assert d.kind == "value_conflict" and "54.9" in d.message and "59.4" in d.message
    assert d.evidence[0].article == "05_ja" and "54.9" in d.evidence[0].quote


def test_the_swapped_ranks_are_one_error_quoting_both_rows_of_the_english_table() -> None:
    """The Taiwan table's rows, the Hong Kong numbered lines and the mainland page's places put Singapore
    4th and the UK 5th; the English table alone the other way round."""
    (d,) = [d for d in story(STORY).discrepancies if d.sources == ("06_en",)]
    assert (d.kind, d.severity) == ("value_conflict", Severity.ERROR)
    assert "Singapore 5" in d.message and "United Kingdom 4" in d.message and "swapped" in d.message
    assert {e.quote for e in d.evidence[:2]} == {"4 United Kingdom", "5 Singapore"}
    assert "01_tw, 02_hk, 03_cn" in d.message  # the outlets that state the places, in any layout


@pytest.mark.parametrize(
    ("text", "value"), [("甲指數十強如下：", 10), ("乙榜五强名单", 5), ("列強如下：", None)]
)
def test_the_n_strongest_count_a_ranking_as_the_n_largest_do(text: str, value: int | None) -> None:
    """``十強`` as ``十大``: the first N of a ranking; ``列強`` (the great powers) counts nothing."""
    found = top_count(text)
    assert (found.value if found is not None else None) == value
