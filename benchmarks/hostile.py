"""Time to read one hostile article (parse and prose scan, no time budget) at the trial's sizes.

    .venv/bin/python benchmarks/hostile.py [SHAPE ...]

Each shape is written to a temporary file and read by ``pipeline.workers.parse_one`` with no time
budget, so the figure is the scanning cost itself; the problems reported for the article are shown.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.workers import parse_one


def _table(rows: int) -> str:
    body = "".join(f"<tr><td>{i}</td><td>國際組織{i}</td><td>x</td></tr>" for i in range(rows))
    return f"<html><body><table>{body}</table></body></html>"


SHAPES: dict[str, tuple[Callable[[], str], str]] = {
    "a-200KB": (lambda: "a" * 200_000, ".txt"),
    "a-400KB": (lambda: "a" * 400_000, ".txt"),
    "a-800KB": (lambda: "a" * 800_000, ".txt"),
    "cjk-5MB": (lambda: ("美國宣布退出國際組織並且削減經費支持" * 100_000)[:1_660_000], ".txt"),
    "ascii-words-5MB": (lambda: "the quick brown Fund and Commission of " * 128_000, ".txt"),
    "digits-1M": (lambda: "共" + "1" * 1_000_000 + "個", ".txt"),
    "dots-1.1.1": (lambda: "1." * 1_000_000, ".txt"),
    "suffix-800k": (lambda: "組織" * 800_000, ".txt"),
    "acronyms-100k": (lambda: "ABC " * 100_000, ".txt"),
    "parens-100k": (lambda: "（" * 100_000, ".txt"),
    "bullets-100k": (lambda: "● 某某組織\n" * 100_000, ".txt"),
    "table-34k-rows": (lambda: _table(34_000), ".html"),
}


def main(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or list(SHAPES):
            make, suffix = SHAPES[name]
            path = Path(tmp) / f"{name}{suffix}"
            path.write_text("date 2026-01-08\n" + make() + "\n", encoding="utf-8")
            started = time.perf_counter()
            parsed = parse_one(path, max_bytes=6_000_000, seconds=0)
            elapsed = time.perf_counter() - started
            codes = sorted({p.code for p in parsed.result.problems})
            size = path.stat().st_size / 1e6
            print(f"| {name} | {size:.2f} | {elapsed:.2f} | {', '.join(codes)} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
