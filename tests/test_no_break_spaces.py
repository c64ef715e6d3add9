"""No-break spaces a page leaves in its text (``1.\\u00a0甲國``, copied from ``1.&nbsp;甲國``) read as spaces:
a numbered line so printed is read with the others, never dropped from its list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

NAMES = ["甲國", "乙國", "丙國", "丁國", "戊國"]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
@pytest.mark.parametrize("which", ["first", "every"])
def test_a_no_break_space_after_the_number_keeps_the_line_on_its_list(
    tmp_path: Path, space: str, which: str
) -> None:
    lines = [f"{i}.{space if which == 'every' or i == 1 else ' '}{n}" for i, n in enumerate(NAMES, 1)]
    path = tmp_path / "a.txt"
    path.write_text(
        "甲國宣布免簽\n2025年3月4日\n\n甲國今日公布，向以下5國國民豁免簽證：\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    result = parse_path(path)
    assert [m.label for m in result.mentions if m.kind is Kind.LIST] == NAMES
    assert [h.stated for h in result.headings] == [5]
