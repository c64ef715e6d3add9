"""The German federal cabinet of May 2025 in five outlets (``tests/fixtures/merz_cabinet/``): posts read
in every language, and two posts swapped in the one English outlet found by their portfolios."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.portfolios import portfolio
from pipeline.run import reconcile
from sources.registry import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "merz_cabinet"


def _posts(name: str) -> list[str]:
    result = parse_path(FIXTURES / name)
    return [
        next((a.text for a in m.attributes if a.kind.value == "title" or a.label in ("職務",)), "")
        for m in result.mentions
        if m.kind.value == "list"
    ]


@pytest.mark.parametrize(
    ("post", "fields"),
    [
        ("Secretary of State", {"foreign"}),
        ("國務卿", {"foreign"}),
        ("外相", {"foreign"}),
        ("Minister of Finance", {"finance"}),
        ("财长", {"finance"}),
        ("財務大臣", {"finance"}),
        ("Chancellor of the Exchequer", {"finance"}),
        ("Home Secretary", {"interior"}),
        ("Vice-Chancellor and Finance Minister", {"deputy head", "finance"}),
        ("副總理兼財政部長", {"deputy head", "finance"}),
        ("経済産業相", {"economy", "trade"}),
        ("judge", set()),
    ],
)
def test_a_post_s_portfolio_whatever_its_language(post: str, fields: set[str]) -> None:
    assert portfolio(post) == fields


def test_every_outlet_s_eight_posts_are_read() -> None:
    assert _posts("04_en.txt") == [
        "Chancellor",
        "Vice-Chancellor and Finance Minister",
        "Foreign Minister",
        "Interior Minister",
        "Defence Minister",
        "Economy and Energy Minister",
        "Justice Minister",
        "Health Minister",
    ]
    assert _posts("05_ja.txt") == [
        "首相",
        "副首相兼財務相",
        "外相",
        "内相",
        "国防相",
        "経済エネルギー相",
        "法相",
        "保健相",
    ]
    assert _posts("02_hk.txt")[1:3] == ["副總理兼財政部長", "外交部長"]
    assert [len(_posts(f)) for f in ("01_tw.html", "03_cn.txt")] == [8, 8]


def test_the_english_swap_is_one_error_and_no_other_outlet_is_accused() -> None:
    result = reconcile([str(FIXTURES)])
    errors = [d for d in result.discrepancies if d.severity.value == "error"]
    assert [(d.kind, d.sources) for d in errors] == [("attribute_conflict", ("04_en",))]
    assert "swaps the posts of" in errors[0].message
    assert "Wadephul" in errors[0].message and "Klingbeil" in errors[0].message
    # a post worded otherwise in another language is no finding
    posts = [
        d for d in result.discrepancies if d.kind == "attribute_conflict" and d.subject.endswith(": post")
    ]
    assert len(posts) == 1


def test_the_japanese_wrong_party_is_a_warning_against_the_one_outlet_printing_the_same_forms() -> None:
    """The Japanese lines give Pistorius (CDU); the English lines, the only other ones printing the
    acronyms, give him (SPD), and each prints the other's form for other ministers: a disagreement. The
    Taiwan table and the mainland lines print 社民黨 / 基民盟, which no outlet prints beside an acronym, so
    they side with no one, and one outlet against one is a warning naming both, no error."""
    result = reconcile([str(FIXTURES)])
    parties = [d for d in result.discrepancies if d.subject.endswith(": party")]
    assert [(d.severity.value, d.sources) for d in parties] == [("warning", ("04_en", "05_ja"))]
    assert "Pistorius" in parties[0].subject
    assert "'CDU'" in parties[0].message and "'SPD'" in parties[0].message


def test_every_minister_is_one_entity_across_the_five_outlets() -> None:
    """メルツ (merutsu) is Merz read as German (merts), フービッヒ (fubihi) Hubig (hubih)."""
    result = reconcile([str(FIXTURES)])
    listed = {m.key for m in result.mentions if m.kind.value == "list"}
    sizes = sorted(len(set(e.mentions) & listed) for e in result.entities if set(e.mentions) & listed)
    assert sizes == [5] * 8
