"""Without an official list, a Chinese name linked to what the other lists print (by elimination in a list
as long as it says, or by a sound across scripts) that shares no character with the Chinese names at least
two other lists print, and sounds like none of them, is an item in another's place: one ``wrong_item``
about that list. A transliteration of its own that sounds alike (``杜易`` for ``多伊``) is no finding."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

POSTS = ["外交部長", "財政部長", "國防部長", "內政部長", "衛生部長"]
NAMES = ["羅伊", "多伊", "布朗", "格林", "懷特"]


def _story(folder: Path, fourth: str, printed: list[str] = NAMES) -> list[tuple[str, str, tuple[str, ...]]]:
    for i in range(1, 5):
        names = [*printed[:1], fourth, *printed[2:]] if i == 4 else printed
        lines = "\n".join(f"{p}：{n}" for p, n in zip(POSTS, names, strict=True))
        (folder / f"0{i}_paper.txt").write_text(
            f"阿蘭國新內閣到齊\n2025年3月12日 第{i}日報\n\n阿蘭國內閣5名部長名單如下：\n\n{lines}\n\n"
            "分析指，新內閣仍有待觀察。\n",
            encoding="utf-8",
        )
    rec = reconcile([str(folder)])
    return [
        (d.kind, d.severity.value, d.sources) for d in rec.discrepancies if d.severity is not Severity.INFO
    ]


def test_a_stranger_linked_by_elimination_is_one_wrong_item(tmp_path: Path) -> None:
    assert _story(tmp_path, "史密斯") == [("wrong_item", "error", ("04_paper",))]


def test_a_transliteration_of_its_own_is_no_finding(tmp_path: Path) -> None:
    assert _story(tmp_path, "杜易") == []


def test_a_transliteration_of_its_own_with_the_english_name_beside_it_is_no_finding(tmp_path: Path) -> None:
    """``強森（Simon Doe）`` where the others print ``西蒙·多伊``: the two Chinese names share no character,
    but the outlet's own English name is what the others transliterate."""
    assert _story(tmp_path, "強森（Simon Doe）", [NAMES[0], "西蒙·多伊", *NAMES[2:]]) == []
