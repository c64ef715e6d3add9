"""The ``crosscheck`` command line's arguments: its commands, their options and examples, and exit codes.

Exit codes (documented in README): 0 done; 1 findings at or above ``--fail-on`` (``run``) or new
findings against the baseline (``check``); 2 unusable arguments or no readable input. The commands
themselves are in ``pipeline.cli_run`` and ``pipeline.cli_commands``.
"""

from __future__ import annotations

import argparse
import sys

from pipeline.cli_examples import EXAMPLES
from pipeline.cli_options import add_fetch_options, add_input_options, add_output_options, add_review_parser
from pipeline.cli_values import formats, positive_int
from pipeline.limits import DEFAULT_MAX_BYTES
from pipeline.provenance import ARCHIVE_NAME, SIDECAR

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage code (2, as argparse does) and a one-line hint."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"crosscheck: error: {message}\n")


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
    add_input_options(run)
    add_output_options(run)
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
        type=formats,
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
    add_fetch_options(fetch)
    fetch.add_argument(
        "--max-bytes",
        type=positive_int,
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
    add_input_options(check)
    add_output_options(check)
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
    add_review_parser(sub)

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
    batch.add_argument("--format", type=formats, default=None, metavar="LIST", help="as for run")
    batch.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="never")
    batch.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser
