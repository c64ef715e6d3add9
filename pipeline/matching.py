"""Entity matching: which mentions in different articles name the same organization.

How it works
============

Names and keys
    Every mention contributes *forms*: Chinese names (``name_zh`` and Chinese aliases), English
    names (``name_en`` and English aliases) and acronyms (``acronym`` and acronym-like aliases).
    A parent body the article attaches to an item (``Mention.parent``), and any acronym that one
    article attaches to several of its items, is removed from that article's names and never used
    as evidence: it identifies no single item. Keys come from :mod:`pipeline.normalize`.

Evidence between two mentions (one number per signal, 0..1, or absent)
    * Chinese: cosine of character bigram + single character vectors weighted by IDF over all
      names in the run, on the script-folded key. Grams shared by many names prove little; a shared
      rare bigram proves much; word order matters little. A few generic words of the domain (the
      "United Nations", "international", "organization", "agreement" words, ``GENERIC_ZH`` /
      ``GENERIC_EN``: language knowledge) have their IDF scaled down by ``GENERIC_WEIGHT``,
      because one small run can make them look rare.
    * English: cosine of IDF-weighted word vectors (function words dropped), or, when the spelling
      is nearly identical (``rapidfuzz`` ``token_sort_ratio`` >= 90, computed with
      ``rapidfuzz.process.cdist``), that ratio.
    * Acronym: a given acronym equal to another given acronym (1.0), equal to one derived from the
      other side's English name (0.9), or compatible with its initials (0.55).

Knowledge (``pipeline.knowledge``, passed as ``knowledge``)
    * Gazetteer codes: each mention's names are looked up once; when the names that resolve to a
      single code agree, the mention has that code. Against an entity holding the same code alone
      the score is at least ``GAZETTEER_SCORE`` (level ``gazetteer``, the code in the reason);
      against an entity holding another code the pair is forbidden, whatever the text says.
      Reviewer decisions still win.
    * Regional folding: a Chinese name also contributes its Taiwan -> mainland phrase-folded key
      (``寮國`` -> ``老挝``), compared like its other keys.
    * Pinyin: between two short Chinese keys without a generic word, ``PHONETIC_WEIGHT`` x the
      pinyin similarity (from ``PHONETIC_GATE``) counts as Chinese evidence when it beats the
      characters' cosine; the link's reason then shows both readings.

Mention to entity
    An entity carries every form of its members, so a signal between a mention and an entity is the
    best value over the members (a Chinese-only mention reaches an English-only one through a third
    article's bilingual pair: a *bilingual bridge*). The signals combine as
    ``best + AGREEMENT * second_best * (1 - best)``: the strongest evidence counts, and a second
    language that agrees lifts it a little. Reviewer decisions override the number.

Assignment
    An entity holds at most one list mention per article. List articles are ordered by list
    length (longest first), then id; the first founds the entities, each next one is aligned to the
    growing entity set with ``scipy.optimize.linear_sum_assignment`` on a mentions x (entities +
    "new entity") matrix in which founding a new entity is worth ``score_cutoff``. A proposed pair
    is kept when its score reaches ``sure_score``, or reaches ``score_cutoff`` and beats the
    mention's next best entity by ``min_margin`` (weak *and* indistinct evidence is what a stray
    looks like); otherwise the mention founds a new entity ("found in no other outlet"). The three
    numbers are calibrated by leaving one article out (benchmarks/calibrate.py,
    benchmarks/calibration.md).
    Then every article in turn is taken out and aligned again against the entities of all the
    others, until nothing changes (at most ``_MAX_PASSES`` passes), so that a later list can bridge
    two earlier ones. When an article's list is complete (``totals`` says how many items it should
    have and it has that many) and exactly one of its items and one entity are left over while the
    entity set is as large as the list, that pair is linked by elimination; never for a partial list.

Cost
    Evidence is computed between distinct keys, not between mentions: each distinct Chinese or
    English key has one IDF vector, and the similarities of keys are kept in one table per language
    (up to ``_TABLE_KEYS`` keys) that every alignment reuses. An entity is scored as one row that
    carries the union of its members' keys and acronyms (the acronym rules only ask whether some
    pair of acronyms exists, so the union scores as the best member does), kept up to date as
    members come and go. Aligning an article therefore costs its items x the entities' distinct
    forms, however many articles repeat a name: time and memory grow linearly with the number of
    list articles when outlets use the same names, and with the number of distinct spellings and
    of entities when they do not.

Links and reasons
    Every link says how it was made (level), its score, its margin over the mention's best other
    entity and that entity's id, and a reason in words. The founding mention of an entity gets
    ``Level.SEED``; a mention that founds an entity alone ("found in no other outlet") gets a
    margin of ``score_cutoff - best other score``, so a near miss shows up in ``review_links``.
    A link is BRIDGE when its decisive language is missing from the founding mention and the
    direct evidence against the founder is below the cutoff.

Prose
    ``link_prose`` scores prose candidates against a gazetteer built from every entity's variants
    (all Chinese, English and acronym forms, in either script) with the same scorer and rule; any
    number of prose mentions may link to one entity; weak or indistinct candidates stay unlinked.

Canonical entity
    id: slug of the most used English key (ties: shortest, then alphabetical); without English,
    ``zh-`` plus the Simplified Chinese key; without either, ``acronym-`` plus the acronym key.
    Collisions get ``-2``, ``-3`` ... in the order of the entities' first mention keys. name_en,
    name_zh and acronym are the most used forms; variants list every distinct form with the articles
    using it.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from pipeline.errors import DecisionsError
from pipeline.knowledge import Knowledge, code_of
from pipeline.knowledge.phonetic import PHONETIC_GATE, PHONETIC_MAX_CHARS, pinyin_key
from pipeline.knowledge.regional import regional_key
from pipeline.models import Entity, Kind, Level, Link, Mention, Variant
from pipeline.normalize import acronym_key, derive_acronym, en_key, en_tokens, zh_key, zh_ngrams

__all__ = [
    "DEFAULT_MIN_MARGIN",
    "DEFAULT_REVIEW_MARGIN",
    "DEFAULT_SCORE_CUTOFF",
    "DEFAULT_SURE_SCORE",
    "PROSE_MIN_MARGIN",
    "PROSE_SCORE_CUTOFF",
    "Decision",
    "Decisions",
    "Matching",
    "ScoreTable",
    "link_prose",
    "load_decisions",
    "match_lists",
    "entity_scores",
    "review_links",
    "score_against",
]

# Calibrated on held-out articles of the bundled example: see benchmarks/calibration.md.
DEFAULT_SCORE_CUTOFF = 0.25
DEFAULT_MIN_MARGIN = 0.1
DEFAULT_SURE_SCORE = 0.9
DEFAULT_REVIEW_MARGIN = 0.15
# Prose candidates are any organization-like phrase of running text, with no list (and so no
# one-per-article assignment) to keep a look-alike off an entity: they need stronger evidence.
# In the bundled articles the weakest true prose link scores 0.539 and the strongest off-list
# phrase 0.362 (benchmarks/calibration.md, "Prose").
PROSE_SCORE_CUTOFF = 0.5
PROSE_MIN_MARGIN = DEFAULT_MIN_MARGIN

UNIGRAM_WEIGHT = 1.0
# Words that name what kind of body something is, or that almost every name of this domain carries:
# language knowledge (not names). Their IDF is multiplied by GENERIC_WEIGHT, because a small run
# can make them look rare (one "Agreement" on a list proves nothing about another agreement).
GENERIC_WEIGHT = 0.25
GENERIC_EN = frozenset({"international", "un", "organization", "agreement", "office", "global", "world"})
GENERIC_ZH = (
    "联合国",
    "国际",
    "组织",
    "全球",
    "世界",
    "协定",
    "办公室",
    "机构",
)  # weight of single characters next to bigrams in the Chinese vectors
AGREEMENT = 0.5  # how much a second agreeing signal lifts the best one
FUZZ_GATE = 0.9  # token_sort_ratio (0..1) from which English spelling counts as near-identical
ACRONYM_GIVEN = 1.0
ACRONYM_DERIVED = 0.9
ACRONYM_COMPATIBLE = 0.55
# Knowledge (pipeline.knowledge): one gazetteer code on both sides is sure evidence (above
# sure_score); two different codes forbid the pair. Two short Chinese names that sound alike
# (pinyin similarity >= PHONETIC_GATE) count PHONETIC_WEIGHT x that similarity as Chinese evidence:
# below sure_score, so a transliteration still needs its margin.
GAZETTEER_SCORE = 0.95
PHONETIC_WEIGHT = 0.8
_REVIEWER_SCORE = 10.0
_FORBIDDEN = -1e6
_MISSING = -1.0
_MAX_PASSES = 4

# Decision file columns / keys.
COL_VERSION = "version"
COL_KIND = "kind"
COL_A = "a"
COL_B = "b"
COL_NAME_EN = "name_en"
COL_NAME_ZH = "name_zh"
DECISION_KINDS = ("same", "not_same", "canonical")

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ACRONYM_LIKE = re.compile(r"^[A-Z0-9][A-Z0-9.\-&/]*[A-Z0-9.]$")
_MENTION_REF = re.compile(r"^(?P<article>[^#\s]+)#(?P<position>\d+)$")


# --------------------------------------------------------------------------------------------------
# Public records


@dataclass(frozen=True, slots=True)
class Matching:
    """Entities and the links that tie mentions to them."""

    entities: tuple[Entity, ...]
    links: tuple[Link, ...]

    def entity_of(self, mention_key: str) -> str | None:
        for link in self.links:
            if link.mention == mention_key:
                return link.entity
        return None

    def clusters(self) -> dict[str, tuple[str, ...]]:
        """Entity id -> its mention keys."""
        return {e.id: e.mentions for e in self.entities}


@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer decision. ``a``/``b`` are ``article#position`` references or names."""

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


@dataclass(frozen=True, slots=True)
class ScoreTable:
    """Scores of some mentions against the entities of a matching (rows x entity ids)."""

    mentions: tuple[str, ...]
    entities: tuple[str, ...]
    scores: np.ndarray = field(repr=False)


# --------------------------------------------------------------------------------------------------
# Decisions


def load_decisions(path: str | Path) -> Decisions:
    """Read a versioned reviewer-decisions file (JSON or CSV); every problem is reported at once.

    JSON: ``{"version": "1", "decisions": [{"kind": "same", "a": "000#3", "b": "001#20"}, ...]}``.
    CSV: columns ``version, kind, a, b, name_en, name_zh`` (``version`` equal on every row).
    """
    p = Path(path)
    problems: list[str] = []
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(f"{p}: cannot read decisions file: {exc}") from exc
    rows: list[dict[str, str]] = []
    version = ""
    if p.suffix.lower() == ".json" or raw.lstrip().startswith("{"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DecisionsError(f"{p}: not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise DecisionsError(f"{p}: expected an object with 'version' and 'decisions'")
        version = str(data.get(COL_VERSION, "") or "").strip()
        items = data.get("decisions", [])
        if not isinstance(items, list):
            problems.append(f"{p}: 'decisions' must be a list")
            items = []
        for i, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                problems.append(f"{p}: decision {i} is not an object")
                continue
            rows.append({str(k): "" if v is None else str(v) for k, v in item.items()})
    else:
        reader = csv.DictReader(raw.splitlines())
        versions = set()
        for row in reader:
            clean = {str(k).strip(): (v or "").strip() for k, v in row.items() if k is not None}
            versions.add(clean.get(COL_VERSION, ""))
            rows.append(clean)
        versions.discard("")
        if len(versions) > 1:
            problems.append(f"{p}: rows disagree on the version: {', '.join(sorted(versions))}")
        version = min(versions) if versions else ""
    if not version:
        problems.append(f"{p}: no version given")
    decisions: list[Decision] = []
    for i, row in enumerate(rows, start=1):
        where = f"{p.name} decision {i}"
        kind = row.get(COL_KIND, "").strip().lower()
        a, b = row.get(COL_A, "").strip(), row.get(COL_B, "").strip()
        name_en, name_zh = row.get(COL_NAME_EN, "").strip(), row.get(COL_NAME_ZH, "").strip()
        if kind in ("confirmed", "false_alarm"):  # verdicts on findings: read by pipeline.verdicts
            continue
        if kind not in DECISION_KINDS:
            problems.append(f"{where}: unknown kind {kind!r} (expected one of {', '.join(DECISION_KINDS)})")
            continue
        if not a:
            problems.append(f"{where}: 'a' is empty")
            continue
        if kind in ("same", "not_same") and not b:
            problems.append(f"{where}: '{kind}' needs both 'a' and 'b'")
            continue
        if kind == "canonical" and not (name_en or name_zh):
            problems.append(f"{where}: 'canonical' needs name_en or name_zh")
            continue
        decisions.append(Decision(kind, a, b, name_en, name_zh, where))
    if problems:
        raise DecisionsError(problems)
    return Decisions(version=version, items=tuple(decisions), source=str(p))


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


def _resolve_ref(ref: str, mentions: Sequence[Mention], by_key: Mapping[str, int]) -> list[int]:
    if _MENTION_REF.match(ref):
        return [by_key[ref]] if ref in by_key else []
    zk, ek, ak = zh_key(ref), en_key(ref), acronym_key(ref)
    out = []
    for i, m in enumerate(mentions):
        names_zh = [m.name_zh, *m.aliases]
        names_en = [m.name_en, *m.aliases]
        if (
            (zk and any(zh_key(n) == zk for n in names_zh if n))
            or (ek and any(en_key(n) == ek for n in names_en if n))
            or (ak and m.acronym and acronym_key(m.acronym) == ak and ref.strip() == ref.strip().upper())
        ):
            out.append(i)
    return out


def _constraints(
    decisions: Decisions | None,
    mentions: Sequence[Mention],
    *,
    applies: Sequence[bool],
    check_missing: bool = True,
) -> _Constraints:
    """Resolve decisions against ``mentions``; raise DecisionsError listing every conflict.

    ``applies[i]`` says whether mention i takes part in this stage; decisions whose references all
    resolve but touch no participating mention are checked for existence only.
    """
    n = len(mentions)
    uf = _UnionFind(n)
    if decisions is None or not decisions.items:
        return _Constraints(tuple(range(n)), frozenset(), {}, frozenset())
    by_key = {m.key: i for i, m in enumerate(mentions)}
    problems: list[str] = []
    resolved: list[tuple[Decision, list[int], list[int]]] = []
    for d in decisions.items:
        ia = _resolve_ref(d.a, mentions, by_key)
        ib = _resolve_ref(d.b, mentions, by_key) if d.b else []
        missing = [r for r, hit in ((d.a, ia), (d.b, ib)) if r and not hit]
        if missing and check_missing:
            problems.append(f"{d.where}: names no mention: {', '.join(repr(r) for r in missing)}")
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
    return _Constraints(tuple(uf.find(i) for i in range(n)), frozenset(cannot), canonical, used)


# --------------------------------------------------------------------------------------------------
# Names and the scoring space


@dataclass(frozen=True, slots=True)
class _Names:
    """The forms one source (a mention, or one article's variants of an entity) gives."""

    article: str
    zh: tuple[str, ...]  # raw forms
    en: tuple[str, ...]
    acronyms: tuple[str, ...]  # usable given acronyms
    zh_keys: tuple[str, ...]  # cleaned keys, parallel to zh
    en_keys: tuple[str, ...]
    zh_alt: tuple[str, ...] = ()  # regional keys (Taiwan phrases folded), compared like zh_keys


def _is_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


def _strip_keys(key: str, junk: Iterable[str], *, words: bool) -> str:
    for j in junk:
        if not j:
            continue
        if words:
            key = f" {key} ".replace(f" {j} ", " ").strip()
        else:
            key = key.replace(j, "")
    return " ".join(key.split()) if words else key


def _names(
    article: str,
    zh: Iterable[str],
    en: Iterable[str],
    acronyms: Iterable[str],
    junk: Iterable[str] = (),
    *,
    regional: bool = False,
) -> _Names:
    junk = [j for j in junk if j]
    zh_t = tuple(dict.fromkeys(s for s in zh if s and s.strip()))
    en_t = tuple(dict.fromkeys(s for s in en if s and s.strip()))
    zjunk = sorted({zh_key(j) for j in junk}, key=lambda k: (-len(k), k))
    ejunk = sorted({en_key(j) for j in junk}, key=lambda k: (-len(k), k))
    zk = tuple(_strip_keys(zh_key(s), zjunk, words=False) for s in zh_t)
    ek = tuple(_strip_keys(en_key(s), ejunk, words=True) for s in en_t)
    alt: tuple[str, ...] = ()
    if regional:
        folded = (_strip_keys(regional_key(s), zjunk, words=False) for s in zh_t)
        alt = tuple(dict.fromkeys(k for k in folded if k and k not in zk))
    acr = tuple(dict.fromkeys(a for a in acronyms if acronym_key(a)))
    return _Names(article, zh_t, en_t, acr, zk, ek, alt)


def _shared_acronyms(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Per article: acronym keys it attaches to several list items (as acronym or parent), and
    every parent. Prose may name one organization many times, so its repeats do not count."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    parents: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind is Kind.LIST and m.acronym and acronym_key(m.acronym):
            counts[m.article][acronym_key(m.acronym)] += 1
        if m.parent:
            counts[m.article][acronym_key(m.parent)] += 1
            parents[m.article].add(acronym_key(m.parent))
    return {a: {k for k, c in cnt.items() if c > 1 and k} | parents[a] for a, cnt in counts.items()}


def _mention_names(m: Mention, shared: Mapping[str, set[str]], *, regional: bool = False) -> _Names:
    shared_here = shared.get(m.article, set())
    zh = [m.name_zh]
    en = [m.name_en]
    acr: list[str] = []
    for alias in m.aliases:
        if _is_cjk(alias):
            zh.append(alias)
        elif _ACRONYM_LIKE.match(alias.strip()):
            acr.append(alias.strip())
        else:
            en.append(alias)
    if m.acronym:
        acr.append(m.acronym)
    usable = [a for a in acr if acronym_key(a) not in shared_here]
    junk = [m.parent] if m.parent else []
    junk += [a for a in acr if acronym_key(a) in shared_here]
    return _names(m.article, zh, en, usable, junk, regional=regional)


class _Space:
    """IDF weights over every name in the run, the distinct keys of each language (``_KeyTable``)
    and the evidence between bags of forms."""

    def __init__(self, names: Sequence[_Names], *, phonetic: bool = False) -> None:
        zh_docs = [set(g for k in (*n.zh_keys, *n.zh_alt) for g in _grams(k)) for n in names]
        en_docs = [set(t for k in n.en_keys for t in _tokens(k)) for n in names]
        self.zh_idf = _idf(zh_docs, generic=_GENERIC_ZH_GRAMS)
        self.en_idf = _idf(en_docs, generic=GENERIC_EN)
        self.zh_vocab = {g: i for i, g in enumerate(sorted(self.zh_idf))}
        self.en_vocab = {t: i for i, t in enumerate(sorted(self.en_idf))}
        zh_keys = sorted({k for n in names for k in (*n.zh_keys, *n.zh_alt) if k})
        self.zh = _KeyTable(self, zh_keys, zh=True, phonetic=phonetic)
        self.en = _KeyTable(self, sorted({k for n in names for k in n.en_keys if k}), zh=False)
        self._compatible: dict[tuple[str, str], bool] = {}

    def _matrix(self, keys: Sequence[str], *, zh: bool) -> sparse.csr_matrix:
        vocab, idf = (self.zh_vocab, self.zh_idf) if zh else (self.en_vocab, self.en_idf)
        rows, cols, vals = [], [], []
        for r, key in enumerate(keys):
            feats = Counter(_grams(key) if zh else _tokens(key))
            weights = {
                f: c * idf.get(f, _idf_default(len(idf))) * (UNIGRAM_WEIGHT if zh and len(f) == 1 else 1.0)
                for f, c in feats.items()
                if f in vocab
            }
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for f, w in weights.items():
                rows.append(r)
                cols.append(vocab[f])
                vals.append(w / norm)
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(keys), max(len(vocab), 1)))

    def weight(self, feat: str, *, zh: bool) -> float:
        idf = self.zh_idf if zh else self.en_idf
        return idf.get(feat, _idf_default(len(idf)))

    def bag(self, n: _Names) -> _Bag:
        """The forms of one source as key ids and acronym sets."""
        return _Bag(
            zh=tuple(dict.fromkeys(self.zh.ids[k] for k in (*n.zh_keys, *n.zh_alt) if k)),
            en=tuple(dict.fromkeys(self.en.ids[k] for k in n.en_keys if k)),
            given=frozenset(acronym_key(a) for a in n.acronyms),
            derived=frozenset(derive_acronym(e) for e in n.en) - {""},
        )

    def signals(
        self, rows: Sequence[_Bag], bags: Sequence[_Bag], *, cache: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(zh, en, acronym) evidence, len(rows) x len(bags), each the best over the forms of both
        sides, _MISSING where a side lacks it. ``cache``: keep key similarities for later calls."""
        zh = _best_over_keys(self.zh, [b.zh for b in rows], [b.zh for b in bags], cache=cache)
        en = _best_over_keys(self.en, [b.en for b in rows], [b.en for b in bags], cache=cache)
        return zh, en, self._acronyms(rows, bags)

    def _acronyms(self, rows: Sequence[_Bag], bags: Sequence[_Bag]) -> np.ndarray:
        """The acronym rules of ``_acronym_value`` for every (row, bag) pair at once. Each rule asks
        whether some given acronym of one side meets some acronym (given, or derived from an
        English name) of the other, so a bag (a union of sources) meets a rule exactly when one of
        its sources does: its value is the best over its sources."""
        n, k = len(rows), len(bags)
        out = np.full((n, k), _MISSING, dtype=np.float32)
        rg = np.array([bool(b.given) for b in rows], dtype=bool)
        bg = np.array([bool(b.given) for b in bags], dtype=bool)
        if not n or not k or not (rg.any() or bg.any()):
            return out
        rd = np.array([bool(b.derived) for b in rows], dtype=bool)
        bd = np.array([bool(b.derived) for b in bags], dtype=bool)
        # the rows' given (a) and derived (d) acronyms, and which bags meet each of them, and how
        a_at = {x: c for c, x in enumerate(sorted({x for b in rows for x in b.given}))}
        d_at = {x: c for c, x in enumerate(sorted({x for b in rows for x in b.derived}))}
        row_a = np.zeros((n, len(a_at)), dtype=bool)
        row_d = np.zeros((n, len(d_at)), dtype=bool)
        for i, b in enumerate(rows):
            row_a[i, [a_at[x] for x in b.given]] = True
            row_d[i, [d_at[x] for x in b.derived]] = True
        a_given, a_derived, a_fits = (np.zeros((k, len(a_at)), dtype=bool) for _ in range(3))
        d_given, d_fits = (np.zeros((k, len(d_at)), dtype=bool) for _ in range(2))
        a_initial: dict[str, list[str]] = defaultdict(list)
        for x in a_at:
            if len(x) >= 3:
                a_initial[x[0]].append(x)
        d_initial: dict[str, list[str]] = defaultdict(list)
        for d in d_at:
            d_initial[d[0]].append(d)
        for j in np.flatnonzero(bg).tolist():
            for x in bags[j].given:
                if x in a_at:
                    a_given[j, a_at[x]] = True
                if x in d_at:
                    d_given[j, d_at[x]] = True
                if len(x) >= 3:
                    for d in d_initial.get(x[0], ()):
                        if self._fits(x, d):
                            d_fits[j, d_at[d]] = True
        if a_at:
            for j, b in enumerate(bags):
                for d in b.derived:
                    if d in a_at:
                        a_derived[j, a_at[d]] = True
                    for x in a_initial.get(d[0], ()):
                        if self._fits(x, d):
                            a_fits[j, a_at[x]] = True
        out[(rg[:, None] & (bg | bd)[None, :]) | (rd[:, None] & bg[None, :])] = 0.0
        out[(row_a @ a_fits.T) | (row_d @ d_fits.T)] = ACRONYM_COMPATIBLE
        out[(row_a @ a_derived.T) | (row_d @ d_given.T)] = ACRONYM_DERIVED
        out[row_a @ a_given.T] = ACRONYM_GIVEN
        return out

    def _fits(self, given: str, derived: str) -> bool:
        """Whether a given acronym (3+ letters) fits the initials derived from an English name."""
        fits = self._compatible.get((given, derived))
        if fits is None:
            fits = given[0] == derived[0] and _is_subsequence(given, derived)
            self._compatible[(given, derived)] = fits
        return fits


# Up to this many distinct keys of a language, their similarities are kept in a table (float32,
# filled one row key at a time, when first needed); beyond it they are computed for each request.
_TABLE_KEYS = 2048


class _KeyTable:
    """The distinct keys of one language, their IDF vectors, and the similarity of two keys."""

    def __init__(self, space: _Space, keys: list[str], *, zh: bool, phonetic: bool = False) -> None:
        self.keys = keys
        self.ids = {k: i for i, k in enumerate(keys)}
        self.zh = zh
        # pinyin of the short Chinese keys ("" for the others): see pipeline.knowledge.phonetic.
        # A name with a generic word of the domain (联合国大学) is no transliteration: its sound would
        # only repeat the generic word's.
        self.sounds = [pinyin_key(k) if phonetic and _transliteration_like(k) else "" for k in keys]
        self.phonetic = phonetic and any(self.sounds)
        self.vectors = space._matrix(keys, zh=zh)
        self._table: np.ndarray | None = None
        self._filled = np.zeros(len(keys), dtype=bool)

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool) -> np.ndarray:
        """Similarity (float32, not clipped), distinct ``left`` key ids x ``right`` key ids."""
        if not cache or len(self.keys) > _TABLE_KEYS:
            return self._compute(left, right)
        if self._table is None:
            self._table = np.zeros((len(self.keys), len(self.keys)), dtype=np.float32)
        todo = left[~self._filled[left]]
        if len(todo):
            self._table[todo] = self._compute(todo, np.arange(len(self.keys)))
            self._filled[todo] = True
        return self._table[np.ix_(left, right)]

    def _compute(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        a, b = self.vectors[left], self.vectors[right]
        cos = np.asarray((a @ b.T).todense(), dtype=np.float32)
        if self.zh:
            return np.maximum(cos, self._sound_alike(left, right)) if self.phonetic else cos
        fz = (
            process.cdist(
                [self.keys[i] for i in left.tolist()],
                [self.keys[j] for j in right.tolist()],
                scorer=fuzz.token_sort_ratio,
                dtype=np.float32,
                workers=1,
            )
            / 100.0
        )
        fz = np.where(fz >= FUZZ_GATE, fz, 0.0).astype(np.float32)
        return np.maximum(cos, fz)

    def _sound_alike(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """PHONETIC_WEIGHT x pinyin similarity where it reaches PHONETIC_GATE between short keys."""
        ls = [self.sounds[i] for i in left.tolist()]
        rs = [self.sounds[j] for j in right.tolist()]
        sim = process.cdist(ls, rs, scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0
        usable = np.outer(np.array([bool(x) for x in ls]), np.array([bool(x) for x in rs]))
        return np.where(usable & (sim >= PHONETIC_GATE), PHONETIC_WEIGHT * sim, 0.0).astype(np.float32)


def _transliteration_like(key: str) -> bool:
    return len(key) <= PHONETIC_MAX_CHARS and not any(w in key for w in GENERIC_ZH)


@dataclass(frozen=True, slots=True)
class _Bag:
    """Forms as the scorer sees them: distinct key ids per language, given and derived acronym
    keys. One mention's, or the union over an entity's members (see ``_merge``)."""

    zh: tuple[int, ...] = ()
    en: tuple[int, ...] = ()
    given: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()  # gazetteer codes the names resolve to


def _merge(bags: Iterable[_Bag]) -> _Bag:
    zh: dict[int, None] = {}
    en: dict[int, None] = {}
    given: set[str] = set()
    derived: set[str] = set()
    codes: set[str] = set()
    for b in bags:
        zh.update(dict.fromkeys(b.zh))
        en.update(dict.fromkeys(b.en))
        given |= b.given
        derived |= b.derived
        codes |= b.codes
    return _Bag(tuple(sorted(zh)), tuple(sorted(en)), frozenset(given), frozenset(derived), frozenset(codes))


def _best_over_keys(
    table: _KeyTable, rows: Sequence[tuple[int, ...]], bags: Sequence[tuple[int, ...]], *, cache: bool
) -> np.ndarray:
    """Best similarity over the key pairs of each (row, bag), clipped to 0..1; _MISSING when a side
    has no key."""
    out = np.full((len(rows), len(bags)), _MISSING, dtype=np.float32)
    r_owner = [a for a, keys in enumerate(rows) for _k in keys]
    c_owner = [j for j, keys in enumerate(bags) for _k in keys]
    if not r_owner or not c_owner:
        return out
    left, l_at = np.unique(
        np.fromiter((k for keys in rows for k in keys), dtype=np.int64), return_inverse=True
    )
    right, r_at = np.unique(
        np.fromiter((k for keys in bags for k in keys), dtype=np.int64), return_inverse=True
    )
    ro, co = np.asarray(r_owner), np.asarray(c_owner)
    # reduce the bags' keys, then the rows' keys (owners are contiguous and ascending)
    cstarts = np.flatnonzero(np.r_[True, co[1:] != co[:-1]])
    s = np.maximum.reduceat(table.sims(left, right, cache=cache)[:, r_at], cstarts, axis=1)
    rstarts = np.flatnonzero(np.r_[True, ro[1:] != ro[:-1]])
    s = np.maximum.reduceat(s[l_at], rstarts, axis=0)
    out[np.ix_(ro[rstarts], co[cstarts])] = np.clip(s, 0.0, 1.0)
    return out


def _idf_default(n_docs: int) -> float:
    """IDF of a feature seen in no document of the run."""
    return math.log(n_docs + 1.0) if n_docs else 1.0


def _grams(key: str) -> tuple[str, ...]:
    """Character bigrams and single characters of a Chinese key (single characters carry the
    evidence when a translation swaps one character of a short name)."""
    if not key:
        return ()
    return zh_ngrams(key, 2) + tuple(key)


def _tokens(key: str) -> tuple[str, ...]:
    return en_tokens(key) if key else ()


def _idf(docs: Sequence[set[str]], *, generic: frozenset[str]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d)
    n = sum(1 for d in docs if d)
    return {f: math.log((n + 1.0) / c) * (GENERIC_WEIGHT if f in generic else 1.0) for f, c in df.items()}


_GENERIC_ZH_GRAMS = frozenset(g for w in GENERIC_ZH for g in zh_ngrams(w, 2))


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _acronym_value(a: _Bag, b: _Bag) -> float:
    """Acronym evidence between two sources (the reference for ``_Space._acronyms``)."""
    given_a, given_b = a.given, b.given
    if not given_a and not given_b:
        return _MISSING
    if given_a & given_b:
        return ACRONYM_GIVEN
    derived_a, derived_b = a.derived, b.derived
    if (given_a & derived_b) or (given_b & derived_a):
        return ACRONYM_DERIVED
    for g, ds in ((given_a, derived_b), (given_b, derived_a)):
        for x in g:
            for d in ds:
                if len(x) >= 3 and x[0] == d[0] and _is_subsequence(x, d):
                    return ACRONYM_COMPATIBLE
    if (given_a and (given_b or derived_b)) or (given_b and derived_a):
        return 0.0
    return _MISSING


def _combine(zh: np.ndarray, en: np.ndarray, acr: np.ndarray) -> np.ndarray:
    """best + AGREEMENT * second * (1 - best); 0 when no signal is available."""
    hi, lo = np.maximum(zh, en), np.minimum(zh, en)
    best = np.maximum(np.maximum(hi, acr), 0.0)
    second = np.maximum(np.maximum(lo, np.minimum(hi, acr)), 0.0)  # the middle one of the three
    return (best + AGREEMENT * second * (1.0 - best)).astype(np.float32)


# --------------------------------------------------------------------------------------------------
# The list matcher


@dataclass(slots=True)
class _Run:
    mentions: list[Mention]
    names: list[_Names]
    bags: list[_Bag]
    article_order: list[str]
    constraints: _Constraints
    score_cutoff: float
    space: _Space
    allies: Mapping[int, tuple[int, ...]]  # mentions reviewer decisions join to each mention
    rivals: Mapping[int, tuple[int, ...]]  # mentions reviewer decisions keep apart from each mention
    codes: Sequence[str] = ()  # each mention's gazetteer code, "" when none
    sure_score: float = 1.0
    min_margin: float = 0.0
    eliminated: frozenset[int] = frozenset()


def _article_order(mentions: Sequence[Mention]) -> list[str]:
    sizes = Counter(m.article for m in mentions)
    return sorted(sizes, key=lambda a: (-sizes[a], a))


_LAST = (2**62, 0, "")


class _Group:
    """An entity being built: its members, the first of them in the alignment order, and the
    forms they give, counted, so that a member can leave."""

    __slots__ = ("members", "first", "_zh", "_en", "_given", "_derived", "_codes", "_bag")

    def __init__(self) -> None:
        self.members: set[int] = set()
        self.first: tuple[int, int, str] = _LAST
        self._zh: Counter[int] = Counter()
        self._en: Counter[int] = Counter()
        self._given: Counter[str] = Counter()
        self._derived: Counter[str] = Counter()
        self._codes: Counter[str] = Counter()
        self._bag: _Bag | None = None

    def add(self, i: int, bag: _Bag, key: tuple[int, int, str]) -> None:
        self.members.add(i)
        self.first = min(self.first, key)
        self._bag = None
        self._zh.update(bag.zh)
        self._en.update(bag.en)
        self._given.update(bag.given)
        self._derived.update(bag.derived)
        self._codes.update(bag.codes)

    def remove(self, i: int, bag: _Bag, keys: Sequence[tuple[int, int, str]]) -> None:
        self.members.discard(i)
        self._bag = None
        for ids, count in ((bag.zh, self._zh), (bag.en, self._en)):
            for k in ids:
                count[k] -= 1
                if not count[k]:
                    del count[k]
        for acronyms, acr_count in (
            (bag.given, self._given),
            (bag.derived, self._derived),
            (bag.codes, self._codes),
        ):
            for x in acronyms:
                acr_count[x] -= 1
                if not acr_count[x]:
                    del acr_count[x]
        if keys[i] == self.first:
            self.first = min((keys[j] for j in self.members), default=_LAST)

    def bag(self) -> _Bag:
        if self._bag is None:
            self._bag = _Bag(
                tuple(self._zh),
                tuple(self._en),
                frozenset(self._given),
                frozenset(self._derived),
                frozenset(self._codes),
            )
        return self._bag


def _scores(
    run: _Run, rows: Sequence[int], bags: Sequence[_Bag], owner: Callable[[int], int | None]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Scores (float64) of the mention rows against entities given as bags, and the three signals.
    ``owner`` says which bag holds a mention (None: none of them), for the reviewer decisions."""
    sig = run.space.signals([run.bags[i] for i in rows], bags, cache=True)
    score = _combine(*sig).astype(np.float64)
    _apply_codes(score, [run.bags[i].codes for i in rows], [b.codes for b in bags])
    if run.constraints.used:
        for a, i in enumerate(rows):
            for k in run.allies.get(i, ()):
                c = owner(k)
                if c is not None:
                    score[a, c] = _REVIEWER_SCORE
            for k in run.rivals.get(i, ()):
                c = owner(k)
                if c is not None:
                    score[a, c] = _FORBIDDEN
    return score, sig


def _apply_codes(score: np.ndarray, rows: Sequence[frozenset[str]], cols: Sequence[frozenset[str]]) -> None:
    """Gazetteer evidence, in place: a row whose code is an entity's only code scores at least
    GAZETTEER_SCORE against it; a row whose code the entity lacks (it holds another) is forbidden."""
    coded = [(c, codes) for c, codes in enumerate(cols) if codes]
    if not coded:
        return
    for r, mine in enumerate(rows):
        if not mine:
            continue
        for c, codes in coded:
            if not mine & codes:
                score[r, c] = _FORBIDDEN
            elif codes == mine:
                score[r, c] = max(score[r, c], GAZETTEER_SCORE)


def _entity_scores(run: _Run, rows: Sequence[int], entities: Sequence[Sequence[int]]) -> np.ndarray:
    owner = {i: c for c, members in enumerate(entities) for i in members}
    score, _sig = _scores(run, rows, [_merge(run.bags[i] for i in e) for e in entities], owner.get)
    return score


def _align(
    run: _Run,
    rows: list[int],
    bags: Sequence[_Bag],
    owner: Callable[[int], int | None],
    *,
    complete: bool,
) -> tuple[list[int | None], set[int]]:
    """Entity index (or None: found a new entity) for each mention row, and the rows linked by
    elimination."""
    if not bags:
        return [None] * len(rows), set()
    score, _sig = _scores(run, rows, bags, owner)
    n, k = score.shape
    # columns: the entities, then one "new entity" option per row worth the cutoff
    reject = np.full((n, n), _FORBIDDEN, dtype=np.float64)
    np.fill_diagonal(reject, run.score_cutoff)
    full = np.hstack([score, reject])
    ri, ci = linear_sum_assignment(-full)
    out: list[int | None] = [None] * n
    for r, c in zip(ri.tolist(), ci.tolist(), strict=True):
        if c >= k or score[r, c] < run.score_cutoff:
            continue
        if score[r, c] < run.sure_score and k > 1:
            runner_up = float(np.max(np.delete(score[r], c)))
            if score[r, c] - runner_up < run.min_margin:
                continue  # weak and not distinctive: more likely a stray than a translation
        out[r] = c
    eliminated: set[int] = set()
    if complete and len(bags) == n:
        left_rows = [r for r in range(n) if out[r] is None]
        taken = {c for c in out if c is not None}
        left_cols = [c for c in range(k) if c not in taken]
        if len(left_rows) == 1 and len(left_cols) == 1 and score[left_rows[0], left_cols[0]] > _FORBIDDEN / 2:
            out[left_rows[0]] = left_cols[0]
            eliminated.add(left_rows[0])
    return out, eliminated


def _entity_sort_key(run: _Run, members: Sequence[int]) -> tuple:
    order = {a: i for i, a in enumerate(run.article_order)}
    return min(
        (order[run.mentions[i].article], run.mentions[i].position, run.mentions[i].key) for i in members
    )


def _alignment_keys(run: _Run) -> list[tuple[int, int, str]]:
    """Per mention: (article rank, position, key); an entity sorts by the least of its members'."""
    order = {a: i for i, a in enumerate(run.article_order)}
    return [(order[m.article], m.position, m.key) for m in run.mentions]


def _cluster(run: _Run, totals: Mapping[str, int]) -> tuple[list[list[int]], set[int]]:
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(run.mentions):
        by_article[m.article].append(i)
    for a in by_article:
        by_article[a].sort(key=lambda i: (run.mentions[i].position, run.mentions[i].key))
    complete = {a: totals.get(a) == len(idx) for a, idx in by_article.items()}
    eliminated: dict[str, set[int]] = {}
    keys = _alignment_keys(run)
    group_of: dict[int, _Group] = {}

    def place(groups: list[_Group], article: str) -> list[_Group]:
        """Take the article's items out of their entities and align them again."""
        rows = by_article[article]
        for r in rows:
            left = group_of.pop(r, None)
            if left is not None:
                left.remove(r, run.bags[r], keys)
        groups = sorted((g for g in groups if g.members), key=lambda g: g.first)
        column = {id(g): c for c, g in enumerate(groups)}

        def owner(i: int) -> int | None:
            g = group_of.get(i)
            return None if g is None else column[id(g)]

        assignment, by_elimination = _align(
            run, rows, [g.bag() for g in groups], owner, complete=complete[article]
        )
        eliminated[article] = {rows[r] for r in by_elimination}
        for r, target in zip(rows, assignment, strict=True):
            if target is None:
                groups.append(_Group())
                target = len(groups) - 1
            groups[target].add(r, run.bags[r], keys[r])
            group_of[r] = groups[target]
        return groups

    groups: list[_Group] = []
    for article in run.article_order:
        groups = place(groups, article)
    previous = _partition(g.members for g in groups)
    for _ in range(_MAX_PASSES):
        for article in run.article_order:
            groups = place(groups, article)
        current = _partition(g.members for g in groups)
        if current == previous:
            break
        previous = current
    clusters = sorted(
        (sorted(g.members) for g in groups if g.members), key=lambda e: _entity_sort_key(run, e)
    )
    return clusters, set().union(*eliminated.values()) if eliminated else set()


def _partition(entities: Iterable[Iterable[int]]) -> frozenset[frozenset[int]]:
    return frozenset(frozenset(e) for e in entities if e)


def match_lists(
    mentions: Sequence[Mention],
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_margin: float = DEFAULT_MIN_MARGIN,
    sure_score: float = DEFAULT_SURE_SCORE,
    review_margin: float = DEFAULT_REVIEW_MARGIN,
    decisions: Decisions | None = None,
    totals: Mapping[str, int] | None = None,
    knowledge: Knowledge | None = None,
) -> Matching:
    """Cluster the list mentions (kind=LIST; others are ignored) into canonical entities.

    ``totals`` maps an article id to the number of items its list says it has; only a list whose
    length equals its stated total may have its last leftover item linked by elimination.
    A pair the assignment proposes is linked when its score reaches ``sure_score``, or reaches
    ``score_cutoff`` and beats the mention's next best entity by ``min_margin``; otherwise the
    mention founds a new entity. ``review_margin`` is the margin under which a link's reason asks
    for review. ``knowledge`` adds evidence from outside the articles (gazetteer codes,
    regional folding, pinyin; ``Knowledge()`` when None: no gazetteer, folding and pinyin on).
    Raises DecisionsError when ``decisions`` conflict with each other or name no mention.
    """
    all_mentions = list(mentions)
    applies = [m.kind is Kind.LIST for m in all_mentions]
    cons_all = _constraints(decisions, all_mentions, applies=applies)
    listed = sorted(
        (i for i, m in enumerate(all_mentions) if m.kind is Kind.LIST),
        key=lambda i: (all_mentions[i].article, all_mentions[i].position, all_mentions[i].key),
    )
    ms = [all_mentions[i] for i in listed]
    remap = {old: new for new, old in enumerate(listed)}
    cons = _Constraints(
        group=tuple(remap.get(cons_all.group[i], new) for new, i in enumerate(listed)),
        cannot=frozenset((remap[a], remap[b]) for a, b in cons_all.cannot if a in remap and b in remap),
        canonical={remap[g]: d for g, d in cons_all.canonical.items() if g in remap},
        used=frozenset(remap[i] for i in cons_all.used if i in remap),
    )
    # group ids must point at a member of the group inside the listed subset
    groups: dict[int, int] = {}
    fixed_group = []
    for new, g in enumerate(cons.group):
        fixed_group.append(groups.setdefault(g, new))
    cons = replace(
        cons, group=tuple(fixed_group), canonical={groups.get(g, g): d for g, d in cons.canonical.items()}
    )
    run = _prepare(ms, cons, score_cutoff, knowledge or Knowledge())
    run.sure_score, run.min_margin = sure_score, min_margin
    entities, eliminated = _cluster(run, dict(totals or {}))
    run.eliminated = frozenset(eliminated)
    return _build(run, entities, review_margin=review_margin)


def _prepare(ms: list[Mention], cons: _Constraints, score_cutoff: float, knowledge: Knowledge) -> _Run:
    shared = _shared_acronyms(ms)
    names = [_mention_names(m, shared, regional=knowledge.regional) for m in ms]
    space = _Space(names, phonetic=knowledge.phonetic)
    codes = [code_of(knowledge.gazetteer, (*n.zh, *n.en)) for n in names]
    bags = [
        replace(space.bag(n), codes=frozenset({c} if c else ())) for n, c in zip(names, codes, strict=True)
    ]
    groups: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(cons.group):
        groups[g].append(i)
    allies = {
        i: tuple(k for k in groups[g] if k != i) for i, g in enumerate(cons.group) if len(groups[g]) > 1
    }
    rivals: dict[int, list[int]] = defaultdict(list)
    for a, b in sorted(cons.cannot):
        rivals[a].append(b)
        rivals[b].append(a)
    return _Run(
        ms,
        names,
        bags,
        _article_order(ms),
        cons,
        score_cutoff,
        space,
        allies,
        {i: tuple(ks) for i, ks in rivals.items()},
        codes,
    )


# --------------------------------------------------------------------------------------------------
# Building entities and links


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _most_used(forms: Iterable[str]) -> str:
    counts = Counter(f for f in forms if f)
    if not counts:
        return ""
    return min(counts, key=lambda f: (-counts[f], len(f), f))


def _canonical(forms_by_key: Mapping[str, list[str]]) -> tuple[str, str]:
    """(key, display form): the most used key (ties shortest, alphabetical), then its most used form."""
    if not forms_by_key:
        return "", ""
    key = min(forms_by_key, key=lambda k: (-len(forms_by_key[k]), len(k), k))
    return key, _most_used(forms_by_key[key])


@dataclass(slots=True)
class _Draft:
    members: list[int]
    id: str = ""
    name_en: str = ""
    name_zh: str = ""
    acronym: str = ""


def _draft(run: _Run, members: list[int]) -> _Draft:
    en_forms: dict[str, list[str]] = defaultdict(list)
    zh_forms: dict[str, list[str]] = defaultdict(list)
    acr_forms: dict[str, list[str]] = defaultdict(list)
    for i in members:
        m, n = run.mentions[i], run.names[i]
        if m.name_en and n.en_keys and n.en_keys[0]:
            en_forms[n.en_keys[0]].append(m.name_en)
        if m.name_zh and zh_key(m.name_zh):
            zh_forms[zh_key(m.name_zh)].append(m.name_zh)
        for a in n.acronyms:
            acr_forms[acronym_key(a)].append(a)
    ekey, name_en = _canonical(en_forms)
    zkey, name_zh = _canonical(zh_forms)
    akey, acronym = _canonical(acr_forms)
    base = _slug(ekey) or (f"zh-{zkey}" if zkey else "") or (f"acronym-{akey.lower()}" if akey else "entity")
    return _Draft(members, base, name_en, name_zh, acronym)


def _variants(mentions: Iterable[Mention], names: Iterable[_Names]) -> tuple[Variant, ...]:
    used: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m, n in zip(mentions, names, strict=True):
        for z in n.zh:
            used[("zh", z)].add(m.article)
        for e in n.en:
            used[("en", e)].add(m.article)
        for a in n.acronyms:
            used[("acronym", a)].add(m.article)
    order = {"zh": 0, "en": 1, "acronym": 2}
    return tuple(
        Variant(name=name, lang=lang, sources=tuple(sorted(arts)))
        for (lang, name), arts in sorted(used.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    )


def _unique_ids(drafts: list[_Draft], run: _Run) -> None:
    by_base: dict[str, list[_Draft]] = defaultdict(list)
    for d in drafts:
        by_base[d.id].append(d)
    taken = set(by_base)
    for base, group in sorted(by_base.items()):
        if len(group) < 2:
            continue
        group.sort(key=lambda d: sorted(_mention_sort_key(run.mentions[i]) for i in d.members))
        n = 2
        for d in group[1:]:
            while f"{base}-{n}" in taken:
                n += 1
            d.id = f"{base}-{n}"
            taken.add(d.id)
            n += 1


def _mention_sort_key(m: Mention) -> tuple[str, int, str]:
    return (m.article, m.position, m.key)


def _build(run: _Run, clusters: list[list[int]], *, review_margin: float) -> Matching:
    drafts = [_draft(run, members) for members in clusters]
    for d in drafts:
        found = sorted({run.constraints.group[i] for i in d.members} & set(run.constraints.canonical))
        names = {(run.constraints.canonical[g].name_en, run.constraints.canonical[g].name_zh) for g in found}
        if len(names) > 1:
            raise DecisionsError(
                [
                    f"{run.constraints.canonical[g].where}: gives entity {d.id} another canonical name"
                    for g in found
                ]
            )
        decision = run.constraints.canonical[found[0]] if found else None
        if decision is not None:
            d.name_en = decision.name_en or d.name_en
            d.name_zh = decision.name_zh or d.name_zh
            if decision.name_en:
                d.id = _slug(en_key(decision.name_en)) or d.id
    _unique_ids(drafts, run)
    entities = []
    for d in drafts:
        members = sorted(d.members, key=lambda i: _mention_sort_key(run.mentions[i]))
        entities.append(
            Entity(
                id=d.id,
                name_en=d.name_en,
                name_zh=d.name_zh,
                acronym=d.acronym,
                mentions=tuple(run.mentions[i].key for i in members),
                variants=_variants((run.mentions[i] for i in members), (run.names[i] for i in members)),
            )
        )
    links = _links(run, drafts, review_margin=review_margin)
    entities.sort(key=lambda e: e.id)
    return Matching(entities=tuple(entities), links=links)


def _links(run: _Run, drafts: list[_Draft], *, review_margin: float) -> tuple[Link, ...]:
    order = {a: i for i, a in enumerate(run.article_order)}
    keys = _alignment_keys(run)
    entity_of = {i: k for k, d in enumerate(drafts) for i in d.members}
    groups: list[_Group] = []
    for d in drafts:
        groups.append(_Group())
        for i in d.members:
            groups[-1].add(i, run.bags[i], keys[i])
    whole = [g.bag() for g in groups]
    seeds = [
        min(d.members, key=lambda j: (order[run.mentions[j].article], run.mentions[j].position))
        for d in drafts
    ]
    forms = [_draft_forms(run, d.members) for d in drafts]
    links: list[Link] = []
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(run.mentions):
        by_article[m.article].append(i)
    for article, rows in sorted(by_article.items()):
        # every entity without this article's items
        here: dict[int, list[int]] = defaultdict(list)
        for i in rows:
            here[entity_of[i]].append(i)
        others = list(whole)
        for k, own_rows in sorted(here.items()):
            for i in own_rows:
                groups[k].remove(i, run.bags[i], keys)
            others[k] = groups[k].bag()
            for i in own_rows:
                groups[k].add(i, run.bags[i], keys[i])

        def owner(j: int, article: str = article) -> int | None:
            return entity_of.get(j) if run.mentions[j].article != article else None

        score, (zh, en, acr) = _scores(run, rows, others, owner)
        for a, i in enumerate(rows):
            k = entity_of[i]
            d = drafts[k]
            row = score[a].copy()
            row[k] = -np.inf
            ru = int(np.argmax(row)) if len(row) > 1 else -1
            ru_score = float(row[ru]) if ru >= 0 and np.isfinite(row[ru]) else None
            ru_id = drafts[ru].id if ru_score is not None and ru_score > 0 else ""
            ru_score = ru_score if ru_id else None
            seed = seeds[k]
            if i == seed:
                links.append(_seed_link(run, i, d, ru_id, ru_score))
                continue
            own = float(score[a, k])
            sig = (float(zh[a, k]), float(en[a, k]), float(acr[a, k]))
            links.append(_member_link(run, i, d, forms[k], seed, own, sig, ru_id, ru_score, review_margin))
    links.sort(key=lambda lk: _link_sort_key(lk.mention))
    return tuple(links)


@dataclass(frozen=True, slots=True)
class _DraftForms:
    """Where an entity's forms come from: the articles giving each raw form and key, and the
    members (ascending) giving each key id."""

    articles: Mapping[tuple[str, str], frozenset[str]]  # ("zh" | "en" | "zh_key" | "en_key", form)
    zh_holders: Mapping[int, tuple[int, ...]]
    en_holders: Mapping[int, tuple[int, ...]]
    # (Chinese?, a mention's key ids) -> (similarity, members giving the key), most similar first
    ranked: dict[tuple[bool, tuple[int, ...]], list[tuple[float, tuple[int, ...]]]] = field(
        default_factory=dict
    )

    def elsewhere(self, tag: str, forms: Iterable[str], article: str) -> bool:
        """Whether some article other than ``article`` gives one of ``forms``."""
        return any(self.articles.get((tag, f), frozenset()) - {article} for f in forms)


def _draft_forms(run: _Run, members: Sequence[int]) -> _DraftForms:
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    zh_holders: dict[int, list[int]] = defaultdict(list)
    en_holders: dict[int, list[int]] = defaultdict(list)
    for j in sorted(members):
        n, article = run.names[j], run.mentions[j].article
        for tag, forms in (("zh", n.zh), ("en", n.en), ("zh_key", n.zh_keys), ("en_key", n.en_keys)):
            for f in forms:
                articles[(tag, f)].add(article)
        for k in run.bags[j].zh:
            zh_holders[k].append(j)
        for k in run.bags[j].en:
            en_holders[k].append(j)
    return _DraftForms(
        {t: frozenset(a) for t, a in articles.items()},
        {k: tuple(js) for k, js in zh_holders.items()},
        {k: tuple(js) for k, js in en_holders.items()},
    )


def _closest_other(run: _Run, i: int, forms: _DraftForms, *, zh: bool) -> int | None:
    """The first member (in index order) from another article whose names in one language are
    the closest to mention i's."""
    mine = run.bags[i].zh if zh else run.bags[i].en
    if not mine:
        return None
    ranked = forms.ranked.get((zh, mine))
    if ranked is None:
        table, holders = (run.space.zh, forms.zh_holders) if zh else (run.space.en, forms.en_holders)
        right = np.array(sorted(holders), dtype=np.int64)
        vals = np.clip(table.sims(np.unique(np.asarray(mine)), right, cache=True).max(axis=0), 0.0, 1.0)
        ranked = [(float(vals[c]), holders[int(right[c])]) for c in np.argsort(-vals, kind="stable")]
        forms.ranked[(zh, mine)] = ranked
    article = run.mentions[i].article
    top: float | None = None
    best: int | None = None
    for value, members in ranked:  # best value first
        if top is not None and value != top:
            break
        j = next((j for j in members if run.mentions[j].article != article), None)
        if j is not None:
            top = value
            best = j if best is None else min(best, j)
    return best


def _pair_signals(run: _Run, i: int, j: int) -> tuple[float, float, float]:
    """(zh, en, acronym) evidence between two mentions."""
    a, b = run.bags[i], run.bags[j]
    zh = _best_over_keys(run.space.zh, [a.zh], [b.zh], cache=True)
    en = _best_over_keys(run.space.en, [a.en], [b.en], cache=True)
    return float(zh[0, 0]), float(en[0, 0]), float(np.float32(_acronym_value(a, b)))


def _link_sort_key(key: str) -> tuple[str, int, str]:
    article, _, pos = key.rpartition("#")
    return (article, int(pos) if pos.isdigit() else 0, key)


def _seed_link(run: _Run, i: int, d: _Draft, ru_id: str, ru_score: float | None) -> Link:
    m = run.mentions[i]
    if len(d.members) == 1:
        if ru_score is None:
            reason = "found in no other outlet: no other entity shares any evidence with it"
            margin = 1.0
        else:
            margin = round(run.score_cutoff - ru_score, 4)
            reason = (
                f"found in no other outlet: the closest entity, {ru_id}, scores {ru_score:.2f}, "
                f"below the cutoff {run.score_cutoff:.2f}"
            )
        return Link(m.key, d.id, Level.SEED, 1.0, margin, ru_id, reason)
    joined = sorted({run.mentions[j].article for j in d.members} - {m.article})
    reason = (
        f"founded the entity (the first of its mentions in the alignment order); "
        f"also listed by {', '.join(joined)}"
    )
    return Link(m.key, d.id, Level.SEED, 1.0, 1.0, "", reason)


def _member_link(
    run: _Run,
    i: int,
    d: _Draft,
    forms: _DraftForms,
    seed: int,
    own: float,
    sig: tuple[float, float, float],
    ru_id: str,
    ru_score: float | None,
    review_margin: float,
) -> Link:
    m, n = run.mentions[i], run.names[i]
    margin = round(own - ru_score, 4) if ru_score is not None else 1.0
    if own >= _REVIEWER_SCORE:
        reason = "a reviewer decision says it is the same organization"
        return Link(m.key, d.id, Level.REVIEWER, 1.0, 1.0, ru_id, reason)
    parts: list[str] = []
    zh_s, en_s, acr_s = sig
    level = Level.FUZZY
    exact = forms.elsewhere("zh", n.zh, m.article) or forms.elsewhere("en", n.en, m.article)
    norm = forms.elsewhere("zh_key", filter(None, n.zh_keys), m.article) or forms.elsewhere(
        "en_key", filter(None, n.en_keys), m.article
    )
    decisive = max(range(3), key=lambda s: (sig[s], -s))
    seed_names = run.names[seed]
    lang_missing_at_seed = (decisive == 0 and not seed_names.zh_keys) or (
        decisive == 1 and not seed_names.en_keys
    )
    code = _shared_code(run, i, d)
    if exact:
        level = Level.EXACT
    elif norm:
        level = Level.NORMALIZED
    elif code:
        level = Level.GAZETTEER
    elif decisive == 2 and acr_s >= ACRONYM_DERIVED:
        level = Level.ACRONYM
    if (
        not code
        and lang_missing_at_seed
        and i not in run.eliminated
        and max(_pair_signals(run, i, seed)) < run.score_cutoff
    ):
        level = Level.BRIDGE
    best_zh = _closest_other(run, i, forms, zh=True) if zh_s >= 0 else None
    if best_zh is not None:
        shared = _shared_features(run.space, n.zh_keys, run.names[best_zh].zh_keys, zh=True)
        sound = _sound_reason(run, n.zh_keys, run.names[best_zh].zh_keys, zh_s)
        parts.append(
            f"Chinese {zh_s:.2f} with {run.mentions[best_zh].article}"
            + (f" on rare n-grams {'/'.join(shared)}" if shared and 0 < zh_s < 0.999 and not sound else "")
            + (f" by sound ({sound})" if sound else "")
        )
    best_en = _closest_other(run, i, forms, zh=False) if en_s >= 0 else None
    if best_en is not None:
        shared = _shared_features(run.space, n.en_keys, run.names[best_en].en_keys, zh=False)
        if en_s >= 0.999:
            words = "English names agree" + (" after normalization" if not exact else "")
        elif en_s < 0.05:
            words = "English names differ"
        else:
            words = f"English {en_s:.2f}"
        parts.append(
            f"{words} with {run.mentions[best_en].article}"
            + (f" on {'/'.join(shared)}" if shared and 0.05 <= en_s < 0.999 else "")
        )
    if code:
        parts.append(f"gazetteer: both name {code}")
    if acr_s >= ACRONYM_DERIVED:
        parts.append("acronyms agree" if acr_s >= ACRONYM_GIVEN else "acronym matches the English initials")
    elif acr_s >= ACRONYM_COMPATIBLE:
        parts.append("acronym fits the English initials")
    elif acr_s == 0:
        parts.append("acronyms differ")
    if level is Level.BRIDGE:
        parts.append(
            f"reached through another article's bilingual pair ({run.mentions[seed].article} gives "
            f"no {'Chinese' if decisive == 0 else 'English'} name)"
        )
    if i in run.eliminated:
        parts.append(f"linked by elimination: the last item left in a complete list (score {own:.2f})")
    if ru_id:
        parts.append(f"runner-up {ru_id} {ru_score:.2f}")
    if margin < review_margin:
        parts.append("small margin: review")
    return Link(m.key, d.id, level, round(min(max(own, 0.0), 1.0), 4), margin, ru_id, "; ".join(parts))


def _sound_reason(run: _Run, mine: Sequence[str], theirs: Sequence[str], zh_s: float) -> str:
    """``"lu bi ou / lu bi ao"`` when the pinyin of two keys, not their characters, gave the Chinese
    evidence ``zh_s``; ``""`` otherwise."""
    table = run.space.zh
    if not table.phonetic or zh_s >= 0.999:
        return ""
    for a in mine:
        for b in theirs:
            if a in table.ids and b in table.ids:
                sa, sb = table.sounds[table.ids[a]], table.sounds[table.ids[b]]
                value = float(table._sound_alike(np.array([table.ids[a]]), np.array([table.ids[b]]))[0, 0])
                if sa and sb and value > 0 and abs(value - zh_s) < 1e-4:
                    return f"{sa} / {sb}"
    return ""


def _shared_code(run: _Run, i: int, d: _Draft) -> str:
    """The gazetteer code mention i shares with a member of its entity from another article."""
    code = run.codes[i] if run.codes else ""
    article = run.mentions[i].article
    if code and any(run.codes[j] == code for j in d.members if run.mentions[j].article != article):
        return code
    return ""


def _shared_features(
    space: _Space, a: Sequence[str], b: Sequence[str], *, zh: bool, top: int = 3
) -> list[str]:
    fa = {f for k in a for f in (_grams(k) if zh else _tokens(k))}
    fb = {f for k in b for f in (_grams(k) if zh else _tokens(k))}
    common = sorted(fa & fb, key=lambda f: (-space.weight(f, zh=zh), f))
    return common[:top]


def review_links(matching: Matching, *, margin_below: float = DEFAULT_REVIEW_MARGIN) -> tuple[Link, ...]:
    """Links whose margin over the runner-up is below ``margin_below`` (reviewer links excluded)."""
    out = [lk for lk in matching.links if lk.margin < margin_below and lk.level is not Level.REVIEWER]
    return tuple(sorted(out, key=lambda lk: (lk.margin, _link_sort_key(lk.mention))))


# --------------------------------------------------------------------------------------------------
# Prose and scoring against an existing matching


def _entity_sources(entity: Entity) -> list[_Names]:
    """One _Names per article that contributed variants to the entity."""
    per_article: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"zh": [], "en": [], "acronym": []})
    for v in entity.variants:
        for a in v.sources or ("",):
            per_article[a][v.lang].append(v.name)
    if not per_article:
        per_article[""] = {"zh": [entity.name_zh], "en": [entity.name_en], "acronym": [entity.acronym]}
    return [_names(a, f["zh"], f["en"], f["acronym"]) for a, f in sorted(per_article.items())]


def _gazetteer_scores(
    candidates: Sequence[_Names], matching: Matching
) -> tuple[np.ndarray, list[str], _Space, list[list[_Names]]]:
    """Scores of the candidates against every entity (the best over its sources), the entity ids,
    the scoring space and each entity's sources."""
    sources = [_entity_sources(e) for e in matching.entities]
    space = _Space([*(n for src in sources for n in src), *candidates])
    bags = [_merge(space.bag(n) for n in src) for src in sources]
    signals = space.signals([space.bag(c) for c in candidates], bags)
    return _combine(*signals), [e.id for e in matching.entities], space, sources


def entity_scores(
    mentions: Sequence[Mention], groups: Sequence[Sequence[str]], rows: Sequence[str]
) -> np.ndarray:
    """Scores (len(rows) x len(groups)) of the mentions keyed ``rows`` against entities made of the
    mention keys in ``groups``, with the scorer ``match_lists`` uses (IDF over all ``mentions``).
    For calibration and tests: groups are usually a known-true clustering of other articles."""
    ms = sorted((m for m in mentions if m.kind is Kind.LIST), key=_mention_sort_key)
    index = {m.key: i for i, m in enumerate(ms)}
    cons = _Constraints(tuple(range(len(ms))), frozenset(), {}, frozenset())
    run = _prepare(ms, cons, DEFAULT_SCORE_CUTOFF, Knowledge.nothing())
    return _entity_scores(run, [index[k] for k in rows], [[index[k] for k in g] for g in groups])


def score_against(mentions: Sequence[Mention], matching: Matching) -> ScoreTable:
    """Score mentions against every entity of ``matching`` (its variants are the gazetteer)."""
    shared = _shared_acronyms(mentions)
    names = [_mention_names(m, shared) for m in mentions]
    scores, ids, _space, _sources = _gazetteer_scores(names, matching)
    return ScoreTable(tuple(m.key for m in mentions), tuple(ids), scores)


def link_prose(
    candidates: Sequence[Mention],
    matching: Matching,
    *,
    score_cutoff: float = PROSE_SCORE_CUTOFF,
    min_margin: float = PROSE_MIN_MARGIN,
    sure_score: float = DEFAULT_SURE_SCORE,
    decisions: Decisions | None = None,
) -> tuple[Matching, tuple[str | None, ...]]:
    """Link prose mentions to entities of ``matching``; returns the extended matching and, per
    candidate (in the given order), the entity id it links to or None.

    A candidate links to its best entity when the score reaches ``sure_score``, or reaches
    ``score_cutoff`` and beats the runner-up by ``min_margin``; the gazetteer is every variant
    (Chinese, English, acronym) of every entity, and each candidate is scored against the given
    matching alone, so the order of candidates does not matter. Any number
    of prose mentions may link to one entity. Reviewer decisions ("same"/"not_same" naming a
    candidate and a list mention) win over the scorer.
    """
    cands = list(candidates)
    if not cands:
        return matching, ()
    if not matching.entities:
        return matching, tuple(None for _ in cands)
    known = {k: e.id for e in matching.entities for k in e.mentions}
    pool = list(cands)
    if decisions is not None and decisions.items:
        pool += _placeholders(known, {c.key for c in cands})
    # references were checked against every mention by match_lists; here only those that resolve count
    cons = _constraints(decisions, pool, applies=[True] * len(pool), check_missing=False)
    shared = _shared_acronyms(cands)
    names = [_mention_names(m, shared) for m in cands]
    scores, ids, space, sources = _gazetteer_scores(names, matching)
    index = {eid: k for k, eid in enumerate(ids)}
    forms: dict[int, _EntityForms] = {}
    chosen: list[str | None] = []
    new_links: list[Link] = []
    for c, m in enumerate(cands):
        row = scores[c].astype(np.float64)
        forced: str | None = None
        for j, other in enumerate(pool if c in cons.used else ()):
            if j == c or other.key not in known:
                continue
            if cons.group[j] == cons.group[c]:
                forced = known[other.key]
            if (min(c, j), max(c, j)) in cons.cannot:
                row[index[known[other.key]]] = _FORBIDDEN
        order = np.argsort(-row, kind="stable")
        best = int(order[0])
        ru = int(order[1]) if len(order) > 1 else -1
        ru_score = float(row[ru]) if ru >= 0 and row[ru] > 0 else None
        ru_id = ids[ru] if ru_score is not None else ""
        top = float(row[best])
        margin = round(top - ru_score, 4) if ru_score is not None else 1.0
        if forced is not None:
            chosen.append(forced)
            new_links.append(
                Link(
                    m.key,
                    forced,
                    Level.REVIEWER,
                    1.0,
                    1.0,
                    "",
                    "a reviewer decision says it is the same organization",
                )
            )
            continue
        if top >= sure_score or (top >= score_cutoff and margin >= min_margin):
            eid = ids[best]
            chosen.append(eid)
            if best not in forms:
                forms[best] = _entity_forms(sources[best])
            new_links.append(
                _prose_link(
                    m, names[c], matching.entities[best], forms[best], space, top, margin, ru_id, ru_score
                )
            )
        else:
            chosen.append(None)
    return _extend(matching, cands, names, chosen, new_links), tuple(chosen)


def _placeholders(known: Mapping[str, str], taken: set[str]) -> list[Mention]:
    """Stand-ins for the list mentions of a matching (but those keyed in ``taken``), so that
    decisions can name them."""
    stand_ins = [
        Mention(
            article=k.rpartition("#")[0],
            kind=Kind.LIST,
            position=int(k.rpartition("#")[2] or 0),
            category=None,
            name_zh="",
            name_en="",
            acronym="",
            aliases=(),
            note="",
            start=0,
            end=0,
        )
        for k in sorted(known)
        if k.rpartition("#")[2].isdigit()
    ]
    return [p for p in stand_ins if p.key not in taken]


@dataclass(frozen=True, slots=True)
class _EntityForms:
    """Every form the sources of an entity give."""

    zh: frozenset[str]
    en: frozenset[str]
    zh_keys: frozenset[str]
    en_keys: frozenset[str]
    acronym_keys: frozenset[str]


def _entity_forms(sources: Sequence[_Names]) -> _EntityForms:
    return _EntityForms(
        frozenset(z for s in sources for z in s.zh),
        frozenset(e for s in sources for e in s.en),
        frozenset(k for s in sources for k in s.zh_keys),
        frozenset(k for s in sources for k in s.en_keys),
        frozenset(acronym_key(a) for s in sources for a in s.acronyms),
    )


def _prose_link(
    m: Mention,
    n: _Names,
    entity: Entity,
    src: _EntityForms,
    space: _Space,
    top: float,
    margin: float,
    ru_id: str,
    ru_score: float | None,
) -> Link:
    level = Level.FUZZY
    parts = []
    if set(n.zh) & src.zh or set(n.en) & src.en:
        level = Level.EXACT
        parts.append("the name appears verbatim in the lists")
    elif set(filter(None, n.zh_keys)) & src.zh_keys or set(filter(None, n.en_keys)) & src.en_keys:
        level = Level.NORMALIZED
        parts.append("the name matches a listed name after normalization")
    elif {acronym_key(a) for a in n.acronyms} & src.acronym_keys:
        level = Level.ACRONYM
        parts.append("its acronym is one the lists give")
    else:
        shared = _shared_features(space, n.zh_keys, tuple(sorted(src.zh_keys)), zh=True)
        if shared:
            parts.append(f"Chinese shares rare n-grams {'/'.join(shared)}")
        shared_en = _shared_features(space, n.en_keys, tuple(sorted(src.en_keys)), zh=False)
        if shared_en:
            parts.append(f"English shares {'/'.join(shared_en)}")
    parts.append(f"score {top:.2f}")
    if ru_id and ru_score is not None:
        parts.append(f"runner-up {ru_id} {ru_score:.2f}")
    return Link(m.key, entity.id, level, round(min(top, 1.0), 4), margin, ru_id, "; ".join(parts))


def _extend(
    matching: Matching,
    cands: Sequence[Mention],
    names: Sequence[_Names],
    chosen: Sequence[str | None],
    new_links: Sequence[Link],
) -> Matching:
    add: dict[str, list[int]] = defaultdict(list)
    for c, eid in enumerate(chosen):
        if eid is not None:
            add[eid].append(c)
    entities = []
    for e in matching.entities:
        if e.id not in add:
            entities.append(e)
            continue
        keys = sorted(set(e.mentions) | {cands[c].key for c in add[e.id]}, key=_link_sort_key)
        used: dict[tuple[str, str], set[str]] = {(v.lang, v.name): set(v.sources) for v in e.variants}
        for c in add[e.id]:
            for lang, forms in (("zh", names[c].zh), ("en", names[c].en), ("acronym", names[c].acronyms)):
                for f in forms:
                    used.setdefault((lang, f), set()).add(cands[c].article)
        order = {"zh": 0, "en": 1, "acronym": 2}
        variants = tuple(
            Variant(name=name, lang=lang, sources=tuple(sorted(arts)))
            for (lang, name), arts in sorted(used.items(), key=lambda kv: (order.get(kv[0][0], 3), kv[0][1]))
        )
        entities.append(replace(e, mentions=tuple(keys), variants=variants))
    links = sorted([*matching.links, *new_links], key=lambda lk: _link_sort_key(lk.mention))
    return Matching(entities=tuple(entities), links=tuple(links))
