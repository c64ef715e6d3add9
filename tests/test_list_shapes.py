"""A list rendered in any shape crosscheck reads comes back with the same items, groups and values.

Hypothesis draws a list (names in Chinese or English, zero to two value columns, one or two groups) and
a shape (bullets with any marker or a mix of them, any numbering, unmarked lines after a lead-in, an
inline enumeration, numbers inside a sentence, a plain-text table, an HTML table, an HTML list, HTML
paragraphs of names under headings), renders it as an article, reads it back and compares.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.models import Kind, ParseResult
from sources.registry import parse_path

# syllables that are no counter, title, cue or organization word in any language crosscheck knows
ZH_SYLLABLES = list("甲乙丙丁戊己庚辛壬癸瑪蘭坡莎琪薇娜嘉翠澤峰")
EN_SYLLABLES = ["Kal", "Mor", "Ven", "Tas", "Lir", "Quen", "Dar", "Bel", "Sor", "Yan", "Fen", "Gra"]
BULLETS = "●•・▪*－—"
NUMBERINGS = ("{n}.", "{n}、", "({n})", "{n})", "（{n}）", "［{n}］", "【{n}】", "No.{n}", "#{n}", "{n}：")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
ZH_COUNTERS = ("國", "個")


@dataclass(frozen=True)
class Item:
    name: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Drawn:
    zh: bool
    groups: tuple[tuple[str, tuple[Item, ...]], ...]
    columns: tuple[str, ...]


@st.composite
def names(draw: st.DrawFn, zh: bool) -> str:
    if zh:
        return "".join(draw(st.lists(st.sampled_from(ZH_SYLLABLES), min_size=2, max_size=4)))
    words = draw(st.lists(st.sampled_from(EN_SYLLABLES), min_size=1, max_size=2))
    return " ".join(w + draw(st.sampled_from(["a", "ia", "on", "is", "e"])) for w in words)


@st.composite
def drawn_lists(draw: st.DrawFn) -> Drawn:
    zh = draw(st.booleans())
    n_columns = draw(st.integers(0, 2))
    columns = ("新稅率", "舊稅率")[:n_columns] if zh else ("New rate", "Old rate")[:n_columns]
    n_groups = draw(st.integers(1, 2))
    labels = ("甲類", "乙類") if zh else ("First group", "Second group")
    seen: set[str] = set()
    groups = []
    for g in range(n_groups):
        items = []
        for _ in range(draw(st.integers(3 if g == 0 else 2, 6))):  # a later group may hold two items
            name = draw(names(zh).filter(lambda s: s not in seen))
            seen.add(name)
            items.append(Item(name, tuple(draw(st.integers(1, 99)) for _ in columns)))
        groups.append((labels[g] if n_groups > 1 else "", tuple(items)))
    return Drawn(zh, tuple(groups), columns)


def _value_text(d: Drawn, item: Item) -> str:
    return "".join(f" {v}%" for v in item.values)


def _heading(d: Drawn, label: str, n: int) -> str:
    return f"{label}（{n}{ZH_COUNTERS[0]}）：" if d.zh else f"{label} ({n} countries):"


def render_lines(d: Drawn, marker: str) -> str:
    out = []
    k = 0
    for label, items in d.groups:
        out.append(_heading(d, label, len(items)) if label else ("名單如下：" if d.zh else "The list:"))
        for i, item in enumerate(items, start=1):
            k += 1
            mark = {
                "bullet": BULLETS[0],
                "mixed": BULLETS[5 + k % 2],
                "circled": CIRCLED[(i - 1) % 10],
                "symbol": "➢",  # a bullet no layout lists by name: known by its Unicode block
                # numbers no layout lists by name: read by the value Unicode gives the character
                "parenthesized": chr(0x2474 + i - 1),  # ⑴
                "roman": chr(0x2160 + i - 1) + ".",  # Ⅰ.
                "full stop": chr(0x2488 + i - 1),  # ⒈
                "letter": "ａｂｃｄｅｆ"[i - 1] + "）",
                "stem": f"（{'甲乙丙丁戊己'[i - 1]}）",
                "none": "",
            }.get(marker, marker.format(n=i))
            out.append(f"{mark} {item.name}{_value_text(d, item)}".strip())
        out.append("")
    return "\n".join(out)


def render_inline(d: Drawn) -> str:
    clauses = []
    for label, items in d.groups:
        parts = [f"{i.name}{_value_text(d, i).strip() if d.zh else _value_text(d, i)}" for i in items]
        if d.zh:
            body = "、".join(parts[:-1]) + "和" + parts[-1] + f"等{len(items)}國"
            clauses.append(f"{label}：" + "、".join(parts) if label else "包括" + body)
        else:
            body = ", ".join(parts[:-1]) + " and " + parts[-1]
            clauses.append(f"{label}: {body}" if label else f"nationals of {body}")
    if d.zh:
        return "美方公布名單，" + "；".join(clauses) + "。"
    return "The order covers " + "; ".join(clauses) + "."


def render_text_table(d: Drawn) -> str:
    head = "國家" if d.zh else "Country"
    sep = "\u3000" if d.zh else "  "
    out = ["名單如下：" if d.zh else "The list:", "", sep.join([head, *d.columns])]
    for label, items in d.groups:
        if label:
            out.append(label)
        for item in items:
            out.append(sep.join([item.name, *(f"{v}%" for v in item.values)]))
    return "\n".join(out)


def render_pipe_table(d: Drawn) -> str:
    """A Markdown table: ``| 國家 | 新稅率 |``, its rule row, a group as a row of one cell."""
    head = "國家" if d.zh else "Country"
    out = ["名單如下：" if d.zh else "The list:", "", "| " + " | ".join([head, *d.columns]) + " |"]
    out.append("|" + "|".join(" --- " for _ in range(len(d.columns) + 1)) + "|")
    for label, items in d.groups:
        if label:
            out.append(f"| {label} |")
        for item in items:
            out.append("| " + " | ".join([item.name, *(f"{v}%" for v in item.values)]) + " |")
    return "\n".join(out)


def render_key_value(d: Drawn) -> str:
    """``name：value`` lines (the first value after the colon, the others in parentheses)."""
    out = []
    for label, items in d.groups:
        out.append(_heading(d, label, len(items)) if label else ("名單如下：" if d.zh else "The list:"))
        for item in items:
            first, *rest = [f"{v}%" for v in item.values]
            more = "".join(f"（{v}）" if d.zh else f" ({v})" for v in rest)
            out.append(f"{item.name}：{first}{more}" if d.zh else f"{item.name}: {first}{more}")
        out.append("")
    return "\n".join(out)


def render_html_table(d: Drawn) -> str:
    head = "國家" if d.zh else "Country"
    cols = "".join(f"<th>{c}</th>" for c in d.columns)
    grouped = len(d.groups) > 1
    rows = []
    for label, items in d.groups:
        for k, item in enumerate(items):
            group_cell = f'<td rowspan="{len(items)}">{label}</td>' if grouped and k == 0 else ""
            vals = "".join(f"<td>{v}%</td>" for v in item.values)
            rows.append(f"<tr>{group_cell}<td>{item.name}</td>{vals}</tr>")
    group_head = "<th>類別</th>" if grouped and d.zh else "<th>Group</th>" if grouped else ""
    table = f"<table><tr>{group_head}<th>{head}</th>{cols}</tr>{''.join(rows)}</table>"
    return _page(f"<p>{'名單如下：' if d.zh else 'The list follows.'}</p>{table}")


def render_html_list(d: Drawn) -> str:
    body = []
    for label, items in d.groups:
        if label:
            body.append(f"<h2>{label}</h2>")
        body.append("<ul>" + "".join(f"<li>{i.name}{_value_text(d, i)}</li>" for i in items) + "</ul>")
    return _page("".join(body))


def render_headed_paragraphs(d: Drawn) -> str:
    """Each group a heading line of its own (``<h3>甲類（3國）</h3>``) over a paragraph of its names."""
    body = []
    for label, items in d.groups:
        heading = (
            f"{label or '名單'}（{len(items)}{ZH_COUNTERS[0]}）"
            if d.zh
            else f"{label or 'List'} ({len(items)})"
        )
        parts = [f"{i.name}{_value_text(d, i)}" for i in items]
        names = "、".join(parts) if d.zh else ", ".join(parts[:-1]) + " and " + parts[-1]
        body.append(f"<h3>{heading}</h3><p>{names}</p>")
    return _page("".join(body))


def render_inline_numbered(d: Drawn) -> str:
    """``甲類：1.甲乙 2.丙丁 3.戊己；乙類：1.…``, the numbers inside the sentence (Chinese)."""
    clauses = []
    for label, items in d.groups:
        numbered = " ".join(f"{k}.{i.name}{_value_text(d, i)}" for k, i in enumerate(items, start=1))
        clauses.append(f"{label or '名單為'}：{numbered}")
    return "美方公布名單，" + "；".join(clauses) + "。"


def _page(inner: str) -> str:
    return (
        "<html><head><title>List</title></head><body><article><h1>A list</h1>"
        "<p>An article that prints a list, with a sentence long enough to be the body of a page.</p>"
        f"{inner}</article></body></html>"
    )


SHAPES = st.sampled_from(
    [
        "bullet",
        "mixed",
        "symbol",
        "circled",
        "parenthesized",
        "roman",
        "full stop",
        "letter",
        "stem",
        "none",
        *NUMBERINGS,
        "inline",
        "text-table",
        "pipe-table",
        "key-value",
        "html-table",
        "html-list",
        "html-paragraphs",
        "inline-numbered",
    ]
)


def _render(d: Drawn, shape: str) -> tuple[str, str]:
    """The article text and its file suffix."""
    if shape == "html-table":
        return render_html_table(d), ".html"
    if shape == "html-list":
        return render_html_list(d), ".html"
    if shape == "html-paragraphs":
        return render_headed_paragraphs(d), ".html"
    if shape == "inline-numbered" and not d.zh:
        shape = "inline"  # numbers inside an English sentence are read as dates or amounts: not a shape
    body = {
        "inline": render_inline,
        "text-table": render_text_table,
        "pipe-table": render_pipe_table,
        "key-value": render_key_value,
        "inline-numbered": render_inline_numbered,
    }.get(shape)
    text = body(d) if body is not None else render_lines(d, shape)
    return " date 2025-01-01 A list\n" + text + "\n", ".txt"


def _parse(d: Drawn, shape: str) -> ParseResult:
    text, suffix = _render(d, shape)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"shape{suffix}"
        path.write_text(text, encoding="utf-8")
        return parse_path(path)


@settings(max_examples=150, deadline=None)
@given(drawn_lists(), SHAPES)
def test_any_shape_reads_back_the_same_list(d: Drawn, shape: str) -> None:
    tables = ("text-table", "pipe-table", "key-value")
    one_column = not d.columns and (shape in tables or shape == "html-table" and len(d.groups) == 1)
    if one_column:
        shape = "bullet"  # a one-column table is a list of lines: drawn as such
    res = _parse(d, shape)
    got = [m for m in res.mentions if m.kind is Kind.LIST]
    want = [(label, item) for label, items in d.groups for item in items]
    assert [m.label for m in got] == [item.name for _, item in want], shape
    for m, (label, item) in zip(got, want, strict=True):
        assert [v.number for v in m.values] == list(item.values), (shape, m)
        if len(d.groups) > 1:
            assert label in m.group, (shape, m.group, label)
