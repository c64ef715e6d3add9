"""Clauses of a name, the rate it had and the rate it has (``甲国由46%下调至20%``), with among them a name
whose rate stays (``丙国维持40%不变``, ``丙國仍為40%``) and a first clause that names the rate
(``甲国税率由46%…``): read whole, the staying name with its one rate; a clause of another shape in the
run leaves the sentence unread (a list read in part would accuse its outlet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

CN_HEAD = "美国公布新关税税率\n\n示例财经7月31日电 美国白宫当地时间31日公布新的税率。"
TW_HEAD = "美國公布新關稅稅率\n\n示例財經7月31日電 美國白宮當地時間31日公布新的稅率。"


def _read(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(m.label, [v.raw for v in m.values]) for m in parse_path(path).mentions if m.kind is Kind.LIST]


CN = [("甲国", ["46%", "20%"]), ("乙国", ["32%", "19%"]), ("丙国", ["40%"]), ("丁国", ["36%", "19%"])]
TW = [(n.replace("国", "國"), v) for n, v in CN]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (CN_HEAD + "其中，甲国由46%下调至20%，乙国由32%下调至19%，丙国维持40%不变，丁国由36%下调至19%。", CN),
        (CN_HEAD + "其中，甲国税率由46%下调至20%，乙国由32%下调至19%，丙国为40%，丁国由36%下调至19%。", CN),
        (TW_HEAD + "其中，甲國稅率由46%調降至20%，乙國由32%調降至19%，丙國仍為40%，丁國由36%調降至19%。", TW),
    ],
)
def test_a_rate_that_stays_among_rates_that_change(
    tmp_path: Path, text: str, want: list[tuple[str, list[str]]]
) -> None:
    assert _read(tmp_path, text) == want


def test_guard_a_clause_of_another_measure_leaves_the_run_unread(tmp_path: Path) -> None:
    text = CN_HEAD + "其中，甲国由46%下调至20%，乙国由32%下调至19%，丙国出口增长3%，丁国由36%下调至19%。"
    assert [values for _, values in _read(tmp_path, text) if values] == []
