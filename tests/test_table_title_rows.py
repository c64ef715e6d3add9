"""An HTML table whose first row is its title across every column and whose column labels sit in plain
``<td>`` cells below it, with a source line across the table under the last row (as Chinese news sites
print their tables): the title and the source are no group and no item, the labels no item."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from sources.registry import parse_path


def _table(rows: str) -> str:
    return (
        '<html lang="zh-Hant-TW"><head><title>甲國新稅率一覽</title></head><body><div class="story">'
        "<p>白宮31日公布新的稅率，主要經濟體稅率如下表。</p>"
        f"<table>{rows}</table><p>（記者張三／綜合報導）</p></div></body></html>"
    )


def _read(tmp_path: Path, html: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [
        (m.label, m.group, [(v.raw, v.column) for v in m.values])
        for m in parse_path(path).mentions
        if m.kind is Kind.LIST
    ]


RATES = [("甲國", "20%", "46%"), ("乙國", "19%", "32%"), ("丙國", "15%", "25%"), ("丁國", "25%", "26%")]


def test_a_title_row_over_labels_in_plain_cells_and_a_source_row_under_them(tmp_path: Path) -> None:
    body = "".join(
        f"<tr><td>{k}</td><td>{n}</td><td>{a}</td><td>{b}</td></tr>" for k, (n, a, b) in enumerate(RATES, 1)
    )
    html = _table(
        '<tr><td colspan="4">主要經濟體新稅率</td></tr>'
        "<tr><td>序號</td><td>國家/地區</td><td>新稅率</td><td>4月公布稅率</td></tr>"
        f'{body}<tr><td colspan="4">資料來源：白宮</td></tr>'
    )
    assert _read(tmp_path, html) == [(n, "", [(a, "新稅率"), (b, "4月公布稅率")]) for n, a, b in RATES]


def test_guard_rows_across_the_table_between_items_still_file_them(tmp_path: Path) -> None:
    """``全面禁止（2國）`` and ``部分限制（2國）`` rows across the table, a source line under it: groups."""
    rows = "".join(f"<tr><td>{n}</td><td>{a}</td></tr>" for n, a, _ in RATES)
    split = rows.index("<tr><td>丙國")
    html = _table(
        "<tr><th>國家</th><th>稅率</th></tr>"
        f'<tr><td colspan="2">全面禁止（2國）</td></tr>{rows[:split]}'
        f'<tr><td colspan="2">部分限制（2國）</td></tr>{rows[split:]}'
        '<tr><td colspan="2">資料來源：白宮</td></tr>'
    )
    got = _read(tmp_path, html)
    assert [(n, g) for n, g, _ in got] == [
        ("甲國", "全面禁止"),
        ("乙國", "全面禁止"),
        ("丙國", "部分限制"),
        ("丁國", "部分限制"),
    ]
