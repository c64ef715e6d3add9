"""``extract_claims``: the counts and shares an article states about the list.

The total, its groups, categories, percentages and "at least half", each with its evidence sentence
and, where the article's own list allows, the value that list gives. Heading counts come from the
headings the sources found; counts in sentences from ``scan``; counts in prose with any counter word
from ``binding``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from pipeline.claims.binding import another_act, list_counts, mode_of, names_others
from pipeline.claims.headline import heading_of_people_over_things
from pipeline.claims.kinds import (
    COMPLEMENT_MARK,
    KIND_CATEGORY,
    KIND_GROUP,
    KIND_PERCENTAGE,
    KIND_SHARE,
    KIND_TOTAL,
    LOWER_BOUND,
    PROSE_MARK,
    SUBJECT_TOTAL,
    UNIT_COUNT,
    UNIT_PERCENT,
    UNIT_SHARE,
    WEAK_MARK,
)
from pipeline.claims.percents import percents_in
from pipeline.claims.scan import ORG_NOUN, Candidate, parse_number, scan_sentence
from pipeline.claims.sentences import quote_span, sentences_of
from pipeline.claims.wholes import LARGER_WHOLE, larger_wholes
from pipeline.group_labels import match_label
from pipeline.lang.count_binding import running_total_over_additions
from pipeline.lang.numbers import CN_NUM, DIGITS, parse_count
from pipeline.lang.rank_cues import RANK_CUTOFF_BEFORE_RE
from pipeline.models import Article, Claim, Heading, Kind, Mention
from pipeline.normalize import zh_key

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
    rf"(?P<label>[^，。；,;!?！？\n]{{1,24}}?)(?:相關|相关|有關|有关)?的?{ORG_NOUN}"
)


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


def _labels_match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or zh_key(a) == zh_key(b) or category_key(a) == category_key(b))


def _heading_subject(h: Heading) -> tuple[str, str]:
    if h.category:
        return KIND_CATEGORY, h.category
    if h.group:
        return KIND_GROUP, h.group
    return KIND_TOTAL, SUBJECT_TOTAL


LEAD_IN_CHARS = 40  # at most this far above the first item a heading over the groups stands


def _over_the_groups(h: Heading, listed: Sequence[Mention], own_groups: Mapping[str, int]) -> bool:
    """A heading with a group label no item is filed under, right above the first group of a list printed
    in groups, counting more than any group holds (``財政部公布的11人名單如下：`` over ``甲方官員（7人）`` and
    ``乙方官員（4人）``): it counts the list. Not a headline's count of one group far above the list."""
    if not own_groups or not listed or h.group in own_groups or h.stated is None:
        return False
    first = min(m.start for m in listed)
    return h.end <= first <= h.end + LEAD_IN_CHARS and h.stated > max(own_groups.values())


def _cut_off_by_rank(h: Heading) -> bool:
    """The heading's count is a cut-off by rank (``前10名``, ``top 10``, ``上位10``)."""
    for m in _NUMBER_WORD_RE.finditer(h.label):
        value = parse_count(m.group())
        if value == h.stated and RANK_CUTOFF_BEFORE_RE.search(h.label[max(0, m.start() - 4) : m.start()]):
            return True
    return False


_NUMBER_WORD_RE = re.compile(rf"{DIGITS}|{CN_NUM}|\b[a-z]+\b", re.IGNORECASE)


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
        if kind == KIND_TOTAL and h.stated < len(listed) and _cut_off_by_rank(h):
            continue  # "前10名（同分者並列）" over 36 items: ten places, ties sharing them
        if kind == KIND_TOTAL and heading_of_people_over_things(text, h, listed):
            continue  # "Five officials resign …" over a list of countries: a count of another kind
        if kind == KIND_TOTAL and running_total_over_additions(h.label, h.stated):
            continue  # "免簽國家增至9國，新增國家如下：": the whole grown to, over the additions
        if kind == KIND_GROUP and _over_the_groups(h, listed, own_groups):
            kind, subject = KIND_TOTAL, SUBJECT_TOTAL
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
    candidates: list[Candidate] = []
    sentences = sentences_of(text, body_end)
    for sent in sentences:
        while heading_groups and heading_groups[0][0] < sent.end:
            prior_groups.append(heading_groups.pop(0)[1])
        for cand in scan_sentence(sent, prior_groups):
            if any(lo <= cand.num_start < hi for lo, hi in covered):
                continue
            if names_others(text, cand.num_end, sent.end, listed) or another_act(
                text, sent.start, cand.num_start, cand.stated, listed
            ):
                continue
            candidates.append(cand)

    read = [
        *covered,
        *((c.num_start, c.num_end) for c in candidates),
        *((m.start, m.end) for m in listed),
        *((v.start, v.end) for m in listed for v in m.values),  # "甲國（190國）": a value, no count
    ]
    spans = [(sent.start, sent.end) for sent in sentences]
    for count, kind, subject in list_counts(article, spans, read, listed, own_group):
        lo, hi = quote_span(text, count.start, count.end)
        marked = subject.startswith((PROSE_MARK, WEAK_MARK))
        computed = computed_count(KIND_TOTAL if marked else kind, subject)
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

    claims = [c for _, c in raw]
    raw = [(at, c) for at, c in raw if not _a_larger_whole(c, claims, listed, covered)]
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

    # a part's share in prose ("有7國位於非洲，佔58%", "seven of the 12, or 58%"): of the list's total
    read_at = {c.start for _, c in raw if c.kind == KIND_PERCENTAGE}
    spans = [(sent.start, sent.end) for sent in sentences]
    for a, b, pct, n in percents_in(text, spans, stated_total):
        lo, hi = quote_span(text, a, b)
        if lo in read_at:
            continue
        part = text[a:b].split("，")[0].split(",")[0].strip()
        raw.append(
            (
                a,
                Claim(
                    article.id,
                    KIND_PERCENTAGE,
                    part,
                    pct,
                    UNIT_PERCENT,
                    n / stated_total * 100 if stated_total else None,
                    text[lo:hi],
                    lo,
                    hi,
                    n,
                ),
            )
        )

    by_sentence: dict[int, list[Candidate]] = defaultdict(list)
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


def _a_larger_whole(
    c: Claim, claims: Sequence[Claim], listed: Sequence[Mention], covered: Sequence[tuple[int, int]]
) -> bool:
    """A total in prose at least ``LARGER_WHOLE`` times what the article's own group counts add up to,
    where those groups hold its whole list (``共有48隊參賽`` above ``甲區（8隊）`` and ``乙區（9隊）``): the
    count of a whole the list is a part of, not the list's."""
    if c.kind != KIND_TOTAL or any(lo <= c.start < hi for lo, hi in covered):
        return False
    groups = {g.subject: g.stated for g in claims if g.kind == KIND_GROUP}
    if len(groups) < 2 or not listed or not all(m.group for m in listed):
        return False
    return c.stated >= LARGER_WHOLE * sum(groups.values())


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


BEYOND_ANY_LIST = 3  # times the longest list of a run: a group's count above it counts something else


def within_reach(
    claims: Sequence[Claim], mentions: Sequence[Mention], articles: Sequence[Article] = ()
) -> list[Claim]:
    """The claims but counts of a group or category more than ``BEYOND_ANY_LIST`` times the longest list
    any article of the run prints (``第2位（190個）：甲國、乙國`` over lists of 36: a figure each item of
    the group shares, not the number of its items), and totals that count a larger whole than any list
    (``今年全球共有2781人`` above a top ten: ``claims.wholes``)."""
    lengths = Counter(m.article for m in mentions if m.kind is Kind.LIST)
    longest = max(lengths.values(), default=0)
    if not longest:
        return list(claims)
    wholes = larger_wholes(claims, mentions, articles)
    return [
        c
        for k, c in enumerate(claims)
        if k not in wholes
        and not (
            c.unit == "count"
            and c.kind in (KIND_GROUP, KIND_CATEGORY)
            and c.stated > BEYOND_ANY_LIST * longest
        )
    ]
