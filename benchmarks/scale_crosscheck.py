"""crosscheck as ``benchmarks/scale.py`` runs it in a child process: ``reconcile`` on the story folder,
every report format rendered and the report folder written, as ``crosscheck run`` does, with the wall,
CPU and kernel CPU seconds of each stage."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale_results import load_truth, result  # noqa: E402


def _system_seconds() -> float:
    """Kernel CPU seconds of this process and of the children it waited for (page faults, copies into the
    page cache, fsync)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_stime
    return own + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime


def run_crosscheck(story: Path, work: Path) -> dict[str, object]:
    import gc

    from pipeline.charsets import share_charsets
    from pipeline.cli import GC_THRESHOLDS, one_blas_thread
    from pipeline.patterns_kept import keep_patterns, save_patterns

    one_blas_thread()  # before numpy is imported, as the command does
    share_charsets()  # and the patterns compiled as the command compiles them
    keep_patterns()
    from pipeline.models import Kind
    from pipeline.output import write_folder
    from pipeline.rendering import render_each
    from pipeline.run import reconcile
    from pipeline.timing import Laps
    from reports import FORMATS

    class SystemLaps(Laps):
        """``Laps`` that also keeps each stage's kernel CPU seconds (in ``kernel``)."""

        __slots__ = ("_last_kernel", "kernel")

        def __init__(self, timings: dict[str, float], cpu: dict[str, float]) -> None:
            super().__init__(timings, cpu)
            self.kernel: dict[str, float] = {}
            self._last_kernel = _system_seconds()

        def lap(self, name: str) -> None:
            super().lap(name)
            now = _system_seconds()
            self.kernel[name] = self.kernel.get(name, 0.0) + now - self._last_kernel
            self._last_kernel = now

    gc.set_threshold(*GC_THRESHOLDS)  # the collector as the command sets it
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    started = time.perf_counter()
    rec = reconcile([str(story)], timings=timings, cpu_timings=cpu)
    laps = SystemLaps(timings, cpu)
    files: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    # as the command renders (``pipeline.cli_run.render_all``): each format timed, the pages' wait as one
    for fmt, written in render_each(rec, FORMATS, laps=laps).items():
        files.update(written)
        names[fmt] = list(written)
    write_folder(work / "report", files)
    laps.lap("writing")
    seconds = time.perf_counter() - started
    save_patterns()
    output = {fmt: sum((work / "report" / n).stat().st_size for n in ns) for fmt, ns in names.items()}
    for stage in timings:  # the formats rendered beside as one stage: their bytes together
        if stage.startswith("render ") and stage.endswith(" beside"):
            together = stage.removeprefix("render ")
            output[together] = sum(output[f] for f in together.removesuffix(" beside").split("+"))

    truth, by_name = load_truth(story)
    entity_of_key = {key: e.id for e in rec.entities for key in e.mentions}
    predicted: dict[str, str] = {}
    for m in rec.mentions:
        if m.kind is not Kind.LIST:
            continue
        item = by_name.get((m.article, m.name_zh)) or (m.key if m.key in truth else None)
        if item is not None and m.key in entity_of_key:
            predicted[item] = entity_of_key[m.key]
    mentions = sum(1 for m in rec.mentions if m.kind is Kind.LIST)
    return result(
        truth,
        predicted,
        seconds,
        mentions=mentions,
        stages=timings,
        cpu=cpu,
        output=output,
        kernel=laps.kernel,
    )
