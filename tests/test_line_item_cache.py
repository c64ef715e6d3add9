"""A line's reading as an item of an unmarked list is kept per text (``_line_items._item_line``): the kept
answer is the one the reading gives, line after line of the fixtures, and a line asked again is not read
again."""

from __future__ import annotations

from pathlib import Path

from sources.layouts import _line_items

ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    files = sorted([*ROOT.glob("tests/fixtures/**/*.txt"), *ROOT.glob("examples/*/*.txt")])
    texts = (f.read_text(encoding="utf-8", errors="replace") for f in files)
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def test_kept_answer_is_the_reading() -> None:
    texts = _lines()
    assert len(texts) > 1000
    read = _line_items._item_line.__wrapped__  # the reading itself, nothing kept
    answers = [_line_items._item_line(t) for t in texts]
    assert answers == [read(t) for t in texts]
    assert any(answers) and not all(answers)  # lines of both kinds were asked
    assert answers == [_line_items._item_line(t) for t in texts]  # asked again: the same answers


def test_a_line_asked_again_is_not_read_again() -> None:
    line = "甲乙丙研究中心（Aland Borduria Institute）"  # made up, asked nowhere else
    _line_items._item_line.cache_clear()
    first = _line_items._item_line(line)
    hits = _line_items._item_line.cache_info().hits
    assert _line_items._item_line(line) is first
    assert _line_items._item_line.cache_info().hits == hits + 1
    assert first is True
