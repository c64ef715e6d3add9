"""The ``crosscheck`` command line's arguments: its commands, their options and examples, and exit codes.

Exit codes (documented in README): 0 done; 1 findings at or above ``--fail-on`` (``run``) or new
findings against the baseline (``check``); 2 unusable arguments or no readable input. The commands
themselves are in ``pipeline.cli_run`` and ``pipeline.cli_commands``.
"""

from __future__ import annotations

import argparse
import sys

from pipeline.limits import DEFAULT_ARTICLE_SECONDS, DEFAULT_MAX_BYTES
from pipeline.provenance import ARCHIVE_NAME, SIDECAR

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

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
