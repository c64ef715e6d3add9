"""The ``run`` command: the run's options from its arguments, the reconciliation of its inputs (fetched
first when they are URLs), the report folder it writes and the summary it prints."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pipeline.cli_parser import EXIT_FINDINGS, EXIT_OK
from pipeline.models import Reconciliation, Severity
from pipeline.output import check_replaceable, check_writable, report_lock, write_folder
from pipeline.provenance import ARCHIVE_NAME
from sources.manifest import is_url

if TYPE_CHECKING:
    from pipeline.run import RunOptions
    from sources.fetch_records import FetchSettings


def fetch_settings(args: argparse.Namespace) -> FetchSettings:
    from sources.fetch_records import FetchSettings

    return FetchSettings(timeout=args.fetch_timeout, delay=args.delay, max_bytes=args.max_bytes)


def _progress(enabled: bool, stream: TextIO) -> Callable[[Iterable[Path]], Iterable[Path]]:
    """A tqdm progress bar on stderr for long runs, silent when stderr is not a terminal."""

    def wrap(items: Iterable[Path]) -> Iterable[Path]:
        seq = list(items)
        if not enabled or len(seq) < 20 or not stream.isatty():
            return seq
        from tqdm import tqdm

        return tqdm(seq, desc="reading", unit="article", file=stream, leave=False)

    return wrap


def _options(args: argparse.Namespace) -> RunOptions:
    from pipeline.run import RunOptions

    return RunOptions(
        max_bytes=args.max_bytes,
        score_cutoff=args.score_cutoff,
        decisions=args.decisions,
        reference=args.reference,
        gazetteers=tuple(args.gazetteer),
        article_seconds=args.article_timeout,
        workers=args.jobs,
    )


def reconcile_inputs(args: argparse.Namespace) -> tuple[Reconciliation, bytes]:
    """The run's reconciliation and the archive of the pages it fetched (empty when none)."""
    from pipeline.run import reconcile

    if args.archive and not args.offline:
        check_writable(args.archive, what="--archive")
    progress = _progress(not args.no_progress, sys.stderr)
    if not (args.manifest or args.offline or any(is_url(p) for p in args.paths)):
        return _with_problems(reconcile(args.paths, options=_options(args), progress=progress), args), b""
    from pipeline import fetching

    with fetching.run_inputs(
        args.paths,
        manifest=args.manifest,
        offline=args.offline,
        archive=args.archive,
        settings=fetch_settings(args),
    ) as (paths, archive):
        rec = reconcile(paths, options=_options(args), progress=progress)
    if archive and args.archive and not args.offline:
        Path(args.archive).write_bytes(archive)
    return _with_problems(rec, args), archive


def _with_problems(rec: Reconciliation, args: argparse.Namespace) -> Reconciliation:
    """``rec``, once its input problems are on stderr (errors only with ``-q``)."""
    from reports.summary import problem_line

    for p in rec.problems:
        if not args.quiet or p.severity is Severity.ERROR:
            print(f"crosscheck: {problem_line(p)}", file=sys.stderr)
    return rec


def default_out(paths: Sequence[str]) -> Path:
    """``out/<first input's name>`` (a file's stem, a URL's page): runs on different inputs never collide."""
    if not paths:
        return Path("out") / "report"
    if is_url(paths[0]):
        from pipeline.fetching import page_stem

        return Path("out") / page_stem(paths[0])
    first = Path(paths[0])
    name = (first.stem if first.is_file() else first.resolve().name) or "report"
    return Path("out") / name


def render_all(rec: Reconciliation, formats: Sequence[str], *, workers: int = 0) -> dict[str, str]:
    """Every format's files (``pipeline.rendering``: the pages beside the data files on a large run), the
    cycle collector off from the first to the last and what they keep out of its reach after
    (``collector.held``): the command writes them and ends."""
    from pipeline.rendering import render_formats

    return render_formats(rec, formats, workers=workers)


def write_reports(
    rec: Reconciliation,
    out: Path,
    formats: Sequence[str],
    *,
    excel: bool = False,
    args: argparse.Namespace | None = None,
    archive: bytes = b"",
) -> None:
    """Write the report folder; with the command's ``args``, also run.json (what ``review`` re-runs) for a
    run on files, and for a run on URLs the WARC archive of the pages it fetched."""
    from pipeline.runrecord import RUN_FILE, run_record_text

    files: dict[str, str | bytes] = dict(
        render_all(rec, formats, workers=args.jobs if args is not None else 0)
    )
    if excel:
        from reports.csv_writer import excel_csv

        files = {
            n: excel_csv(t) if n.endswith(".csv") and isinstance(t, str) else t for n, t in files.items()
        }
    if args is not None and not archive:  # a run on URLs is replayed from its archive, not re-read by review
        files[RUN_FILE] = run_record_text(args.paths, _options(args), formats, excel=excel)
    if archive:
        files[ARCHIVE_NAME] = archive
    write_folder(out, files)


def _print_summary(rec: Reconciliation, out: Path | None, args: argparse.Namespace) -> None:
    from reports.summary import summary_data, summary_json, summary_text

    data = summary_data(rec, out)
    if getattr(args, "json", False):
        print(summary_json(data))
    elif not args.quiet:
        print(summary_text(data))
    if args.verbose and not getattr(args, "json", False):
        from reports.views import finding_views

        for f in finding_views(rec):
            print(f"  {f.severity.value.upper()} {f.kind} [{', '.join(f.outlets)}]: {f.message}")


def cmd_run(args: argparse.Namespace) -> int:
    from reports import FORMATS

    out = Path(args.out) if args.out else default_out(args.paths or [args.manifest or "report"])
    with report_lock(out):
        check_replaceable(out, inputs=args.paths)
        rec, archive = reconcile_inputs(args)
        write_reports(rec, out, args.format or FORMATS, excel=args.excel, args=args, archive=archive)
    _print_summary(rec, out, args)
    if args.fail_on != "never":
        level = Severity(args.fail_on).rank
        if any(d.severity.rank >= level for d in rec.discrepancies):
            return EXIT_FINDINGS
    return EXIT_OK
