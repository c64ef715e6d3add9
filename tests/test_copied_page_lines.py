"""A list copied out of a web page or a PDF as plain text, on made-up names: the lines the page leaves
between its items (a caption closed by its credit, a photographer's credit, a PDF's page number and
running head, an advertisement's label), a block of related headlines between two groups headed by their
counts, a line of share buttons, and tables flattened (a header row over rows run together by single
blanks, one cell a line with nothing between, column by column). Each list comes back whole, never in
part."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind, Mention
from sources.layouts._page_furniture import furniture
from sources.registry import parse_path


def _items(tmp_path: Path, text: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind is Kind.LIST]


ZH_NAMES = ["甲國", "乙國", "丙國", "丁國", "戊國", "己國", "庚國", "辛國"]


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_caption_closed_by_its_credit_and_an_ad_between_items_leave_the_list_whole(tmp_path: Path) -> None:
    text = _text(
        "甲國宣布禁令",
        "",
        "乙報　2031年6月5日",
        "",
        "甲國總統周三簽署公告，禁止8國公民入境，下周一生效。",
        "",
        "禁止入境的8國：",
        *ZH_NAMES[:3],
        "甲國總統在官邸簽署公告。（丙通訊社）",
        *ZH_NAMES[3:5],
        "廣告",
        *ZH_NAMES[5:],
        "",
        "延伸閱讀：甲國再推禁令",
    )
    assert [m.label for m in _items(tmp_path, text)] == ZH_NAMES


def test_a_pdf_page_number_and_running_head_between_items_leave_the_list_whole(tmp_path: Path) -> None:
    text = _text(
        "甲國恢復禁令",
        "",
        "乙政策通訊　2031年6月6日",
        "",
        "甲國總統4日簽署公告，自9日起禁止8國公民入境。名單如下：",
        "",
        *ZH_NAMES[:4],
        "乙政策通訊　第3期",
        "- 2 -",
        *ZH_NAMES[4:],
        "",
        "乙政策通訊　第3期",
        "- 3 -",
        "持有居留權者不受影響。",
    )
    assert [m.label for m in _items(tmp_path, text)] == ZH_NAMES


JA_FULL = ["ボルデュリア", "カルパティア", "ドーランド", "エルボニア"]
JA_PARTIAL = ["ラトベリア", "モルバニア", "フローリン"]


def test_a_related_block_between_two_counted_headings_leaves_the_second_group(tmp_path: Path) -> None:
    text = _text(
        "甲国、入国禁止を発表",
        "",
        "乙新報　2031年6月5日",
        "",
        "甲国の大統領は４日、７カ国からの入国を全面的に禁止し、または一部制限する布告に署名した。"
        "９日に発効する。対象国は以下の通り。",
        "",
        "入国全面禁止（４カ国）",
        *JA_FULL,
        "",
        "関連記事",
        "甲国、査証審査を強化",
        "甲国政府、留学生の受け入れ制限へ",
        "",
        "入国一部制限（3カ国）",
        *JA_PARTIAL,
        "",
        "（2031年6月5日 10時12分）",
    )
    read = _items(tmp_path, text)
    assert [m.label for m in read] == JA_FULL + JA_PARTIAL
    assert [m.group for m in read] == ["入国全面禁止"] * 4 + ["入国一部制限"] * 3


def test_what_a_copied_page_leaves_between_lines_is_told_from_a_list_s_lines() -> None:
    lines = [
        "分享",
        "WhatsApp　Facebook　複製連結",
        "Share\tTweet\tEmail",
        "シェア　ポスト　ブックマーク",
        "（丙社記者 王五 攝）",
        "簽署命令的甲國總統＝4日（乙社＝丙通信）",
        "甲國總統簽署公告。（丙通訊社）",
        "— 12 —",
        "乙報　2031年8月　第1頁",
        "Page 4 of 9",
        "甲國",
        "Aland",
        "67%",
        "12",
        "2031/06/05",
        "Twitter Inc",
        "甲國總統簽署公告。",
    ]
    assert furniture(lines) == [True] * 10 + [False] * 7


LEAD = [
    "甲國公布新稅率",
    "",
    "乙報　2031年4月3日",
    "",
    "甲國總統2日公布各貿易夥伴的新稅率，主要貿易夥伴如下：",
    "",
]
RATES = [("乙國", "67%", "34%"), ("丙國", "39%", "20%"), ("丁國", "90%", "46%"), ("戊國", "64%", "32%")]


def _rates(read: list[Mention]) -> list[tuple[str, list[tuple[str, float | None, str]]]]:
    return [(m.label, [(v.raw, v.number, v.column) for v in m.values]) for m in read]


WANT_RATES = [(n, [(a, float(a[:-1]), "對甲國關稅"), (b, float(b[:-1]), "甲國新稅率")]) for n, a, b in RATES]


def test_a_header_row_over_rows_run_together_by_single_blanks_labels_the_values(tmp_path: Path) -> None:
    text = _text(
        *LEAD, "國家 對甲國關稅 甲國新稅率", *(" ".join(row) for row in RATES), "", "各國表示將回應。"
    )
    assert _rates(_items(tmp_path, text)) == WANT_RATES


def test_a_header_row_over_a_name_and_a_post_is_no_item(tmp_path: Path) -> None:
    people = [("張三", "財政部長"), ("李四", "外交部長"), ("王小明", "內政部長"), ("陳大文", "經濟部長")]
    text = _text(
        *LEAD[:4], "甲國總統2日任命4名部長，名單如下：", "", "姓名 職位", *(" ".join(p) for p in people)
    )
    read = _items(tmp_path, text)
    assert [m.label for m in read] == [n for n, _ in people]
    assert [[a.text for a in m.attributes] for m in read] == [[p] for _, p in people]


def test_a_table_copied_one_cell_a_line_with_nothing_between_is_read_by_rows(tmp_path: Path) -> None:
    text = _text(
        *LEAD,
        "國家",
        "對甲國關稅",
        "甲國新稅率",
        *(c for row in RATES for c in row),
        "",
        "資料來源：甲國政府",
    )
    assert _rates(_items(tmp_path, text)) == WANT_RATES


def test_a_line_of_share_buttons_is_no_list(tmp_path: Path) -> None:
    text = _text(
        "甲国、新税率を発表",
        "",
        "乙新報　2031年4月3日",
        "",
        "シェア　ポスト　ブックマーク",
        "",
        "甲国の大統領は2日、貿易相手国・地域に対する新たな税率を発表した。各国は強く反発している。",
    )
    assert _items(tmp_path, text) == []


def test_a_table_copied_column_by_column_is_read_back_into_rows_where_it_fits_its_header(
    tmp_path: Path,
) -> None:
    names, first, second = zip(*RATES, strict=True)
    text = _text(*LEAD, "國家　對甲國關稅　甲國新稅率", *names, *first, *second, "", "資料來源：甲國政府")
    assert _rates(_items(tmp_path, text)) == WANT_RATES
    # a rate short: read in any cut, each name would take another's rates; nothing is read
    short = _text(
        *LEAD, "國家　對甲國關稅　甲國新稅率", *names, *first, *second[:3], "", "資料來源：甲國政府"
    )
    assert _items(tmp_path, short) == []


@pytest.mark.xfail(
    strict=True,
    reason="a row run together by a single blank whose name ends in a Chinese numeral before a post opening "
    "with 國 (李四 國防部長) is read as a counted lead-in (四國, four countries), and the run ends there",
)
def test_a_name_ending_in_a_numeral_before_a_post_is_a_row_not_a_lead_in(tmp_path: Path) -> None:
    people = [("張三", "財政部長"), ("李四", "國防部長"), ("王小明", "內政部長"), ("陳大文", "經濟部長")]
    text = _text(
        *LEAD[:4], "甲國總統2日任命4名部長，名單如下：", "", "姓名 職位", *(" ".join(p) for p in people)
    )
    assert [m.label for m in _items(tmp_path, text)] == [n for n, _ in people]
