"""The words a claim carries: its kinds and units, the subject of a whole-list total, and the marks a
subject keeps until ``bind_groups`` reads it (the rest after a group, a count in prose bound by its
words, a lower bound)."""

from __future__ import annotations

KIND_TOTAL = "total"
KIND_GROUP = "group"
KIND_CATEGORY = "category"
KIND_PERCENTAGE = "percentage"
KIND_SHARE = "share"
# a count its words leave unbound that differs from the total its own list has and the other outlets state
# (``bind_groups``): judged on its own (a warning), never a total of the list
KIND_LOOSE = "loose"
SUBJECT_TOTAL = "total"
UNIT_COUNT = "count"
UNIT_PERCENT = "percent"
UNIT_SHARE = "share"
LOWER_BOUND = "(at least)"  # after a share's subject: a lower bound ("至少一半")
COMPLEMENT_MARK = "~"  # a group count's subject "~X": the rest of the list after group X
PROSE_MARK = "≈"  # a total's subject "≈words": a count in prose that ``bind_groups`` binds by its words
# a total's subject "≟words": a count its words do not bind, kept where the run's usual total is it
WEAK_MARK = "≟"
SELECTED_MARK = "⊂"  # after WEAK_MARK: the count is printed over a selection of the list
