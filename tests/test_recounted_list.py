"""A list that leaves an item out and counts what it prints (``涉及六國`` over six names where every
other outlet lists and counts seven): its count agrees with its own list, so no count check sees it, but
its list is the others' less one item. That is the item missing from it, one finding naming the outlet and
quoting its count, not a warning that the outlets may print different lists. The expected findings are
written from reading the texts."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import reconcile

NAMES = ["甲國", "乙國", "丙國", "丁國", "戊國", "己國", "庚國"]
NUMERALS = {5: "五", 6: "六", 7: "七"}


def _write(folder: Path, outlet: str, names: list[str], lead: str) -> None:
    n = len(names)
    text = (
        f"某組織公布名單　涉及{NUMERALS[n]}國\n\n2031年3月4日　{outlet}報導\n\n"
        f"該組織周二公布名單，{lead.format(n=n)}\n\n" + "\n".join(f"- {x}" for x in names) + "\n"
    )
    (folder / f"{outlet}.txt").write_text(text, encoding="utf-8")


def _story(folder: Path, dropped: list[str], short: int) -> list[tuple[str, Severity, tuple[str, ...], str]]:
    """Four outlets print the seven names; ``short`` more print them without ``dropped``."""
    for k in range(4):
        _write(folder, f"full{k}", NAMES, "名單包括以下{n}國：")
    for k in range(short):
        _write(folder, f"short{k}", [x for x in NAMES if x not in dropped], "名單包括以下國家：")
    rec = reconcile([str(folder)])
    return sorted(
        (d.kind, d.severity, d.sources, d.message) for d in rec.discrepancies if d.kind != "naming_variant"
    )


def test_an_item_left_out_and_the_rest_counted_is_missing(tmp_path: Path) -> None:
    found = _story(tmp_path, ["丁國"], short=1)
    assert [(k, s, src) for k, s, src, _ in found] == [("missing_entity", Severity.ERROR, ("short0",))]
    message = found[0][3]
    assert "丁國" in message and "full0" in message and "涉及六國" in message


def test_two_items_left_out_are_two_findings_of_that_outlet(tmp_path: Path) -> None:
    found = _story(tmp_path, ["乙國", "己國"], short=1)
    assert [(k, src) for k, _, src, _ in found] == [("missing_entity", ("short0",))] * 2
    assert sorted(m.split("does not include ")[1][:2] for *_, m in found) == ["乙國", "己國"]
