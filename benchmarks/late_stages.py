"""CPU seconds of the stages after matching (claims, checks, each renderer, writing) on one story.

    .venv/bin/python benchmarks/late_stages.py STORY [--repeat 3]

``reconcile`` reads and matches STORY once (its inputs to the checks are kept); then, ``--repeat``
times, the claims of every article are read again (claims, facts, people, as ``reconcile`` does), the
groups aligned and the checks run, every format rendered from the run's reconciliation and the report
folder written, each timed by ``time.process_time`` in this one process. Prints the smallest of the
repeats per stage (a shared machine slows a stage, it never speeds it up) and checks that the findings
are the run's. With ``--profile STAGE`` the last repeat of that stage is profiled (cProfile, by own time).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _inputs(story: Path) -> tuple[Any, dict[str, Any]]:
    """The run's reconciliation and what its checks were given."""
    from pipeline import run

    seen: dict[str, Any] = {}
    checks = run.checks.run_checks

    def spy(**kw: Any) -> Any:
        seen.update(kw)
        return checks(**kw)

    run.checks.run_checks = spy  # type: ignore[assignment]
    try:
        rec = run.reconcile([str(story)])
    finally:
        run.checks.run_checks = checks  # type: ignore[assignment]
    return rec, seen


def _claims(kw: dict[str, Any]) -> tuple[list[Any], tuple[Any, ...], tuple[Any, ...]]:
    from pipeline import run

    return run.read_claims(kw["articles"], kw["mentions"], kw["headings"])[:3]


def _checks(kw: dict[str, Any], read: tuple[list[Any], tuple[Any, ...], tuple[Any, ...]]) -> tuple[Any, ...]:
    from pipeline import checks, claims

    found, facts, people = read
    common = {k: kw[k] for k in ("articles", "mentions", "headings", "entities", "reference", "gazetteer")}
    groups = checks.canonical_groups(**common, claims=tuple(found))
    bound = claims.bind_groups(found, groups, kw["mentions"])
    return checks.run_checks(**common, claims=bound, facts=facts, people=people, groups=groups)


def _timed(best: dict[str, float], name: str, fn: Callable[[], Any], *, profile: bool = False) -> Any:
    """``fn()``, its CPU seconds kept in ``best`` when fewer than before (profiled when asked)."""
    profiler = cProfile.Profile()
    if profile:
        profiler.enable()
    start = time.process_time()
    out = fn()
    best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    if profile:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return out


def _round(rec: Any, kw: dict[str, Any], best: dict[str, float], profile: str) -> None:
    """Every stage after matching once, timed."""
    from pipeline.output import write_folder
    from reports import RENDERERS

    read = _timed(best, "claims", lambda: _claims(kw), profile=profile == "claims")
    found = _timed(best, "checks", lambda: _checks(kw, read), profile=profile == "checks")
    if found != rec.discrepancies:
        raise SystemExit("the checks found other findings than the run")
    fresh = dataclasses.replace(rec)  # another reconciliation: the renderers' shared views made anew
    files: dict[str, str] = {}
    for fmt, render in RENDERERS.items():
        files.update(_timed(best, fmt, lambda render=render: render(fresh), profile=profile == fmt))
    with tempfile.TemporaryDirectory() as tmp:
        write = lambda: write_folder(Path(tmp) / "report", files)  # noqa: E731
        _timed(best, "writing", write, profile=profile == "writing")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("story", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", default="", help="a stage to profile: claims, checks, md, html, ...")
    opts = ap.parse_args(argv)
    rec, kw = _inputs(opts.story)
    best: dict[str, float] = {}
    for rep in range(opts.repeat):
        _round(rec, kw, best, opts.profile if rep == opts.repeat - 1 else "")
    print(" | ".join(best), "| total")
    print(" | ".join(f"{s:.3f}" for s in best.values()), f"| {sum(best.values()):.3f}")


if __name__ == "__main__":
    main()
