"""Groups as data: each outlet's groups aligned into canonical ones.

An article files its items under groups it labels in its own words (``全面禁止入境``, ``Full ban``,
``第一部分：甲類``). Labels don't translate reliably; what the groups hold does: the article with the most
groups (or the reference list, when there is one) seeds the canonical groups; every other article's
groups are assigned one-to-one to them by the entities they share (``linear_sum_assignment`` on the
overlap), a group sharing nothing starts a new canonical group. An article that prints one heading over
its whole list has no groups (it partitions nothing), unless that heading is one of the canonical groups'
own labels or nearly all its items sit in one canonical group (a list of one group only). Canonical ids
are ``g1``, ``g2``, … in seeding order (the reference's own ids when there is one); a canonical group's
label is the label most outlets use (a label some outlets print before the placeholder of one that
prints none).

Value columns are aligned the same way (``pipeline.value_columns``); words in prose that name a group
are matched to it by ``pipeline.group_labels``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.assignment import linear_sum_assignment
from pipeline.lang.scripts import simplified
from pipeline.models import Group, Kind, Mention, is_unlabelled_group

MIN_OVERLAP = 0.5  # share of the smaller group's entities the other must hold to be the same group
SINGLE_GROUP_SHARE = 0.8  # share of an article's only group that must sit in one canonical group


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


def _overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller group the other holds: a selection's group is inside the full list's."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _fit(
    ents: set[str], label: str, canon: set[str], labels: Counter[str], codes: Mapping[str, str]
) -> tuple[float, bool]:
    """How well an article's group fits a canonical group: the entities they share first, the same label
    to break ties; and whether it fits at all (enough of the smaller group shared, or the same label).
    Labels that name one place (``codes``: ``甲國`` and ``Aland`` of one code) are the same label, and
    fit however few of the groups' names matching could link across scripts."""
    same_place = bool(code := codes.get(label)) and any(codes.get(x) == code for x in labels)
    same_label = label in labels or same_place
    shared = len(ents & canon)
    return shared + 0.5 * same_label + 0.001 * _overlap(ents, canon), _overlap(
        ents, canon
    ) >= MIN_OVERLAP or (same_label and not ents & canon) or same_place


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
    label_codes: Mapping[str, str] | None = None,
) -> CanonicalGroups:
    """Canonical groups for the articles' groups. ``seed``: id -> (label, entity ids), from a reference;
    ``label_codes``: label as printed -> the code of the place it names (a country's name as a group's
    label, in any language: ``pipeline.checks.lists``)."""
    codes = label_codes or {}
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
            fit = [[_fit(members[art][lab], lab, canon[g], votes[g], codes) for g in ids] for lab in labels]
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
