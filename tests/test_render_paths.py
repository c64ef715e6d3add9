"""The renderers' fast paths against the reference they replace: the same text, always."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from report_fixtures import make_reconciliation

from reports import csv_writer, mention_table, presence, tables
from reports.markdown import md
from reports.memo import per_reconciliation

TABLES = ("mentions", "entities", "claims", "discrepancies", "variants", "links", "people")


def test_csv_module_writes_what_pandas_writes_for_every_table() -> None:
    rec = make_reconciliation()
    for name in TABLES:
        table = getattr(mention_table if name == "mentions" else tables, f"{name}_table")(rec)
        assert table.rows, name  # the fixture fills every table
        assert csv_writer.table_csv(table) == csv_writer.to_csv(table.frame()), name


texts = st.none() | st.text() | st.sampled_from(["=1+1", "-x", "@a", "+", "a,b", 'a"b', "a\nb", ""])
floats = st.none() | st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**6), 10**6)
ints = st.none() | st.integers(-(2**40), 2**40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(texts, floats, ints, texts), min_size=1, max_size=8))
def test_csv_module_writes_what_pandas_writes_for_any_cells(cells: list[tuple[object, ...]]) -> None:
    columns = ("name", "score", "count", "note")
    table = csv_writer.Table.from_rows(
        [dict(zip(columns, row, strict=True)) for row in cells],
        columns,
        {"score": "Float64", "count": "Int64"},
    )
    assert csv_writer.table_csv(table) == csv_writer.to_csv(table.frame())


def test_a_table_of_other_values_goes_through_pandas() -> None:
    table = csv_writer.Table.from_rows([{"a": True, "b": 1}, {"a": None, "b": 2.5}], ("a", "b"), {})
    assert csv_writer.table_csv(table) == "a,b\nTrue,1.0\n,2.5\n"


def reference_md(text: object) -> str:
    return re.sub(r"([\\`*_\[\]<>|&#~])", r"\\\1", re.sub(r"\s+", " ", str(text)).strip())


@settings(max_examples=300, deadline=None)
@given(st.text() | st.integers())
def test_markdown_escaping_as_the_regular_expressions_escaped(text: object) -> None:
    assert md(text) == reference_md(text)


def test_a_view_is_derived_once_per_reconciliation() -> None:
    calls: list[int] = []

    @per_reconciliation
    def view(rec: object) -> int:
        calls.append(1)
        return len(calls)

    first, second = make_reconciliation(), make_reconciliation()
    assert (view(first), view(first)) == (1, 1)
    assert view(second) == 2  # another reconciliation: derived again
    assert view(second) == 2
    assert len(calls) == 2


def test_the_shared_matrix_is_the_matrix_without_the_strays() -> None:
    rec = make_reconciliation()
    assert presence.shared_matrix(rec) == presence.shared_rows(presence.matrix(rec))
    rows, strays = presence.shared_matrix(rec)
    assert rows and len(rows[0][1]) == len(rec.articles)
    assert strays + len(rows) == len(rec.entities)
