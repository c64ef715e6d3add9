"""A section per item on an HTML page: a heading naming the item (``<h3>``, ``<h2>``, a paragraph all in
bold) over a paragraph printing its value, in English, Chinese and Japanese. The expected readings are
written from reading the pages; a heading that is no name is no item, and a run that cannot be read
whole stays unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

EN = """<html><head><title>Where the new tariffs stand - Harbor Gazette</title></head><body><article>
<h1>Where the new tariffs stand</h1>
<p>July 11, 2025 - Harbor Gazette</p>
<p>The White House sent letters to five countries this week setting out the tariffs they will face.</p>
<h3>Aland</h3>
<p>Aland faces a 49% tariff on its goods from Aug. 1. Officials there said talks would go on.</p>
<h3>Borduria</h3>
<p>Borduria's rate was cut from 44% to 40%, effective Aug. 1.</p>
<h3>Carpathia</h3>
<p>Carpathia will pay 36%, the letter said.</p>
<h3>Dalmatia</h3>
<p>A 25% tariff applies to goods from Dalmatia.</p>
<h3>Elbonia</h3>
<p>Elbonia faces a 32% tariff, unchanged from April.</p>
<h3>What happens next</h3>
<p>Further letters are expected next week.</p>
</article></body></html>
"""

ZH = """<html><head><title>五國新關稅一覽 - 測試日報</title></head><body><article>
<h1>五國新關稅一覽</h1>
<p>2025年7月10日 測試日報</p>
<h2>背景</h2>
<p>白宮週四公布對五國的新關稅稅率。</p>
<h2>甲國</h2>
<p>美方將對甲國商品課徵25%關稅。</p>
<h2>乙國</h2>
<p>稅率由30%調降至20%，自8月1日生效。</p>
<h2>丙國</h2>
<p>丙國將面臨40%的關稅，為五國中最高。</p>
<h2>丁國</h2>
<p>丁國的稅率定為15%。</p>
<h2>戊國</h2>
<p>戊國則被課以35%關稅。</p>
</article></body></html>
"""

JA = """<html><head><title>4カ国の新関税率 - テスト新聞</title></head><body><article>
<h1>4カ国の新関税率</h1>
<p>2025年7月10日 テスト新聞</p>
<p>米政府は10日、4カ国に対する新たな関税率を公表した。</p>
<p><strong>甲国</strong></p>
<p>甲国には25％の関税が課される。</p>
<p><strong>乙国</strong></p>
<p>税率は30％から20％に引き下げられる。</p>
<p><strong>丙国</strong></p>
<p>丙国には40％の関税が課される。</p>
<p><strong>丁国</strong></p>
<p>丁国の税率は15％となる。</p>
<h3>今後の見通し</h3>
<p>米政府は残りの国の税率を来週公表する。</p>
</article></body></html>
"""

# sections without figures: the people a government sanctioned, each paragraph naming its heading
PEOPLE = """<html><head><title>Who was sanctioned - Harbor Gazette</title></head><body><article>
<h1>Who was sanctioned</h1>
<p>The Treasury sanctioned three officials on Monday.</p>
<h2>Jane Roe</h2>
<p>Roe, a former interior minister, oversaw the police.</p>
<h2>John Doe</h2>
<p>Doe heads the national broadcaster.</p>
<h2>Richard Miles</h2>
<p>Miles was the mayor of the capital until last year.</p>
</article></body></html>
"""


def _read(tmp_path: Path, page: str) -> tuple[list[tuple[str, list[float | None]]], list[int | None]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = parse_path(path)
    items = [(m.label, [v.number for v in m.values]) for m in result.mentions if m.kind is Kind.LIST]
    return items, [h.stated for h in result.headings]


def test_english_headings_over_paragraphs(tmp_path: Path) -> None:
    items, stated = _read(tmp_path, EN)
    assert items == [
        ("Aland", [49]),
        ("Borduria", [40]),  # "cut from 44% to 40%": the rate it has now
        ("Carpathia", [36]),
        ("Dalmatia", [25]),
        ("Elbonia", [32]),
    ]  # "What happens next" is no name
    assert stated == [5]  # "letters to five countries"


def test_chinese_headings_the_one_before_them_no_name(tmp_path: Path) -> None:
    items, stated = _read(tmp_path, ZH)
    assert items == [("甲國", [25]), ("乙國", [20]), ("丙國", [40]), ("丁國", [15]), ("戊國", [35])]
    assert stated == [5]  # "對五國的新關稅稅率"


def test_japanese_bold_lines_over_paragraphs(tmp_path: Path) -> None:
    items, stated = _read(tmp_path, JA)
    assert items == [("甲国", [25]), ("乙国", [20]), ("丙国", [40]), ("丁国", [15])]
    assert stated == [4]


def test_sections_without_figures_that_name_their_headings(tmp_path: Path) -> None:
    items, _ = _read(tmp_path, PEOPLE)
    assert items == [("Jane Roe", []), ("John Doe", []), ("Richard Miles", [])]


def test_two_rates_not_told_apart_leave_the_value_out(tmp_path: Path) -> None:
    page = EN.replace(
        "Carpathia will pay 36%, the letter said.", "Carpathia will pay 36% or 20%, the letter said."
    )
    items, _ = _read(tmp_path, page)
    assert [name for name, _ in items] == ["Aland", "Borduria", "Carpathia", "Dalmatia", "Elbonia"]
    assert dict(items)["Carpathia"] == []
    assert dict(items)["Dalmatia"] == [25]


@pytest.mark.parametrize(
    "page",
    [
        # a section inside the run that neither prints a figure nor names its heading: not read in part
        EN.replace("Carpathia will pay 36%, the letter said.", "Talks are still going on."),
        # two sections only
        EN.replace("<h3>Carpathia</h3>", "<p>Then:</p>")
        .replace("<h3>Dalmatia</h3>", "<p>More:</p>")
        .replace("<h3>Elbonia</h3>", "<p>Last:</p>"),
        # headings that are no names over paragraphs without figures
        """<html><head><title>Talks - Harbor Gazette</title></head><body><article>
<h1>Trade talks resume</h1>
<h2>Background</h2><p>The talks began last year.</p>
<h2>Reaction</h2><p>Markets were calm on Monday.</p>
<h2>Analysis</h2><p>Economists expect little change.</p>
</article></body></html>
""",
    ],
)
def test_pages_not_read_whole_stay_unread(tmp_path: Path, page: str) -> None:
    items, _ = _read(tmp_path, page)
    assert items == []


def test_runs_under_higher_headings_are_groups(tmp_path: Path) -> None:
    page = """<html><head><title>Travel curbs - Harbor Gazette</title></head><body><article>
<h1>Who faces the new travel curbs</h1>
<p>The order names five countries.</p>
<h2>Full ban (3 countries)</h2>
<h3>Aland</h3><p>Aland is barred in full.</p>
<h3>Borduria</h3><p>Borduria's nationals may not enter.</p>
<h3>Carpathia</h3><p>Carpathia was added last.</p>
<h2>Partial ban (3 countries)</h2>
<h3>Dalmatia</h3><p>Dalmatia faces limits on visas.</p>
<h3>Elbonia</h3><p>Elbonia's students are exempt.</p>
<h3>Freedonia</h3><p>Freedonia was on an earlier list.</p>
</article></body></html>
"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = parse_path(path)
    assert [(m.group, m.label) for m in result.mentions if m.kind is Kind.LIST] == [
        ("Full ban", "Aland"),
        ("Full ban", "Borduria"),
        ("Full ban", "Carpathia"),
        ("Partial ban", "Dalmatia"),
        ("Partial ban", "Elbonia"),
        ("Partial ban", "Freedonia"),
    ]
    assert [(h.group, h.stated) for h in result.headings if h.group] == [("Full ban", 3), ("Partial ban", 3)]


def test_simplified_chinese_bold_lines_over_paragraphs(tmp_path: Path) -> None:
    page = """<html><head><title>三国新关税 - 测试日报</title></head><body><article>
<h1>三国新关税</h1>
<p>白宫周四公布对三国的新关税税率。</p>
<p><b>甲国</b></p>
<p>甲国将面临25%的关税，甲国政府表示遗憾。</p>
<p><b>乙国</b></p>
<p>税率从30%下调至20%，自8月1日起生效。</p>
<p><b>丙国</b></p>
<p>丙国则被课以40%关税。</p>
<p><b>后续</b></p>
<p>其他国家的税率将于下周公布。</p>
</article></body></html>
"""
    items, stated = _read(tmp_path, page)
    assert items == [("甲国", [25]), ("乙国", [20]), ("丙国", [40])]
    assert stated == [3]
