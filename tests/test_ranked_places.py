"""An item on no other list at the place of a ranked list where the others print one entity
(``pipeline.checks.places``), on made-up companies: with their value, in a list that agrees with theirs
place by place, it is that entity under another name (information); with another value, one warning;
and none of that where the list's order, length or ties say nothing, or where the outlets of its own
language name the entity alike."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.checks.places import _agrees, _shared_at
from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile

RIGHT = [
    ("Acme Corp", 50.2),
    ("Borduria Steel", 41.0),
    ("Zenith Foods", 36.4),
    ("Aland Mining", 30.9),
    ("Nova Bank", 27.5),
]


def _english(folder: Path, name: str, outlet: str, rows: list[tuple[str, float]]) -> None:
    body = "\n".join(f"{i}. {n} — ${v:.1f} billion" for i, (n, v) in enumerate(rows, 1))
    text = (
        f"Acme Corp tops the Borduria 500 again\n\n{outlet}, 2 May 2031\n\n"
        f"The {len(rows)} largest companies of Borduria by revenue:\n\n{body}\n\n"
        "The list is published every year.\n"
    )
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _chinese(folder: Path, name: str, outlet: str, rows: list[tuple[str, float]]) -> None:
    body = "\n".join(f"{i}. {n}：營收{v * 10:,.0f}億美元" for i, (n, v) in enumerate(rows, 1))
    text = (
        f"甲國500強出爐 Acme Corp居首\n\n{outlet}　2031年5月2日\n\n"
        f"甲國最大的{len(rows)}家企業如下：\n\n{body}\n\n榜單每年公布一次。\n"
    )
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _story(
    folder: Path,
    rows: list[tuple[str, float]],
    *,
    chinese_peers: int = 0,
    right: list[tuple[str, float]] = RIGHT,
) -> Reconciliation:
    """Three English lists of ``right``, ``chinese_peers`` Chinese ones of it, and 子報's ``rows``."""
    for name, outlet in (("a", "Aland Daily"), ("b", "Borduria Times"), ("c", "Zenith Post")):
        _english(folder, name, outlet, right)
    for k in range(chinese_peers):
        _chinese(folder, f"p{k}", f"丑{k}報", right)
    _chinese(folder, "d", "子報", rows)
    return reconcile([str(folder)])


def _against(rec: Reconciliation, article: str) -> list[tuple[str, Severity]]:
    return sorted((d.kind, d.severity) for d in rec.discrepancies if article in d.sources)


def test_a_name_of_its_own_at_the_place_with_the_value_is_that_item(tmp_path: Path) -> None:
    rec = _story(tmp_path, [*RIGHT[:2], ("甲公司", 36.4), *RIGHT[3:]])
    assert _against(rec, "d") == [("unlinked_list", Severity.INFO)]
    (named,) = [d for d in rec.discrepancies if d.sources == ("d",)]
    assert "甲公司 at place 3 (Zenith Foods)" in named.message


def test_with_another_value_it_is_one_warning_never_an_error(tmp_path: Path) -> None:
    rec = _story(tmp_path, [*RIGHT[:2], ("甲公司", 33.1), *RIGHT[3:]])
    assert _against(rec, "d") == [("value_conflict", Severity.WARNING)]
    (d,) = [d for d in rec.discrepancies if d.sources == ("d",)]
    assert "place 3" in d.message and "Zenith Foods" in d.message and "33,100,000,000" in d.message


def test_where_its_language_names_the_item_alike_it_is_a_substitution(tmp_path: Path) -> None:
    """Two other Chinese lists print ``Zenith Foods``: the Chinese name for it is settled, and ``甲公司``
    in its place, even with its value, is another item."""
    rec = _story(tmp_path, [*RIGHT[:2], ("甲公司", 36.4), *RIGHT[3:]], chinese_peers=2)
    assert ("wrong_item", Severity.ERROR) in _against(rec, "d")
    assert not [d for d in rec.discrepancies if d.severity is Severity.INFO and d.sources == ("d",)]


def test_a_list_in_another_order_says_nothing_of_places(tmp_path: Path) -> None:
    """The first two exchanged: the list's order is not the others', so place 3 is no evidence."""
    rec = _story(tmp_path, [RIGHT[1], RIGHT[0], ("甲公司", 36.4), *RIGHT[3:]])
    assert not [d for d in rec.discrepancies if "place 3" in d.message]


def test_a_list_of_another_length_says_nothing_of_places(tmp_path: Path) -> None:
    rec = _story(tmp_path, [*RIGHT[:2], ("甲公司", 36.4), RIGHT[3]])
    assert not [d for d in rec.discrepancies if "place 3" in d.message]


def test_a_value_tied_with_the_next_item_says_nothing_of_its_place(tmp_path: Path) -> None:
    """Zenith Foods and Aland Mining tied on one revenue: the order between them says nothing, and
    ``甲公司`` with that revenue at place 3 is left to the other checks."""
    tied = [*RIGHT[:3], ("Aland Mining", 36.4), RIGHT[4]]
    rec = _story(tmp_path, [*tied[:2], ("甲公司", 36.4), *tied[3:]], right=tied)
    assert not [d for d in rec.discrepancies if "place 3" in d.message]


def test_agreement_place_by_place() -> None:
    where = {
        "acme": Counter({0: 4}),
        "borduria": Counter({1: 4}),
        "zenith": Counter({2: 3}),
        "aland": Counter({3: 4}),
        "nova": Counter({4: 3, 3: 1}),
    }
    assert _agrees(["acme", "borduria", "own", "aland", "nova"], where)
    # an item most others print elsewhere: the order is not theirs
    assert not _agrees(["borduria", "acme", "own", "aland", "nova"], where)
    # too few places shared to tell an order
    assert not _agrees(["acme", "x", "own", "y", "z"], where)


def test_one_entity_shared_at_a_place() -> None:
    assert _shared_at(Counter({"zenith": 3})) == "zenith"
    assert _shared_at(Counter({"zenith": 1})) is None  # one list is no corroboration
    assert _shared_at(Counter({"apple": 3, "蘋果": 2})) is None  # two camps: ranked_camps' business
    assert _shared_at(Counter({"zenith": 3, "stray": 1})) == "zenith"


def test_one_other_outlet_of_a_language_but_chinese_settles_its_name(tmp_path: Path) -> None:
    """Three Chinese lists and one English list print ``Zenith Foods``; a second English list prints
    ``Jane Roe Holdings`` in its place with its revenue: English names the item one way, and this is
    another item (in Chinese it would take two lists printing one name)."""
    for k in range(3):
        _chinese(tmp_path, f"p{k}", f"丑{k}報", RIGHT)
    _english(tmp_path, "a", "Aland Daily", RIGHT)
    _english(tmp_path, "d", "Borduria Times", [*RIGHT[:2], ("Jane Roe Holdings", 36.4), *RIGHT[3:]])
    rec = reconcile([str(tmp_path)])
    assert ("wrong_item", Severity.ERROR) in _against(rec, "d")
    assert not [d for d in rec.discrepancies if d.severity is Severity.INFO and d.sources == ("d",)]
