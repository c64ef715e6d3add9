"""Time and memory of ``match_lists`` on the bundled example and on a larger synthetic input.

    .venv/bin/python benchmarks/bench_matching.py [--articles 40] [--repeat 3]

The synthetic input is the example's three lists copied into ``--articles`` articles with seeded
noise (fixed seed: deterministic): items dropped (partial lists), English or Chinese names removed,
Simplified conversion, a character of the Chinese name dropped, word order of the English shuffled,
and a few strays per article. Figures: wall time (best of ``--repeat``) and peak traced memory.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import matching_fixtures as fx  # noqa: E402

from pipeline.matching import match_lists  # noqa: E402
from pipeline.models import Mention  # noqa: E402
from pipeline.normalize import to_simplified  # noqa: E402

SEED = 20260108


def _noisy(m: Mention, article: str, position: int, rnd: random.Random) -> Mention:
    zh, en = m.name_zh, m.name_en
    r = rnd.random()
    if r < 0.15:
        en = ""
    elif r < 0.25 and en:
        zh = ""
    if zh and rnd.random() < 0.5:
        zh = to_simplified(zh)
    if zh and len(zh) > 4 and rnd.random() < 0.3:
        cut = rnd.randrange(len(zh))
        zh = zh[:cut] + zh[cut + 1 :]
    if en and rnd.random() < 0.2:
        words = en.split()
        rnd.shuffle(words)
        en = " ".join(words)
    return replace(m, article=article, position=position, name_zh=zh, name_en=en, aliases=())


def synthetic(n_articles: int, seed: int = SEED) -> tuple[list[Mention], dict[str, str]]:
    """Noisy copies of the example lists plus strays, and the true cluster of every mention."""
    rnd = random.Random(seed)
    pool = fx.example_list_mentions()
    rows = fx.expected_rows()
    truth: dict[str, str] = {}
    out: list[Mention] = []
    for a in range(n_articles):
        article = f"s{a:03d}"
        source = [m for m in pool if m.article == fx.LIST_ARTICLES[a % 3]]
        keep = source if a % 4 == 0 else rnd.sample(source, rnd.randint(15, len(source)))
        items = [_noisy(m, article, i + 1, rnd) for i, m in enumerate(keep)]
        truth.update({n.key: f"row{rows[m.key]}" for n, m in zip(items, keep, strict=True)})
        for _ in range(rnd.randint(0, 3)):  # strays: random names, on no list
            zh = "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(4, 10)))
            en = " ".join(
                "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9))).title()
                for _ in range(rnd.randint(2, 5))
            )
            items.append(fx._mention(article, len(items) + 1, None, zh, en, ""))
            truth[items[-1].key] = f"stray {items[-1].key}"
        out += items
    return out, truth


def pairwise(mentions: list[Mention], truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of match_lists against ``truth`` (counted per true cluster)."""
    got = {k: e.id for e in match_lists(mentions).entities for k in e.mentions}
    by_pair: Counter[tuple[str, str]] = Counter((got[k], truth[k]) for k in truth)
    same_both = sum(c * (c - 1) // 2 for c in by_pair.values())
    same_got = sum(c * (c - 1) // 2 for c in Counter(got[k] for k in truth).values())
    same_true = sum(c * (c - 1) // 2 for c in Counter(truth.values()).values())
    return same_both / max(same_got, 1), same_both / max(same_true, 1)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
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
