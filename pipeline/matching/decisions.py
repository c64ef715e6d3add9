"""Reviewer decisions: a versioned file of ``same`` / ``not_same`` / ``canonical`` rows, resolved
against the mentions of a run into must-link groups, cannot-link pairs and canonical names."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DecisionsError
from pipeline.models import Kind, Mention
from pipeline.normalize.acronyms import acronym_key
from pipeline.normalize.chinese import zh_key
from pipeline.normalize.english import en_key

COL_VERSION = "version"
COL_KIND = "kind"
COL_A = "a"
COL_B = "b"
COL_NAME_EN = "name_en"
COL_NAME_ZH = "name_zh"
COL_FINGERPRINT = "fingerprint"
COL_NOTE = "note"
DECISION_KINDS = ("same", "not_same", "canonical")
# Rows about findings (keyed by a finding's fingerprint, with a note), written by the review tool:
# accepted in the file, not matching decisions.
FINDING_KINDS = ("confirmed", "false_alarm")

_MENTION_REF = re.compile(r"^(?P<article>[^#\s]+)#(?P<position>\d+)$")


@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer decision. ``a``/``b`` are ``article#position`` references or spellings (a spelling
    applies wherever it occurs: the file is a glossary reusable from story to story)."""

    kind: str  # same | not_same | canonical
    a: str
    b: str = ""
    name_en: str = ""
    name_zh: str = ""
    where: str = ""  # "row 3" etc., for messages


@dataclass(frozen=True, slots=True)
class Decisions:
    version: str
    items: tuple[Decision, ...] = ()
    source: str = ""


def load_decisions(path: str | Path) -> Decisions:
    """Read a versioned reviewer-decisions file (JSON or CSV); every problem is reported at once.

    JSON: ``{"version": "1", "decisions": [{"kind": "same", "a": "000#3", "b": "001#20"}, ...]}``.
    CSV: columns ``version, kind, a, b, name_en, name_zh`` (``version`` equal on every row), and
    ``fingerprint, note`` for the rows about findings (kinds ``confirmed`` / ``false_alarm``), which
    are accepted and skipped here. A ``same`` / ``not_same`` row without ``a`` and ``b`` compares the
    two spellings it gives in ``name_zh`` and ``name_en``.
    """
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(f"{p}: cannot read decisions file: {exc}") from exc
    if p.suffix.lower() == ".json" or raw.lstrip().startswith("{"):
        version, rows, problems = _json_rows(p, raw)
    else:
        version, rows, problems = _csv_rows(p, raw)
    if not version:
        problems.append(f"{p}: no version given")
    decisions: list[Decision] = []
    for i, row in enumerate(rows, start=1):
        made = _decision(row, f"{p.name} decision {i}")
        if isinstance(made, str):
            problems.append(made)
        elif made is not None:
            decisions.append(made)
    if problems:
        raise DecisionsError(problems)
    return Decisions(version=version, items=tuple(decisions), source=str(p))


def _json_rows(p: Path, raw: str) -> tuple[str, list[dict[str, str]], list[str]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DecisionsError(f"{p}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise DecisionsError(f"{p}: expected an object with 'version' and 'decisions'")
    problems: list[str] = []
    items = data.get("decisions", [])
    if not isinstance(items, list):
        problems.append(f"{p}: 'decisions' must be a list")
        items = []
    rows: list[dict[str, str]] = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(f"{p}: decision {i} is not an object")
            continue
        rows.append({str(k): "" if v is None else str(v) for k, v in item.items()})
    return str(data.get(COL_VERSION, "") or "").strip(), rows, problems


def _csv_rows(p: Path, raw: str) -> tuple[str, list[dict[str, str]], list[str]]:
    rows: list[dict[str, str]] = []
    versions = set()
    for row in csv.DictReader(raw.splitlines()):
        clean = {str(k).strip(): (v or "").strip() for k, v in row.items() if k is not None}
        versions.add(clean.get(COL_VERSION, ""))
        rows.append(clean)
    versions.discard("")
    problems = []
    if len(versions) > 1:
        problems.append(f"{p}: rows disagree on the version: {', '.join(sorted(versions))}")
    return (min(versions) if versions else ""), rows, problems


def _decision(row: Mapping[str, str], where: str) -> Decision | str | None:
    """The decision of one row, a problem (text), or None for a row about a finding."""
    kind = row.get(COL_KIND, "").strip().lower()
    a, b = row.get(COL_A, "").strip(), row.get(COL_B, "").strip()
    name_en, name_zh = row.get(COL_NAME_EN, "").strip(), row.get(COL_NAME_ZH, "").strip()
    if kind in FINDING_KINDS:
        return None
    if kind not in DECISION_KINDS:
        known = ", ".join((*DECISION_KINDS, *FINDING_KINDS))
        return f"{where}: unknown kind {kind!r} (expected one of {known})"
    if kind in ("same", "not_same") and not a and not b and name_zh and name_en:
        return Decision(kind, name_zh, name_en, "", "", where)  # two spellings of a glossary
    if not a:
        return f"{where}: 'a' is empty"
    if kind in ("same", "not_same") and not b:
        return f"{where}: '{kind}' needs both 'a' and 'b' (or two spellings in name_zh and name_en)"
    if kind == "canonical" and not (name_en or name_zh):
        return f"{where}: 'canonical' needs name_en or name_zh"
    return Decision(kind, a, b, name_en, name_zh, where)


def unused_summary(unused: Sequence[str]) -> str:
    """``"2 glossary decisions not used in this run (rows 4, 7)"`` for the ``where`` of unused decisions."""
    n = len(unused)
    shown = ", ".join(w.rpartition(" ")[2] for w in unused[:10]) + (" ..." if n > 10 else "")
    return f"{n} glossary decision{'s' if n != 1 else ''} not used in this run (rows {shown})"


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True, slots=True)
class _Constraints:
    """Reviewer decisions resolved to mention indices."""

    group: tuple[int, ...]  # must-link group id per mention (its own index when alone)
    cannot: frozenset[tuple[int, int]]  # (i, j) with i < j
    canonical: Mapping[int, Decision]  # group id -> canonical decision
    used: frozenset[int]  # mentions named by some decision
    unused: tuple[str, ...] = ()  # decisions (their ``where``) naming a spelling or mention not in the run


class _NameIndex:
    """Mention indices by key and by the keys of their names, to resolve decision references."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.by_key = {m.key: i for i, m in enumerate(mentions)}
        self.zh: dict[str, list[int]] = defaultdict(list)
        self.en: dict[str, list[int]] = defaultdict(list)
        self.acronym: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            for k in {zh_key(n) for n in (m.name_zh, *m.aliases) if n} - {""}:
                self.zh[k].append(i)
            for k in {en_key(n) for n in (m.name_en, *m.aliases) if n} - {""}:
                self.en[k].append(i)
            if m.acronym and acronym_key(m.acronym):
                self.acronym[acronym_key(m.acronym)].append(i)

    def resolve(self, ref: str) -> list[int]:
        if _MENTION_REF.match(ref):
            return [self.by_key[ref]] if ref in self.by_key else []
        zk, ek, ak = zh_key(ref), en_key(ref), acronym_key(ref)
        hits = set(self.zh.get(zk, ())) | set(self.en.get(ek, ()))
        if ak and ref.strip() == ref.strip().upper():
            hits |= set(self.acronym.get(ak, ()))
        return sorted(hits)


def _constraints(
    decisions: Decisions | None,
    mentions: Sequence[Mention],
    *,
    applies: Sequence[bool],
) -> _Constraints:
    """Resolve decisions against ``mentions``; raise DecisionsError listing every conflict.

    ``applies[i]`` says whether mention i takes part in this stage. A decision with a reference that
    names no mention of the run (a glossary spelling of another story, a mention of another run) does
    not apply: it is listed in ``unused``.
    """
    n = len(mentions)
    uf = _UnionFind(n)
    if decisions is None or not decisions.items:
        return _Constraints(tuple(range(n)), frozenset(), {}, frozenset())
    index = _NameIndex(mentions)
    problems: list[str] = []
    resolved: list[tuple[Decision, list[int], list[int]]] = []
    unused: list[str] = []
    for d in decisions.items:
        ia = index.resolve(d.a)
        ib = index.resolve(d.b) if d.b else []
        if any(r and not hit for r, hit in ((d.a, ia), (d.b, ib))):
            unused.append(d.where)
            continue
        resolved.append((d, [i for i in ia if applies[i]], [i for i in ib if applies[i]]))
    for d, ia, ib in resolved:
        if d.kind == "same":
            for i in ia + ib:
                uf.union(i, (ia + ib)[0])
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[uf.find(i)].append(i)
    for _root, idx in sorted(members.items()):
        if len(idx) < 2:
            continue
        per_article = Counter(mentions[i].article for i in idx if mentions[i].kind is Kind.LIST)
        clash = sorted(a for a, c in per_article.items() if c > 1)
        if clash:
            keys = ", ".join(mentions[i].key for i in idx)
            problems.append(
                f"decisions make {keys} one organization, but article(s) {', '.join(clash)} "
                "list more than one of them"
            )
    cannot: set[tuple[int, int]] = set()
    canonical: dict[int, Decision] = {}
    for d, ia, ib in resolved:
        if d.kind == "not_same":
            for i in ia:
                for j in ib:
                    if i == j:  # a name reference also matches the mention it is compared with
                        continue
                    if uf.find(i) == uf.find(j):
                        problems.append(
                            f"{d.where}: says {mentions[i].key} and {mentions[j].key} differ, "
                            "but 'same' decisions join them"
                        )
                    cannot.add((min(i, j), max(i, j)))
        elif d.kind == "canonical":
            for root in sorted({uf.find(i) for i in ia}):
                prev = canonical.get(root)
                if prev is not None and (prev.name_en, prev.name_zh) != (d.name_en, d.name_zh):
                    problems.append(f"{d.where}: conflicts with {prev.where} on the canonical name")
                canonical[root] = d
    if problems:
        raise DecisionsError(problems)
    used = frozenset(i for _d, ia, ib in resolved for i in ia + ib)
    group = tuple(uf.find(i) for i in range(n))
    return _Constraints(group, frozenset(cannot), canonical, used, tuple(unused))
