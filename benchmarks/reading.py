"""CPU seconds of reading a story's articles: in one process, and through the pool as ``reconcile`` reads.

    .venv/bin/python benchmarks/generate.py STORY --outlets 1000 --entities 66
    .venv/bin/python benchmarks/reading.py STORY [--repeat 2]

Reading is ``pipeline.workers.parse_one`` on every article (read, parsed, its prose scanned). In one
process: CPU seconds (``time.process_time``) and CPU milliseconds per article. Through the pool
(``parse_all`` with one worker per core): wall seconds, the parent's CPU seconds (collecting and
rebuilding the results) and the workers' (``RUSAGE_CHILDREN``), measured first, before this process
has read anything its workers would inherit (each keeps its own item caches). The load average is printed
beside the figures: on a shared machine CPU seconds vary by a fifth from run to run, wall seconds by more.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.run import collect_inputs  # noqa: E402
from pipeline.workers import parse_all, parse_one  # noqa: E402

MAX_BYTES = 5_000_000


def one_process(files: list[Path]) -> float:
    started = time.process_time()
    for path in files:
        parse_one(path, max_bytes=MAX_BYTES, seconds=0)
    return time.process_time() - started


def pooled(files: list[Path]) -> tuple[float, float, float]:
    """(wall seconds, parent CPU seconds, workers' CPU seconds) of one ``parse_all``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, cpu = time.perf_counter(), time.process_time()
    parse_all(files, max_bytes=MAX_BYTES)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, workers


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("story", help="a folder of articles (generate.py writes one)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement")
    args = parser.parse_args()
    files, _ = collect_inputs([args.story])
    for _ in range(args.repeat):  # first: the workers start from a parent that has read nothing yet
        load = os.getloadavg()[0]
        wall, parent, workers = pooled(files)
        print(
            f"pool: {wall:.2f} s wall, parent {parent:.2f} CPU s, workers {workers:.2f} CPU s "
            f"(load {load:.1f})"
        )
    for _ in range(args.repeat):
        load = os.getloadavg()[0]
        cpu = one_process(files)
        print(
            f"one process: {len(files)} articles, {cpu:.2f} CPU s, {1000 * cpu / len(files):.2f} CPU ms "
            f"an article (load {load:.1f})"
        )


if __name__ == "__main__":
    main()
