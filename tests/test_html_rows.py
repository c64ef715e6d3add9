"""report.html's long tables written in Python (``reports.html_rows``) against the template loops they
replace: the same text, character for character, on the hand-made reconciliation (markup and quotes
in titles, quotes and messages), with reviewer notes, and on the example story."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape
from report_fixtures import make_reconciliation

from pipeline.models import Reconciliation
from pipeline.run import reconcile
from reports import html, html_rows

# The loops as the template wrote them before, one file each (each line as it was, so that
# trim_blocks and lstrip_blocks act on them as they did).
LOOPS = Path(__file__).resolve().parent / "fixtures" / "report_loops"
ARGUMENT = {
    "scorecard_rows": "scorecard",
    "finding_sections": "outlet_groups",
    "chart_bars": "chart",
    "matrix_columns": "matrix_all",
    "article_rows": "articles",
    "variant_rows": "variants",
    "entity_rows": "entities",
    "claim_rows": "claims",
}


def _with_notes(rec: Reconciliation) -> Reconciliation:
    notes = ["checked with the outlet <b>&</b> 'confirmed'", ""]
    found = tuple(dataclasses.replace(d, note=notes[i % 2]) for i, d in enumerate(rec.discrepancies))
    return dataclasses.replace(rec, discrepancies=found)


def _check(context: dict[str, Any]) -> None:
    env = html.environment()
    for name, argument in ARGUMENT.items():
        value = context[argument]
        assert value, name  # every table has rows to compare
        expected = env.from_string((LOOPS / f"{name}.j2").read_text(encoding="utf-8")).render(**context)
        written = env.from_string(f"{{{{ value|{name} }}}}\n").render(value=value)
        assert written == expected, name


@pytest.mark.parametrize("notes", [False, True])
def test_rows_as_the_template_wrote_them(notes: bool) -> None:
    rec = make_reconciliation()
    _check(html.context(_with_notes(rec) if notes else rec))


def test_rows_of_the_example_story(example_paths: list) -> None:
    rec = reconcile(example_paths)
    _check(html.context(rec))


def test_markup_is_escaped_once() -> None:
    assert html_rows.esc("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
    assert html_rows.esc(html.scripted("<b>")) == "&lt;b&gt;"
    assert html_rows.esc(3) == "3"
    assert html_rows.esc(2.5) == "2.5"


@settings(max_examples=300, deadline=None)
@given(st.text() | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none())
def test_escaping_writes_what_markupsafe_writes(value: object) -> None:
    assert html_rows.esc(value) == str(escape(value))
    if isinstance(value, str):
        assert html_rows.escape_text(value) == str(escape(value))
