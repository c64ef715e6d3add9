"""A count whose words could count something else (no decision verb, no total word: ``致7個國家領袖的
信函``), in an article that counts the same noun again as its list's total (``艾蘭、博杜里亞等6國``) over
a list of six, which three other outlets print and count alike: one ``count_mismatch`` warning naming
that article, never an error, and nothing where the count is of another noun or of a part."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.counted_nouns import counted_noun
from pipeline.lang.counts import find_counts
from pipeline.models import Severity
from pipeline.run import reconcile

NAMES = "艾蘭 博杜里亞 卡帕西亞 希爾達維亞 魯里塔尼亞 弗里多尼亞".split()
RATES = (25, 30, 35, 40, 25, 30)
OUTLETS = ("湖濱財經", "山城日報", "河谷新聞", "海岬商報")


def _article(outlet: str, sentence: str) -> str:
    rows = "\n".join(f"{name}：{rate}%" for name, rate in zip(NAMES, RATES, strict=True))
    return (
        f" date 2025-07-08 某國向艾蘭、博杜里亞等6國發關稅信\n\n{outlet}　2025年7月8日　09:00\n\n"
        f"某國總統7日在社群平台陸續貼出{sentence}，宣布自8月1日起對各國輸入商品課徵新的關稅。\n\n"
        f"各國新稅率一覽：\n{rows}\n\n編輯：王小明\n"
    )


def _run(folder: Path, sentence: str) -> list[tuple[str, Severity, tuple[str, ...]]]:
    for k, outlet in enumerate(OUTLETS):
        said = sentence if k == 0 else "致6個國家領袖的信函"
        (folder / f"0{k + 1}_outlet.txt").write_text(_article(outlet, said), encoding="utf-8")
    rec = reconcile([str(folder)])
    return [(d.kind, d.severity, d.sources) for d in rec.discrepancies if d.severity is not Severity.INFO]


def test_a_loose_count_of_the_same_noun_is_one_warning(tmp_path: Path) -> None:
    found = _run(tmp_path, "致7個國家領袖的信函")
    assert found == [("count_mismatch", Severity.WARNING, ("01_outlet",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "致6個國家領袖的信函",  # the same count as the others: nothing to say
        "致7個城市首長的信函",  # another noun: cities are no countries
        "致6個國家領袖的信函，其中兩國最先收到",  # a part of the six, not a total misprinted
    ],
)
def test_nothing_where_the_loose_count_agrees_or_counts_something_else(tmp_path: Path, sentence: str) -> None:
    assert _run(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("艾蘭、博杜里亞等6國", "国"),
        ("致6個國家領袖", "国"),
        ("艾蘭など６か国", "国"),
        ("某國內閣9名部長名單", "部长"),
        ("9部長全數到位", "部长"),
        ("制裁7名甲方及乙方官員", "官员"),
        ("7名官員如下", "官员"),
        ("letters to the leaders of 6 nations", "nation"),
        ("the 9 departments of Aland", "department"),
        ("金メダル7個、銀5個", ""),
    ],
)
def test_counted_noun(text: str, noun: str) -> None:
    assert counted_noun(text, find_counts(text)[0]) == noun
