"""The ``crosscheck`` commands other than ``run`` (``pipeline.cli_run``): fetch, sources, diff, check,
review and batch."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.cli_parser import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from pipeline.cli_run import fetch_settings, reconcile_inputs, write_reports
from pipeline.errors import CrosscheckError, UserFileError
from pipeline.models import Severity
from pipeline.output import check_replaceable, check_writable, report_lock, write_file
from pipeline.provenance import ARCHIVE_NAME


def cmd_fetch(args: argparse.Namespace) -> int:
    from pipeline import fetching
    from reports.summary import problem_line

    into = Path(args.into)
    fetched, asked = fetching.fetch_command(
        args.urls, manifest=args.manifest, into=into, settings=fetch_settings(args)
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
            rec, archive = reconcile_inputs(args)
            write_reports(rec, out, FORMATS, args=args, archive=archive)
    else:
        rec, _ = reconcile_inputs(args)
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
