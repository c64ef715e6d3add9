"""Names and their figures in turn after a word of order, with the time the figures are of between the
names and that word, or a verb of growth after it (``sources/layouts/_inline_respective.py``):
``甲國與乙國去年分別成長3%及2%``, ``甲国和乙国今年分别增长3%和2%，丙国增长1%``,
``甲国と乙国は今年それぞれ3%と2%成長した``,
``Aland and Borduria this year grew 3% and 2% respectively``. Made-up articles; the items are written
from reading them. A time, a comparison (``較去年上升1%``) or a fall is no name's figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path


def _items(tmp_path: Path, sentence: str, *, lang: str = "zh") -> list[tuple[str, tuple[str, ...]]]:
    head = {
        "zh": ("經濟數據公布", "甲島日報　2025年5月20日", "分析人士認為，外需回溫是主因。"),
        "ja": ("成長率まとまる", "丙新聞　2025年5月20日", "アナリストは輸出の回復を主因に挙げた。"),
        "en": ("Growth figures released", "Borduria Herald, May 20, 2025", "Analysts pointed to exports."),
    }[lang]
    path = tmp_path / "01_outlet.txt"
    path.write_text(f"{head[0]}\n\n{head[1]}\n\n{sentence}\n\n{head[2]}\n", encoding="utf-8")
    res = parse_path(path)
    return [(m.label, tuple(v.raw for v in m.values)) for m in res.mentions if m.kind is Kind.LIST]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # Simplified: a time word before 分别, a verb of growth after it, one more clause of a name and its
        # figure
        (
            "据统计局公布的数据，甲国和乙国今年分别增长3%和2%，丙国增长1%。",
            "zh",
            [("甲国", ("3%",)), ("乙国", ("2%",)), ("丙国", ("1%",))],
        ),
        # Traditional (Taiwan): 去年, 成長, 及
        ("根據統計局的數據，甲國與乙國去年分別成長3%及2%。", "zh", [("甲國", ("3%",)), ("乙國", ("2%",))]),
        # Traditional (Hong Kong): the measure and the time after the names, then 分別為
        (
            "統計處數字顯示，阿塔和博杜里亞今年的增幅分別為3%和2%。",
            "zh",
            [("阿塔", ("3%",)), ("博杜里亞", ("2%",))],
        ),
        # one more clause with 為 after the values in turn
        (
            "據統計局的數據，甲國和乙國分別為3%和2%，丙國為1%。",
            "zh",
            [("甲國", ("3%",)), ("乙國", ("2%",)), ("丙國", ("1%",))],
        ),
        # Japanese: the topic particle and the time before それぞれ
        (
            "統計局の発表によると、甲国と乙国は今年それぞれ3%と2%成長した。",
            "ja",
            [("甲国", ("3%",)), ("乙国", ("2%",))],
        ),
        # English: the time between the names and the verb
        (
            "Figures show that Aland and Borduria this year grew 3% and 2% respectively.",
            "en",
            [("Aland", ("3%",)), ("Borduria", ("2%",))],
        ),
    ],
)
def test_names_and_their_figures_in_turn_around_a_time_or_a_verb(
    tmp_path: Path, sentence: str, lang: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _items(tmp_path, sentence, lang=lang) == expected


def test_a_change_over_a_time_after_the_values_is_no_item(tmp_path: Path) -> None:
    """``，較去年上升1%``: the clause after the values compares with last year; ``較`` is no name."""
    items = _items(tmp_path, "據統計局的數據，甲國和乙國分別為3%和2%，較去年上升1%。")
    assert items == [("甲國", ("3%",)), ("乙國", ("2%",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "據統計局的數據，今年和明年分別增長3%和2%。",  # times, not names
        "據統計局的數據，甲國和乙國分別下降3%和2%。",  # falls: a verb of decline signs the values
    ],
)
def test_times_or_falls_in_turn_are_no_list(tmp_path: Path, sentence: str) -> None:
    assert _items(tmp_path, sentence) == []
