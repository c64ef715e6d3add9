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
