"""A group's count printed on a line of its own, on made-up names: after the group's items it closes the
group (``（共3國）``, ``(3 countries in all)``, ``（計3カ国）``, ``以上3國``, ``——共3国``), right under the
group's label it opens it (``Full ban:`` over ``3 countries``). Either way it is the stated count of that
group, whose heading keeps its label; it is no heading of its own and no item. A closing line that counts
the items of every group is the list's total."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.count_lines import total_line
from pipeline.models import Severity
from pipeline.run import RunOptions, reconcile
from sources.reader import read_document
from sources.registry import parse_document
from tests.document_fixtures import text_document
from tests.probe_fixtures import findings

Read = tuple[list[tuple[str, int | None]], list[tuple[str, str]]]


def _read(text: str) -> Read:
    got = parse_document(text_document(text))
    return [(h.group, h.stated) for h in got.headings], [(m.label, m.group) for m in got.mentions]


def _read_html(tmp_path: Path, body: str) -> Read:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article>{body}</article></body></html>", "utf-8")
    doc, _ = read_document(page)
    got = parse_document(doc)
    return [(h.group, h.stated) for h in got.headings], [(m.label, m.group) for m in got.mentions]


ZH_HEAD = "旅行禁令擴大\n2031年1月8日 甲報\n\n新的旅行禁令涵蓋以下國家：\n\n"
CN_HEAD = "旅行禁令扩大\n2031年1月8日 甲报\n\n新的旅行禁令涵盖以下国家：\n\n"
JA_HEAD = "渡航禁止拡大\n2031年1月8日 甲新聞\n\n対象国は次の通り。\n\n"
EN_HEAD = "Travel ban widened\n8 January 2031, Aland Daily\n\nThe new ban covers these countries:\n\n"


def _closed(head: str, labels: tuple[str, str], names: str, marker: str, tallies: tuple[str, str]) -> str:
    first, second = names.split()[:3], names.split()[3:]
    lines = [f"{labels[0]}", *(marker + n for n in first), tallies[0], "", labels[1]]
    lines += [*(marker + n for n in second), tallies[1]]
    return head + "\n".join(lines) + "\n"


CLOSED = [
    (ZH_HEAD, ("全面禁止入境：", "部分限制："), "甲國 乙國 丙國 丁國 戊國", "－", ("（共3國）", "（共2國）")),
    (ZH_HEAD, ("全面禁止入境：", "部分限制："), "甲國 乙國 丙國 丁國 戊國", "●", ("以上3國", "以上2國")),
    (ZH_HEAD, ("全面禁止入境：", "部分限制："), "甲國 乙國 丙國 丁國 戊國", "", ("以上3國", "以上2國")),
    (CN_HEAD, ("全面禁止入境：", "部分限制："), "甲国 乙国 丙国 丁国 戊国", "", ("——共3国", "——共2国")),
    (CN_HEAD, ("全面禁止入境：", "部分限制："), "甲国 乙国 丙国 丁国 戊国", "●", ("——共3国", "——共2国")),
    (JA_HEAD, ("全面禁止：", "一部制限："), "甲国 乙国 丙国 丁国 戊国", "・", ("（計3カ国）", "（計2カ国）")),
    (
        EN_HEAD,
        ("Full ban:", "Partial ban:"),
        "Aland Borduria Carpathia Dorland Elbonia",
        "- ",
        ("(3 countries in all)", "(2 countries in all)"),
    ),
]


@pytest.mark.parametrize(("head", "labels", "names", "marker", "tallies"), CLOSED)
def test_a_closing_tally_is_its_groups_count(
    head: str, labels: tuple[str, str], names: str, marker: str, tallies: tuple[str, str]
) -> None:
    headings, mentions = _read(_closed(head, labels, names, marker, tallies))
    first, second = (label.rstrip("：:") for label in labels)
    assert headings == [(first, 3), (second, 2)]
    assert mentions == [(n, first) for n in names.split()[:3]] + [(n, second) for n in names.split()[3:]]


EN_OPENED = (
    "Full ban:\n3 countries\n{m}Aland\n{m}Borduria\n{m}Carpathia\n\n"
    "Partial ban:\n2 countries\n{m}Dorland\n{m}Elbonia\n"
)
OPENED = [
    EN_HEAD + EN_OPENED.format(m="- "),
    EN_HEAD + EN_OPENED.format(m=""),
    JA_HEAD + "全面禁止\n3カ国\n・甲国\n・乙国\n・丙国\n\n一部制限\n2カ国\n・丁国\n・戊国\n",
    JA_HEAD + "全面禁止\n3カ国\n甲国\n乙国\n丙国\n\n一部制限\n2カ国\n丁国\n戊国\n",
    ZH_HEAD + "全面禁止入境：\n共3國\n－甲國\n－乙國\n－丙國\n\n部分限制：\n共2國\n－丁國\n－戊國\n",
]


@pytest.mark.parametrize("text", OPENED)
def test_an_opening_tally_is_its_groups_count(text: str) -> None:
    headings, mentions = _read(text)
    first, second = ("Full ban", "Partial ban") if "Full" in text else ("全面禁止", "一部制限")
    if "全面禁止入境" in text:
        first, second = "全面禁止入境", "部分限制"
    assert headings == [(first, 3), (second, 2)]
    assert [g for _, g in mentions] == [first] * 3 + [second] * 2


def test_a_closing_line_that_counts_every_group_is_the_lists_total() -> None:
    text = ZH_HEAD + "全面禁止入境：\n－甲國\n－乙國\n－丙國\n\n部分限制：\n－丁國\n－戊國\n（共5國）\n"
    headings, mentions = _read(text)
    assert headings == [("全面禁止入境", None), ("部分限制", None), ("", 5)]
    assert len(mentions) == 5


def test_a_closing_tally_of_one_list_is_its_count() -> None:
    text = (
        ZH_HEAD.replace("\n\n新的", "\n\n據報導，新的")
        + "－甲國\n－乙國\n－丙國\n－丁國\n（共4國）\n\n另據報導，乙國表示遺憾。\n"
    )
    headings, mentions = _read(text)
    assert headings == [("", 4)]
    assert [n for n, _ in mentions] == ["甲國", "乙國", "丙國", "丁國"]


ZH_PAGE = (
    "<h1>旅行禁令擴大</h1><p>2031年1月8日 甲報</p><p>新的旅行禁令涵蓋以下國家：</p>"
    "<p>全面禁止入境：</p><ul><li>甲國</li><li>乙國</li><li>丙國</li></ul><p>（共3國）</p>"
    "<p>部分限制：</p><ul><li>丁國</li><li>戊國</li></ul><p>（共2國）</p><p>另據報導，乙國表示遺憾。</p>"
)
EN_PAGE_OPENED = (
    "<h1>Travel ban widened</h1><p>8 January 2031, Aland Daily</p><p>The new ban covers these countries:</p>"
    "<h3>Full ban</h3><p>3 countries</p><ul><li>Aland</li><li>Borduria</li><li>Carpathia</li></ul>"
    "<h3>Partial ban</h3><p>2 countries</p><ul><li>Dorland</li><li>Elbonia</li></ul>"
    "<p>Officials said more may follow.</p>"
)
EN_PAGE_CLOSED = (
    "<h1>Travel ban widened</h1><p>8 January 2031, Aland Daily</p><p>The new ban covers these countries:</p>"
    "<p><strong>Full ban:</strong></p><ul><li>Aland</li><li>Borduria</li><li>Carpathia</li></ul>"
    "<p>(3 countries in all)</p><p><strong>Partial ban:</strong></p><ul><li>Dorland</li><li>Elbonia</li></ul>"
    "<p>(2 countries in all)</p><p>Officials said more may follow.</p>"
)


ZH_PAGE_OPENED = (
    "<h1>旅行禁令擴大</h1><p>2031年1月8日 甲報</p><p>新的旅行禁令涵蓋以下國家：</p>"
    "<p><strong>全面禁止入境</strong></p><p>共3國</p><ul><li>甲國</li><li>乙國</li><li>丙國</li></ul>"
    "<p><strong>部分限制</strong></p><p>共2國</p><ul><li>丁國</li><li>戊國</li></ul><p>另據報導，乙國表示遺憾。</p>"
)
CN_PAGE_CLOSED = (
    "<h1>旅行禁令扩大</h1><p>2031年1月8日 甲报</p><p>新的旅行禁令涵盖以下国家：</p>"
    "<h3>全面禁止入境</h3><ul><li>甲国</li><li>乙国</li><li>丙国</li></ul><p>——共3国</p>"
    "<h3>部分限制</h3><ul><li>丁国</li><li>戊国</li></ul><p>——共2国</p><p>另据报道，乙国表示遗憾。</p>"
)
JA_PAGE_OPENED = (
    "<h1>渡航禁止拡大</h1><p>2031年1月8日 甲新聞</p><p>対象国は次の通り。</p>"
    "<h3>全面禁止</h3><p>3カ国</p><ul><li>甲国</li><li>乙国</li><li>丙国</li></ul>"
    "<h3>一部制限</h3><p>2カ国</p><ul><li>丁国</li><li>戊国</li></ul><p>新たな措置は来週発効する。</p>"
)


@pytest.mark.parametrize(
    ("body", "groups"),
    [
        (ZH_PAGE, ("全面禁止入境", "部分限制")),
        (ZH_PAGE_OPENED, ("全面禁止入境", "部分限制")),
        (CN_PAGE_CLOSED, ("全面禁止入境", "部分限制")),
        (JA_PAGE_OPENED, ("全面禁止", "一部制限")),
        (EN_PAGE_OPENED, ("Full ban", "Partial ban")),
        (EN_PAGE_CLOSED, ("Full ban", "Partial ban")),
    ],
)
def test_a_pages_tally_block_is_its_groups_count(tmp_path: Path, body: str, groups: tuple[str, str]) -> None:
    headings, mentions = _read_html(tmp_path, body)
    assert headings == [(groups[0], 3), (groups[1], 2)]
    assert [g for _, g in mentions] == [groups[0]] * 3 + [groups[1]] * 2


def test_a_pages_closing_block_that_counts_every_group_is_the_lists_total(tmp_path: Path) -> None:
    body = ZH_PAGE.replace("<p>（共3國）</p>", "").replace("（共2國）", "（共5國）")
    headings, mentions = _read_html(tmp_path, body)
    assert headings == [("全面禁止入境", None), ("部分限制", None), ("", 5)]
    assert [g for _, g in mentions] == ["全面禁止入境"] * 3 + ["部分限制"] * 2


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("以上3國", 3),
        ("（以上3國）", 3),
        ("以上、3カ国", 3),
        ("——共3国", 3),
        ("— 共17國", 17),
    ],
)
def test_total_lines_without_a_total_word_or_after_a_dash(line: str, stated: int | None) -> None:
    assert total_line(line) == stated


def test_above_then_a_count_is_a_tally_only_alone_on_its_line() -> None:
    assert total_line("以上3國") == 3
    assert total_line("以上3國將受影響") is None  # a sentence, not a tally
    assert total_line("——共193個目的地") is None  # a figure, not a count of the items


STORY = Path(__file__).resolve().parent / "fixtures" / "group_tallies"


@pytest.mark.parametrize("reference", [False, True])
def test_the_one_outlet_whose_count_is_wrong_is_the_one_accused(reference: bool) -> None:
    """Five outlets print a ban on four countries and a partial ban on three (``fixtures/group_tallies``):
    closing tallies (``（共4國）``, ``——共4国``), tallies opening a page's groups (``<p>4 countries</p>``), a
    Japanese sentence of two counted groups and an English one whose second group is uncounted. The
    Japanese outlet names four under ``の5カ国``: it alone is found to state a count its own list belies."""
    opts = RunOptions(reference=str(STORY / "reference.json") if reference else None)
    result = reconcile([str(p) for p in sorted(STORY.glob("0*"))], options=opts)
    assert findings(result) == [("count_conflict", ("03_ja",))]
    (found,) = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert "03_ja's own list has 4" in found.message


@pytest.mark.parametrize(
    ("text", "labels", "names"),
    [
        (
            CN_HEAD + "全面禁止入境\n甲国\n乙国\n丙国\n——共3国\n\n部分限制入境\n丁国\n戊国\n——共2国\n",
            ("全面禁止入境", "部分限制入境"),
            "甲国 乙国 丙国 丁国 戊国",
        ),
        (
            ZH_HEAD + "全面禁止入境\n甲國\n乙國\n丙國\n（共3國）\n\n部分限制入境\n丁國\n戊國\n（共2國）\n",
            ("全面禁止入境", "部分限制入境"),
            "甲國 乙國 丙國 丁國 戊國",
        ),
        (
            JA_HEAD + "全面禁止\n甲国\n乙国\n丙国\n（計3カ国）\n\n一部制限\n丁国\n戊国\n（計2カ国）\n",
            ("全面禁止", "一部制限"),
            "甲国 乙国 丙国 丁国 戊国",
        ),
        (
            EN_HEAD + "Full ban\nAland\nBorduria\nCarpathia\n(3 countries in all)\n\n"
            "Partial ban\nDorado\nElbonia\n(2 countries in all)\n",
            ("Full ban", "Partial ban"),
            "Aland Borduria Carpathia Dorado Elbonia",
        ),
    ],
)
def test_a_label_with_no_colon_over_unmarked_lines_and_their_tally(
    text: str, labels: tuple[str, str], names: str
) -> None:
    """Each group's label stands alone over its names with no colon; the tally under the names counts
    them and not the label, in both groups: the labels head the groups, and the tallies are their counts."""
    headings, mentions = _read(text)
    assert headings == [(labels[0], 3), (labels[1], 2)]
    assert mentions == [(n, labels[0]) for n in names.split()[:3]] + [
        (n, labels[1]) for n in names.split()[3:]
    ]


def test_one_run_whose_tally_is_one_short_keeps_its_first_line_an_item() -> None:
    """Guard: one run alone, four names under a tally of 3, may be a misprinted count as well as a label
    over three: its first line stays a name, and the count the outlet states is kept to be checked."""
    headings, mentions = _read(CN_HEAD + "甲国\n乙国\n丙国\n丁国\n——共3国\n")
    assert [n for n, _ in mentions] == ["甲国", "乙国", "丙国", "丁国"]
    assert [stated for _, stated in headings] == [3]


@pytest.mark.parametrize(
    ("text", "labels", "names"),
    [
        (
            CN_HEAD
            + "全面禁止入境\n- 甲国\n- 乙国\n- 丙国\n——共3国\n\n部分限制入境\n- 丁国\n- 戊国\n——共2国\n",
            ("全面禁止入境", "部分限制入境"),
            "甲国 乙国 丙国 丁国 戊国",
        ),
        (
            ZH_HEAD
            + "全面禁止入境\n• 甲國\n• 乙國\n• 丙國\n（共3國）\n\n部分限制入境\n• 丁國\n• 戊國\n（共2國）\n",
            ("全面禁止入境", "部分限制入境"),
            "甲國 乙國 丙國 丁國 戊國",
        ),
        (
            JA_HEAD
            + "全面禁止\n・甲国\n・乙国\n・丙国\n（計3カ国）\n\n一部制限\n・丁国\n・戊国\n（計2カ国）\n",
            ("全面禁止", "一部制限"),
            "甲国 乙国 丙国 丁国 戊国",
        ),
        (
            EN_HEAD + "Full ban\n- Aland\n- Borduria\n- Carpathia\n(3 countries in all)\n\n"
            "Partial ban\n- Dorado\n- Elbonia\n(2 countries in all)\n",
            ("Full ban", "Partial ban"),
            "Aland Borduria Carpathia Dorado Elbonia",
        ),
    ],
)
def test_a_label_with_no_colon_over_marked_lines_and_their_tally(
    text: str, labels: tuple[str, str], names: str
) -> None:
    """Marked items under labels with no colon, each group closed by its tally: the tally between the
    groups is no heading by its words, so the labels still title the groups and the tallies count them."""
    headings, mentions = _read(text)
    assert headings == [(labels[0], 3), (labels[1], 2)]
    assert mentions == [(n, labels[0]) for n in names.split()[:3]] + [
        (n, labels[1]) for n in names.split()[3:]
    ]


def test_a_marked_group_whose_tally_is_wrong_keeps_the_tally_as_printed() -> None:
    """Guard: three marked names under ``——共2国`` are still three, their group's count the 2 printed,
    for the count check to hold against them."""
    text = (
        CN_HEAD + "全面禁止入境\n- 甲国\n- 乙国\n- 丙国\n——共2国\n\n部分限制入境\n- 丁国\n- 戊国\n——共2国\n"
    )
    headings, mentions = _read(text)
    assert headings == [("全面禁止入境", 2), ("部分限制入境", 2)]
    assert len(mentions) == 5
