"""A story told in layouts the example stories do not use (``tests/fixtures/stories/travel-ban-layouts/``:
eight made-up articles on the 2025 travel ban, in Traditional Chinese as printed in Hong Kong and
Taiwan, English and Japanese; a paragraph of names under a lead-in line, semicolon lists, ordinal headings
with their items inline, ``等12國`` in a sentence, bullets in HTML paragraphs, ``Full ban (12): …``
lines, ``の12カ国``). Read whole, the outlets agree: every list links into the 19 countries and nobody is
accused. With three errors planted by hand, each is one finding against its outlet. The same for a
tariff story in ten layouts (``tariff-layouts/``), whose rates are compared column by column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile

STORY = Path(__file__).resolve().parent / "fixtures" / "stories" / "travel-ban-layouts"


def _errors(rec: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((d.kind, d.sources) for d in rec.discrepancies if d.severity is Severity.ERROR)


def test_the_outlets_agree_on_nineteen_countries() -> None:
    rec = reconcile([str(STORY)])
    listed = {a.id: 0 for a in rec.articles}
    for m in rec.mentions:
        if m.kind.value == "list":
            listed[m.article] += 1
    assert listed == {
        "en_explainer": 19,
        "en_lines": 19,
        "hk_bullets": 19,
        "hk_express": 19,
        "hk_ordinals": 19,
        "jp_inline": 12,  # the Japanese brief names the fully banned countries only
        "tw_html": 19,
        "tw_inline": 19,
    }
    assert len(rec.entities) == 19
    assert len(rec.groups) == 2
    assert _errors(rec) == []


@pytest.fixture
def planted(tmp_path: Path) -> Reconciliation:
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)

    def edit(name: str, old: str, new: str) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    edit("hk_express.txt", "、也門、布隆迪", "、布隆迪")  # Yemen dropped; the headline counts 19
    edit("tw_inline.txt", "、索馬利亞、蘇丹及葉門等12國", "、索馬利亞及蘇丹等12國")  # 11 names before 等12國
    edit("en_lines.txt", "Chad, Republic", "Chad, Laos, Republic")  # Laos filed under the full ban ...
    edit("en_lines.txt", "Cuba, Laos, Sierra", "Cuba, Sierra")  # ... and not under the partial one
    return reconcile([str(folder)])


def test_each_planted_error_is_one_finding_against_its_outlet(planted: Reconciliation) -> None:
    """The Hong Kong brief that drops Yemen says 19 (``限制19國公民入境``), more than either group has:
    its own count is the list's, so it is one ``list_short`` naming Yemen."""
    assert _errors(planted) == [
        ("count_mismatch", ("tw_inline",)),
        ("group_conflict", ("en_lines",)),
        ("list_short", ("hk_express",)),
    ]
    short = next(d for d in planted.discrepancies if d.kind == "list_short")
    assert "也門 (Yemen)" in short.message and "限制19國" in short.evidence[0].quote
    by_outlet = {d.sources[0]: d for d in planted.discrepancies if d.severity is Severity.ERROR}
    assert "Yemen" in by_outlet["tw_inline"].message
    assert "Yemen" in by_outlet["hk_express"].message
    assert "Laos" in by_outlet["en_lines"].message and "(12, 7)" in by_outlet["en_lines"].message


TARIFFS = STORY.parent / "tariff-layouts"


def test_rates_in_ten_layouts_agree() -> None:
    """Ten made-up articles on the July 2025 tariff letters, each printing some of the countries with the
    new rate and most with the April one: a Markdown table, ``name：value`` lines with ``（原24%）``, an HTML
    table with a row-number column and notes, dash bullets, a tab-separated table, a Japanese table, bold
    names with a rate, bare numbers under ``新稅率（%）``, ``百分之25``, ``25 percent (up from 24 percent)``.
    Their rates line up column by column and nobody is accused."""
    rec = reconcile([str(TARIFFS)])
    assert sorted(e.name_en for e in rec.entities) == [
        "Japan",
        "Kazakhstan",
        "Laos",
        "Malaysia",
        "Myanmar",
        "South Africa",
        "South Korea",
    ]
    assert _errors(rec) == []
    assert not [d for d in rec.discrepancies if d.kind == "value_conflict"]


def test_a_swapped_pair_is_an_error_and_an_uncorroborated_value_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(TARIFFS, folder)
    ja = folder / "ja_table.html"
    text = ja.read_text(encoding="utf-8")
    swapped = "<td>ラオス</td><td>48%</td><td>40%</td>"
    ja.write_text(text.replace("<td>ラオス</td><td>40%</td><td>48%</td>", swapped), encoding="utf-8")
    en = folder / "en_dash_bullets.txt"
    en.write_text(en.read_text(encoding="utf-8").replace("South Africa: 30%", "South Africa: 35%"), "utf-8")
    rec = reconcile([str(folder)])
    assert _errors(rec) == [("column_swap", ("ja_table",))]
    split = [d for d in rec.discrepancies if d.kind == "value_conflict"]
    assert [(d.severity, d.sources) for d in split] == [
        (Severity.WARNING, ("en_dash_bullets", "zh_name_colon_value"))
    ]
    assert "30 (zh_name_colon_value); 35 (en_dash_bullets)" in split[0].message


PEOPLE = STORY.parent / "icc-people-layouts"


def test_chinese_and_english_lists_of_people_link_by_sound() -> None:
    """Seven made-up articles on the four ICC officials sanctioned in August 2025: three print the names in
    Chinese only (a ``<dl>``, ``（一）`` items, a Simplified table), four in English or katakana. The
    Chinese transliterations sound like the English names (pipeline.knowledge.sound: ``普羅斯特`` and Prost
    share the skeleton ``blsd``), so the two camps link: no omission, no warning of unlinked lists, and
    each official is one entity written in Chinese, katakana and English."""
    rec = reconcile([str(PEOPLE)])
    assert _errors(rec) == []
    assert not [d for d in rec.discrepancies if d.kind in ("unlinked_list", "missing_entity")]
    variants = [d for d in rec.discrepancies if d.kind == "naming_variant"]
    assert len(variants) == 4
    assert all({"cn_table", "hk_ordinals", "tw_dl", "ja_bullets"} <= set(d.sources) for d in variants)


def test_english_datelines_give_the_date_and_leave_the_headline_the_title() -> None:
    from sources.registry import parse_path

    got = {p.name: parse_path(p).article for p in sorted(PEOPLE.glob("en_*.txt"))}
    assert {n: (a.date, a.title) for n, a in got.items()} == {
        "en_dash.txt": ("2025-08-21", "US widens ICC sanctions"),
        "en_numbered.txt": ("2025-08-20", "US sanctions four ICC officials"),
        "en_profiles.txt": ("2025-08-20", "Who are the four ICC officials sanctioned by the US?"),
    }


COMPANIES = STORY.parent / "entity-list-companies"


def test_companies_in_four_outlets_agree() -> None:
    """Three companies added to an export blacklist, as an English wire names them after a colon with
    semicolons, a Taiwan paper inline with their English names, a mainland paper inline after ``分别是``,
    a Hong Kong page as an HTML list: three entities, every outlet lists all three, nobody is accused."""
    rec = reconcile([str(COMPANIES)])
    listed = {a.id: 0 for a in rec.articles}
    for m in rec.mentions:
        if m.kind.value == "list":
            listed[m.article] += 1
    assert listed == {"cn_inline": 3, "en_wire": 3, "hk_list": 3, "tw_inline": 3}
    assert len(rec.entities) == 3
    assert _errors(rec) == []


def test_a_company_left_out_of_a_counted_list_is_one_finding(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(COMPANIES, folder)
    path = folder / "cn_inline.txt"
    text = path.read_text(encoding="utf-8")
    dropped = text.replace(
        "、北京智谱华章科技有限公司和苏州浪潮智能科技有限公司", "和北京智谱华章科技有限公司"
    )
    assert dropped != text
    path.write_text(dropped, encoding="utf-8")
    rec = reconcile([str(folder)])
    errors = [d for d in rec.discrepancies if d.severity is Severity.ERROR]
    assert [(d.kind, d.sources) for d in errors] == [("list_short", ("cn_inline",))]
    assert "Suzhou Inspur" in errors[0].message
