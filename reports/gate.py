"""The baseline gate for CI: which findings are new, as log lines and as JUnit XML.

A finding is a discrepancy of report.json at or above the ``fail_on`` severity whose fingerprint
(kind, entity, sources, subject; the message wording is not part of it) the baseline lacks. The
baseline is either a report.json document or the smaller document ``baseline_document`` makes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from pipeline.errors import UserFileError
from pipeline.models import SCHEMA_VERSION, Severity, fingerprint_of
from pipeline.userfiles import load_user_json
from reports.validate import BASELINE_KIND, document_problems

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


def fingerprints(doc: dict[str, Any]) -> set[str]:
    """Fingerprints a baseline or report document holds."""
    found = {fingerprint(d) for d in doc.get("discrepancies") or []}
    found.update(str(f) for f in doc.get("fingerprints") or [])
    return found


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
    }


def new_findings(
    baseline: dict[str, Any], current: dict[str, Any], *, fail_on: Severity | str
) -> list[dict[str, Any]]:
    """Discrepancies of ``current`` at or above ``fail_on`` that ``baseline`` does not have, errors first."""
    level = Severity(fail_on).rank
    known = fingerprints(baseline)
    found: dict[str, dict[str, Any]] = {}
    for d in current.get("discrepancies") or []:
        key = fingerprint(d)
        if _rank(d.get("severity")) >= level and key not in known:
            found.setdefault(key, {**d, "fingerprint": key})
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


def ci_lines(findings: list[dict[str, Any]]) -> list[str]:
    """One line per finding: ``SEVERITY kind subject [sources]: message``."""
    return [
        f"{str(d.get('severity', '')).upper()} {d.get('kind', '')} {_one_line(d.get('subject', ''))} "
        f"[{','.join(d.get('sources') or ())}]: {_one_line(d.get('message', ''))}"
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
