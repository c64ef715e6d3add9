"""The options several ``crosscheck`` commands share (inputs, fetching, output) and the ``review``
command's parser."""

from __future__ import annotations

import argparse

from pipeline.cli_examples import EXAMPLES
from pipeline.cli_values import count, cutoff, port, positive_int, positive_seconds, seconds
from pipeline.limits import DEFAULT_ARTICLE_SECONDS, DEFAULT_MAX_BYTES


def add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files (.txt, .html), folders of them, or page URLs"
    )
    add_fetch_options(p)
    p.add_argument("--archive", metavar="FILE", help="also write the fetched pages' WARC archive here")
    p.add_argument(
        "--offline", action="store_true", help="read the URLs from --archive FILE instead of the web"
    )
    p.add_argument(
        "--max-bytes",
        type=positive_int,
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
        type=cutoff,
        default=None,
        help="match score (0..1) below which an item is not linked (default: the calibrated value)",
    )
    p.add_argument(
        "--article-timeout",
        type=seconds,
        default=DEFAULT_ARTICLE_SECONDS,
        metavar="SECONDS",
        help="skip (and report) an article not read within this time "
        f"(default {DEFAULT_ARTICLE_SECONDS:g}; 0: none)",
    )
    p.add_argument(
        "--jobs",
        type=count,
        default=0,
        metavar="N",
        help="processes reading articles (default: one per core; a small story in this process alone); "
        "the reports do not depend on it",
    )
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")


def add_fetch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--manifest", metavar="FILE", help="CSV of pages to fetch: url, outlet, date, language")
    p.add_argument(
        "--fetch-timeout",
        type=positive_seconds,
        default=20.0,
        metavar="SECONDS",
        help="give up on a page not received within this time (default 20)",
    )
    p.add_argument(
        "--delay",
        type=seconds,
        default=1.0,
        metavar="SECONDS",
        help="wait this long between two requests to the same host (default 1)",
    )


def add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only (no summary, no notes)")
    p.add_argument("-v", "--verbose", action="store_true", help="also print every finding, one line each")


def add_review_parser(sub: argparse._SubParsersAction) -> None:
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
        type=port,
        default=8765,
        metavar="N",
        help="port on 127.0.0.1 (default 8765; 0: a free one)",
    )
    review.add_argument(
        "--links",
        type=positive_int,
        default=40,
        metavar="N",
        help="links shown, smallest margins first (40)",
    )
