"""An English ranking told in two sentences of names alone, on made-up names: the first and how it fared,
``followed by`` the next two (who said it after them), then ``The rest of the top 5 were, in order, …``;
read whole with its count, under a wire story's dateline that names its agency."""

from __future__ import annotations

from pathlib import Path

from sources.layouts._inline_rest_en import rest_en
from sources.registry import parse_path

FIRST = (
    "ALANDVILLE, June 19, 2025 (Borduria Wire) - Aland University topped the ranking for a fifth year, "
    "followed by Borduria College and the Carpathia Institute of Technology, the ranking's publisher said "
    "on Thursday."
)
REST = "The rest of the top 5 were, in order, the University of Dalmatia and Elbonia College."
NAMES = [
    "Aland University",
    "Borduria College",
    "Carpathia Institute of Technology",
    "University of Dalmatia",
    "Elbonia College",
]


def _article(tmp_path: Path, rest: str) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(
        f"Aland tops the ranking\n\nBy Jane Roe\n\n{FIRST}\n\n{rest}\n\nFees rose.\n", encoding="utf-8"
    )
    return path


def test_a_ranking_told_in_two_sentences_is_read_whole_with_its_count(tmp_path: Path) -> None:
    """Before: the first three left out, the rest read alone, no count, no outlet."""
    result = parse_path(_article(tmp_path, REST))
    assert [m.name_en for m in result.mentions if m.kind == "list"] == NAMES
    assert [(h.label, h.stated) for h in result.headings] == [("top 5", 5)]
    assert result.article is not None and result.article.outlet == "Borduria Wire"


def test_a_rest_that_is_not_all_names_reads_no_ranking_of_two_sentences(tmp_path: Path) -> None:
    """Guard: a piece of the rest that is no name (``a college in Elbonia``): the two sentences are not
    read as one ranking."""
    text = _article(tmp_path, REST.replace("Elbonia College", "a college in Elbonia")).read_text("utf-8")
    a = text.index("ALANDVILLE")
    assert rest_en(text, a, text.index("\n", a)) == []
