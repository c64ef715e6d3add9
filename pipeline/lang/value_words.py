"""Words around a printed value and its unit: the words that date it as an earlier value, a change's
way down, a day's figure, a verb of change in an amount, an amount's equivalent in another currency, and
a plain number read in a header's unit (``lang.values`` reads the values themselves).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.decision_cues import PAST_RE
from pipeline.lang.hedges import ABOUT_BEFORE
from pipeline.lang.numbers import scale_alone
from pipeline.lang.scripts import CJK, WHITESPACE, fold_pattern
from pipeline.lang.values import Found, find_values

# a word that dates the value after it (``（原46%）``, ``(was 46%)``, ``（此前为46%）``, ``（従来46%）``): an
# earlier value of the item, as ``from`` / ``由`` dates the first value of a change
EARLIER_RE = re.compile(rf"(?:{PAST_RE.pattern})|[原舊旧]|従来|従前", re.IGNORECASE)
# the same word after a space, right before an item's first value (``甲國 原46% 現20%``, ``Aland was 46%``):
# the value's label, no part of the name
EARLIER_BEFORE_VALUE_RE = re.compile(
    rf"[{WHITESPACE}]+(?:{EARLIER_RE.pattern})[{WHITESPACE}]*$", re.IGNORECASE
)
MAX_EARLIER_LABEL = 12  # characters of the words that date a later value (``up from``, ``此前為``)
_EARLIER_STRIP = WHITESPACE + "（()）:：,，;；、"


def earlier_label(words: str) -> str:
    """The words between an item's value and a later one when they say the later one is an earlier
    value (``（原``, ``(was``, ``, down from``): those words as printed, brackets and separators left out,
    the later value's label; "" when they say nothing of the kind."""
    label = words.strip(_EARLIER_STRIP)
    if not label or len(label) > MAX_EARLIER_LABEL or not EARLIER_RE.search(label):
        return ""
    return label


# a word that says a change went down, as a value's label before it or right after it ("減持118億美元",
# "down $11.8 billion", "118億ドル減"): the change is negative
_DOWN_BEFORE_RE = re.compile(
    fold_pattern(r"(?:減持|減少|下降|下跌|下調|下修|調降|調低)\s*$")
    + r"|\b(?:down|fell|decreased?|lower)\s*(?:by\s*)?$",
    re.IGNORECASE,
)
_DOWN_AFTER_RE = re.compile(rf"^\s*(?:減少|減|减少|减)(?![{CJK}])")
# words that say a figure is a day's ("日量50万バレル", "每日減產", "日均50萬桶")
PER_DAY = r"日量|每日|日均|每天"
# a verb of a change in an amount glued before it, the name before the verb ("甲國減產50萬桶/日", "乙國增持
# 107億美元", "丙國減21.1萬桶", "丁國日減8萬桶"): the name ends where the verb starts
# a word of contrast and a copula, or a verb of a levy, between a name and its figure in a clause of its own
# ("丁國則為24%", "乙國遭課49%", "丙國也適用10%")
TAIL_COPULA = fold_pattern(r"(?:則|也|亦|均|仍)?(?:為|是|(?:遭|被)?(?:課徵|課|徵收)|面臨|適用)")
AMOUNT_VERB_RE = re.compile(
    fold_pattern(
        rf"(?:將|宣布|決定)?(?:自願)?(?:{PER_DAY}|日)?(?:減產|增產|增持|減持|進口|出口|減|增)(?:了|約)?$"
    )
    + f"|{TAIL_COPULA}$"
)
# words a cell may print beside its values: a change's way (``107億ドル増``), a rate per day (``日量50万``),
# or the whole a share is of, printed in every row (``佔全球37%``, ``占總額的12%``)
SHARE_OF_WHOLE = r"[佔占][\u4e00-\u9fff]{1,6}?(?:的|之)?(?=\s*$)"
BESIDE_VALUE_RE = re.compile(
    fold_pattern(rf"增加|減少|增持|減持|増|減|增|{PER_DAY}") + rf"|^\s*{SHARE_OF_WHOLE}"
)
# the words of a day's figure just before it, after what it is of ("甲国が日量50万バレル", "甲國為每日50萬桶")
PER_DAY_BEFORE_RE = re.compile(fold_pattern(rf"\s*(?:{PER_DAY})\s*$"))
# a header's unit that also says its figures are a day's (``日量、万バレル``, ``每日，萬桶``,
# ``萬桶（每日）``): the unit is what is left
_PER_DAY_IN_UNIT_RE = re.compile(
    fold_pattern(rf"^\s*(?:{PER_DAY})\s*[、,，:：]?\s*|\s*[、,，(（]?\s*(?:{PER_DAY})\s*[)）]?\s*$")
)


def change_sign(before: str, after: str) -> int:
    """-1 when the words just before a value (its label) or just after it say it went down, else 1."""
    return -1 if _DOWN_BEFORE_RE.search(before) or _DOWN_AFTER_RE.match(after) else 1


# an amount's equivalent in another currency, in brackets right after it (``300億ドル（約4.5兆円）``,
# ``$2 billion (about ¥300 billion)``): the same amount converted, never a second value
_EQUIVALENT_OPEN_RE = re.compile(
    r"\s*[（(]\s*(?:" + fold_pattern(r"相當於|折合") + rf"|{ABOUT_BEFORE})?\s*$",
    re.IGNORECASE,
)
_EQUIVALENT_CLOSE_RE = re.compile(r"\s*[)）]")


def equivalents(text: str, found: Sequence[Found]) -> frozenset[int]:
    """The indexes in ``found`` of amounts that only convert the amount before them into another currency
    (in brackets right after it, an estimate word or none before the number)."""
    out = set()
    for k in range(1, len(found)):
        before, f = found[k - 1], found[k]
        if not (
            before.unit and f.unit and before.unit != f.unit and before.unit.isupper() and f.unit.isupper()
        ):
            continue
        if _EQUIVALENT_OPEN_RE.fullmatch(text, before.end, f.start) and _EQUIVALENT_CLOSE_RE.match(
            text, f.end
        ):
            out.add(k)
    return frozenset(out)


def without_equivalents(text: str, found: Sequence[Found]) -> tuple[str, list[Found]]:
    """``text`` with each converted amount and its brackets cut out, and the amounts left (their offsets
    still those of ``text``)."""
    eq = equivalents(text, found)
    if not eq:
        return text, list(found)
    cut, last = [], 0
    for k in sorted(eq):
        close = _EQUIVALENT_CLOSE_RE.match(text, found[k].end)
        end = close.end() if close else found[k].end
        cut.append(text[last : found[k - 1].end] + " " * (end - found[k - 1].end))
        last = end
    cut.append(text[last:])
    return "".join(cut), [f for k, f in enumerate(found) if k not in eq]


_SIGN_FIRST_RE = re.compile(r"^(US\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|￥)\s*")


def in_units(number: float, unit: str) -> tuple[float, str]:
    """A plain number printed under a header's unit (``US$ million``, ``百萬美元``, ``億円``): the amount it
    stands for and its currency's code, as ``find_values`` reads an amount; else (``%``, ``points``) the
    number and the unit as they are; in percentage points (``百分點``, ``ポイント``), ``pp``."""
    bare = _PER_DAY_IN_UNIT_RE.sub("", unit) or unit  # "日量、万バレル": a day's barrels
    for probe in (f"1{bare}", f"1 {bare}", _SIGN_FIRST_RE.sub(r"\g<1>1 ", bare)):
        found = find_values(probe)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(probe)) and found[0].number:
            if found[0].unit in ("%", "pp"):
                return number, found[0].unit  # "增減（百分點）": a change in percentage points
            if found[0].unit == unit:
                break
            return round(number * found[0].number, 6), found[0].unit
    if (factor := scale_alone(bare)) is not None:  # "人口（億）", "Population (millions)": a plain figure
        return round(number * factor, 6), ""
    return number, unit
