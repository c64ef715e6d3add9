"""Chinese sentences of comma-parted pieces, one name and its rate each, the verb said in the first
(``tests/fixtures/valued_pieces/``)."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "valued_pieces"


def _valued(name: str) -> list[tuple[str, list[str]]]:
    result = parse_path(FIXTURES / name)
    return [(m.label, [v.raw for v in m.values]) for m in result.mentions if m.kind.value == "list"]


def test_a_charged_first_piece_then_bare_pieces_are_a_list() -> None:
    """``乙國被課46%，丙國36%，…``."""
    assert _valued("charged_first_tw.txt") == [
        ("乙國", ["46%"]),
        ("丙國", ["36%"]),
        ("丁國", ["34%"]),
        ("戊國", ["32%"]),
        ("己國", ["24%"]),
    ]


def test_the_charging_side_before_the_preposition_is_no_part_of_the_first_name() -> None:
    """``甲方对乙国加征46%关税，对丙国加征36%，…``: 甲方 charges, 乙国 is charged."""
    assert _valued("side_then_whom_cn.txt") == [
        ("乙国", ["46%"]),
        ("丙国", ["36%"]),
        ("丁国", ["34%"]),
        ("戊国", ["24%"]),
    ]


def _names(text: str) -> list[str]:
    from sources.layouts._inline_pieces import item_spans

    spans = item_spans(text, 0, len(text) - 1, True) or []
    return [text[s:e] for s, e in spans]


def test_a_joiners_character_inside_a_word_joins_nothing() -> None:
    """共和 (a republic), 和平 (peace), the 及 of a name sounding ``-geria``, and a 及 ending the last name
    are parts of names; the joiner before them parts the items."""
    assert _names("名單包括甲國、乙國和丙丁共和國。") == ["甲國", "乙國", "丙丁共和國"]
    assert _names("名單包括甲國、乙國、丙國和阿丁及利亞。") == ["甲國", "乙國", "丙國", "阿丁及利亞"]
    assert _names("名單包括甲國國際和平研究所、乙基金會和丙大學。") == [
        "甲國國際和平研究所",
        "乙基金會",
        "丙大學",
    ]
    assert _names("名單包括甲國、乙國和丙及。") == ["甲國", "乙國", "丙及"]
    assert _names("対象は甲国、乙国、丙丁共和国の3カ国。") == ["甲国", "乙国", "丙丁共和国"]


def test_a_partitive_word_before_the_first_name_is_no_part_of_it() -> None:
    """``其中乙國46%、丙國36%、…``: 其中 (among them) leads the run in."""
    assert _valued("partitive_first_tw.txt") == [
        ("乙國", ["46%"]),
        ("丙國", ["36%"]),
        ("丁國", ["34%"]),
        ("戊國", ["24%"]),
    ]


def test_a_first_piece_charged_in_the_future_passive() -> None:
    """``乙國將被徵49%，丙國48%，…``."""
    assert _valued("future_charged_hk.txt") == [
        ("乙國", ["49%"]),
        ("丙國", ["48%"]),
        ("丁國", ["46%"]),
        ("戊國", ["44%"]),
    ]
