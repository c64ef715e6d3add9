"""A table under a count and a lead-in that says it is the whole list (``19 countries`` over ``The full
list:``), holding fewer rows than the count: the article's own list contradicts its count, one
``list_short`` error (``pipeline.claims.whole_lead``); a table introduced as a selection (``among them``,
``including``, ``包括``, ``など``, ``例如``) counts examples of the whole, and stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Severity
from pipeline.run import reconcile

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"></head><body><article><h1>{title}</h1>
<p>{p1}</p>
{head}
<table><thead><tr><th>{c1}</th><th>{c2}</th></tr></thead><tbody>{rows}</tbody></table>
<p>{p2}</p></article></body></html>
"""
ZH = {
    "lang": "zh-Hant",
    "title": "入境禁令擴大",
    "outlet": "丁報",
    "p1": "政府周三宣布擴大入境禁令，理由是相關國家的安全審查不足。",
    "p2": "官員表示，禁令將於下周一生效。",
    "c1": "國家",
    "c2": "限制程度",
}
EN = {
    "lang": "en",
    "title": "Entry ban widened",
    "outlet": "Daily Aland",
    "p1": "The government on Wednesday barred entry to nationals of more countries, citing security checks.",
    "p2": "The order takes effect on Monday, officials said.",
    "c1": "Country",
    "c2": "Restriction",
}
JA = {
    "lang": "ja",
    "title": "入国禁止を拡大",
    "outlet": "東洋新報",
    "p1": "政府は水曜日、安全審査が不十分だとして入国禁止の対象を広げた。",
    "p2": "措置は来週月曜日に発効する。",
    "c1": "国名",
    "c2": "制限",
}
ZH_NAMES = ("甲國", "乙國", "丙國", "戊國", "癸國")
EN_NAMES = ("Aland", "Borduria", "Carpathia", "Dalmatia", "Elbonia")


def _findings(tmp_path: Path, words: dict[str, str], head: str) -> list[tuple[str, Severity]]:
    names = EN_NAMES if words is EN else ZH_NAMES
    rows = "".join(f"<tr><td>{n}</td><td>{'full' if words is EN else '全面'}</td></tr>" for n in names)
    (tmp_path / "01.html").write_text(PAGE.format(head=head, rows=rows, **words), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    return [(d.kind, d.severity) for d in result.discrepancies if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (EN, "<h2>19 countries</h2><p>The full list:</p>"),
        (EN, "<h2>The full list: 19 countries</h2>"),
        (ZH, "<h2>禁令涵蓋19個國家</h2><p>完整名單如下：</p>"),
        (ZH, "<h2>完整名單：19國</h2>"),
        (JA, "<h2>対象は19カ国</h2><p>全リストは次の通り。</p>"),
    ],
)
def test_a_table_short_of_the_count_over_a_lead_that_says_whole_is_a_list_short_error(
    tmp_path: Path, words: dict[str, str], head: str
) -> None:
    assert _findings(tmp_path, words, head) == [("list_short", Severity.ERROR)]


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (EN, "<h2>19 countries</h2><p>Among them:</p>"),
        (EN, "<p>The ban covers 19 countries, including:</p>"),
        (ZH, "<p>禁令涵蓋19個國家，例如：</p>"),
        (ZH, "<p>禁令涵蓋19個國家，其中包括：</p>"),
        (JA, "<p>対象の19カ国には次の国など：</p>"),
    ],
)
def test_a_table_introduced_as_a_selection_stays_quiet(
    tmp_path: Path, words: dict[str, str], head: str
) -> None:
    """Guard: five examples of the nineteen, as the lead-in says."""
    assert _findings(tmp_path, words, head) == []
