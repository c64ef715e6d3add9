"""A list that is the subject of a verb of ranking (``甲國、乙國……和丁國位列前10名``, ``名列``, ``躋身``):
the verb and the rank it reached are no part of the last name, and the count after it is the list's."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.count_lines import top_count
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


@pytest.mark.parametrize("top", ["前五", "前5"])
def test_a_top_n_in_the_lead_in_counts_the_list(tmp_path: Path, top: str) -> None:
    """``報告中排名前五的國家如下：`` over five lines: the first N of a ranking, in digits or in Chinese
    numerals, is the list's stated count."""
    lines = "".join(f"● {n}\n" for n in NAMES_TW)
    path = tmp_path / "article.txt"
    path.write_text(
        f"年度報告出爐\n\n報告中排名{top}的國家如下：\n\n{lines}\n報告每年發布一次。\n", encoding="utf-8"
    )
    parsed = parse_path(path)
    assert [m.label for m in parsed.mentions if m.kind is Kind.LIST] == NAMES_TW
    assert [h.stated for h in parsed.headings] == [5]


def test_guard_the_first_years_or_quarters_count_nothing() -> None:
    assert [top_count(t) for t in ("前十年", "前三季", "前十个月")] == [None, None, None]
