"""Names and values given in the same order, the k-th value the k-th name's: after a short
verb (``甲國、乙國…分別被課徵20%、19%…的關稅``), after a Japanese particle
(``甲国、乙国…にはそれぞれ20％、…``), and in English closed by ``respectively`` (values then
names, or names then values). As many values as names, or nothing is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

RATES = ["20%", "19%", "15%", "25%"]
TW = ["甲國", "乙國", "丙國", "丁國"]
CN = ["甲国", "乙国", "丙国", "丁国"]
EN = ["Aland", "Borduria", "Carpathia", "Dalmatia"]


def _read(tmp_path: Path, body: str, title: str = "New rates") -> list[tuple[str, list[str]]]:
    path = tmp_path / "article.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return [(m.label, [v.raw for v in m.values]) for m in parse_path(path).mentions if m.kind is Kind.LIST]


@pytest.mark.parametrize(
    ("body", "names", "rates"),
    [
        ("白宮31日公布新稅率，甲國、乙國、丙國、丁國分別被課徵20%、19%、15%及25%的關稅。", TW, RATES),
        ("白宫31日公布新税率，甲国、乙国、丙国和丁国分别征收20%、19%、15%和25%的关税。", CN, RATES),
        (
            "米政府は31日、新たな税率を発表した。甲国、乙国、丙国、丁国にはそれぞれ20％、19％、15％、25％を課す。",
            CN,
            ["20％", "19％", "15％", "25％"],
        ),
        (
            "The White House on Thursday set rates of 20%, 19%, 15% and 25% for Aland, Borduria, Carpathia "
            "and Dalmatia, respectively.",
            EN,
            RATES,
        ),
        (
            "Aland, Borduria, Carpathia and Dalmatia will face rates of 20%, 19%, 15% and 25%, respectively, "
            "from August 7.",
            EN,
            RATES,
        ),
    ],
)
def test_values_in_the_order_of_the_names(
    tmp_path: Path, body: str, names: list[str], rates: list[str]
) -> None:
    assert _read(tmp_path, body) == [(n, [r]) for n, r in zip(names, rates, strict=True)]


@pytest.mark.parametrize(
    "body",
    [
        # one value fewer than the names: which name has which is not told
        "白宮31日公布新稅率，甲國、乙國、丙國、丁國分別被課徵20%、19%及15%的關稅。",
        "The White House set rates of 20%, 19% and 15% for Aland, Borduria, Carpathia and Dalmatia, "
        "respectively.",
        # falls, not the names' rates
        "甲國、乙國、丙國、丁國的出口分別下降20%、19%、15%及25%。",
    ],
)
def test_guard_values_the_sentence_does_not_give_each_name_are_not_read(tmp_path: Path, body: str) -> None:
    assert [v for _, v in _read(tmp_path, body) if v] == []
