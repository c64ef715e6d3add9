"""One figure in many scales and units (``tests/fixtures/opec_cuts_2023/``): the OPEC+ voluntary output cuts
announced on 2 April 2023, eight producers (and Russia's extended cut) in barrels a day, seven outlets in
five languages printing the same cut as ``50萬桶``, ``日减产50万桶``, ``500,000 barrels per day``, ``500
thousand b/d``, ``50`` under a header of ``萬桶/日`` or of ``日量、万バレル``; read against one expected file
per article (``tests/expected/probes/opec_cuts_2023/``). Planted: a cut printed a scale too small (the
mainland lines), two producers' cuts swapped (the English list), a stated total the cuts do not add up
to (Hong Kong). The shapes the story needed read are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.leads import lead_says_selection
from pipeline.lang.value_words import in_units
from pipeline.lang.values import find_values
from pipeline.models import Mention, Reconciliation, Severity
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import against, expected_file, findings, items, printed_name, probe_articles, story

STORY = "opec_cuts_2023"
ARTICLES = probe_articles(STORY)
CLEAN = ("01_tw", "04_en", "05_ja", "07_cn")  # the articles with nothing planted


def _values(m: Mention) -> list[tuple[str, float | None, str]]:
    return [(v.raw, v.number, v.unit) for v in m.values]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, each value as printed with its number in barrels (a day) and its unit; the share of
    the country's output, where an outlet gives one, a second value in %."""
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [_values(m) for m in read] == [
        [(v["printed"], v["number"], v["unit"]) for v in w["values"]] for w in want
    ]
    if expected["format"] == "html" and "column" in want[0]["values"][0]:
        assert [[v.column for v in m.values] for m in read] == [
            [v["column"] for v in w["values"]] for w in want
        ]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    art = next(a for a in story(STORY).articles if a.id == article)
    assert art.outlet == expected["outlet"]
    assert not art.selection  # every outlet prints the whole list


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_its_count(article: str) -> None:
    count = expected_file(STORY, article)["count"]
    stated = {c.stated for c in story(STORY).claims if c.article == article and c.unit == "count"}
    assert stated == {count["stated"]}


def test_one_cut_in_every_scale_and_unit_is_one_figure() -> None:
    """Each producer is one entity across the seven outlets, and its cut one number of barrels, whatever the
    scale word (萬, 万, thousand) or the header it was printed under; only the planted figures differ."""
    result = story(STORY)
    entity_of = {key: e.id for e in result.entities for key in e.mentions}
    planted = {("03_cn", "沙特"), ("06_en", "United Arab Emirates"), ("06_en", "Kuwait")}
    cuts: dict[str, dict[str, float | None]] = {}
    for article in ARTICLES:
        for m in items(result, article):
            if (article, printed_name(m)) not in planted:
                cuts.setdefault(entity_of.get(m.key, m.key), {})[article] = m.values[0].number
    assert sorted(len(set(c.values())) for c in cuts.values()) == [1] * 9  # one figure each
    assert sorted(len(c) for c in cuts.values()) == [1, 6, 6, 6, 7, 7, 7, 7, 7]  # Russia: the Japanese table


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("arithmetic", ("02_hk",)),
        ("value_conflict", ("03_cn",)),
        ("value_conflict", ("06_en",)),
    ]
    by_outlet = {d.sources: d for d in result.discrepancies if d.severity is Severity.ERROR}
    total = by_outlet[("02_hk",)]
    assert "106萬桶" in total.message and "1,157,000" in total.message
    assert "合共每日約106萬桶" in total.evidence[0].quote
    scale = by_outlet[("03_cn",)]
    assert "5万桶" in scale.message and "500,000" in scale.message
    assert "沙特：日减产5万桶" in scale.evidence[0].quote
    swap = by_outlet[("06_en",)]
    assert "swapped" in swap.message and "Kuwait" in swap.message and "United Arab Emirates" in swap.message
    for article in CLEAN:
        assert against(result, article) == [], article


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return list(parse_path(path).mentions)


def _story(tmp_path: Path, texts: dict[str, str]) -> Reconciliation:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


ZH_HEAD = "甲國等產油國宣布減產\n\n{outlet}　2023年4月3日\n\n"


@pytest.mark.parametrize(
    ("header", "number", "unit"),
    [
        ("日量、万バレル", 128_000, "bbl"),  # the words of a day's figure, then the unit
        ("每日，萬桶", 128_000, "bbl"),
        ("萬桶（每日）", 128_000, "bbl"),
        ("萬桶/日", 128_000, "bbl"),
        ("萬桶／日", 128_000, "bbl"),  # a full-width slash
        ("mb/d", 12_800_000, "bbl"),  # the trade's million barrels a day
        ("kb/d", 12_800, "bbl"),
        ("百萬美元", 12_800_000, "USD"),
        ("%", 12.8, "%"),
        ("日量", 12.8, "日量"),  # guard: the words of a day's figure alone are no unit to scale by
    ],
)
def test_a_number_under_a_header_of_a_days_amount_is_scaled_by_its_unit(
    header: str, number: float, unit: str
) -> None:
    assert in_units(12.8, header) == (number, unit)


@pytest.mark.parametrize(
    ("text", "number"),
    [("0.5 mb/d", 500_000), ("1.16 mbpd", 1_160_000), ("50萬桶／日", 500_000), ("500 thousand b/d", 500_000)],
)
def test_a_days_barrels_in_the_trades_short_units_are_read_whole(text: str, number: float) -> None:
    (found,) = find_values(text)
    assert (found.raw, found.number, found.unit) == (text, number, "bbl")


def test_a_japanese_table_of_a_days_barrels_in_ten_thousands_reads_barrels(tmp_path: Path) -> None:
    page = (
        "<html><head><title>甲国など減産 | 乙新報</title></head><body><article><h1>甲国など減産</h1>"
        "<p>2023年4月3日</p><p>各国の減産量は次の通り。</p><table>"
        "<tr><th>国名</th><th>減産量（日量、万バレル）</th></tr>"
        "<tr><td>甲国</td><td>50</td></tr><tr><td>乙国</td><td>21.1</td></tr>"
        "<tr><td>丙国</td><td>0.8</td></tr></table></article></body></html>"
    )
    read = _read(tmp_path, page, ".html")
    assert [(m.name_zh, [(v.number, v.unit) for v in m.values]) for m in read] == [
        ("甲国", [(500_000, "bbl")]),
        ("乙国", [(211_000, "bbl")]),
        ("丙国", [(8_000, "bbl")]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "4個產油國周日宣布減產，其中甲國減產50萬桶、乙國減21.1萬桶、丙國減14.4萬桶、丁國減12.8萬桶，合共每日約98萬桶。",
        "4個產油國周日宣布減產，甲國日減50萬桶，乙國日減21.1萬桶，丙國日減14.4萬桶，丁國日減12.8萬桶，合計98.3萬桶。",
        # 及 a sound of the last name, no joiner: still one name a piece
        "4個產油國周日宣布減產，其中甲國減產50萬桶、乙國減21.1萬桶、丙國減14.4萬桶、丁及戊亞減12.8萬桶，合共每日約98萬桶。",
    ],
)
def test_a_bare_verb_of_a_cut_and_a_closing_sum_are_no_part_of_the_items(
    tmp_path: Path, sentence: str
) -> None:
    """``乙國減21.1萬桶``: the verb is the value's label, not the name's; ``，合共每日約98萬桶`` after the
    last item is the items' sum, no item of its own."""
    read = _read(tmp_path, ZH_HEAD.format(outlet="甲報") + sentence + "\n")
    names = [m.name_zh for m in read]
    assert names[:3] == ["甲國", "乙國", "丙國"] and len(names) == 4 and names[3] in ("丁國", "丁及戊亞")
    assert [v.number for m in read for v in m.values] == [500_000, 211_000, 144_000, 128_000]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "甲国など減産\n\n乙新聞　2023年4月3日\n\n４カ国が減産を発表した。"
            "甲国が日量50万バレル、乙国が21万1000バレル、丙国が14万4000バレル、丁国が8000バレル。\n",
            ["甲国", "乙国", "丙国", "丁国"],
        ),
        (
            ZH_HEAD.format(outlet="甲報") + "4個產油國宣布減產，甲國為每日50萬桶，乙國為每日21.1萬桶，"
            "丙國為每日14.4萬桶，丁國為每日0.8萬桶。\n",
            ["甲國", "乙國", "丙國", "丁國"],
        ),
    ],
)
def test_the_words_of_a_days_figure_before_it_leave_the_name_whole(
    tmp_path: Path, text: str, names: list[str]
) -> None:
    """``甲国が日量50万バレル``: 日量 says the figure is a day's, between the name's topic marker and it."""
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == names
    assert [v.number for m in read for v in m.values][0] == 500_000


@pytest.mark.parametrize(
    ("lead", "selection"),
    [
        ("各國減產量及其占本國產量的比例如下：", False),  # 比例 + 如下: the ratios, as follows
        ("部分國家的減產量，例如：", True),
    ],
)
def test_ratios_as_follows_are_no_for_example(lead: str, selection: bool) -> None:
    text = f"{lead}\n甲國：50萬桶/日\n乙國：20萬桶/日\n"
    assert lead_says_selection(text, text.index("甲國")) is selection


CUTS = (
    ZH_HEAD
    + "4個產油國周日宣布減產，其中甲國減{a}萬桶、乙國減21萬桶、丙國減14萬桶、丁國減13萬桶，"
    + "合共每日{whole}。\n"
)


@pytest.mark.parametrize(
    ("whole", "finding"),
    [
        ("約88萬桶", True),  # the four add up to 98萬: ten steps of the print away
        ("約98萬桶", False),
        ("約100萬桶", False),  # guard: a round figure given as near
        ("約0.98百萬桶", False),
    ],
)
def test_a_sum_given_as_near_is_held_to_the_step_of_its_print(
    tmp_path: Path, whole: str, finding: bool
) -> None:
    result = _story(
        tmp_path,
        {
            "01": CUTS.format(outlet="甲報", a=50, whole=whole),
            "02": CUTS.format(outlet="乙報", a=50, whole="約98萬桶"),
            "03": CUTS.format(outlet="丙報", a=50, whole="約98萬桶"),
        },
    )
    sums = [(d.sources, d.severity) for d in result.discrepancies if d.kind == "arithmetic"]
    assert sums == ([(("01",), Severity.ERROR)] if finding else [])
    assert not [d for d in result.discrepancies if d.severity is Severity.ERROR and d.kind != "arithmetic"]


def test_a_sum_near_what_another_outlets_figure_gives_joins_that_figures_finding(tmp_path: Path) -> None:
    """One item misprinted (``甲國減5萬桶`` for 50萬) under a sum said as near: one value finding, which
    says the sum comes near the whole with the others' figure."""
    result = _story(
        tmp_path,
        {
            "01": CUTS.format(outlet="甲報", a=5, whole="約98萬桶"),
            "02": CUTS.format(outlet="乙報", a=50, whole="約98萬桶"),
            "03": CUTS.format(outlet="丙報", a=50, whole="約98萬桶"),
        },
    )
    assert findings(result) == [("value_conflict", ("01",))]


TOLD = (
    "產油國宣布減產\n\n{outlet}　2023年4月3日\n\n"
    + "{count}個產油國周日宣布減產：阿蘭德減50萬桶、博杜里亞減21萬桶、卡帕西亞減14萬桶{more}。{tail}\n"
)


@pytest.mark.parametrize(("told", "severity"), [(True, Severity.INFO), (False, Severity.WARNING)])
def test_an_item_the_others_tell_of_outside_their_lists_is_no_odd_one(
    tmp_path: Path, told: bool, severity: Severity
) -> None:
    """One outlet lists 多拉多 with the three; the others tell of it in a sentence of its own (``多拉多亦表示
    延長其減產``): what they chose to list differs, and the one list is not warned about."""
    tail = "多拉多亦表示延長其減產。" if told else "市場反應熱烈。"
    result = _story(
        tmp_path,
        {
            "01": TOLD.format(outlet="甲報", count=4, more="、多拉多減50萬桶", tail=""),
            "02": TOLD.format(outlet="乙報", count=3, more="", tail=tail),
            "03": TOLD.format(outlet="丙報", count=3, more="", tail=tail),
        },
    )
    unique = [(d.sources, d.severity) for d in result.discrepancies if d.kind == "unique_item"]
    assert unique == [(("01",), severity)]


def _table(outlet: str, rows: str, total: str) -> str:
    return (
        f"<html><head><title>產油國宣布減產 | {outlet}</title></head><body><article><h1>產油國宣布減產</h1>"
        f"<p>{outlet}　2023年4月3日</p><p>阿蘭德等3個產油國2日宣布自願減產，各國減產量如下：</p><table>"
        f"<tr><th>國家</th><th>減產量（萬桶/日）</th></tr>{rows}"
        f"<tr><td>合計</td><td>{total}</td></tr></table></article></body></html>"
    )


def _rows(*cuts: str) -> str:
    return "".join(
        f"<tr><td>{n}</td><td>{c}</td></tr>"
        for n, c in zip(("阿蘭德", "博杜里亞", "卡帕西亞"), cuts, strict=True)
    )


ROWS = _rows("50", "21.1", "14.4")
THIRDS = _rows("33.3", "33.3", "33.3")


@pytest.mark.parametrize(
    ("rows", "total", "finding"),
    [
        (ROWS, "95.5", True),  # the three add up to 85.5萬
        (ROWS, "75.5", True),  # short of it: the table holds the three its article counts
        (ROWS, "85.5", False),
        (THIRDS, "100.0", False),  # guard: figures rounded one by one, their total rounded once
    ],
)
def test_a_tables_total_row_is_the_whole_its_rows_add_up_to(
    tmp_path: Path, rows: str, total: str, finding: bool
) -> None:
    """``合計 | 95.5`` under rows of ``萬桶/日``: the whole, read at the rows' scale."""
    for name, outlet, t in (("01", "甲報", total), ("02", "乙報", None), ("03", "丙報", None)):
        right = "100.0" if rows is THIRDS else "85.5"
        (tmp_path / f"{name}.html").write_text(_table(outlet, rows, t or right), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    sums = [(d.sources, d.severity) for d in result.discrepancies if d.kind == "arithmetic"]
    assert sums == ([(("01",), Severity.ERROR)] if finding else [])
    if finding:
        (found,) = [d for d in result.discrepancies if d.kind == "arithmetic"]
        assert f"合計 {total}" in found.message and "855,000" in found.message


SHORT = (
    ZH_HEAD
    + "{lead}產油國周日宣布減產，其中甲國減50萬桶、乙國減21萬桶、丙國減14萬桶、丁國減13萬桶，"
    + "合共每日約108萬桶。\n"
)


@pytest.mark.parametrize("lead", ["4個", "多個"])
def test_a_whole_in_words_its_items_fall_short_of_says_nothing(tmp_path: Path, lead: str) -> None:
    """Guard: the four add up to 98萬, the whole says 約108萬: a whole said in words may take in more than
    the list (``加上甲國，合共…``), even where the article counts four."""
    result = _story(
        tmp_path,
        {
            "01": SHORT.format(outlet="甲報", lead=lead),
            "02": CUTS.format(outlet="乙報", a=50, whole="約98萬桶"),
            "03": CUTS.format(outlet="丙報", a=50, whole="約98萬桶"),
        },
    )
    assert not [d for d in result.discrepancies if d.kind == "arithmetic"]


AFTER = {
    "en": "Producers cut output\n\nAland Wire, April 3, 2023\n\n"
    + "Four producers said on Sunday they would cut output. Aland will cut 500,000 barrels per day, "
    + "Borduria 211,000 bpd, Carpathia 144,000 bpd and Dorado 128,000 bpd.\n\n"
    + "The pledges add up to about {whole} million bpd.\n",
    "zh": ZH_HEAD
    + "4個產油國周日宣布減產，其中甲國減50萬桶、乙國減21萬桶、丙國減14萬桶、丁國減13萬桶。\n\n"
    + "四國減產量合共每日約{whole}萬桶。\n",
}


@pytest.mark.parametrize(("lang", "wrong", "right"), [("en", "0.88", "0.98"), ("zh", "88", "98")])
def test_a_sum_in_the_sentence_after_the_list_is_its_whole(
    tmp_path: Path, lang: str, wrong: str, right: str
) -> None:
    """The whole is said in the sentence after the list's own, in the next paragraph: the four cuts add up
    to 983,000 barrels a day, which one outlet prints as about 880,000: it alone adds up wrong."""
    text = AFTER[lang]
    result = _story(
        tmp_path,
        {
            "01": text.format(outlet="甲報", whole=wrong),
            "02": text.format(outlet="乙報", whole=right),
            "03": text.format(outlet="丙報", whole=right),
        },
    )
    assert [d.sources for d in result.discrepancies if d.kind == "arithmetic"] == [("01",)]


@pytest.mark.parametrize(
    "after",
    [
        "World demand stands at about 0.88 million bpd.",  # no sum word: a figure of something else
        "Analysts said more was needed.\n\nThe pledges add up to about 0.88 million bpd.",  # not the next
        "Aland's and Borduria's cuts add up to about 0.71 million bpd.",  # a sum of two items, not the list's
    ],
)
def test_a_figure_after_the_list_not_summed_right_there_is_no_whole(tmp_path: Path, after: str) -> None:
    """Guard: only the sentence right after the list, and a sum word before its figure, say its whole."""
    text = AFTER["en"].replace("The pledges add up to about {whole} million bpd.", after)
    result = _story(tmp_path, {"01": text, "02": text, "03": text})
    assert not [d for d in result.discrepancies if d.kind == "arithmetic"]
