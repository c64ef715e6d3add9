"""The baseline gate for CI: which findings are new, as log lines and as JUnit XML.

A finding is a discrepancy of report.json at or above the ``fail_on`` severity that the baseline
lacks. Findings are compared per outlet: a finding's outlet keys are one ``kind|entity|outlet|subject``
per outlet at fault (the subject only for findings about no entity; the message wording is not part of
it), so a key never depends on which other outlets agree, and a finding is new when one of its keys
is. Problems with the inputs (an empty file, a binary or error page, a page without the list it
announces) are findings of their own kind, ``input_problem``, with their own level
(``fail_on_input``). The baseline is either a report.json document or the smaller document
``baseline_document`` makes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePath
from typing import Any

from pipeline.errors import UserFileError
from pipeline.models import SCHEMA_VERSION, Severity, fingerprint_of
from pipeline.userfiles import load_user_json
from reports.outlet_names import outlet_namer
from reports.validate import BASELINE_KIND, document_problems

INPUT_PROBLEM = "input_problem"
#: the problem code of a page in which no list was found; it is a warning when the page states a count
NO_LIST = "no-list"

# characters XML 1.0 cannot carry, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def load_document(path: str, *, what: str) -> dict[str, Any]:
    """A report.json or baseline file, read within the user-file limits and checked for shape and
    version; ``UserFileError`` lists what is wrong."""
    doc = load_user_json(path, what=what)
    problems = document_problems(doc, f"{what} {path}")
    if problems:
        raise UserFileError(problems)
    return doc  # type: ignore[no-any-return]


def fingerprint(d: dict[str, Any]) -> str:
    """A discrepancy's fingerprint: the stored one, else computed as ``Discrepancy.fingerprint`` does."""
    given = d.get("fingerprint")
    if isinstance(given, str) and given:
        return given
    return fingerprint_of(
        str(d.get("kind", "")),
        d.get("entity") or None,
        list(d.get("sources") or ()),
        str(d.get("subject", "")),
    )


def outlet_keys(d: dict[str, Any]) -> list[str]:
    """One key per outlet at fault (one key with no outlet when the finding names none)."""
    kind = str(d.get("kind", ""))
    entity = d.get("entity") or None
    subject = str(d.get("subject", ""))
    sources = sorted(str(s) for s in d.get("sources") or ()) or [""]
    return [fingerprint_of(kind, entity, [s] if s else [], subject) for s in sources]


def fingerprints(doc: dict[str, Any]) -> set[str]:
    """Fingerprints and outlet keys a baseline or report document holds."""
    found = {fingerprint(d) for d in doc.get("discrepancies") or []}
    found.update(str(f) for f in doc.get("fingerprints") or [])
    for d in [*(doc.get("discrepancies") or []), *input_findings(doc)]:
        found.update(outlet_keys(d))
    return found


def _input_name(where: str) -> str:
    """An input's stable name: the article id, or the file name of an input that was never read."""
    return PurePath(where).name or where


def input_level(problem: dict[str, Any], stated: set[str]) -> str:
    """A problem's level as a finding: its own severity, except that a page without a list that states a
    count of one (``stated``: the articles that state a total) is a warning: a list was expected."""
    severity = str(problem.get("severity", Severity.INFO.value))
    if problem.get("code") == NO_LIST and str(problem.get("article", "")) in stated and _rank(severity) < 1:
        return Severity.WARNING.value
    return severity


def input_findings(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The problems with the inputs of a report.json (or baseline) as findings, sorted."""
    if "input_problems" in doc:
        return [dict(x) for x in doc.get("input_problems") or []]
    stated = {str(c.get("article", "")) for c in doc.get("claims") or [] if c.get("kind") == "total"}
    out = []
    for p in doc.get("problems") or []:
        name = _input_name(str(p.get("article", "")))
        code = str(p.get("code", ""))
        finding = {
            "kind": INPUT_PROBLEM,
            "severity": input_level(p, stated),
            "entity": None,
            "sources": [name],
            "subject": code,
            "message": str(p.get("message", "")),
            "evidence": [],
        }
        finding["fingerprint"] = fingerprint(finding)
        out.append(finding)
    out.sort(key=lambda d: (-_rank(d["severity"]), d["subject"], d["fingerprint"]))
    return out


def _rank(severity: object) -> int:
    try:
        return Severity(str(severity)).rank
    except ValueError:
        return -1


def finding(d: dict[str, Any], *, with_evidence: bool = True) -> dict[str, Any]:
    """One discrepancy of a report.json, reduced to what diff and the gate compare and print."""
    out = {
        "fingerprint": fingerprint(d),
        "kind": d.get("kind", ""),
        "severity": d.get("severity", ""),
        "entity": d.get("entity"),
        "sources": list(d.get("sources") or ()),
        "subject": d.get("subject", ""),
        "message": d.get("message", ""),
    }
    if with_evidence:
        out["evidence"] = list(d.get("evidence") or ())
    return out


def baseline_document(report: dict[str, Any]) -> dict[str, Any]:
    """What ``--write-baseline`` keeps of a report: the discrepancies that define the accepted state."""
    kept = [finding(d, with_evidence=False) for d in report.get("discrepancies") or []]
    kept.sort(key=lambda d: (-_rank(d["severity"]), d["kind"], d["subject"], d["fingerprint"]))
    return {
        "kind": BASELINE_KIND,
        "schema_version": str(report.get("schema_version") or SCHEMA_VERSION),
        "articles": sorted(str(a.get("id", "")) for a in report.get("articles") or []),
        "discrepancies": kept,
        "input_problems": [finding(d, with_evidence=False) for d in input_findings(report)],
    }


def _new(
    candidates: list[dict[str, Any]], known: set[str], level: int, found: dict[str, dict[str, Any]]
) -> None:
    for d in candidates:
        key = fingerprint(d)
        if _rank(d.get("severity")) >= level and not set(outlet_keys(d)) <= known and key not in known:
            found.setdefault(key, {**d, "fingerprint": key})


def new_findings(
    baseline: dict[str, Any],
    current: dict[str, Any],
    *,
    fail_on: Severity | str,
    fail_on_input: Severity | str | None = None,
) -> list[dict[str, Any]]:
    """Findings of ``current`` that ``baseline`` does not have, errors first: discrepancies at or above
    ``fail_on`` and, when ``fail_on_input`` is given, input problems at or above it."""
    level = Severity(fail_on).rank
    known = fingerprints(baseline)
    found: dict[str, dict[str, Any]] = {}
    _new(list(current.get("discrepancies") or []), known, level, found)
    if fail_on_input is not None:
        _new(input_findings(current), known, Severity(fail_on_input).rank, found)
    return sorted(
        found.values(),
        key=lambda d: (
            -_rank(d.get("severity")),
            str(d.get("kind", "")),
            str(d.get("subject", "")),
            d["fingerprint"],
        ),
    )


def _one_line(text: object) -> str:
    return _SPACE.sub(" ", str(text)).strip()


def outlet_names(doc: dict[str, Any]) -> dict[str, str]:
    """Article id -> outlet name, from a report.json's articles (ids where outlets repeat or lack)."""
    articles = doc.get("articles") or []
    seen: dict[str, int] = {}
    for a in articles:
        seen[str(a.get("outlet", ""))] = seen.get(str(a.get("outlet", "")), 0) + 1
    return {
        str(a.get("id", "")): str(a["outlet"])
        for a in articles
        if a.get("outlet") and seen[str(a["outlet"])] == 1
    }


def ci_lines(findings: list[dict[str, Any]], *, names: dict[str, str] | None = None) -> list[str]:
    """One line per finding: ``SEVERITY kind subject [sources]: message``; with ``names``, each source
    is ``outlet=id`` and the message names outlets instead of article ids."""
    names = names or {}
    named = outlet_namer(names)

    def source(s: str) -> str:
        return f"{names[s]}={s}" if s in names else s

    return [
        f"{str(d.get('severity', '')).upper()} {d.get('kind', '')} {_one_line(d.get('subject', ''))} "
        f"[{','.join(source(s) for s in d.get('sources') or ())}]: "
        f"{_one_line(named(str(d.get('message', ''))))}"
        for d in findings
    ]


def _xml_text(text: object) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def junit_xml(findings: list[dict[str, Any]], *, suite: str) -> str:
    """JUnit XML: one failing test case per finding, one passing test case when there is none."""
    failures = len(findings)
    tests = max(failures, 1)
    root = ET.Element(
        "testsuites",
        {"name": _xml_text(suite), "tests": str(tests), "failures": str(failures), "errors": "0"},
    )
    node = ET.SubElement(
        root,
        "testsuite",
        {
            "name": _xml_text(suite),
            "tests": str(tests),
            "failures": str(failures),
            "errors": "0",
            "skipped": "0",
        },
    )
    if not findings:
        ET.SubElement(node, "testcase", {"classname": _xml_text(suite), "name": "no new findings"})
    for d in findings:
        subject = _one_line(d.get("subject", ""))
        entity = str(d.get("entity") or "")
        name = subject + (f" ({entity})" if entity and entity != subject else "")
        name += f" [{','.join(d.get('sources') or ())}]"
        case = ET.SubElement(
            node,
            "testcase",
            {"classname": _xml_text(f"{suite}.{d.get('kind', '')}"), "name": _xml_text(name)},
        )
        failure = ET.SubElement(
            case,
            "failure",
            {"type": _xml_text(d.get("severity", "")), "message": _xml_text(_one_line(d.get("message", "")))},
        )
        details = [f"fingerprint: {d['fingerprint'] if 'fingerprint' in d else fingerprint(d)}"]
        for e in d.get("evidence") or []:
            details.append(
                f"{e.get('article', '')} chars {e.get('start', '')}-{e.get('end', '')}: {e.get('quote', '')}"
            )
        failure.text = _xml_text("\n".join(details))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
