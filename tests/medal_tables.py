"""A medal table of made-up countries written as one outlet's plain-text article, for the tests of how
lists that lack or replace its rows are judged (``tests/test_holes.py``, ``tests/test_stand_ins.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

TABLE = [
    ("乙國", 18, 16, 14),
    ("丙國", 15, 7, 5),
    ("丁國", 12, 9, 11),
    ("戊國", 10, 12, 8),
    ("己國", 9, 4, 6),
]


def write_table(
    folder: Path, name: str, outlet: str, head: str, rows: Sequence[tuple[str, int, int, int]]
) -> None:
    """``folder/name.txt``: the outlet's article, ``head`` over the table of ``rows``."""
    body = "\n".join(f"{n}　{a}　{b}　{c}" for n, a, b, c in rows)
    text = f"甲運動會落幕\n\n{outlet}　2031年5月2日\n\n{head}\n\n國家　金牌　銀牌　銅牌\n{body}\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
