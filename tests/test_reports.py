"""The renderers on the hand-made fixture: output contract, escaping, schema, determinism, golden files."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import random
import re
from pathlib import Path

import jsonschema
import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from report_fixtures import (
    ERRORS,
    GCTF,
    INFOS,
    IPCC,
    ITC,
    IUCN,
    MARKUP,
    PBC,
    PBF,
    QUOTE_B,
    TEXT_A,
    TEXTS,
    WARNINGS,
    A,
    B,
    C,
    make_reconciliation,
    span,
)

from pipeline.models import SCHEMA_VERSION, Mention, Reconciliation
from pipeline.normalize.scripts import to_simplified, to_traditional
from reports import FORMATS, RENDERERS, script
from reports.claimreview import load_schema as load_claimreview_schema
from reports.columns import MENTION_COLUMNS
from reports.csv_writer import excel_csv
from reports.html import html_report, script_json
from reports.json_report import load_schema, report_data
from reports.lookups import entity_groups
from reports.markdown import markdown_report
from reports.mention_table import mentions_frame
from reports.outlet_names import name_outlets
from reports.presence import Presence, matrix
from reports.script import lang_tag, variant_language
from reports.tables import discrepancies_frame, render_csv

GOLDEN = Path(__file__).resolve().parent / "golden" / "fixture"
REC = make_reconciliation()


def render_all(rec: Reconciliation) -> dict[str, str]:
    out: dict[str, str] = {}
    for fmt in FORMATS:
        files = RENDERERS[fmt](rec)
        assert not set(files) & set(out), f"{fmt} writes a file another format writes"
        out.update(files)
    return out


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- registry ----------------------------------------------------------------------------------------


def test_registry_names_the_four_formats_and_their_files() -> None:
    assert FORMATS == ("md", "html", "json", "csv", "claimreview")
    assert set(RENDERERS["claimreview"](REC)) == {"claimreview.json"}
    assert set(RENDERERS["md"](REC)) == {"report.md"}
    assert set(RENDERERS["html"](REC)) == {"report.html"}
    assert set(RENDERERS["json"](REC)) == {"report.json"}
    assert {"entities.csv", "claims.csv", "discrepancies.csv", "mentions.csv"} <= set(RENDERERS["csv"](REC))


# -- CSV ---------------------------------------------------------------------------------------------


def test_mentions_csv_contract_columns_and_rows() -> None:
    text = render_csv(REC)["mentions.csv"]
    header = text.split("\n", 1)[0].split(",")
    assert ",".join(header[:9]) == "source,kind,position,section,category,name_zh,name_en,acronym,entity"
    assert tuple(header) == MENTION_COLUMNS
    rows = read_csv(text)
    assert len(rows) == 13  # 6 + 6 list items, 1 prose mention
    assert [(r["source"], r["position"]) for r in rows][:3] == [(A, "1"), (A, "2"), (A, "3")]
    assert [r["source"] for r in rows] == [A] * 6 + [B] * 6 + [C]
    by_key = {f"{r['source']}#{r['position']}": r for r in rows}
    assert by_key[f"{A}#1"]["section"] == "g1" and by_key[f"{A}#4"]["section"] == "g2"  # canonical group ids
    assert by_key[f"{B}#1"]["section"] == ""
    assert by_key[f"{B}#2"]["entity"] == PBC
    assert (by_key[f"{B}#2"]["level"], by_key[f"{B}#2"]["score"], by_key[f"{B}#2"]["margin"]) == (
        "bilingual bridge", "0.83", "0.04",
    )  # fmt: skip
    unlinked = by_key[f"{B}#6"]
    assert unlinked["name_zh"] == "國際可再生能源機構"
    assert unlinked["entity"] == "" and unlinked["level"] == "" and unlinked["score"] == ""
    prose = by_key[f"{C}#1"]
    assert prose["kind"] == "prose" and prose["entity"] == IPCC and prose["acronym"] == "IPCC"
    assert by_key[f"{A}#4"]["aliases"] == "IPCC | Intergovernmental Panel on Climate Change (IPCC)"
    start, end = span(B, "世界自然保護聯盟（IUCN）")
    assert (by_key[f"{B}#5"]["start"], by_key[f"{B}#5"]["end"]) == (str(start), str(end))
    assert by_key[f"{B}#5"]["note"] == "the acronym is the only English the article gives"


def test_csv_files_use_newlines_only_and_quote_markup_safely() -> None:
    files = render_csv(REC)
    for name, text in files.items():
        assert "\r" not in text, name
        assert text.endswith("\n"), name
    claims = read_csv(files["claims.csv"])
    beta_total = next(r for r in claims if r["source"] == B and r["kind"] == "total")
    assert beta_total["quote"] == QUOTE_B  # quotes, commas and markup survive the round trip
    assert (beta_total["stated"], beta_total["computed"]) == ("7.0", "6.0")
    gamma_total = next(r for r in claims if r["source"] == C)
    assert gamma_total["computed"] == ""  # nothing to compute against in a prose-only article
    pct = next(r for r in claims if r["kind"] == "percentage")
    assert (pct["stated"], pct["unit"], pct["count"]) == ("40.0", "percent", "2")


def test_discrepancies_csv_contract_errors_first_with_evidence() -> None:
    text = render_csv(REC)["discrepancies.csv"]
    assert text.split("\n", 1)[0].startswith("kind,severity,entity,sources,subject,message,")
    rows = read_csv(text)
    assert [r["severity"] for r in rows] == ["error"] * ERRORS + ["warning"] * WARNINGS + ["info"] * INFOS
    story = next(r for r in rows if r["kind"] == "story_fact")
    assert story["sources"] == f"{A};{B};{C}"
    assert story["entity"] == ""
    count = next(r for r in rows if r["kind"] == "count_mismatch")
    start, end = span(B, QUOTE_B)
    assert count["evidence"] == f'{B}@{start}-{end} "{QUOTE_B}"'
    assert count["fingerprint"] == f"count_mismatch||{B}|total"
    conflict = next(r for r in rows if r["kind"] == "section_conflict")
    assert conflict["evidence"].count(" | ") == 1  # two quotes, one separator
    assert conflict["entity"] == IPCC


def test_entities_and_variants_csv() -> None:
    files = render_csv(REC)
    entities = {r["entity"]: r for r in read_csv(files["entities.csv"])}
    assert sorted(entities) == sorted([GCTF, IPCC, ITC, IUCN, PBC, PBF])
    assert entities[IPCC]["sources"] == f"{A};{B};{C}"
    assert (entities[IPCC]["list_mentions"], entities[IPCC]["prose_mentions"]) == ("2", "1")
    assert entities[GCTF]["sources"] == A
    assert entities[IPCC]["mentions"] == f"{A}#4;{B}#4;{C}#1"
    # A files IPCC under its second heading (g2) and ITC under its first; B's list has no groups
    assert (entities[IPCC]["section"], entities[ITC]["section"]) == ("g2", "g1")
    assert entity_groups(REC) == REC.entity_groups()  # the reports' shared index gives the same groups
    variants = read_csv(files["variants.csv"])
    ipcc_zh = [r["name"] for r in variants if r["entity"] == IPCC and r["lang"] == "zh"]
    assert sorted(ipcc_zh) == sorted(
        ["政府間氣候變遷問題小組", "政府間氣候變化專門委員會", "政府間氣候變遷專門委員會"]
    )
    acronym = next(r for r in variants if r["entity"] == IPCC and r["lang"] == "acronym")
    assert acronym["sources"] == f"{A};{B};{C}"


def test_frames_have_typed_columns() -> None:
    frame = mentions_frame(REC)
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert frame["position"].tolist() == [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1]
    assert frame["score"].isna().sum() == 1  # only the unlinked mention has no score
    assert len(discrepancies_frame(REC)) == ERRORS + WARNINGS + INFOS


def test_matrix_states() -> None:
    cells = {(c.entity, c.article): c.presence for _, row in matrix(REC) for c in row}
    assert cells[(ITC, B)] is Presence.CANONICAL  # same Chinese name as the canonical one
    assert cells[(PBC, B)] is Presence.OTHER_NAME  # 和平建設委員會 vs 建設和平委員會
    assert cells[(IUCN, B)] is Presence.OTHER_NAME
    assert cells[(GCTF, B)] is Presence.MISSING  # 002_beta prints a list without it
    assert cells[(IPCC, C)] is Presence.PROSE
    assert cells[(ITC, C)] is Presence.NO_LIST  # 003_gamma prints no list at all
    assert all(cells[(e, A)] is Presence.CANONICAL for e in (GCTF, IPCC, ITC, IUCN, PBC, PBF))


# -- Markdown ----------------------------------------------------------------------------------------


def test_markdown_sections_in_order() -> None:
    text = markdown_report(REC)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Scorecard",
        "## Findings by outlet",
        "## Articles",
        "## Glossary: naming variants",
        "## Entity × outlet matrix",
        "## Claims",
        "## People and story facts",
        "## Other notes (info)",
        "## Links for review",
    ]


def test_markdown_headline_counts_errors_and_warnings_not_the_glossary() -> None:
    lines = markdown_report(REC).splitlines()
    # the fixture: 4 errors, 3 warnings, 2 naming variants (info), one unreadable input + one no-list page
    assert lines[2] == (
        "**4 errors, 3 warnings in 3 articles; 6 entities; glossary: 2 naming variants; 2 input problems**"
    )


def test_markdown_scorecard_names_outlets_worst_first() -> None:
    text = markdown_report(REC)
    rows = [line for line in text.split("## Findings by outlet")[0].splitlines() if line.startswith("| ")][1:]
    assert [row.split(" | ")[0] for row in rows] == [
        f"| Weekly Beta `{B}`",
        f"| Daily Alpha `{A}`",
        f"| Portal Gamma `{C}`",
        "| broken.html `articles/broken.html`",
    ]
    beta = rows[0]
    assert "| 2026-01-08 | 特朗普宣布退群 完整名單 | 6 | 3 / 3 |" in beta
    assert "E `count_mismatch` Weekly Beta states 7 organizations but its list has 6 items." in beta
    assert "| not read | 0 / 0 |" in rows[3] and "input: `binary`" in rows[3]
    first_error = next(i for i, line in enumerate(text.splitlines()) if "E `" in line)
    assert first_error < 40


def test_markdown_findings_by_outlet_quote_in_context() -> None:
    text = markdown_report(REC)
    section = text.split("## Findings by outlet")[1].split("## Articles")[0]
    assert "### Weekly Beta — 3 error(s), 3 warning(s)" in section
    # the percentage, with the sentence it sits in: 其中與環境相關的有2個，佔40%。
    start, end = span(B, "其中與環境相關的有2個，佔40%")
    assert f"  - Weekly Beta `{B}` chars {start}–{end}: **「其中與環境相關的有2個，佔40%」**。" in section
    # a finding about two outlets is shown under each, its own quote first
    gamma = section.split("### Portal Gamma")[1]
    assert gamma.index("Portal Gamma `003_gamma` chars") < gamma.index("Daily Alpha `001_alpha` chars")
    # article ids in messages become outlet names
    assert (
        "Global Counterterrorism Forum (全球反恐論壇) is on Daily Alpha's list but not on Weekly Beta's"
        in section
    )


def test_markdown_summary_and_matrix_rows() -> None:
    text = markdown_report(REC)
    beta = next(line for line in text.splitlines() if line.startswith(f"| Weekly Beta | `{B}` |"))
    assert "| 2026-01-08 | enumerated | 6 | 0 | total 7 (lists 6) | 0 |" in beta
    gamma = next(line for line in text.splitlines() if line.startswith(f"| Portal Gamma | `{C}` |"))
    assert "| no list | 0 | 1 | total 6 | 1 |" in gamma
    assert "| broken.html | `articles/broken.html` | warning | `binary` |" in text
    ipcc = next(line for line in text.splitlines() if line.startswith(f"| `{IPCC}` |") and "●" in line)
    assert ipcc.endswith("| ● | ◐ | ○ |")
    gctf = next(line for line in text.splitlines() if line.startswith(f"| `{GCTF}` |") and "●" in line)
    assert gctf.endswith("| ● | ✗ | · |")
    assert not any(line.startswith(f"| `{PBF}` |") and "●" in line for line in text.splitlines())  # agreed
    assert "Legend: ● listed under the canonical name, ◐ listed under another name" in text


def test_markdown_tables_keep_their_shape() -> None:
    """Every row of a table has as many cells as its header: pipes inside cells are escaped."""
    lines = markdown_report(REC).splitlines()
    unescaped = re.compile(r"(?<!\\)\|")
    width = None
    for line in lines:
        if not line.startswith("|"):
            width = None
            continue
        cells = len(unescaped.findall(line)) - 1
        if width is None:
            width = cells
        assert cells == width, line
    assert "\\| a different first word" in "\n".join(lines)


def test_markdown_escapes_markup_and_shows_evidence() -> None:
    text = markdown_report(REC)
    assert MARKUP not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    start, end = span(B, QUOTE_B)
    escaped = "編者註：\\<script\\>alert(1)\\</script\\> \\&\\<\\>\"' 以下名單共7個。"
    assert f"  - Weekly Beta `{B}` chars {start}–{end}: **「{escaped}」**" in text
    start, end = span(C, "（IPCC，亦是聯合國轄下單位）")
    assert f"`{C}` chars {start}–{end}: " in text and "**「（IPCC，亦是聯合國轄下單位）」**等。" in text


def test_markdown_people_facts_and_review() -> None:
    text = markdown_report(REC)
    assert "| `trump` | 特朗普 |   |   | Weekly Beta, Portal Gamma |" in text
    assert "| `trump` | 川普 | 總統 | Donald Trump | Daily Alpha |" in text
    assert "| `rubio` | 盧比奧 |" in text
    assert "| instrument | 備忘錄 | 公告 | 行政命令 |" in text
    assert "| signed by | 川普 | 特朗普 | — |" in text
    review = text[text.index("## Links for review") :]
    assert f"`{B}#2`" in review.split("### Mentions linked to no entity")[0]
    assert f"`{B}#5`" not in review  # margin 0.21 is not small
    assert f"| `{B}#6` | list | 國際可再生能源機構 |" in review


def test_review_margin_comes_from_options() -> None:
    wider = make_reconciliation()
    wider.options["review_margin"] = 0.3
    review = markdown_report(wider).split("## Links for review")[1].split("### Mentions")[0]
    assert "below 0.3" in review
    assert f"`{B}#2`" in review and f"`{B}#5`" in review
    assert f"`{B}#1`" not in review  # margin 0.62


# -- JSON --------------------------------------------------------------------------------------------


def test_report_json_validates_against_the_schema() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = json.loads(RENDERERS["json"](REC)["report.json"])
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["schema_version"] == SCHEMA_VERSION


def test_schema_rejects_what_it_should() -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    doc = report_data(REC)
    broken = json.loads(json.dumps(doc))
    broken["discrepancies"][0]["severity"] = "fatal"
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(doc))
    del broken["schema_version"]
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(doc))
    broken["articles"][0]["text"] = TEXT_A
    assert not validator.is_valid(broken)


def test_report_json_content() -> None:
    text = RENDERERS["json"](REC)["report.json"]
    assert text.endswith("}\n")
    assert "國際貿易中心" in text  # ensure_ascii=False
    doc = json.loads(text)
    assert json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2) + "\n" == text
    alpha = doc["articles"][0]
    assert alpha["id"] == A and alpha["length"] == len(TEXT_A) and "text" not in alpha
    assert alpha["title"].endswith(MARKUP + " &<>\"'")
    assert [a["id"] for a in doc["articles"]] == [A, B, C]
    assert [(d["severity"], d["kind"]) for d in doc["discrepancies"]] == [
        ("error", "arithmetic"),
        ("error", "count_mismatch"),
        ("error", "missing_entity"),
        ("error", "section_conflict"),
        ("warning", "possible_mistranslation"),
        ("warning", "story_fact"),
        ("warning", "unmatched_item"),
        ("info", "naming_variant"),
        ("info", "naming_variant"),
    ]
    assert [d["entity"] for d in doc["discrepancies"][-2:]] == [IPCC, PBC]
    assert {d["fingerprint"] for d in doc["discrepancies"]} == {d.fingerprint for d in REC.discrepancies}
    conflict = next(d for d in doc["discrepancies"] if d["kind"] == "section_conflict")
    assert conflict["fingerprint"] == f"section_conflict|{IPCC}|{A},{C}|"  # the entity id, not its name
    mentions = {m["key"]: m for m in doc["mentions"]}
    assert mentions[f"{B}#6"]["entity"] is None
    assert mentions[f"{C}#1"]["asserted_group"] == "聯合國轄下單位"
    entity = next(e for e in doc["entities"] if e["id"] == IPCC)
    assert entity["mentions"] == [f"{A}#4", f"{B}#4", f"{C}#1"]
    assert {"name": "IPCC", "lang": "acronym", "sources": [A, B, C]} in entity["variants"]
    assert doc["counts"]["discrepancies"] == {"error": ERRORS, "warning": WARNINGS, "info": INFOS}
    assert doc["options"] == {"fail_on": "error", "formats": ["csv", "html", "json", "md"]}
    for d in doc["discrepancies"]:
        for ev in d["evidence"]:
            assert TEXTS[ev["article"]][ev["start"] : ev["end"]] == ev["quote"]


# -- HTML (static checks; the browser test runs the page) -------------------------------------------


def test_html_is_self_contained_and_escaped() -> None:
    page = html_report(REC)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert not re.search(r"https?:|//[a-z]", page, re.IGNORECASE)  # no URL at all, not even the article's
    assert "<link" not in page and " src=" not in page and "@import" not in page
    assert MARKUP not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;&lt;&gt;&#34;&#39;" in page
    assert page.count("<script") == 2  # the data block and the page script, nothing from the articles
    assert 'lang="zh-Hant"' in page and 'lang="en"' in page


def test_html_data_block_cannot_be_closed_by_article_text() -> None:
    page = html_report(REC)
    block = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    assert block is not None
    assert "<" not in block.group(1) and ">" not in block.group(1) and "&" not in block.group(1)
    data = json.loads(block.group(1))
    assert data["articles"][0]["title"].endswith(f"{MARKUP} &<>\"'")
    assert data["counts"]["entities"] == 6
    assert str(script_json({"q": "</script><!--"})) == '{"q":"\\u003c/script\\u003e\\u003c!--"}'


def test_html_structure_rows_and_anchors() -> None:
    tree = lxml_html.fromstring(html_report(REC))
    rows = tree.xpath('//table[@id="entity-table"]/tbody/tr')
    assert [r.get("data-entity") for r in rows] == [GCTF, IPCC, ITC, IUCN, PBC, PBF]
    assert (
        tree.xpath(f'//table[@id="entity-table"]//tr[@data-entity="{ITC}"]/td[2]')[0].text_content()
        == "國際貿易中心"
    )
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids)), "element ids must be unique"
    links = tree.xpath('//a[@class="finding-link"]')
    # one line per (finding, outlet it names): beta 6, alpha 2, gamma 2
    assert len(links) == 10
    for link in links:
        assert len(tree.xpath(f'//details[@id="{link.get("href")[1:]}"]')) == 1
    title_cell = tree.xpath('//tr[@data-article="001_alpha"]/td[@class="title"]')[0]
    assert title_cell.text_content().endswith(f"{MARKUP} &<>\"'")


def test_html_scorecard_first_with_outlet_names_and_counts() -> None:
    page = html_report(REC)
    tree = lxml_html.fromstring(page)
    sections = [s.get("id") for s in tree.xpath("//main/section")]
    assert sections[0] == "scorecard" and sections[1] == "findings"
    rows = tree.xpath('//table[@id="scorecard-table"]/tbody/tr')
    outlets = [r.xpath('td[@class="outlet"]')[0].text_content() for r in rows]
    assert outlets == [
        f"Weekly Beta {B}",
        f"Daily Alpha {A}",
        f"Portal Gamma {C}",
        "broken.html articles/broken.html",
    ]
    assert [(r.get("data-errors"), r.get("data-warnings")) for r in rows] == [
        ("3", "3"), ("1", "1"), ("1", "1"), ("0", "0"),
    ]  # fmt: skip
    assert tree.xpath('//b[@data-count="error"]')[0].text == str(ERRORS)
    assert tree.xpath('//b[@data-count="warning"]')[0].text == str(WARNINGS)
    assert tree.xpath('//b[@data-count="glossary"]')[0].text == "2"
    assert page.index('id="scorecard"') < page.index('id="variants"') < page.index('id="matrix-section"')


def test_html_evidence_in_context_with_the_quote_marked() -> None:
    tree = lxml_html.fromstring(html_report(REC))
    beta = tree.xpath(f'//section[@class="outlet-findings"][@data-article="{B}"]')[0]
    arithmetic = beta.xpath('.//details[@data-kind="arithmetic"]')[0]
    block = arithmetic.xpath(".//blockquote")[0]
    # the line of 002_beta that holds the percentage: 其中與環境相關的有2個，佔40%。
    assert block.xpath("mark")[0].text_content() == "其中與環境相關的有2個，佔40%"
    assert block.text_content() == "其中與環境相關的有2個，佔40%。"
    assert block.get("lang") == "zh-Hant"
    evidence = arithmetic.xpath('.//div[@class="evidence"]')[0]
    assert (evidence.get("data-start"), evidence.get("data-end")) == tuple(
        str(x) for x in span(B, "其中與環境相關的有2個，佔40%")
    )
    # markup in the text around a quote stays text
    count = beta.xpath('.//details[@data-kind="count_mismatch"]//blockquote')[0]
    assert MARKUP in count.text_content() and not count.xpath(".//script")


def test_html_pictures_are_inline_svg() -> None:
    tree = lxml_html.fromstring(html_report(REC))
    bars = tree.xpath('//svg[@id="findings-chart"]//g[@class="bar"]')
    assert [(b.get("data-article"), b.get("data-errors"), b.get("data-warnings")) for b in bars] == [
        (B, "3", "3"), (A, "1", "1"), (C, "1", "1"),
    ]  # fmt: skip
    widths = [float(b.xpath('rect[@class="bar-error"]')[0].get("width")) for b in bars]
    assert widths[0] == 3 * widths[1]
    differ = [g.get("data-entity") for g in tree.xpath('//svg[@id="matrix-differ"]/g')]
    every = [g.get("data-entity") for g in tree.xpath('//svg[@id="matrix-all"]/g')]
    assert every == [GCTF, IPCC, ITC, IUCN, PBC, PBF]
    # GCTF missing from beta, IPCC/IUCN/PBC under other names in beta; ITC and PBF printed alike
    assert differ == [GCTF, IPCC, IUCN, PBC]
    pbc = tree.xpath(f'//svg[@id="matrix-all"]/g[@data-entity="{PBC}"]/rect')
    assert [r.get("data-presence") for r in pbc] == ["canonical", "other_name", "no_list"]


def test_html_lang_per_script_and_fold_table() -> None:
    page = html_report(REC)
    tree = lxml_html.fromstring(page)
    assert tree.get("lang") == "en"
    spans = tree.xpath('//td[@class="title"]//span[@lang]')
    assert spans and all(s.get("lang") == "zh-Hant" for s in spans)
    data = json.loads(tree.xpath('//script[@id="report-data"]')[0].text)
    assert data["fold"]["聯"] == "联" and data["fold"]["國"] == "国"
    assert "和" not in data["fold"]  # the same in both scripts


# -- robustness and determinism ---------------------------------------------------------------------


def test_renderers_accept_an_empty_run() -> None:
    empty = Reconciliation((), (), (), (), (), (), (), ())
    files = render_all(empty)
    jsonschema.Draft202012Validator(load_schema()).validate(json.loads(files["report.json"]))
    assert "No errors or warnings." in files["report.md"]
    assert files["mentions.csv"].startswith(
        "source,kind,position,section,category,name_zh,name_en,acronym,entity"
    )
    assert '<table id="entity-table"' in files["report.html"]


def test_rendering_twice_gives_identical_bytes() -> None:
    assert render_all(REC) == render_all(make_reconciliation())


def test_order_of_construction_does_not_matter() -> None:
    forward = render_all(make_reconciliation())
    backward = render_all(make_reconciliation(reverse=True))
    assert forward.keys() == backward.keys()
    for name in forward:
        assert forward[name] == backward[name], name


def _shuffled(rec: Reconciliation, rnd: random.Random) -> Reconciliation:
    def mix(items: tuple) -> tuple:  # type: ignore[type-arg]
        out = list(items)
        rnd.shuffle(out)
        return tuple(out)

    return Reconciliation(
        mix(rec.articles), mix(rec.mentions), mix(rec.headings), mix(rec.entities), mix(rec.links),
        mix(rec.claims), mix(rec.discrepancies), mix(rec.problems), mix(rec.facts), mix(rec.people),
        dict(rec.options), groups=mix(rec.groups),
    )  # fmt: skip


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_any_order_renders_the_same(rnd: random.Random) -> None:
    assert render_all(_shuffled(REC, rnd)) == render_all(REC)


# -- golden files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.md", "report.json", "mentions.csv"])
def test_golden_fixture(name: str, request: pytest.FixtureRequest) -> None:
    rendered = render_all(REC)[name].encode("utf-8")
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rendered)
    assert path.exists(), f"{path} is missing: run pytest with --update-golden and review the diff"
    assert rendered == path.read_bytes(), (
        f"{name} differs from {path}; if intended, rerun with --update-golden"
    )


def test_summary_states_each_total_once() -> None:
    doubled = make_reconciliation()
    doubled = Reconciliation(
        doubled.articles, doubled.mentions, doubled.headings, doubled.entities, doubled.links,
        doubled.claims + tuple(reversed(doubled.claims)), doubled.discrepancies, doubled.problems,
        doubled.facts, doubled.people, doubled.options, groups=doubled.groups,
    )  # fmt: skip
    alpha = next(
        line for line in markdown_report(doubled).splitlines() if line.startswith(f"| Daily Alpha | `{A}` |")
    )
    assert "| total 6 (lists 6); 聯合國機構 3 (lists 3); 非聯合國組織 3 (lists 3) |" in alpha


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("聯合國教科文組織", "zh-Hant"),
        ("联合国教科文组织", "zh-Hans"),
        ("特朗普宣布退群", "zh-Hant"),  # 群 is also Taiwan's form: nothing tells, the default holds
        ("国連教育科学文化機関（ユネスコ）", "ja"),
        ("United Nations Educational, Scientific and Cultural Organization", "en"),
    ],
)
def test_lang_tag_reads_the_script(text: str, tag: str) -> None:
    assert lang_tag(text) == tag


def test_char_script_reads_taiwan_and_hong_kong_forms_as_s2tw_and_s2hk_would() -> None:
    # the shortcut (the generic Traditional form's t2tw / t2hk variants) against the whole conversions
    s2tw, s2hk = opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")
    differ = []
    for ch in map(chr, range(0x4E00, 0xA000)):
        simplified_only = to_traditional(ch) != ch and s2tw.convert(ch) != ch and s2hk.convert(ch) != ch
        expected = "t" if to_simplified(ch) != ch else "s" if simplified_only else ""
        if script._char_script(ch) != expected:
            differ.append(ch)
    assert differ == []
    assert script._char_script("国") == "s" and script._char_script("國") == "t"
    assert script._char_script("群") == ""  # Taiwan writes 群 for 羣


# -- claimreview.json and CSV for spreadsheets ------------------------------------------------------


def test_claimreview_validates_against_its_schema() -> None:
    doc = json.loads(RENDERERS["claimreview"](REC)["claimreview.json"])
    jsonschema.Draft202012Validator(load_claimreview_schema()).validate(doc)
    bad = json.loads(json.dumps(doc))
    bad[0]["reviewRating"]["ratingValue"] = 9
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(load_claimreview_schema()).validate(bad)


def test_claimreview_reviews_the_outlets_claims() -> None:
    doc = json.loads(RENDERERS["claimreview"](REC)["claimreview.json"])
    # claims judged: beta's 40% and its total of 7, beta's list without GCTF, the IPCC section for alpha
    # and gamma; not the naming variants, the story facts, the possible mistranslation or the item no
    # other outlet has (the fixture's kind for it is not one of the claim kinds)
    reviewed = sorted((r["keywords"][0], r["itemReviewed"]["author"]["name"]) for r in doc)
    assert reviewed == [
        ("arithmetic", "Weekly Beta"),
        ("count_mismatch", "Weekly Beta"),
        ("missing_entity", "Weekly Beta"),
        ("section_conflict", "Daily Alpha"),
        ("section_conflict", "Portal Gamma"),
    ]
    arithmetic = next(r for r in doc if r["keywords"][0] == "arithmetic")
    assert arithmetic["claimReviewed"] == "其中與環境相關的有2個，佔40%"
    assert arithmetic["reviewRating"]["ratingValue"] == 1
    assert arithmetic["reviewRating"]["alternateName"] == "Incorrect"
    start, end = span(B, "其中與環境相關的有2個，佔40%")
    assert arithmetic["citation"][0]["identifier"] == f"{B}@{start}-{end}"
    assert arithmetic["itemReviewed"]["appearance"]["headline"] == "特朗普宣布退群 完整名單"


def test_csv_has_outlet_columns_and_an_excel_form() -> None:
    files = render_csv(REC)
    mentions = read_csv(files["mentions.csv"])
    assert {r["outlet"] for r in mentions} == {"Daily Alpha", "Weekly Beta", "Portal Gamma"}
    found = read_csv(files["discrepancies.csv"])
    assert next(r for r in found if r["kind"] == "section_conflict")["outlets"] == "Daily Alpha;Portal Gamma"
    excel = excel_csv(files["claims.csv"])
    assert excel.startswith("\ufeffsource,kind,")
    assert "\r\n" in excel and "\n" not in excel.replace("\r\n", "")
    rows = list(csv.DictReader(io.StringIO(excel.encode("utf-8").decode("utf-8-sig"), newline="")))
    assert [r["outlet"] for r in rows] == [r["outlet"] for r in read_csv(files["claims.csv"])]


def test_outlet_names_replace_whole_ids_only() -> None:
    labels = {"ab": "Outlet AB", "001_alpha": "Daily Alpha"}
    assert name_outlets("ab says 001_alpha's list lacks abc (ab, tab)", labels) == (
        "Outlet AB says Daily Alpha's list lacks abc (Outlet AB, tab)"
    )


@dataclasses.dataclass(frozen=True, slots=True)
class _Value:
    number: float
    unit: str


@dataclasses.dataclass(frozen=True, slots=True)
class _RicherMention(Mention):
    region: str = ""
    measures: tuple[_Value, ...] = ()


def test_mentions_csv_shows_fields_the_model_gains() -> None:
    first = min(REC.mentions, key=lambda m: (m.article, m.position))
    richer = _RicherMention(
        **{f.name: getattr(first, f.name) for f in dataclasses.fields(first)},
        region="UN bodies",
        measures=(_Value(13.5, "%"),),
    )
    rec = dataclasses.replace(REC, mentions=(richer, *[m for m in REC.mentions if m is not first]))
    rows = read_csv(render_csv(rec)["mentions.csv"])
    assert list(rows[0])[-3:] == ["outlet", "measures", "region"]
    assert (rows[0]["region"], rows[0]["measures"]) == ("UN bodies", "number=13.5; unit=%")
    assert rows[1]["region"] == ""


def test_a_stray_one_outlet_alone_names_leaves_the_matrix_from_three_lists_on() -> None:
    from pipeline.models import Entity
    from reports import presence

    P = presence.Presence

    def row(entity: str, *presences: presence.Presence) -> tuple[Entity, list[presence.MatrixCell]]:
        cells = [presence.MatrixCell(entity, f"a{k}", p, ()) for k, p in enumerate(presences)]
        return Entity(entity, "", "", "", ()), cells

    shared = row("shared", P.CANONICAL, P.OTHER_NAME, P.MISSING)
    stray = row("stray", P.MISSING, P.MISSING, P.CANONICAL)
    kept, left_out = presence.shared_rows([shared, stray])
    assert ([e.id for e, _ in kept], left_out) == (["shared"], 1)
    # with two lists, what one has and the other lacks is the point of the matrix: every row stays
    two = [row("shared", P.CANONICAL, P.CANONICAL), row("stray", P.MISSING, P.CANONICAL)]
    assert presence.shared_rows(two) == (two, 0)


@pytest.mark.parametrize(
    ("lang", "name", "title"),
    [
        ("zh", "馬爾他", "Chinese"),
        ("zh", "マルタ", "Japanese"),
        ("zh", "国連大学", "Chinese"),
        ("en", "Malta", "English"),
    ],
)
def test_a_naming_variant_in_kana_is_labelled_japanese(lang: str, name: str, title: str) -> None:
    """The glossary's language column: an East Asian name holding kana is Japanese (a kanji-only Japanese
    name cannot be told from Chinese by its characters)."""
    assert variant_language(lang, name) == title
