"""Companies of one trade (made up: ``甲辰半導體科技``, ``丁未光電有限公司``…), told by four outlets,
two of them with English names beside the Chinese (``tests/fixtures/companies/``). Two Chinese names that
share their trade and legal form (``光電有限公司``) but neither of whose openings has a character in the
other are two companies, never one company written two ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.matching.heads import foreign_heads
from pipeline.models import Discrepancy
from pipeline.run import reconcile

COMPANIES = Path(__file__).resolve().parent / "fixtures" / "companies"


def _findings(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> list[Discrepancy]:
    for path in sorted(COMPANIES.iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.name in edits:
            text = text.replace(*edits[path.name])
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    return [d for d in reconcile([str(tmp_path)]).discrepancies if d.severity.value != "info"]


def test_the_same_five_companies_in_four_outlets_are_no_finding(tmp_path: Path) -> None:
    assert _findings(tmp_path, {}) == []


def test_another_company_of_the_same_trade_in_place_of_one_is_one_wrong_item(tmp_path: Path) -> None:
    """The mainland outlet prints 己酉光电有限公司 where the others print 丁未光電(有限公司): it is the one
    item its list has left, yet no name of it is the other's."""
    found = _findings(tmp_path, {"02_cn.txt": ("丁未光电有限公司和", "己酉光电有限公司和")})
    assert [(d.kind, d.sources) for d in found] == [("wrong_item", ("02_cn",))]
    assert "己酉光电有限公司" in found[0].message


@pytest.mark.parametrize(
    ("a", "b", "foreign"),
    [
        ("己酉光电有限公司", "丁未光电有限公司", True),
        ("己酉光电有限公司", "丁未光电", True),
        ("世卫组织", "世界卫生组织", False),  # an abbreviation opens with the name's own characters
        ("世界自然保护联盟", "国际自然保育联盟", False),  # generic openings translated two ways
        ("柏根", "伯古姆", False),  # two transliterations that share no word
        ("丁未光电有限公司", "丁未光电", False),
    ],
)
def test_names_of_one_kind_with_openings_of_their_own(a: str, b: str, foreign: bool) -> None:
    assert foreign_heads(a, b) is foreign


def test_a_given_name_heard_two_ways_is_no_other_person() -> None:
    """``史考特·貝森特`` / ``斯科特·贝森特`` (Taiwan and the mainland write one given name two ways): the
    openings share no character but begin with one sound, so the names are not two of one kind."""
    assert foreign_heads("史考特贝森特", "斯科特贝森特") is False
