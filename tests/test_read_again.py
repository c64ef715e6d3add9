"""An article whose list came out far shorter than the others', or not at all, read again knowing the
names the others list (``pipeline/reread.py``, ``sources/layouts/_inline_known.py``; stories in
``tests/fixtures/read_again/`` and ``tests/fixtures/read_again_part/``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.models import Kind, Severity
from pipeline.run import reconcile

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _listed(folder: str) -> tuple[Counter[str], list[tuple[str, tuple[str, ...]]]]:
    rec = reconcile([str(FIXTURES / folder)])
    counts = Counter(m.article for m in rec.mentions if m.kind is Kind.LIST)
    found = [(d.kind, d.sources) for d in rec.discrepancies if d.severity is not Severity.INFO]
    return counts, found


def test_names_in_sentences_no_cue_makes_a_list_are_read_as_the_others_list_them() -> None:
    """Three outlets print the three people and the two bodies in sentences (``被制裁人员为…。被制裁实体
    为…。``, ``包括…，以及…``); the fourth numbers all five. All four list the same five: no finding."""
    counts, found = _listed("read_again")
    assert counts == {"01_tw": 5, "02_cn": 5, "03_hk": 5, "04_cn2": 5}
    assert found == []


def test_a_second_reading_of_one_part_of_a_list_is_not_kept() -> None:
    """The second Taiwan outlet names the three people and only says two bodies are listed too: its three
    names alone would make it two short; its article is left with no list, and no finding names it."""
    counts, found = _listed("read_again_part")
    assert counts["02_tw"] == 0
    assert counts["01_cn"] == 5 and counts["03_tw"] == 5
    assert all("02_tw" not in sources for _, sources in found)


def test_a_group_one_outlet_leaves_unlabelled_takes_the_label_others_print() -> None:
    """The Taiwan outlet files the two bodies after ``以及`` under no label of its own; the mainland and
    Hong Kong outlets print ``被制裁实体`` and ``被制裁的機構``: the canonical group is named by
    a printed label."""
    rec = reconcile([str(FIXTURES / "read_again")])
    bodies = {g.label for g in rec.groups if ("02_cn", "被制裁实体") in g.members}
    assert bodies == {"被制裁实体"}


def test_territories_an_english_list_prints_are_known_in_chinese_when_read_again(tmp_path: Path) -> None:
    """Only the English outlet cues its list; the two Chinese outlets print the same four countries in a
    sentence with no count. Read again knowing CLDR's names of the territories the English list prints,
    they list them too (before: known were the English names alone, and the Chinese articles had none)."""
    texts = {
        "01_tw.txt": "旅行禁令\n\n甲報 2025年6月5日\n\n"
        "美國周三宣布旅行禁令，對象包括阿富汗、緬甸、查德和伊朗。\n",
        "02_en.txt": "Travel ban\n\nBy Staff | June 5, 2025\n\n"
        "The ban covers Afghanistan, Myanmar, Chad and Iran.\n",
        "03_cn.txt": "旅行禁令\n\n乙报 2025年6月5日\n\n"
        "美国周三宣布旅行禁令，对象包括阿富汗、缅甸、乍得和伊朗。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    assert Counter(m.article for m in rec.mentions if m.kind is Kind.LIST) == {
        "01_tw": 4,
        "02_en": 4,
        "03_cn": 4,
    }
    assert not [d for d in rec.discrepancies if d.severity is not Severity.INFO]
