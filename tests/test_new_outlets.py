"""A new outlet with a known layout needs no new code: end-to-end runs with articles that are not
among the bundled five, in English, in Simplified Chinese and as HTML.

The expected links are written from reading the fixtures against 001's English names.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest

from pipeline.models import Kind
from pipeline.run import reconcile

TESTS = Path(__file__).resolve().parent
EXAMPLE_DIR = TESTS.parent / "examples" / "us-withdrawal-2026-01"
A001 = "001_39d5073b08ac0f22"

# wire_english.txt: its wording -> 001's English name for the same organization
WIRE_LINKS = {
    "United Nations Democracy Fund": "UN Democracy Fund",
    "U.N. Population Fund": "UN Population Fund",
    "Peacebuilding Commission": "Peacebuilding Commission",
    "Peacebuilding Fund": "Peacebuilding Fund",
    "United Nations University": "UN University",
    "UN Oceans": "UN Oceans",
    "UN-Water": "UN Water",
    "Office of the Special Representative of the Secretary-General for Children and Armed Conflict": (
        "Office of the Special Representative of the Secretary-General for Children in Armed Conflict"
    ),
    "Economic Commission for Latin America and the Caribbean": (
        "Economic Commission for Latin America and the Caribbean"
    ),
    "International Union for the Conservation of Nature": "International Union for Conservation of Nature",
    "International Renewable Energy Agency": "International Renewable Energy Agency",
    "Renewable Energy Policy Network for the 21st Century": "Renewable Energy Policy Network for the 21st Century",
    "Global Forum on Cyber Expertise": "Global Forum on Cyber Expertise",
    "International Institute for Democracy and Electoral Assistance": (
        "International Institute for Democracy and Electoral Assistance"
    ),
    "Venice Commission": "Venice Commission of the Council of Europe",
    "Regional Cooperation Agreement on Combating Piracy and Armed Robbery Against Ships in Asia": (
        "Regional Cooperation Agreement on Combatting Piracy and Armed Robbery against Ships in Asia"
    ),
}
WIRE_STRAYS = ["World Health Organization", "Paris Agreement"]


def _entity_of(rec) -> dict[str, str]:
    return {k: e.id for e in rec.entities for k in e.mentions}


@pytest.fixture(scope="module")
def wire_run(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("wire")
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    shutil.copy(TESTS / "fixtures" / "outlets" / "wire_english.txt", folder / "wire_english.txt")
    return reconcile([str(folder)])


def test_english_partial_list_is_extracted_with_groups(wire_run) -> None:
    items = [m for m in wire_run.mentions if m.article == "wire_english" and m.kind is Kind.LIST]
    assert len(items) == 18
    assert [m.group for m in items].count("Selected UN bodies on the list") == 10
    assert [m.group for m in items].count("Selected other organizations") == 8
    names = {m.name_en for m in items}
    assert "Markets close higher on tech rally" not in names  # the page tail is not the list
    assert next(m for m in items if m.name_en == "U.N. Population Fund").acronym == "UNFPA"


def test_english_partial_list_links_to_the_chinese_lists(wire_run) -> None:
    entity_of = _entity_of(wire_run)
    by_english_001 = {
        m.name_en: entity_of[m.key] for m in wire_run.mentions if m.article == A001 and m.kind is Kind.LIST
    }
    items = {m.name_en: m for m in wire_run.mentions if m.article == "wire_english" and m.kind is Kind.LIST}
    for wording, english_001 in WIRE_LINKS.items():
        assert entity_of.get(items[wording].key) == by_english_001[english_001], wording


def test_english_strays_are_found_in_no_other_outlet(wire_run) -> None:
    entity_of = _entity_of(wire_run)
    items = {m.name_en: m for m in wire_run.mentions if m.article == "wire_english" and m.kind is Kind.LIST}
    listed_entities = {
        entity_of[m.key] for m in wire_run.mentions if m.article == A001 and m.kind is Kind.LIST
    }
    for stray in WIRE_STRAYS:
        assert entity_of.get(items[stray].key) not in listed_entities, stray
        assert any(
            d.kind == "unique_item"
            and "wire_english" in d.sources
            and d.entity == entity_of.get(items[stray].key)
            for d in wire_run.discrepancies
        ), f"{stray} should be reported as found in no other outlet"
    # the three full lists still give 66 entities with one item each
    for art in ("000_273ee92e37e8b5a4", A001, "003_e6f1053f9d0a0c24"):
        keys = [m.key for m in wire_run.mentions if m.article == art and m.kind is Kind.LIST]
        assert len({entity_of[k] for k in keys}) == 66


@pytest.fixture(scope="module")
def simplified_html_run(tmp_path_factory: pytest.TempPathFactory):
    """003's list as an HTML page with <ol> lists, in Simplified Chinese, beside 000 and 001."""
    folder = tmp_path_factory.mktemp("html")
    for p in sorted(EXAMPLE_DIR.glob("00[01]_*.txt")):
        shutil.copy(p, folder / p.name)
    page = (TESTS / "fixtures" / "html" / "ordered_lists.html").read_text(encoding="utf-8")
    (folder / "mainland_outlet.html").write_text(opencc.OpenCC("t2s").convert(page), encoding="utf-8")
    return reconcile([str(folder)])


def test_simplified_html_outlet_needs_no_new_code(simplified_html_run) -> None:
    rec = simplified_html_run
    art = next(a for a in rec.articles if a.id == "mainland_outlet")
    assert art.format == "html"
    assert art.layout == "html-list"
    items = [m for m in rec.mentions if m.article == "mainland_outlet" and m.kind is Kind.LIST]
    assert len(items) == 66
    assert [m.group for m in items].count("联合国组织") == 31  # the page's heading, in Simplified
    entity_of = _entity_of(rec)
    per_entity: dict[str, set[str]] = {}
    for m in rec.mentions:
        if m.kind is Kind.LIST:
            per_entity.setdefault(entity_of[m.key], set()).add(m.article)
    assert len(per_entity) == 66
    assert all(arts == {"000_273ee92e37e8b5a4", A001, "mainland_outlet"} for arts in per_entity.values())


def test_english_selection_is_a_warning_not_an_error(wire_run) -> None:
    mine = [d for d in wire_run.discrepancies if "wire_english" in d.sources]
    short = [d for d in mine if d.kind == "list_short"]
    assert len(short) == 1 and short[0].severity.value == "warning"
    assert "examples" in short[0].message
    # its acronyms (UNFPA, IRENA, REN21, ReCAAP, ECLAC, IUCN) fit their names
    assert [d for d in mine if d.kind == "acronym_mismatch"] == []
    # the memorandum it names joins 001 and 003 against 004's proclamation: 004 stays the odd one out
    story = next(
        d for d in wire_run.discrepancies if d.kind == "story_conflict" and d.subject == "instrument"
    )
    assert story.sources == ("004_115da68075054973",)
    assert "wire_english" in {e.article for e in story.evidence}


def test_a_selection_with_its_own_heading_counts_contradicts_nothing(tmp_path: Path) -> None:
    """english_list.html says "66 international organizations, 31 of them UN entities" and prints a
    selection under "UN entities (3)" and "Non-UN organizations (4)": both are true, nothing conflicts."""
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        shutil.copy(p, tmp_path / p.name)
    shutil.copy(TESTS / "fixtures" / "html" / "english_list.html", tmp_path / "english_list.html")
    rec = reconcile([str(tmp_path)])
    mine = {(d.kind, d.severity.value) for d in rec.discrepancies if "english_list" in d.sources}
    assert ("list_short", "warning") in mine
    assert not {k for k, sev in mine if sev == "error"}, mine
    assert not [d for d in rec.discrepancies if d.kind == "count_conflict"]
