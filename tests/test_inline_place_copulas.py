"""A ranking told in one sentence, each piece a place, its copula, one name and its figure
(``1位が甲国で…ドル、2位が…``; ``第一名是甲國，…；第二名是…``): read whole, each name under its place with
its figure, or not at all."""

from __future__ import annotations

from document_fixtures import text_document

from sources.registry import parse_document


def _read(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    res = parse_document(text_document("通信社の報道。\n\n" + text + "\n", "t"))
    return [(m.label, m.group, tuple(v.raw for v in m.values)) for m in res.mentions]


def test_japanese_places_each_with_a_name_and_its_figure() -> None:
    got = _read(
        "研究所によると、2024年の軍事費は、1位がアランドで9970億ドル、2位がボルドゥリアで3140億ドル、"
        "3位がカルパチアで1490億ドル、4位がダルマチアで885億ドルだった。"
    )
    assert got == [
        ("アランド", "1位", ("9970億ドル",)),
        ("ボルドゥリア", "2位", ("3140億ドル",)),
        ("カルパチア", "3位", ("1490億ドル",)),
        ("ダルマチア", "4位", ("885億ドル",)),
    ]


def test_chinese_places_each_with_a_name_and_its_figure() -> None:
    got = _read(
        "報告顯示，軍費排名中，第一名是甲國，9970億美元；第二名是乙國，3140億美元；第三名是丙國，1490億美元。"
    )
    assert got == [
        ("甲國", "第一名", ("9970億美元",)),
        ("乙國", "第二名", ("3140億美元",)),
        ("丙國", "第三名", ("1490億美元",)),
    ]


def test_places_that_do_not_count_up_from_one_are_no_such_ranking() -> None:
    """``1位…、3位…、4位…``: a place skipped, the sentence is not read so (no name under a place)."""
    got = _read(
        "軍事費は、1位がアランドで9970億ドル、3位がカルパチアで1490億ドル、4位がダルマチアで885億ドルだった。"
    )
    assert not any(group.endswith("位") for _, group, _ in got)


def test_a_piece_with_words_after_its_figure_leaves_the_sentence_unread() -> None:
    """The last piece goes on past its figure (``…885億ドルで、前年より増えた``): no piece is read so."""
    got = _read(
        "軍事費は、1位がアランドで9970億ドル、2位がボルドゥリアで3140億ドル、"
        "3位がカルパチアで1490億ドルと前年より大きく増えた。"
    )
    assert not any(group.endswith("位") for _, group, _ in got)
