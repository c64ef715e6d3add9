"""End-to-end speed and memory of `reconcile` + rendering, on the bundled example and a larger corpus.

    .venv/bin/python benchmarks/run.py [--copies N] [--repeat R]

The larger corpus is made from the bundled articles: each copy is one of the five, converted to
Simplified Chinese every other time, with its list items shuffled and a few dropped, written under
a new name, so that matching has to work for every copy. Figures are printed as a Markdown table
(wall time: best of R runs; peak Python heap from tracemalloc; max RSS of the process).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.run import reconcile  # noqa: E402
from reports import RENDERERS  # noqa: E402

EXAMPLE = ROOT / "examples" / "us-withdrawal-2026-01"
ROW = re.compile(r"^\d+[ 、]", re.M)


def make_corpus(target: Path, copies: int, *, seed: int = 7) -> list[Path]:
    import opencc

    t2s = opencc.OpenCC("t2s")
    rng = random.Random(seed)
    sources = sorted(EXAMPLE.glob("*.txt"))
    paths = []
    for i in range(copies):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        lines = text.split("\n")
        rows = [j for j, ln in enumerate(lines) if ROW.match(ln)]
        if rows:
            for j in rng.sample(rows, k=min(2, len(rows))):
                lines[j] = ""
        text = "\n".join(lines)
        if i % 2:
            text = t2s.convert(text)
        path = target / f"{i:04d}_{src.stem.split('_', 1)[1]}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _once(paths: list[Path]) -> tuple[float, float, int]:
    """(seconds in reconcile, seconds rendering every format, entities)."""
    t0 = time.perf_counter()
    rec = reconcile([str(p) for p in paths])
    t1 = time.perf_counter()
    for render in RENDERERS.values():
        render(rec)
    return t1 - t0, time.perf_counter() - t1, len(rec.entities)


def measure(paths: list[Path], repeat: int) -> tuple[float, float, float, int, int]:
    """Best-of-``repeat`` times (without tracing), then one traced run for the peak Python heap."""
    runs = [_once(paths) for _ in range(repeat)]
    best_run, best_render, entities = min(runs, key=lambda r: r[0] + r[1])
    tracemalloc.start()
    _once(paths)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return best_run, best_render, peak / 2**20, rss_kib // 1024, entities


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    columns = ["input", "articles", "reconcile (s)", "render all formats (s)", "peak heap (MiB)"]
    print("| " + " | ".join([*columns, "max RSS (MiB)", "entities"]) + " |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    example = sorted(EXAMPLE.glob("*.txt"))
    t, r, heap, rss, ents = measure(example, args.repeat)
    print(f"| bundled example | {len(example)} | {t:.2f} | {r:.2f} | {heap:.1f} | {rss} | {ents} |")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp), args.copies)
        t, r, heap, rss, ents = measure(corpus, max(1, args.repeat - 2))
        print(f"| synthetic copies | {len(corpus)} | {t:.2f} | {r:.2f} | {heap:.1f} | {rss} | {ents} |")


if __name__ == "__main__":
    main()
