"""Count candidates in one sentence: the totals, groups and categories it states about the list.

A number is a claim about the list only when it counts organizations (numerals, classifiers, generic
nouns for what the list counts); dates, money, ages, ordinals and counts of other things are left
alone. A count of a group keeps the group's words as printed; ``bind_groups`` later names the
canonical group they mean (``pipeline.groups``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.kinds import COMPLEMENT_MARK, KIND_CATEGORY, KIND_GROUP, KIND_TOTAL, SUBJECT_TOTAL
from pipeline.claims.sentences import CJK, Sentence
from pipeline.group_labels import label_words
from pipeline.lang.not_counts import HEDGED_OR_ORDINAL_BEFORE_RE
from pipeline.lang.numbers import CN_NUM_CHARS, parse_int
from pipeline.limits import bounded_int

# the one number parser of the project (pipeline.lang.numbers) reads digits of any width and numerals
_CN_NUM_CHARS = CN_NUM_CHARS
# a number starts where its run of digits or numerals starts: never again inside a long run, so a
# run of a million digits is scanned once, not once per digit
NUM = rf"(?:(?<!\d)\d+|(?<![{_CN_NUM_CHARS}])[{_CN_NUM_CHARS}]+)"


def parse_number(s: str) -> int | None:
    """An integer written in digits (any width) or Chinese numerals (六十六, 三十一, 兩); else None."""
    return parse_int((s or "").strip())


CLASSIFIER = "(?:個|个|家)"
# Generic nouns for what the list counts. A count of anything else is not about the list.
ORG_NOUN = (
    r"(?:國際性組織|国际性组织|組織|组织|機構|机构|實體|实体|單位|单位|委員會|委员会|團體|团体|機關|机关)"
)
ORG_NOUN_RE = re.compile(ORG_NOUN)
_COMPLEMENT_RE = re.compile(
    r"(?:其餘|其余|其他|餘下|余下|剩下|剩餘|剩余|另外|other|remaining)\s*$", re.IGNORECASE
)
SUBSET_RE = re.compile(r"(?:其中|包括|包含|之中|當中|当中)[^，。；,;]{0,4}$")

_COUNT_AFTER_RE = re.compile(
    rf"(?P<num>{NUM})\s*{CLASSIFIER}(?P<mid>[^，。；！？,;!?\n：:（(）)\d]{{0,16}}?){ORG_NOUN}"
)
_COUNT_KW_RE = re.compile(
    rf"(?P<kw>總計|总计|共計|共计|合計|合计|總共|总共|一共|共有|計有|计有|共|多達|多达|高達|高达|達|达|有)"
    rf"\s*(?P<num>{NUM})\s*{CLASSIFIER}(?![{CJK}A-Za-z])"
)
_CATEGORY_PROSE_RE = re.compile(
    rf"(?:與|与|涉及|關於|关于|屬於|属于)(?P<label>[^，。；！？,;!?\n]{{1,20}}?)(?:相關|相关|有關|有关)?的"
    rf"(?:{ORG_NOUN})?(?:最多|最少|次之|其次)?[，,]?\s*(?:則|则|也)?(?:有|共有|共|計有|计有|達|达)"
    rf"\s*(?P<num>{NUM})\s*{CLASSIFIER}(?![{CJK}])"
)


EN_COUNT_RE = re.compile(
    r"(?<![\d.,])(?P<num>\d+)\s+(?P<mid>(?:[A-Za-z.\-]+\s+){0,3}?)"
    r"(?:international\s+)?(?:organi[sz]ations|entities|bodies|agencies|institutions)\b",
    re.IGNORECASE,
)
_COMPLEMENT = "complement"
# another count joined to this one by a conjunction (``10名人員和4個實體``, ``10 people and 4 entities``):
# each counts a kind of what was decided, a part of it, not the list
_JOINED_BEFORE_RE = re.compile(
    rf"(?:{NUM}|\d+)\s*[^，。；,;\d]{{0,8}}?(?:和|及|與|与|以及|跟|\band)\s*$", re.IGNORECASE
)
_JOINED_AFTER_RE = re.compile(rf"\s*(?:和|及|與|与|以及|跟|\band\b)\s*(?:{NUM}|\d+)", re.IGNORECASE)
MAX_JOINED_BEFORE = 14  # characters before a count where the count joined to it may stand


def _joined(s: str, i: int, end: int) -> bool:
    """The count at ``s[i:end]`` is joined to another by a conjunction (``N名X和M個Y``)."""
    return bool(
        _JOINED_BEFORE_RE.search(s[max(0, i - MAX_JOINED_BEFORE) : i]) or _JOINED_AFTER_RE.match(s, end)
    )


_CLAUSE_DELIMS = "，,；;：:！？!?。\n）) \t\u3000"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A count found in a sentence before it becomes a Claim."""

    num_start: int  # offset of the numeral in the article text
    num_end: int  # end of the classifier
    kind: str
    subject: str
    stated: int
    sentence: Sentence


_COPULA_LEAD_RE = re.compile(r"^(?:是|為|为|係|乃|屬於|属于)?(?:與|与|和|跟|關於|关于)?")


def _group_phrase(phrase: str) -> str:
    """The words of a count's phrase that may name a group ("" when it says only what is counted)."""
    words, negated = label_words(phrase)
    if not (words or negated):
        return ""
    return _COPULA_LEAD_RE.sub("", phrase.strip(_CLAUSE_DELIMS + '「」『』“”"的')).strip(_CLAUSE_DELIMS)


def _clause_before(s: str, i: int) -> str:
    """The clause of ``s`` ending at ``i`` (opening brackets dropped); the previous one if empty."""
    j = i
    while j > 0 and s[j - 1] in "（(":
        j -= 1
    k = j
    while k > 0 and s[k - 1] not in _CLAUSE_DELIMS:
        k -= 1
    clause = s[k:j].strip()
    if clause or k == 0:
        return clause
    # The keyword opens its clause ("X，共35個"): the phrase is the clause before.
    m = k - 1
    while m > 0 and s[m - 1] not in _CLAUSE_DELIMS:
        m -= 1
    return s[m : k - 1].strip()


def _label_before(s: str, i: int) -> str:
    """The heading label right before an opening bracket at ``i`` (back to a blank or stop)."""
    j = i
    while j > 0 and s[j - 1] in "（(":
        j -= 1
    k = j
    while k > 0 and s[k - 1] not in "，,；;：:！？!?。\n）) \t\u3000":
        k -= 1
    return s[k:j].strip()


def _count_guard(s: str, i: int) -> bool:
    """True when the numeral at ``s[i]`` may be a count (not ordinal, approximate, demonstrative)."""
    j = i
    while j > 0 and s[j - 1] in " \u3000":
        j -= 1
    if HEDGED_OR_ORDINAL_BEFORE_RE.search(s[max(0, j - 3) : j]):  # ordinal, hedged, demonstrative, per-unit
        return False
    return not (j > 0 and (s[j - 1].isdigit() or s[j - 1] in ".．"))


_Count = tuple[int, int, str, str, int]  # numeral start, end, kind, subject, value (offsets in the sentence)


def scan_sentence(sent: Sentence, prior_groups: list[str]) -> list[Candidate]:
    """Count claims in one sentence, most specific reading first; ``prior_groups`` is updated."""
    out: list[Candidate] = []
    whole = 0  # the largest plain total so far in the sentence: a smaller count after it is a part
    for i, j, kind, subject, value in _sentence_counts(sent.text):
        c = Candidate(sent.start + i, sent.start + j, kind, subject, value, sent)
        if c.kind == KIND_TOTAL and c.subject == SUBJECT_TOTAL:
            whole = max(whole, c.stated)
        elif c.kind == KIND_TOTAL and c.stated < whole:
            c = Candidate(c.num_start, c.num_end, KIND_GROUP, c.subject, c.stated, c.sentence)
        if c.kind == KIND_GROUP and c.subject == _COMPLEMENT:
            if not prior_groups or prior_groups[-1].startswith(COMPLEMENT_MARK):
                continue  # "the other 35" with no group before it: nothing to complement
            c = Candidate(
                c.num_start, c.num_end, c.kind, COMPLEMENT_MARK + prior_groups[-1], c.stated, c.sentence
            )
        if c.kind == KIND_GROUP or c.subject != SUBJECT_TOTAL:
            prior_groups.append(c.subject)
        out.append(c)
    return out


@lru_cache(maxsize=65_536)  # list lines and stock sentences recur from article to article: each read once
def _sentence_counts(s: str) -> tuple[_Count, ...]:
    """The counts a sentence states, in their order, before the sentence's place in its article is
    known (``scan_sentence`` reads them in that place)."""
    found: dict[int, _Count] = {}

    def add(i: int, j: int, kind: str, subject: str, value: int) -> None:
        if i not in found:
            found[i] = (i, j, kind, subject, value)

    has_org = ORG_NOUN_RE.search(s) is not None
    # Categories in prose: "與X相關的最多，有15個".
    if has_org:
        for m in _CATEGORY_PROSE_RE.finditer(s):
            value = parse_number(m.group("num"))
            label = m.group("label").strip()
            if value is None or not label or (value < 2 and m.group("num") == "一"):
                continue
            if ORG_NOUN_RE.search(label):
                continue
            add(m.start("num"), m.end(), KIND_CATEGORY, label, value)

    def group_or_total(i: int, phrase: str) -> tuple[str, str] | None:
        """A part of the list (after 其中/包括/其餘) is a group count; a count whose words may name a
        group or describe the whole list is a total for now, with its words kept as its subject, and
        ``bind_groups`` decides which by the groups the run's lists print."""
        complement = _COMPLEMENT_RE.search(s[max(0, i - 6) : i]) is not None
        part = complement or SUBSET_RE.search(s[max(0, i - 8) : i]) is not None
        group = _group_phrase(phrase)
        if not group and complement:
            return KIND_GROUP, _COMPLEMENT  # resolved below, in the order of the text
        if group:
            return (KIND_GROUP if part else KIND_TOTAL), group
        if part:
            return None  # a part of something, but not a group we can name
        return KIND_TOTAL, SUBJECT_TOTAL

    # "機構總計66個", "非甲類組織，共35個", "LABEL（共18個）".
    for m in _COUNT_KW_RE.finditer(s):
        i = m.start("num")
        value = parse_number(m.group("num"))
        if value is None or not _count_guard(s, m.start()) or i in found:
            continue
        if value < 2 and m.group("num") == "一":
            continue
        kw_start = m.start("kw")
        paren = kw_start > 0 and s[kw_start - 1] in "（("
        phrase = _clause_before(s, kw_start)
        if ORG_NOUN_RE.search(phrase):
            read = group_or_total(kw_start, phrase)
            if read is not None:
                add(i, m.end(), read[0], read[1], value)
        elif paren:
            label = _label_before(s, kw_start)
            if label and not re.search(r"\d", label):
                add(i, m.end(), KIND_CATEGORY, label, value)

    # "66個國際組織", "31個甲類相關實體", "66個「...」的國際組織".
    for m in _COUNT_AFTER_RE.finditer(s):
        i = m.start("num")
        value = parse_number(m.group("num"))
        if value is None or i in found or not _count_guard(s, i):
            continue
        if value < 2 and m.group("num") == "一":
            continue  # "一個組織" is an indefinite article, not a count
        mid = m.group("mid")
        if re.search(rf"{NUM}\s*{CLASSIFIER}", mid):
            continue
        if _joined(s, i, m.end()):
            continue
        read = group_or_total(i, mid)
        if read is not None:
            add(i, m.end(), read[0], read[1], value)

    for m in EN_COUNT_RE.finditer(s):
        i = m.start("num")
        if i in found:
            continue
        value = bounded_int(m.group("num"))
        if value is None:
            continue
        before = s[max(0, i - 12) : i]
        if re.search(r"(?:\bno\.?|#|\bthe\s+first|\bper)\s*$", before, re.IGNORECASE) or _joined(
            s, i, m.end()
        ):
            continue
        read = group_or_total(i, m.group("mid"))
        if read is not None:
            add(i, m.end(), read[0], read[1], value)
    return tuple(found[k] for k in sorted(found))
