"""A post an outlet prints at length, with the place it prints before each of its posts, is no other
person's office (``pipeline/checks/posts.py``); made-up names, the posts as the articles below print them."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile


def _outlet(paper: str, rows: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"{k}. {name}，{post}" for k, (name, post) in enumerate(rows, 1))
    lead = "甲國財政部宣布制裁三名乙市官員，名單如下："
    return f"甲國制裁三名乙市官員\n\n{paper}　2025年3月12日\n\n{lead}\n\n{lines}\n\n乙市表示抗議。\n"


def test_a_post_printed_at_length_with_the_place_every_post_shares_accuses_nobody(tmp_path: Path) -> None:
    """``乙市特區維護國家安全委員會秘書長`` where the others print ``國安委秘書長``: the place the outlet
    prints before each of its posts (``乙市特區``) is no sign of the office the others give 張三."""
    short = [("張三", "乙市特區行政長官"), ("李四", "國安委秘書長"), ("王五", "警務處處長")]
    long = [
        ("張三", "乙市特區行政長官"),
        ("李四", "乙市特區維護國家安全委員會秘書長"),
        ("王五", "乙市特區警務處處長"),
    ]
    for name, paper, rows in (("a", "甲報", short), ("b", "乙報", short), ("c", "丙報", long)):
        (tmp_path / f"{name}.txt").write_text(_outlet(paper, rows), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert [(d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR] == []


def test_another_persons_office_is_still_found_among_posts_printed_at_length(tmp_path: Path) -> None:
    """The same outlet giving 李四 the office the others give 張三 (``乙市特區行政長官``): one finding."""
    short = [("張三", "乙市特區行政長官"), ("李四", "國安委秘書長"), ("王五", "警務處處長")]
    wrong = [
        ("張三", "乙市特區行政長官"),
        ("李四", "乙市特區行政長官"),
        ("王五", "乙市特區警務處處長"),
    ]
    for name, paper, rows in (("a", "甲報", short), ("b", "乙報", short), ("c", "丙報", wrong)):
        (tmp_path / f"{name}.txt").write_text(_outlet(paper, rows), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    found = [(d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR]
    assert found == [("attribute_conflict", ("c",))]
