"""A running total over a list (``免簽國家增至9國``, ``rising to 9 countries``): the count of the list when
the list under it is the whole (``名單如下：``, ``The full list:``), so an outlet that drops a name is told;
no count of it when the list holds the additions (``新增國家如下：``, ``The additions:``), so no outlet
listing the four added is accused of lacking five. Made-up articles, three outlets each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.lang.count_binding import running_total_over_additions
from pipeline.models import Severity
from pipeline.run import reconcile

ZH = "子國 丑國 寅國 卯國 辰國 巳國".split()
EN = "Carpathia Dalmatia Elbonia Freedonia Grenadia Halsia".split()
ZH_OUTLETS = ("甲報", "乙報", "丙報")
EN_OUTLETS = ("Borduria Herald", "Carpathia Times", "Dalmatia Post")


def _zh(outlet: str, total: int, lead: str, names: list[str]) -> str:
    return (
        f"甲國免簽國家增至{total}國\n2026年1月6日 {outlet}\n\n"
        f"甲國外交部週一宣布，單方面免簽國家增至{total}國，{lead}\n\n"
        + "\n".join(names)
        + "\n\n新措施下月起實施。\n"
    )


def _en(outlet: str, total: int, lead: str, names: list[str]) -> str:
    return (
        f"Aland's visa waiver list rises to {total} countries\n{outlet}, January 6, 2026\n\nAland's foreign "
        f"ministry said on Monday its visa waiver list was rising to {total} countries. {lead}\n\n"
        + "\n".join(f"- {name}" for name in names)
        + "\n\nThe waiver takes effect next month.\n"
    )


def _against(folder: Path, texts: list[str]) -> dict[str, list[str]]:
    for k, text in enumerate(texts):
        (folder / f"0{k + 1}_outlet.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(folder)])
    out: dict[str, list[str]] = {}
    for d in rec.discrepancies:
        if d.severity is not Severity.INFO:
            for s in d.sources:
                out.setdefault(s.split("_")[0], []).append(d.kind)
    return out


Writer = Callable[[str, int, str, list[str]], str]
STORIES: dict[str, tuple[Writer, list[str], tuple[str, ...], str, str]] = {
    "zh": (_zh, ZH, ZH_OUTLETS, "名單如下：", "新增國家如下："),
    "en": (_en, EN, EN_OUTLETS, "The full list:", "The additions:"),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_running_total_over_the_whole_list_counts_it(tmp_path: Path, lang: str) -> None:
    write, names, outlets, whole, _ = STORIES[lang]
    dropped = names[:2] + names[3:]
    texts = [write(o, 6, whole, dropped if k == 1 else names) for k, o in enumerate(outlets)]
    assert set(_against(tmp_path, texts)) == {"02"}  # the outlet that dropped a name, alone


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_running_total_over_the_additions_accuses_nobody(tmp_path: Path, lang: str) -> None:
    write, names, outlets, _, added = STORIES[lang]
    assert _against(tmp_path, [write(o, 9, added, names[:4]) for o in outlets]) == {}


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("單方面免簽國家增至9國，新增國家如下：", 9, True),
        ("单方面免签国家增至9国，新增的4国为：", 9, True),
        ("its list is rising to 9 countries. The additions:", 9, True),
        ("單方面免簽國家增至6國，名單如下：", 6, False),  # the whole list under it
        ("its list is rising to 6 countries. The full list:", 6, False),
        ("新增9國，名單如下：", 9, False),  # a count of the additions, no running total
    ],
)
def test_running_total_over_additions(text: str, value: int, expected: bool) -> None:
    assert running_total_over_additions(text, value) is expected
