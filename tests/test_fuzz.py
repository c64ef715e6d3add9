"""Hypothesis fuzzing: parsers and normalizers take arbitrary text and HTML without an exception escaping,
and what they return is well-formed."""

from __future__ import annotations

from pathlib import Path

from document_fixtures import text_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.models import Kind, ParseResult
from sources.base import Document
from sources.registry import LAYOUTS, parse_document, parse_path

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text made of the pieces list layouts are built from, so the extractors' deeper paths are reached
PIECES = st.sampled_from(
    [
        "\n",
        " ",
        "、",
        "，",
        "；",
        "。",
        "（",
        "）",
        "(",
        ")",
        "——",
        "-",
        "1 ",
        "2、",
        "31",
        "共",
        "個",
        "（共18個）",
        "聯合國",
        "非聯合國組織",
        "第一部分：",
        "組織",
        "基金",
        "委員會",
        "Fund",
        "Commission",
        "UN ",
        "U.N. ",
        "ABC",
        "●",
        "•",
        "(i) ",
        "一、",
        "即「",
        "」",
        "註：",
        "編號",
        "\u3000",
        "\t",
        "<",
        ">",
    ]
)
LISTISH = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=80).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), LISTISH)


def _doc(text: str, fmt: str = "text") -> Document:
    return text_document(text, "fuzz", fmt=fmt)


def _well_formed(res: ParseResult, text: str) -> None:
    assert res.article is not None
    positions = [m.position for m in res.mentions if m.kind is Kind.LIST]
    assert positions == list(range(1, len(positions) + 1))
    for m in res.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert isinstance(m.group, str) and m.group == m.group.strip()
        assert isinstance(m.name_zh, str) and isinstance(m.name_en, str) and isinstance(m.aliases, tuple)
    for h in res.headings:
        assert 0 <= h.start <= h.end <= len(text)
        assert h.stated is None or h.stated >= 0
    for p in res.problems:
        assert p.message


@FUZZ
@given(ANY_TEXT)
def test_every_layout_survives_arbitrary_text(text: str) -> None:
    doc = _doc(text)
    for layout in LAYOUTS.values():
        score = layout.detect(doc)
        assert 0.0 <= score <= 1.0
    _well_formed(parse_document(doc), text)


HTML_TAGS = st.sampled_from(
    ["p", "div", "table", "tr", "td", "th", "ol", "ul", "li", "nav", "footer", "h2", "br"]
)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(HTML_TAGS)
        inner = draw(ANY_TEXT)
        closed = draw(st.booleans())
        parts.append(f"<{tag}>{inner}" + (f"</{tag}>" if closed else ""))
    return "<html><head><title>" + draw(st.text(max_size=20)) + "</title></head><body>" + "".join(parts)


@FUZZ
@given(html_pages())
def test_html_input_survives_arbitrary_markup(page: str) -> None:
    from sources.html import html_to_document

    doc, problems = html_to_document(page, doc_id="fuzz", path="fuzz.html", encoding="utf-8")
    assert all(p.message for p in problems)
    assert "<td>" not in doc.text and "<p>" not in doc.text
    _well_formed(parse_document(doc), doc.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600), st.sampled_from([".txt", ".html"]))
def test_arbitrary_bytes_from_disk(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"blob{suffix}"
    path.write_bytes(data)
    res = parse_path(path)
    if res.article is None:
        assert res.problems, "an unreadable file must say why"
    else:
        _well_formed(res, res.article.text)


@FUZZ
@given(st.text(max_size=200))
def test_normalizers_idempotent_and_total(text: str) -> None:
    from pipeline.normalize.acronyms import acronym_key
    from pipeline.normalize.chinese import zh_key
    from pipeline.normalize.english import en_key

    for key in (zh_key, en_key, acronym_key):
        once = key(text)
        assert isinstance(once, str)
        assert key(once) == once
