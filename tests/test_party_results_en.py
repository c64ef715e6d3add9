"""An election's results in English wire prose, each candidate ``of the`` their party with their share
(``sources/layouts/_inline_party_results_en.py``): read whole, each candidate an item with their figures
and their party as an attribute, or not read at all."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Mention
from sources.registry import parse_path

_HEAD = "Jane Roe wins Aland's presidential election\n\nBy John Smith, Aland Wire\nJune 4, 2025\n\n"


def _read(tmp_path: Path, body: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(_HEAD + body + "\n\nTurnout was 79.4%.\n", encoding="utf-8")
    return parse_path(path).mentions


def _items(read: list[Mention]) -> list[tuple[str, list[str], list[str]]]:
    return [(m.name_en, [v.raw for v in m.values], [a.text for a in m.attributes]) for m in read]


def test_the_runner_ups_after_ahead_of_each_with_a_share_in_brackets(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        "The election commission said Jane Roe of the Aland Party took 49.42% of the vote, ahead of "
        "John Doe of the Borduria People Union (41.15%), Richard Roe of the Carpathia Front (8.34%) and "
        "Mary Major of the Dalmatia Labour Party (0.98%).",
    )
    assert _items(read) == [
        ("Jane Roe", ["49.42%"], ["Aland Party"]),
        ("John Doe", ["41.15%"], ["Borduria People Union"]),
        ("Richard Roe", ["8.34%"], ["Carpathia Front"]),
        ("Mary Major", ["0.98%"], ["Dalmatia Labour Party"]),
    ]
    assert [v.unit for m in read for v in m.values] == ["%"] * 4


def test_the_others_in_the_next_sentence_each_with_share_and_votes(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        "ALANDIA - Jane Roe of the ruling Aland Party (AP) won the presidential election on Saturday with "
        "40.05% of the vote, or 5.59 million votes, the election commission said.\n\n"
        "John Doe of the main opposition Borduria (BU) came second with 33.49%, or 4.67 million votes, and "
        "Richard Roe of the Carpathia People's Party (CPP) third with 26.46%, or 3.69 million votes. Jane "
        "Roe ran with Mary Major.",
    )
    assert _items(read) == [
        ("Jane Roe", ["40.05%", "5.59 million votes"], ["Aland Party"]),
        ("John Doe", ["33.49%", "4.67 million votes"], ["Borduria"]),
        ("Richard Roe", ["26.46%", "3.69 million votes"], ["Carpathia People's Party"]),
    ]
    assert [m.acronym for m in read] == ["", "", ""]
    assert [v.number for v in read[0].values] == [40.05, 5590000]


def test_a_share_of_something_else_said_by_someone_of_a_party_is_no_result(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        "Aland of the Northern League said 40% of voters stayed home, ahead of Borduria of the Southern "
        "League (35%) and Carpathia of the Eastern League (20%).",
    )
    assert _items(read) == []


def test_runner_ups_not_read_whole_leave_the_winner_unread_too(tmp_path: Path) -> None:
    """The second sentence holds a name with no share: no candidate is read, not the winner alone."""
    read = _read(
        tmp_path,
        "Jane Roe of the Aland Party won with 51.2% of the vote, the commission said.\n\n"
        "John Doe of the Borduria Union came second with 30.1%, and Richard Roe of the Carpathia Front "
        "conceded defeat.",
    )
    assert _items(read) == []


def test_the_others_after_while_and_followed_by_with_their_share(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        "Jane Roe of the Aland Party secured 52.1% of the vote, while John Doe of the Borduria Union "
        "took 30.4% and Richard Roe of the Carpathia Front received 17.5%.\n\n"
        "In the upper house, Mary Major of the Dalmatia Party won 44% of the vote, followed by Jane "
        "Smith of the Estonia Union with 38% and John Major of the Freedonia Front with 18%.",
    )
    assert _items(read) == [
        ("Jane Roe", ["52.1%"], ["Aland Party"]),
        ("John Doe", ["30.4%"], ["Borduria Union"]),
        ("Richard Roe", ["17.5%"], ["Carpathia Front"]),
        ("Mary Major", ["44%"], ["Dalmatia Party"]),
        ("Jane Smith", ["38%"], ["Estonia Union"]),
        ("John Major", ["18%"], ["Freedonia Front"]),
    ]
