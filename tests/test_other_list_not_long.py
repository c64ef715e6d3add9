"""A page that prints a table of something else after the story's list (stock indices under 市場數據 below
a table of rates) is longer than its stated count by that table alone: one warning names the other list
and says the list without it has the stated length; no outlet is accused of a list too long."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

STORY = Path(__file__).parent / "fixtures" / "other_table"


def test_a_table_of_something_else_is_one_warning_and_no_long_list() -> None:
    result = reconcile([str(STORY)])
    found = [(d.kind, d.severity, d.sources, d.subject) for d in result.discrepancies]
    assert found == [("unique_item", Severity.WARNING, ("01_tw",), "市場數據")]
    (warning,) = result.discrepancies
    assert "加權指數" in warning.message and "the 5 items it states" in warning.message
