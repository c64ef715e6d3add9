"""What ``benchmarks/scale.py`` measures of one run: pairwise accuracy against the generator's
``truth.json`` (counted from the contingency table), the peak memory, and the result record a child
process writes."""

from __future__ import annotations

import json
import resource
from collections import Counter
from collections.abc import Mapping
from pathlib import Path


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(truth: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the pairs of truth items put in one cluster.

    ``truth`` and ``predicted`` map an item's id to its cluster; an item without a predicted
    cluster is a cluster of its own. Counted from the contingency table, never pair by pair.
    """
    cells: Counter[tuple[str, str]] = Counter()
    for item, true_cluster in truth.items():
        cells[(true_cluster, predicted.get(item, f"alone:{item}"))] += 1
    together = sum(_pairs(n) for n in cells.values())
    true_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    pred_sizes: Counter[str] = Counter()
    for (_, pred), n in cells.items():
        pred_sizes[pred] += n
    pred_pairs = sum(_pairs(n) for n in pred_sizes.values())
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_truth(story: Path) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Item id (``article#position``) -> entity, and (article, name as printed) -> item id."""
    doc = json.loads((story / "truth.json").read_text(encoding="utf-8"))
    entity_of: dict[str, str] = {}
    by_name: dict[tuple[str, str], str] = {}
    for article, items in doc["articles"].items():
        for it in items:
            key = f"{article}#{it['position']}"
            entity_of[key] = it["entity"]
            by_name[(article, it["name"])] = key
    return entity_of, by_name


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def result(
    truth: Mapping[str, str],
    predicted: Mapping[str, str],
    seconds: float,
    *,
    mentions: int,
    stages: Mapping[str, float] | None = None,
    cpu: Mapping[str, float] | None = None,
    output: Mapping[str, int] | None = None,
    kernel: Mapping[str, float] | None = None,
) -> dict[str, object]:
    precision, recall, f1 = pairwise(truth, predicted)
    return {
        "seconds": seconds,
        "peak_mib": peak_mib(),
        "mentions": mentions,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "stages": dict(stages or {}),
        "cpu": dict(cpu or {}),
        "kernel": dict(kernel or {}),
        "output": {f"render {fmt}": float(n) for fmt, n in (output or {}).items()},
    }
