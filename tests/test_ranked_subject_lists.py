"""A list that is the subject of a verb of ranking (``甲國、乙國……和丁國位列前10名``, ``名列``, ``躋身``):
the verb and the rank it reached are no part of the last name, and the count after it is the list's."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

NAMES_CN = ["甲国", "乙国", "丙国", "丁国", "戊国"]
NAMES_TW = ["甲國", "乙國", "丙國", "丁國", "戊國"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("《2031年报告》20日发布。甲国、乙国、丙国、丁国和戊国位列前5名。", NAMES_CN),
        ("《2031年報告》20日發布。甲國、乙國、丙國、丁國和戊國名列前5名。", NAMES_TW),
        ("《2031年報告》20日發布。甲國、乙國、丙國、丁國及戊國躋身前5名。", NAMES_TW),
    ],
)
def test_the_verb_of_ranking_ends_the_last_name(tmp_path: Path, body: str, names: list[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text("年度報告出爐\n\n" + body + "\n", encoding="utf-8")
    parsed = parse_path(path)
    assert [m.label for m in parsed.mentions if m.kind is Kind.LIST] == names
    assert [h.stated for h in parsed.headings] == [5]
