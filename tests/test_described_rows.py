"""Rows that describe a class rather than name one, and Chinese names apart once their shared ending is
cut."""

from __future__ import annotations

import pytest

from pipeline.checks.described import described_name
from pipeline.checks.strays import _near_in_chinese
from pipeline.lang.group_cues import DESCRIBED_NEGATION_RE


@pytest.mark.parametrize(
    "name",
    [
        "其餘國家",
        "其他",
        "其他未合作車廠",
        "不合作企業",
        "其他所有未合作企业",
        "非協力企業",
        "その他の協力企業",
        "非市場經濟國家",
        "All other companies",
        "Other cooperating companies",
        "Remaining countries",
        "Rest of the world",
        "Non-cooperating exporters",
    ],
)
def test_a_described_row(name: str) -> None:
    assert described_name(name)


@pytest.mark.parametrize(
    "name",
    ["甲乙汽車", "Acme Corp", "Borduria", "非洲國家", "不丹", "山田太郎", "上海汽車集団", "Otherworld", ""],
)
def test_a_name_is_no_described_row(name: str) -> None:
    assert not described_name(name)


@pytest.mark.parametrize(
    ("name", "negated"),
    [
        ("不合作企業", True),
        ("其他所有未合作企业", True),
        ("非協力企業", True),
        ("Non-cooperating companies", True),
        ("其他合作企業", False),
        ("その他の協力企業", False),
        ("Other cooperating companies", False),
    ],
)
def test_the_negation_sets_two_described_rows_apart(name: str, negated: bool) -> None:
    assert (DESCRIBED_NEGATION_RE.search(name) is not None) is negated


def test_names_apart_once_their_ending_is_cut_share_no_syllable() -> None:
    # qi rui / ji li: half their pinyin letters agree (the vowels), no syllable does
    assert _near_in_chinese("奇瑞", "吉利", cut=False) >= 0.5
    assert _near_in_chinese("奇瑞", "吉利", cut=True) == 0.0
    # two transliterations of one name keep their likeness (lu bi ou / lu bi ao)
    assert _near_in_chinese("盧比歐", "卢比奥", cut=True) >= 0.5
