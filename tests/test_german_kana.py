"""A family name printed alone in katakana, heard against the English name's last word read as German
(pipeline.knowledge.german_kana): ``z`` as ``ts`` (ツ), ``ei`` as ``ai`` (アイ), a closing ``ig`` as ``ih``
(ヒ), ``ch`` after a vowel as ``h``."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.german_kana import heard_in_kana
from pipeline.run import Reconciliation, reconcile

ENGLISH = """Aland names four new ministers

By Hanna Roe

CAPITAL, May 6 (Aland Wire) - The new Aland government was sworn in on Tuesday. Its four key ministers are:

Finance Minister: Jane Renz
Foreign Minister: Karl Beiler
Interior Minister: Mary Selig
Justice Minister: Tom Karsten

The coalition holds a narrow majority.
"""

JAPANESE = """アランド新政権が発足　主要閣僚4人

【丁日新報】アランド議会は6日、新政権を承認した。主要閣僚は次の4人。

財務相　レンツ
外相　バイラー
内相　ゼーリヒ
法相　カルステン

連立政権は僅差の過半数を持つ。
"""


def test_family_names_alone_in_katakana_are_heard_as_german(tmp_path: Path) -> None:
    """バイラー (baira) is Beiler and ゼーリヒ (zerihi) Selig, each one person across the two outlets
    (before: both alone, 0.55 against beirer and serig, below the gate; a list said to be unlinked)."""
    (tmp_path / "01_en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "02_ja.txt").write_text(JAPANESE, encoding="utf-8")
    result: Reconciliation = reconcile([str(tmp_path)])
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    linked = {frozenset(names[k] for k in e.mentions) for e in result.entities}
    assert linked == {
        frozenset({"Jane Renz", "レンツ"}),
        frozenset({"Karl Beiler", "バイラー"}),
        frozenset({"Mary Selig", "ゼーリヒ"}),
        frozenset({"Tom Karsten", "カルステン"}),
    }
    assert [d for d in result.discrepancies if d.severity.value != "info"] == []


@pytest.mark.parametrize(
    ("key", "heard"),
    [
        ("merz", "merts"),
        ("seitz", "saits"),
        ("hubig", "hubih"),
        ("reiche", "raihe"),
        ("zerer", ""),  # a z opening the name is kept (English Z, German Z alike begin with a z sound)
        ("karsten", ""),  # nothing German to read: the English key alone
        ("jane renz", ""),  # a name of two words: its last word is read, not the whole
    ],
)
def test_a_key_is_read_as_german_only_where_a_rule_applies(key: str, heard: str) -> None:
    assert heard_in_kana(key) == heard
