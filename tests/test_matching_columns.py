"""Scores by distinct spelling (``pipeline.matching.columns``) against the scorer's own matrices, RapidFuzz
style: the kept columns must give the very numbers of ``candidates._scores``, and ``match_lists`` the
same links with and without them."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_fixtures import _mention, example_list_mentions, partial_list, simplified, without_english
from pypinyin import lazy_pinyin

from pipeline.knowledge import Knowledge
from pipeline.matching import lists, match_lists
from pipeline.matching.bags import _merge
from pipeline.matching.candidates import _scores
from pipeline.matching.columns import Columns
from pipeline.models import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import matching_stories  # noqa: E402
import matching_synthetic  # noqa: E402
from matching_fixtures import prepared_run  # noqa: E402

STORIES = Path(__file__).resolve().parent / "expected" / "stories"


_run = prepared_run


def _random_entities(run, rnd: random.Random, count: int) -> list[list[int]]:
    """Entities of 1 to 4 random mentions each: unions of bags, as the assignment builds them."""
    n = len(run.mentions)
    return [rnd.sample(range(n), rnd.randint(1, min(4, n))) for _ in range(count)]


def _same_scores(run, rnd: random.Random, *, budget: int = 1 << 24) -> None:
    columns = Columns(run, budget=budget)
    for _ in range(3):
        rows = rnd.sample(range(len(run.mentions)), min(12, len(run.mentions)))
        bags = [_merge(run.bags[i] for i in e) for e in _random_entities(run, rnd, 15)]
        expected, _sig = _scores(run, rows, bags, lambda _j: None)
        got = columns.matrix(rows, bags)
        assert got.dtype == expected.dtype
        np.testing.assert_array_equal(got, expected)
        zh, en, acr = _sig
        expected_signals = [(float(zh[a, a]), float(en[a, a]), float(acr[a, a])) for a in range(len(rows))]
        assert columns.signals_of(rows, bags[: len(rows)]) == expected_signals


def test_columns_give_the_scorers_numbers_on_the_example_lists() -> None:
    # Chinese and English names, acronyms, a partial list, Simplified script, lists without English
    partial, _truth = partial_list()
    mentions = without_english(simplified(example_list_mentions(), "003") + partial, "001")
    run = _run(mentions, Knowledge.standard())
    _same_scores(run, random.Random(1))
    _same_scores(run, random.Random(2), budget=1)  # a table that holds one alignment's columns at most


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir()))
def test_columns_give_the_scorers_numbers_on_the_stories(story: str) -> None:
    # countries with gazetteer codes, people in katakana (their sound against English names)
    mentions, _truth = matching_stories.story_mentions(STORIES / story)
    _same_scores(_run(mentions, Knowledge.standard()), random.Random(3))


def _both(mentions: list[Mention], monkeypatch: pytest.MonkeyPatch, **kwargs: object):
    monkeypatch.setattr(lists, "REPEATS", 0)  # by spelling however seldom the spellings repeat
    by_spelling = match_lists(mentions, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(lists, "BY_SPELLING", False)
    scored = match_lists(mentions, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(lists, "BY_SPELLING", True)
    return by_spelling, scored


def test_the_same_links_on_the_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    for story in sorted(STORIES.iterdir()):
        mentions, _truth = matching_stories.story_mentions(story)
        by_spelling, scored = _both(mentions, monkeypatch, knowledge=Knowledge.standard())
        assert by_spelling == scored  # the same entities, links, levels, scores and reasons
        assert len(by_spelling.entities) > 1


def test_spellings_that_seldom_repeat_are_scored_per_alignment() -> None:
    mentions, _truth = matching_synthetic.synthetic(10)  # noisy copies: most spellings printed once
    run = _run(mentions, Knowledge.standard())
    assert Columns(run).n * lists.REPEATS > len(run.mentions)
    generated = matching_synthetic.synthetic_long(8, 30, seed=1)[0]
    copies = [replace(m, article=f"{m.article}-{c}") for m in generated for c in range(3)]
    run = _run(copies, Knowledge(gazetteer=None))  # every spelling printed three times at least
    assert Columns(run).n * lists.REPEATS <= len(run.mentions)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_same_links_on_synthetic_lists(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    mentions, _truth = matching_synthetic.synthetic_long(8, 30, seed=seed)
    by_spelling, scored = _both(mentions, monkeypatch, knowledge=Knowledge(gazetteer=None))
    assert by_spelling == scored
    assert len(by_spelling.entities) >= 30


_SYLLABLES = "安巴邦北贝本比卡坎康拉兰朗马曼梅纳南尼"
_NAME = st.text(alphabet=_SYLLABLES, min_size=2, max_size=4)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_NAME, min_size=1, max_size=6, unique=True), min_size=2, max_size=5), st.randoms())
def test_random_lists(lists_: list[list[str]], rnd: random.Random) -> None:
    # short names from a few syllables, often the same spelling in several lists: many ties
    mentions = [
        _mention(f"a{a}", p, None, name, rnd.choice(["", "".join(lazy_pinyin(name)).title()]))
        for a, names in enumerate(lists_)
        for p, name in enumerate(names, start=1)
    ]
    repeats = lists.REPEATS
    lists.REPEATS = 0  # by spelling however seldom the spellings repeat
    try:
        by_spelling = match_lists(mentions)
        lists.BY_SPELLING = False
        scored = match_lists(mentions)
    finally:
        lists.BY_SPELLING, lists.REPEATS = True, repeats
    assert by_spelling == scored
