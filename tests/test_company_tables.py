"""A table of companies with a Chinese-name and an English-name column: both are the company's names
(a 公司 is no office such as 律政司, whose column would be what a person beside it holds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

ROWS = [
    ("艾克美航太公司", "Acme Aerospace Inc."),
    ("北風防務有限公司", "Northwind Defense LLC"),
    ("藍鳥系統公司", "Bluebird Systems Corp."),
    ("銀杉科技公司", "Silverfir Technologies"),
    ("紅岩動力公司", "Redrock Power Co."),
    ("海鷗無人機公司", "Seagull Drones Ltd."),
]


def _page(zh_first: bool) -> str:
    head = ("企業名稱（中文）", "企業名稱（英文）") if zh_first else ("Company", "企業名稱")
    cells = [(zh, en) if zh_first else (en, zh) for zh, en in ROWS]
    place = "甲國"
    rows = "".join(
        f"<tr><td>{k}</td><td>{a}</td><td>{b}</td><td>{place}</td></tr>" for k, (a, b) in enumerate(cells, 1)
    )
    return (
        "<html><head><title>商務部將6家企業列入出口管制管控名單</title></head><body>"
        "<h1>商務部將6家企業列入出口管制管控名單</h1>"
        "<p>商務部9日公告，將以下6家甲國企業列入出口管制管控名單，禁止向其出口兩用物項：</p>"
        f"<table><thead><tr><th>序號</th><th>{head[0]}</th><th>{head[1]}</th><th>所在地</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p>公告自發布之日起實施。</p></body></html>"
    )


@pytest.mark.parametrize("zh_first", [True, False])
def test_both_name_columns_name_the_company(tmp_path: Path, zh_first: bool) -> None:
    path = tmp_path / "a.html"
    path.write_text(_page(zh_first), encoding="utf-8")
    result = parse_path(path)
    # the full stop of an abbreviation ending the English name may be left out (no name key holds it)
    assert [(m.name_zh, m.name_en.rstrip(".")) for m in result.mentions] == [
        (z, e.rstrip(".")) for z, e in ROWS
    ]
    assert all([(a.label, a.text) for a in m.attributes] == [("所在地", "甲國")] for m in result.mentions)
    assert [h.stated for h in result.headings] == [6]
