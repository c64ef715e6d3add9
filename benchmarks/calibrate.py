"""Calibrate the matcher's rejection level on held-out variation of the bundled example.

Leave one list article out: its items are scored (with the scorer ``match_lists`` uses) against
the entities formed by the *true* clusters of the other list articles (tests/expected/clusters.tsv).
For each held-out item we record the score of its true entity and the score of the best wrong one
(what the item would get if its organization were on no other list: a stray). The held-out
article is taken as printed, with its English names removed, and converted to Simplified Chinese.

    .venv/bin/python benchmarks/calibrate.py

prints the distributions (score, and margin over the next best entity), the errors of a single
cutoff, and the settings of the acceptance rule (cutoff, margin, sure score) that lose no held-out
true link while accepting the fewest simulated strays (ties: lowest sure score, highest cutoff,
highest margin), plus the scores of the hand-written partial list of
tests/matching_fixtures.py (a check, not used for choosing).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import matching_fixtures as fx  # noqa: E402

from pipeline.matching import (  # noqa: E402
    DEFAULT_MIN_MARGIN,
    DEFAULT_SCORE_CUTOFF,
    DEFAULT_SURE_SCORE,
    entity_scores,
    match_lists,
    score_against,
)

VARIATIONS = ("as printed", "no English", "Simplified")


def _vary(mentions, article: str, how: str):
    if how == "no English":
        return fx.without_english(mentions, article)
    if how == "Simplified":
        return fx.simplified(mentions, article)
    return mentions


def held_out_scores() -> dict[str, tuple[list[tuple[float, float]], list[tuple[float, float]]]]:
    base = fx.example_list_mentions()
    expected = fx.expected_rows()
    out: dict[str, tuple[list[tuple[float, float]], list[tuple[float, float]]]] = {}
    for how in VARIATIONS:
        true_s: list[tuple[float, float]] = []
        wrong_s: list[tuple[float, float]] = []
        for article in fx.LIST_ARTICLES:
            mentions = _vary(base, article, how)
            groups: dict[int, list[str]] = defaultdict(list)
            for m in mentions:
                if m.article != article:
                    groups[expected[m.key]].append(m.key)
            rows = [m.key for m in mentions if m.article == article]
            order = sorted(groups)
            scores = entity_scores(mentions, [groups[r] for r in order], rows)
            for i, key in enumerate(rows):
                col = order.index(expected[key])
                wrong = np.sort(np.delete(scores[i], col))[::-1]
                # (score, margin over the next best entity)
                true_s.append((float(scores[i, col]), float(scores[i, col] - wrong[0])))
                wrong_s.append((float(wrong[0]), float(wrong[0] - wrong[1])))
        out[how] = (true_s, wrong_s)
    return out


def _describe(values: list[float]) -> str:
    a = np.asarray(values)
    q = np.percentile(a, [0, 5, 25, 50, 75, 95, 100])
    return " ".join(
        f"{p}={v:.3f}" for p, v in zip(("min", "p5", "p25", "p50", "p75", "p95", "max"), q, strict=True)
    )


def accepted(pairs: np.ndarray, cutoff: float, margin: float, sure: float) -> np.ndarray:
    """The acceptance rule of match_lists: score >= sure, or score >= cutoff and margin >= margin."""
    return (pairs[:, 0] >= sure) | ((pairs[:, 0] >= cutoff) & (pairs[:, 1] >= margin))


def grid(true_p: np.ndarray, wrong_p: np.ndarray) -> list[tuple[int, int, float, float, float]]:
    rows = []
    for cutoff in np.arange(0.15, 0.551, 0.05):
        for margin in np.arange(0.0, 0.251, 0.05):
            for sure in np.arange(0.5, 0.951, 0.1):
                if sure < cutoff:
                    continue
                rejected = int((~accepted(true_p, cutoff, margin, sure)).sum())
                wrong = int(accepted(wrong_p, cutoff, margin, sure).sum())
                rows.append(
                    (rejected, wrong, round(float(cutoff), 2), round(float(margin), 2), round(float(sure), 2))
                )
    return rows


def choose(
    rows: list[tuple[int, int, float, float, float]], max_rejected: int
) -> tuple[int, int, float, float, float]:
    """Fewest accepted strays among settings losing at most ``max_rejected`` true links; ties: the
    lowest sure score, then the highest cutoff, then the highest margin."""
    ok = [r for r in rows if r[0] <= max_rejected]
    return min(ok, key=lambda r: (r[1], r[0], r[4], -r[2], -r[3]))


def main() -> None:
    data = held_out_scores()
    all_true: list[tuple[float, float]] = []
    all_wrong: list[tuple[float, float]] = []
    print("Leave-one-article-out over 000/001/003 (66 items each), entities = true clusters of the others")
    for how, (t, w) in data.items():
        all_true += t
        all_wrong += w
        print(f"\n[{how}] n={len(t)}")
        print(f"  true entity score       : {_describe([x[0] for x in t])}")
        print(f"  true entity margin      : {_describe([x[1] for x in t])}")
        print(f"  best wrong score        : {_describe([x[0] for x in w])}")
        print(f"  best wrong margin       : {_describe([x[1] for x in w])}")
    t, w = np.asarray(all_true), np.asarray(all_wrong)
    print(f"\n[all] n={len(t)} held-out items; a 'stray' below is the item scored without its true entity")
    print("\n  single cutoff (no margin rule): true links lost / strays accepted")
    for c in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        print(f"  {c:5.2f}  {int((t[:, 0] < c).sum()):4d}  {int((w[:, 0] >= c).sum()):4d}")
    rows = grid(t, w)
    budget = max(1, int(0.005 * len(t)))
    print(f"\n  with the margin rule, best settings losing at most k true links (k = 0..{budget}):")
    print("  lost  strays  cutoff  margin  sure")
    for k in range(0, budget + 1):
        r = choose(rows, k)
        print(f"  {r[0]:4d}  {r[1]:6d}  {r[2]:6.2f}  {r[3]:6.2f}  {r[4]:4.2f}")
    chosen = choose(rows, 0)
    print(
        f"\nchosen (no held-out true link lost, fewest strays accepted): cutoff={chosen[2]} "
        f"margin={chosen[3]} "
        f"sure={chosen[4]}"
    )
    print(
        f"in pipeline/settings.py: cutoff={DEFAULT_SCORE_CUTOFF} margin={DEFAULT_MIN_MARGIN} "
        f"sure={DEFAULT_SURE_SCORE}"
    )

    # check: the hand-written partial list with strays, against the full example matching
    base = fx.example_list_mentions()
    matching = match_lists(base)
    partial, expected = fx.partial_list()
    table = score_against(partial, matching)
    truth = fx.expected_rows()
    row_entity = {truth[k]: matching.entity_of(k) for k in truth}
    print("\nPartial list (check only): best entity score per item")
    for i, key in enumerate(table.mentions):
        best = int(np.argmax(table.scores[i]))
        want = row_entity.get(expected[key]) if expected[key] is not None else None
        true_score = table.scores[i, table.entities.index(want)] if want else float("nan")
        ranked = np.sort(table.scores[i])[::-1]
        print(
            f"  {key:6s} best={ranked[0]:.3f} margin={ranked[0] - ranked[1]:.3f} ({table.entities[best]}) "
            f"true={true_score:.3f}{'  STRAY' if want is None else ''}"
        )


if __name__ == "__main__":
    main()
