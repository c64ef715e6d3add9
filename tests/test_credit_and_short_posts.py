"""A paper's credit in brackets opening the sentence (``【本報訊】``, ``【甲報專訊】``) labels no group
and its words are no item; Japanese ministers' posts shortened to a character and 相 (``財相``,
``防相``) are posts; a numeral ending a name before 国家 is no count."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.lang.counts import find_counts
from sources.registry import parse_document

RUN = "首相山田太郎（64歲）、外相佐藤花子（58歲）、財相鈴木一郎（61歲）及防相高橋次郎（55歲）。"


@pytest.mark.parametrize("credit", ["【本報訊】", "【甲報專訊】", "【乙網記者 張三 報道】"])
def test_a_credit_in_brackets_is_no_group(credit: str) -> None:
    text = f"甲國新內閣名單出爐\n\n{credit}甲國新內閣周二成立，主要成員包括：{RUN}\n"
    got = parse_document(text_document(text, "t")).mentions
    assert [(m.label, m.group) for m in got] == [
        ("山田太郎", ""),
        ("佐藤花子", ""),
        ("鈴木一郎", ""),
        ("高橋次郎", ""),
    ]


def test_ministers_posts_of_one_character_and_xiang() -> None:
    text = f"甲國新內閣名單出爐\n\n甲國新內閣周二成立，主要成員包括：{RUN}\n"
    got = parse_document(text_document(text, "t")).mentions
    assert [[a.text for a in m.attributes if a.kind.value == "title"] for m in got] == [
        ["首相"],
        ["外相"],
        ["財相"],
        ["防相"],
    ]


def test_a_bracketed_label_still_labels_its_group() -> None:
    text = "甲國公布名單\n\n【全面禁止】甲國、乙國、丙國；【部分限制】丁國、戊國、己國。\n"
    got = parse_document(text_document(text, "t")).mentions
    assert {m.group for m in got} == {"全面禁止", "部分限制"}


def test_a_numeral_ending_a_name_before_guojia_is_no_count() -> None:
    """``林三国家安全維持公署署長``: the name 林三, then 国家; no count of three countries."""
    assert find_counts("林三国家安全維持公署署長") == []
    assert [c.value for c in find_counts("甲国、乙国、丙国の三国")] == [3]
