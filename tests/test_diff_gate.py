"""Run-to-run diff and the CI baseline gate, on report.json documents built from the fixture.

The "old" run is the fixture without 001_alpha (the article that prints the full six-item list);
the "new" run is the whole fixture, so the diff must say what 001_alpha brought.
"""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET

import pytest
from report_fixtures import (
    GCTF,
    IPCC,
    IUCN,
    PBC,
    PBF,
    A,
    B,
    C,
    make_reconciliation,
    without_article,
)

from pipeline.models import Severity
from reports.diff import diff_reports, render_diff_markdown
from reports.gate import (
    baseline_document,
    ci_lines,
    input_findings,
    junit_xml,
    new_findings,
    outlet_keys,
    outlet_names,
)
from reports.json_report import report_data

NEW = report_data(make_reconciliation())
OLD = report_data(without_article(make_reconciliation(), A))


def fresh(doc: dict) -> dict:  # type: ignore[type-arg]
    return copy.deepcopy(doc)


# -- diff --------------------------------------------------------------------------------------------


def test_diff_names_the_added_article_and_entity() -> None:
    d = diff_reports(OLD, NEW)
    assert [a["id"] for a in d["articles"]["added"]] == [A]
    assert d["articles"]["removed"] == []
    assert [e["id"] for e in d["entities"]["added"]] == [GCTF]
    assert d["entities"]["added"][0]["name_zh"] == "全球反恐論壇"
    assert d["entities"]["lost"] == [] and d["entities"]["renamed"] == []


def test_diff_new_name_forms() -> None:
    d = diff_reports(OLD, NEW)
    forms = {(v["entity"], v["lang"], v["name"]) for v in d["variants"]["new"]}
    assert forms == {
        (GCTF, "zh", "全球反恐論壇"),
        (GCTF, "en", "Global Counterterrorism Forum"),
        (IPCC, "zh", "政府間氣候變遷問題小組"),
        (IPCC, "en", "Intergovernmental Panel on Climate Change"),
        (IUCN, "zh", "國際自然保育聯盟"),
        (IUCN, "en", "International Union for Conservation of Nature"),
        (PBC, "zh", "建設和平委員會"),
    }
    assert d["variants"]["dropped"] == []


def test_diff_discrepancies_and_counts() -> None:
    d = diff_reports(OLD, NEW)
    assert [(x["severity"], x["kind"]) for x in d["discrepancies"]["new"]] == [
        ("error", "missing_entity"),
        ("error", "section_conflict"),
        ("warning", "story_fact"),
        ("info", "naming_variant"),
        ("info", "naming_variant"),
    ]
    assert d["discrepancies"]["resolved"] == []
    assert d["counts"]["articles"] == {"old": 2, "new": 3}
    assert d["counts"]["list_mentions"] == {"old": 6, "new": 12}
    assert d["counts"]["entities"] == {"old": 5, "new": 6}
    assert d["counts"]["discrepancies_error"] == {"old": 2, "new": 4}
    assert "prose_mentions" not in d["changed"] and "problems" not in d["changed"]
    assert {"articles", "list_mentions", "entities", "claims", "discrepancies"} <= set(d["changed"])


def test_diff_says_what_the_new_article_brought() -> None:
    (brought,) = diff_reports(OLD, NEW)["added_articles"]
    assert brought["article"] == A
    assert (brought["list_items"], brought["prose_mentions"], brought["entities_named"]) == (6, 0, 6)
    assert brought["entities_only_here"] == [GCTF]
    assert brought["unlinked"] == []
    assert len(brought["new_variants"]) == 7
    # the missing GCTF is a finding about 002_beta that quotes 001_alpha: it counts too
    assert sorted(x["kind"] for x in brought["discrepancies"]) == [
        "missing_entity", "naming_variant", "naming_variant", "section_conflict", "story_fact",
    ]  # fmt: skip


def test_diff_markdown_for_an_editor() -> None:
    text = render_diff_markdown(diff_reports(OLD, NEW))
    lines = text.splitlines()
    assert lines[0] == "# crosscheck diff"
    # the summary first: what the new source brought, then the findings and the counts that moved
    assert lines[2] == (
        f"- added Daily Alpha (`{A}`): 6 list items, 0 prose mentions naming 6 entities "
        "(1 no other article names), 7 new name forms, 0 names linked to no entity"
    )
    assert lines[3] == "- findings: 5 new (2 error, 1 warning, 2 info), 0 changed, 0 resolved"
    assert lines[4].startswith("- counts: errors 2 → 4, warnings 2 → 3, entities 5 → 6")
    assert f"- added `{GCTF}` 全球反恐論壇 / Global Counterterrorism Forum" in text
    assert f"- new `{PBC}` 建設和平委員會 (Daily Alpha)" in text
    # outlets by name, in the list of sources and in the message
    assert (
        f"- **error** `section_conflict` `{IPCC}` (Daily Alpha, Portal Gamma): "
        "Daily Alpha lists it as non-UN; Portal Gamma says it is a UN body."
    ) in text
    assert "## Resolved findings\n\nNone." in text


def test_diff_resolved_and_unchanged() -> None:
    fixed = fresh(NEW)
    fixed["discrepancies"] = [x for x in fixed["discrepancies"] if x["kind"] != "count_mismatch"]
    d = diff_reports(NEW, fixed)
    assert [x["fingerprint"] for x in d["discrepancies"]["resolved"]] == [f"count_mismatch||{B}|total"]
    assert d["discrepancies"]["new"] == [] and d["discrepancies"]["changed"] == []
    assert d["changed"] == ["discrepancies", "discrepancies_error"]
    assert "- **error** `count_mismatch` (Weekly Beta): Weekly Beta states 7" in render_diff_markdown(d)

    same = diff_reports(NEW, fresh(NEW))
    assert same["changed"] == [] and same["added_articles"] == []
    assert render_diff_markdown(same) == "# crosscheck diff\n\nNo changes between the two runs.\n"


def test_diff_a_finding_with_new_details_is_changed_not_resolved_and_new() -> None:
    reworded = fresh(NEW)
    for x in reworded["discrepancies"]:
        if x["kind"] == "count_mismatch":
            x["message"] = "Weekly Beta states 7 organizations; its list has 6."
            x["severity"] = "warning"
    d = diff_reports(NEW, reworded)
    assert d["discrepancies"]["new"] == [] and d["discrepancies"]["resolved"] == []
    (changed,) = d["discrepancies"]["changed"]
    assert changed["fingerprint"] == changed["old_fingerprint"] == f"count_mismatch||{B}|total"
    assert changed["severity"] == {"old": "error", "new": "warning"}
    assert "- warning `count_mismatch` total: error → warning" in render_diff_markdown(d)


def test_diff_a_naming_variant_that_gains_a_spelling_is_changed() -> None:
    grown = fresh(NEW)
    for x in grown["discrepancies"]:
        if x["kind"] == "naming_variant" and x["entity"] == PBC:
            x["sources"] = sorted([*x["sources"], C])
            x.pop("fingerprint")  # the sources are part of it: recomputed
    for e in grown["entities"]:
        if e["id"] == PBC:
            e["variants"].append({"lang": "zh", "name": "建和委員會", "sources": [C]})
    d = diff_reports(NEW, grown)
    assert d["discrepancies"]["new"] == [] and d["discrepancies"]["resolved"] == []
    (changed,) = d["discrepancies"]["changed"]
    assert changed["kind"] == "naming_variant" and changed["sources_added"] == [C]
    assert changed["fingerprint"] != changed["old_fingerprint"]
    text = render_diff_markdown(d)
    assert f"- info `naming_variant` `{PBC}`: new spelling 建和委員會 (Portal Gamma)" in text
    assert "## Name forms" not in text  # the new spelling is told once, with its finding


def test_diff_sees_a_renamed_entity() -> None:
    old = fresh(NEW)
    for e in old["entities"]:
        if e["id"] == PBF:
            e["id"] = "old-peacebuilding-fund"
    for m in old["mentions"]:
        if m["entity"] == PBF:
            m["entity"] = "old-peacebuilding-fund"
    d = diff_reports(old, NEW)
    assert d["entities"]["renamed"] == [{"old": "old-peacebuilding-fund", "new": PBF}]
    assert d["entities"]["added"] == [] and d["entities"]["lost"] == []
    assert d["variants"]["new"] == [] and d["variants"]["dropped"] == []


def test_diff_lost_entity_and_removed_article() -> None:
    d = diff_reports(NEW, OLD)
    assert [a["id"] for a in d["articles"]["removed"]] == [A]
    assert [e["id"] for e in d["entities"]["lost"]] == [GCTF]
    assert len(d["variants"]["dropped"]) == 7
    assert len(d["discrepancies"]["resolved"]) == 5


def test_diff_is_plain_deterministic_json() -> None:
    first = json.dumps(diff_reports(OLD, NEW), sort_keys=True, ensure_ascii=False)
    second = json.dumps(diff_reports(fresh(OLD), fresh(NEW)), sort_keys=True, ensure_ascii=False)
    assert first == second


# -- gate --------------------------------------------------------------------------------------------


def test_gate_finds_new_findings_at_or_above_the_level() -> None:
    errors = new_findings(OLD, NEW, fail_on=Severity.ERROR)
    assert [(f["kind"], f["entity"]) for f in errors] == [
        ("missing_entity", GCTF),
        ("section_conflict", IPCC),
    ]
    warnings = new_findings(OLD, NEW, fail_on=Severity.WARNING)
    assert [f["kind"] for f in warnings] == ["missing_entity", "section_conflict", "story_fact"]
    assert len(new_findings(OLD, NEW, fail_on="info")) == 5


def test_gate_passes_when_nothing_is_new() -> None:
    assert new_findings(NEW, fresh(NEW), fail_on=Severity.INFO) == []
    # removing an article only resolves findings: nothing new
    assert new_findings(NEW, OLD, fail_on=Severity.INFO) == []


def test_gate_ignores_message_wording() -> None:
    reworded = fresh(NEW)
    for x in reworded["discrepancies"]:
        x["message"] = "said differently: " + x["message"]
    assert new_findings(NEW, reworded, fail_on=Severity.INFO) == []


def test_baseline_document_works_as_a_baseline() -> None:
    baseline = baseline_document(OLD)
    assert baseline["kind"] == "crosscheck-baseline"
    assert baseline["articles"] == [B, C]
    assert len(baseline["discrepancies"]) == 4
    assert new_findings(baseline, NEW, fail_on=Severity.ERROR) == new_findings(
        OLD, NEW, fail_on=Severity.ERROR
    )
    json.dumps(baseline)  # plain JSON data


def test_gate_rejects_an_unknown_level() -> None:
    with pytest.raises(ValueError):
        new_findings(OLD, NEW, fail_on="fatal")


def test_ci_lines() -> None:
    lines = ci_lines(new_findings(OLD, NEW, fail_on=Severity.ERROR))
    assert lines == [
        f"ERROR missing_entity {GCTF} [{B}]: Global Counterterrorism Forum (全球反恐論壇) is on {A}'s list "
        f"but not on {B}'s.",
        f"ERROR section_conflict section [{A},{C}]: {A} lists it as non-UN; {C} says it is a UN body.",
    ]
    assert ci_lines([]) == []
    named = ci_lines(new_findings(OLD, NEW, fail_on=Severity.ERROR), names=outlet_names(NEW))
    assert named[1] == (
        f"ERROR section_conflict section [Daily Alpha={A},Portal Gamma={C}]: "
        "Daily Alpha lists it as non-UN; Portal Gamma says it is a UN body."
    )


def test_junit_xml_one_failure_per_finding() -> None:
    findings = new_findings(OLD, NEW, fail_on=Severity.ERROR)
    root = ET.fromstring(junit_xml(findings, suite="crosscheck"))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("crosscheck", "2", "2")
    cases = suite.findall("testcase")
    assert [c.get("classname") for c in cases] == ["crosscheck.missing_entity", "crosscheck.section_conflict"]
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert failure.get("message") == f"{A} lists it as non-UN; {C} says it is a UN body."
    assert "（IPCC，亦是聯合國轄下單位）" in (failure.text or "")
    assert f"section_conflict|{IPCC}|{A},{C}|" in (failure.text or "")  # entity findings: no display name


def test_junit_xml_without_findings_has_one_passing_case() -> None:
    root = ET.fromstring(junit_xml([], suite="crosscheck"))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == 1 and cases[0].find("failure") is None
    assert root.find("testsuite").get("failures") == "0"  # type: ignore[union-attr]


def test_junit_xml_survives_hostile_text() -> None:
    finding = {
        "kind": "count_mismatch", "severity": "error", "entity": None, "sources": [B], "subject": "total",
        "message": "bad\x01byte <script>alert(1)</script> & \"quotes\"", "evidence": [],
    }  # fmt: skip
    text = junit_xml([finding], suite="a<b")
    root = ET.fromstring(text)  # still well-formed XML
    failure = root.find("./testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == 'bad\ufffdbyte <script>alert(1)</script> & "quotes"'
    assert root.get("name") == "a<b"


def test_gate_compares_outlet_by_outlet() -> None:
    """A finding's keys never depend on which other outlets agree: an outlet joining a finding is new
    for that outlet only, an outlet leaving it is nothing new."""
    joined = fresh(NEW)
    for x in joined["discrepancies"]:
        if x["kind"] == "missing_entity":
            x["sources"] = [B, C]
            x.pop("fingerprint")
    (found,) = new_findings(NEW, joined, fail_on=Severity.ERROR)
    assert found["kind"] == "missing_entity" and found["sources"] == [B, C]
    assert outlet_keys(found) == [f"missing_entity|{GCTF}|{B}|", f"missing_entity|{GCTF}|{C}|"]
    # the other way round (C no longer at fault): B's key is known, nothing is new
    assert new_findings(joined, NEW, fail_on=Severity.ERROR) == []


def test_gate_input_problems_have_their_own_level() -> None:
    broken = fresh(NEW)
    broken["problems"] = [
        *broken["problems"],
        {"article": "/tmp/x/empty.txt", "code": "empty", "severity": "error", "message": "the file is empty"},
    ]
    assert new_findings(NEW, broken, fail_on=Severity.ERROR) == []  # not asked for
    (found,) = new_findings(NEW, broken, fail_on=Severity.ERROR, fail_on_input="warning")
    assert (found["kind"], found["severity"], found["sources"], found["subject"]) == (
        "input_problem", "error", ["empty.txt"], "empty",
    )  # fmt: skip
    assert ci_lines([found]) == ["ERROR input_problem empty [empty.txt]: the file is empty"]
    # the baseline remembers the problems it accepted, by input name and code
    assert new_findings(baseline_document(broken), broken, fail_on=Severity.ERROR, fail_on_input="info") == []


def test_a_page_without_the_list_it_announces_is_a_warning() -> None:
    doc = fresh(NEW)
    # 003_gamma states a total of 6 and prints no list: its no-list note is a warning as a finding
    levels = {(f["sources"][0], f["subject"]): f["severity"] for f in input_findings(doc)}
    assert levels[(C, "no-list")] == "warning"
    assert levels[("broken.html", "binary")] == "warning"
    doc["claims"] = [c for c in doc["claims"] if not (c["article"] == C and c["kind"] == "total")]
    assert {(f["sources"][0], f["subject"]): f["severity"] for f in input_findings(doc)}[
        (C, "no-list")
    ] == "info"
