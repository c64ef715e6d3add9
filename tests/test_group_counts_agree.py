"""A list shorter than the total its article states (``list_short``) is an error, except where the
article's own counts of each of its groups give its list's length: then two counts of the article disagree
(a headline's ``27國`` over groups it counts ``12國`` and ``6國``, each as long as it says), and the total may
count more than the list it prints; a warning says so. Not where another outlet's list prints what it lacks:
its list then lost an item its own group counts were made from. Made-up articles."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

NAMES = (
    "乙國 丙國 丁國 戊國 己國 庚國 辛國 壬國 癸國 子國 丑國 寅國 卯國 辰國 巳國 午國 未國 申國 酉國".split()
)


def _article(headline: str, lead: str, full: int, partial: int, stated: tuple[int, int] | None) -> str:
    first, second = NAMES[:full], NAMES[full : full + partial]
    a, b = ("", "") if stated is None else (f"（{stated[0]}國）", f"（{stated[1]}國）")
    return (
        f"{headline}\n\n甲島日報　2025年6月5日\n\n{lead}\n\n"
        f"一、全面禁止入境{a}：{'、'.join(first)}。\n\n"
        f"二、部分限制入境{b}：{'、'.join(second)}。\n\n新規定下週一生效。\n"
    )


def _findings(tmp_path: Path, text: str) -> list[tuple[str, Severity]]:
    (tmp_path / "01_outlet.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    return [(d.kind, d.severity) for d in rec.discrepancies if d.severity is not Severity.INFO]


def test_headline_total_over_groups_whose_counts_agree_is_a_warning(tmp_path: Path) -> None:
    text = _article("甲國宣布對27國實施入境限制", "甲國外交部公布名單如下。", 12, 6, (12, 6))
    found = _findings(tmp_path, text)
    assert ("list_short", Severity.WARNING) in found
    assert not [f for f in found if f[1] is Severity.ERROR]


def test_a_group_shorter_than_its_own_count_is_still_an_error(tmp_path: Path) -> None:
    # the second group states 7 and prints 6: the list lost an item, whatever the headline says
    text = _article("甲國宣布對19國實施入境限制", "甲國外交部公布名單如下。", 12, 6, (12, 7))
    found = _findings(tmp_path, text)
    assert any(sev is Severity.ERROR for _, sev in found)


def test_a_short_list_without_group_counts_is_still_an_error(tmp_path: Path) -> None:
    text = _article("甲國宣布對19國實施入境限制", "甲國外交部公布名單如下。", 12, 6, None)
    found = _findings(tmp_path, text)
    assert ("list_short", Severity.ERROR) in found


def test_groups_that_agree_over_a_list_lacking_what_another_prints_is_still_an_error(tmp_path: Path) -> None:
    # the second outlet prints 12 and 6 under its own counts (12) and (6), the first prints the seventh
    # country of the second group; both headlines say 19
    full = _article("甲國宣布對19國實施入境限制", "甲國外交部公布名單如下。", 12, 7, (12, 7))
    short = _article("甲國宣布對19國實施入境限制", "甲國外交部公布名單如下。", 12, 6, (12, 6))
    (tmp_path / "01_outlet.txt").write_text(full, encoding="utf-8")
    (tmp_path / "02_outlet.txt").write_text(short.replace("甲島日報", "乙島晚報"), encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    found = [(d.kind, d.severity, d.sources) for d in rec.discrepancies if d.severity is not Severity.INFO]
    assert ("list_short", Severity.ERROR, ("02_outlet",)) in found
    assert not [f for f in found if "01_outlet" in f[2] and f[1] is Severity.ERROR]
