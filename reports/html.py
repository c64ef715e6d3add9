"""report.html: one self-contained page (inline CSS, JS and SVG, nothing fetched) for fact-checkers
and editors.

The page opens with the headline (errors, warnings, the glossary's size) and the scorecard (one row
per outlet, its findings in one line each, each a link to the finding), then the findings grouped by
outlet: each a ``<details>`` that opens on its quotes, shown in the article's text around them with
the quoted span in ``<mark>``. Then the pictures (findings per outlet, the entity × outlet matrix,
drawn by the template as inline SVG from ``reports.charts``), the inputs, the glossary and the tables.
Every table is rendered on the server side, so the page reads the same with JavaScript off; the
script sorts (click a header), filters (a text box per table, folding Traditional to Simplified
with the table of the report's own characters; a severity select for the findings) and opens a
finding a link points at. Jinja2 autoescaping is on, and every run of CJK text goes through
``scripted`` (escaped, in a ``<span lang>`` of its script). The data the script reads sits in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so no article text
can close that block.

Stable hooks for tests and tools: ``#scorecard-table`` rows carry ``data-article`` /
``data-errors`` / ``data-warnings``; findings are ``#finding-list details.finding`` with
``data-severity`` / ``data-kind`` / ``data-fingerprint`` (a reviewer's note in ``.reviewer-note``), the
findings a reviewer suppressed ``#suppressed li[data-fingerprint]``, their quotes ``.evidence`` with
``data-start`` / ``data-end``; ``#findings-chart``, ``#matrix-differ`` and ``#matrix-all`` are the
pictures; tables ``#entity-table``, ``#variant-table``; filter boxes ``input[data-filter=ID]``;
``#severity-filter``; ``#only-differ`` switches the matrix.

This module renders the page; ``html_context`` gathers what it shows (its tables in ``html_tables``),
``html_markup`` writes the markup the template's filters return, ``html_rows`` the long tables' rows.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.models import Reconciliation
from reports.html_context import context
from reports.html_markup import _drawn_cells, evidence_blocks, matrix_cells, scripted
from reports.html_markup import script_json as script_json
from reports.html_tables import FACT_TITLES as FACT_TITLES
from reports.template_cache import template_cache

REPORT_FILE = "report.html"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.j2"


@cache
def environment() -> Environment:
    """The Jinja environment of the project's HTML pages (report.html, the review page)."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["scripted"] = scripted
    env.filters["matrix_cells"] = matrix_cells
    env.filters["evidence_blocks"] = evidence_blocks
    from reports.html_rows import FILTERS  # the long tables' rows in Python (that module imports this one)

    env.filters.update(FILTERS)
    env.bytecode_cache = template_cache(env)
    return env


def html_report(rec: Reconciliation) -> str:
    try:
        return environment().get_template(TEMPLATE).render(**context(rec))
    finally:
        _drawn_cells.clear()


def render_html(rec: Reconciliation) -> dict[str, str]:
    return {REPORT_FILE: html_report(rec)}
