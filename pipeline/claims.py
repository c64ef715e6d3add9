"""What articles state in numbers, about the decision, and about people.

Three readers over article text, each pure:

- ``extract_claims``: counts and shares the article states about the list (the total, its groups,
  categories, percentages, "at least half"), each with its evidence sentence and, where the
  article's own list allows, the value that list gives. A count of a group keeps the group's words
  as printed; ``bind_groups`` later names the canonical group they mean (``pipeline.groups``).
- ``extract_facts``: what the article says about the decision itself: the instrument that carries
  it, the date it was signed or announced, and who signed it.
- ``extract_people``: person names as each outlet writes them, grouped into persons across outlets.

Everything here is language knowledge (numerals, classifiers, generic nouns for organizations,
role titles, verbs of speech): no organization or person is named in this module. A number is a
claim about the list only when it counts organizations (or sits in a heading); dates, money,
ages, ordinals and counts of other things are left alone.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.groups import CanonicalGroups, label_words, match_label
from pipeline.lang.counts import find_counts
from pipeline.lang.cues import (
    ANNOUNCE_RE,
    DECISION_RE,
    INSTRUMENTS,
    LIST_WORD_RE,
    SELECTION_RE,
    SIGN_RE,
    SIGNED_BEFORE_RE,
)
from pipeline.lang.numbers import CN_NUM_CHARS, parse_int
from pipeline.limits import bounded_int
from pipeline.models import Article, Claim, Fact, Group, Heading, Kind, Mention, PersonName
from pipeline.normalize import en_key, to_simplified, zh_key
from pipeline.prose_counts import ProseCount, counts_in

__all__ = [
    "FIELD_ANNOUNCED",
    "FIELD_INSTRUMENT",
    "FIELD_SIGNED",
    "FIELD_SIGNER",
    "KIND_CATEGORY",
    "KIND_PERCENTAGE",
    "KIND_GROUP",
    "KIND_SHARE",
    "KIND_TOTAL",
    "SUBJECT_TOTAL",
    "UNIT_COUNT",
    "UNIT_PERCENT",
    "UNIT_SHARE",
    "bind_groups",
    "category_key",
    "extract_claims",
    "extract_facts",
    "extract_people",
    "instrument_word",
    "parse_number",
    "quote_span",
]

KIND_TOTAL = "total"
KIND_GROUP = "group"
KIND_CATEGORY = "category"
KIND_PERCENTAGE = "percentage"
KIND_SHARE = "share"
SUBJECT_TOTAL = "total"
UNIT_COUNT = "count"
UNIT_PERCENT = "percent"
UNIT_SHARE = "share"
LOWER_BOUND = "(at least)"

FIELD_INSTRUMENT = "instrument"
FIELD_SIGNED = "signed"
FIELD_SIGNER = "signer"
FIELD_ANNOUNCED = "announced"

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SENTENCE_END = "。！？!?\n"
_QUOTE_STRIP = " \t\r\n\u3000"
_MAY_END_SENTENCE = re.compile("[" + re.escape(_SENTENCE_END) + ".]")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and re.match(f"[{_CJK}]", ch) is not None


def _ends_sentence(text: str, i: int) -> bool:
    """Whether ``text[i]`` ends a sentence: 。！？!? or a line break, or an English full stop
    (after a lowercase letter or digit, before a blank): "U.N. Water" does not end one."""
    ch = text[i]
    if ch in _SENTENCE_END:
        return True
    return (
        ch == "."
        and 0 < i < len(text) - 1
        and (text[i - 1].islower() or text[i - 1].isdigit())
        and text[i + 1].isspace()
    )


def quote_span(text: str, start: int, end: int, *, limit: int = 200) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` as offsets, trimmed of blanks.

    A sentence longer than ``limit`` is cut to its clause (``，；：`` or blanks), and if that is
    still too long, to a window of ``limit`` characters around the span.
    """
    n = len(text)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    lo = start
    while lo > 0 and not _ends_sentence(text, lo - 1):
        lo -= 1
    hi = end
    if not (end > start and _ends_sentence(text, end - 1)):
        while hi < n and not _ends_sentence(text, hi):
            hi += 1
        if hi < n and text[hi] != "\n":
            hi += 1
    if hi - lo > limit:
        clause = "，,；;：:" + " \t\u3000"
        c_lo = start
        while c_lo > lo and text[c_lo - 1] not in clause:
            c_lo -= 1
        c_hi = end
        while c_hi < hi and text[c_hi] not in clause:
            c_hi += 1
        lo, hi = c_lo, c_hi
    if hi - lo > limit:
        half = max(0, (limit - (end - start)) // 2)
        lo = max(lo, start - half)
        hi = min(hi, max(end, lo + limit))
    while lo < hi and text[lo] in _QUOTE_STRIP:
        lo += 1
    while hi > lo and text[hi - 1] in _QUOTE_STRIP:
        hi -= 1
    if hi <= lo:
        return start, end
    return lo, hi


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=4)  # the three readers of one article (claims, facts, people) split it once
def _sentences(text: str, limit: int) -> tuple[_Sentence, ...]:
    """Sentences of ``text[:limit]`` with their offsets (see ``_ends_sentence``)."""
    return tuple(_split_sentences(text, limit))


def _split_sentences(text: str, limit: int) -> Iterator[_Sentence]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _MAY_END_SENTENCE.finditer(text, 0, min(limit, len(text))):  # the characters worth asking
        i = match.start()
        if _ends_sentence(text, i):
            bounds.append((start, i if text[i] == "\n" else i + 1))
            start = i + 1
    bounds.append((start, min(limit, len(text))))
    for lo, hi in bounds:
        while lo < hi and text[lo] in _QUOTE_STRIP:
            lo += 1
        while hi > lo and text[hi - 1] in _QUOTE_STRIP:
            hi -= 1
        if hi > lo:
            yield _Sentence(lo, hi, text[lo:hi])


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

# the one number parser of the project (pipeline.lang.numbers) reads digits of any width and numerals
_CN_NUM_CHARS = CN_NUM_CHARS
# a number starts where its run of digits or numerals starts: never again inside a long run, so a
# run of a million digits is scanned once, not once per digit
_NUM = rf"(?:(?<!\d)\d+|(?<![{_CN_NUM_CHARS}])[{_CN_NUM_CHARS}]+)"


def parse_number(s: str) -> int | None:
    """An integer written in digits (any width) or Chinese numerals (六十六, 三十一, 兩); else None."""
    return parse_int((s or "").strip())


# --------------------------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------------------------

_CLASSIFIER = "(?:個|个|家)"
# Generic nouns for what the list counts. A count of anything else is not about the list.
_ORG_NOUN = (
    r"(?:國際性組織|国际性组织|組織|组织|機構|机构|實體|实体|單位|单位|委員會|委员会|團體|团体|機關|机关)"
)
_ORG_NOUN_RE = re.compile(_ORG_NOUN)
_COMPLEMENT_RE = re.compile(
    r"(?:其餘|其余|其他|餘下|余下|剩下|剩餘|剩余|另外|other|remaining)\s*$", re.IGNORECASE
)
_SUBSET_RE = re.compile(r"(?:其中|包括|包含|之中|當中|当中)[^，。；,;]{0,4}$")
# A numeral right after one of these is not a count of the list: an ordinal (第), an
# approximation (數十, 幾, 約, 近, 逾), a demonstrative (這三個) or a per-unit (每).
_NOT_A_COUNT_BEFORE = re.compile(r"(?:[第數数幾几這这那該该此每約约近逾]|超過|超过|不到|將近|将近|上述)$")

_COUNT_AFTER_RE = re.compile(
    rf"(?P<num>{_NUM})\s*{_CLASSIFIER}(?P<mid>[^，。；！？,;!?\n：:（(）)\d]{{0,16}}?){_ORG_NOUN}"
)
_COUNT_KW_RE = re.compile(
    rf"(?P<kw>總計|总计|共計|共计|合計|合计|總共|总共|一共|共有|計有|计有|共|多達|多达|高達|高达|達|达|有)"
    rf"\s*(?P<num>{_NUM})\s*{_CLASSIFIER}(?![{_CJK}A-Za-z])"
)
_CATEGORY_PROSE_RE = re.compile(
    rf"(?:與|与|涉及|關於|关于|屬於|属于)(?P<label>[^，。；！？,;!?\n]{{1,20}}?)(?:相關|相关|有關|有关)?的"
    rf"(?:{_ORG_NOUN})?(?:最多|最少|次之|其次)?[，,]?\s*(?:則|则|也)?(?:有|共有|共|計有|计有|達|达)"
    rf"\s*(?P<num>{_NUM})\s*{_CLASSIFIER}(?![{_CJK}])"
)
_PERCENT_AFTER_RE = re.compile(
    r"^[，,、\s]*(?:約|约)?(?:佔|占|為|为|即)?(?:比例|比重)?(?:為|为|約|约)?\s*"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|％)"
)
_SHARE_RE = re.compile(
    r"(?P<mod>至少|最少|超過|超过|逾|過|过|約|约|近)?"
    r"(?P<frac>一半|半數|半数|過半|过半|逾半|[一二三四五六七八九兩两]分之[一二三四五六七八九])"
)
_SHARE_LABEL_RE = re.compile(
    r"^(?:以上)?(?:都|皆)?(?:是|為|为|屬於|属于)?(?:關於|关于|有關|有关|涉及|與|与)?"
    rf"(?P<label>[^，。；,;!?！？\n]{{1,24}}?)(?:相關|相关|有關|有关)?的?{_ORG_NOUN}"
)
_EN_COUNT_RE = re.compile(
    r"(?<![\d.,])(?P<num>\d+)\s+(?P<mid>(?:[A-Za-z.\-]+\s+){0,3}?)"
    r"(?:international\s+)?(?:organi[sz]ations|entities|bodies|agencies|institutions)\b",
    re.IGNORECASE,
)
_COMPLEMENT = "complement"
COMPLEMENT_MARK = "~"  # a group count's subject "~X": the rest of the list after group X
_CLAUSE_DELIMS = "，,；;：:！？!?。\n）) \t\u3000"


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A count found in a sentence before it becomes a Claim."""

    num_start: int  # offset of the numeral in the article text
    num_end: int  # end of the classifier
    kind: str
    subject: str
    stated: int
    sentence: _Sentence


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


def category_key(label: str) -> str:
    """Comparison key for a category label: terms folded and joined by blanks, fillers dropped."""
    terms = re.split(r"[、，,與与和及/&\s]+", unicodedata.normalize("NFKC", label or ""))
    out: list[str] = []
    for term in terms:
        term = re.sub(r"(?:等|相關|相关|有關|有关|類|类|領域|领域)+$", "", term)
        key = zh_key(term)
        if key:
            out.append(key)
    return " ".join(out)


def _count_guard(s: str, i: int) -> bool:
    """True when the numeral at ``s[i]`` may be a count (not ordinal, approximate, demonstrative)."""
    j = i
    while j > 0 and s[j - 1] in " \u3000":
        j -= 1
    if _NOT_A_COUNT_BEFORE.search(s[max(0, j - 3) : j]):
        return False
    return not (j > 0 and (s[j - 1].isdigit() or s[j - 1] in ".．"))


_Count = tuple[int, int, str, str, int]  # numeral start, end, kind, subject, value (offsets in the sentence)


def _scan_sentence(sent: _Sentence, prior_groups: list[str]) -> list[_Candidate]:
    """Count claims in one sentence, most specific reading first; ``prior_groups`` is updated."""
    out: list[_Candidate] = []
    whole = 0  # the largest plain total so far in the sentence: a smaller count after it is a part
    for i, j, kind, subject, value in _sentence_counts(sent.text):
        c = _Candidate(sent.start + i, sent.start + j, kind, subject, value, sent)
        if c.kind == KIND_TOTAL and c.subject == SUBJECT_TOTAL:
            whole = max(whole, c.stated)
        elif c.kind == KIND_TOTAL and c.stated < whole:
            c = _Candidate(c.num_start, c.num_end, KIND_GROUP, c.subject, c.stated, c.sentence)
        if c.kind == KIND_GROUP and c.subject == _COMPLEMENT:
            if not prior_groups or prior_groups[-1].startswith(COMPLEMENT_MARK):
                continue  # "the other 35" with no group before it: nothing to complement
            c = _Candidate(
                c.num_start, c.num_end, c.kind, COMPLEMENT_MARK + prior_groups[-1], c.stated, c.sentence
            )
        if c.kind == KIND_GROUP or c.subject != SUBJECT_TOTAL:
            prior_groups.append(c.subject)
        out.append(c)
    return out


@lru_cache(maxsize=65_536)  # list lines and stock sentences recur from article to article: each read once
def _sentence_counts(s: str) -> tuple[_Count, ...]:
    """The counts a sentence states, in their order, before the sentence's place in its article is
    known (``_scan_sentence`` reads them in that place)."""
    found: dict[int, _Count] = {}

    def add(i: int, j: int, kind: str, subject: str, value: int) -> None:
        if i not in found:
            found[i] = (i, j, kind, subject, value)

    has_org = _ORG_NOUN_RE.search(s) is not None
    # Categories in prose: "與X相關的最多，有15個".
    if has_org:
        for m in _CATEGORY_PROSE_RE.finditer(s):
            value = parse_number(m.group("num"))
            label = m.group("label").strip()
            if value is None or not label or (value < 2 and m.group("num") == "一"):
                continue
            if _ORG_NOUN_RE.search(label):
                continue
            add(m.start("num"), m.end(), KIND_CATEGORY, label, value)

    def group_or_total(i: int, phrase: str) -> tuple[str, str] | None:
        """A part of the list (after 其中/包括/其餘) is a group count; a count whose words may name a
        group or describe the whole list is a total for now, with its words kept as its subject, and
        ``bind_groups`` decides which by the groups the run's lists print."""
        complement = _COMPLEMENT_RE.search(s[max(0, i - 6) : i]) is not None
        part = complement or _SUBSET_RE.search(s[max(0, i - 8) : i]) is not None
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
        if _ORG_NOUN_RE.search(phrase):
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
        if re.search(rf"{_NUM}\s*{_CLASSIFIER}", mid):
            continue
        read = group_or_total(i, mid)
        if read is not None:
            add(i, m.end(), read[0], read[1], value)

    for m in _EN_COUNT_RE.finditer(s):
        i = m.start("num")
        if i in found:
            continue
        value = bounded_int(m.group("num"))
        if value is None:
            continue
        before = s[max(0, i - 12) : i]
        if re.search(r"(?:\bno\.?|#|\bthe\s+first|\bper)\s*$", before, re.IGNORECASE):
            continue
        read = group_or_total(i, m.group("mid"))
        if read is not None:
            add(i, m.end(), read[0], read[1], value)
    return tuple(found[k] for k in sorted(found))


def _labels_match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or zh_key(a) == zh_key(b) or category_key(a) == category_key(b))


def mode_of(values: Sequence[int]) -> int | None:
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return min(v for v, c in counts.items() if c == best)


def _heading_subject(h: Heading) -> tuple[str, str]:
    if h.category:
        return KIND_CATEGORY, h.category
    if h.group:
        return KIND_GROUP, h.group
    return KIND_TOTAL, SUBJECT_TOTAL


def extract_claims(
    article: Article, mentions: Sequence[Mention], headings: Sequence[Heading]
) -> tuple[Claim, ...]:
    """Numeric claims ``article`` makes about the list, with what its own list gives.

    Heading counts come from ``headings``; prose counts are read from the article body (text
    before ``body_end``). ``computed`` is the number of list mentions overall / in that group /
    in that category, ``None`` when the article has no list (or no such group or category);
    for a percentage it is ``count / stated total * 100`` unrounded.
    """
    text = article.text
    body_end = len(text) if article.body_end < 0 else min(article.body_end, len(text))
    listed = [m for m in mentions if m.article == article.id and m.kind is Kind.LIST]
    own_headings = sorted((h for h in headings if h.article == article.id), key=lambda h: (h.start, h.end))

    own_groups = Counter(m.group for m in listed if m.group)

    def own_group(subject: str) -> str | None:
        """The article's own group a group count means, by its words (the other one for "the rest")."""
        if subject in own_groups:
            return subject
        printed = {g: [g] for g in own_groups}
        if subject.startswith(COMPLEMENT_MARK):
            named = own_group(subject[len(COMPLEMENT_MARK) :])
            others = [g for g in own_groups if g != named]
            return others[0] if named is not None and len(others) == 1 else None
        return match_label(subject, printed)

    def computed_count(kind: str, subject: str, group: str = "") -> float | None:
        if not listed:
            return None
        if kind == KIND_TOTAL:
            return float(len(listed))
        if kind == KIND_GROUP:
            own = own_group(subject) if own_groups else None
            return float(own_groups[own]) if own is not None else None
        if kind == KIND_CATEGORY:
            hits = [m for m in listed if m.category and _labels_match(m.category, subject)]
            if not hits:
                return None
            if group:
                hits = [m for m in hits if not m.group or m.group == group]
            return float(len(hits))
        return None

    raw: list[tuple[int, Claim]] = []  # (numeral offset, claim) for ordering and percent lookup
    covered: list[tuple[int, int]] = []
    for h in own_headings:
        if h.stated is None:
            continue
        kind, subject = _heading_subject(h)
        lo, hi = (h.start, h.end) if 0 <= h.start < h.end <= len(text) else (0, 0)
        quote = text[lo:hi] if hi > lo else h.label
        raw.append(
            (
                lo,
                Claim(
                    article=article.id,
                    kind=kind,
                    subject=subject,
                    stated=float(h.stated),
                    unit=UNIT_COUNT,
                    computed=computed_count(kind, subject, h.group),
                    quote=quote,
                    start=lo,
                    end=hi if hi > lo else lo,
                ),
            )
        )
        if hi > lo:
            covered.append((lo, hi))

    heading_groups = [(at, c.subject) for at, c in sorted(raw, key=lambda t: t[0]) if c.kind == KIND_GROUP]
    prior_groups: list[str] = []
    candidates: list[_Candidate] = []
    sentences = _sentences(text, body_end)
    for sent in sentences:
        while heading_groups and heading_groups[0][0] < sent.end:
            prior_groups.append(heading_groups.pop(0)[1])
        for cand in _scan_sentence(sent, prior_groups):
            if any(lo <= cand.num_start < hi for lo, hi in covered):
                continue
            candidates.append(cand)

    read = [*covered, *((c.num_start, c.num_end) for c in candidates), *((m.start, m.end) for m in listed)]
    spans = [(sent.start, sent.end) for sent in sentences]
    for count, kind, subject in _list_counts(article, spans, read, listed, own_group):
        lo, hi = quote_span(text, count.start, count.end)
        computed = computed_count(KIND_TOTAL if subject.startswith(PROSE_MARK) else kind, subject)
        quote = text[lo:hi]
        raw.append(
            (count.start, Claim(article.id, kind, subject, count.value, UNIT_COUNT, computed, quote, lo, hi))
        )

    for cand in candidates:
        lo, hi = quote_span(text, cand.num_start, cand.num_end)
        raw.append(
            (
                cand.num_start,
                Claim(
                    article=article.id,
                    kind=cand.kind,
                    subject=cand.subject,
                    stated=float(cand.stated),
                    unit=UNIT_COUNT,
                    computed=computed_count(cand.kind, cand.subject),
                    quote=text[lo:hi],
                    start=lo,
                    end=hi,
                ),
            )
        )

    totals = [c for _, c in raw if c.kind == KIND_TOTAL]
    plain = [c for c in totals if c.subject == SUBJECT_TOTAL]
    stated_total = mode_of([int(c.stated) for c in (plain or totals)])

    # Percentages right after a count; shares ("至少一半") after a count in the same sentence.
    for cand in candidates:
        after = text[cand.num_end : min(cand.num_end + 16, body_end)]
        m = _PERCENT_AFTER_RE.match(after)
        if m is None:
            continue
        pct_end = cand.num_end + m.end()
        lo, hi = quote_span(text, cand.num_start, pct_end)
        computed = None if not stated_total else cand.stated / stated_total * 100
        raw.append(
            (
                cand.num_end + m.start("pct"),
                Claim(
                    article=article.id,
                    kind=KIND_PERCENTAGE,
                    subject=cand.subject,
                    stated=float(m.group("pct")),
                    unit=UNIT_PERCENT,
                    computed=computed,
                    quote=text[lo:hi],
                    start=lo,
                    end=hi,
                    count=cand.stated,
                ),
            )
        )

    by_sentence: dict[int, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        by_sentence[cand.sentence.start].append(cand)
    for _, cands in sorted(by_sentence.items()):
        sent = cands[0].sentence
        for m in _SHARE_RE.finditer(sent.text):
            at = sent.start + m.start()
            bases = [c for c in cands if c.num_end <= at and c.kind in (KIND_TOTAL, KIND_GROUP)]
            if not bases:
                continue
            base = bases[-1]
            lab = _SHARE_LABEL_RE.match(sent.text[m.end() :])
            if lab is None:
                continue
            frac = m.group("frac")
            value = _fraction(frac)
            if value is None:
                continue
            lower = (m.group("mod") or "") in ("至少", "最少", "超過", "超过", "逾", "過", "过") or frac in (
                "過半",
                "过半",
                "逾半",
            )
            label = lab.group("label").strip()
            subject = f"{base.subject}: {label}" + (f" {LOWER_BOUND}" if lower else "")
            hits = [x for x in listed if x.category and _labels_match(x.category, label)]
            base_count = computed_count(base.kind, base.subject)
            computed = None
            if hits and base_count:
                in_base = [
                    x
                    for x in hits
                    if base.kind == KIND_TOTAL or (x.group and x.group == own_group(base.subject))
                ]
                computed = len(in_base) / base_count
            lo, hi = quote_span(text, at, sent.start + m.end())
            raw.append(
                (
                    at,
                    Claim(
                        article=article.id,
                        kind=KIND_SHARE,
                        subject=subject,
                        stated=value,
                        unit=UNIT_SHARE,
                        computed=computed,
                        quote=text[lo:hi],
                        start=lo,
                        end=hi,
                        count=base.stated,
                    ),
                )
            )

    raw.sort(key=lambda t: (t[0], t[1].kind, t[1].subject))
    seen: set[tuple[int, str, str, float]] = set()
    out: list[Claim] = []
    for at, c in raw:
        key = (at, c.kind, c.subject, c.stated)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return tuple(out)


def _fraction(frac: str) -> float | None:
    if frac in ("一半", "半數", "半数", "過半", "过半", "逾半"):
        return 0.5
    m = re.fullmatch(r"(.+)分之(.+)", frac)
    if m is None:
        return None
    den, num = parse_number(m.group(1)), parse_number(m.group(2))
    if not den or num is None:
        return None
    return num / den


# --------------------------------------------------------------------------------------------
# Facts about the decision
# --------------------------------------------------------------------------------------------

# (pattern, key, vehicle only when signed). 公告 and 聲明 double as "announcement" and
# "statement", the channel through which news of the decision came: only "signed X" makes them
# the decision's vehicle.
_INSTRUMENTS = INSTRUMENTS


def instrument_word(quote: str, key: str) -> str:
    """The word ``quote`` uses for the instrument ``key`` (e.g. the Chinese word), else ``key``."""
    for pattern, k, _ in _INSTRUMENTS:
        if k == key:
            m = pattern.search(quote)
            if m:
                return m.group(0)
    return key


_SIGN_RE = SIGN_RE
_SIGNED_BEFORE_RE = SIGNED_BEFORE_RE
_LIST_RE = LIST_WORD_RE
_NUMBERED_RE = re.compile(r"(?:第\s*\d+\s*號|第\s*\d+\s*号|No\.\s*\d+|\b\d{4,6}\s*$)\s*$", re.IGNORECASE)
_ANNOUNCE_RE = ANNOUNCE_RE
_DATE_RE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?<![月\d])(?P<d2>\d{1,2})\s*日"
)
_YEAR_RE = re.compile(r"(\d{4})\s*年")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_EN_DATE_RE = re.compile(
    rf"\b(?P<mon>{'|'.join(m.capitalize() for m in _MONTHS)})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>\d{4}))?\b"
)


def _article_ymd(article: Article) -> tuple[int, int, int] | None:
    return _ymd(article.date or "")


@lru_cache(maxsize=64)
def _ymd(date: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _iso_date(m: re.Match[str], article: Article) -> str | None:
    ref = _article_ymd(article)
    if m.group("d2"):
        if ref is None:
            return None
        year, month, day = ref[0], ref[1], int(m.group("d2"))
        if day > ref[2]:
            month -= 1
            if month == 0:
                year, month = year - 1, 12
    else:
        month, day = int(m.group("m")), int(m.group("d"))
        if m.group("y"):
            year = int(m.group("y"))
        elif ref is not None:
            year = ref[0] if (month, day) <= (ref[1], ref[2]) else ref[0] - 1
        else:
            return f"--{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _dates(s: str, article: Article) -> list[tuple[int, int, str]]:
    """Dates written in ``s`` (``1月7日``, ``7日``, ``January 7``) as (start, end, ISO or --MM-DD)."""
    out: list[tuple[int, int, str]] = []
    for m in _DATE_RE.finditer(s):
        iso = _iso_date(m, article)
        if iso:
            out.append((m.start(), m.end(), iso))
    ref = _article_ymd(article)
    for m in _EN_DATE_RE.finditer(s):
        month = _MONTHS.index(m.group("mon").casefold()) + 1
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            continue
        if m.group("y"):
            iso = f"{int(m.group('y')):04d}-{month:02d}-{day:02d}"
        elif ref is not None:
            year = ref[0] if (month, day) <= (ref[1], ref[2]) else ref[0] - 1
            iso = f"{year:04d}-{month:02d}-{day:02d}"
        else:
            iso = f"--{month:02d}-{day:02d}"
        out.append((m.start(), m.end(), iso))
    return sorted(out)


@lru_cache(maxsize=65_536)  # stock sentences and list lines recur from article to article
def _instrument_in(s: str, *, tied: bool) -> tuple[str, int] | None:
    """The instrument a sentence says carries the decision, and where: one it says was signed (the
    first such), else, in a sentence about the decision, the first named (numbered ones left out)."""
    instrument: tuple[str, int] | None = None
    for pattern, key, signed_only in _INSTRUMENTS:
        for m in pattern.finditer(s):
            if _NUMBERED_RE.search(s[max(0, m.start() - 14) : m.start()]):
                continue
            strong = _SIGNED_BEFORE_RE.search(s[: m.start()]) is not None
            if strong and (tied or DECISION_RE.search(s)):
                if instrument is None or instrument[1] > m.start():
                    instrument = (key, m.start())
            elif not signed_only and tied and instrument is None:
                instrument = (key, m.start())
    return instrument


@lru_cache(maxsize=65_536)
def _decision_tied(s: str) -> bool:
    """The sentence is about the decision: a count (of anything the list counts) with the decision's verb
    (ban, sanction, impose, leave ...), an announcement or a signature; or the list itself."""
    if _LIST_RE.search(s) is not None:
        return True
    if (DECISION_RE.search(s) or _ANNOUNCE_RE.search(s) or _SIGN_RE.search(s)) is None:
        return False
    zh_count = _ORG_NOUN_RE.search(s) is not None and re.search(rf"{_NUM}\s*{_CLASSIFIER}", s) is not None
    return zh_count or _EN_COUNT_RE.search(s) is not None or bool(find_counts(s))


def _older_year(s: str, article: Article) -> bool:
    ref = _article_ymd(article)
    if ref is None:
        return False
    return any(y < ref[0] for y in _years(s))


@lru_cache(maxsize=65_536)
def _years(s: str) -> tuple[int, ...]:
    """The years (``2025年``) a sentence names."""
    return tuple(int(y) for y in _YEAR_RE.findall(s))


PROSE_MARK = "≈"  # a total's subject "≈words": a count in prose that ``bind_groups`` binds by its words
_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)|(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_EN_MONTH_RE = re.compile(rf"\b({'|'.join(m.capitalize() for m in _MONTHS)})\b(?:\s+(\d{{1,2}})\b)?")
PAST_MARGIN_DAYS = 14  # a date this much before the article's is another, earlier decision


def earlier(article: Article) -> Callable[[str], bool]:
    """Whether a clause speaks of an earlier event: a year before the article's, or only months (with
    their day, more than ``PAST_MARGIN_DAYS`` before) earlier in the same year."""
    ref = _article_ymd(article)

    def past(clause: str) -> bool:
        if ref is None:
            return False
        if any(int(y) < ref[0] for y in _YEAR_RE.findall(clause)):
            return True
        months = [(int(m.group(1) or m.group(2)), int(m.group(3) or 0)) for m in _MONTH_RE.finditer(clause)]
        months += [
            (_MONTHS.index(m.group(1).casefold()) + 1, int(m.group(2) or 0))
            for m in _EN_MONTH_RE.finditer(clause)
        ]
        ago = [
            (ref[1] - month) * 31 + ref[2] - day if day else (ref[1] - month) * 31
            for month, day in months
            if 1 <= month <= 12 and 0 <= day <= 31
        ]
        return bool(ago) and min(ago) > PAST_MARGIN_DAYS

    return past


INTRODUCES_CHARS = 40  # how far before the first item of a group a count in its sentence introduces it
_CLOSES_RE = re.compile(r"\s*(?:等|等等|など|を含む)\s*$|\s*,?\s*(?:and|plus)\s*$")  # "A、B等12國", "A and 5"
SELECTION_LEAD_CHARS = 40  # how far before its first item a list may say it gives examples


def _a_selection(text: str, listed: Sequence[Mention]) -> bool:
    """The list says it gives examples (``including``, ``among them``, ``例如``, ``など``, ``……``): a count
    of the whole list beside it is no count of what it prints."""
    if not listed:
        return False
    first, last = min(m.start for m in listed), max(m.end for m in listed)
    lead = text[max(0, first - SELECTION_LEAD_CHARS) : first].rsplit("\n", 1)[-1]
    closing = text[last : last + 4]
    ellipsis = re.search(r"……|\.\.\.", text[first:last])
    return bool(SELECTION_RE.search(lead) or re.match(r"\s*(?:など|等)", closing) or ellipsis)


def _list_counts(
    article: Article,
    spans: Sequence[tuple[int, int]],
    read: Sequence[tuple[int, int]],
    listed: Sequence[Mention],
    own_group: Callable[[str], str | None],
) -> Iterator[tuple[ProseCount, str, str]]:
    """Counts in prose with any counter word (``pipeline.prose_counts``), each with the kind and
    subject of the claim it makes, or left out when nothing binds it to the list:

    - a count right before a group's items in their sentence, or closing them (``A、B等12國``), counts
      that group (the list, when it has no groups), whatever its words;
    - in an article whose list has groups: the group its clause names ("the other 7" after a group:
      the other group of two; a bound count naming none: the one group of its size; in a sentence that
      counts the groups in turn, the one group the others leave), or the whole list when it gives the
      list's length; a bound count of none of these is left to ``bind_groups`` (``PROSE_MARK``);
    - in an article with one list (or none): a count of the list's length is its total; a bound count
      of another value (``禁止13國`` over 12 items) is a total whose words ``bind_groups`` reads
      (``PROSE_MARK``), since it may be a count of a group the run's other lists print. Of several
      bound counts of different values in one sentence, none is taken for the list's.
    """
    text = article.text
    ordered = sorted(listed, key=lambda m: m.start)
    items = [m.start for m in ordered]

    def holds_an_item(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(items, lo)
        return k < len(items) and items[k] < hi

    def introduces(c: ProseCount, end: int) -> Mention | None:
        """The first item the count introduces in its sentence (``seven other nations, among them A and
        B``, ``12國：A、B``) or the last it closes (``A、B等12國``): bound by position, whatever its words."""
        k = bisect.bisect_left(items, c.end)
        after = ordered[k] if k < len(ordered) and items[k] < end else None
        if after is not None and len(text[c.end : after.start]) <= INTRODUCES_CHARS:
            between = text[c.end : after.start]
            if not find_counts(between) and not _SUBSET_RE.search(text[max(0, c.start - 8) : c.start]):
                return after
        before = ordered[k - 1] if k > 0 else None
        if before is not None and before.end <= c.start and _CLOSES_RE.match(text[before.end : c.start]):
            return before
        return None

    # a list's own lines are no prose; a sentence holding an inline run is read for the counts bound to it
    prose = [(lo, hi) for lo, hi in spans if not holds_an_item(lo, hi)]
    listing = [(lo, hi) for lo, hi in spans if holds_an_item(lo, hi)]
    past = earlier(article)
    counts = counts_in(text, prose, skip=read, past=past)
    groups = Counter(m.group for m in listed if m.group)
    total = len(listed)
    selection = article.selection or _a_selection(text, listed)
    starts = [lo for lo, _ in prose]
    by_sentence: dict[int, list[ProseCount]] = defaultdict(list)
    for c in counts:
        by_sentence[bisect.bisect_right(starts, c.start) - 1].append(c)

    def in_groups(found: Sequence[ProseCount], end: int) -> Iterator[tuple[ProseCount, str, str]]:
        """The counts of one sentence of an article whose list has groups."""
        last = ""
        bound: list[tuple[ProseCount, str | None, bool]] = []
        for c in found:
            near = introduces(c, end)
            gid = placed = near.group if near is not None and near.group else None
            gid = gid or own_group(c.phrase)
            if gid is None and c.complement and last and len(groups) == 2:
                gid = next(g for g in groups if g != last)
            if gid is None and c.strong and c.value != total:
                sized = [g for g, n in groups.items() if n == c.value]
                gid = sized[0] if len(sized) == 1 else None  # the one group of that size
            keep = gid is not None and (c.strong or placed is not None or c.value == groups[gid])
            last = gid if keep and gid is not None else last
            bound.append((c, gid if keep else None, c.strong))
        named = {gid for _, gid, _ in bound if gid is not None}
        loose = [c for c, gid, strong in bound if gid is None and strong and c.value != total]
        rest = [g for g in groups if g not in named]
        for c, gid, strong in bound:
            if gid is not None:
                yield c, KIND_GROUP, gid
            elif c.value == total:
                yield c, KIND_TOTAL, SUBJECT_TOTAL
            elif loose == [c] and named and len(rest) == 1:
                # each group counted in turn (``13カ国からの入国を全面禁止　7カ国は一部制限``): the one
                # count the others leave is the one group they leave
                yield c, KIND_GROUP, rest[0]
            elif strong and len({x.value for x in found if x.strong}) == 1:
                # the decision's own count naming no group of the article: ``bind_groups`` reads its
                # words against the run's groups (``bars travelers from a dozen countries``)
                yield c, KIND_TOTAL, PROSE_MARK + c.phrase

    for k, found in sorted(by_sentence.items()):
        alone = len({x.value for x in found if x.strong}) == 1  # not one of several things counted in turn
        if groups:
            yield from in_groups(found, prose[k][1])
            continue
        for c in found:
            if total and c.value == total:
                yield c, KIND_TOTAL, SUBJECT_TOTAL
            elif c.strong and alone:
                # over a selection, the count of the official list it gives examples of
                yield c, KIND_TOTAL, SUBJECT_TOTAL if selection else PROSE_MARK + c.phrase
    for lo, hi in listing:
        for c in counts_in(text, [(lo, hi)], skip=read, past=past):
            near = introduces(c, hi)
            if near is not None and near.group:
                yield c, KIND_GROUP, near.group
            elif near is not None and not groups:
                yield c, KIND_TOTAL, SUBJECT_TOTAL


def bind_groups(
    claims: Sequence[Claim], groups: Sequence[Group], mentions: Sequence[Mention] = ()
) -> tuple[Claim, ...]:
    """Each count of a group with the canonical group it means (``Claim.group``): the article's own
    group of that label, else the group whose printed labels its words name (``groups.match_label``);
    "the rest" after a group is the other one when there are two. A total kept with words of its own
    (``31個是與甲類相關的``) becomes that group's count when its words name one, else a plain total
    when they share nothing with any group's label (without groups in the run, nothing tells: it is
    left unbound). A group count naming no group clearly keeps
    ``group`` empty and is judged by nobody. ``computed`` follows: the article's own items in the group."""
    of = CanonicalGroups.from_records(groups).of
    printed = CanonicalGroups.printed(groups)
    words = {gid: set().union(*(label_words(x)[0] for x in labels)) for gid, labels in printed.items()}
    sizes: Counter[tuple[str, str]] = Counter()
    grouped: set[str] = set()
    for m in mentions:
        if m.kind is Kind.LIST and m.group and (gid := of.get((m.article, m.group))) is not None:
            sizes[(m.article, gid)] += 1
            grouped.add(m.article)

    def canonical(article: str, subject: str) -> str:
        if subject.startswith(COMPLEMENT_MARK):
            named = canonical(article, subject[len(COMPLEMENT_MARK) :])
            others = [gid for gid in printed if gid != named]
            return others[0] if named and len(others) == 1 else ""
        return of.get((article, subject)) or match_label(subject, printed) or ""

    def computed(c: Claim, gid: str) -> float | None:
        return float(sizes[(c.article, gid)]) if c.article in grouped else None

    typical = {gid: mode_of([n for (_, g), n in sizes.items() if g == gid]) for gid in printed}

    def prose_total(c: Claim) -> Claim | None:
        """A bound count in prose of another value than its article's list (``PROSE_MARK``): the count
        of the group its words name; else, where it may be a group's count (its value is one group's
        usual size, or its words share some of a group's label), or its article has no list to judge
        it by, of no group clearly; else the article's total."""
        phrase = c.subject[len(PROSE_MARK) :]
        if not groups:
            return replace(c, subject=SUBJECT_TOTAL)
        if gid := match_label(phrase, printed):
            return replace(c, kind=KIND_GROUP, subject=phrase, group=gid, computed=computed(c, gid))
        if (
            c.computed is None
            or int(c.stated) in typical.values()
            or any(label_words(phrase)[0] & w for w in words.values())
        ):
            return replace(c, kind=KIND_GROUP, subject=phrase, computed=None)
        return replace(c, subject=SUBJECT_TOTAL)

    out: list[Claim] = []
    for c in claims:
        if c.kind == KIND_TOTAL and c.subject.startswith(PROSE_MARK):
            if (bound := prose_total(c)) is not None:
                out.append(bound)
        elif c.kind == KIND_GROUP:
            gid = canonical(c.article, c.subject)
            out.append(replace(c, group=gid, computed=computed(c, gid) if gid else c.computed))
        elif c.kind == KIND_TOTAL and c.subject != SUBJECT_TOTAL:
            gid = canonical(c.article, c.subject)
            if gid:
                out.append(replace(c, kind=KIND_GROUP, group=gid, computed=computed(c, gid)))
            elif not groups or any(label_words(c.subject)[0] & w for w in words.values()):
                out.append(replace(c, kind=KIND_GROUP))  # maybe a group's count, but not clearly which
            else:
                out.append(replace(c, subject=SUBJECT_TOTAL))
        elif c.kind == KIND_PERCENTAGE and c.subject != SUBJECT_TOTAL:
            out.append(replace(c, group=canonical(c.article, c.subject)))
        else:
            out.append(c)
    return tuple(out)


def extract_facts(article: Article) -> tuple[Fact, ...]:
    """What ``article`` says about the decision: instrument, signing date, signer, announcement date.

    An instrument counts only when the sentence ties it to this decision: it is what was signed,
    or a memorandum/order named in a sentence that carries the decision and its count or the
    list. Numbered earlier instruments and sentences dated to an earlier year are left out.
    """
    text = article.text
    body_end = len(text) if article.body_end < 0 else min(article.body_end, len(text))
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()

    def add(field: str, value: str, sent: _Sentence) -> None:
        if (field, value) in seen:
            return
        seen.add((field, value))
        lo, hi = quote_span(text, sent.start, sent.end, limit=400)
        facts.append(Fact(article=article.id, field=field, value=value, quote=text[lo:hi], start=lo, end=hi))

    for sent in _sentences(text, body_end):
        s = sent.text
        if _older_year(s, article):
            continue
        tied = _decision_tied(s)
        signed = _SIGN_RE.search(s)
        instrument = _instrument_in(s, tied=tied)
        if instrument is not None:
            add(FIELD_INSTRUMENT, instrument[0], sent)
        if signed and (tied or instrument is not None):
            dates = _dates(s, article)
            before = [d for d in dates if d[1] <= signed.start()]
            after = [d for d in dates if d[0] >= signed.end() and re.search(r"\bon\s*$", s[: d[0]])]
            when = before[-1] if before else (after[0] if after else None)
            if when is not None:
                add(FIELD_SIGNED, when[2], sent)
            names = [p for p in _names_in(s) if p.end <= signed.start()]
            if names:
                add(FIELD_SIGNER, names[-1].name, sent)
        if tied:
            dates = _dates(s, article)
            for a in _ANNOUNCE_RE.finditer(s):
                near = [d for d in dates if 0 <= a.start() - d[1] <= 3]
                near += [d for d in dates if d[0] >= a.end() and re.fullmatch(r"\s+on\s+", s[a.end() : d[0]])]
                if near:
                    add(FIELD_ANNOUNCED, near[0][2], sent)
                    break
    facts.sort(key=lambda f: (f.start, f.field, f.value))
    return tuple(facts)


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

# Role titles that introduce a person's name (language knowledge).
_ROLES_TRAD = (
    "副總統",
    "總統",
    "國務卿",
    "發言人",
    "副主席",
    "主席",
    "特使",
    "顧問",
    "部長",
    "外長",
    "秘書長",
    "負責人",
    "副主任",
    "主任",
    "總理",
    "首相",
    "大使",
    "參議員",
    "眾議員",
    "議員",
    "經濟學家",
    "科學家",
    "教授",
    "記者",
    "報告員",
    "研究員",
    "總幹事",
    "執行長",
    "總裁",
    "董事長",
    "院長",
    "局長",
    "署長",
    "領袖",
    "主持人",
    "州長",
    "市長",
    "專員",
)
# Titles that are also plain plural nouns ("科學家警告") introduce a name only with a Latin form.
_PLURAL_ROLES_TRAD = ("經濟學家", "科學家", "研究員", "領袖", "專員")


def _both_scripts(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted({*words, *(to_simplified(w) for w in words)}, key=lambda r: (-len(r), r)))


_ROLES = _both_scripts(_ROLES_TRAD)
_BARE_ROLES = tuple(r for r in _ROLES if r not in _both_scripts(_PLURAL_ROLES_TRAD))
_BARE_ROLE_ALT = "|".join(map(re.escape, _BARE_ROLES))
_DOTS = "·‧・•"
_ALIAS_MARK = r"(?:又譯|又译|或譯|或译|亦譯|亦译|也譯|也译|又譯作|又译作)"
_PAREN_RE = re.compile(
    rf"(?P<name>[{_CJK}{_DOTS}]{{2,12}})[（(]\s*"
    rf"(?:(?P<latin>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’\-]{{1,40}}?)\s*(?:[，,、;；]\s*)?)?"
    rf"(?:{_ALIAS_MARK}\s*(?P<alias>[{_CJK}{_DOTS}]{{2,8}})\s*)?[）)]"
)
_ROLE_NAME_RE = re.compile(rf"(?P<role>{_BARE_ROLE_ALT})(?P<run>[{_CJK}]{{2,8}})")
_DOTTED_RE = re.compile(rf"(?P<left>[{_CJK}]{{1,16}})[{_DOTS}](?P<right>[{_CJK}]{{1,8}})")
# What may follow a name: verbs of speech and action, adverbs of time, prepositions.
_FOLLOWERS = tuple(
    sorted(
        {
            *(
                "表示 說 说 指出 強調 强调 認為 认为 主持 簽署 签署 宣布 宣佈 發表 发表 發布 发布 "
                "在 於 于 稱 称 也 曾 今天 今日 昨天 昨日 當日 当日 當天 当天 此前 則 则 又 再度 再次 "
                "對 对 和 與 与 及 的 政府 已 將 将 就 更 還 还 透過 通过 通過 批評 批评 警告 直指 "
                "回應 回应 分析 提到 帶領 带领 領導 领导 上任 執政 执政 呼籲 呼吁 承認 承认 坦言 "
                "補充 补充 說明 说明 主張 主张 所 等 團隊 团队"
            ).split()
        },
        key=lambda w: (-len(w), w),
    )
)
# Words a person name never contains: generic nouns of organizations, places and offices.
_NOT_NAME = re.compile(
    r"辦公|办公|委員|委员|組織|组织|機構|机构|政府|國家|国家|代表|問題|问题|特別|特别|部門|部门|會議|会议|"
    r"論壇|论坛|基金|理事|中心|聯合|联合|美國|美国|中國|中国|白宮|白宫|國際|国际|辦事|办事|秘書|秘书|計畫|计划|"
    r"協會|协会|議程|议程|系統|系统|立場|立场|任期|政策|成員|成员|聯盟|联盟|備忘|备忘|公告|聲明|声明|命令|"
    r"記者|记者|名單|名单"
)
# Joining words: a bare name followed only by one of these is too weak to be read as a name.
_WEAK_FOLLOWERS = ("與", "与", "和", "及", "的", "對", "对", "等", "所")
_NON_NAME_START = set("的在於于表說说也與与和及對对將将已就是為为從从把被向")
_ORG_WORDS = {
    "forum",
    "fund",
    "council",
    "commission",
    "organization",
    "organisation",
    "center",
    "centre",
    "office",
    "agency",
    "institute",
    "union",
    "alliance",
    "programme",
    "program",
    "group",
    "committee",
    "board",
    "network",
    "coalition",
    "panel",
    "platform",
    "mechanism",
    "partnership",
    "convention",
    "university",
    "college",
    "compact",
    "initiative",
    "agreement",
    "secretariat",
    "news",
    "times",
    "post",
    "press",
    "images",
    "affairs",
    "department",
    "ministry",
    "house",
    "nations",
    "association",
    "foundation",
}
_LATIN_STOP = {"of", "for", "the", "on", "and", "in", "to", "at", "a", "an", "by", "with"}


@dataclass(frozen=True, slots=True)
class _NameHit:
    name: str
    role: str
    english: str
    alias: str
    start: int  # offsets relative to the scanned string
    end: int
    country: str = ""


def _person_latin(latin: str) -> bool:
    tokens = latin.replace("’", "'").split()
    if not 2 <= len(tokens) <= 4:
        return False
    for tok in tokens:
        low = tok.casefold().strip(".")
        if low in _LATIN_STOP or low in _ORG_WORDS:
            return False
        if not tok[0].isupper():
            return False
    return True


def _follower_ok(rest: str) -> bool:
    if not rest or not _is_cjk(rest[0]):
        return True
    return rest.startswith(_FOLLOWERS)


def _trim_to_role(run: str) -> tuple[str, str]:
    """Split ``run`` after its last role title: (role, name); role "" when there is none."""
    best = -1
    role = ""
    for r in _ROLES:
        i = run.rfind(r)
        if i >= 0 and i + len(r) > best:
            best, role = i + len(r), r
    if best < 0:
        return "", run
    return role, run[best:]


def _valid_name(name: str) -> bool:
    core = "".join(ch for ch in name if ch not in _DOTS)
    return (
        2 <= len(core) <= 8
        and all(_is_cjk(ch) for ch in core)
        and name[0] not in _NON_NAME_START
        and name[0] not in _DOTS
        and name[-1] not in _DOTS
        and _NOT_NAME.search(name) is None
        and not any(r in name for r in _ROLES)
    )


def _country_before(s: str, i: int) -> str:
    m = re.search(rf"([{_CJK}]{{1,2}}[國国])(?:前|新任|現任|现任|副)?$", s[max(0, i - 5) : i])
    return to_simplified(m.group(1)) if m else ""


@lru_cache(maxsize=65_536)  # list lines and stock sentences recur from article to article
def _names_in(s: str) -> tuple[_NameHit, ...]:
    """Person names in a string: with a role title, a Latin name in brackets, or a dotted form."""
    hits: dict[int, _NameHit] = {}

    # 1. NAME（Latin Name，又譯ALIAS）: the name after a role title, or a short name after a stop.
    for m in _PAREN_RE.finditer(s):
        latin = (m.group("latin") or "").strip()
        alias = m.group("alias") or ""
        if latin and not _person_latin(latin):
            continue
        if not latin and not alias:
            continue
        run = m.group("name")
        role, name = _trim_to_role(run)
        run_start = m.start("name")
        if not role:
            # No role: accept a dotted name, or a short name that starts a clause.
            if any(d in name for d in _DOTS):
                name = re.split(f"[^{_CJK}{_DOTS}]", name)[-1]
                left = name.split(next(d for d in _DOTS if d in name))[0]
                if len(left) > 5:
                    continue
            elif len(run) > 4 or (run_start > 0 and _is_cjk(s[run_start - 1])):
                continue
        start = m.end("name") - len(name)
        if not _valid_name(name):
            continue
        hits[start] = _NameHit(
            name, role, latin, alias, start, start + len(name), _country_before(s, start - len(role))
        )

    # 2. Dotted transliterations: 名·姓 (the left part trimmed at a role title).
    for m in _DOTTED_RE.finditer(s):
        role, left = _trim_to_role(m.group("left"))
        if not role and len(left) > 4:
            continue
        right = m.group("right")
        rest_after = s[m.end("right") :]
        right_name = ""
        for k in range(1, min(4, len(right)) + 1):
            if _follower_ok(right[k:] + rest_after):
                right_name = right[:k]
                break
        if not right_name or not left:
            continue
        dot = s[m.start("right") - 1]
        name = f"{left}{dot}{right_name}"
        start = m.start("right") - 1 - len(left)
        if start in hits or not _valid_name(name):
            continue
        hits[start] = _NameHit(
            name, role, "", "", start, start + len(name), _country_before(s, start - len(role))
        )

    # 3. ROLE + name: the shortest name followed by a verb or adverb (2-4 characters), or by a
    #    stop (2-3 characters); never a joining word, never a word that is itself a verb.
    for m in _ROLE_NAME_RE.finditer(s):
        run = m.group("run")
        start = m.start("run")
        if start in hits or any(h.start <= start < h.end for h in hits.values()):
            continue
        rest_after = s[m.end("run") :]
        for k in range(2, min(4, len(run)) + 1):
            cand = run[:k]
            rest = run[k:] + rest_after
            if cand.startswith(_FOLLOWERS) or rest.startswith(_WEAK_FOLLOWERS):
                continue
            at_stop = not rest or not _is_cjk(rest[0])
            if at_stop and k > 3:
                continue
            if _follower_ok(rest) and _valid_name(cand):
                hits[start] = _NameHit(
                    cand, m.group("role"), "", "", start, start + k, _country_before(s, m.start("role"))
                )
                break
    return tuple(hits[k] for k in sorted(hits))


def _slug(s: str) -> str:
    folded = unicodedata.normalize("NFKD", s)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _role_key(role: str) -> str:
    return to_simplified(re.sub(r"^(?:前|新任|現任|现任)", "", role))


def extract_people(articles: Sequence[Article]) -> tuple[PersonName, ...]:
    """Person names as each article writes them, grouped into persons across articles.

    Names are found generically (a role title before a name, a Chinese name with a Latin one in
    brackets, a dotted transliteration, 又譯/或譯 aliases). One record per article and written
    form, at its first occurrence. Forms are grouped by the same written form, the same English
    name, an explicit alias, or the same role title in the same country with a similar
    transliteration. ``person`` is a slug of the English name when one is known, else the most
    used written form.
    """
    records: dict[tuple[str, str], _NameHit] = {}
    aliases: list[tuple[tuple[str, str], str]] = []
    texts: dict[str, tuple[str, int]] = {}
    for art in sorted(articles, key=lambda a: a.id):
        body_end = len(art.text) if art.body_end < 0 else min(art.body_end, len(art.text))
        texts[art.id] = (art.text, body_end)
        for sent in _sentences(art.text, body_end):
            for hit in _names_in(sent.text):
                key = (art.id, hit.name)
                absolute = _NameHit(
                    hit.name,
                    hit.role,
                    hit.english,
                    hit.alias,
                    sent.start + hit.start,
                    sent.start + hit.end,
                    hit.country,
                )
                old = records.get(key)
                if old is None:
                    records[key] = absolute
                else:  # keep the first offset, fill in what a later occurrence adds
                    records[key] = _NameHit(
                        old.name,
                        old.role or hit.role,
                        old.english or hit.english,
                        old.alias or hit.alias,
                        old.start,
                        old.end,
                        old.country or hit.country,
                    )
                if hit.alias:
                    aliases.append((key, hit.alias))

    # Known forms of three or more characters written without a role elsewhere.
    forms = sorted({name for _, name in records if len(name) >= 3})
    for art_id, (text, body_end) in sorted(texts.items()):
        for name in forms:
            if (art_id, name) in records:
                continue
            for occurrence in re.finditer(re.escape(name), text[:body_end]):
                i = occurrence.start()
                if re.search(f"{_ALIAS_MARK}\\s*$", text[max(0, i - 4) : i]):
                    continue  # named only as another form of someone else's name
                records[(art_id, name)] = _NameHit(name, "", "", "", i, i + len(name))
                break

    keys = sorted(records)
    parent = {k: k for k in keys}

    def find(k: tuple[str, str]) -> tuple[str, str]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_form: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_english: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        by_form[zh_key(k[1])].append(k)
        if records[k].english:
            by_english[en_key(records[k].english)].append(k)
    for group in [*by_form.values(), *by_english.values()]:
        for other in group[1:]:
            union(group[0], other)
    for key, alias in aliases:
        for other in by_form.get(zh_key(alias), []):
            union(key, other)
    for i, a in enumerate(keys):
        ra = records[a]
        if not ra.role:
            continue
        for b in keys[i + 1 :]:
            rb = records[b]
            if a[0] == b[0] or not rb.role or _role_key(ra.role) != _role_key(rb.role):
                continue
            if ra.country and rb.country and ra.country != rb.country:
                continue
            if ra.english and rb.english and en_key(ra.english) != en_key(rb.english):
                continue
            if fuzz.ratio(zh_key(ra.name), zh_key(rb.name)) >= 60:
                union(a, b)

    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        groups[find(k)].append(k)
    out: list[PersonName] = []
    for members in groups.values():
        englishes = Counter(records[k].english for k in members if records[k].english)
        if englishes:
            best = max(englishes.values())
            person = _slug(min(e for e, c in englishes.items() if c == best))
        else:
            used = Counter(k[1] for k in members)
            best = max(used.values())
            person = min(n for n, c in used.items() if c == best)
        for k in members:
            r = records[k]
            out.append(
                PersonName(
                    person=person or k[1],
                    name=r.name,
                    role=r.role,
                    english=r.english,
                    article=k[0],
                    start=r.start,
                    end=r.end,
                )
            )
    out.sort(key=lambda p: (p.person, p.name, p.article, p.start))
    return tuple(out)
