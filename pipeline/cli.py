"""The ``crosscheck`` command line: its commands and the process's set-up.

The arguments, their checks and the exit codes are in ``pipeline.cli_parser``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pipeline.charsets import share_charsets
from pipeline.cli_parser import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, build_parser
from pipeline.errors import CrosscheckError, UserFileError
from pipeline.models import Reconciliation, Severity
from pipeline.output import check_replaceable, check_writable, report_lock, write_file, write_folder
from pipeline.patterns_kept import keep_patterns, save_patterns
from pipeline.provenance import ARCHIVE_NAME
from sources.manifest import is_url

if TYPE_CHECKING:
    from pipeline.run import RunOptions
    from sources.fetch import FetchSettings

# The command's process builds many small records and loads large libraries (dictionaries of names, the
# CLDR) and nearly none of it is garbage with cycles: its collector's young generation runs every 100,000
# allocations instead of 700 (as mypy's does). See ``entry``.
GC_THRESHOLDS = (100_000, 50, 100)


def _fetch_settings(args: argparse.Namespace) -> FetchSettings:
    from sources.fetch import FetchSettings

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


def _reconcile(args: argparse.Namespace) -> tuple[Reconciliation, bytes]:
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
        settings=_fetch_settings(args),
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


def _write_reports(
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
        rec, archive = _reconcile(args)
        _write_reports(rec, out, args.format or FORMATS, excel=args.excel, args=args, archive=archive)
    _print_summary(rec, out, args)
    if args.fail_on != "never":
        level = Severity(args.fail_on).rank
        if any(d.severity.rank >= level for d in rec.discrepancies):
            return EXIT_FINDINGS
    return EXIT_OK


def cmd_fetch(args: argparse.Namespace) -> int:
    from pipeline import fetching
    from reports.summary import problem_line

    into = Path(args.into)
    fetched, asked = fetching.fetch_command(
        args.urls, manifest=args.manifest, into=into, settings=_fetch_settings(args)
    )
    for p in fetched.problems:
        if not args.quiet or p.severity is Severity.ERROR:
            print(f"crosscheck: {problem_line(p)}", file=sys.stderr)
    if not args.quiet:
        print(f"fetched {len(fetched.files)} of {asked} page(s) into {into} (archive: {into / ARCHIVE_NAME})")
    if not fetched.files:
        return EXIT_USAGE
    return EXIT_FINDINGS if len(fetched.files) < asked else EXIT_OK


def cmd_sources(_: argparse.Namespace) -> int:
    from sources import outlets, registry

    doc = {
        "layouts": registry.describe(),
        "outlets": [
            {"name": o.name, "markers": list(o.markers), "hosts": list(o.hosts)} for o in outlets.OUTLETS
        ],
    }
    print(json.dumps(doc, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from reports.diff import diff_reports, render_diff_markdown
    from reports.gate import load_document

    errors = []
    docs = []
    for path in (args.old, args.new):
        try:
            docs.append(load_document(path, what="report"))
        except CrosscheckError as exc:
            errors.extend(exc.problems)
    if errors:
        raise UserFileError(errors)
    d = diff_reports(docs[0], docs[1])
    if args.json:
        print(json.dumps(d, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(render_diff_markdown(d), end="")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from reports import FORMATS, RENDERERS
    from reports.gate import (
        baseline_document,
        ci_lines,
        junit_xml,
        load_document,
        new_findings,
        outlet_names,
    )

    baseline = None if args.write_baseline else load_document(args.baseline, what="baseline")
    if args.write_baseline:
        check_writable(args.baseline, what="baseline")
    if args.junit:
        check_writable(args.junit, what="--junit")
    out = Path(args.out) if args.out else None
    if out is not None:
        with report_lock(out):
            check_replaceable(out, inputs=args.paths)
            rec, archive = _reconcile(args)
            _write_reports(rec, out, FORMATS, args=args, archive=archive)
    else:
        rec, _ = _reconcile(args)
    current = json.loads(RENDERERS["json"](rec)["report.json"])
    if args.write_baseline:
        baseline_text = json.dumps(baseline_document(current), ensure_ascii=False, indent=2, sort_keys=True)
        write_file(args.baseline, baseline_text + "\n", what="baseline")
        if not args.quiet:
            print(f"baseline written: {args.baseline} ({len(rec.discrepancies)} discrepancies accepted)")
        return EXIT_OK
    assert baseline is not None
    findings = new_findings(
        baseline, current, fail_on=Severity(args.fail_on), fail_on_input=args.fail_on_input_problems
    )
    for line in ci_lines(findings, names=outlet_names(current)):
        print(line)
    if args.junit:
        write_file(args.junit, junit_xml(findings, suite="crosscheck"), what="--junit")
    if not args.quiet:
        levels = args.fail_on + (
            f", input problems at or above {args.fail_on_input_problems}"
            if args.fail_on_input_problems
            else ""
        )
        print(f"crosscheck check: {len(findings)} new finding(s) (at or above {levels})")
        if out is not None:
            print(f"reports: {out}")
    return EXIT_FINDINGS if findings else EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from pipeline.review import serve_review

    return serve_review(args.out_dir, decisions=args.decisions, port=args.port, links=args.links)


def cmd_batch(args: argparse.Namespace) -> int:
    from pipeline import batch
    from pipeline.run import RunOptions
    from reports import FORMATS

    return batch.command(args, RunOptions(), args.format or FORMATS)


COMMANDS = {
    "run": cmd_run,
    "fetch": cmd_fetch,
    "sources": cmd_sources,
    "diff": cmd_diff,
    "check": cmd_check,
    "review": cmd_review,
    "batch": cmd_batch,
}


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM ends a run as Ctrl-C does: staging files are removed, the old report stays."""
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in ("run", "check") and not (args.paths or args.manifest or args.offline):
        parser.error("the following arguments are required: PATH (or --manifest FILE, or --offline)")
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if on_main_thread else None
    try:
        return _dispatch(args)
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _dispatch(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except CrosscheckError as exc:
        for problem in exc.problems:
            print(f"crosscheck: error: {problem}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("crosscheck: interrupted; no report was written", file=sys.stderr)
        return 130
    except OSError as exc:  # the environment failed us (disk, permissions): one line, exit 2
        if isinstance(exc, BrokenPipeError):
            # the reader of our output went away (e.g. `crosscheck sources | head`): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"crosscheck: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def one_blas_thread() -> None:
    """Ask OpenBLAS for one thread unless the environment says otherwise, before numpy is imported:
    numpy's and scipy's copies of it each start a thread per core when they load, and crosscheck does no
    BLAS work (its matrix products are sparse or boolean); a fifth of the bundled example's run."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def entry() -> None:
    """The ``crosscheck`` command: ``main`` in a process of its own, whose garbage collector runs seldom
    and is spared walking the whole heap again at exit (together a tenth of the bundled example's run;
    benchmarks/README.md "End to end"), with one BLAS thread (``one_blas_thread``), each character
    class of the patterns compiled once (``charsets.share_charsets``) and the patterns an earlier run
    compiled taken from the cache folder (``patterns_kept``)."""
    one_blas_thread()
    share_charsets()
    keep_patterns()
    gc.set_threshold(*GC_THRESHOLDS)
    code = main()
    save_patterns()
    gc.freeze()  # what is left is freed at exit; the interpreter's last collections need not walk it
    sys.exit(code)


if __name__ == "__main__":
    entry()
