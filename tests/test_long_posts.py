"""A post with the body it heads named at length (``甲國特區維護國家安全委員會秘書長``, more than 14
characters), on made-up names: a title word after a body's name closed by an office's word is a title,
in a list's item as anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.item_titles import is_title
from sources.registry import parse_path


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("甲國特區維護國家安全委員會秘書長", True),
        ("乙國國家發展和改革委員會主任", True),
        ("甲國特區維護國家安全委員會", False),  # a body, no title word
        ("今天甲國國家安全委員會宣布任命秘書長", False),  # a sentence: no office's word before the title
    ],
)
def test_a_long_post_of_a_body_named_at_length_is_a_title(text: str, title: bool) -> None:
    assert is_title(text) is title


PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>甲國制裁3人 | 乙報</title>
<meta property="og:site_name" content="乙報"></head><body><article><h1>甲國制裁3人</h1>
<p>甲國週五宣布制裁3人，被制裁的3人分別為：</p>
<p><strong>張三</strong>，丙國特區行政長官</p>
<p><strong>李四</strong>，丙國特區維護國家安全委員會秘書長</p>
<p><strong>王五</strong>，保安局局長</p>
<p>丙國政府表示強烈反對。</p></article></body></html>"""


def test_the_long_post_after_each_name_is_the_persons_title(tmp_path: Path) -> None:
    """Before: ``丙國特區維護國家安全委員會秘書長`` kept as an attribute of no kind, the others titles."""
    path = tmp_path / "a.html"
    path.write_text(PAGE, encoding="utf-8")
    read = [m for m in parse_path(path).mentions if m.kind == "list"]
    assert [(m.name_zh, [(a.kind.value, a.text) for a in m.attributes]) for m in read] == [
        ("張三", [("title", "丙國特區行政長官")]),
        ("李四", [("title", "丙國特區維護國家安全委員會秘書長")]),
        ("王五", [("title", "保安局局長")]),
    ]
