"""The blocked path (candidate pairs, sparse assignment) against the brute-force matrices, RapidFuzz style:
on small inputs both must give the same links (hence the same partition)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_fixtures import _mention, example_list_mentions, partial_list, simplified, without_english
from pypinyin import lazy_pinyin

from pipeline.knowledge import Knowledge
from pipeline.matching import assign, match_lists
from pipeline.models import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import matching_synthetic  # noqa: E402


def _both(mentions: list[Mention], monkeypatch: pytest.MonkeyPatch, **kwargs: object):
    monkeypatch.setattr(assign, "DENSE_PAIRS", 0)  # every alignment blocked, however small
    blocked = match_lists(mentions, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(assign, "BLOCKED", False)
    brute = match_lists(mentions, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(assign, "BLOCKED", True)
    return blocked, brute


def _partition(matching) -> set[frozenset[str]]:
    return {frozenset(e.mentions) for e in matching.entities}


def test_the_example_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    partial, _truth = partial_list()
    inputs = without_english(simplified(example_list_mentions(), "003") + partial, "001")
    blocked, brute = _both(inputs, monkeypatch)
    assert _partition(blocked) == _partition(brute)
    assert blocked == brute  # the same links, levels, scores and reasons


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_long_synthetic_lists(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    mentions, _truth = matching_synthetic.synthetic_long(6, 40, seed=seed)
    blocked, brute = _both(mentions, monkeypatch, knowledge=Knowledge(gazetteer=None))
    assert _partition(blocked) == _partition(brute)
    assert blocked == brute


_SYLLABLES = "安巴邦北贝本比卡坎康拉兰朗马曼梅纳南尼"
_NAME = st.text(alphabet=_SYLLABLES, min_size=2, max_size=4)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_NAME, min_size=1, max_size=6, unique=True), min_size=2, max_size=4), st.randoms())
def test_random_lists(lists: list[list[str]], rnd: random.Random) -> None:
    # short names from a few syllables, with or without their pinyin: many look-alikes, many ties
    mentions = [
        _mention(f"a{a}", p, None, name, rnd.choice(["", "".join(lazy_pinyin(name)).title()]))
        for a, names in enumerate(lists)
        for p, name in enumerate(names, start=1)
    ]
    limit = assign.DENSE_PAIRS
    assign.DENSE_PAIRS = 0  # every alignment blocked, however small
    try:
        blocked = match_lists(mentions)
        assign.BLOCKED = False
        brute = match_lists(mentions)
    finally:
        assign.BLOCKED, assign.DENSE_PAIRS = True, limit
    assert _partition(blocked) == _partition(brute)
