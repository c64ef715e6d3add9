"""Lists that do not meet: every outlet of one script names the items so that no outlet of the other
links them (``甲國大學`` against ``Aland University``). An English list with one item of its own then seems
to lack every Chinese outlet's items; their absence proves nothing, since none of the Chinese lists holds
half of its items: one warning about the lists, no omission charged to anyone."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

EN = [
    "Aland University",
    "Borduria College",
    "Carpathia University",
    "Dalmatia College",
    "Elbonia University",
]
ZH = ["甲國大學", "乙國學院", "丙國大學", "丁國學院", "戊國大學"]


def _write(folder: Path, name: str, lead: str, items: list[str]) -> None:
    lines = ["2025-06-19", f"{name} 新聞", "", lead, "", *(f"{k}. {n}" for k, n in enumerate(items, 1)), ""]
    (folder / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")


def test_a_list_apart_from_the_others_is_one_warning_and_no_omission(tmp_path: Path) -> None:
    for k in range(3):
        _write(tmp_path, f"zh{k}", "前5名大學如下：", ZH)
    _write(tmp_path, "en0", "The top 5 universities:", EN)
    _write(tmp_path, "en1", "The top 5 universities:", EN)
    _write(tmp_path, "en2", "The top 5 universities:", [*EN[:4], "Freedonia University"])
    found = reconcile([str(tmp_path)]).discrepancies
    assert [d for d in found if d.severity is Severity.ERROR] == []
    assert [d for d in found if d.kind == "missing_entity"] == []
    (apart,) = [d for d in found if d.kind == "unlinked_list" and d.subject == "lists apart"]
    assert apart.sources == ("en2",)
    assert apart.severity is Severity.WARNING and "No item is judged missing" in apart.message
