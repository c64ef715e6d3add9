"""Two groups told in one sentence, each clause a group's names with its own label (``…的國家包括A、B和C；
…的國家為D和E``, ``AとBは全面禁止、C、Dは一部制限の対象となる``, ``A, B and C face a full ban, while D and E
face partial restrictions``): read whole, each group with its label (and its count as printed), or not
at all."""

from __future__ import annotations

from pathlib import Path

from document_fixtures import text_document

from pipeline.models import Kind, Severity
from pipeline.run import reconcile
from sources.registry import parse_document

STORY = Path(__file__).resolve().parent / "fixtures" / "clause_groups"


def _read(text: str) -> tuple[dict[str, list[str]], list[tuple[int | None, str]]]:
    """The groups read (label -> names, in order) and the headings' (count, group)."""
    res = parse_document(text_document("通訊社報導。\n\n" + text + "\n", "t"))
    groups: dict[str, list[str]] = {}
    for m in res.mentions:
        if m.kind is Kind.LIST:
            groups.setdefault(m.group, []).append(m.label)
    return groups, [(h.stated, h.group) for h in res.headings]


ZH_HANS = (
    "美国总统16日签署公告，扩大旅行禁令。新增全面禁止入境的国家包括：甲国、乙国和丙国；"
    "新增部分限制入境的国家为丁国和戊国。公告将于明年1月1日生效。"
)
FULL_HANS, PART_HANS = "新增全面禁止入境的国家", "新增部分限制入境的国家"
FULL_HANT, PART_HANT = "新增全面禁止入境的國家", "新增部分限制入境的國家"


def test_simplified_two_clauses_parted_by_a_semicolon() -> None:
    groups, headings = _read(ZH_HANS)
    assert groups == {FULL_HANS: ["甲国", "乙国", "丙国"], PART_HANS: ["丁国", "戊国"]}
    assert headings == [(None, FULL_HANS), (None, PART_HANS)]


def test_traditional_second_clause_opened_by_another() -> None:
    groups, _ = _read(
        "美國總統16日簽署公告，擴大旅行禁令。新增全面禁止入境的國家包括：甲國、乙國和丙國，"
        "另新增部分限制入境的國家為丁國和戊國。公告將於明年1月1日生效。"
    )
    assert groups == {FULL_HANT: ["甲國", "乙國", "丙國"], PART_HANT: ["丁國", "戊國"]}


def test_traditional_counted_groups() -> None:
    groups, headings = _read(
        "美國總統16日簽署公告。新增全面禁止入境的3個國家包括：甲國、乙國和丙國；"
        "新增部分限制入境的2個國家為丁國和戊國。"
    )
    assert groups == {FULL_HANT: ["甲國", "乙國", "丙國"], PART_HANT: ["丁國", "戊國"]}
    assert headings == [(3, FULL_HANT), (2, PART_HANT)]


def test_traditional_miscount_read_as_printed() -> None:
    groups, headings = _read(
        "美國總統16日簽署公告。新增全面禁止入境的4個國家包括：甲國、乙國和丙國；"
        "新增部分限制入境的2個國家為丁國和戊國。"
    )
    assert groups == {FULL_HANT: ["甲國", "乙國", "丙國"], PART_HANT: ["丁國", "戊國"]}
    assert headings == [(4, FULL_HANT), (2, PART_HANT)]  # the count check reports the 4


def test_japanese_names_then_their_label() -> None:
    groups, _ = _read(
        "大統領は16日、布告に署名した。甲国と乙国、丙国は全面禁止、丁国、戊国は一部制限の対象となる。"
    )
    assert groups == {"全面禁止": ["甲国", "乙国", "丙国"], "一部制限": ["丁国", "戊国"]}


def test_japanese_label_then_its_counted_names() -> None:
    groups, headings = _read(
        "大統領は16日、布告に署名した。全面禁止は甲国、乙国、丙国の3カ国、一部制限は丁国、戊国の2カ国。"
    )
    assert groups == {"全面禁止": ["甲国", "乙国", "丙国"], "一部制限": ["丁国", "戊国"]}
    assert headings == [(3, "全面禁止"), (2, "一部制限")]


def test_english_names_before_their_label_joined_by_while() -> None:
    groups, _ = _read(
        "The president signed a proclamation on Monday. Aland, Borduria and Carpathia face a full ban, "
        "while Dalmatia and Elbonia face partial restrictions. The order takes effect on January 1."
    )
    assert groups == {
        "full ban": ["Aland", "Borduria", "Carpathia"],
        "partial restrictions": ["Dalmatia", "Elbonia"],
    }


def test_english_clauses_parted_by_a_semicolon() -> None:
    groups, _ = _read(
        "Under the proclamation, Aland, Borduria and Carpathia are barred entirely; "
        "Dalmatia and Elbonia face partial limits."
    )
    assert groups == {
        "barred entirely": ["Aland", "Borduria", "Carpathia"],
        "partial limits": ["Dalmatia", "Elbonia"],
    }


def test_english_lead_in_before_a_long_name_keeps_the_name_whole() -> None:
    groups, _ = _read(
        "Under it, the Republic of Aland, Borduria, and Carpathia are subject to a full ban; "
        "Dalmatia and Elbonia face partial restrictions."
    )
    assert [n.removeprefix("the ") for n in groups["full ban"]] == [
        "Republic of Aland",
        "Borduria",
        "Carpathia",
    ]
    assert groups["partial restrictions"] == ["Dalmatia", "Elbonia"]


EN_GROUPS = "Aland, Borduria and Carpathia face a full ban, while Dalmatia and Elbonia face partial limits."
EN_READ = {"full ban": ["Aland", "Borduria", "Carpathia"], "partial limits": ["Dalmatia", "Elbonia"]}


def test_english_prose_of_the_shape_stays_unread() -> None:
    for prose in (
        "Freedonia and Grenadia face an uncertain future, while Kalmia faces elections.",
        "Freedonia and Grenadia face an uncertain future, while Kalmia and Laputa face elections.",
        "Freedonia and Grenadia face a full ban, while Kalmia faces partial restrictions.",  # one name
        "Freedonia and Grenadia face a full ban, while Kalmia and Laputa face a full ban too.",  # one group
    ):
        groups, _ = _read(EN_GROUPS + " " + prose)
        assert groups == EN_READ, prose


def test_two_clauses_of_one_group_are_not_two_groups() -> None:
    groups, _ = _read(
        "新增全面禁止入境的國家包括：甲國、乙國和丙國；新增部分限制入境的國家為丁國和戊國。"
        "全面禁止入境的國家包括己國、庚國；全面禁止入境的國家也包括辛國和壬國。"
    )
    assert groups == {FULL_HANT: ["甲國", "乙國", "丙國"], PART_HANT: ["丁國", "戊國"]}


def _story(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> list[tuple[str, Severity, tuple[str, ...]]]:
    for path in STORY.iterdir():
        text = path.read_text(encoding="utf-8")
        if path.stem in edits:
            old, new = edits[path.stem]
            assert old in text
            text = text.replace(old, new)
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    found = reconcile([str(tmp_path)]).discrepancies
    return [(d.kind, d.severity, d.sources) for d in found if d.severity is not Severity.INFO]


def test_story_told_in_clause_groups_agrees(tmp_path: Path) -> None:
    """Five outlets (``tests/fixtures/clause_groups/``: Taiwan, Hong Kong, mainland, Japan, an English
    wire) print the same two groups, three countries each, each in one sentence of clauses: nothing to
    report."""
    assert _story(tmp_path, {}) == []


def test_story_one_name_misfiled_accuses_its_outlet_alone(tmp_path: Path) -> None:
    """The English wire files Tonga under the full ban: one finding, about that wire alone."""
    moved = (
        "Nauru, Tuvalu and Palau face a full ban, while Tonga, Samoa and Fiji",
        "Nauru, Tuvalu, Palau and Tonga face a full ban, while Samoa and Fiji",
    )
    assert _story(tmp_path, {"05_en": moved}) == [("group_conflict", Severity.ERROR, ("05_en",))]


def test_story_misfiled_in_chinese_accuses_its_outlet_alone(tmp_path: Path) -> None:
    """The mainland outlet files 帕劳 under partial restrictions: one finding, about that outlet alone."""
    moved = (
        "瑙鲁、图瓦卢和帕劳；新增部分限制入境的国家为汤加",
        "瑙鲁和图瓦卢；新增部分限制入境的国家为帕劳、汤加",
    )
    assert _story(tmp_path, {"03_cn": moved}) == [("group_conflict", Severity.ERROR, ("03_cn",))]


def test_story_headline_count_of_both_groups_is_no_group_count(tmp_path: Path) -> None:
    """The wire's headline counts both groups (``six more countries``) in a word the full ban's label
    shares (``travel ban``): no count of the full ban, so nothing to report."""
    retitled = ("US adds six countries to its entry curbs", "US widens travel ban to six more countries")
    assert _story(tmp_path, {"05_en": retitled}) == []


def test_japanese_prose_of_names_then_what_they_do_stays_unread() -> None:
    """``甲国と乙国は協議を続け、丙国と丁国は反発した``: what the names do, no measure that files them."""
    groups, _ = _read("甲国と乙国は協議を続け、丙国と丁国は反発した。")
    assert groups == {}
