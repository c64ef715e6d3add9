"""Lines each a group's label, a wide space and its names (``全面禁止　A、B、C`` over ``一部制限　D、E``) with
no marker before them: each line its group, as with a marker (``▽全面禁止　A、B``); one such line alone
(a headline's words before a wide space) labels nothing."""

from __future__ import annotations

from document_fixtures import text_document

from sources.registry import parse_document


def _read(body: str) -> list[tuple[str, str]]:
    res = parse_document(text_document("甲国、入国制限を拡大\n\n対象国は以下の通り。\n\n" + body + "\n", "t"))
    return [(m.label, m.group) for m in res.mentions]


def test_two_labelled_lines_without_a_marker() -> None:
    assert _read("全面禁止　アランド、ボルドゥリア、カルパチア\n一部制限　ダルマチア、エルボニア") == [
        ("アランド", "全面禁止"),
        ("ボルドゥリア", "全面禁止"),
        ("カルパチア", "全面禁止"),
        ("ダルマチア", "一部制限"),
        ("エルボニア", "一部制限"),
    ]


def test_one_such_line_alone_labels_nothing() -> None:
    got = _read("全面禁止　アランド、ボルドゥリア、カルパチアの3カ国が対象となった。")
    assert [name for name, _ in got] == ["アランド", "ボルドゥリア", "カルパチア"]
    assert {group for _, group in got} == {""}
