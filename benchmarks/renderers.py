"""How each renderer's CPU seconds grow with the outlets, against how much it has to write.

    .venv/bin/python benchmarks/renderers.py [SIZE ...] [--repeat 5] [--calls] [--instructions] [--keep DIR]

SIZE is OUTLETSxENTITIES (default 200x66 1000x66). Each size's story is written by
``benchmarks/generate.py`` (fixed seed), reconciled once and its reconciliation pickled. Then, ``--repeat``
rounds, a fresh process per size (sizes alternated, so that a busy spell of a shared machine slows both)
unpickles it and renders every format in the command's order with the collector held as the command
holds it (``pipeline.cli_run.render_all``), each format timed by ``time.process_time``; the least seconds of
the rounds are kept. Each format's views shared with the others are computed by the first format that
asks for them (report.md), as in the command.

Printed per format and size: CPU seconds, bytes written; and between each two consecutive sizes of the
same entities, the growth exponents (log(b/a) / log(outlets_b/outlets_a)) of the CPU seconds and of the
bytes. A renderer whose seconds grow like its output does the same work per byte at both sizes: an
exponent above 1 there comes from the story (more entities named by two outlets at a thousand outlets,
a finding naming every outlet that lacks an item), not from the renderer. The story's own measures are
printed too: mentions, matrix cells drawn (kept entities × articles), the sources findings name, quotes.

With ``--calls`` each format is also profiled once per size (cProfile, in a fresh process, the formats in
the command's order) and the functions whose call count grows more than ``CALL_GROWTH`` times the
outlets' ratio are listed: such a function's work grows faster than the outlets, which is an algorithm to
fix unless the story's own measures (links for review, matrix cells ...) grow as fast. With
``--instructions`` each size is rendered once more under ``valgrind --tool=callgrind``, counting only
the renderers (``callgrind_control``): instructions grow with the work, whatever else runs, and not with
the caches; CPU seconds growing faster than the instructions are the memory's.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import re
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
    from reports import lookups, presence, views

    kept, _ = presence.shared_matrix(rec)
    found = views.findings(rec)
    return {
        "mentions": len(rec.mentions),
        "links for review": len(lookups.links_for_review(rec)),
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


def _callgrind(*command: str) -> None:
    """A command to the callgrind running this process (``callgrind_control``)."""
    subprocess.run(["callgrind_control", *command, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)


def child(dump: Path, out: Path, mode: str) -> None:
    """One round on one size: each format's CPU seconds and bytes, or (``--calls``) its call counts, as
    JSON. Call counts are taken in a process of their own: the renderers' caches of texts, warm after a
    timed pass, would hide calls a first pass makes. Under callgrind (``--instructions``) the count is
    switched on for the renderers only and dumped after each format."""
    counting = mode == "--instructions"
    from pipeline.cli import GC_THRESHOLDS, one_blas_thread

    one_blas_thread()
    import gc

    import pipeline.run  # noqa: F401 - the command's imports, outside the timings
    from pipeline.collector import held
    from reports import RENDERERS

    gc.set_threshold(*GC_THRESHOLDS)
    if mode == "--calls":
        out.write_text(json.dumps({"calls": _calls(dump)}), encoding="utf-8")
        return
    rec = pickle.loads(dump.read_bytes())
    seconds: dict[str, float] = {}
    size: dict[str, int] = {}
    if counting:
        _callgrind("--instr=on")
        _callgrind("--zero")
    with held():
        for fmt, render in RENDERERS.items():
            started = time.process_time()
            files = render(rec)
            seconds[fmt] = time.process_time() - started
            if counting:
                _callgrind("--dump=" + fmt)
            size[fmt] = sum(len(t.encode("utf-8")) if isinstance(t, str) else len(t) for t in files.values())
    if counting:
        _callgrind("--instr=off")
    result = {"seconds": seconds, "bytes": size, "story": story_measures(rec)}
    out.write_text(json.dumps(result), encoding="utf-8")


def _exponent(a: float, b: float, ratio: float) -> str:
    return f"{math.log(b / a) / math.log(ratio):.2f}" if a > 0 and b > 0 else ""


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    return "\n".join([*lines, *("| " + " | ".join(r) + " |" for r in rows)])


def _cell(result: dict[str, Any], fmt: str) -> str:
    cell = f"{result['seconds'][fmt]:.3f} s, {result['bytes'][fmt] / 1e6:.1f} MB"
    if fmt in result.get("instructions", {}):
        cell += f", {result['instructions'][fmt] / 1e9:.2f} G instr."
    return cell


def report(sizes: list[tuple[int, int]], results: list[dict[str, Any]]) -> str:
    formats = list(results[0]["seconds"])
    parts = [
        "CPU seconds (least of the rounds) and bytes written per format:",
        _table(
            ["outlets × entities", *formats],
            [
                [f"{o} × {e}", *(_cell(r, f) for f in formats)]
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
        for what, field in (("CPU", "seconds"), ("instructions", "instructions"), ("bytes", "bytes")):
            if field not in ra or field not in rb:
                continue
            cells = [_exponent(ra[field].get(f, 0), rb[field].get(f, 0), ratio) for f in formats]
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


def _run_child(dump: Path, out: Path, mode: str = "--time") -> dict[str, Any]:
    subprocess.run([sys.executable, __file__, "--child", str(dump), str(out), mode], check=True)
    got: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return got


DUMP_LINE = re.compile(r"^desc: Trigger: .*dump (\S+)$", re.MULTILINE)
TOTALS_LINE = re.compile(r"^totals: (\d+)$", re.MULTILINE)


def instructions(dump: Path, work: Path) -> dict[str, int]:
    """Each format's instructions (callgrind's count, which other work on the machine does not change)."""
    out = work / "callgrind"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    valgrind = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}/cg.%p"]
    cmd = [*valgrind, sys.executable, __file__, "--child", str(dump), str(work / "cg.json"), "--instructions"]
    subprocess.run(cmd, check=True, capture_output=True)
    counts: dict[str, int] = {}
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8", errors="replace")
        if (fmt := DUMP_LINE.search(text)) and (total := TOTALS_LINE.search(text)):
            counts[fmt[1]] = int(total[1])
    return counts


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        child(Path(args[1]), Path(args[2]), args[3])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=_size, metavar="SIZE", help="OUTLETSxENTITIES")
    ap.add_argument("--repeat", type=int, default=5, help="rounds; the least seconds are kept")
    ap.add_argument(
        "--calls", action="store_true", help="list functions called more often than the story grows"
    )
    ap.add_argument(
        "--instructions", action="store_true", help="also count each format's instructions under callgrind"
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
        for _ in range(max(1, opts.repeat)):
            for i, dump in enumerate(dumps):
                got = _run_child(dump, work / f"round-{i}.json")
                best = results[i]
                if not best:
                    results[i] = got
                    continue
                for fmt, s in got["seconds"].items():
                    best["seconds"][fmt] = min(best["seconds"][fmt], s)
        if opts.calls:
            for i, dump in enumerate(dumps):
                results[i].update(_run_child(dump, work / f"calls-{i}.json", "--calls"))
        if opts.instructions:
            for i, dump in enumerate(dumps):
                results[i]["instructions"] = instructions(dump, work)
    print(report(sizes, results))


if __name__ == "__main__":
    main()
