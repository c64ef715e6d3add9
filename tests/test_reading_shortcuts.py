"""The shortcuts reading takes give the answers of the readings they stand for: an item's reading kept
by its text (``parse_span``) against reading it again (``read_span``), the marker lines a layout
tries (``Marker.first``) against every character, and the cheap tests that let a layout skip a
document (no text table, no category table) against the full search."""

from __future__ import annotations

import pickle
import random
import re
import sys
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from document_fixtures import text_document

from pipeline import workers
from sources import html, html_furniture, prose, registry
from sources.base import Document
from sources.layouts import category_table, text_table
from sources.layouts._counts import count_labels_at_most
from sources.layouts._line_lists import LineListLayout
from sources.layouts._lines import body_lines
from sources.layouts._marked_runs import MARKER_LEAD
from sources.layouts._records import parse_span, read_span
from sources.layouts._shapes import BULLET_CHARS
from sources.reader import read_document
from sources.registry import LAYOUTS

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted(
    p
    for folder in (ROOT / "tests" / "fixtures", ROOT / "examples")
    for p in folder.rglob("*")
    if p.suffix in (".txt", ".html")
)


def _doc(text: str) -> Document:
    return text_document(text)


def _documents() -> list[Document]:
    docs = [doc for p in ARTICLES if (doc := read_document(p)[0]) is not None]
    assert len(docs) >= 60  # the fixtures and the bundled stories
    return docs


ITEMS = (
    "甲國（Ruritania）：46%",
    "乙國 90% 46%",
    "丙國49%",
    "25%：日本",
    "Kenneth Roth, executive director, Human Rights Watch",
    "國家民主基金會主席葛胥曼",
    "Josh Hawley (R-Mo.)",
    "博薩（Solomy Balungi Bossa），烏干達籍，法官",
    "キンバリー・プロスト判事",
    "首席檢察官",
    "霍勒法官",
    "Solomy Balungi Bossa of Uganda",
    "東方論壇（Eastern Forum，EF）",
    "西南組織（即「西南會」，South-West Organization, SWO，編者註：已改名）",
)
CONTEXTS = ("", "\n", " ", "甲", "乙", "A", "a", "1", "（", "、", "甲\n", "A ", "\u3000甲")


def test_an_items_kept_reading_is_its_reading_in_any_context() -> None:
    """The reading of an item depends on its text and the one character before it only: read in
    many contexts (each once more after another context with the same last character), the kept
    reading, offsets moved, is the reading made afresh."""
    for item in ITEMS:
        for columns in ((), ("April", "July")):
            for before in (*CONTEXTS, *CONTEXTS):
                text = f"前文{before}{item}；後文"
                start = len(f"前文{before}")
                end = start + len(item)
                assert parse_span(text, start, end, columns) == read_span(text, start, end, columns), (
                    before,
                    item,
                )


def test_every_line_of_every_article_reads_the_same_kept_or_afresh() -> None:
    for doc in _documents():
        for line in body_lines(doc):
            for start in (line.start, line.start + 1, line.start + 3):
                if start < line.end:
                    assert parse_span(doc.text, start, line.end) == read_span(doc.text, start, line.end)


def _line_markers() -> list[tuple[str, object]]:
    return [
        (f"{layout.name}: {marker.style}", marker)
        for layout in LAYOUTS.values()
        if isinstance(layout, LineListLayout)
        for marker in layout.markers
        if marker.first is not None  # the others are tried on every line
    ]


SAMPLES = (
    "● 甲組織",
    "1. 甲組織",
    "1) 甲組織",
    "1/ 甲組織",
    "(1) 甲組織",
    "（1） 甲組織",
    "① 甲組織",
    "iv. Name",
    "(iv) Name",
    "iv) Name",
    "一、甲組織",
    "（一）甲組織",
    "第一，甲組織",
    "12、甲組織",
    "12 甲組織",
    "a) Name",
    "（甲）甲組織",
    "⑷ 甲組織",
    "No.4 甲組織",
)


@pytest.mark.parametrize(("style", "marker"), _line_markers(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_marker_tries_every_line_it_can_match(style: str, marker: object) -> None:
    """Whatever character opens a line in place of a sample's first one, the marker's pattern matches
    the line only when ``first`` lets the line be tried."""
    first = marker.first  # type: ignore[attr-defined]
    pattern = marker.pattern  # type: ignore[attr-defined]
    lines = [*SAMPLES, *(ch + " 甲組織" for ch in BULLET_CHARS)]
    samples = [s for s in lines if pattern.match(s)]
    assert samples, f"{style}: no sample line of this marker"
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF or ch in MARKER_LEAD or first(ch):
            continue  # a blank before the marker is no line's opener
        for sample in samples:
            assert not pattern.match(ch + sample[1:]), (style, ch, sample)


def test_isdecimal_is_what_a_digit_pattern_matches() -> None:
    digit = re.compile(r"\d")
    assert all(
        (digit.match(chr(c)) is not None) == chr(c).isdecimal()
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF
    )


TABLE_TEXTS = (
    "國家　對等關稅　美國課徵稅率\n甲國　90%　46%\n乙國　50%　25%\n丙國　30%　10%\n",
    "| 國家 | 稅率 |\n| --- | ---: |\n| 日本 | 25% |\n| 韓國 | 25% |\n",
    "日本：25%\n韓國：25%（原24%）\n泰國：36%\n",
    "A組織（共3個） B組織（共2個）\n甲類（共3個） 一會、二會 三會、四會、五會\n",
    "A組織（共3個）\nB組織（共2個）\n甲類（共5個）\n一會、二會\n三會、四會、五會\n",
    "某國宣布退出66個國際組織（共66個）：\n1. 甲組織\n2. 乙組織\n3. 丙組織\n",
)


def test_a_text_the_table_readers_skip_holds_no_table() -> None:
    """Where the cheap tests say there is no table, the full search finds none; and they let through
    the tables there are."""
    skipped_text = skipped_category = 0
    docs = [*_documents(), *(_doc(t) for t in TABLE_TEXTS)]
    for doc in docs:
        if doc.format != "html" and text_table._few_rows(doc):
            skipped_text += 1
            assert text_table._runs(doc) == []
        text = doc.text[: doc.body_end]
        if count_labels_at_most(text) < 2:
            skipped_category += 1
            tokens = (category_table._tokens(text), category_table._line_tokens(text))
            assert all(category_table._tables_in(text, toks) == [] for toks in tokens)
    assert 0 < skipped_text < len(docs) and 0 < skipped_category < len(docs)
    assert not text_table._few_rows(_doc(TABLE_TEXTS[0])) and text_table._runs(_doc(TABLE_TEXTS[0]))
    assert count_labels_at_most(TABLE_TEXTS[3]) == 3 and category_table._find_tables(TABLE_TEXTS[3])


def _blanked_one_by_one(body: str, spans: list[tuple[int, int]]) -> str:
    chars = list(body)
    for start, end in spans:
        for index in range(max(0, start), min(len(chars), end)):
            chars[index] = "\n"
    return "".join(chars)


def test_list_items_are_blanked_out_of_the_prose_as_one_character_at_a_time() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        body = "".join(rng.choice("甲a b\n") for _ in range(rng.randint(0, 30)))
        spans = [(rng.randint(-5, 35), rng.randint(-5, 35)) for _ in range(rng.randint(0, 5))]
        assert prose._blanked(body, spans) == _blanked_one_by_one(body, spans), (body, spans)


def test_the_text_lengths_left_after_removing_furniture_are_counted_afresh() -> None:
    pages = [p for p in ARTICLES if p.suffix == ".html"]
    trimmed = 0  # pages with something removed
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8", errors="replace"), html.PARSER)
        before = html_furniture.text_lengths(soup)
        left = html_furniture.remove_furniture(soup)
        afresh = html_furniture.text_lengths(soup)
        assert {k: left[k] for k in afresh} == afresh, path.name
        trimmed += afresh[id(soup)] < before[id(soup)]
    assert len(pages) >= 15 and trimmed >= 3


def test_a_read_article_comes_back_from_a_worker_the_same() -> None:
    """Records are pickled as their class called with their fields (``ForkingPickler``)."""
    paths = [p for p in ARTICLES if p.parent.name in ("html", "text", "us-icc-sanctions-2025")]
    read = [workers.parse_one(p, max_bytes=5_000_000, seconds=0) for p in paths]
    assert sum(len(p.result.mentions) + len(p.prose) for p in read) > 300
    for parsed in read:
        assert pickle.loads(ForkingPickler.dumps(parsed)) == parsed
    assert workers.parse_all(paths, max_bytes=5_000_000, workers=2) == read


def test_layouts_asked_last_come_in_the_order_of_their_scores() -> None:
    """With no family closed, the layouts come in the order of every layout's score asked at once; a
    layout's ``ceiling`` is never below what its ``detect`` says."""
    ceilings = {name: layout.ceiling for name, layout in LAYOUTS.items() if hasattr(layout, "ceiling")}
    assert ceilings
    for doc in [*_documents(), *(_doc(t) for t in TABLE_TEXTS)]:
        scores = {name: float(layout.detect(doc)) for name, layout in LAYOUTS.items()}
        assert all(scores[name] <= ceiling for name, ceiling in ceilings.items())
        eager = sorted((-min(s, 1.0), n) for n, s in scores.items() if s >= registry.MIN_CONFIDENCE)
        problems: list[object] = []
        assert list(registry._by_confidence(doc, problems, closed=lambda family: False)) == [
            n for _, n in eager
        ]
        assert problems == []
