"""The example stories' planted errors are found, and no outlet is accused of anything else.

``tests/expected/stories/<story>/planted.json`` records, by reading the articles, the errors printed in
them (a namesake, a count the article contradicts, an item under the wrong group, two rates swapped, a
misprinted rate, a person listed twice, a person who is not on the list, two people's places swapped, an
item missing from a counted list). Each story is reconciled by consensus and against its official list
(``examples/<story>/reference.json``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Kind, Reconciliation, Severity
from pipeline.run import RunOptions, reconcile

ROOT = Path(__file__).resolve().parent.parent
STORIES = (
    "us-travel-ban-2025-06",
    "us-tariff-letters-2025-07",
    "us-icc-sanctions-2025",
    "us-reciprocal-rates-2025-07-31",
    "us-cabinet-2025",
    "us-hk-sanctions-2020-08",
    "paris-2024-medal-table",
    "ldp-president-2025-10",
)
# the finding kinds that report each kind of planted error
REPORTED_AS = {
    "namesake": {"wrong_item", "not_on_list"},
    "count_mismatch": {"count_mismatch", "count_conflict", "list_short", "list_long"},
    "wrong_group": {"group_conflict"},
    "column_swap": {"column_swap"},
    "wrong_value": {"value_conflict", "arithmetic"},  # a total its own row does not make: arithmetic
    "duplicate_item": {"duplicate_item"},
    "not_on_list": {"wrong_item", "not_on_list"},
    "attribute_swap": {"attribute_conflict"},
    "missing_item": {"count_mismatch", "list_short", "missing_entity", "wrong_item"},
}


# Known gaps, each failing for the reason given (strict: a fix makes the test pass and the mark must go).
KNOWN_GAPS: dict[tuple[str, bool], str] = {}


def _known(story: str, reference: bool, reason: str | None = None) -> list[pytest.MarkDecorator]:
    reason = reason or KNOWN_GAPS.get((story, reference))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def planted(story: str) -> list[dict[str, Any]]:
    path = ROOT / "tests" / "expected" / "stories" / story / "planted.json"
    errors: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["errors"]
    return errors


def _run(story: str, reference: bool) -> Reconciliation:
    folder = ROOT / "examples" / story
    opts = RunOptions(reference=str(folder / "reference.json") if reference else None)
    return reconcile([str(folder)], options=opts)


@pytest.fixture(scope="module")
def runs() -> dict[tuple[str, bool], Reconciliation]:
    return {(story, ref): _run(story, ref) for story in STORIES for ref in (False, True)}


def _found(rec: Reconciliation, error: dict[str, Any]) -> bool:
    kinds = REPORTED_AS[error["kind"]]
    return any(
        d.kind in kinds and d.severity is Severity.ERROR and error["article"] in d.sources
        for d in rec.discrepancies
    )


# errors only the official list reveals: two posts swapped in English when only one other outlet prints
# the posts in English (posts are compared across outlets word for word, so in one language; with the
# official list in its own). A selection that names an item no other outlet prints (a rate set the same
# day by another order) is found without it, where a single outlet prints the whole list: the item sits
# where the others print another, with that one's rate (``checks.stand_ins``)
REFERENCE_ONLY = {
    ("us-hk-sanctions-2020-08", "06_granite-post"),
}


def _case(story: str, index: int, reference: bool) -> Any:
    marks = []
    if not reference and (story, planted(story)[index]["article"]) in REFERENCE_ONLY:
        marks.append(pytest.mark.xfail(strict=True, reason="reference only"))
    return pytest.param(story, index, reference, marks=marks)


CASES = [
    _case(story, i, ref) for story in STORIES for i in range(len(planted(story))) for ref in (False, True)
]


@pytest.mark.parametrize(("story", "index", "reference"), CASES)
def test_planted_error_is_found(
    runs: dict[tuple[str, bool], Reconciliation], story: str, index: int, reference: bool
) -> None:
    error = planted(story)[index]
    rec = runs[(story, reference)]
    # a Japanese list of katakana names links to the others' Latin and Chinese spellings by sound, so
    # even without the reference list its one substituted judge is found, as a wrong item
    assert _found(rec, error), (error, [(d.kind, d.sources, d.message) for d in rec.discrepancies])


@pytest.mark.parametrize(
    ("story", "reference"), [pytest.param(s, r, marks=_known(s, r)) for s in STORIES for r in (False, True)]
)
def test_no_outlet_is_accused_of_anything_else(
    runs: dict[tuple[str, bool], Reconciliation], story: str, reference: bool
) -> None:
    errors = planted(story)
    rec = runs[(story, reference)]
    for d in rec.discrepancies:
        if d.severity is not Severity.ERROR:
            continue
        explained = [e for e in errors if e["article"] in d.sources and d.kind in REPORTED_AS[e["kind"]]]
        assert explained, f"unexplained error: {d.kind} {d.sources} {d.message}"


@pytest.mark.parametrize("story", STORIES)
def test_one_finding_per_planted_error(runs: dict[tuple[str, bool], Reconciliation], story: str) -> None:
    """One root cause, one finding: an article with one planted error gets one error finding."""
    for reference in (False, True):
        rec = runs[(story, reference)]
        for error in planted(story):
            mine = [
                d for d in rec.discrepancies if d.severity is Severity.ERROR and error["article"] in d.sources
            ]
            assert len(mine) <= 1, [(d.kind, d.message) for d in mine]


@pytest.mark.parametrize("story", STORIES)
def test_the_official_list_names_the_entities(
    runs: dict[tuple[str, bool], Reconciliation], story: str
) -> None:
    """With a reference list, the entities it holds carry its names, not the shortest or a misspelling."""
    ref = json.loads((ROOT / "examples" / story / "reference.json").read_text(encoding="utf-8"))
    official = {e["names"]["en"] for e in ref["entries"]}
    named = {e.name_en for e in runs[(story, True)].entities}
    assert official <= named, official - named


def test_an_outlet_whose_column_means_something_else_is_one_warning(tmp_path: Path) -> None:
    """Five of one outlet's fourteen new rates off by one point (more than a misprint or two): one warning
    about its column, never an error per item. (A column that agrees on fewer than half its items is
    another column altogether and is not compared.)"""
    import re
    import shutil

    story = ROOT / "examples" / "us-tariff-letters-2025-07"
    for p in story.iterdir():
        shutil.copy(p, tmp_path / p.name)
    target = tmp_path / "07_peninsula-courier.txt"
    text = target.read_text(encoding="utf-8")
    lines = text.split("\n")
    bullets = [i for i, line in enumerate(lines) if line.startswith("•")][:5]
    for i in bullets:  # the first rate of the line: "• Japan: 25 per cent (24 per cent)"
        lines[i] = re.sub(r"(\d+) per cent", lambda m: f"{int(m.group(1)) + 1} per cent", lines[i], count=1)
    target.write_text("\n".join(lines), "utf-8")
    rec = reconcile([str(tmp_path)])
    mine = [d for d in rec.discrepancies if "07_peninsula-courier" in d.sources]
    assert [d.severity for d in mine if d.kind == "value_conflict"] == [Severity.WARNING]
    assert not [d for d in mine if d.severity is Severity.ERROR]


def test_a_short_group_names_what_the_other_outlets_file_there(
    runs: dict[tuple[str, bool], Reconciliation],
) -> None:
    """The full-ban list that stops at 11 is told what the others list there (Equatorial Guinea), not the
    one outlet's wrong Congo, which no one else lists."""
    rec = runs[("us-travel-ban-2025-06", False)]
    short = [d for d in rec.discrepancies if d.kind == "count_mismatch" and "07_formosa-tv" in d.sources]
    assert len(short) == 1
    assert "Equatorial Guinea" in short[0].message
    assert "剛果民主共和國" not in short[0].message


def test_two_outlets_with_the_same_wrong_group_count_get_one_finding_each(tmp_path: Path) -> None:
    """Two outlets print 13 for the full ban over lists of 12 that the others count 12: each is named once,
    in the conflict of counts (its own list noted there), and never also for its own list."""
    import shutil

    story = ROOT / "examples" / "us-travel-ban-2025-06"
    for p in story.iterdir():
        shutil.copy(p, tmp_path / p.name)
    target = tmp_path / "02_harbour-times.txt"
    text = target.read_text(encoding="utf-8")
    assert "全面禁止入境（十二國）" in text
    target.write_text(text.replace("全面禁止入境（十二國）", "全面禁止入境（十三國）"), encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    for art in ("02_harbour-times", "05_asanagi-shimbun"):
        counts = [d.kind for d in rec.discrepancies if art in d.sources and d.kind.startswith("count_")]
        assert counts == ["count_conflict"], (art, counts)


def test_two_posts_exchanged_between_two_people_are_one_finding(tmp_path: Path) -> None:
    """Four outlets list five made-up ministers as ``post：name`` lines; one gives the finance and the
    defence posts to each other's holder: one ``attribute_conflict`` about that outlet, naming both."""
    posts = ["外交部長：羅伊", "財政部長：多伊", "國防部長：布朗", "內政部長：格林", "衛生部長：懷特"]
    swapped = [posts[0], "財政部長：布朗", "國防部長：多伊", *posts[3:]]
    for i in range(1, 5):
        lines = swapped if i == 4 else posts
        text = (
            f"阿蘭國新內閣到齊\n2025年3月12日 第{i}日報\n\n阿蘭國國會周一確認最後一名部長人選。\n\n"
            "阿蘭國內閣5名部長名單如下：\n\n" + "\n".join(lines) + "\n\n分析指，新內閣仍有待觀察。\n"
        )
        (tmp_path / f"0{i}_paper.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    errors = [d for d in rec.discrepancies if d.severity is Severity.ERROR]
    assert [(d.kind, d.sources) for d in errors] == [("attribute_conflict", ("04_paper",))]
    assert "swaps the posts of 多伊 and 布朗" in errors[0].message


def test_a_stranger_in_one_post_makes_no_other_outlet_accused_of_a_short_post(tmp_path: Path) -> None:
    """Two outlets print an office's posts at length, a third shortens the office's name, a fourth prints
    a stranger (史密斯) as the deputy with the post alone (``常務副主任``): the shortened post is still the
    deputy's office, whatever the stranger's post shares with it. The fourth outlet lists one person in
    another's place; the third is accused of nothing."""
    long = ["阿蘭事務辦公室主任：羅伊", "阿蘭事務辦公室常務副主任：多伊（John Doe）"]
    short = ["阿蘭辦主任：羅伊", "阿蘭辦常務副主任：多伊（John Doe）"]
    rest = ["財政部部長：布朗", "國防部部長：格林", "衛生部部長：懷特"]
    lines = {1: long, 2: long, 3: short, 4: [short[0], "常務副主任：史密斯（Bob Smith）"]}
    for i, head in lines.items():
        text = (
            f"阿蘭國官員名單\n2025年3月12日 第{i}日報\n\n阿蘭國周一公布5名官員名單如下：\n\n"
            + "\n".join(head + rest)
            + "\n\n分析指，名單仍有待觀察。\n"
        )
        (tmp_path / f"0{i}_paper.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    assert [d for d in rec.discrepancies if "03_paper" in d.sources and d.severity is Severity.ERROR] == []
    assert [d.kind for d in rec.discrepancies if d.severity is Severity.ERROR] == ["wrong_item"]
    wrong = next(d for d in rec.discrepancies if d.kind == "wrong_item")
    assert wrong.sources == ("04_paper",) and "史密斯" in wrong.message


def _errors_with_reference(folder: Path, papers: int) -> list[Any]:
    """The errors of papers ``01_paper.txt`` .. ``0N_paper.txt`` in ``folder``, reconciled against its
    ``reference.json``."""
    rec = reconcile(
        [str(folder / f"0{i}_paper.txt") for i in range(1, papers + 1)],
        options=RunOptions(reference=str(folder / "reference.json")),
    )
    return [d for d in rec.discrepancies if d.severity is Severity.ERROR]


def test_an_item_left_over_in_a_complete_list_is_not_the_entry_it_was_left_without(tmp_path: Path) -> None:
    """With the official list, a complete list that prints someone else in one post (a withdrawn nominee)
    has that item linked, by elimination, to the entry it lacks: it resembles none of the entry's names,
    so it is one ``wrong_item``, not a way of writing the entry's name."""
    people = {
        "foreign": ("羅伊", "Jane Roe"),
        "finance": ("多伊", "John Doe"),
        "defence": ("布朗", "Joe Brown"),
    }
    people |= {"interior": ("格林", "Mary Green"), "health": ("懷特", "Sam White")}
    entries = [
        {"id": k, "group": None, "names": {"zh-Hant": zh, "en": en}, "aliases": []}
        for k, (zh, en) in people.items()
    ]
    reference = {
        "version": "1",
        "kind": "reference",
        "title": "Aland's ministers",
        "groups": [],
        "entries": entries,
    }
    (tmp_path / "reference.json").write_text(json.dumps(reference, ensure_ascii=False), encoding="utf-8")
    for i in range(1, 5):
        names = [zh for zh, _ in people.values()]
        if i == 4:
            names[3] = "史密斯"  # in place of 格林
        text = (
            f"阿蘭國新內閣到齊\n2025年3月12日 第{i}日報\n\n阿蘭國國會周一確認最後一名部長人選。\n\n"
            "阿蘭國內閣5名部長名單如下：\n\n" + "\n".join(names) + "\n\n分析指，新內閣仍有待觀察。\n"
        )
        (tmp_path / f"0{i}_paper.txt").write_text(text, encoding="utf-8")
    errors = _errors_with_reference(tmp_path, 4)
    assert [(d.kind, d.sources) for d in errors] == [("wrong_item", ("04_paper",))]
    assert "史密斯" in errors[0].message and "格林" in errors[0].message


def test_one_misprinted_value_shared_by_three_items_is_one_error(tmp_path: Path) -> None:
    """``Japan, South Korea and Malaysia will each face 28 %`` (25 % elsewhere): one printed value, one
    misprint, one error naming the three, not a warning that the outlet's column means something else."""
    import shutil

    story = ROOT / "examples" / "us-tariff-letters-2025-07"
    for p in story.iterdir():
        shutil.copy(p, tmp_path / p.name)
    target = tmp_path / "06_eurasia-press.txt"
    text = target.read_text(encoding="utf-8")
    assert "Malaysia will each face 25 %" in text
    target.write_text(text.replace("Malaysia will each face 25 %", "Malaysia will each face 28 %"), "utf-8")
    rec = reconcile([str(tmp_path)])
    mine = [d for d in rec.discrepancies if "06_eurasia-press" in d.sources and d.severity is Severity.ERROR]
    assert [d.kind for d in mine] == ["value_conflict"]
    assert "28 %" in mine[0].message and "Malaysia" in mine[0].message and "South Korea" in mine[0].message


def test_katakana_names_link_by_sound_and_a_name_in_another_place_stays_an_error(
    runs: dict[tuple[str, bool], Reconciliation],
) -> None:
    """Without the official list, four katakana names of the cabinet sound just under the kana gate against
    their English spellings (クリス・ライト / Chris Wright) but share their consonants with them and with the
    Chinese transliterations (克里斯·赖特), and パム・ボンディ is heard against 邦迪 by its family name: the
    Japanese list is linked whole, with nothing to report about it. The Chinese outlet that prints 马特·盖茨
    where the others print 邦迪 keeps its error (the last item of its complete list is not linked to
    a name it sounds nothing like). The ICC's ロザリオ・アイタラ, printed for Nicolas Guillou, sounds like
    nobody and stays an error."""
    cabinet = [d for d in runs[("us-cabinet-2025", False)].discrepancies if d.severity is not Severity.INFO]
    assert [d.kind for d in cabinet if "05_hokuto-nippo" in d.sources] == []
    assert [d.kind for d in cabinet if "马特·盖茨" in d.message] == ["wrong_item"]
    icc = [
        d for d in runs[("us-icc-sanctions-2025", False)].discrepancies if "05_asanagi-shimbun" in d.sources
    ]
    assert [d.kind for d in icc if d.severity is Severity.ERROR] == ["wrong_item"]


def test_a_tie_over_a_group_count_names_the_outlet_its_own_list_contradicts(tmp_path: Path) -> None:
    """Two outlets count one group differently (2 and 3) and no third counts it: the one whose own list has
    three under its heading of two is the odd one, not the outlet whose list has the three it states."""
    people = {"甲組": ["羅伊", "多伊", "布朗"], "乙組": ["格林", "懷特"]}
    for i in range(1, 5):
        lines = []
        for group, names in people.items():
            stated = len(names) - 1 if (i == 4 and group == "甲組") else len(names)
            lines.append(f"{group}（{stated}人）" if i in (1, 4) else f"{group}：")
            lines += [f"●{n}" for n in names]
            lines.append("")
        text = (
            f"阿蘭國制裁五人\n2025年3月12日 第{i}日報\n\n阿蘭國周一宣布制裁五名人士，名單如下：\n\n"
            + "\n".join(lines)
            + "\n分析指，制裁影響有限。\n"
        )
        (tmp_path / f"0{i}_paper.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    conflicts = [d for d in rec.discrepancies if d.kind == "count_conflict"]
    assert [d.sources for d in conflicts] == [("04_paper",)]


def test_two_posts_exchanged_against_the_official_list(tmp_path: Path) -> None:
    """With the official list, an outlet that gives a person the post the list gives, word for word, to
    another person of its list, and that person his, swaps the two posts: one ``attribute_conflict``,
    even when no other outlet prints the posts in its language."""
    posts = {
        "roe": ("Jane Roe", "羅伊", "Commissioner of Police"),
        "doe": ("John Doe", "多伊", "Former Commissioner of Police"),
        "brown": ("Joe Brown", "布朗", "Secretary for Justice"),
        "green": ("Mary Green", "格林", "Secretary for Security"),
    }
    entries = [
        {
            "id": k,
            "group": None,
            "names": {"en": en, "zh-Hant": zh},
            "aliases": [],
            "attributes": {"title": t},
        }
        for k, (en, zh, t) in posts.items()
    ]
    reference = {"version": "1", "kind": "reference", "title": "Aland", "groups": [], "entries": entries}
    (tmp_path / "reference.json").write_text(json.dumps(reference, ensure_ascii=False), encoding="utf-8")
    swapped = {"brown": "Secretary for Security", "green": "Secretary for Justice"}
    for i in range(1, 4):
        if i == 3:
            lines = [f"- {en}, {swapped.get(k, t)}" for k, (en, _, t) in posts.items()]
            body = "The four officials are:\n\n" + "\n".join(lines)
            text = f"March 12, 2025, 9:00 AM EDT\nAland names four officials\n\n{body}\n\nMore may follow.\n"
        else:
            body = "\n".join(f"●{zh}" for _, zh, _ in posts.values())
            lead = "阿蘭國周一宣布制裁四名官員，名單如下："
            text = f"阿蘭國制裁四人\n2025年3月12日 第{i}日報\n\n{lead}\n\n{body}\n\n分析指，制裁影響有限。\n"
        (tmp_path / f"0{i}_paper.txt").write_text(text, encoding="utf-8")
    errors = _errors_with_reference(tmp_path, 3)
    assert [(d.kind, d.sources) for d in errors] == [("attribute_conflict", ("03_paper",))]
    assert "swaps the posts of Joe Brown and Mary Green" in errors[0].message


@pytest.mark.parametrize(
    ("story", "article", "labels"),
    [
        # the article's own words for its columns (银牌, 铜牌), not another outlet's (銀, 銅)
        ("paris-2024-medal-table", "07_xinghai-sports", ("'银牌'", "'铜牌'")),
        # a second value under no label of its own is named by the label other outlets print, never "(2)"
        ("us-tariff-letters-2025-07", "02_hongkong-finance", ("'New rate'", "'Rate announced April 2'")),
    ],
)
def test_a_swap_names_the_columns_in_printed_words(
    runs: dict[tuple[str, bool], Reconciliation], story: str, article: str, labels: tuple[str, str]
) -> None:
    (swap,) = [d for d in runs[(story, False)].discrepancies if d.kind == "column_swap"]
    assert swap.sources == (article,)
    assert all(label in swap.message for label in labels) and "(2)" not in swap.message


def test_an_item_misfiled_under_a_counted_group_is_one_finding(tmp_path: Path) -> None:
    """Three outlets print the June 2025 travel ban in groups (``tests/fixtures/misfiled/``). The English
    one files Laos under the full ban, so its full ban holds 13 where its prose says ``12 countries`` and
    ``seven others``: the misfiled item is the one finding. A count with a rest after it is a part of
    the list, never its total, so no count conflict is added."""
    for path in (ROOT / "tests" / "fixtures" / "misfiled").iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == "12_ap.txt":
            text = text.replace("Sudan and Yemen.", "Sudan, Yemen and Laos.").replace("Cuba, Laos,", "Cuba,")
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    found = [d for d in reconcile([str(tmp_path)]).discrepancies if d.severity is Severity.ERROR]
    assert [(d.kind, d.sources) for d in found] == [("group_conflict", ("12_ap",))]


@pytest.mark.parametrize("reference", [False, True])
def test_a_second_list_of_something_else_is_one_warning(reference: bool) -> None:
    """Four outlets print five made-up countries' rates (``tests/fixtures/two_lists/``); the Hong Kong
    one also prints, under ``以下產品獲豁免：``, four exempted products. They are no items of the story's
    list: one warning about that group, not one finding per product (nor, against the official list, four
    errors)."""
    folder = ROOT / "tests" / "fixtures" / "two_lists"
    opts = RunOptions(reference=str(folder / "reference.json") if reference else None)
    paths = [str(p) for p in sorted(folder.glob("0*"))]
    found = reconcile(paths, options=opts).discrepancies
    assert [(d.kind, d.severity, d.sources, d.subject) for d in found] == [
        ("unique_item", Severity.WARNING, ("02_hk",), "以下產品獲豁免")
    ]
    assert "4 items (藥品, 半導體, 銅材, 能源產品)" in found[0].message


@pytest.mark.parametrize("dropped", [None, "Timor-Leste — 10%\n"])
def test_countries_in_their_everyday_english_names_are_the_same_entities(
    tmp_path: Path, dropped: str | None
) -> None:
    """Four outlets print the same eight rates (``tests/fixtures/everyday_names/``): two in Chinese, one
    wire in the names news use (``UK``, ``Turkey``, ``UAE``, ``Ivory Coast``, ``DRC``, ``Macau``, ``East
    Timor``), one in CLDR's names (``Türkiye``, ``Côte d'Ivoire``, ``Democratic Republic of the Congo``, a
    name longer than the others in a ``name — rate`` line). Eight entities, each named by every outlet, and
    nothing to report; with one line taken out of the last outlet, that outlet alone is short."""
    folder = ROOT / "tests" / "fixtures" / "everyday_names"
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        (tmp_path / path.name).write_text(text.replace(dropped, "") if dropped else text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    listed = [e for e in result.entities if len({m.split(":")[0] for m in e.mentions}) >= 3]
    assert len(listed) == 8
    found = [(d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR]
    assert found == ([] if dropped is None else [("list_short", ("04_post",))])
    if dropped is None:  # naming variants only (information, no finding against anyone)
        assert {d.severity for d in result.discrepancies} <= {Severity.INFO}


def test_a_list_of_nine_countries_in_five_layouts_and_one_left_out() -> None:
    """Five outlets print the nine countries whose citizens China let in without a visa from 30 November
    2024 (``tests/fixtures/visa_free/``): a Taiwan sentence (``擴大至A、B…和日本等9國``), mainland ``<br>``
    lines, Hong Kong dash bullets under ``以下9個國家``, an English sentence, Japanese ``・`` bullets. The
    Hong Kong outlet leaves Malta out: one error, naming it, the missing country in Chinese (not in the
    Japanese outlet's katakana) and quoting its count; nothing else is reported."""
    result = reconcile([str(ROOT / "tests" / "fixtures" / "visa_free")])
    outlets = {a.id: a.outlet for a in result.articles}
    assert outlets["01_tw"] == "甲島通訊社" and outlets["03_hk"] == "丙港日報"
    assert sum(1 for e in result.entities if len(e.mentions) >= 4) == 9
    found = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert [(d.kind, d.severity, d.sources) for d in found] == [("list_short", Severity.ERROR, ("03_hk",))]
    assert "馬爾他" in found[0].message or "马耳他" in found[0].message
    assert any("以下9個國家" in ev.quote for ev in found[0].evidence)


def test_six_officials_with_long_posts_in_five_layouts_and_one_left_out() -> None:
    """Five outlets print the six officials the United States sanctioned on 31 March 2025
    (``tests/fixtures/hk_officials/``): a Taiwan sentence of posts naming their bodies at length before
    each name, the list going on in the next sentence (``還有…``); a Hong Kong sentence with English names
    in parentheses; English bullets ``Name, post``; mainland numbered lines ``name，post``; a Japanese table.
    Every outlet's items link across scripts; the English one leaves one official out: one error, naming
    it; nothing else."""
    folder = ROOT / "tests" / "fixtures" / "hk_officials"
    result = reconcile([str(folder)])
    shared = [e for e in result.entities if len({k.split("#")[0] for k in e.mentions}) >= 4]
    listed = Counter(k.split("#")[0] for e in shared for k in e.mentions)
    assert len(shared) == 6
    assert listed == {"01_tw": 6, "02_hk": 6, "03_en": 5, "04_cn": 6, "05_ja": 6}
    posts = {m.name_zh: [a.text for a in m.attributes] for m in result.mentions if m.article == "04_cn"}
    assert posts["董经纬"] == ["中央人民政府驻香港特别行政区维护国家安全公署署长"]
    assert posts["黄振中"] == ["香港警务处助理处长（国家安全）"]
    found = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert [(d.kind, d.severity, d.sources) for d in found] == [("list_short", Severity.ERROR, ("03_en",))]
    assert "趙詠蘭" in found[0].message or "Margaret" in found[0].message


def test_a_chart_of_two_rates_a_partner_in_five_layouts_with_two_errors() -> None:
    """Five outlets print the ten largest partners of the 2 April 2025 tariff chart, with both rates
    (``tests/fixtures/tariff_chart/``): a Taiwan HTML table, Hong Kong ``name：rate（rate）`` lines, a
    mainland sentence of one rate each, English bullets under ``The rates for the 10 largest partners on
    the chart (…):``, a Japanese text table with the European Union set full width (``ＥＵ``). The mainland
    outlet prints Indonesia's 32% as 23%; the English one lists nine under its count of ten. Two errors,
    each against its outlet; the European Union is one entity in every script; the missing partner is named
    in English for the English outlet."""
    result = reconcile([str(ROOT / "tests" / "fixtures" / "tariff_chart")])
    eu = [e for e in result.entities if e.name_en == "European Union"]
    assert len(eu) == 1 and {k.split("#")[0] for k in eu[0].mentions} == {
        "01_tw",
        "02_hk",
        "03_cn",
        "04_en",
        "05_ja",
    }
    found = sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO)
    assert found == [("list_short", ("04_en",)), ("value_conflict", ("03_cn",))]
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert "Indonesia" in short.message


def test_a_country_substituted_in_another_script_is_a_wrong_item(tmp_path: Path) -> None:
    """In the visa-free story (``tests/fixtures/visa_free/``), the Japanese outlet prints Lithuania
    (``リトアニア``) for Latvia and the Hong Kong one Serbia for Montenegro (and Malta back in its place).
    Katakana and Chinese characters are compared only through a third script, but the gazetteer tells the
    two countries apart: each substitution is one ``wrong_item`` error against its outlet, not a warning
    that the names may be one."""
    for path in (ROOT / "tests" / "fixtures" / "visa_free").iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == "05_ja.txt":
            text = text.replace("・ラトビア\n", "・リトアニア\n")
        if path.name == "03_hk.txt":
            text = text.replace("－黑山\n", "－塞爾維亞\n").replace("－北馬其頓\n", "－北馬其頓\n－馬耳他\n")
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    found = [d for d in reconcile([str(tmp_path)]).discrepancies if d.severity is not Severity.INFO]
    assert sorted((d.kind, d.severity, d.sources) for d in found) == [
        ("wrong_item", Severity.ERROR, ("03_hk",)),
        ("wrong_item", Severity.ERROR, ("05_ja",)),
    ]


@pytest.mark.parametrize(
    ("story", "article", "printed", "planted"),
    [
        (
            "tests/fixtures/hk_officials",
            "04_cn.txt",
            "林定国，香港特区律政司司长",
            "林定国，香港特区保安局局长",
        ),
        # a predecessor's post (前警務處處長) beside the person's own shares its words: no one's office now
        (
            "examples/us-hk-sanctions-2020-08",
            "03_xinghe-news.txt",
            "警务处处长邓炳强",
            "食物及卫生局局长邓炳强",
        ),
    ],
)
def test_a_person_given_another_office_is_one_attribute_conflict(
    tmp_path: Path, story: str, article: str, printed: str, planted: str
) -> None:
    """One Chinese outlet gives a person a post of another office, held by nobody on the list
    (``保安局局長`` for the Secretary for Justice): one ``attribute_conflict`` against that outlet, quoting
    its item; the unchanged story draws none."""
    for path in (ROOT / story).iterdir():
        if path.suffix in (".txt", ".html"):
            text = path.read_text(encoding="utf-8")
            if path.name == article:
                assert printed in text
                text = text.replace(printed, planted)
            (tmp_path / path.name).write_text(text, encoding="utf-8")
    planted_run = reconcile([str(tmp_path)]).discrepancies
    as_printed = reconcile([str(ROOT / story)]).discrepancies
    assert not [d for d in as_printed if d.kind == "attribute_conflict"]
    (found,) = [d for d in planted_run if d.kind == "attribute_conflict"]
    assert found.severity is Severity.ERROR and found.sources == (Path(article).stem,)
    assert planted.split("，")[-1].replace("邓炳强", "") in found.message


def test_kanji_names_link_to_their_romanization_and_the_selection_is_accused_of_nothing(
    runs: dict[tuple[str, bool], Reconciliation],
) -> None:
    """Without the official list, the five candidates printed in kanji (Japanese, Traditional and
    Simplified forms: 小林鷹之, 小林鹰之) are five entities with the English outlets' names, by their Japanese
    readings; the name a TV site prints in Kobayashi's place, 加藤勝信, reads nothing like Takayuki Kobayashi
    and is not linked to him by elimination (an entity of its own, a wrong item). The radio's two-name
    selection gets no error, and the wire that drops Motegi under "all five" is told what it lacks."""
    rec = runs[("ldp-president-2025-10", False)]
    names = {e.name_zh: e.name_en for e in rec.entities}
    assert names == {
        "高市早苗": "Sanae Takaichi",
        "小泉進次郎": "Shinjiro Koizumi",
        "林芳正": "Yoshimasa Hayashi",
        "小林鷹之": "Takayuki Kobayashi",
        "茂木敏充": "Toshimitsu Motegi",
        "加藤勝信": "",
    }
    errors = [d for d in rec.discrepancies if d.severity is Severity.ERROR]
    assert not [d for d in errors if "08_formosa-radio" in d.sources]
    (short,) = [d for d in errors if "06_pacific-rim-wire" in d.sources]
    assert "茂木敏充" in short.message


def test_four_selections_of_organizations_in_four_languages_draw_no_finding() -> None:
    """Four outlets print six of the 66 organizations the United States left in January 2026, each saying
    it gives examples (``部分名單如下：``, ``其中包括…等。``, ``Among them:``, ``主な対象は次の通り。``)
    (``tests/fixtures/organization_selections/``). All four are correct: no finding.
    ``其中包括31個聯合國相關機構`` after ``66個國際組織`` counts a part, not a total; the Japanese name of a
    body (``気候変動に関する政府間パネル``) is no dropped word of the Chinese ones; a bullet's own marker is
    no lead-in."""
    result = reconcile([str(ROOT / "tests" / "fixtures" / "organization_selections")])
    assert {a.id: a.selection for a in result.articles} == dict.fromkeys(
        ("01_tw", "02_cn", "03_en", "04_ja"), True
    )
    listed = Counter(m.article for m in result.mentions if m.kind is Kind.LIST)
    assert listed == dict.fromkeys(("01_tw", "02_cn", "03_en", "04_ja"), 6)
    assert [d for d in result.discrepancies if d.severity is not Severity.INFO] == []
