"""A list that claims no completeness but prints all of the whole list but one, the one left out from
between two items it prints one after the other, lacks it (``checks.holes``); a list's first items, or
a few of them, leave no such hole (made-up outlets and countries)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile
from tests.medal_tables import TABLE
from tests.medal_tables import write_table as _table


def test_a_nearly_whole_list_lacks_the_item_it_skips(tmp_path: Path) -> None:
    for name, outlet in (("a", "子報"), ("b", "丑報"), ("c", "寅報")):
        _table(tmp_path, name, outlet, "獎牌榜前5名如下：", TABLE)
    head = "獎牌榜如下："  # no count, no word of a selection
    _table(tmp_path, "d", "卯報", head, [*TABLE[:2], *TABLE[3:]])  # 丁國 left out, between 丙國 and 戊國
    _table(tmp_path, "e", "辰報", head, TABLE[:4])  # the first four: no hole
    _table(tmp_path, "f", "巳報", head, TABLE[::2])  # three of five: a few, not nearly the whole
    rec = reconcile([str(tmp_path)])
    missing = [(d.sources, d.severity, d.subject) for d in rec.discrepancies if d.kind == "missing_entity"]
    assert missing == [(("d",), Severity.ERROR, "丁國")]
    assert not [d for d in rec.discrepancies if d.severity is Severity.ERROR and d.sources != ("d",)]
