"""Time, memory and accuracy of ``match_lists``: the bundled example, noisy copies, long synthetic lists,
and the example stories with and without the sound keys (katakana, Chinese skeletons).

    .venv/bin/python benchmarks/bench_matching.py [--articles 40] [--repeat 3]
    .venv/bin/python benchmarks/bench_matching.py --outlets 20 --entities 2000   # one long-list case
    .venv/bin/python benchmarks/bench_matching.py --long                           # the long-list table
    .venv/bin/python benchmarks/bench_matching.py --stories                        # sound keys off / on

Noisy copies: the example's three lists copied into ``--articles`` articles with seeded noise (fixed
seed: deterministic): items dropped (partial lists), English or Chinese names removed, Simplified
conversion, a character of the Chinese name dropped, word order of the English shuffled, and a few strays
per article. Figures: wall time (best of ``--repeat``) and peak traced memory.

Long lists (``synthetic_long``): ``--entities`` names made of random Chinese syllables with their
pinyin as the English name, listed by ``--outlets`` outlets; each outlet drops about 8% of them, writes
Traditional or Simplified, gives English or not, misspells a few names (one character or letter),
shuffles the order and adds about 2% strays (fixed seed; the truth is known). Each case runs in its own
process: seconds of ``match_lists``, the process's peak RSS, pairwise precision / recall / F1.

Stories: the list items of every story of ``tests/expected/stories`` (read by the parser, each item's
``ref`` in the expected file is its truth; items without a ref are left out of the pairs), matched with
no gazetteer and with the built-in one, with the sound keys off, the katakana key alone, and the katakana
key with the Chinese transliterations' skeletons (pipeline/knowledge/sound.py).

The generated inputs are in ``matching_synthetic.py``, the pairwise scores in ``matching_scores.py``,
the stories' table in ``matching_stories.py``; this module measures and prints.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import matching_fixtures as fx  # noqa: E402

from benchmarks.matching_scores import f1, pairwise, scores  # noqa: E402
from benchmarks.matching_stories import stories_table  # noqa: E402
from benchmarks.matching_synthetic import synthetic, synthetic_long  # noqa: E402
from pipeline.matching import match_lists  # noqa: E402
from pipeline.models import Mention  # noqa: E402


def measure(mentions: list[Mention], repeat: int) -> tuple[float, float, int]:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = match_lists(mentions)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    match_lists(mentions)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak / 2**20, len(result.entities)


def long_case(n_outlets: int, n_entities: int) -> dict[str, float]:
    """One long-list case, measured in this process."""
    mentions, truth = synthetic_long(n_outlets, n_entities)
    t0 = time.perf_counter()
    result = match_lists(mentions)
    seconds = time.perf_counter() - t0
    got = {k: e.id for e in result.entities for k in e.mentions}
    precision, recall = scores(got, truth)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "outlets": n_outlets,
        "entities": n_entities,
        "mentions": len(mentions),
        "found": len(result.entities),
        "true": len(set(truth.values())),
        "seconds": seconds,
        "rss_mib": rss,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
    }


LONG_CASES = ((20, 250), (20, 500), (20, 1000), (20, 2000), (200, 66), (1000, 66))


def _print_long(row: dict[str, float]) -> None:
    print(
        f"{int(row['outlets']):5d} x {int(row['entities']):<5d} {int(row['mentions']):8d} "
        f"{int(row['found']):7d} {int(row['true']):7d} {row['seconds']:8.2f} {row['rss_mib']:8.0f} "
        f"{row['precision']:9.4f} {row['recall']:7.4f} {row['f1']:7.4f}"
    )


def long_table() -> None:
    print(f"{'case':13s} {'mentions':>8s} {'found':>7s} {'true':>7s} {'seconds':>8s} {'RSS MiB':>8s}", end="")
    print(f" {'precision':>9s} {'recall':>7s} {'F1':>7s}")
    for n_outlets, n_entities in LONG_CASES:
        cmd = [sys.executable, __file__, "--outlets", str(n_outlets), "--entities", str(n_entities), "--json"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        _print_long(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--outlets", type=int, help="one long-list case: this many outlets ...")
    parser.add_argument("--entities", type=int, default=250, help="... of this many entities")
    parser.add_argument("--json", action="store_true", help="print the long-list case as JSON")
    parser.add_argument("--long", action="store_true", help="the long-list table (one process per case)")
    parser.add_argument("--stories", action="store_true", help="the stories, sound keys on and off")
    args = parser.parse_args()
    if args.outlets:
        row = long_case(args.outlets, args.entities)
        print(json.dumps(row)) if args.json else _print_long(row)
        return
    if args.long:
        long_table()
        return
    if args.stories:
        stories_table()
        return
    rows = fx.expected_rows()
    example = fx.example_list_mentions()
    noisy, truth = synthetic(args.articles)
    cases = [
        ("example 000/001/003", example, {k: f"row{r}" for k, r in rows.items()}),
        (f"synthetic {args.articles} articles", noisy, truth),
    ]
    header = f"{'input':28s} {'mentions':>8s} {'entities':>8s} {'true':>5s} {'seconds':>8s} {'peak MiB':>9s}"
    print(header + f" {'precision':>9s} {'recall':>7s}")
    for name, mentions, true_clusters in cases:
        seconds, peak, n_entities = measure(mentions, args.repeat)
        precision, recall = pairwise(mentions, true_clusters)
        print(
            f"{name:28s} {len(mentions):8d} {n_entities:8d} {len(set(true_clusters.values())):5d} "
            f"{seconds:8.3f} {peak:9.1f} {precision:9.4f} {recall:7.4f}"
        )


if __name__ == "__main__":
    main()
