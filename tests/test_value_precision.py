"""One figure printed in other scales and precisions: six made-up companies' revenues, printed by one
outlet in 億美元 to one decimal, by two in a table under 百萬美元, by one in whole 億美元. A coarser print
backs a finer one it rounds (4,876.1億 and 4876億 back 487,612 百萬); a value is wrong only beyond the
rounding of the coarser print; two values exchanged between two rows are one finding against the outlet
that exchanged them."""

from __future__ import annotations

from pathlib import Path

from pipeline.lang.precision import backs, departs, printed_step
from pipeline.models import Kind, Mention, Severity, Value
from pipeline.run import reconcile
from pipeline.value_columns import align_columns

NAMES = "艾蘭集團 博杜里亞石油 卡帕西亞電網 希爾達維亞銀行 魯里塔尼亞零售 弗里多尼亞航運".split()
MILLIONS = [512_341, 487_612, 455_028, 431_986, 402_553, 398_474]


def _lines(outlet: str, amounts: list[str]) -> str:
    rows = "\n".join(
        f"{k + 1}. {name}：營收{amount}億美元"
        for k, (name, amount) in enumerate(zip(NAMES, amounts, strict=True))
    )
    lead = "甲刊29日公布排行榜，前6名企業如下："
    return f"甲刊公布全球企業營收排行 前6名出爐\n\n{outlet}　2025年7月30日\n\n{lead}\n\n{rows}\n"


def _table(outlet: str, amounts: list[int]) -> str:
    rows = "\n".join(
        f"{k + 1}　{name}　{amount}" for k, (name, amount) in enumerate(zip(NAMES, amounts, strict=True))
    )
    return (
        f"甲刊全球企業營收排行發布 前六名出爐\n\n{outlet}　2025年7月30日\n\n"
        "甲刊29日發布排行榜。前六名企業及其營業收入如下：\n\n"
        f"排名　公司名稱　營業收入（百萬美元）\n{rows}\n\n今年共有6家企業入榜。\n"
    )


def _story(tmp_path: Path, *, tenths: list[str], whole: list[str], table: list[int]) -> list:
    (tmp_path / "01_tenths.txt").write_text(_lines("湖濱財經", tenths), encoding="utf-8")
    (tmp_path / "02_table.txt").write_text(_table("山城日報", MILLIONS), encoding="utf-8")
    (tmp_path / "03_table.txt").write_text(_table("河谷新聞", table), encoding="utf-8")
    (tmp_path / "04_whole.txt").write_text(_lines("海岬商報", whole), encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    return [d for d in rec.discrepancies if d.kind in ("value_conflict", "column_swap")]


TENTHS = ["5,123.4", "4,876.1", "4,550.3", "4,319.9", "4,025.5", "3,984.7"]
WHOLE = ["5123", "4876", "4550", "4320", "4026", "3985"]


def test_the_steps_a_print_shows() -> None:
    assert printed_step("4,876.1億美元", 487_610e6) == 1e7
    assert printed_step("487,612", 487_612e6) == 1e6  # a plain cell under a header's 百萬美元
    assert printed_step("$487.6 billion", 487.6e9) == 1e8
    assert printed_step("4876億ドル", 487_600e6) == 1e8
    assert printed_step("36%", 36) == 1 and printed_step("36.5%", 36.5) == 0.1
    assert printed_step("百分之三十六", 36) == 1
    # two numbers in one: the last part's scale word and its zeros ("3億2000万" rounded to 1000万)
    assert printed_step("3億2000万ドル", 3.2e8) == 1e7
    assert printed_step("3億2345万ドル", 323_450_000) == 1e4
    assert printed_step("3-2", 3) == 0  # no figure in scale words: taken as exact


def test_a_coarser_print_backs_a_finer_one_it_rounds() -> None:
    assert backs(487_612e6, 1e6, 487_610e6, 1e7)  # 4,876.1億
    assert backs(487_612e6, 1e6, 487.6e9, 1e8)  # $487.6 billion
    assert not backs(487_612e6, 1e6, 487_700e6, 1e7)
    assert not backs(36, 1, 37, 1) and departs(36, 1, 37, 1)  # one precision: any difference
    assert backs(36.4, 0.1, 36, 1) and not departs(36.4, 0.1, 36, 1)
    # cut rather than rounded (4319億 for 431,986 百萬): neither backs nor departs
    assert not backs(431_986e6, 1e6, 431_900e6, 1e8) and not departs(431_986e6, 1e6, 431_900e6, 1e8)
    assert departs(407_490e6, 1e6, 470.5e9, 1e8)


def _mention(article: str, k: int, raw: str, number: float) -> Mention:
    value = Value(raw=raw, number=number, unit="USD", column="", start=0, end=len(raw))
    return Mention(
        article=article,
        kind=Kind.LIST,
        position=k + 1,
        category=None,
        name_zh=NAMES[k],
        name_en="",
        acronym="",
        aliases=(),
        note="",
        start=0,
        end=len(raw),
        values=(value,),
    )


def test_columns_in_other_scales_align() -> None:
    mentions = [
        *(_mention("a", k, f"{m:,}", m * 1e6) for k, m in enumerate(MILLIONS)),
        *(_mention("b", k, f"{t}億美元", float(t.replace(",", "")) * 1e8) for k, t in enumerate(TENTHS)),
        *(_mention("c", k, f"{w}億美元", float(w) * 1e8) for k, w in enumerate(WHOLE)),
    ]
    entity_of = {m.key: f"e{m.position}" for m in mentions}
    columns = align_columns(mentions, entity_of)
    assert columns.of[("a", 0)] == columns.of[("b", 0)] == columns.of[("c", 0)]


def test_rounded_prints_of_one_figure_are_no_conflict(tmp_path: Path) -> None:
    assert _story(tmp_path, tenths=TENTHS, whole=WHOLE, table=MILLIONS) == []


def test_a_misprint_beyond_rounding_and_a_swap_are_one_finding_each(tmp_path: Path) -> None:
    whole = [*WHOLE[:2], "4505", *WHOLE[3:]]  # 455,028 百萬 misprinted
    table = [*MILLIONS[:4], MILLIONS[5], MILLIONS[4]]  # the last two rows' revenues exchanged
    found = _story(tmp_path, tenths=TENTHS, whole=whole, table=table)
    assert sorted((d.sources, d.severity) for d in found) == [
        (("03_table",), Severity.ERROR),
        (("04_whole",), Severity.ERROR),
    ]
    (misprint,) = [d for d in found if d.sources == ("04_whole",)]
    assert "卡帕西亞電網" in misprint.message and "4505億美元" in misprint.message
    (swap,) = [d for d in found if d.sources == ("03_table",)]
    assert "swapped" in swap.message and "魯里塔尼亞零售" in swap.message and "弗里多尼亞航運" in swap.message


def test_a_figure_cut_rather_than_rounded_is_no_conflict(tmp_path: Path) -> None:
    whole = [*WHOLE[:3], "4319", *WHOLE[4:]]  # 431,986 百萬 cut to 4319億
    assert _story(tmp_path, tenths=TENTHS, whole=whole, table=MILLIONS) == []
