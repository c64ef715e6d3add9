"""What the article's own list gives for a count it states (``OwnCounts``): the number of its list
mentions overall, in a group (the group a count's words mean, the other one for "the rest") or in a
category. Used by ``counts``, ``heading_claims`` and ``share_claims``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.claims.heading_counts import _labels_match
from pipeline.claims.kinds import COMPLEMENT_MARK, KIND_CATEGORY, KIND_GROUP, KIND_TOTAL
from pipeline.group_labels import match_label
from pipeline.models import Mention


class OwnCounts:
    """The counts an article's own list mentions (``listed``) give, by kind, subject and group."""

    def __init__(self, listed: Sequence[Mention]) -> None:
        self.listed = listed
        self.groups = Counter(m.group for m in listed if m.group)

    def group(self, subject: str) -> str | None:
        """The article's own group a group count means, by its words (the other one for "the rest")."""
        own_groups = self.groups
        if subject in own_groups:
            return subject
        printed = {g: [g] for g in own_groups}
        if subject.startswith(COMPLEMENT_MARK):
            named = self.group(subject[len(COMPLEMENT_MARK) :])
            others = [g for g in own_groups if g != named]
            return others[0] if named is not None and len(others) == 1 else None
        return match_label(subject, printed)

    def computed(self, kind: str, subject: str, group: str = "") -> float | None:
        """The number of list mentions overall / in that group / in that category, ``None`` when the
        article has no list (or no such group or category)."""
        listed, own_groups = self.listed, self.groups
        if not listed:
            return None
        if kind == KIND_TOTAL:
            return float(len(listed))
        if kind == KIND_GROUP:
            own = self.group(subject) if own_groups else None
            return float(own_groups[own]) if own is not None else None
        if kind == KIND_CATEGORY:
            hits = [m for m in listed if m.category and _labels_match(m.category, subject)]
            if not hits:
                return None
            if group:
                hits = [m for m in hits if not m.group or m.group == group]
            return float(len(hits))
        return None
