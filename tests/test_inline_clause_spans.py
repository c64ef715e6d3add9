"""The clauses of a text are cut as they were cut clause by clause: asking once of the whole text whether
it holds an ASCII semicolon or a counted run at all (``clause_spans``) leaves every cut where it was."""

from __future__ import annotations

from pathlib import Path

from sources.layouts._inline_clause_spans import (
    _CLAUSE_END_RE,
    ABBREVIATION_RE,
    _split_counted_runs,
    _split_semicolons,
    clause_spans,
    zh_semicolon_items,
)

ROOT = Path(__file__).resolve().parent.parent
# made up to hold what parts a clause: ASCII semicolons between groups, two counted runs in one clause
MADE_UP = (
    "Full ban: Aland, Borduria; partial: Carpathia, Dalmatia.\n甲國、乙國。",
    "制裁名單包括甲公司、乙公司、丙公司等3家企業及張三、李四等2名個人。",
    "名單為A、B、C3家企业和D、E2名个人；另有F。",
    "Sanctioned: Aland; Borduria; Carpathia. Also Dalmatia, Elbonia and Freedonia.",
    "甲國20%；乙國19%；丙國19%。",
)


def _by_clause(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cuts as made before: every clause asked of its own semicolons and counted runs."""
    out: list[list[tuple[int, int]]] = []
    start = lo
    for m in _CLAUSE_END_RE.finditer(text, lo, hi):
        if m.group(0) == "." and ABBREVIATION_RE.search(text, max(lo, m.start() - 8), m.start()):
            continue
        if m.group(0) == "；" and zh_semicolon_items(text, m.start()):
            continue
        out.extend(_split_counted_runs(text, *span) for span in _split_semicolons(text, start, m.start()))
        start = m.end()
    out.extend(_split_counted_runs(text, *span) for span in _split_semicolons(text, start, hi))
    return [(a, b) for part in out for a, b in part if b - a >= 5]


def _texts() -> list[str]:
    files = sorted([*ROOT.glob("tests/fixtures/**/*.txt"), *ROOT.glob("examples/*/*.txt")])
    return [*MADE_UP, *(f.read_text(encoding="utf-8", errors="replace") for f in files)]


def test_clauses_are_cut_as_clause_by_clause() -> None:
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        assert clause_spans(text, 0, len(text)) == _by_clause(text, 0, len(text))
        half = len(text) // 2  # a span inside the text: the question asked of that span alone
        assert clause_spans(text, half, len(text)) == _by_clause(text, half, len(text))


def test_semicolons_and_counted_runs_still_part_clauses() -> None:
    text = MADE_UP[0]
    spans = [text[a:b] for a, b in clause_spans(text, 0, len(text))]
    assert "Full ban: Aland, Borduria" in spans and " partial: Carpathia, Dalmatia" in spans
    text = MADE_UP[1]
    spans = [text[a:b] for a, b in clause_spans(text, 0, len(text))]
    assert len(spans) == 2 and spans[0].endswith("等3家企業") and spans[1].startswith("張三")
