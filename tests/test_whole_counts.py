"""Counts of the larger whole a list is drawn from (``pipeline.claims.wholes``): a lead paragraph's count of
the whole population (``今年全球共有3028人`` above the ten richest, ``全部32個成員中`` above the twelve best)
is no total of the list, even where the article has no count of its list to set beside it; a lead-in's
count of the list itself (``以下12國``) still judges it.

Stories are written here, in the words of outlets that reprint a made-up ranking (甲刊's rich list, 甲聯盟's
yearly rating of its members), with made-up names.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.lang.count_binding import counts_a_whole, drawn_from, lead_in_counts
from pipeline.lang.counts import find_counts
from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile
from sources.layouts._counts import Count as SourceCount
from sources.layouts._counts import find_count

COUNT_KINDS = {"count_mismatch", "count_conflict", "list_short", "list_long"}

# ------------------------------------------------------------------------------- the language layer


def _whole(text: str, value: int) -> bool:
    (count,) = [c for c in find_counts(text) if c.value == value]
    return counts_a_whole(text, count)


def test_words_of_a_whole_set_around_a_count() -> None:
    assert _whole("甲刊公布年度富豪榜，今年全球共有3028人身家達10億美元", 3028)
    assert _whole("今年全球共有3028位亿万富豪上榜", 3028)
    assert _whole("全部32個成員中，以下12國獲評優等：", 32)
    assert _whole("乙聯盟32個成員國中，有5國未達標", 32)
    assert _whole("資産10億ドル以上の富豪3028人のうち、上位10人は次の通り", 3028)
    assert _whole("A record 3,028 people made the list in all", 3028)
    assert _whole("Jane Roe tops a list that ranks 3,028 people worldwide", 3028)


def test_a_count_of_what_a_decision_names_is_no_whole() -> None:
    assert not _whole("全部32個成員中，以下12國獲評優等：", 12)  # the part, the list's own count
    assert not _whole("甲國宣布禁止12國公民入境", 12)
    assert not _whole("甲國制裁12個國家，其中5國在乙洲", 12)
    assert not _whole("Aland barred travellers from 12 countries", 12)


def test_a_whole_a_later_count_is_taken_from_is_no_count_of_the_list() -> None:
    assert [c.value for c in lead_in_counts("甲聯盟公布年度評比，全部32個成員中，以下12國獲評為優等：")] == [
        12
    ]
    assert [c.value for c in lead_in_counts("全球3028位富豪中的前十名如下：")] == [10]
    assert [c.value for c in lead_in_counts("Of all 32 members, these 12 countries were rated best:")] == [12]
    assert find_count("全部32個成員中，以下12國獲評為優等：") == SourceCount(12, 11, 14)
    # the list and its groups, broken down whole: the first is the list's count
    text = "在這19國中，12國全面禁止、7國部分限制："
    counts = find_counts(text)
    assert [drawn_from(text, c, counts) for c in counts] == [False, False, False]
    assert [c.value for c in lead_in_counts(text)][0] == 19


# ------------------------------------------------------------------------------------------ stories

RICH = [("張三", 3420), ("李四", 2160), ("王五", 2150), ("趙六", 1920), ("孫七", 1780)]
RICH += [("周八", 1540), ("吳九", 1440), ("鄭十", 1380), ("陳大文", 1240), ("林小明", 1180)]
RICH_CN = [("张三", 3420), ("李四", 2160), ("王五", 2150), ("赵六", 1920), ("孙七", 1780)]
RICH_CN += [("周八", 1540), ("吴九", 1440), ("郑十", 1380), ("陈大文", 1240), ("林小明", 1180)]


def _lines(rows: list[tuple[str, int]], unit: str) -> str:
    return "\n".join(f"{k}. {name} {value}{unit}" for k, (name, value) in enumerate(rows, 1))


def _story(tmp_path: Path, articles: dict[str, str]) -> Reconciliation:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


def _count_findings(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    return sorted(
        (d.kind, d.sources)
        for d in result.discrepancies
        if d.kind in COUNT_KINDS and d.severity is not Severity.INFO
    )


def _rich_story(tmp_path: Path) -> Reconciliation:
    """Three outlets reprint 甲刊's ten richest under a lead paragraph that counts every billionaire on
    its list (3028), Taiwan's outlet also the island's own (52) under the list; none counts its ten."""
    return _story(
        tmp_path,
        {
            "01_tw.txt": "甲刊公布全球富豪榜　張三居首\n\n丙島日報　2025年4月2日\n\n"
            "甲刊1日公布2025年全球億萬富豪榜，今年全球共有3028人身家達10億美元或以上，人數創新高。"
            "張三身家按年大增，重登全球首富。\n\n榜單排名如下：\n\n"
            + _lines(RICH, "億美元")
            + "\n\n本地方面，共有52人登上榜單。\n",
            "02_cn.txt": "甲刊发布全球富豪榜\n\n丁城时报　2025年4月2日\n\n"
            "甲刊1日发布2025年全球亿万富豪榜。今年全球共有3028位亿万富豪上榜，创历史新高。\n\n"
            "榜单排名如下：\n\n" + _lines(RICH_CN, "亿美元") + "\n",
            "03_hk.txt": "甲刊富豪榜出爐\n\n乙港新聞　2025年4月2日\n\n"
            "甲刊周二公布2025年全球億萬富豪榜，今年共有3028人身家達10億美元或以上。\n\n排名如下：\n\n"
            + _lines(RICH, "億美元")
            + "\n",
        },
    )


def test_a_list_of_ten_under_a_count_of_every_billionaire_draws_no_count_finding(tmp_path: Path) -> None:
    result = _rich_story(tmp_path)
    assert {m.article for m in result.mentions if m.kind == "list"} == {"01_tw", "02_cn", "03_hk"}
    assert sum(m.kind == "list" for m in result.mentions) == 30
    assert not [c for c in result.claims if c.kind == "total" and c.stated in (52, 3028)]
    assert _count_findings(result) == []


MEMBERS = ["阿塔", "博杜里亞", "卡帕西亞", "達爾馬提亞", "厄勒", "弗里多尼亞"]
MEMBERS += ["格魯巴尼亞", "昆拉", "托蘭", "維爾達", "扎烏拉", "奧斯特"]
MEMBERS_CN = ["阿塔", "博杜里亚", "卡帕西亚", "达尔马提亚", "厄勒", "弗里多尼亚"]
MEMBERS_CN += ["格鲁巴尼亚", "昆拉", "托兰", "维尔达", "扎乌拉", "奥斯特"]


def _rating(names: list[str], unit: str) -> str:
    return "\n".join(f"{k}. {name} {95 - k}{unit}" for k, name in enumerate(names, 1))


def _members_story(tmp_path: Path, tw_names: list[str]) -> Reconciliation:
    """Three outlets reprint the twelve members 甲聯盟 rates best of its 32 (``全部32個成員中，以下12國``);
    the Taiwan outlet prints ``tw_names``."""
    return _story(
        tmp_path,
        {
            "01_tw.txt": "甲聯盟公布年度評比\n\n丙島日報　2025年5月6日\n\n"
            "甲聯盟5日公布成員國年度評比結果。全部32個成員中，以下12國獲評為優等：\n\n"
            + _rating(tw_names, "分")
            + "\n",
            "02_cn.txt": "甲联盟公布年度评比\n\n丁城时报　2025年5月6日\n\n"
            "甲联盟5日公布成员国年度评比结果。全部32个成员中，以下12国获评为优等：\n\n"
            + _rating(MEMBERS_CN, "分")
            + "\n",
            "03_hk.txt": "甲聯盟年度評比出爐\n\n乙港新聞　2025年5月6日\n\n"
            "甲聯盟周一公布年度評比，全部32個成員中，以下12國獲評為優等：\n\n"
            + _rating(MEMBERS, "分")
            + "\n",
        },
    )


def test_twelve_of_all_thirty_two_members_draw_no_count_finding(tmp_path: Path) -> None:
    result = _members_story(tmp_path, MEMBERS)
    assert sum(m.kind == "list" for m in result.mentions) == 36
    assert not [c for c in result.claims if c.kind == "total" and c.stated == 32]
    assert _count_findings(result) == []


def test_eleven_under_the_lead_in_s_twelve_are_still_short(tmp_path: Path) -> None:
    """The Taiwan outlet loses 托蘭: its lead-in's ``以下12國`` judges its eleven."""
    result = _members_story(tmp_path, [n for n in MEMBERS if n != "托蘭"])
    assert _count_findings(result) == [("list_short", ("01_tw",))]
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert short.severity is Severity.ERROR and "12" in short.message
