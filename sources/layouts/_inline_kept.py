"""Whether an inline enumeration is kept among the others of its article: accepted on its own, labelled,
a group of one among labelled groups, or a piece among valued ones on the lines beside it. Used by
``_inline_grouping.find_enumerations``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.clause_cues import EN_DATE_PATTERN
from pipeline.lang.dates import DATE_RE
from pipeline.lang.group_cues import COMPLEMENT_RE
from pipeline.lang.rank_cues import TIED_PLACE_RE
from pipeline.lang.values import find_values
from sources.layouts._inline_accepting import is_accepted
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._table_labels import are_row_labels


def _kept(text: str, e: Enumeration, found: Sequence[Enumeration], labelled: bool) -> bool:
    if len(e.spans) == 1 and e.label:  # one name after a label's colon: a group of one, or no list
        # "第二級：全球其他大多數國家": the others, whom the article does not name, are no group of one
        return COMPLEMENT_RE.search(text, *e.spans[0]) is None and _among_labelled(text, e, found)
    return is_accepted(text, e) or (labelled and bool(e.label)) or _among_valued(text, e, found)


def _among_labelled(text: str, one: Enumeration, found: Sequence[Enumeration]) -> bool:
    """One name after a label's colon is a group of one when the same sentence holds other labelled
    groups (``…的有：甲國；40%的有：乙國、丙國``); alone (``責任編輯：王某``) it is no list."""
    lo = max(text.rfind("。", 0, one.start), text.rfind("\n", 0, one.start))
    ends = [k for k in (text.find("。", one.end), text.find("\n", one.end)) if k >= 0]
    hi = min(ends, default=len(text))
    if any(e.label and len(e.spans) > 1 and lo < e.start < hi for e in found):
        return True
    beside = _on_lines_beside(text, one, found)
    near = [e for e in beside if len(e.spans) > 1]
    # lines of a series of labels (``第1位：甲國`` over ``第2位：乙國、丙國``): a group of one among them
    if any(are_row_labels([one.label, e.label]) for e in near):
        return True
    # so is a line of such a series whose lines each give their figure (``第1名：甲國（190國）`` over
    # ``第2名：乙國（189國）``), however many names the line beside holds
    if one.shared and any(e.shared and _places_or_rows(one.label, e.label) for e in beside):
        return True
    # sentences of names under a date each (``丙國自2025年2月1日起適用。丁國、戊國自…``): one among them
    if _date_label(one.label) and any(_date_label(e.label) for e in near):
        return True
    # lines of names under a value each (``25%：甲國、乙國`` / ``30%：丙國``): a line between such lines, or
    # beside a line of one name under a value of the same unit (``50%：甲國`` over ``49%：乙國``)
    return bool(find_values(one.label)) and (
        any(find_values(e.label) for e in near) or any(_same_unit(one.label, e.label) for e in beside)
    )


def _same_unit(label: str, other: str) -> bool:
    """Two labels that are each one value with a unit, the same (``50%`` and ``49%``)."""
    one, two = find_values(label), find_values(other)
    return len(one) == len(two) == 1 and bool(one[0].unit) and one[0].unit == two[0].unit


_EN_DATE_RE = re.compile(EN_DATE_PATTERN)


def _date_label(label: str) -> bool:
    """A group's label that is a date: ``2025年2月1日``, ``July 1`` (English prints no year for one near)."""
    return DATE_RE.fullmatch(label) is not None or _EN_DATE_RE.fullmatch(label) is not None


def _places_or_rows(label: str, other: str) -> bool:
    """Two labels of one series: row labels (``No. 1``, ``No. 2``), or two places (``1st``, ``2nd``)."""
    if are_row_labels([label, other]):
        return True
    return label != other and all(TIED_PLACE_RE.fullmatch(x) is not None for x in (label, other))


def _among_valued(text: str, one: Enumeration, found: Sequence[Enumeration]) -> bool:
    """Names under a label that is a value (``19%：甲國、乙國``) beside a line of names under another value
    (``20%：丙國``): lines of a list grouped by its values, the single name's line among them."""
    if not one.label or not find_values(one.label):
        return False
    return any(find_values(e.label) for e in _on_lines_beside(text, one, found))


def _on_lines_beside(text: str, one: Enumeration, found: Sequence[Enumeration]) -> list[Enumeration]:
    """The other labelled enumerations from the line above ``one``'s sentence to the line below it."""
    lo = max(text.rfind("。", 0, one.start), text.rfind("\n", 0, one.start))
    ends = [k for k in (text.find("。", one.end), text.find("\n", one.end)) if k >= 0]
    hi = min(ends, default=len(text))
    above = text.rfind("\n", 0, max(lo, 0))
    below = text.find("\n", hi + 1)
    end = below if below >= 0 else len(text)
    return [e for e in found if e is not one and e.label and above < e.start < end]
