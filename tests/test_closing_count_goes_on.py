"""A Japanese run closed by its count while the sentence goes on after it (``A、B、Cなど5カ国で、いずれも…``,
``A氏、B氏、C氏ら5人で、…``): the count ends the run, the clause after it is no piece of it (before: the run
was left unread, taken for one read in part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

HEAD = "制裁\n\n2025年3月3日 甲新聞\n\n"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "対象はアランド、ボルドゥリア、カルパチアなど5カ国で、いずれも甲国の友好国。",
            ["アランド", "ボルドゥリア", "カルパチア"],
        ),
        (
            "制裁対象はジェーン・ロー氏、ジョン・ドー氏、メアリー・メージャー氏ら5人で、いずれも甲国の元高官。",
            ["ジェーン・ロー", "ジョン・ドー", "メアリー・メージャー"],
        ),
    ],
)
def test_a_run_closed_by_its_count_is_read_though_the_sentence_goes_on(
    tmp_path: Path, sentence: str, names: list[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    result = parse_path(path)
    assert [m.name_zh for m in result.mentions if m.kind.value == "list"] == names
    assert [h.stated for h in result.headings] == [5]
