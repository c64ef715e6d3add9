"""Reviewer verdicts on findings: a finding confirmed (with a note) or marked a false alarm.

Verdicts live in the reviewer-decisions file beside the link decisions, as rows of kind ``confirmed``
or ``false_alarm`` carrying the finding's ``fingerprint`` and an optional ``note``::

    {"kind": "false_alarm", "fingerprint": "unlinked_list||005_x|list", "note": "a different list"}

A verdict holds while its fingerprint does: a run whose finding has the same fingerprint gets the
verdict, a finding whose fingerprint changed (another entity, other outlets at fault) is judged anew.
The last verdict on a fingerprint wins, so a false alarm is taken back by confirming the finding.
A false alarm moves the finding to the reconciliation's ``suppressed`` findings (listed by every report
as suppressed by the reviewer, never dropped); a confirmed finding stays, carrying the note.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from pipeline.decision_file import DecisionRows, read_rows
from pipeline.errors import DecisionsError
from pipeline.models import Discrepancy

COL_KIND = "kind"
COL_FINGERPRINT = "fingerprint"
COL_NOTE = "note"
MAX_NOTE = 2000


class VerdictKind(StrEnum):
    CONFIRMED = "confirmed"
    FALSE_ALARM = "false_alarm"


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: VerdictKind
    fingerprint: str
    note: str = ""


def verdicts_of(rows: DecisionRows, *, where: str = "") -> tuple[Verdict, ...]:
    """The verdict rows among a decisions file's rows; a verdict without a fingerprint, or with a note
    over ``MAX_NOTE`` characters, is a ``DecisionsError`` (every such row listed)."""
    out: list[Verdict] = []
    problems: list[str] = []
    for i, row in enumerate(rows.rows, start=1):
        kind = row.get(COL_KIND, "").strip().lower()
        if kind not in VerdictKind.__members__.values():
            continue
        fingerprint, note = row.get(COL_FINGERPRINT, ""), row.get(COL_NOTE, "")
        if not fingerprint:
            problems.append(f"{where} decision {i}: '{kind}' needs the finding's 'fingerprint'")
        elif len(note) > MAX_NOTE:
            problems.append(f"{where} decision {i}: the note is over {MAX_NOTE} characters")
        else:
            out.append(Verdict(VerdictKind(kind), fingerprint, note))
    if problems:
        raise DecisionsError(problems)
    return tuple(out)


def load_verdicts(path: str | Path) -> tuple[Verdict, ...]:
    """The verdicts of the decisions file at ``path`` (its link decisions are left to matching)."""
    return verdicts_of(read_rows(path), where=Path(path).name)


def latest(verdicts: Iterable[Verdict]) -> dict[str, Verdict]:
    """Fingerprint -> the last verdict given on it."""
    out: dict[str, Verdict] = {}
    for v in verdicts:
        out[v.fingerprint] = v
    return out


def apply_verdicts(
    discrepancies: Sequence[Discrepancy], verdicts: Iterable[Verdict]
) -> tuple[tuple[Discrepancy, ...], tuple[Discrepancy, ...]]:
    """``(kept, suppressed)``: false alarms move to ``suppressed`` with their note; a confirmed finding
    stays with its note; findings without a verdict are unchanged. Order is kept in both."""
    by_fingerprint = latest(verdicts)
    kept: list[Discrepancy] = []
    suppressed: list[Discrepancy] = []
    for d in discrepancies:
        verdict = by_fingerprint.get(d.fingerprint)
        if verdict is None:
            kept.append(d)
        elif verdict.kind is VerdictKind.FALSE_ALARM:
            suppressed.append(replace(d, note=verdict.note))
        else:
            kept.append(replace(d, note=verdict.note))
    return tuple(kept), tuple(suppressed)
