"""A figure a word hedges: ``逾7成``, ``超過40%``, ``over 40%`` (more than it), ``近三成``, ``nearly 30%``
(up to it), ``約4割``, ``about 40%``, ``40%左右`` (near it). The hedge stays on the value (a bound, or a
number flagged approximate) and out of the name; an outlet that prints ``about 40%`` where the others print
``41%`` says nothing wrong, nor are the others wrong against it (made-up outlets and countries)."""

from __future__ import annotations

from pathlib import Path

from document_fixtures import text_document

from pipeline.lang.values import find_values
from pipeline.models import Kind
from pipeline.run import reconcile
from sources.registry import parse_document

Reading = list[tuple[str, float | None, float | None, float | None, bool]]


def _figures(text: str) -> Reading:
    return [(f.raw, f.number, f.low, f.high, f.approximate) for f in find_values(text)]


def test_more_than_is_a_bound_from_below() -> None:
    assert _figures("甲國逾7成") == [("逾7成", None, 70.0, None, False)]
    assert _figures("超過40%") == [("超過40%", None, 40.0, None, False)]
    assert _figures("over 40%") == [("over 40%", None, 40.0, None, False)]
    assert _figures("4割強の") == [("4割強", None, 40.0, None, False)]


def test_nearly_is_a_bound_from_above() -> None:
    assert _figures("甲國近三成") == [("近三成", None, None, 30.0, False)]
    assert _figures("nearly 30%") == [("nearly 30%", None, None, 30.0, False)]


def test_about_is_an_approximate_number() -> None:
    assert _figures("約4割") == [("約4割", 40.0, None, None, True)]
    assert _figures("about 40%") == [("about 40%", 40.0, None, None, True)]
    assert _figures("40%左右") == [("40%左右", 40.0, None, None, True)]


def test_words_that_hedge_nothing() -> None:
    assert _figures("最近30%") == [("30%", 30.0, None, None, False)]  # "lately", no "nearly"
    assert _figures("20%強化") == [("20%", 20.0, None, None, False)]  # a word that starts with 強
    assert _figures("40% plus a fee of 5%")[0] == ("40%", 40.0, None, None, False)
    assert _figures("甲國20%，乙國25%") == [
        ("20%", 20.0, None, None, False),
        ("25%", 25.0, None, None, False),
    ]


def test_the_hedge_is_no_part_of_the_name() -> None:
    res = parse_document(
        text_document("調查\n\n調查顯示，甲國逾7成、乙國近三成、丙國約4割、丁國45%支持該政策。\n")
    )
    items = [(m.label, [v.raw for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]
    assert items == [("甲國", ["逾7成"]), ("乙國", ["近三成"]), ("丙國", ["約4割"]), ("丁國", ["45%"])]


RATES = [("乙國", "41%"), ("丙國", "25%"), ("丁國", "30%"), ("戊國", "12%")]


def _write(folder: Path, name: str, outlet: str, rows: list[tuple[str, str]]) -> None:
    body = "\n".join(f"{n}：{r}" for n, r in rows)
    head = f"甲國公布民調\n\n{outlet}　2031年5月2日\n\n甲國公布4國民調支持率，名單如下：\n\n"
    text = f"{head}{body}\n\n結果下月再公布。\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _value_findings(folder: Path) -> list[tuple[tuple[str, ...], str, str]]:
    """(outlets, severity, item) of each value finding."""
    rec = reconcile([str(folder)])
    return sorted(
        (d.sources, d.severity.value, d.subject.split(":")[0])
        for d in rec.discrepancies
        if d.kind == "value_conflict"
    )


def test_an_approximate_figure_agrees_with_the_exact_one_it_covers(tmp_path: Path) -> None:
    _write(tmp_path, "a", "子報", RATES)
    _write(tmp_path, "b", "丑報", [("乙國", "約40%"), *RATES[1:]])
    _write(tmp_path, "c", "寅報", [("乙國", "約40%"), *RATES[1:]])
    assert _value_findings(tmp_path) == []  # the one exact print is not outvoted by two hedged ones


def test_bounds_accuse_nobody_and_an_exact_misprint_is_still_found(tmp_path: Path) -> None:
    _write(tmp_path, "a", "子報", RATES)
    _write(tmp_path, "b", "丑報", [("乙國", "逾4成"), *RATES[1:]])
    _write(tmp_path, "c", "寅報", [("乙國", "近四成"), *RATES[1:]])
    _write(tmp_path, "d", "卯報", [*RATES[:3], ("戊國", "21%")])
    _write(tmp_path, "e", "辰報", RATES)
    assert _value_findings(tmp_path) == [(("d",), "error", "戊國")]
