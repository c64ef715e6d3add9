"""A draw printed five ways (``tests/fixtures/wc_draw/``, its README.md says what is planted where):
twelve groups of four teams, in a table of one row per group, ``A組：…`` lines, one paragraph of
``A组：…；`` clauses, headings over lists, and Japanese ``▽A組　…`` lines; six places held by play-off
winners, described rather than named.
"""

from __future__ import annotations

from collections import Counter

from pipeline.lang.counts import find_counts
from pipeline.models import Severity
from sources.layouts._table_labels import are_row_labels
from tests.probe_fixtures import against, items, listed, outlets_of, story

OUTLETS = ("01_tw", "02_hk", "03_cn", "04_en", "05_ja")


def test_an_ordinal_counts_nothing() -> None:
    assert find_counts("第一檔") == []
    assert [c.value for c in find_counts("第三類（5國）")] == [5]
    assert [c.value for c in find_counts("共12國")] == [12]


def test_row_labels_are_a_series_not_names() -> None:
    assert are_row_labels(["甲組", "乙組", "丙組"])
    assert are_row_labels(["Group A", "Group B", "Group C"])
    assert are_row_labels(["第一類", "第二類", "第十二類"])
    assert are_row_labels(["Region I", "Region II", "Region IV"])
    assert not are_row_labels(["美國", "英國", "法國"])  # one character apart, but no letters of a series
    assert not are_row_labels(["Iran", "Iraq"])  # a letter inside a word is no label's own
    assert not are_row_labels(["甲組", "甲組"])


def test_every_outlet_reads_48_teams_in_twelve_groups_of_four() -> None:
    result = story("wc_draw")
    assert listed(result) == Counter(dict.fromkeys(OUTLETS, 48))
    for article in ("01_tw", "04_en", "05_ja"):
        sizes = Counter(m.group for m in items(result, article))
        assert len(sizes) == 12 and set(sizes.values()) == {4}, article


def test_the_groups_are_the_rows_and_the_spaced_labels() -> None:
    result = story("wc_draw")
    tw = [(m.name_zh, m.group) for m in items(result, "01_tw")]
    assert tw[:5] == [
        ("墨西哥", "A組"),
        ("南韓", "A組"),
        ("南非", "A組"),
        ("歐洲附加賽D組勝者", "A組"),
        ("加拿大", "B組"),
    ]
    assert tw[-1] == ("迦納", "L組")
    ja = {m.name_zh: m.group for m in items(result, "05_ja")}
    assert ja["メキシコ"] == "A組" and ja["米国"] == "D組" and ja["ドイツ"] == "E組" and ja["ガーナ"] == "L組"
    hk = {m.name_zh: m.group for m in items(result, "02_hk")}
    assert hk["蘇格蘭"] == "B組"  # as printed: the planted error
    assert Counter(hk.values())["B組"] == 5 and Counter(hk.values())["C組"] == 3


def test_names_link_across_scripts() -> None:
    result = story("wc_draw")
    for name in ("蘇格蘭", "象牙海岸", "維德角", "庫拉索", "烏茲別克", "卡達"):
        assert outlets_of(result, name) == set(OUTLETS), name
    # the described places link where the words are read alike (Chinese and Japanese), not English
    assert outlets_of(result, "歐洲附加賽A組勝者") == set(OUTLETS) - {"04_en"}


def test_the_planted_errors_and_nothing_against_the_correct_outlets() -> None:
    """Scotland under B is one wrong group; Peru in Ecuador's place is one wrong item. The Taiwan page's
    ``42隊…其餘6個名額`` is a part and the rest, the English headline's ``all 12 groups`` counts the groups,
    the mainland's ``亚洲区共有8支球队`` counts Asia's teams beside the 48 it states: no count is wrong. The
    play-off places the English page describes (``UEFA play-off Path A winner``) cannot be compared with
    their Chinese names; places held for a winner are described, not named, and make no finding of
    presence either way."""
    result = story("wc_draw")
    errors = sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR)
    assert errors == [("group_conflict", ("02_hk",)), ("wrong_item", ("03_cn",))]
    (moved,) = [d for d in result.discrepancies if d.kind == "group_conflict"]
    assert "蘇格蘭" in moved.message and "C組" in moved.message
    (peru,) = [d for d in result.discrepancies if d.kind == "wrong_item"]
    assert "秘鲁" in peru.message and "Ecuador" in peru.message
    assert not against(result, "01_tw")
    assert [d.kind for d in against(result, "03_cn")] == ["wrong_item"]
    assert not against(result, "04_en")
    assert not against(result, "05_ja")
    assert not [d for d in result.discrepancies if d.kind.startswith(("count", "list_"))]
