"""A family name printed alone in katakana (``ブラント`` for Lisa Brandt), heard against the last word of the
English names, as Japanese outlets print foreign leaders: one person across the scripts (before: a
katakana name of one word met an English name of two only through a Chinese skeleton equal to its own, and
stayed apart)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from pipeline.run import reconcile

EN = "Summit\n\nBy Staff | June 16, 2025\n\nThe leaders at the summit were:\n\n{items}\n"
JA = "首脳会議\n\n2025年6月16日 甲新聞\n\n出席した首脳は次の通り。\n\n{items}\n"
PEOPLE = [
    ("Lisa Brandt", "ブラント"),
    ("Tom Strong", "ストロング"),
    ("Ann Brock", "ブロック"),
    ("Paul Grant", "グラント"),
]


def test_family_names_alone_in_katakana_are_the_english_persons(tmp_path: Path) -> None:
    (tmp_path / "01_en.txt").write_text(EN.format(items="\n".join(f"- {e}" for e, _ in PEOPLE)), "utf-8")
    (tmp_path / "02_en.txt").write_text(
        EN.replace("By Staff", "By Desk").format(items="\n".join(f"* {e}" for e, _ in PEOPLE)), "utf-8"
    )
    (tmp_path / "03_ja.txt").write_text(JA.format(items="\n".join(f"・{j}首相" for _, j in PEOPLE)), "utf-8")
    rec = reconcile([str(tmp_path)])
    by_key = {m.key: m for m in rec.mentions if m.kind is Kind.LIST}
    linked = {
        frozenset(by_key[k].name_zh or by_key[k].name_en for k in e.mentions if k in by_key)
        for e in rec.entities
    }
    for english, katakana in PEOPLE:
        assert {english, katakana} in [set(x) for x in linked], (english, katakana)
    assert not [d for d in rec.discrepancies if d.severity.value != "info"]
