"""Groups and value columns as data: each outlet's groups and columns aligned into canonical ones.

An article files its items under groups it labels in its own words (``全面禁止入境``, ``Full ban``,
``第一部分：甲類``) and prints values in columns it labels its own way (``新稅率``, ``New rate``).
Labels don't translate reliably; what the groups hold and what the columns say does:

- groups: the article with the most groups (or the reference list, when there is one) seeds the
  canonical groups; every other article's groups are assigned one-to-one to them by the entities they
  share (``linear_sum_assignment`` on the overlap), a group sharing nothing starts a new
  canonical group. An article that prints one heading over its whole list has no groups (it
  partitions nothing), unless that heading is one of the canonical groups' own labels or nearly all its
  items sit in one canonical group (a list of one group only). Canonical ids are ``g1``, ``g2``, … in
  seeding order (the reference's own ids when there is one); a canonical group's label is the label
  most outlets use (a label some outlets print before the placeholder of one that prints none).
- naming a group in words (a count in prose, an assertion beside a name): ``match_label`` finds the
  group whose printed labels the words carry, with the same negation (``非X`` is not ``X``).
- columns: the same, with the agreement of the values two columns give the same entities, in whatever
  scale and precision each prints them (``6,809.9億美元`` is ``680,985`` under ``百萬美元``, rounded).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from pipeline.assignment import linear_sum_assignment
from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import NEGATION_AFTER_RE, NEGATION_BEFORE_RE
from pipeline.lang.precision import backs, printed_step
from pipeline.lang.scripts import CJK, KANA, fold_pattern, simplified
from pipeline.models import Group, Kind, Mention, is_unlabelled_group

MIN_OVERLAP = 0.5  # share of the smaller group's entities the other must hold to be the same group
SINGLE_GROUP_SHARE = 0.8  # share of an article's only group that must sit in one canonical group
MIN_AGREEMENT = 0.5  # share of shared entities on which two columns must give the same value


@dataclass(frozen=True, slots=True)
class CanonicalGroups:
    of: Mapping[tuple[str, str], str]  # (article, label as printed) -> canonical group id
    labels: Mapping[str, str]  # canonical group id -> label

    @classmethod
    def from_records(cls, groups: Sequence[Group]) -> CanonicalGroups:
        """The alignment the run recorded (``Reconciliation.groups``)."""
        return cls({key: g.id for g in groups for key in g.members}, {g.id: g.label for g in groups})

    @staticmethod
    def printed(groups: Sequence[Group]) -> dict[str, list[str]]:
        """Canonical group id -> every label it is printed under (and its own), sorted: what words in
        prose are matched against (``match_label``)."""
        return {g.id: sorted({label for _, label in g.members} | {g.label}) for g in groups}

    def group(self, m: Mention) -> str | None:
        label = group_key(m)
        return self.of.get((m.article, label)) if label else None


def group_key(m: Mention) -> str:
    """The label an article files an item under ("" when its list has no groups)."""
    return m.group


@dataclass(frozen=True, slots=True)
class CanonicalColumns:
    of: Mapping[tuple[str, int], str]  # (article, value index in its items) -> canonical column id
    labels: Mapping[str, str]
    # mention key -> the article's value index of each of its values, where it prints fewer (``value_slots``)
    shifted: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def column(self, m: Mention, k: int) -> str | None:
        """The canonical column of ``m``'s ``k``-th value."""
        slots = self.shifted.get(m.key)
        return self.of.get((m.article, slots[k] if slots is not None else k))


def _overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller group the other holds: a selection's group is inside the full list's."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _fit(ents: set[str], label: str, canon: set[str], labels: Counter[str]) -> tuple[float, bool]:
    """How well an article's group fits a canonical group: the entities they share first, the same label
    to break ties; and whether it fits at all (enough of the smaller group shared, or the same label)."""
    same_label = label in labels
    shared = len(ents & canon)
    return shared + 0.5 * same_label + 0.001 * _overlap(ents, canon), _overlap(
        ents, canon
    ) >= MIN_OVERLAP or (same_label and not ents & canon)


MIN_SHARED_ALONE = 2  # entities a group shares with one canonical group, and none with another, to be it


def _only_in(ents: set[str], gid: str, canon: Mapping[str, set[str]]) -> bool:
    """The entities of an article's group that other outlets' groups hold are all in ``gid`` (two at the
    least), none in another: the same group, however few of its names matching could link across
    scripts (``甲國元首`` with three of nine names linked to a Chinese list's ``元首``)."""
    shared = ents & canon[gid]
    return len(shared) >= MIN_SHARED_ALONE and not any(ents & c for g, c in canon.items() if g != gid)


def _members(mentions: Sequence[Mention], entity_of: Mapping[str, str]) -> dict[str, dict[str, set[str]]]:
    """article -> group label -> entity ids (list items only)."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        if m.kind is Kind.LIST and (label := group_key(m)) and (ent := entity_of.get(m.key)):
            out[m.article][label].add(ent)
    return {a: dict(g) for a, g in out.items()}


def _one_of(
    ents: set[str], label: str, taken: Mapping[str, str], canon: Mapping[str, set[str]], votes: Mapping
) -> bool:
    """Whether an article's only group is one of the canonical groups (not a heading over the whole
    list): it has that group's label, or nearly all its entities are in it."""
    gid = taken.get(label)
    if gid is None:
        return False
    return label in votes[gid] or len(ents & canon[gid]) >= SINGLE_GROUP_SHARE * len(ents)


def align_groups(
    mentions: Sequence[Mention],
    entity_of: Mapping[str, str],
    *,
    seed: Mapping[str, tuple[str, set[str]]] | None = None,
) -> CanonicalGroups:
    """Canonical groups for the articles' groups. ``seed``: id -> (label, entity ids), from a reference."""
    members = _members(mentions, entity_of)
    canon: dict[str, set[str]] = {gid: set(ents) for gid, (_, ents) in (seed or {}).items()}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for gid, (label, _) in (seed or {}).items():
        votes[gid][label] += 0
    of: dict[tuple[str, str], str] = {}
    order = sorted(members, key=lambda a: (-len(members[a]), a))
    for art in order:
        labels = sorted(members[art])
        ids = list(canon)
        taken: dict[str, str] = {}
        if ids:
            fit = [[_fit(members[art][lab], lab, canon[g], votes[g]) for g in ids] for lab in labels]
            score = np.array([[f[0] for f in row] for row in fit])
            rows, cols = linear_sum_assignment(-score)
            taken = {
                labels[r]: ids[c]
                for r, c in zip(rows, cols, strict=True)
                if fit[r][c][1] or _only_in(members[art][labels[r]], ids[c], canon)
            }
        if len(labels) == 1 and not _one_of(members[art][labels[0]], labels[0], taken, canon, votes):
            continue  # one heading over a whole list partitions nothing: the article has no groups
        for lab in labels:
            found = taken.get(lab)
            gid = found if found is not None else f"g{len(canon) + 1}"
            if found is None:
                while gid in canon:
                    gid = f"{gid}'"
                canon[gid] = set()
            if not seed:
                canon[gid] |= members[art][lab]
            of[(art, lab)] = gid
            votes[gid][lab] += 1
    labels_out = {gid: _most_printed(v) if v else gid for gid, v in votes.items()}
    if seed:
        labels_out.update({gid: label for gid, (label, _) in seed.items()})
    return CanonicalGroups(of, labels_out)


def _most_printed(votes: Counter[str]) -> str:
    """The label most outlets print for a group, its Traditional and Simplified forms counted together
    (``甲類`` and ``甲类`` are one label's votes), the Simplified form first among them on a tie."""
    folded: Counter[str] = Counter()
    for label, n in votes.items():
        folded[simplified(label)] += n
    return min(
        votes.items(),
        key=lambda kv: (is_unlabelled_group(kv[0]), -folded[simplified(kv[0])], -kv[1], len(kv[0]), kv[0]),
    )[0]


class _Printed(NamedTuple):
    """A value as a column holds it: its number, the step its print shows (``printed_step``), its unit."""

    number: float
    step: float = 0.0
    unit: str = ""


def _labelled(label: str) -> bool:
    return bool(label) and not NUMBERED_LABEL_RE.match(label)


def value_slots(mentions: Sequence[Mention]) -> dict[str, tuple[int, ...]]:
    """Mention key -> the article's value index of each of its values, for the items whose labelled values
    sit at other indexes than the same labels do in most of the article's items: ``3（比例3）`` among
    ``39（選挙区27、比例12）`` prints no first part, and its ``比例`` is the article's third value, not its
    second. Only where the item's labels keep their order and each has its own index."""
    at: dict[str, dict[str, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    listed = [m for m in mentions if m.kind is Kind.LIST and m.values]
    for m in listed:
        for k, v in enumerate(m.values):
            if _labelled(v.column):
                at[m.article][v.column][k] += 1
    home = {
        art: {label: min(c.items(), key=lambda t: (-t[1], t[0]))[0] for label, c in labels.items()}
        for art, labels in at.items()
    }
    out: dict[str, tuple[int, ...]] = {}
    for m in listed:
        own = home.get(m.article, {})
        slots = tuple(own.get(v.column, k) if _labelled(v.column) else k for k, v in enumerate(m.values))
        if slots != tuple(range(len(slots))) and list(slots) == sorted(set(slots)):
            out[m.key] = slots
    return out


def _column_values(
    mentions: Sequence[Mention], entity_of: Mapping[str, str], shifted: Mapping[str, tuple[int, ...]]
) -> dict[str, dict[int, dict[str, _Printed]]]:
    """article -> value index -> entity -> value."""
    out: dict[str, dict[int, dict[str, _Printed]]] = defaultdict(lambda: defaultdict(dict))
    for m in mentions:
        if m.kind is not Kind.LIST or not (ent := entity_of.get(m.key)):
            continue
        slots = shifted.get(m.key) or range(len(m.values))
        for k, v in zip(slots, m.values, strict=True):
            if v.number is not None:
                out[m.article][k][ent] = _Printed(float(v.number), printed_step(v.raw, v.number), v.unit)
    return {a: dict(c) for a, c in out.items()}


def _same(a: _Printed, b: _Printed) -> bool:
    """Two columns' values for one entity are one figure: equal, or one the other rounded in one unit
    (``6,809.9億美元`` and ``680,985`` under ``百萬美元``)."""
    return a.number == b.number or (a.unit == b.unit and backs(a.number, a.step, b.number, b.step))


def _shares(column: Mapping[str, _Printed]) -> bool:
    """Whether most of a column's values are percentages."""
    return 2 * sum(1 for v in column.values() if v.unit == "%") > len(column)


def _agreement(a: Mapping[str, _Printed], b: Mapping[str, _Printed]) -> float:
    shared = a.keys() & b.keys()
    return sum(1 for e in shared if _same(a[e], b[e])) / len(shared) if shared else 0.0


def align_columns(
    mentions: Sequence[Mention],
    entity_of: Mapping[str, str],
    *,
    seed: Mapping[str, tuple[str, dict[str, float]]] | None = None,
) -> CanonicalColumns:
    """Canonical value columns. ``seed``: column id -> (label, entity -> value), from a reference."""
    shifted = value_slots(mentions)
    values = _column_values(mentions, entity_of, shifted)
    labels_by_index: dict[tuple[str, int], str] = {}
    for m in mentions:
        for k, v in zip(shifted.get(m.key) or range(len(m.values)), m.values, strict=True):
            labels_by_index.setdefault((m.article, k), v.column)
    canon: dict[str, dict[str, _Printed]] = {
        cid: {ent: _Printed(val) for ent, val in vals.items()} for cid, (_, vals) in (seed or {}).items()
    }
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    of: dict[tuple[str, int], str] = {}
    order = sorted(values, key=lambda a: (-sum(len(c) for c in values[a].values()), a))
    for art in order:
        idx = sorted(values[art])
        ids = list(canon)
        taken: dict[int, str] = {}
        if ids:
            score = np.array([[_agreement(values[art][k], canon[c]) for c in ids] for k in idx])
            rows, cols = linear_sum_assignment(-score)
            taken = {idx[r]: ids[c] for r, c in zip(rows, cols, strict=True) if score[r, c] >= MIN_AGREEMENT}
            # a column that agrees with none (two columns swapped for one entity still agree on the rest)
            for k in idx:
                if k not in taken and len(idx) == len(ids):
                    free = [c for c in ids if c not in taken.values()]
                    if len(free) == 1 and _shares(values[art][k]) == _shares(canon[free[0]]):
                        taken[k] = free[0]  # no column of counts for one of shares
        for k in idx:
            cid = taken.get(k) or f"c{len(canon) + 1}"
            if cid not in canon:
                canon[cid] = {}
            if not seed:
                for ent, val in values[art][k].items():
                    canon[cid].setdefault(ent, val)
            of[(art, k)] = cid
            if (label := labels_by_index.get((art, k), "")) and not NUMBERED_LABEL_RE.match(label):
                votes[cid][label] += 1
    labels_out = {cid: (votes[cid].most_common(1)[0][0] if votes[cid] else cid) for cid in canon}
    if seed:
        labels_out.update({cid: label for cid, (label, _) in seed.items()})
    return CanonicalColumns(of, labels_out, shifted)


# ------------------------------------------------------------------- naming a group in words

MIN_LABEL_MATCH = 0.5  # share of a label's own words (bigrams) a phrase must carry to name that group
# words every group label may carry: what is counted, not which group (``組織``, ``countries``)
_GENERIC_WORDS_RE = re.compile(
    fold_pattern(
        r"國際性|國際|全球|組織|機構|實體|單位|團體|機關|國家|經濟體|地區|人士|個人|人員|名單|清單|列表|相關|有關|的"
    )
    + r"|\b(?:the|international|organi[sz]ations?|entities|entity|bodies|body|agencies|countries|"
    r"nations|economies|people|persons|individuals|list|of|and)\b",
    re.IGNORECASE,
)


_DATE_WORDS_RE = re.compile(r"\d+\s*[年月日号]|[周週]\s*[一二三四五六日天]|星期[一二三四五六日天]")


def label_words(label: str) -> tuple[frozenset[str], bool]:
    """A group label's own words, as a set of folded character bigrams (Chinese, Japanese) and words
    (Latin), with counts, counters, generic nouns and punctuation left out; and whether it is negated
    (``非甲類``, ``non-X``, ``X以外``)."""
    text = simplified(unicodedata.normalize("NFKC", label or "")).casefold()
    for c in reversed(find_counts(text)):
        text = text[: c.start] + text[c.end :]
    text = _DATE_WORDS_RE.sub(" ", text)  # "6月5日", "周三": a date names no group by its characters
    negated = bool(NEGATION_BEFORE_RE.search(text))
    text = NEGATION_BEFORE_RE.sub(" ", text)
    after = NEGATION_AFTER_RE.search(text)
    if after is not None and not text[after.end() :].strip(" 的组织机构"):
        negated, text = True, text[: after.start()] + " " + text[after.end() :]
    text = _GENERIC_WORDS_RE.sub(" ", simplified(text))
    words: set[str] = set(re.findall(r"[a-z][a-z0-9\-]+", text))
    for run in re.findall(f"[{CJK}{KANA}]+", text):
        words |= {run} if len(run) == 1 else {run[k : k + 2] for k in range(len(run) - 1)}
    return frozenset(words), negated


# "(2)": what the readers call the second value under a column the article does not label (no word of it)
NUMBERED_LABEL_RE = re.compile(r"^\(\d+\)$")


def match_label(phrase: str, labels: Mapping[str, Sequence[str]]) -> str | None:
    """The group (key of ``labels``: id -> the labels it is printed under) a phrase names: the one whose
    best label has the largest share of its words in the phrase, at least ``MIN_LABEL_MATCH``, with the
    same negation, and ahead of every other group. None when the phrase names none of them clearly."""
    words, negated = label_words(phrase)
    if not words:
        return None
    scores: list[tuple[float, str]] = []
    for gid, printed in labels.items():
        best = 0.0
        for label in printed:
            own, neg = label_words(label)
            if own and neg == negated:
                best = max(best, len(words & own) / len(own))
        scores.append((best, gid))
    scores.sort(key=lambda t: (-t[0], t[1]))
    if not scores or scores[0][0] < MIN_LABEL_MATCH:
        return None
    if len(scores) > 1 and scores[1][0] >= scores[0][0]:
        return None
    return scores[0][1]
