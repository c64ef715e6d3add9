"""An article against itself: a value its list prints and another its own text gives for the same item."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

# Two outlets reprint the same four rates; the second one's lead gives Vietnam another rate than its list.
# Written for this test; the rates are the July 2025 letters' (Vietnam 20% was agreed, Laos 40%).
LIST_A = """東方財經
2025-07-08
美國致函多國 公布新關稅
美國總統川普7日公布致各國信函，列出自8月1日起的新關稅稅率，名單如下：
1. 越南 20%
2. 寮國 40%
3. 柬埔寨 36%
4. 泰國 36%
"""
LIST_B = """南方商報
2025-07-08
美國公布四國新關稅
美國白宮7日公布新一批關稅信函。越南將被課徵46%的關稅，為東南亞最高之一。
名單如下：
1. 越南 20%
2. 寮國 40%
3. 柬埔寨 36%
4. 泰國 36%
"""
LIST_C = """北方日報
2025-07-08
美國公布四國新關稅
美國7日公布新關稅。越南原本面臨46%的關稅，寮國則為40%。
名單如下：
1. 越南 20%
2. 寮國 40%
3. 柬埔寨 36%
4. 泰國 36%
"""


def _run(tmp_path: Path, **texts: str):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


def test_a_lead_that_contradicts_its_own_list_is_one_error_quoting_both(tmp_path: Path) -> None:
    rec = _run(tmp_path, a_east=LIST_A, b_south=LIST_B)
    found = [d for d in rec.discrepancies if d.kind == "internal_contradiction"]
    assert [(d.sources, d.subject, d.severity) for d in found] == [(("b_south",), "越南", Severity.ERROR)]
    quotes = [e.quote for e in found[0].evidence]
    assert "越南 20%" in quotes[0] and "46%" in quotes[1]
    assert "20%" in found[0].message and "46%" in found[0].message


def test_an_earlier_value_or_an_agreeing_one_is_no_contradiction(tmp_path: Path) -> None:
    rec = _run(tmp_path, a_east=LIST_A, c_north=LIST_C)
    found = [d for d in rec.discrepancies if d.kind == "internal_contradiction"]
    # 越南原本…46%: a word for an earlier state makes it a question, not an accusation; 寮國 40% agrees
    assert [(d.sources, d.subject, d.severity) for d in found] == [(("c_north",), "越南", Severity.WARNING)]
