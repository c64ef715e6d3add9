"""Counts of a part of the list read against the usual sizes of the run's groups.

Four made-up outlets print one list in two groups. Three state the groups' counts right; the fourth
misprints one of them in a shape that names no group by its label's words:

- counts joined in one sentence, one per group in the order the list prints them (``名單包括4名甲國官員
  及2名乙國官員`` over groups of 3 and 2): the one that differs from its group's size, when the other
  agrees and its number is no group's size, is that group's count;
- a count and the rest after it (``bars travelers from six countries, restricts three more``) in a run of
  two groups of 5 and 3: the rest agrees with one group, so the count is the other's.

Quiet: the same sentences stated right, counts in another order than the list's groups (``2名乙國官員及
3名甲國官員``), a joined count equal to another group's size, and a count of something else ("a summit
that 180 countries attended")."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Severity
from pipeline.run import reconcile

COUNT_KINDS = {"count_mismatch", "count_conflict", "list_short", "list_long"}

GROUP_A = [("外交部長", "張三"), ("國防部長", "李四"), ("財政部長", "王五")]
GROUP_B = [("安全局局長", "趙六"), ("警察總監", "陳七")]
RIGHT_ZH = "名單包括3名甲國官員及2名乙國官員。"


def _zh_article(outlet: str, sentence: str) -> str:
    def rows(people: list[tuple[str, str]], first: int) -> str:
        return "\n".join(f"（{first + k}）{title}{name}" for k, (title, name) in enumerate(people, 1))

    return (
        f"某國制裁5名官員\n\n{outlet}　2025年8月8日\n\n某國財政部7日宣布制裁5名官員，凍結其在某國的資產。"
        f"{sentence}\n\n財政部公布的5人名單如下：\n甲國政府官員（3人）\n{rows(GROUP_A, 0)}\n"
        f"乙國政府官員（2人）\n{rows(GROUP_B, 3)}\n\n編輯：王小明\n"
    )


def _count_errors(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    rec = reconcile([str(folder)])
    return sorted(
        (d.kind, d.sources)
        for d in rec.discrepancies
        if d.severity is Severity.ERROR and d.kind in COUNT_KINDS
    )


def _zh_story(folder: Path, odd: str) -> None:
    for k, outlet in enumerate(("湖濱日報", "山城日報", "河谷新聞")):
        (folder / f"0{k + 1}_outlet.txt").write_text(_zh_article(outlet, RIGHT_ZH), encoding="utf-8")
    (folder / "04_outlet.txt").write_text(_zh_article("海岬商報", odd), encoding="utf-8")


def test_joined_counts_with_one_misprinted_name_the_article(tmp_path: Path) -> None:
    _zh_story(tmp_path, "名單包括4名甲國官員及2名乙國官員。")
    assert _count_errors(tmp_path) == [("count_conflict", ("04_outlet",))]


@pytest.mark.parametrize(
    "sentence",
    [
        RIGHT_ZH,
        "名單包括2名乙國官員及3名甲國官員。",  # the groups counted in another order than the list's
        "名單包括3名甲國官員及3名乙國官員。",  # 3 is a group's size: which group it counts is unclear
    ],
)
def test_joined_counts_that_agree_or_may_count_another_group_stay_quiet(
    tmp_path: Path, sentence: str
) -> None:
    _zh_story(tmp_path, sentence)
    assert _count_errors(tmp_path) == []


FULL = ["Aland", "Carpathia", "Sylvania", "Ruritania", "Elbonia"]
PARTIAL = ["Freedonia", "Grand Fenwick", "Latveria"]


def _en_article(k: int) -> str:
    def numbered(names: list[str]) -> str:
        return "\n".join(f"{n}. {name}" for n, name in enumerate(names, 1))

    return (
        f"Borduria bans travel from 5 countries, restricts 3 more\nOutlet {k}, June 5, 2025\n\n"
        "The president of Borduria on Wednesday signed a proclamation that fully bans citizens of five "
        "countries from entering and restricts travel from three others, citing security concerns.\n\n"
        f"Countries facing a full ban (5):\n{numbered(FULL)}\n\n"
        f"Countries facing partial restrictions (3):\n{numbered(PARTIAL)}\n\n"
        "The measure takes effect on Monday.\n"
    )


def _wire(full: str, rest: str) -> str:
    return (
        f"Borduria bars travelers from {full} countries, restricts {rest} more\n"
        "By Jane Roe, Harbour Wire, June 4, 2025\n\n"
        "CAPITAL CITY (Harbour Wire) - The president of Borduria signed a proclamation on Wednesday barring "
        "travelers from some countries from entering, saying the move was needed to protect the country.\n\n"
        "The full ban covers nationals of countries including Aland and Carpathia, while travelers from "
        "other nations, among them Freedonia and Latveria, face partial limits on visas.\n\n"
        "The measure takes effect on Monday, the proclamation said. The president announced it at a summit "
        "that 180 countries attended.\n"
    )


def _en_story(folder: Path, full: str, rest: str) -> None:
    for k in (1, 2, 3):
        (folder / f"0{k}_outlet.txt").write_text(_en_article(k), encoding="utf-8")
    (folder / "04_wire.txt").write_text(_wire(full, rest), encoding="utf-8")


@pytest.mark.parametrize(("full", "rest"), [("six", "three"), ("five", "four")])
def test_a_count_with_its_rest_misprinted_names_the_article(tmp_path: Path, full: str, rest: str) -> None:
    _en_story(tmp_path, full, rest)
    assert _count_errors(tmp_path) == [("count_conflict", ("04_wire",))]


def test_a_count_with_its_rest_stated_right_stays_quiet(tmp_path: Path) -> None:
    _en_story(tmp_path, "five", "three")
    assert _count_errors(tmp_path) == []


def _examples_story(folder: Path, said: int) -> None:
    for k, outlet in enumerate(("湖濱日報", "山城日報", "河谷新聞")):
        (folder / f"0{k + 1}_outlet.txt").write_text(_zh_article(outlet, RIGHT_ZH), encoding="utf-8")
    (folder / "04_outlet.txt").write_text(
        f"乙國譴責某國制裁\n\n海岬商報　2025年8月8日\n\n乙國發言人8日發表談話，對某國宣布對包括外交部長張三、"
        f"國防部長李四和安全局局長趙六在內的{said}名甲乙兩國官員實施所謂制裁表示強烈譴責。\n\n"
        "發言人表示，制裁不會改變乙國的立場。\n\n編輯：李小華\n",
        encoding="utf-8",
    )


def test_a_count_over_named_examples_is_the_official_lists(tmp_path: Path) -> None:
    """The outlet names three of the five and says they are among six: the others' five disagree."""
    _examples_story(tmp_path, 6)
    assert _count_errors(tmp_path) == [("count_conflict", ("04_outlet",))]


def test_a_count_over_named_examples_stated_right_stays_quiet(tmp_path: Path) -> None:
    _examples_story(tmp_path, 5)
    assert _count_errors(tmp_path) == []


def test_a_heading_over_the_groups_counts_the_list(tmp_path: Path) -> None:
    """``財政部公布的6人名單如下：`` above the groups of 3 and 2, where the others print 5: one finding."""
    _zh_story(tmp_path, RIGHT_ZH)
    odd = tmp_path / "04_outlet.txt"
    odd.write_text(odd.read_text("utf-8").replace("公布的5人名單", "公布的6人名單"), encoding="utf-8")
    assert _count_errors(tmp_path) == [("count_conflict", ("04_outlet",))]
