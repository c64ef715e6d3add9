"""A ranking that prints its ties together (``tests/fixtures/passport_ranks/``, its README.md says what is
planted where): places shared by several countries, in a table whose place and figure cells span the rows
of a tie, ``第2位（190個）：甲、乙`` lines, clauses ``甲、乙以190个并列第二``, numbered lines of tied names,
and a table of several names per cell.
"""

from __future__ import annotations

from pipeline.models import Mention, Reconciliation, Severity
from sources.layouts._records import RawItem
from sources.layouts._ties import split_ties
from tests.probe_fixtures import listed, outlets_of, story


def _items(result: Reconciliation, article: str) -> dict[str, Mention]:
    return {m.name_zh or m.name_en: m for m in result.mentions if m.kind == "list" and m.article == article}


def _numbers(m: Mention) -> list[float | None]:
    return [v.number for v in m.values]


def test_tied_names_on_numbered_lines_are_items_of_one_place() -> None:
    text = "1. Aland\n2. Borduria, Carpathia (190)\n3. Dalmatia, Elbonia, Freedonia (189)\n"
    lines = [(m, text.index("\n", m)) for m in (3, 12, 41)]
    raw = [RawItem(s, e, None) for s, e in lines]
    out = split_ties(text, raw)
    assert [text[r.start : r.end] for r in out] == [
        "Aland",
        "Borduria",
        "Carpathia",
        "Dalmatia",
        "Elbonia",
        "Freedonia",
    ]
    assert [r.group for r in out] == ["1", "2", "2", "3", "3", "3"]
    assert text[out[1].shared[0] : out[1].shared[1]].strip() == "(190)"
    # one line of names is no ranking of ties; nor are people with what they do
    assert split_ties(text, raw[:2]) == raw[:2]
    people = "1. Jane Roe, executive director\n2. John Doe, senior fellow\n"
    raw = [RawItem(3, people.index("\n"), None), RawItem(people.index("2.") + 3, len(people) - 1, None)]
    assert split_ties(people, raw) == raw


def test_every_name_of_a_tie_is_read_with_its_figure() -> None:
    result = story("passport_ranks")
    counts = listed(result)
    assert [counts[a] for a in ("01_tw", "02_hk", "05_ja")] == [36, 36, 36]
    tw = _items(result, "01_tw")
    assert 190 in _numbers(tw["南韓"]) and 182 in _numbers(tw["美國"])
    ja = _items(result, "05_ja")
    assert 191 in _numbers(ja["日本"]) and 190 in _numbers(ja["韓国"])  # each its own figure
    assert 189 in _numbers(ja["スペイン"]) and 189 in _numbers(ja["デンマーク"])  # one figure for the tie
    hk = _items(result, "02_hk")
    assert hk["新加坡"].group == "第1位"  # a place of one among places of several
    assert hk["英國"].group == "第5位"  # as printed: the planted error
    assert outlets_of(result, "斯洛維尼亞") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}


def test_figures_in_the_labels_and_the_top_ten_are_no_counts() -> None:
    """``第2位（190個）`` and ``以189个`` give the places' figures, not how many countries each holds;
    ``前10名`` over 36 countries counts places. No count finding, no error against a correct outlet."""
    result = story("passport_ranks")
    assert not [
        d for d in result.discrepancies if d.kind in ("count_mismatch", "count_conflict", "list_long")
    ]
    assert not [d for d in result.discrepancies if d.severity is Severity.ERROR and "01_tw" in d.sources]
    assert not [d for d in result.discrepancies if d.severity is Severity.ERROR and "04_en" in d.sources]


def test_the_english_lines_of_ties_are_read_whole() -> None:
    """Numbered lines each ending in a bare figure, one after another: items, not headings."""
    result = story("passport_ranks")
    assert listed(result)["04_en"] == 36
    en = _items(result, "04_en")
    assert en["Singapore"].group == "1" and _numbers(en["Singapore"]) == [193]
    assert en["South Korea"].group == "2" and _numbers(en["South Korea"]) == [190]
    assert en["United States"].group == "10" and _numbers(en["United States"]) == [182]


def test_the_mainland_clauses_are_read_whole() -> None:
    """Every clause of ``…以193个…排名第一；日本、韩国以190个并列第二；…`` is read, one name or two as well as
    seven: 35 countries (Iceland left out), each with its place as its group and its figure as its value."""
    result = story("passport_ranks")
    assert listed(result)["03_cn"] == 35
    cn = _items(result, "03_cn")
    assert cn["英国"].group == "排名第六" and _numbers(cn["英国"]) == [186]
    assert cn["韩国"].group == "并列第二" and _numbers(cn["韩国"]) == [190]
    assert _numbers(cn["美国"]) == [182] and "冰岛" not in cn


def test_the_planted_errors_are_the_errors() -> None:
    """Japan's 191 against the 190 of the others is one value error; the mainland's list, read whole,
    lacks Iceland; Hong Kong files the United Kingdom under 5th. Nothing else is an error."""
    result = story("passport_ranks")
    errors = sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR)
    assert errors == [
        ("group_conflict", ("02_hk",)),
        ("list_short", ("03_cn",)),
        ("value_conflict", ("05_ja",)),
    ]
    (japan,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "191" in japan.message and "190" in japan.message
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert "Iceland" in short.message


def test_the_misfiled_country_is_found() -> None:
    """The United Kingdom under ``第5位（187個）`` is filed under the wrong place and given its figure: one
    finding, its group and its value (187 against 186) said together."""
    result = story("passport_ranks")
    hk = _items(result, "02_hk")
    assert _numbers(hk["英國"]) == [187] and _numbers(hk["日本"]) == [190]  # the label's figure, each name's
    found = [d for d in result.discrepancies if "02_hk" in d.sources and d.severity is Severity.ERROR]
    assert [d.kind for d in found] == ["group_conflict"]
    assert "187" in found[0].message and "186" in found[0].message
