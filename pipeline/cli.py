"""The ``crosscheck`` command line.

Exit codes (documented in README): 0 done; 1 findings at or above ``--fail-on`` (``run``) or new
findings against the baseline (``check``); 2 unusable arguments or no readable input.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

from pipeline.errors import CrosscheckError, UserFileError
from pipeline.models import Kind, Reconciliation, Severity
from pipeline.output import check_replaceable, check_writable, report_lock, write_file, write_folder
from pipeline.run import DEFAULT_MAX_BYTES, RunOptions, reconcile
from pipeline.workers import DEFAULT_ARTICLE_SECONDS

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


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


def _seconds(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 86_400.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 86400: {value}")
    return x


def _count(value: str) -> int:
    n = _positive_int(value) if value != "0" else 0
    if n > 1024:
        raise argparse.ArgumentTypeError(f"at most 1024: {value}")
    return n


def _cutoff(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value}")
    return x


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .html) or folders of them")
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
        "--score-cutoff",
        type=_cutoff,
        default=None,
        help="match score (0..1) below which an item is not linked (default: the calibrated value)",
    )
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
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
        help="processes reading articles (default: one per core); the reports do not depend on it",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crosscheck",
        description="Cross-check how news outlets report the same official list.",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser(
        "run",
        help="reconcile articles and write the reports",
        description="Read the articles, extract their lists, match names across outlets, check claims, "
        "write reports.",
    )
    _add_input_options(run)
    run.add_argument(
        "--out", default="out", metavar="DIR", help="report folder, replaced as a whole (default out)"
    )
    run.add_argument(
        "--format",
        type=_formats,
        default=None,
        metavar="LIST",
        help="comma-separated formats among md,html,json,csv (default all)",
    )
    run.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        default="never",
        help="exit 1 when a discrepancy at or above this severity is found (default never)",
    )

    sub.add_parser(
        "sources",
        help="print the registered parsers as JSON",
        description="Print the registered layout parsers and outlet adapters as JSON.",
    )

    diff = sub.add_parser(
        "diff",
        help="what changed between two runs (report.json files)",
        description="Compare two report.json files: entities added or lost, new name variants, "
        "discrepancies new or resolved.",
    )
    diff.add_argument("old", metavar="OLD.json")
    diff.add_argument("new", metavar="NEW.json")
    diff.add_argument("--json", action="store_true", help="print JSON instead of Markdown")

    check = sub.add_parser(
        "check",
        help="CI gate: fail when new findings appear against a baseline",
        description="Reconcile PATHs and compare with a baseline report.json: exit 1 when a discrepancy "
        "at or above --fail-on appears that the baseline does not have.",
    )
    _add_input_options(check)
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
    return parser


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
    return RunOptions(
        max_bytes=args.max_bytes,
        score_cutoff=args.score_cutoff,
        decisions=args.decisions,
        article_seconds=args.article_timeout,
        workers=args.jobs,
    )


def _reconcile(args: argparse.Namespace) -> Reconciliation:
    rec = reconcile(
        args.paths,
        options=_options(args),
        progress=_progress(not args.no_progress, sys.stderr),
    )
    for p in rec.problems:
        print(f"crosscheck: {p.severity.value}: {p.article}: {p.message}", file=sys.stderr)
    return rec


def render_all(rec: Reconciliation, formats: Sequence[str]) -> dict[str, str]:
    from reports import RENDERERS

    files: dict[str, str] = {}
    for fmt in formats:
        files.update(RENDERERS[fmt](rec))
    return files


def summary(rec: Reconciliation, out: Path | None) -> str:
    lines = [f"articles read: {len(rec.articles)}"]
    for art in rec.articles:
        n_list = sum(1 for m in rec.mentions if m.article == art.id and m.kind is Kind.LIST)
        n_prose = sum(1 for m in rec.mentions if m.article == art.id and m.kind is Kind.PROSE)
        layout = art.layout or "no list"
        lines.append(
            f"  {art.id}  {art.outlet}  {art.date or '-'}  {layout}: {n_list} list items, {n_prose} in prose"
        )
    list_keys = {m.key for m in rec.mentions if m.kind is Kind.LIST}
    listed = sum(1 for e in rec.entities if any(k in list_keys for k in e.mentions))
    lines.append(f"entities: {len(rec.entities)} ({listed} from lists)")
    by_sev = Counter(d.severity.value for d in rec.discrepancies)
    lines.append(
        f"discrepancies: {len(rec.discrepancies)} "
        f"({', '.join(f'{by_sev.get(s.value, 0)} {s.value}' for s in reversed(Severity))})"
    )
    for (kind, sev), n in sorted(Counter((d.kind, d.severity.value) for d in rec.discrepancies).items()):
        lines.append(f"  {kind} [{sev}]: {n}")
    if rec.problems:
        lines.append(f"input problems: {len(rec.problems)} (see stderr and the report)")
    if out is not None:
        lines.append(f"reports: {out}")
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    from reports import FORMATS

    out = Path(args.out)
    check_replaceable(out, inputs=args.paths)
    with report_lock(out):
        check_replaceable(out, inputs=args.paths)
        rec = _reconcile(args)
        files = render_all(rec, args.format or FORMATS)
        write_folder(out, files)
    print(summary(rec, out))
    if args.fail_on != "never":
        level = Severity(args.fail_on).rank
        if any(d.severity.rank >= level for d in rec.discrepancies):
            return EXIT_FINDINGS
    return EXIT_OK


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
    from reports import RENDERERS
    from reports.gate import baseline_document, ci_lines, junit_xml, load_document, new_findings

    baseline = None if args.write_baseline else load_document(args.baseline, what="baseline")
    if args.write_baseline:
        check_writable(args.baseline, what="baseline")
    if args.junit:
        check_writable(args.junit, what="--junit")
    rec = _reconcile(args)
    current = json.loads(RENDERERS["json"](rec)["report.json"])
    if args.write_baseline:
        baseline_text = json.dumps(baseline_document(current), ensure_ascii=False, indent=2, sort_keys=True)
        write_file(args.baseline, baseline_text + "\n", what="baseline")
        print(f"baseline written: {args.baseline} ({len(rec.discrepancies)} discrepancies accepted)")
        return EXIT_OK
    assert baseline is not None
    findings = new_findings(baseline, current, fail_on=Severity(args.fail_on))
    for line in ci_lines(findings):
        print(line)
    if args.junit:
        write_file(args.junit, junit_xml(findings, suite="crosscheck"), what="--junit")
    print(f"crosscheck check: {len(findings)} new finding(s) at or above {args.fail_on}")
    return EXIT_FINDINGS if findings else EXIT_OK


COMMANDS = {"run": cmd_run, "sources": cmd_sources, "diff": cmd_diff, "check": cmd_check}


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM ends a run as Ctrl-C does: staging files are removed, the old report stays."""
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    except BrokenPipeError:
        # the reader of our output went away (e.g. `crosscheck sources | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # the environment failed us (disk, permissions): one line, exit 2
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"crosscheck: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
