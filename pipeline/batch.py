"""``crosscheck batch``: many stories, each reconciled as one task on a Dask cluster.

1. The output folder is checked before any work: it must be new, empty or a batch folder written
   before (it holds ``BATCH_MARKER``), and every story's report folder in it must be replaceable
   under the rules of ``run --out`` (new, empty or a crosscheck report folder; holding no input).
2. Each story folder becomes one task (``run_story``): read, reconcile, render and write its report
   folder ``OUT/<story name>``, as ``crosscheck run`` does. A story that fails is a result with its
   error, never an exception that stops the others.
3. The tasks run on a ``LocalCluster`` of worker processes on 127.0.0.1, or on the scheduler at
   ``--scheduler``; results are gathered in the order the stories were given.
4. ``OUT/summary.md`` and ``OUT/summary.json``: per story its articles, entities, findings by
   severity, input problems and report folder, or why it failed.

The exit code is the worst story's, as ``run`` would give it: 2 for a story that could not be
reconciled (or unusable arguments), 1 for findings at or above ``--fail-on``, else 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import CrosscheckError, UsageError
from pipeline.models import Severity
from pipeline.output import check_replaceable, report_lock, write_file, write_folder

if TYPE_CHECKING:
    from pipeline.run import RunOptions

BATCH_MARKER = ".crosscheck-batch"
SUMMARY_MD = "summary.md"
SUMMARY_JSON = "summary.json"
DEFAULT_WORKERS = 2
EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2
LEVELS = ("error", "warning", "info")


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryResult:
    """What one story's task gives back (plain data, so it crosses process boundaries as it is)."""

    story: str  # the story folder as given
    name: str  # its report folder's name inside the batch folder
    ok: bool
    articles: int = 0
    entities: int = 0
    findings: dict[str, int] = field(default_factory=dict)  # severity -> discrepancies
    problems: int = 0
    error: str = ""  # why the story could not be reconciled

    def exit_code(self, fail_on: str) -> int:
        if not self.ok:
            return EXIT_FAILED
        if fail_on == "never":
            return EXIT_OK
        level = Severity(fail_on).rank
        hit = any(n and Severity(sev).rank >= level for sev, n in self.findings.items())
        return EXIT_FINDINGS if hit else EXIT_OK


def story_names(stories: Sequence[str]) -> list[str]:
    """One report folder name per story: the folder's name, ``-2``, ``-3``… for repeats."""
    seen: Counter[str] = Counter()
    names = []
    for story in stories:
        base = Path(story).resolve().name or "story"
        seen[base] += 1
        names.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return names


def check_batch_folder(out: Path, stories: Sequence[str], names: Sequence[str]) -> None:
    """Refuse, before any work, a batch folder whose writing could lose a file crosscheck did not write."""
    problems: list[str] = []
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        problems.append(f"--out {out}: not a folder")
    elif out.is_dir() and any(out.iterdir()) and not (out / BATCH_MARKER).is_file():
        problems.append(
            f"--out {out} exists and was not written by crosscheck batch (no {BATCH_MARKER} in it): "
            "choose a new or empty folder"
        )
    for story, name in zip(stories, names, strict=True):
        try:
            check_replaceable(out / name, inputs=[story])
        except UsageError as exc:
            problems.extend(exc.problems)
    if problems:
        raise UsageError(problems)


def _failed(story: str, name: str, exc: BaseException) -> StoryResult:
    if isinstance(exc, CrosscheckError):
        message = "; ".join(str(p) for p in exc.problems)
    else:
        message = f"{exc.__class__.__name__}: {str(exc)[:300]}"
    return StoryResult(story=story, name=name, ok=False, error=message)


def run_story(story: str, out: str, name: str, options: RunOptions, formats: tuple[str, ...]) -> StoryResult:
    """One story, end to end, as ``crosscheck run STORY --out OUT/NAME`` does; never raises."""
    from pipeline.run import reconcile
    from reports import RENDERERS

    if multiprocessing.current_process().daemon:
        options = replace(options, workers=1)  # a daemonic worker cannot start reading processes
    target = Path(out) / name
    try:
        with report_lock(target):
            check_replaceable(target, inputs=[story])
            rec = reconcile([story], options=options)
            files: dict[str, str] = {}
            for fmt in formats:
                files.update(RENDERERS[fmt](rec))
            write_folder(target, files)
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one story never ends the batch
        return _failed(story, name, exc)
    by_severity = Counter(d.severity.value for d in rec.discrepancies)
    return StoryResult(
        story=story,
        name=name,
        ok=True,
        articles=len(rec.articles),
        entities=len(rec.entities),
        findings={level: by_severity.get(level, 0) for level in LEVELS},
        problems=len(rec.problems),
    )


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    import dask
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    with dask.config.set({"distributed.worker.daemon": False}):  # workers may fork reading processes
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    return Client(cluster), cluster


def run_batch(
    stories: Sequence[str],
    out: Path,
    *,
    options: RunOptions,
    formats: tuple[str, ...],
    scheduler: str | None = None,
    workers: int = DEFAULT_WORKERS,
) -> list[StoryResult]:
    """Every story as one Dask task; results in the order of ``stories``."""
    names = story_names(stories)
    check_batch_folder(out, stories, names)
    out.mkdir(parents=True, exist_ok=True)
    write_file(out / BATCH_MARKER, "written by crosscheck batch\n", what="batch marker")
    client, cluster = _client(scheduler, workers)
    try:
        futures = [
            client.submit(run_story, story, str(out), name, options, formats, key=f"story-{i}-{name}")
            for i, (story, name) in enumerate(zip(stories, names, strict=True))
        ]
        results = []
        for story, name, future in zip(stories, names, futures, strict=True):
            try:
                results.append(future.result())
            except Exception as exc:  # noqa: BLE001 - a worker that died takes only its story
                results.append(_failed(story, name, exc))
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def summary_json(results: Sequence[StoryResult]) -> str:
    stories = [{**asdict(r), "report": r.name if r.ok else None} for r in results]
    doc = {"stories": stories, "failed": sum(1 for r in results if not r.ok), "total": len(results)}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(results: Sequence[StoryResult]) -> str:
    lines = [
        "# crosscheck batch",
        "",
        f"{len(results)} stories, {sum(1 for r in results if not r.ok)} failed.",
        "",
        "| story | articles | entities | errors | warnings | info | input problems | report |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        if r.ok:
            counts = " | ".join(str(r.findings.get(level, 0)) for level in LEVELS)
            lines.append(
                f"| {_cell(r.story)} | {r.articles} | {r.entities} | {counts} | {r.problems} | {r.name}/ |"
            )
        else:
            lines.append(f"| {_cell(r.story)} | | | | | | | failed: {_cell(r.error)} |")
    return "\n".join(lines) + "\n"


def write_summary(out: Path, results: Sequence[StoryResult]) -> None:
    write_file(out / SUMMARY_MD, summary_markdown(results), what="batch summary")
    write_file(out / SUMMARY_JSON, summary_json(results), what="batch summary")


# --------------------------------------------------------------------------------- command line


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("stories", nargs="+", metavar="STORY_DIR", help="story folders (one report folder each)")
    p.add_argument("--out", required=True, metavar="DIR", help="batch folder: one report folder per story")
    p.add_argument(
        "--scheduler", default=None, metavar="ADDRESS", help="a running Dask scheduler (tcp://host:port)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        metavar="N",
        help=f"worker processes of the local cluster (default {DEFAULT_WORKERS}; not with --scheduler)",
    )


def command(args: argparse.Namespace, options: RunOptions, formats: tuple[str, ...]) -> int:
    if args.workers < 1:
        raise UsageError(f"--workers must be positive, got {args.workers}")
    out = Path(args.out)
    with report_lock(out):
        results = run_batch(
            args.stories,
            out,
            options=options,
            formats=formats,
            scheduler=args.scheduler,
            workers=args.workers,
        )
        write_summary(out, results)
    if not args.quiet:
        print(summary_markdown(results), end="")
        print(f"summary: {out / SUMMARY_MD}")
    return max((r.exit_code(args.fail_on) for r in results), default=EXIT_OK)
