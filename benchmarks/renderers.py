"""How each renderer's CPU seconds grow with the outlets, against how much it has to write.

    .venv/bin/python benchmarks/renderers.py [SIZE ...] [--repeat 5] [--calls] [--keep DIR]

SIZE is OUTLETSxENTITIES (default 200x66 1000x66). Each size's story is written by
``benchmarks/generate.py`` (fixed seed), reconciled once and its reconciliation pickled. Then, ``--repeat``
rounds, a fresh process per size (sizes alternated, so that a busy spell of a shared machine slows both)
unpickles it and renders every format in the command's order with the collector held as the command
holds it (``pipeline.cli.render_all``), each format timed by ``time.process_time``; the least seconds of
the rounds are kept. Each format's views shared with the others are computed by the first format that
asks for them (report.md), as in the command.

Printed per format and size: CPU seconds, bytes written; and between each two consecutive sizes of the
same entities, the growth exponents (log(b/a) / log(outlets_b/outlets_a)) of the CPU seconds and of the
bytes. A renderer whose seconds grow like its output does the same work per byte at both sizes: an
exponent above 1 there comes from the story (more entities named by two outlets at a thousand outlets,
a finding naming every outlet that lacks an item), not from the renderer. The story's own measures are
printed too: mentions, matrix cells drawn (kept entities × articles), the sources findings name, quotes.

With ``--calls`` each format is also profiled once per size (cProfile, views computed before) and the
functions whose call count grows more than ``CALL_GROWTH`` times the outlets' ratio are listed: such a
function's work grows faster than the story, which is an algorithm to fix, not a cost of memory.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SIZES = ("200x66", "1000x66")
CALL_GROWTH = 1.1  # a function called this many times more often than the outlets grow is listed


def _size(value: str) -> tuple[int, int]:
    outlets, _, entities = value.lower().partition("x")
    return int(outlets), int(entities)


def prepare(story: Path, dump: Path, outlets: int, entities: int) -> None:
    """Write the story and pickle its reconciliation."""
    from benchmarks.generate import generate
    from pipeline.cli import GC_THRESHOLDS, one_blas_thread

    one_blas_thread()
    import gc

    from pipeline.run import reconcile

    gc.set_threshold(*GC_THRESHOLDS)
    generate(story, outlets=outlets, entities=entities)
    rec = reconcile([str(story)])
    dump.write_bytes(pickle.dumps(rec, protocol=pickle.HIGHEST_PROTOCOL))


def story_measures(rec: Any) -> dict[str, int]:
    """What the reports have to show, whatever renders it."""
    from reports import tables, views

    kept, _ = tables.shared_matrix(rec)
    found = views.findings(rec)
    return {
        "mentions": len(rec.mentions),
        "matrix cells": sum(len(cells) for _, cells in kept),
        "finding sources": sum(len(d.sources) for d in found),
        "quotes": sum(len(d.evidence) for d in found),
    }


def _calls(dump: Path) -> dict[str, dict[str, int]]:
    """Each format's call counts per function, the formats profiled one after the other in the command's
    order on a fresh reconciliation (the views and caches as the command finds them)."""
    import cProfile
    import pstats

    from reports import RENDERERS

    rec = pickle.loads(dump.read_bytes())
    counts: dict[str, dict[str, int]] = {}
    for fmt, render in RENDERERS.items():
        profile = cProfile.Profile()
        profile.runcall(render, rec)
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
        counts[fmt] = {
            f"{Path(path).name}:{line} {name}": calls
            for (path, line, name), (_, calls, *_rest) in stats.items()
            if not name.startswith(("<built-in", "<method"))  # their keys hold addresses, not comparable
        }
    return counts


def child(dump: Path, out: Path, calls: bool) -> None:
    """One round on one size: each format's CPU seconds and bytes (and call counts), as JSON."""
    from pipeline.cli import GC_THRESHOLDS, one_blas_thread

    one_blas_thread()
    import gc

    import pipeline.run  # noqa: F401 - the command's imports, outside the timings
    from pipeline.collector import held
    from reports import RENDERERS

    gc.set_threshold(*GC_THRESHOLDS)
    rec = pickle.loads(dump.read_bytes())
    seconds: dict[str, float] = {}
    size: dict[str, int] = {}
    with held():
        for fmt, render in RENDERERS.items():
            started = time.process_time()
            files = render(rec)
            seconds[fmt] = time.process_time() - started
            size[fmt] = sum(len(t.encode("utf-8")) if isinstance(t, str) else len(t) for t in files.values())
    result: dict[str, Any] = {"seconds": seconds, "bytes": size, "story": story_measures(rec)}
    if calls:
        result["calls"] = _calls(dump)
    out.write_text(json.dumps(result), encoding="utf-8")


def _exponent(a: float, b: float, ratio: float) -> str:
    return f"{math.log(b / a) / math.log(ratio):.2f}" if a > 0 and b > 0 else ""


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    return "\n".join([*lines, *("| " + " | ".join(r) + " |" for r in rows)])


def report(sizes: list[tuple[int, int]], results: list[dict[str, Any]]) -> str:
    formats = list(results[0]["seconds"])
    parts = [
        "CPU seconds (least of the rounds) and bytes written per format:",
        _table(
            ["outlets × entities", *formats],
            [
                [f"{o} × {e}", *(f"{r['seconds'][f]:.3f} s, {r['bytes'][f] / 1e6:.1f} MB" for f in formats)]
                for (o, e), r in zip(sizes, results, strict=True)
            ],
        ),
    ]
    measures = list(results[0]["story"])
    growth, story = [], []
    for (oa, ea), (ob, eb), ra, rb in zip(sizes, sizes[1:], results, results[1:], strict=False):
        if ea != eb or oa == ob:
            continue
        ratio, label = ob / oa, f"{oa}→{ob} × {ea}"
        for what, field in (("CPU", "seconds"), ("bytes", "bytes")):
            cells = [_exponent(ra[field][f], rb[field][f], ratio) for f in formats]
            growth.append([f"{label}, {what}", *cells])
        story.append([label, *(_exponent(ra["story"][m], rb["story"][m], ratio) for m in measures)])
        if "calls" in ra and "calls" in rb:
            fast = [f"Called more often than the outlets grow, {label} (× {ratio:g}):"]
            for fmt in formats:
                a, b = ra["calls"][fmt], rb["calls"][fmt]
                grown = sorted(
                    (b[k] / a[k], k) for k in a.keys() & b.keys() if b[k] > CALL_GROWTH * ratio * a[k]
                )
                fast += [f"  {fmt}: {k} {a[k]} → {b[k]} (× {g:.1f})" for g, k in reversed(grown)]
            parts.append("\n".join(fast))
    if growth:
        parts += ["Growth exponents per format:", _table(["sizes", *formats], growth)]
        parts += ["Growth exponents of the story's measures:", _table(["sizes", *measures], story)]
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        child(Path(args[1]), Path(args[2]), args[3:4] == ["--calls"])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=_size, metavar="SIZE", help="OUTLETSxENTITIES")
    ap.add_argument("--repeat", type=int, default=5, help="rounds; the least seconds are kept")
    ap.add_argument(
        "--calls", action="store_true", help="list functions called more often than the story grows"
    )
    ap.add_argument("--keep", type=Path, default=None, help="keep the stories and pickles here (reused)")
    opts = ap.parse_args(args)
    sizes = opts.sizes or [_size(s) for s in DEFAULT_SIZES]
    with tempfile.TemporaryDirectory() as tmp:
        work = opts.keep or Path(tmp)
        dumps = []
        for outlets, entities in sizes:
            dump = work / f"reconciliation-{outlets}x{entities}.pickle"
            if not dump.exists():
                work.mkdir(parents=True, exist_ok=True)
                prepare(work / f"story-{outlets}x{entities}", dump, outlets, entities)
            dumps.append(dump)
        results: list[dict[str, Any]] = [{} for _ in sizes]
        for round_ in range(max(1, opts.repeat)):
            for i, dump in enumerate(dumps):
                out = work / f"round-{i}.json"
                extra = ["--calls"] if opts.calls and round_ == 0 else []
                cmd = [sys.executable, __file__, "--child", str(dump), str(out), *extra]
                subprocess.run(cmd, check=True)
                got = json.loads(out.read_text(encoding="utf-8"))
                best = results[i]
                if not best:
                    results[i] = got
                    continue
                for fmt, s in got["seconds"].items():
                    best["seconds"][fmt] = min(best["seconds"][fmt], s)
    print(report(sizes, results))


if __name__ == "__main__":
    main()
