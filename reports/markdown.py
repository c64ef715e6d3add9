"""report.md: what an editor or fact-checker reads first.

Sections: a one-line headline (errors, warnings, glossary size), the scorecard (one row per outlet,
its findings one line each), the findings grouped by outlet with each quote in its context (a reviewer's
note under a confirmed one), the findings a reviewer suppressed as false alarms (when there are), then the
articles and input problems, the naming-variant glossary, the entity × outlet matrix (the rows where
the outlets differ), claims, people and story facts, other notes, links for review and mentions linked
to nothing. Article text is escaped so that
no character of it is read as Markdown or HTML.

This module puts the sections in order; they are written by ``md_findings`` (headline, scorecard,
findings, notes), ``md_inputs`` (articles and input problems) and ``md_tables`` (glossary, matrix,
claims, people and facts, links for review), with the escaping of ``md_text``.
"""

from __future__ import annotations

from pipeline.models import Reconciliation, Severity
from reports.md_findings import _findings_by_outlet, _headline, _info_notes, _scorecard, _suppressed
from reports.md_inputs import _articles
from reports.md_tables import _claims, _matrix, _people_and_facts, _review, _variants
from reports.md_text import code as code
from reports.md_text import md as md
from reports.md_text import table as table
from reports.outlet_names import outlet_labels
from reports.scorecard import scorecard

REPORT_FILE = "report.md"
SEVERITY_TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}


def markdown_report(rec: Reconciliation) -> str:
    labels = outlet_labels(rec)
    rows = scorecard(rec)
    sections = [
        ["# crosscheck reconciliation report", ""] + _headline(rec),
        _scorecard(rows),
        _findings_by_outlet(rows),
        _articles(rec),
        _variants(rec, labels),
        _matrix(rec, labels),
        _claims(rec, labels),
        _people_and_facts(rec, labels),
        _info_notes(rec, labels),
        _review(rec),
    ]
    if rec.suppressed:
        sections.insert(3, _suppressed(rec))
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"


def render_markdown(rec: Reconciliation) -> dict[str, str]:
    return {REPORT_FILE: markdown_report(rec)}
