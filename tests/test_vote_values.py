"""Votes printed beside a name, the number standing free (``張三　65,122票（50.15%）``, ``Jane Roe: 65,122
votes (50.15%)``, ``山田太郎　１８５票``): a value in votes, never part of the name; a number glued after its
own label (``議員票64票``) or a total before its parts in brackets stays with the labelled numbers."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.lang.values import find_values
from pipeline.models import Kind
from sources.registry import parse_document

Read = list[tuple[str, list[tuple[float | None, str]]]]


def _read(text: str) -> Read:
    res = parse_document(text_document(text))
    return [(m.label, [(v.number, v.unit) for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]


def test_chinese_lines_of_votes_and_shares() -> None:
    text = (
        "甲黨主席選舉結果出爐\n乙城日報 2025年10月18日\n甲黨18日舉行黨主席選舉，開票結果如下：\n"
        "張三　65,122票（50.15%）\n李四　45,251票（34.85%）\n"
        "王五　12,050票（9.28%）\n趙六　7,432票（5.72%）\n"
        "張三將於本月底就任。\n"
    )
    assert _read(text) == [
        ("張三", [(65122, "votes"), (50.15, "%")]),
        ("李四", [(45251, "votes"), (34.85, "%")]),
        ("王五", [(12050, "votes"), (9.28, "%")]),
        ("趙六", [(7432, "votes"), (5.72, "%")]),
    ]


def test_english_numbered_lines_keep_the_votes_out_of_the_name() -> None:
    text = (
        "Jane Roe wins Aland Party leadership\nOctober 18, 2025\nResults of the first round:\n"
        "1. Jane Roe: 65,122 votes (50.15%)\n2. John Doe: 45,251 votes (34.85%)\n"
        "3. Richard Miles: 12,050 votes (9.28%)\n4. Mary Major: 7,432 votes (5.72%)\n"
        "Turnout was 61.2 per cent.\n"
    )
    assert _read(text) == [
        ("Jane Roe", [(65122, "votes"), (50.15, "%")]),
        ("John Doe", [(45251, "votes"), (34.85, "%")]),
        ("Richard Miles", [(12050, "votes"), (9.28, "%")]),
        ("Mary Major", [(7432, "votes"), (5.72, "%")]),
    ]


def test_japanese_spaced_lines_of_votes() -> None:
    text = (
        "甲党総裁選、山田太郎氏が勝利\n北浜通信　2025年10月4日\n甲党総裁選の１回目の投票結果は次の通り。\n"
        "山田太郎　１８５票\n鈴木一郎　１５６票\n佐藤花子　４８票\n"
    )
    assert _read(text) == [
        ("山田太郎", [(185, "votes")]),
        ("鈴木一郎", [(156, "votes")]),
        ("佐藤花子", [(48, "votes")]),
    ]


def test_scale_words_multiply_the_votes() -> None:
    assert [(f.number, f.unit) for f in find_values("張三 6.5萬票")] == [(65000, "votes")]
    assert [(f.number, f.unit) for f in find_values("Jane Roe 1.2 million votes")] == [(1_200_000, "votes")]
    assert [(f.number, f.unit) for f in find_values("山田太郎氏（甲党）　５万２３４５票")] == [
        (52345, "votes")
    ]
    assert [(f.number, f.unit) for f in find_values("張三獲約1.2萬票")] == [(12000, "votes")]


def test_labelled_and_bracketed_vote_numbers_are_no_free_votes() -> None:
    for text in (
        "議員票64票",
        "共計183票",
        "以185票對156票",
        "183票（議員票64、党員票119）",
        "得票率過半",
        "3票數",
    ):
        assert [f.unit for f in find_values(text)] == [], text
