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


def test_a_country_in_katakana_is_no_family_name_printed_alone(tmp_path: Path) -> None:
    """A guard: ``チャド`` (a country CLDR names) sounds near ``Chan``; in one folder with a list of people it
    is never taken for Paul Chan's family name (before the guard: a person joined to a country)."""
    people = [
        ("Paul Chan", "ポール・チャン"),
        ("Lisa Brandt", "リサ・ブラント"),
        ("Tom Strong", "トム・ストロング"),
    ]
    (tmp_path / "01_en.txt").write_text(EN.format(items="\n".join(f"- {e}" for e, _ in people)), "utf-8")
    (tmp_path / "02_ja.txt").write_text(
        "渡航禁止\n\n2025年6月5日 乙新聞\n\n対象は以下の国。\n\n・チャド\n・イラン\n・リビア\n", "utf-8"
    )
    rec = reconcile([str(tmp_path)])
    by_key = {m.key: m for m in rec.mentions if m.kind is Kind.LIST}
    for e in rec.entities:
        names = {by_key[k].name_zh or by_key[k].name_en for k in e.mentions if k in by_key}
        assert not ({"チャド"} <= names and "Paul Chan" in names), names
