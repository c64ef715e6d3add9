"""Two items of one list printed with each other's value: four outlets print the new rates of six
made-up trading partners; one gives 艾蘭 30% and 博杜里亞 25% where the three others (and the official
list) give 25% and 30%. One misprint: one ``value_conflict`` error naming both items, not one per item,
and no other outlet named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.models import Severity
from pipeline.run import RunOptions, reconcile

NAMES = "艾蘭 博杜里亞 卡帕西亞 希爾達維亞 魯里塔尼亞 弗里多尼亞".split()
RATES = [25, 30, 35, 40, 20, 15]


def _article(outlet: str, rates: list[int], lead: str = "") -> str:
    rows = "\n".join(f"{name}：{rate}%" for name, rate in zip(NAMES, rates, strict=True))
    return (
        f" date 2025-07-08 某國公布6國新稅率\n\n{outlet}　2025年7月8日\n\n"
        f"某國政府7日公布6個貿易夥伴的新稅率，8月1日起生效。6國新稅率如下：\n\n{rows}\n\n"
        f"{lead}編輯：王小明\n"
    )


def _reference(folder: Path) -> Path:
    entries = [
        {"id": f"p{k}", "group": None, "names": {"zh-Hant": n}, "aliases": [], "values": {"rate": r}}
        for k, (n, r) in enumerate(zip(NAMES, RATES, strict=True))
    ]
    doc = {
        "version": "1",
        "kind": "reference",
        "title": "Rates",
        "date": "2025-07-07",
        "groups": [],
        "columns": [{"id": "rate", "label": "Rate", "unit": "%"}],
        "entries": entries,
    }
    path = folder / "reference.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("official", [False, True])
def test_two_values_swapped_between_items_are_one_finding(tmp_path: Path, official: bool) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for k, outlet in enumerate(("湖濱財經", "山城日報", "河谷新聞")):
        (articles / f"0{k + 1}_outlet.txt").write_text(_article(outlet, RATES), encoding="utf-8")
    swapped = [RATES[1], RATES[0], *RATES[2:]]
    (articles / "04_outlet.txt").write_text(_article("海岬商報", swapped), encoding="utf-8")
    options = RunOptions(reference=str(_reference(tmp_path))) if official else RunOptions()
    rec = reconcile([str(articles)], options=options)
    errors = [d for d in rec.discrepancies if d.severity is Severity.ERROR]
    assert [(d.kind, d.sources) for d in errors] == [("value_conflict", ("04_outlet",))]
    assert "艾蘭 30%" in errors[0].message and "博杜里亞 25%" in errors[0].message
    assert "swapped" in errors[0].message


@pytest.mark.parametrize(
    "printed",
    [
        [RATES[1], RATES[0], *RATES[2:]],  # swapped with 博杜里亞's
        [28, *RATES[1:]],  # misprinted alone
    ],
)
def test_a_value_its_own_text_contradicts_too_is_one_finding(tmp_path: Path, printed: list[int]) -> None:
    """The outlet's text after its list gives 艾蘭 the 25% the others print, its list another rate: one
    misprint, one ``value_conflict`` error that also quotes what its own text says, no
    ``internal_contradiction`` beside."""
    for k, outlet in enumerate(("湖濱財經", "山城日報", "河谷新聞")):
        (tmp_path / f"0{k + 1}_outlet.txt").write_text(_article(outlet, RATES), encoding="utf-8")
    lead = "分析指出，艾蘭的稅率為25%，在各國中屬於較低水平。\n\n"
    (tmp_path / "04_outlet.txt").write_text(_article("海岬商報", printed, lead), encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    found = [d for d in rec.discrepancies if d.severity is not Severity.INFO]
    assert [(d.kind, d.severity, d.sources) for d in found] == [
        ("value_conflict", Severity.ERROR, ("04_outlet",))
    ]
    assert "its own text gives 25%" in found[0].message
