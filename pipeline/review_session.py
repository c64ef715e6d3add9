"""One review's state (``crosscheck review``, ``pipeline.review``): the report folder, its run record and
decisions file, the posted action turned into a decision row, and the run again with it.

Each action the page posts (same / not the same / canonical name for a link, confirmed / false alarm
for a finding) becomes one row appended to the decisions file (``pipeline.decision_file``: atomic,
its format and earlier rows kept). The reconciliation then runs again from the inputs the folder's
``run.json`` records, with the decisions file, and the report folder is written again by the normal
safe writer. A decision the run refuses (two items of one list declared the same) is taken back: the
file returns to what it was and the page says why. Articles are read once per review (``ParseCache``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.decision_file import append_decisions, read_text
from pipeline.errors import CrosscheckError
from pipeline.models import Kind, Reconciliation
from pipeline.output import write_file, write_folder
from pipeline.run import reconcile
from pipeline.runrecord import RUN_FILE, RunRecord, run_record_text
from pipeline.verdicts import MAX_NOTE, VerdictKind, latest, load_verdicts
from pipeline.workers import Parsed, parse_all

MAX_NAME = 200
LINK_ACTIONS = ("same", "not_same")


class ParseCache:
    """``parse_all`` that reads a file once per review: an article whose file has the same size, inode and
    modification time as when it was read is not read again (decisions change matching, not reading)."""

    def __init__(self) -> None:
        self._read: dict[tuple[object, ...], Parsed] = {}

    @staticmethod
    def _key(path: Path, max_bytes: int, seconds: float, known: frozenset[str]) -> tuple[object, ...] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return (str(path), info.st_ino, info.st_size, info.st_mtime_ns, max_bytes, seconds, known)

    def __call__(
        self, paths: Sequence[Path], *, max_bytes: int, seconds: float, **kwargs: Any
    ) -> list[Parsed]:
        # an article read again with the names the others list is another reading of it
        keys = [self._key(p, max_bytes, seconds, kwargs.get("known", frozenset())) for p in paths]
        missing = [p for p, k in zip(paths, keys, strict=True) if k is None or k not in self._read]
        fresh = dict(
            zip(missing, parse_all(missing, max_bytes=max_bytes, seconds=seconds, **kwargs), strict=True)
        )
        for p, k in zip(paths, keys, strict=True):
            if k is not None and p in fresh and fresh[p].result.article is not None:
                self._read[k] = fresh[p]  # a file that could not be read is tried again next time
        return [
            fresh[p] if p in fresh or k is None else self._read[k] for p, k in zip(paths, keys, strict=True)
        ]


class ActionError(Exception):
    """A posted action that cannot be taken; the message is shown on the page."""


def default_decisions(out_dir: Path, record: RunRecord) -> Path:
    """The run's decisions file, else ``<folder name>.decisions.json`` beside the report folder."""
    if record.options.decisions:
        return Path(record.options.decisions)
    return out_dir.parent / f"{out_dir.name}.decisions.json"


def _clean(value: Any, what: str, *, limit: int) -> str:
    if not isinstance(value, str):
        raise ActionError(f"{what} must be text")
    text = value.strip()
    if len(text) > limit:
        raise ActionError(f"{what} is longer than {limit} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" for ch in text):
        raise ActionError(f"{what} holds control characters")
    return text


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)


@dataclass
class ReviewSession:
    """The state of one review: the folder, its run record, the decisions file, the current result."""

    out_dir: Path
    record: RunRecord
    decisions: Path
    links: int
    rec: Reconciliation | None = None
    cache: ParseCache = field(default_factory=ParseCache)

    def rebuild(self) -> Reconciliation:
        """Run again with the decisions file (when it exists) and write the report folder."""
        from reports import FORMATS, RENDERERS
        from reports.csv_writer import excel_csv

        decisions = str(self.decisions) if self.decisions.exists() else None
        options = replace(self.record.options, decisions=decisions)
        rec = reconcile(list(self.record.inputs), options=options, parse=self.cache)
        formats = [f for f in self.record.formats if f in FORMATS] or list(FORMATS)
        files: dict[str, str] = {}
        for fmt in formats:
            files.update(RENDERERS[fmt](rec))
        if self.record.excel:
            files = {name: excel_csv(text) if name.endswith(".csv") else text for name, text in files.items()}
        files[RUN_FILE] = run_record_text(self.record.inputs, options, formats, excel=self.record.excel)
        write_folder(self.out_dir, files)
        self.rec = rec
        return rec

    def confirmed(self) -> frozenset[str]:
        if not self.decisions.exists():
            return frozenset()
        return frozenset(
            fp for fp, v in latest(load_verdicts(self.decisions)).items() if v.kind is VerdictKind.CONFIRMED
        )

    def row(self, payload: Mapping[str, Any]) -> dict[str, str]:
        """The decision row a posted action stands for, checked against the current result."""
        rec = self.rec
        assert rec is not None
        action = payload.get("action")
        lists = {m.key for m in rec.mentions if m.kind is Kind.LIST}
        if action in LINK_ACTIONS or action == "canonical":
            mention = _clean(payload.get("mention"), "mention", limit=MAX_NAME)
            if mention not in lists:
                raise ActionError(f"no list item {mention!r} in this report")
            if action == "canonical":
                name = _clean(payload.get("name"), "the canonical name", limit=MAX_NAME)
                if not name:
                    raise ActionError("the canonical name is empty")
                return {"kind": "canonical", "a": mention, ("name_zh" if _has_cjk(name) else "name_en"): name}
            other = _clean(payload.get("other"), "other", limit=MAX_NAME)
            if other not in lists or other == mention:
                raise ActionError(f"no other list item {other!r} to compare {mention} with")
            return {"kind": str(action), "a": mention, "b": other}
        if action in VerdictKind.__members__.values():
            fingerprint = _clean(payload.get("fingerprint"), "fingerprint", limit=10_000)
            known = {d.fingerprint for d in (*rec.discrepancies, *rec.suppressed)}
            if fingerprint not in known:
                raise ActionError("no finding with this fingerprint in this report")
            note = _clean(payload.get("note", ""), "the note", limit=MAX_NOTE)
            return {"kind": str(action), "fingerprint": fingerprint, "note": note}
        raise ActionError(f"unknown action {str(action)[:40]!r}")

    def decide(self, payload: Mapping[str, Any]) -> str:
        """Append the action's decision and run again; on a refused decision restore the file."""
        row = self.row(payload)
        before = read_text(self.decisions, keep_bom=True) if self.decisions.exists() else None
        append_decisions(self.decisions, [row])
        try:
            rec = self.rebuild()
        except CrosscheckError as exc:
            if before is None:
                self.decisions.unlink(missing_ok=True)
            else:
                write_file(self.decisions, before, what="decisions")
            raise ActionError("not saved: " + "; ".join(exc.problems)) from None
        return (
            f"Saved {row['kind']} to {self.decisions.name}; ran again: {len(rec.entities)} entities, "
            f"{sum(1 for d in rec.discrepancies if d.severity.rank >= 1)} findings, "
            f"{len(rec.suppressed)} suppressed."
        )

    def page(self) -> str:
        from reports.review_page import review_page

        assert self.rec is not None
        files = sorted(p.name for p in self.out_dir.iterdir() if p.is_file() and not p.name.startswith("."))
        return review_page(
            self.rec,
            decisions=str(self.decisions),
            confirmed=self.confirmed(),
            limit=self.links,
            report_files=[f for f in files if f != RUN_FILE],
        )
