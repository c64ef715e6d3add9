"""The reports of the bundled example read findings first: report.md's first error within 40 lines, the
headline counting errors and warnings apart from the naming glossary, outlets called by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Reconciliation
from pipeline.run import RunOptions, reconcile
from reports.markdown import markdown_report


@pytest.fixture(scope="module")
def example(example_dir: Path) -> Reconciliation:
    return reconcile([example_dir], options=RunOptions())


def test_markdown_first_error_within_40_lines(example: Reconciliation) -> None:
    lines = markdown_report(example).splitlines()
    # 003 (觀察者網) says 9 of 66 are 13.5%: 13.636% rounds to 13.6%
    first = next(i for i, line in enumerate(lines) if "13.5%" in line and "E `arithmetic`" in line)
    assert first < 40
    assert lines[2] == (
        "**2 errors, 6 warnings in 5 articles; 66 entities; glossary: 49 naming variants; 2 input problems**"
    )


def test_markdown_names_outlets_not_file_hashes(example: Reconciliation) -> None:
    text = markdown_report(example)
    findings = text.split("## Findings by outlet")[1].split("## Articles")[0]
    assert "### 觀察者網 — 1 error(s), 3 warning(s)" in findings
    assert "### 端傳媒 — 1 error(s), 0 warning(s)" in findings
    # every finding message speaks of outlets; the article id only follows an outlet's name as its key
    messages = [line for line in findings.splitlines() if line.startswith("- **")]
    assert messages and not any("003_e6f1053f9d0a0c24" in m for m in messages)
