"""Speed, memory and pairwise accuracy at scale: crosscheck end to end beside two record-linkage peers.

    .venv/bin/python benchmarks/scale.py [SIZE ...] [--systems crosscheck,splink,recordlinkage] [--repeat N]

SIZE is OUTLETSxENTITIES (default: 200x66 1000x66 20x250 20x500 20x1000 20x2000). For each size a
story is written by ``benchmarks/generate.py`` (fixed seed) and each system runs in its own
subprocess, so that its peak memory (max RSS of the process and of the processes it started) is
its own, and its CPU seconds (user and system, of the process, its threads and the processes it waited for,
from its start: imports included):

- crosscheck: ``reconcile`` on the story folder, every report format rendered and the report folder
  written, as ``crosscheck run`` does (its garbage collector's thresholds, BLAS threads and compiled
  patterns too);
  per-stage wall and CPU seconds from ``reconcile(timings=..., cpu_timings=...)`` (CPU: this process's
  and its children's, ``pipeline.timing``);
- Splink (DuckDB backend) and recordlinkage, given the items as extracted perfectly
  (``mentions.csv``, with the names folded to Simplified script by OpenCC as their only
  preparation). Splink: Jaro-Winkler levels on the Chinese and the English name, blocked on the
  first and on the last two characters and on the English name; the prior from exact Chinese
  names, u by random sampling, m by EM (blocked on the first, then the last two characters);
  clustered at match probability 0.5. recordlinkage: sorted neighbourhood on the Chinese name,
  Jaro-Winkler on both names, a pair is a match when either name scores at least 0.9, clusters are
  connected components. The peers run under ``--peer-python`` (default ``.venv-peers/bin/python``
  when it exists, else this interpreter): recordlinkage needs pandas < 3, so they get an environment
  of their own (``python3 -m venv .venv-peers && .venv-peers/bin/pip install -e '.[peers]'``). A peer
  that is not installed there is skipped with a message.

Accuracy is pairwise, against ``truth.json``: over the items the generator wrote, a pair of items
is predicted linked when the system puts them in one cluster (an item a system did not extract is a
cluster of its own). Prints Markdown tables: one line per system and size; crosscheck's wall and CPU
seconds per stage; and each stage's growth exponent between two sizes with the same entities
(log(t2/t1) / log(n2/n1), n the number of outlets), from the CPU seconds (which other work on a shared
machine changes far less than the wall seconds), then from the wall seconds, and the exponents of the
bytes each format writes: a renderer that does the same work per byte at both sizes has the exponent of
its output (which grows faster than the outlets when findings name every outlet that lacks an item, or
more entities are named by two outlets). With ``--repeat N`` each
system runs N times on each size and the least seconds of the run and of each stage are kept.

How far to trust an exponent: a shared machine slows a stage, it never speeds it up, so the least
seconds of N runs are the firmest figure, and the exponent is taken from them. A stage of a tenth of a
second at the smaller size moves its exponent by 0.1 for 0.03 s of noise, so with ``--repeat`` each
exponent is followed by its spread: the least and the greatest exponent between any one run at one size
and any one run at the other (``1.05 (0.92–1.19)``). A spread that reaches above the bar while the
exponent of the least seconds stays under it is noise; an exponent of the least seconds above it, with
the whole spread above it, is growth. The rendering and writing stages also record their kernel CPU
seconds (page faults of fresh and copied-on-write memory, copies into the page cache, fsync): that part
varies most with the machine's other work, and its table shows how much of a stage's growth it is.
The pages' stage (``render md+html beside``) runs in a forked child beside the data files: its CPU
seconds are the child's whole work, its wall seconds only the wait for it after the data files are done.

This module is the parent (stories, subprocesses, repeated runs as one); each system's run is in
``scale_crosscheck.py`` and ``scale_peers.py``, the accuracy and result record in ``scale_results.py``,
the tables in ``scale_report.py``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale_crosscheck import run_crosscheck  # noqa: E402
from benchmarks.scale_peers import run_recordlinkage, run_splink  # noqa: E402
from benchmarks.scale_report import report  # noqa: E402

DEFAULT_SIZES = ("200x66", "1000x66", "20x250", "20x500", "20x1000", "20x2000")
SYSTEMS = ("crosscheck", "splink", "recordlinkage")
PEER_MODULES = {"splink": "splink", "recordlinkage": "recordlinkage"}
STAGES = ("reading", "matching", "prose", "claims", "checks")
TIMED = ("stages", "cpu", "kernel")  # a run's seconds per stage: wall, CPU, and the kernel's part of the CPU
RUNNERS = {"crosscheck": run_crosscheck, "splink": run_splink, "recordlinkage": run_recordlinkage}


# --- the parent: stories, subprocesses, repeated runs as one ------------------------------------


def _size(value: str) -> tuple[int, int]:
    outlets, _, entities = value.lower().partition("x")
    try:
        return int(outlets), int(entities)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not OUTLETSxENTITIES: {value!r}") from None


PEER_VENV = ROOT / ".venv-peers" / "bin" / "python"


def _python(system: str, peer_python: str) -> str:
    return sys.executable if system not in PEER_MODULES else peer_python


def _installed(system: str, peer_python: str) -> bool:
    module = PEER_MODULES.get(system)
    if module is None:
        return True
    done = subprocess.run([peer_python, "-c", f"import {module}"], capture_output=True, check=False)
    return done.returncode == 0


def _child(system: str, story: Path, work: Path, python: str) -> dict[str, object] | str:
    """Run one system on one story in a fresh interpreter; its result, or why it failed."""
    out = work / f"{system}.json"
    cmd = [python, __file__, "--child", system, str(story), str(out)]
    before = _children_cpu()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.exists():
        return (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    result["cpu_seconds"] = _children_cpu() - before  # the whole process: imports, every thread, its workers
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _best(results: list[dict[str, object]]) -> dict[str, object]:
    """Repeated runs of one system on one story as one: the least seconds, of the run and of each stage
    taken apart (a shared machine slows a run, it never speeds it up); accuracy and mentions are the
    same in every run, the peak memory is the largest. Each run's own seconds are kept too (``runs``), for
    the spread of the growth exponents."""
    best = dict(results[0])
    best["seconds"] = min(float(r["seconds"]) for r in results)  # type: ignore[arg-type]
    best["cpu_seconds"] = min(float(r["cpu_seconds"]) for r in results)  # type: ignore[arg-type]
    best["peak_mib"] = max(float(r["peak_mib"]) for r in results)  # type: ignore[arg-type]
    for field in TIMED:
        merged: dict[str, float] = {}
        for r in results:
            for name, value in r.get(field, {}).items():  # type: ignore[attr-defined]
                merged[name] = min(merged.get(name, value), value)
        best[field] = merged
    best["runs"] = [{"seconds": r["seconds"], **{f: r.get(f, {}) for f in TIMED}} for r in results]
    return best


def _rows(
    sizes: Iterable[tuple[int, int]], systems: list[str], work: Path, peer_python: str, repeat: int = 1
) -> list[dict[str, object]]:
    from benchmarks.generate import generate

    rows: list[dict[str, object]] = []
    for outlets, entities in sizes:
        story = work / f"story-{outlets}x{entities}"
        generate(story, outlets=outlets, entities=entities)
        for system in systems:
            python = _python(system, peer_python)
            results: list[dict[str, object]] = []
            for _ in range(repeat):
                res = _child(system, story, work / f"{system}-{outlets}x{entities}", python)
                if isinstance(res, str):
                    print(f"{system} at {outlets}x{entities} failed: {res}", file=sys.stderr)
                    break
                results.append(res)
                print(f"done: {system} {outlets}x{entities} in {res['seconds']:.1f} s", file=sys.stderr)
            if results:
                rows.append({"system": system, "outlets": outlets, "entities": entities, **_best(results)})
    return rows


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        system, story, out = args[1], Path(args[2]), Path(args[3])
        out.parent.mkdir(parents=True, exist_ok=True)
        result = RUNNERS[system](story, out.parent)
        out.write_text(json.dumps(result), encoding="utf-8")
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=_size, metavar="SIZE", help="OUTLETSxENTITIES")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, among these")
    ap.add_argument("--keep", type=Path, default=None, help="write the stories and reports here (kept)")
    ap.add_argument("--json", type=Path, default=None, help="also write the measurements as JSON")
    ap.add_argument(
        "--repeat", type=int, default=1, help="run each system on each size this many times; keep the least"
    )
    ap.add_argument(
        "--peer-python",
        default=str(PEER_VENV) if PEER_VENV.exists() else sys.executable,
        help="the interpreter the peers run under (default .venv-peers/bin/python when it exists)",
    )
    opts = ap.parse_args(args)
    systems = []
    for system in (s.strip() for s in opts.systems.split(",") if s.strip()):
        if system not in SYSTEMS:
            ap.error(f"unknown system {system!r}")
        if _installed(system, opts.peer_python):
            systems.append(system)
        else:
            print(f"{system} is not installed for {opts.peer_python}; skipped", file=sys.stderr)
    sizes = opts.sizes or [_size(s) for s in DEFAULT_SIZES]
    with tempfile.TemporaryDirectory() as tmp:
        work = opts.keep or Path(tmp)
        rows = _rows(sizes, systems, work, opts.peer_python, max(1, opts.repeat))
    if opts.json:
        opts.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(report(rows))


if __name__ == "__main__":
    main()
