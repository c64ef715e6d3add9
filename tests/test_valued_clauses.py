"""Clauses of one repeated shape, each a name at its head and its figures after it, read as a list
(``sources/layouts/_inline_clauses.py``): made-up imports by origin in four languages
(``tests/fixtures/clauses/shares_*``), clauses parted by ``。``, ``、`` and ``,``/``and``, each name with an
amount in tonnes and a share. Prose with a few numbers about one subject (``one_subject_*``) is no list.
Expected readings are written from reading the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.layouts._inline_clauses import valued_clauses
from sources.registry import parse_path

CLAUSES = Path(__file__).resolve().parent / "fixtures" / "clauses"


def _read(name: str) -> list[tuple[str, tuple[tuple[float | None, str], ...]]]:
    result = parse_path(CLAUSES / name)
    return [
        (m.label, tuple((v.number, v.unit) for v in m.values)) for m in result.mentions if m.kind is Kind.LIST
    ]


def _shares(first: str, second: str, third: str) -> list[tuple[str, tuple[tuple[float | None, str], ...]]]:
    return [
        (first, ((74_650_000, "t"), (71.1, "%"))),
        (second, ((22_130_000, "t"), (21.1, "%"))),
        (third, ((4_100_000, "t"), (3.9, "%"))),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("shares_sentences_tw.txt", _shares("甲國", "丁國", "戊國")),  # sentences: 甲國7465萬公噸，占71.1%。
        ("shares_en.txt", _shares("Aland", "Carpathia", "Dalmatia")),  # Aland supplied …, Carpathia … and …
        ("shares_ja.txt", _shares("甲国", "丙国", "戊国")),  # 輸入先別では甲国が7465万トン（71.1％）、…
        ("shares_enumerated_cn.txt", _shares("甲国", "丁国", "戊国")),  # 从甲国进口大豆7465万吨（占71.1%）、…
    ],
)
def test_clauses_of_a_name_an_amount_and_a_share_are_a_list(
    name: str, expected: list[tuple[str, tuple[tuple[float | None, str], ...]]]
) -> None:
    assert _read(name) == expected


@pytest.mark.parametrize(
    "name", ["one_subject_tw.txt", "one_subject_cn.txt", "one_subject_en.txt", "one_subject_ja.txt"]
)
def test_figures_of_one_subject_are_no_list(name: str) -> None:
    """``甲國去年出口增長5%，達300億美元；進口下降3%，…``, ``上半年…產量1.2億噸，增長3%；下半年…``,
    ``exports rose 5% to $300 billion, imports fell …``, ``輸出は5%増の300億ドル、輸入は…``: measures and
    changes of one subject, not names with their figures."""
    assert _read(name) == []


@pytest.mark.parametrize(
    "text",
    [
        "甲國7465萬公噸，占71.1%；乙國2213萬公噸，占21.1%。",  # two clauses: no list of their own
        "甲國7465萬公噸，占71.1%；乙國2213萬公噸；丙國410萬公噸，占3.9%。",  # the middle one of another shape
        "甲國7465萬公噸，占71.1%；甲國2213萬公噸，占21.1%；甲國410萬公噸，占3.9%。",  # one name thrice
        "Aland 74.65 million tonnes (71.1%), Borduria 22.13 million tonnes (21.1%) and its own 4.10 million "
        "tonnes (3.9%).",
        # the list goes on in another shape after a "、": not whole sentences, the enumeration readers' own
        "甲国が7465万トン（71.1％）、乙国が2213万トン（21.1％）、丙国が410万トン（3.9％）、丁国と戊国が各100万トン。",
        # measures of one subject, capitalized at the head of each clause
        "Exports $300 billion (3.1%); Imports $200 billion (2.2%); Surplus $100 billion (1.5%).",
    ],
)
def test_clauses_that_do_not_repeat_one_shape_are_no_list(text: str) -> None:
    assert valued_clauses(text, 0, len(text)) == []


def test_the_clauses_name_each_items_span_and_its_figures() -> None:
    text = "按來源國計算，甲國7465萬公噸，占71.1%；乙國2213萬公噸，占21.1%；丙國410萬公噸，占3.9%。"
    (enum,) = valued_clauses(text, 0, len(text))
    assert [text[s:e] for s, e in enum.spans] == ["甲國", "乙國", "丙國"]
    assert [text[s:e] for s, e in enum.shared] == [
        "7465萬公噸，占71.1%",
        "2213萬公噸，占21.1%",
        "410萬公噸，占3.9%",
    ]
    assert enum.lead_start == 0


def test_an_english_lead_in_stops_at_the_first_capitalized_word() -> None:
    text = (
        "The order covers nationals of Aland 10% 20%, Borduria 15% 25%, Carpathia 30% 40% and New Dalmatia "
    )
    text += "5% 6%."
    (enum,) = valued_clauses(text, 0, len(text))
    assert [text[s:e] for s, e in enum.spans] == ["Aland", "Borduria", "Carpathia", "New Dalmatia"]


def test_possessors_in_lower_case_among_capitalized_ones_are_names_of_the_run(tmp_path: Path) -> None:
    """``the aland dollar's falls to …``: a possessor whose words are a common noun, or a capital's word
    and one (``the Borduran crown's``), is the name of its clause when the run's other names have
    capitals; clauses are parted by ``and the`` too."""
    text = (
        "The Carpathian mark's weight rises to 43.38% from 41.73%, the florin's falls to 29.31% from 30.93%, "
        "the Borduran crown's rises to 12.28% from 10.92% and the dinar's falls to 7.59% from 8.33%."
    )
    (enum,) = valued_clauses(text, 0, len(text))
    assert [text[s:e] for s, e in enum.spans] == ["Carpathian mark", "florin", "Borduran crown", "dinar"]
    (tmp_path / "basket.txt").write_text(f"Aland's basket changes\n\n{text}\n", encoding="utf-8")
    result = parse_path(tmp_path / "basket.txt")
    assert [(m.label, tuple(v.number for v in m.values)) for m in result.mentions] == [
        ("Carpathian mark", (43.38, 41.73)),
        ("florin", (29.31, 30.93)),
        ("Borduran crown", (12.28, 10.92)),
        ("dinar", (7.59, 8.33)),
    ]


def test_possessors_all_in_lower_case_are_no_list() -> None:
    """``the company's revenue rose to …, the bank's fell to …``: common nouns only, no name among them."""
    text = (
        "the company's share rose to 43.38% from 41.73%, the bank's fell to 29.31% from 30.93% and the "
        "fund's rose to 12.28% from 10.92%."
    )
    assert valued_clauses(text, 0, len(text)) == []
