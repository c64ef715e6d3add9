"""Counts of the whole a list of examples is drawn from (``checks.wholes``, ``checks.examples``): an outlet
that prints four of the leaders who came and closes on ``等25國`` tells a whole of 25 where the others
tell 26 (one warning, the outlet's words quoted); closing on ``等26國`` it agrees with them, and its 26 is
no dispute with the ``其中4位`` the others count their own four by (a part of the whole).

The stories are written here on made-up countries and people."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Reconciliation
from pipeline.run import reconcile
from tests.probe_fixtures import findings

LINES = "- 乙國總統張三\n- 丙國總理李四\n- 丁國總統王五\n- 戊國總統趙六\n"


def _printing_four(paper: str) -> str:
    return (
        f"甲城慶典 多國領袖出席\n\n{paper}　2025年9月3日\n\n甲國3日在甲城舉行慶典，26個國家的元首和政府首腦"
        f"應邀出席。本報整理其中4位外國領導人：\n\n{LINES}\n慶典順利結束。\n"
    )


def _story(tmp_path: Path, whole: int) -> Reconciliation:
    articles = {
        "01_tw.txt": _printing_four("乙島日報"),
        "02_hk.txt": _printing_four("丙港日報"),
        "03_mo.txt": _printing_four("丁澳日報"),
        "04_cn.txt": "甲城庆典举行\n\n己城日报　2025年9月3日\n\n甲国3日在甲城举行庆典。乙国总统张三、丙国总理"
        f"李四、丁国总统王五、戊国总统赵六等{whole}国领导人出席。\n\n庆典顺利结束。\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


def test_examples_closing_on_another_whole_than_the_others_count_are_one_warning(tmp_path: Path) -> None:
    result = _story(tmp_path, 25)
    assert findings(result) == [("count_conflict", ("04_cn",))]
    (found,) = [d for d in result.discrepancies if d.kind == "count_conflict"]
    assert found.severity == "warning"
    assert "25" in found.message and "26" in found.message
    assert "等25国领导人" in found.evidence[0].quote


def test_examples_closing_on_the_others_whole_are_no_dispute_with_their_parts(tmp_path: Path) -> None:
    assert findings(_story(tmp_path, 26)) == []
