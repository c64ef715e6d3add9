"""An English ranking told in clauses of places (``sources.layouts._inline_placed_en``): ``B …, finishing
second on 357, one point ahead of C (356). D was fourth with 321, ahead of E (256) …``, its first told
before (``A won …, taking 436 points``), read whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

HEAD = "Aland wins the song contest\n\nNorthgate Press, May 18, 2025\n\n"
WINNER = (
    "ALAND CITY, May 17 - Aland won the song contest on Saturday, its singer taking 436 points, 258 from "
    "the juries and 178 from viewers.\n\n"
)
CLAUSES = (
    "Borduria won the public vote with 297 points but took only 60 from the juries, finishing second on 357, "
    "one point ahead of Carpathia (356). Dalmatia, the bookmakers' favourite, was fourth with 321, ahead of "
    "Elbonia (256), Florin (231), Genovia (218) and Hallia (214).\n\n"
)
TAIL = "Aland will host the contest next year.\n"


def _read(tmp_path: Path, text: str) -> list[tuple[str, list[float | None]]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.name_en, [v.number for v in m.values]) for m in parse_path(path).mentions if m.kind == "list"]


def test_clauses_of_places_after_the_winner_are_one_ranking_whole(tmp_path: Path) -> None:
    assert _read(tmp_path, HEAD + WINNER + CLAUSES + TAIL) == [
        ("Aland", [436]),
        ("Borduria", [357]),
        ("Carpathia", [356]),
        ("Dalmatia", [321]),
        ("Elbonia", [256]),
        ("Florin", [231]),
        ("Genovia", [218]),
        ("Hallia", [214]),
    ]


def test_a_ranking_whose_first_clause_places_its_name_first_needs_no_winner(tmp_path: Path) -> None:
    text = (
        HEAD
        + "Aland was first with 436, well ahead of Borduria (357) and Carpathia (356). Dalmatia finished "
        "fourth on 321, ahead of Elbonia (256).\n\n" + TAIL
    )
    assert _read(tmp_path, text) == [
        ("Aland", [436]),
        ("Borduria", [357]),
        ("Carpathia", [356]),
        ("Dalmatia", [321]),
        ("Elbonia", [256]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no winner told: the ranking from its second place is a part of one
        HEAD + CLAUSES + TAIL,
        # a place left out: Dalmatia fifth after the third
        HEAD + WINNER + CLAUSES.replace("was fourth with", "was fifth with") + TAIL,
        # a ranking begun lower: the fourth and the names after it alone
        HEAD + "Dalmatia was fourth with 321, ahead of Elbonia (256), Florin (231) and Genovia (218).\n\n",
        # figures that rise down the ranking are no ranking by them
        HEAD + WINNER.replace("436", "336") + CLAUSES + TAIL,
        # the ranking goes on in a shape not read (a place told in another clause after a plain sentence)
        HEAD + WINNER + CLAUSES.rstrip() + " The hosts were pleased. Hallia came 11th (190).\n\n" + TAIL,
        # the place belongs to another name than the sentence's subject
        HEAD
        + WINNER
        + CLAUSES.replace("Dalmatia, the bookmakers' favourite, was", "Dalmatia said Ruritania was"),
    ],
)
def test_prose_that_only_looks_like_a_ranking_of_places_is_left(tmp_path: Path, text: str) -> None:
    """Guards: a ranking not told whole, or not of places, gives no list of part of it."""
    names = [name for name, _ in _read(tmp_path, text)]
    assert not {"Borduria", "Dalmatia", "Elbonia"} & set(names)
