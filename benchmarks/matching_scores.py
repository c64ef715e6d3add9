"""Pairwise precision, recall and F1 of a matching against the true clusters, for
``benchmarks/bench_matching.py``."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.matching import match_lists  # noqa: E402
from pipeline.models import Mention  # noqa: E402


def pairwise(mentions: list[Mention], truth: dict[str, str], **kwargs: object) -> tuple[float, float]:
    """Pairwise precision and recall of match_lists against ``truth`` (counted per true cluster)."""
    got = {k: e.id for e in match_lists(mentions, **kwargs).entities for k in e.mentions}  # type: ignore[arg-type]
    return scores(got, truth)


def scores(got: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of ``got`` (mention -> entity) on the keys of ``truth``."""
    by_pair: Counter[tuple[str, str]] = Counter((got[k], truth[k]) for k in truth)
    same_both = sum(c * (c - 1) // 2 for c in by_pair.values())
    same_got = sum(c * (c - 1) // 2 for c in Counter(got[k] for k in truth).values())
    same_true = sum(c * (c - 1) // 2 for c in Counter(truth.values()).values())
    return same_both / max(same_got, 1), same_both / max(same_true, 1)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
