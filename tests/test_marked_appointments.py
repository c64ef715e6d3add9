"""Appointments told one after another: each after a broadcaster's mark opening the sentence (``▽総務大臣に
甲氏、▽外務大臣に乙氏…を起用``), and in English before a clause of another kind (``…, while keeping D as
…``): each person with the post given them."""

from __future__ import annotations

from document_fixtures import text_document

from sources.registry import parse_document


def _read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    res = parse_document(text_document("新内閣\n\n" + text + "\n", "t"))
    return [(m.label, tuple(a.text for a in m.attributes)) for m in res.mentions]


def test_marked_appointments_opening_the_sentence() -> None:
    got = _read(
        "甲国の新内閣の閣僚が固まりました。▽総務大臣に山田太郎氏、▽外務大臣に佐藤花子氏、"
        "▽財務大臣に鈴木一郎氏、▽防衛大臣に高橋次郎氏を起用します。"
    )
    assert got == [
        ("山田太郎", ("総務大臣",)),
        ("佐藤花子", ("外務大臣",)),
        ("鈴木一郎", ("財務大臣",)),
        ("高橋次郎", ("防衛大臣",)),
    ]


def test_english_appointments_before_a_clause_of_another_kind() -> None:
    got = _read(
        "Prime Minister Jane Roe named John Doe as foreign minister, Mary Major as finance minister and "
        "Richard Miles as defense minister, while keeping Peter Smith as chief of staff."
    )
    assert got == [
        ("John Doe", ("foreign minister",)),
        ("Mary Major", ("finance minister",)),
        ("Richard Miles", ("defense minister",)),
    ]
