"""The ``crosscheck`` command line.

Exit codes (documented in README): 0 done; 1 findings at or above ``--fail-on`` (``run``) or new
findings against the baseline (``check``); 2 unusable arguments or no readable input.
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
from pipeline.errors import CrosscheckError, UserFileError
from pipeline.limits import DEFAULT_ARTICLE_SECONDS, DEFAULT_MAX_BYTES
from pipeline.models import Reconciliation, Severity
from pipeline.output import check_replaceable, check_writable, report_lock, write_file, write_folder
from pipeline.patterns_kept import keep_patterns, save_patterns
from pipeline.provenance import ARCHIVE_NAME, SIDECAR
from sources.manifest import is_url

if TYPE_CHECKING:
    from pipeline.run import RunOptions
    from sources.fetch import FetchSettings

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
# The command's process builds many small records and loads large libraries (dictionaries of names, the
# CLDR) and nearly none of it is garbage with cycles: its collector's young generation runs every 100,000
# allocations instead of 700 (as mypy's does). See ``entry``.
GC_THRESHOLDS = (100_000, 50, 100)


EXAMPLES = {
    "run": """examples:
  crosscheck run examples/us-travel-ban-2025-06            # reports in out/us-travel-ban-2025-06
  crosscheck run examples/us-travel-ban-2025-06 --reference examples/us-travel-ban-2025-06/reference.json
  crosscheck run a.html b.txt --out reports/today --format md,html
  crosscheck run articles/ --fail-on error --json          # summary as JSON; exit 1 on an error
  crosscheck run https://example.org/a.html --manifest story.csv --out out/story   # fetched and archived
  crosscheck run --offline --archive out/story/archive.warc.gz --out out/replay   # the archive alone""",
    "fetch": """examples:
  crosscheck fetch https://example.org/news/1.html https://example.org/news/2.html --into pages/
  crosscheck fetch --manifest story.csv --into pages/ --delay 2   # story.csv: url,outlet,date,language
  crosscheck run pages/                                           # reads the pages with their provenance""",
    "sources": """examples:
  crosscheck sources | jq '.layouts[].name'""",
    "diff": """examples:
  crosscheck diff out/old/report.json out/new/report.json
  crosscheck diff old.json new.json --json""",
    "check": """examples:
  crosscheck check articles/ --baseline ci/baseline.json --write-baseline   # accept the current state
  crosscheck check articles/ --baseline ci/baseline.json --junit junit.xml
  crosscheck check articles/ --baseline ci/baseline.json --fail-on-input-problems --out out/ci""",
    "review": """examples:
  crosscheck review out/us-withdrawal-2026-01            # http://127.0.0.1:8765/
  crosscheck review out/today --decisions decisions.csv --port 0""",
    "batch": """examples:
  crosscheck batch examples/us-travel-ban-2025-06 examples/us-withdrawal-2026-01 --out out/batch
  crosscheck batch stories/*/ --out out/nightly --scheduler tcp://127.0.0.1:8786 --fail-on error""",
}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage code (2, as argparse does) and a one-line hint."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"crosscheck: error: {message}\n")


def _formats(value: str) -> tuple[str, ...]:
    from reports import FORMATS

    chosen = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
        )
    return chosen


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return n


def _cutoff(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value}")
    return x


def _seconds(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 86_400.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 86400: {value}")
    return x


def _positive_seconds(value: str) -> float:
    x = _seconds(value)
    if x <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {value}")
    return x


def _count(value: str) -> int:
    n = _positive_int(value) if value != "0" else 0
    if n > 1024:
        raise argparse.ArgumentTypeError(f"at most 1024: {value}")
    return n


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files (.txt, .html), folders of them, or page URLs"
    )
    _add_fetch_options(p)
    p.add_argument("--archive", metavar="FILE", help="also write the fetched pages' WARC archive here")
    p.add_argument(
        "--offline", action="store_true", help="read the URLs from --archive FILE instead of the web"
    )
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"skip (and report) input files larger than this (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--decisions", metavar="FILE", help="reviewer decisions (same / not same / canonical name)"
    )
    p.add_argument(
        "--reference", metavar="FILE", help="the official list (JSON or CSV); its names also link items"
    )
    p.add_argument(
        "--gazetteer",
        metavar="FILE",
        action="append",
        default=[],
        help="names of organizations, people or places (JSON or CSV); repeatable",
    )
    p.add_argument(
        "--score-cutoff",
        type=_cutoff,
        default=None,
        help="match score (0..1) below which an item is not linked (default: the calibrated value)",
    )
    p.add_argument(
        "--article-timeout",
        type=_seconds,
        default=DEFAULT_ARTICLE_SECONDS,
        metavar="SECONDS",
        help="skip (and report) an article not read within this time "
        f"(default {DEFAULT_ARTICLE_SECONDS:g}; 0: none)",
    )
    p.add_argument(
        "--jobs",
        type=_count,
        default=0,
        metavar="N",
        help="processes reading articles (default: one per core; a small story in this process alone); "
        "the reports do not depend on it",
    )
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")


def _add_fetch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--manifest", metavar="FILE", help="CSV of pages to fetch: url, outlet, date, language")
    p.add_argument(
        "--fetch-timeout",
        type=_positive_seconds,
        default=20.0,
        metavar="SECONDS",
        help="give up on a page not received within this time (default 20)",
    )
    p.add_argument(
        "--delay",
        type=_seconds,
        default=1.0,
        metavar="SECONDS",
        help="wait this long between two requests to the same host (default 1)",
    )


def _fetch_settings(args: argparse.Namespace) -> FetchSettings:
    from sources.fetch import FetchSettings

    return FetchSettings(timeout=args.fetch_timeout, delay=args.delay, max_bytes=args.max_bytes)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crosscheck")
    except PackageNotFoundError:
        return "unknown"


class _Version(argparse.Action):
    """``--version``: argparse's version action, the package metadata read only when it is asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"crosscheck {_version()}")
        parser.exit()


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only (no summary, no notes)")
    p.add_argument("-v", "--verbose", action="store_true", help="also print every finding, one line each")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crosscheck",
        description="Cross-check how news outlets report the same official list.",
        epilog="Run `crosscheck COMMAND --help` for a command's options and examples.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show program's version number and exit")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser(
        "run",
        help="reconcile articles and write the reports",
        description="Read the articles, extract their lists, match names across outlets, check claims, "
        "write reports.",
        epilog=EXAMPLES["run"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(run)
    _add_output_options(run)
    run.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help="report folder, replaced as a whole (default out/<first input's name>)",
    )
    run.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    run.add_argument(
        "--excel", action="store_true", help="write the CSV files for Excel: UTF-8 with a BOM, CRLF line ends"
    )
    run.add_argument(
        "--format",
        type=_formats,
        default=None,
        metavar="LIST",
        help="comma-separated formats among md,html,json,csv,claimreview (default all)",
    )
    run.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        default="never",
        help="exit 1 when a discrepancy at or above this severity is found (default never)",
    )

    fetch = sub.add_parser(
        "fetch",
        help="fetch pages into a folder, with their provenance and a WARC archive",
        description="Fetch article pages (URLs, or a manifest's rows) into a folder: each page as a file, "
        f"{SIDECAR} with its URL, retrieval time and SHA-256, {ARCHIVE_NAME} with every response.",
        epilog=EXAMPLES["fetch"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    fetch.add_argument("urls", nargs="*", metavar="URL", help="page URLs (http or https)")
    fetch.add_argument(
        "--into", required=True, metavar="DIR", help="folder for the pages (new, empty or fetched)"
    )
    _add_fetch_options(fetch)
    fetch.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"skip (and report) a page larger than this (default {DEFAULT_MAX_BYTES})",
    )
    fetch.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    sub.add_parser(
        "sources",
        help="print the registered parsers as JSON",
        description="Print the registered layout parsers and outlet adapters as JSON.",
        epilog=EXAMPLES["sources"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )

    diff = sub.add_parser(
        "diff",
        help="what changed between two runs (report.json files)",
        description="Compare two report.json files: what the new sources added, findings new, changed "
        "or resolved, entities added or lost, new name variants.",
        epilog=EXAMPLES["diff"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff.add_argument("old", metavar="OLD.json")
    diff.add_argument("new", metavar="NEW.json")
    diff.add_argument("--json", action="store_true", help="print JSON instead of Markdown")

    check = sub.add_parser(
        "check",
        help="CI gate: fail when new findings appear against a baseline",
        description="Reconcile PATHs and compare with a baseline report.json: exit 1 when a discrepancy "
        "at or above --fail-on appears that the baseline does not have.",
        epilog=EXAMPLES["check"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(check)
    _add_output_options(check)
    check.add_argument(
        "--baseline",
        required=True,
        metavar="FILE",
        help="the accepted state: a file written by --write-baseline, or a report.json",
    )
    check.add_argument("--fail-on", choices=["error", "warning"], default="error")
    check.add_argument(
        "--write-baseline", action="store_true", help="accept the current state as the baseline"
    )
    check.add_argument("--junit", metavar="FILE", help="also write the findings as JUnit XML")
    check.add_argument(
        "--fail-on-input-problems",
        nargs="?",
        const="info",
        default=None,
        choices=["error", "warning", "info"],
        metavar="LEVEL",
        help="also exit 1 on a new problem with the inputs (an empty, binary or error page, a page without "
        "its list) at or above LEVEL (default info: any)",
    )
    check.add_argument("--out", default=None, metavar="DIR", help="also write the report folder, as run does")
    _add_review_parser(sub)

    from pipeline import batch as batch_module

    batch = sub.add_parser(
        "batch",
        help="reconcile many stories as Dask tasks, one report folder each",
        description="Reconcile each story folder as one task on a Dask cluster (local worker processes, "
        "or --scheduler), write one report folder per story and a summary of them all.",
        epilog=EXAMPLES["batch"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch_module.add_arguments(batch)
    batch.add_argument("--format", type=_formats, default=None, metavar="LIST", help="as for run")
    batch.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="never")
    batch.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def _port(value: str) -> int:
    n = _positive_int(value) if value != "0" else 0
    if n > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {value}")
    return n


def _add_review_parser(sub: argparse._SubParsersAction) -> None:
    review = sub.add_parser(
        "review",
        help="review links and findings in the browser; decisions go to the decisions file",
        description="Serve a report folder on 127.0.0.1 with review controls: same / not the same / "
        "canonical name for the least certain links, confirmed / false alarm for findings. Each action "
        "appends a decision to the decisions file and writes the report folder again.",
        epilog=EXAMPLES["review"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    review.add_argument("out_dir", metavar="OUT_DIR", help="a report folder written by run (or check --out)")
    review.add_argument(
        "--decisions",
        metavar="FILE",
        help="the decisions file to read and append to (default: the run's, else OUT_DIR.decisions.json "
        "beside the folder)",
    )
    review.add_argument(
        "--port",
        type=_port,
        default=8765,
        metavar="N",
        help="port on 127.0.0.1 (default 8765; 0: a free one)",
    )
    review.add_argument(
        "--links",
        type=_positive_int,
        default=40,
        metavar="N",
        help="links shown, smallest margins first (40)",
    )


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
