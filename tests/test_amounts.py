"""Amounts of money as outlets print them: a scale word (億, 萬, million, bn, 兆) and a currency (美元, ドル,
$, US$, 円, €) in any of their forms. An amount is read as its number in units of its currency, with the
currency's ISO 4217 code, so ``3.2億美元``, ``$320 million`` and ``3億2000万ドル`` are one value; the text is
kept as printed. Made-up pledges in four languages (``tests/fixtures/layouts/amounts_*``): the expected
readings are written from reading them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.values import find_values
from pipeline.models import Kind
from pipeline.run import RunOptions, reconcile
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("5億美元", 500_000_000, "USD"),
        ("3.2亿美元", 320_000_000, "USD"),
        ("8000萬美元", 80_000_000, "USD"),
        ("$500 million", 500_000_000, "USD"),
        ("US$1.2 billion", 1_200_000_000, "USD"),
        ("3億2000万ドル", 320_000_000, "USD"),
        ("12億円", 1_200_000_000, "JPY"),
        ("2.5兆日圓", 2_500_000_000_000, "JPY"),
        ("€3bn", 3_000_000_000, "EUR"),
        ("HK$3 billion", 3_000_000_000, "HKD"),
        # a Chinese currency's name before the amount
        ("港幣3000萬", 30_000_000, "HKD"),
        ("新台幣500億元", 50_000_000_000, "TWD"),
        ("人民币1.2万亿元", 1_200_000_000_000, "CNY"),
        ("1,200美元", 1200, "USD"),
        ("5億元", 500_000_000, "元"),  # yuan or Taiwan dollars: the currency not known, the amount scaled
        ("25%", 25, "%"),
    ],
)
def test_an_amount_is_its_number_in_its_currency(text: str, number: float, unit: str) -> None:
    (found,) = find_values(text)
    assert (found.raw, found.number, found.unit) == (text, number, unit)


def _read(name: str) -> list[tuple[str, tuple[str, ...]]]:
    result = parse_path(LAYOUTS / name)
    return [(m.label, tuple(v.raw for v in m.values)) for m in result.mentions if m.kind is Kind.LIST]


EN = [("Borduria", "$500 million"), ("Carpathia", "$320 million"), ("Dalmatia", "$150 million")]
EN += [("Elbonia", "$80 million")]
JA = [("乙国", "5億ドル"), ("丙国", "3億2000万ドル"), ("丁国", "1億5000万ドル"), ("戊国", "8000万ドル")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "amounts_lines_tw.txt",
            [("乙國", "5億美元"), ("丙國", "3.2億美元"), ("丁國", "1.5億美元"), ("戊國", "8000萬美元")],
        ),
        (
            "amounts_verb_once_cn.txt",
            [("乙国", "5亿美元"), ("丙国", "3.2亿美元"), ("丁国", "1.5亿美元"), ("戊国", "8000万美元")],
        ),
        ("amounts_bullets_en.txt", EN),
        ("amounts_verb_once_en.txt", EN),
        ("amounts_table_ja.txt", JA),
        ("amounts_ga_ja.txt", JA),
    ],
)
def test_pledges_are_read_with_their_amounts(name: str, expected: list[tuple[str, str]]) -> None:
    """Lines ``乙國：5億美元``, a sentence saying its verb once (``乙国承诺提供5亿美元，丙国3.2亿美元…``,
    ``Borduria pledged $500 million, Carpathia $320 million … on Saturday``, ``乙国が5億ドル、…の支援を
    表明した``), bullets and a table under a dateline."""
    assert _read(name) == [(n, (v,)) for n, v in expected]


def test_one_amount_in_four_ways_is_no_conflict_and_a_wrong_one_is(tmp_path: Path) -> None:
    """The four outlets print the same pledges in 億美元, million dollars and 億ドル: no finding. The English
    one printing $230 million for 320 million is one value_conflict, against it alone."""
    reference = LAYOUTS / "amounts_reference.json"
    names = [
        "amounts_lines_tw.txt",
        "amounts_verb_once_cn.txt",
        "amounts_bullets_en.txt",
        "amounts_table_ja.txt",
    ]
    paths = [LAYOUTS / n for n in names]
    result = reconcile(paths, options=RunOptions(reference=str(reference)))
    assert [f for f in result.discrepancies if f.kind == "value_conflict"] == []
    wrong = tmp_path / "amounts_bullets_en.txt"
    wrong.write_text(
        paths[2].read_text(encoding="utf-8").replace("$320 million", "$230 million"), encoding="utf-8"
    )
    result = reconcile([*paths[:2], wrong, paths[3]], options=RunOptions(reference=str(reference)))
    conflicts = [f for f in result.discrepancies if f.kind == "value_conflict"]
    assert [(f.sources, f.severity.value) for f in conflicts] == [(("amounts_bullets_en",), "error")]
    assert "$230 million" in conflicts[0].message and "320,000,000" in conflicts[0].message


@pytest.mark.parametrize(
    ("name", "header"),
    [("shares_table_en.html", "Pledge (US$ million)"), ("shares_table_tw.txt", "金額（百萬美元）")],
)
def test_plain_numbers_under_a_header_unit_are_amounts(name: str, header: str) -> None:
    """``500`` under ``Pledge (US$ million)`` or ``金額（百萬美元）`` is 500,000,000 USD, printed ``500``."""
    result = parse_path(LAYOUTS / name)
    firsts = [m.values[0] for m in result.mentions if m.kind is Kind.LIST]
    assert [(v.raw, v.number, v.unit, v.column) for v in firsts] == [
        (raw, float(raw) * 1e6, "USD", header) for raw in ("500", "320", "150", "80")
    ]


def test_a_rate_in_conflict_is_written_with_its_percent_sign(tmp_path: Path) -> None:
    """Four outlets print rates as ``乙國：25%``; one prints 45% for 40%: the finding says the others
    give 40%, as a rate, not a bare 40."""
    rates = {"乙": 25, "丙": 30, "丁": 35, "戊": 40}
    for k, outlet in enumerate(("甲報", "乙報", "丙報", "丁報")):
        lines = [f"{name}國：{45 if (k == 3 and name == '戊') else rate}%" for name, rate in rates.items()]
        text = f"美國公布關稅\n2031年7月8日　{outlet}\n美國7日公布4國稅率如下：\n" + "\n".join(lines) + "\n"
        (tmp_path / f"0{k}.txt").write_text(text, encoding="utf-8")
    found = [d for d in reconcile([str(tmp_path)]).discrepancies if d.kind == "value_conflict"]
    assert [d.sources for d in found] == [("03",)]
    assert "戊國 45%" in found[0].message and found[0].message.endswith("give 40%.")
