"""Discrepancies: what the outlets disagree on, and where an outlet disagrees with itself.

``run_checks`` reads the records of one run (articles, mentions, headings, entities, links,
claims, facts, people) and returns ``Discrepancy`` values, each with evidence quotes. It never
changes its inputs and never raises on their content: missing or empty inputs give fewer
discrepancies, not errors.

Checks, by kind:

- ``count_mismatch`` (error): a stated count against the items the same article lists under it.
- ``arithmetic`` (error): a stated percentage against count / total, rounded as stated.
- ``count_conflict`` (error): outlets state different totals or group counts.
- ``taxonomy_differs`` (warning): categories matched across outlets carry different counts.
- ``missing_entity`` (error), ``unique_item`` (warning), ``list_short``/``list_long`` (error):
  coverage of each list against the others and against the article's own stated total.
- ``section_conflict`` (error): prose says an entity belongs to one group (``亦是…轄下單位``) while
  the lists file it under another.
- ``naming_variant`` (info), ``possible_mistranslation`` (warning), ``acronym_mismatch`` (warning).
- ``story_conflict`` (warning): instrument, signing date, signer disagree across outlets.
- ``person_variant`` (info): one person written several ways.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from pipeline.assignment import linear_sum_assignment
from pipeline.claims import (
    FIELD_INSTRUMENT,
    FIELD_SIGNER,
    KIND_CATEGORY,
    KIND_GROUP,
    KIND_PERCENTAGE,
    KIND_TOTAL,
    SUBJECT_TOTAL,
    bind_groups,
    category_key,
    instrument_word,
    mode_of,
    quote_span,
)
from pipeline.collector import collector_paused
from pipeline.groups import CanonicalGroups, match_label
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.reference import ReferenceList
from pipeline.lang.counts import part_of_a_larger
from pipeline.lang.scripts import KANA_RE, is_japanese_text
from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Group,
    Heading,
    Kind,
    Link,
    Mention,
    PersonName,
    Severity,
)
from pipeline.normalize import STOPWORDS, acronym_key, en_tokens, zh_key

__all__ = [
    "ACRONYM_MISMATCH",
    "ARITHMETIC",
    "COUNT_CONFLICT",
    "COUNT_MISMATCH",
    "LIST_LONG",
    "LIST_SHORT",
    "MISSING_ENTITY",
    "NAMING_VARIANT",
    "PERSON_VARIANT",
    "POSSIBLE_MISTRANSLATION",
    "SECTION_CONFLICT",
    "STORY_CONFLICT",
    "TAXONOMY_DIFFERS",
    "UNIQUE_ITEM",
    "run_checks",
]

COUNT_MISMATCH = "count_mismatch"
ARITHMETIC = "arithmetic"
COUNT_CONFLICT = "count_conflict"
TAXONOMY_DIFFERS = "taxonomy_differs"
MISSING_ENTITY = "missing_entity"
UNIQUE_ITEM = "unique_item"
LIST_SHORT = "list_short"
LIST_LONG = "list_long"
SECTION_CONFLICT = "section_conflict"
NAMING_VARIANT = "naming_variant"
POSSIBLE_MISTRANSLATION = "possible_mistranslation"
ACRONYM_MISMATCH = "acronym_mismatch"
STORY_CONFLICT = "story_conflict"
PERSON_VARIANT = "person_variant"

_QUOTE_LIMIT = 200
_NAMED_OUTLETS = 12  # other outlets quoted one by one in a finding (its text must not grow with them)
_NAMED_ENTITIES = 12  # entities named one by one in a finding, then how many more
# Characters that carry no meaning of their own in a name (joining words and particles).
_FUNCTION_CHARS = frozenset("的之和与及或暨并等在于对")


def _words(values: Iterable[str]) -> str:
    return ", ".join(values)


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


class _Ctx:
    """Lookups shared by the checks."""

    def __init__(
        self,
        articles: Sequence[Article],
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        claims: Sequence[Claim],
        headings: Sequence[Heading] = (),
        groups: Sequence[Group] = (),
    ) -> None:
        self.articles = {a.id: a for a in articles}
        self.set_groups(groups)
        self.heading_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for h in headings:
            self.heading_spans[h.article].append((h.start, h.end))
        self.mentions = {m.key: m for m in mentions}
        self.entities = {e.id: e for e in sorted(entities, key=lambda e: e.id)}
        self.set_claims(claims)
        self.entity_of: dict[str, str] = {}
        for e in self.entities.values():
            for key in e.mentions:
                self.entity_of.setdefault(key, e.id)
        self.listed: dict[str, list[Mention]] = defaultdict(list)  # article -> list mentions
        for m in sorted(mentions, key=lambda m: (m.article, m.position)):
            if m.kind is Kind.LIST:
                self.listed[m.article].append(m)
        self.list_articles = sorted(self.listed)
        # entity -> article -> its list mentions there
        self.entity_lists: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        for art in self.list_articles:
            for m in self.listed[art]:
                ent = self.entity_of.get(m.key)
                if ent is not None:
                    self.entity_lists[ent][art].append(m)
        # article -> the entities its list holds, each once: what a check asks of one list, without a
        # pass over every entity (with a thousand outlets, their strays make the entities many)
        self.listed_entities: dict[str, list[str]] = defaultdict(list)
        for ent, by_art in self.entity_lists.items():
            for art in by_art:
                self.listed_entities[art].append(ent)
        # read again and again by the checks (the first outlets' quotes in every finding about an item):
        # each entity's mentions sorted, each mention's quote, made once
        self.entity_mentions: dict[str, list[Mention]] = {}
        self._quotes: dict[tuple[str, int, int, bool], Evidence | None] = {}

    def set_claims(self, claims: Sequence[Claim]) -> None:
        """The run's claims, in text order whatever the input order (several may share one quote), and
        each article's own."""
        self.claims = sorted(
            claims,
            key=lambda c: (c.article, c.start, c.quote.find(c.subject), c.kind, c.subject, c.stated, c.end),
        )
        self.claims_of: dict[str, list[Claim]] = defaultdict(list)  # article -> its claims, in text order
        self.group_claims: dict[str, list[Claim]] = defaultdict(list)  # canonical group -> counts of it
        for c in self.claims:
            self.claims_of[c.article].append(c)
            if c.kind == KIND_GROUP and c.group and c.unit == "count":
                self.group_claims[c.group].append(c)
        self._stated_totals: dict[str, int | None] = {}

    def set_groups(self, groups: Sequence[Group]) -> None:
        """The run's canonical groups: (article, label as printed) -> id, id -> label, id -> labels."""
        found = CanonicalGroups.from_records(groups)
        self.group_ids, self.group_labels = dict(found.of), dict(found.labels)
        self.group_printed = CanonicalGroups.printed(groups)
        self.majority: dict[str, str | None] = {}  # entity -> its majority group (``_majority_group``)
        self.ranked: dict[str | None, tuple[list[str], set[str]]] = {}  # ``_listed_most`` per group

    def says_selection(self, article: str) -> bool:
        """The article names examples of the list, not the list (``Article.selection``)."""
        found = self.articles.get(article)
        return found is not None and found.selection

    def group_id(self, m: Mention) -> str | None:
        return self.group_ids.get((m.article, m.group)) if m.group else None

    def group_words(self, gid: str) -> str:
        return f"'{self.group_labels.get(gid, gid)}'" if gid != SUBJECT_TOTAL else "total"

    def from_heading(self, c: Claim) -> bool:
        """Whether a claim is a list heading's count (it describes the printed list), not prose."""
        return any(c.start < end and start < c.end for start, end in self.heading_spans.get(c.article, ()))

    def name(self, entity_id: str) -> str:
        e = self.entities.get(entity_id)
        if e is None:
            return entity_id
        if e.name_zh and e.name_en:
            return f"{e.name_zh} ({e.name_en})"
        return e.name_zh or e.name_en or e.acronym or e.id

    def evidence(self, article: str, start: int, end: int, *, sentence: bool = True) -> Evidence | None:
        art = self.articles.get(article)
        if art is None or not 0 <= start <= end <= len(art.text):
            return None
        if sentence:
            start, end = quote_span(art.text, start, end, limit=_QUOTE_LIMIT)
        elif end - start > _QUOTE_LIMIT:
            end = start + _QUOTE_LIMIT
        return Evidence(article=article, quote=art.text[start:end], start=start, end=end)

    def mention_evidence(self, m: Mention) -> Evidence | None:
        # A list item is its own quote; a prose mention is quoted with its sentence.
        where = (m.article, m.start, m.end, m.kind is Kind.PROSE)
        if where not in self._quotes:
            self._quotes[where] = self.evidence(m.article, m.start, m.end, sentence=where[3])
        return self._quotes[where]

    def claim_evidence(self, c: Claim) -> Evidence | None:
        art = self.articles.get(c.article)
        valid = art is not None and 0 <= c.start <= c.end <= len(art.text)
        if art is not None and valid and art.text[c.start : c.end] == c.quote:
            return Evidence(article=c.article, quote=c.quote, start=c.start, end=c.end)
        if art is None and c.quote:
            return Evidence(article=c.article, quote=c.quote, start=c.start, end=c.end)
        return self.evidence(c.article, c.start, c.end)

    def stated_total(self, article: str) -> int | None:
        """The total the article states (its most frequent), else the sum of the counts it states for
        every canonical group (when there are several)."""
        if article not in self._stated_totals:
            self._stated_totals[article] = self._stated_total(article)
        return self._stated_totals[article]

    def _stated_total(self, article: str) -> int | None:
        own = self.claims_of.get(article, ())
        totals = [int(c.stated) for c in own if c.kind == KIND_TOTAL]
        if totals:
            # of totals stated as often, the one its own list gives: an article that says 13 once and
            # 14 once over 14 items contradicts itself once, its list is not one short
            counts = Counter(totals)
            most = [v for v, n in counts.items() if n == max(counts.values())]
            listed = len(self.listed.get(article, ()))
            if len(counts) > 1 and self.says_selection(article):
                # a selection counts the official list ("40个贸易伙伴") and the part it prints ("税率高于
                # 15%的25个经济体如下"): the count of the part is its list's
                return min(counts, key=lambda v: (abs(v - listed), v))
            return listed if listed in most else mode_of(totals)
        per_group: dict[str, list[int]] = defaultdict(list)
        for c in own:
            if c.kind == KIND_GROUP and c.group:
                per_group[c.group].append(int(c.stated))
        if len(self.group_labels) >= 2 and set(per_group) == set(self.group_labels):
            return sum(v for vs in per_group.values() if (v := mode_of(vs)) is not None)
        return None


# the context built for aligning a run's groups, with what it was built from, until its checks are run
_last: list[tuple[tuple[object, ...], _Ctx]] = []


def shared_context(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    claims: Sequence[Claim],
    headings: Sequence[Heading] = (),
    groups: Sequence[Group] = (),
) -> _Ctx:
    """``_Ctx(...)``, or the last one built when it was built from these very articles, mentions and
    entities (the same objects) and equal headings, with these claims and groups set: a run aligns its
    groups and then judges with the same lookups, which cost a pass over every mention to build."""
    inputs = (articles, mentions, entities, tuple(headings))
    if _last:
        held, ctx = _last[0]
        if all(a is b for a, b in zip(held[:3], inputs[:3], strict=True)) and held[3] == inputs[3]:
            ctx.set_claims(claims)
            ctx.set_groups(groups)
            return ctx
    ctx = _Ctx(articles, mentions, entities, claims, headings, groups)
    _last[:] = [(inputs, ctx)]
    return ctx


def _evidence(items: Iterable[Evidence | None]) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Evidence] = []
    for ev in items:
        if ev is None or (ev.article, ev.start, ev.end) in seen:
            continue
        seen.add((ev.article, ev.start, ev.end))
        out.append(ev)
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Internal counts and arithmetic
# --------------------------------------------------------------------------------------------


def _majority_group(ctx: _Ctx, entity_id: str) -> str | None:
    """The canonical group most of the entity's list items are filed under (None on a tie), once per
    entity and groups."""
    if entity_id not in ctx.majority:
        ctx.majority[entity_id] = _vote_group(ctx, entity_id)
    return ctx.majority[entity_id]


def _vote_group(ctx: _Ctx, entity_id: str) -> str | None:
    votes = Counter(
        g
        for ms in ctx.entity_lists.get(entity_id, {}).values()
        for m in ms
        if (g := ctx.group_id(m)) is not None
    )
    if not votes:
        return None
    best = max(votes.values())
    tied = sorted(g for g, c in votes.items() if c == best)
    return tied[0] if len(tied) == 1 else None


def _listed_most(ctx: _Ctx, group: str | None) -> tuple[list[str], set[str]]:
    """The entities some list holds (of the majority group ``group``, when given), most widely listed
    first, and the same as a set; once per group."""
    if group not in ctx.ranked:
        ranked = sorted(
            (-len(by_art), ent)
            for ent, by_art in ctx.entity_lists.items()
            if by_art and (group is None or _majority_group(ctx, ent) == group)
        )
        ctx.ranked[group] = ([ent for _, ent in ranked], {ent for _, ent in ranked})
    return ctx.ranked[group]


def _missing_from(ctx: _Ctx, article: str, group: str | None = None) -> tuple[list[str], int]:
    """Entities at least half the other lists carry and ``article``'s list does not (what fewer carry is
    no evidence of what this one lacks), most widely listed first: the first ``_NAMED_ENTITIES`` of them
    and how many there are. The ranking is walked only down to that half."""
    ranked, _ = _listed_most(ctx, group)
    mine = set(ctx.listed_entities.get(article, ()))
    others = len(ctx.list_articles) - (article in ctx.listed)
    first: list[str] = []
    count = 0
    for ent in ranked:
        if len(ctx.entity_lists[ent]) * 2 < others:
            break
        if ent not in mine:
            count += 1
            if len(first) < _NAMED_ENTITIES:
                first.append(ent)
    return first, count


def _printed_unread(ctx: _Ctx, article: str, entity_ids: Sequence[str]) -> list[str]:
    """The entities of ``entity_ids`` whose Chinese name, as another list prints it, stands in a paragraph
    of ``article`` that holds its list's items, though its list lacks them (``首先對甲國和乙國實施。丙國、丁國
    自…起適用``: a sentence no list reader took, beside one it took)."""
    art = ctx.articles.get(article)
    if art is None or not entity_ids:
        return []
    paragraphs = {_paragraph(art.text, m.start) for m in ctx.listed[article]}
    text = zh_key("\n".join(sorted(paragraphs)))
    out = []
    for ent in entity_ids:
        names = {zh_key(m.name_zh) for ms in ctx.entity_lists[ent].values() for m in ms if m.name_zh}
        if any(len(n) >= _MIN_PRINTED and n in text for n in names):
            out.append(ent)
    return out


def _paragraph(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


_MIN_PRINTED = 2  # characters of a name found in an article's text: one character is any word's
# names printed beside the list that tell it was read in part: one may be the subject of its lead-in
# (``參議院確認張三出任甲部長。內閣首長為：…``), several left out of a list in a row are a run not read
_MIN_UNREAD = 2


def _describe(ctx: _Ctx, entity_ids: Sequence[str], *, total: int | None = None) -> str:
    """The first ``_NAMED_ENTITIES`` entities by name, then how many more of ``total`` (default: all
    of ``entity_ids``)."""
    names = [ctx.name(e) for e in entity_ids[:_NAMED_ENTITIES]]
    more = (len(entity_ids) if total is None else total) - _NAMED_ENTITIES
    return _words(names) + (f" and {more} more" if more > 0 else "")


def _odd_count(ctx: _Ctx, c: Claim) -> bool:
    """A group count other than the one most outlets state, over a list that has what they state: the
    count is the odd one, and the conflict of counts reports it with its own list."""
    said = {(x.article, int(x.stated)) for x in ctx.group_claims.get(c.group, ()) if x.article != c.article}
    usual = mode_of([value for _, value in sorted(said)])
    return c.computed is not None and usual is not None and int(c.computed) == usual != int(c.stated)


def _count_mismatches(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    consensus = _consensus_total(ctx)
    groups: dict[tuple[str, str, str, float, float], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        if c.kind not in (KIND_GROUP, KIND_CATEGORY) or c.computed is None:
            continue
        if c.kind == KIND_GROUP and not c.group and c.unit == "count" and not ctx.from_heading(c):
            continue  # a count that may be a group's, naming none clearly: judged by nobody (bind_groups)
        if not ctx.from_heading(c) and _partial(ctx, c.article, consensus):
            continue  # prose about the official list, beside a printed selection of it
        if c.unit != "count" or math.isclose(c.stated, c.computed):
            continue
        if c.computed < c.stated and ctx.says_selection(c.article):
            continue  # examples of the group, as the article says: its count is the official group's
        if c.kind == KIND_GROUP and c.group and _odd_count(ctx, c):
            continue  # the count is the odd one, not the list: reported as a conflict of counts
        groups[(c.article, c.kind, c.subject, c.stated, c.computed)].append(c)
    for (article, kind, subject, stated, computed), cs in sorted(groups.items()):
        what = f"group '{subject}'" if kind == KIND_GROUP else f"category '{subject}'"
        msg = f"{article} states {_fmt(stated)} for {what} but its own list has {_fmt(computed)} items there."
        gid = cs[0].group
        if kind == KIND_GROUP and computed < stated and gid:
            missing, total = _missing_from(ctx, article, gid)
            if missing:
                msg += (
                    f" Listed elsewhere in this group but not here: {_describe(ctx, missing, total=total)}."
                )
        out.append(
            Discrepancy(
                kind=COUNT_MISMATCH,
                severity=Severity.ERROR,
                entity=None,
                sources=(article,),
                subject=subject,
                message=msg,
                evidence=_evidence(ctx.claim_evidence(c) for c in cs),
            )
        )
    return out


_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％)")


def _stated_decimals(c: Claim) -> int:
    for m in _PERCENT_RE.finditer(c.quote):
        if math.isclose(float(m.group(1)), c.stated):
            return len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    text = _fmt(c.stated)
    return len(text.split(".")[1]) if "." in text else 0


def _consensus_total(ctx: _Ctx) -> int | None:
    per_article = [t for a in sorted(ctx.articles) if (t := ctx.stated_total(a)) is not None]
    if not per_article:
        return None
    counts = Counter(per_article)
    best = max(counts.values())
    winners = [v for v, n in counts.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def _arithmetic(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    consensus = _consensus_total(ctx)
    for c in ctx.claims:
        if c.kind != KIND_PERCENTAGE or c.count is None:
            continue
        own = ctx.stated_total(c.article)
        total = own if own else consensus
        if not total:
            continue
        decimals = _stated_decimals(c)
        exact = c.count / total * 100
        tolerance = 0.5 * 10 ** (-decimals) + 1e-9
        if abs(exact - c.stated) <= tolerance:
            continue
        rounded = Decimal(str(exact)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        basis = "its stated total" if own else "the total the outlets agree on"
        out.append(
            Discrepancy(
                kind=ARITHMETIC,
                severity=Severity.ERROR,
                entity=None,
                sources=(c.article,),
                subject=c.subject,
                message=(
                    f"{c.article} says {c.count} items ('{c.subject}') are {_fmt(c.stated)}% of the list, "
                    f"but {c.count} / {total} ({basis}) = {exact:.3f}%, which rounds to {rounded}%."
                ),
                evidence=_evidence([ctx.claim_evidence(c)]),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Across outlets: counts and taxonomies
# --------------------------------------------------------------------------------------------


def _odd_ones_out(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The outlets that depart from the majority (the one strictly largest group of outlets that
    agree), or every outlet involved when no group is larger than all others.

    These are a disagreement's ``sources``: an outlet that joins the majority later leaves the
    finding (and its fingerprint, which the baseline gate compares) as it was."""
    sets = [set(g) for g in groups]
    everyone = set().union(*sets)
    ranked = sorted(range(len(sets)), key=lambda i: -len(sets[i]))
    if len(ranked) >= 2 and len(sets[ranked[0]]) > len(sets[ranked[1]]):
        return tuple(sorted(set().union(*(sets[i] for i in ranked[1:]))))
    return tuple(sorted(everyone))


def _one_group(ctx: _Ctx, art: str) -> str | None:
    """The canonical group an article's whole list sits in, when the run has several groups and every
    item of the list belongs to that one (the list prints one group: ``the four judges of August``)."""
    if len(ctx.group_labels) < 2:
        return None
    listed = ctx.listed.get(art, ())
    ents = [e for m in listed if (e := ctx.entity_of.get(m.key)) is not None]
    found = [g for e in ents if (g := _majority_group(ctx, e)) is not None]
    # items no other list files anywhere (an item off the list) do not decide it
    return found[0] if found and len(set(found)) == 1 and len(found) * 2 > len(listed) else None


def _counts_the_whole(c: Claim, consensus: int | None) -> bool:
    """A total nearer the total most outlets state than the length of the list beside it."""
    if consensus is None or c.computed is None:
        return False
    return abs(c.stated - consensus) < abs(c.stated - c.computed)


def _count_conflicts(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    consensus = _consensus_total(ctx)
    # a list of one group's items whose total is that group's count (a selection's is the official list's)
    within = {
        art: gid
        for art in ctx.list_articles
        if not ctx.says_selection(art) and (gid := _one_group(ctx, art)) is not None
    }
    # a run whose lists have one group between them, or none canonical (lead-ins such as "The Treasury
    # named five people:"): such a group's counts are the list's total, which other outlets state
    only = next(iter(ctx.group_labels)) if len(ctx.group_labels) == 1 else None
    whole = {art for art in ctx.list_articles if len({m.group for m in ctx.listed[art]}) == 1}
    size = max([consensus or 0, *(len(listed) for listed in ctx.listed.values())])
    for subject in (SUBJECT_TOTAL, *sorted(ctx.group_labels)):
        by_value: dict[int, list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.unit != "count" or c.kind not in (KIND_TOTAL, KIND_GROUP):
                continue
            # the total of a list that holds one group's items only is that group's count, unless it is
            # nearer the total the outlets agree on than its list's length (a headline's "19 countries"
            # over the 12 of one group)
            about = within.get(c.article, c.subject) if c.kind == KIND_TOTAL else c.group
            if c.kind == KIND_TOTAL and _counts_the_whole(c, consensus):
                about = c.subject
            # a group count its sentence sets apart as a part of a larger count ("40家…，其中12家…") is
            # never the list's total
            part = c.kind == KIND_GROUP and part_of_a_larger(c.quote, int(c.stated))
            if not part and (
                (only is not None and about == only)
                or (not about and c.kind == KIND_GROUP and c.article in whole and len(ctx.group_labels) < 2)
            ):
                about = SUBJECT_TOTAL
            if about == subject:
                if ctx.from_heading(c) and _partial(ctx, c.article, consensus):
                    continue  # a selection's heading counts what it prints, not the official list
                if c.kind == KIND_TOTAL and _counts_a_part(ctx, c, size):
                    continue
                by_value[int(c.stated)].append(c)
        if len(by_value) < 2:
            continue
        if len({c.article for cs in by_value.values() for c in cs}) < 2:
            continue  # one outlet's two counts: judged against its own list (``count_mismatch``)
        if all(any(c.computed == c.stated for c in cs) for cs in by_value.values()):
            continue  # each count is the length of the list beside it: lists of another scope, not a dispute
        parts = []
        for value in sorted(by_value):
            arts = sorted({c.article for c in by_value[value]})
            parts.append(f"{value} ({_words(arts)})")
        sources = _odd_ones_out({c.article for c in cs} for cs in by_value.values())
        if len(sources) == len({c.article for cs in by_value.values() for c in cs}):
            sources = _contradicted_by_own_list(sources, by_value)
        first_per: dict[tuple[str, int], Claim] = {}
        for value in sorted(by_value):
            for c in sorted(by_value[value], key=lambda c: (c.article, c.start)):
                first_per.setdefault((c.article, value), c)
        out.append(
            Discrepancy(
                kind=COUNT_CONFLICT,
                severity=Severity.ERROR,
                entity=None,
                sources=sources,
                subject=subject,
                message=f"Outlets state different {ctx.group_words(subject)} counts: {'; '.join(parts)}."
                + _own_lists(ctx, sources, by_value, subject),
                evidence=_evidence(ctx.claim_evidence(c) for _, c in sorted(first_per.items())),
            )
        )
    return out


def _contradicted_by_own_list(
    sources: tuple[str, ...], by_value: Mapping[int, list[Claim]]
) -> tuple[str, ...]:
    """Outlets tied over a count (one says 6, one says 7): those whose own list contradicts the count they
    state are the odd ones, not an outlet whose list has the count it states; all of them when the lists
    do not tell them apart."""
    claims = [c for cs in by_value.values() for c in cs if c.computed is not None]
    right = {c.article for c in claims if c.computed == c.stated}
    odd = {c.article for c in claims if c.computed != c.stated} - right
    return tuple(sorted(odd)) if odd and len(odd) < len(sources) else sources


def _counts_a_part(ctx: _Ctx, c: Claim, size: int) -> bool:
    """A total that counts its article's own list when that list is a part of the whole (``the 25
    economies charged more than 15%`` over 26 names, when the whole has 69): a count of another scope,
    judged against its own list (``list_long``, ``list_short``), not against the totals of the whole."""
    own = len(ctx.listed.get(c.article, ()))
    return own * 2 < size and abs(c.stated - own) < abs(c.stated - size)


def _own_lists(ctx: _Ctx, sources: Sequence[str], by_value: Mapping[int, list[Claim]], subject: str) -> str:
    """ " X's own list has 14." for an odd outlet whose own list gives the count the others state."""
    notes = []
    for art in sources:
        if subject == SUBJECT_TOTAL:
            n: int | None = len(ctx.listed.get(art, ()))
        else:  # the items its own list files in the group
            own = (c.computed for cs in by_value.values() for c in cs if c.article == art)
            n = next((int(x) for x in own if x is not None), None)
        if n and n in by_value:
            also = art in {c.article for c in by_value[n]}
            notes.append(f" {art}'s own list has {n}" + (", as it also says." if also else "."))
    return "".join(notes)


def _taxonomies(ctx: _Ctx) -> dict[str, list[tuple[str, int, Evidence | None]]]:
    """Per article: (category label, count, evidence), from stated counts, else from its list."""
    out: dict[str, list[tuple[str, int, Evidence | None]]] = {}
    for art in sorted(ctx.articles):
        rows: dict[str, tuple[str, int, Evidence | None]] = {}
        for c in ctx.claims_of.get(art, ()):
            if c.kind == KIND_CATEGORY and c.unit == "count":
                key = category_key(c.subject)
                if key and key not in rows:
                    rows[key] = (c.subject, int(c.stated), ctx.claim_evidence(c))
        for m in ctx.listed.get(art, []):
            if m.category:
                key = category_key(m.category)
                if key and key not in rows:
                    count = sum(1 for x in ctx.listed[art] if x.category and category_key(x.category) == key)
                    rows[key] = (m.category, count, ctx.mention_evidence(m))
        if rows:
            out[art] = list(rows.values())
    return out


def _taxonomy_differs(ctx: _Ctx, *, score_cutoff: float) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    tables = _taxonomies(ctx)
    arts = sorted(tables)

    def side(art: str) -> str:
        return f"{art}: " + "; ".join(f"{label} {n}" for label, n, _ in tables[art])

    for i, a in enumerate(arts):
        for b in arts[i + 1 :]:
            rows_a, rows_b = tables[a], tables[b]
            scores = np.array(
                [
                    [fuzz.token_set_ratio(category_key(la), category_key(lb)) for lb, _, _ in rows_b]
                    for la, _, _ in rows_a
                ],
                dtype=float,
            )
            r_idx, c_idx = linear_sum_assignment(-scores)
            for r, c in zip(r_idx.tolist(), c_idx.tolist(), strict=True):
                if scores[r, c] < score_cutoff:
                    continue
                (la, na, ea), (lb, nb, eb) = rows_a[r], rows_b[c]
                if na == nb:
                    continue
                out.append(
                    Discrepancy(
                        kind=TAXONOMY_DIFFERS,
                        severity=Severity.WARNING,
                        entity=None,
                        sources=(a, b),
                        subject=f"{la} ~ {lb}",
                        message=(
                            f"{a} counts {na} under '{la}'; {b} counts {nb} under '{lb}' "
                            f"(labels matched at {scores[r, c]:.0f}/100). The two taxonomies side by side: "
                            f"[{side(a)}] vs [{side(b)}]."
                        ),
                        evidence=_evidence([ea, eb]),
                    )
                )
    return out


# --------------------------------------------------------------------------------------------
# Coverage
# --------------------------------------------------------------------------------------------


def _partial(ctx: _Ctx, article: str, consensus: int | None) -> bool:
    """A list its article says is a selection, or of fewer than half the items its article (or the
    outlets) say there are: examples, not the list. Its absent items are not reported one by one."""
    if ctx.says_selection(article):
        return True
    stated = ctx.stated_total(article) or consensus
    return stated is not None and len(ctx.listed[article]) * 2 < stated


def _counts_a_group(ctx: _Ctx, art: str, stated: int) -> bool:
    """A count that is one of the article's groups' (``the four judges sanctioned in June``), in an
    article whose list has several groups: it describes that group, not the list."""
    groups = {
        c.subject: int(c.stated) for c in ctx.claims_of.get(art, ()) if c.kind in (KIND_CATEGORY, KIND_GROUP)
    }
    labels = {m.group for m in ctx.listed[art] if m.group}
    return len(labels) >= 2 and (
        stated in groups.values()
        or any(sum(1 for m in ctx.listed[art] if m.group == g) == stated for g in labels)
    )


def _coverage(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    n_lists = len(ctx.list_articles)
    consensus = _consensus_total(ctx)
    for art in ctx.list_articles:
        stated = ctx.stated_total(art)
        n = len(ctx.listed[art])
        if stated is None or n == stated or _counts_a_group(ctx, art, stated):
            continue
        if n == consensus:
            continue  # the count is the odd one, not the list: reported as a conflict of counts
        if n < stated and ctx.says_selection(art):
            continue  # examples, as the article says: its count is the official list's
        claims = [c for c in ctx.claims_of.get(art, ()) if c.kind == KIND_TOTAL]
        ev = [ctx.claim_evidence(c) for c in sorted(claims, key=lambda c: c.start)[:2]]
        if n < stated:
            missing, total = _missing_from(ctx, art)
            named = (
                f" Listed elsewhere but not here: {_describe(ctx, missing, total=total)}." if missing else ""
            )
            examples = _partial(ctx, art, consensus)
            if examples:
                named = " It gives examples rather than the whole list." + named
            printed = _printed_unread(ctx, art, missing)
            if len(printed) >= _MIN_UNREAD:
                named += f" Its text names {_describe(ctx, printed)}: the list may have been read in part."
            out.append(
                Discrepancy(
                    kind=LIST_SHORT,
                    # a selection printed as such is worth a look, a list that lost items is wrong; one
                    # whose text names what it seems to lack was read in part
                    severity=Severity.WARNING if examples or len(printed) >= _MIN_UNREAD else Severity.ERROR,
                    entity=None,
                    sources=(art,),
                    subject=SUBJECT_TOTAL,
                    message=f"{art} states {stated} items but lists {n} ({stated - n} short).{named}",
                    evidence=_evidence(ev),
                )
            )
        else:
            mine = ctx.listed_entities.get(art, [])
            doubles = sorted(ent for ent in mine if len(ctx.entity_lists[ent][art]) > 1)
            only = sorted(ent for ent in mine if len(ctx.entity_lists[ent]) == 1) if n_lists >= 2 else []
            notes = []
            if doubles:
                notes.append(f"listed twice: {_describe(ctx, doubles)}")
            if only:
                notes.append(f"on no other list: {_describe(ctx, only)}")
            named = f" ({'; '.join(notes)})" if notes else ""
            out.append(
                Discrepancy(
                    kind=LIST_LONG,
                    severity=Severity.ERROR,
                    entity=None,
                    sources=(art,),
                    subject=SUBJECT_TOTAL,
                    message=f"{art} states {stated} items but lists {n} ({n - stated} extra){named}.",
                    evidence=_evidence(ev),
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Groups in prose
# --------------------------------------------------------------------------------------------


def _section_conflicts(ctx: _Ctx) -> list[Discrepancy]:
    """What prose says about the group an entity belongs to (``X（亦是甲體系轄下單位）``), against the
    group the lists file it under (the lists against each other are judged by ``checks.lists``). The
    prose's words must name one canonical group clearly (``groups.match_label``)."""
    out: list[Discrepancy] = []
    if len(ctx.group_labels) < 2:
        return out
    for key in sorted(ctx.mentions):
        m = ctx.mentions[key]
        ent = ctx.entity_of.get(key)
        if not m.asserted_group or ent is None:
            continue
        asserted = match_label(m.asserted_group, ctx.group_printed)
        expected = _majority_group(ctx, ent)
        if asserted is None or expected is None or asserted == expected:
            continue
        filed_other = sorted(
            (
                x
                for ms in ctx.entity_lists.get(ent, {}).values()
                for x in ms
                if ctx.group_id(x) == expected and x.key != key
            ),
            key=lambda x: (x.article, x.position),
        )
        where = f"the lists of {_words(sorted({x.article for x in filed_other}))} file it under"
        out.append(
            Discrepancy(
                kind=SECTION_CONFLICT,
                severity=Severity.ERROR if len({x.article for x in filed_other}) >= 2 else Severity.WARNING,
                entity=ent,
                sources=(m.article,),  # the lists are the evidence; the assertion is the finding
                subject=ctx.name(ent),
                message=(
                    f"{m.article} says of {m.label} '{m.asserted_group}', i.e. group "
                    f"{ctx.group_words(asserted)}, but {where} {ctx.group_words(expected)}."
                ),
                evidence=_evidence(
                    [
                        ctx.mention_evidence(m),
                        *(ctx.mention_evidence(x) for x in _first_per_article(filed_other)),
                    ]
                ),
            )
        )
    return out


def _first_per_article(ms: Sequence[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in ms:
        seen.setdefault(m.article, m)
    return [seen[a] for a in sorted(seen)]


# --------------------------------------------------------------------------------------------
# Naming
# --------------------------------------------------------------------------------------------


def _clean_zh(name: str) -> str:
    return name.strip().strip("《》「」『』〈〉\"'“”").strip()


def _entity_mentions(ctx: _Ctx, ent: Entity) -> list[Mention]:
    """The entity's mentions by article, list items first (sorted once per entity; never changed)."""
    if ent.id not in ctx.entity_mentions:
        ctx.entity_mentions[ent.id] = sorted(
            (ctx.mentions[k] for k in ent.mentions if k in ctx.mentions),
            key=lambda m: (m.article, m.kind is not Kind.LIST, m.position),
        )
    return ctx.entity_mentions[ent.id]


def _some_outlets(arts: Sequence[str]) -> str:
    """The first ``_NAMED_OUTLETS`` outlets, then how many more: a form a thousand outlets print is not
    named with each of them (they are the finding's sources)."""
    more = len(arts) - _NAMED_OUTLETS
    return _words(arts[:_NAMED_OUTLETS]) + (f" and {more} more" if more > 0 else "")


def _naming_variants(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    for ent in ctx.entities.values():
        forms: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        printed: dict[str, list[Mention]] = defaultdict(list)  # each name as printed cleaned once
        for m in _entity_mentions(ctx, ent):
            printed[m.name_zh].append(m)
        for raw, ms in printed.items():
            if name := _clean_zh(raw):
                forms[zh_key(name)][name].extend(ms)
        if not forms and ent.variants:
            for v in ent.variants:
                if v.lang == "zh" and _clean_zh(v.name):
                    forms[zh_key(v.name)][_clean_zh(v.name)] = []
        if len(forms) < 2:
            continue
        parts: list[tuple[int, str, str]] = []
        evidence: list[Evidence | None] = []
        everyone: set[str] = set()  # the outlets that print any form
        for key in sorted(forms):
            spellings = forms[key]
            printing = {n: {m.article for m in ms} for n, ms in spellings.items()}  # spelling -> outlets
            shown = min(spellings, key=lambda n: (-len(printing[n]), n))
            arts = sorted(set().union(*printing.values()))
            everyone.update(arts)
            if not arts:
                arts = sorted(
                    {s for v in ent.variants if v.lang == "zh" and zh_key(v.name) == key for s in v.sources}
                )
            parts.append((-len(arts), shown, f"{shown} ({_some_outlets(arts)})" if arts else shown))
            if spellings[shown]:
                evidence.append(ctx.mention_evidence(spellings[shown][0]))
        parts.sort()
        out.append(
            Discrepancy(
                kind=NAMING_VARIANT,
                severity=Severity.INFO,
                entity=ent.id,
                sources=tuple(sorted(everyone)),
                subject=ctx.name(ent.id),
                message=(
                    f"{ctx.name(ent.id)} is written {len(parts)} ways: {'; '.join(p for _, _, p in parts)}."
                ),
                evidence=_evidence(evidence),
            )
        )
    return out


@lru_cache(maxsize=16_384)  # an entity's name as printed recurs across the outlets
def _fold_chars(name: str) -> tuple[str, tuple[int, ...]]:
    """``zh_key`` applied character by character, with the source index of every kept character."""
    folded: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(name):
        for f in zh_key(ch):
            folded.append(f)
            index.append(i)
    return "".join(folded), tuple(index)


def _chunks(reference: str, missing: set[str]) -> list[tuple[int, int]]:
    """Maximal runs of ``reference`` made of characters in ``missing`` (as folded offsets)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(reference):
        if reference[i] in missing:
            j = i
            while j < len(reference) and reference[j] in missing:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _dropped_in(reference: str, own: str, chunk: str) -> bool:
    """Whether ``own`` has no counterpart for ``chunk`` of ``reference`` (both folded).

    Aligned with difflib, the chunk falls in a block ``own`` deletes (a pure drop), or in a block
    ``own`` replaces with words it already uses elsewhere (a repetition in place of the word), or
    in a block whose joining words line up with ``own``'s so that only the chunk is left without
    a partner. A block replaced by other words of similar length is a synonym: not a drop.
    """
    at = reference.find(chunk)
    if at < 0:
        return False
    end = at + len(chunk)
    matcher = SequenceMatcher(None, reference, own, autojunk=False)
    for tag, r_lo, r_hi, o_lo, o_hi in matcher.get_opcodes():
        if r_hi <= at or r_lo >= end:
            continue
        if tag == "equal":
            return False
        if tag == "delete":
            continue
        if tag != "replace":
            return False
        seg = own[o_lo:o_hi]
        content = [ch for ch in seg if ch not in _FUNCTION_CHARS]
        rest_of_own = own[:o_lo] + own[o_hi:]
        if content and all(ch in rest_of_own for ch in content):
            continue  # the place of the word is filled by a repetition of other words
        block = reference[max(r_lo, 0) : r_hi]
        without = block.replace(chunk, "", 1)
        skel_with = _segments(block)
        skel_without = _segments(without)
        skel_own = _segments(seg)
        if len(skel_without) == len(skel_own) > 1:
            if sum(abs(x - y) for x, y in zip(skel_without, skel_own, strict=True)) < sum(
                abs(x - y) for x, y in zip(skel_with, skel_own, strict=True)
            ):
                continue
        elif len(content) <= sum(skel_without) and len(content) < sum(skel_with):
            continue
        return False
    return True


def _segments(s: str) -> list[int]:
    """Content lengths between joining characters: "甲乙與丙" -> [2, 1]."""
    out = [0]
    for ch in s:
        if ch in _FUNCTION_CHARS:
            out.append(0)
        else:
            out[-1] += 1
    return out


def _length_counts(forms: Mapping[str, int]) -> Counter[int]:
    """How many names have each length, from distinct names and their counts."""
    out: Counter[int] = Counter()
    for form, n in forms.items():
        out[len(form)] += n
    return out


def _median_of_counts(counts: Mapping[int, int]) -> float:
    """``statistics.median`` of a multiset given as value -> count."""
    total = sum(counts.values())

    def nth(i: int) -> int:
        for value in sorted(counts):
            if i < counts[value]:
                return value
            i -= counts[value]
        raise IndexError(i)

    if total % 2:
        return nth(total // 2)
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


def _dropped_chars(
    own: str, forms: Mapping[str, int], *, short_ratio: float, one_word: bool
) -> tuple[dict[str, int], set[str]]:
    """The other articles' folded forms (with their counts) beside an article writing ``own``, and the
    characters every one of them has and ``own`` lacks (none when ``own`` is a short form, or the
    entity's English name is one word): the same for every article writing ``own``."""
    other_forms = {f: n - (f == own) for f, n in forms.items() if n - (f == own) > 0}
    median = _median_of_counts(_length_counts(other_forms))
    if len(own) < short_ratio * median:
        return other_forms, set()  # a short form (an abbreviation) is a naming variant, not a mistranslation
    if one_word:
        return other_forms, set()  # a one-word English name ("X-Water"): the others' extra words are glosses
    common = set.intersection(*(set(f) for f in other_forms))
    return other_forms, {ch for ch in common - set(own) if ch not in _FUNCTION_CHARS}


def _japanese(ctx: _Ctx, m: Mention) -> bool:
    """A name in kana, or printed by an article written in Japanese (kanji names of Japanese bodies)."""
    if KANA_RE.search(m.name_zh):
        return True
    article = ctx.articles.get(m.article)
    return article is not None and is_japanese_text(article.text)


def _possible_mistranslations(ctx: _Ctx, *, rare_share: float, short_ratio: float) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    # Every entity's folded Chinese names and English words, for rarity and corroboration.
    names_of: dict[str, set[str]] = {}
    english_of: dict[str, set[str]] = {}
    for ent in ctx.entities.values():
        ms = _entity_mentions(ctx, ent)
        names_of[ent.id] = {k for name in {m.name_zh for m in ms} if (k := zh_key(name))}
        spelled = {m.name_en for m in ms} | {ent.name_en}  # each distinct name once
        english_of[ent.id] = {w for name in spelled for w in en_tokens(name)} - {"un"}
    n_entities = max(1, len(names_of))
    rare_limit = max(2, int(rare_share * n_entities))
    holders_of: dict[str, int] = {}  # chunk -> how many entities have a name containing it

    @cache  # asked again for each article that writes the entity's name the same way
    def english_word(entity_id: str, chunk: str) -> str:
        """An English word of the entity that the chunk translates everywhere else in the run."""
        holders = {e for e, names in names_of.items() if e != entity_id and any(chunk in n for n in names)}
        if not holders:
            return ""
        for word in sorted(english_of.get(entity_id, set()) - STOPWORDS):
            with_word = {e for e, words in english_of.items() if e != entity_id and word in words}
            if with_word and with_word == holders:
                return word
        return ""

    for ent in ctx.entities.values():
        per_article: dict[str, Mention] = {}
        for m in _entity_mentions(ctx, ent):
            # a Japanese name says in words of its own what the Chinese ones say (政府間パネル for
            # 政府間專門委員會): compared with Chinese names, its words are no evidence of a dropped one
            if zh_key(m.name_zh) and m.article not in per_article and not _japanese(ctx, m):
                per_article[m.article] = m
        if len(per_article) < 2:
            continue
        folded = {a: _fold_chars(_clean_zh(m.name_zh)) for a, m in per_article.items()}
        # The other articles' folded names are judged as distinct forms with their counts, so one
        # article costs the number of forms, not the number of articles.
        forms = Counter(f for f, _ in folded.values())
        if len(forms) < 2:
            continue  # every outlet writes the same folded name
        arts = sorted(per_article)
        one_word = len(english_of.get(ent.id, set()) - STOPWORDS) == 1
        judged: dict[str, tuple[dict[str, int], set[str]]] = {}  # by own form: the articles writing it agree
        for art in arts:
            m = per_article[art]
            own = folded[art][0]
            if own not in judged:
                judged[own] = _dropped_chars(own, forms, short_ratio=short_ratio, one_word=one_word)
            other_forms, missing = judged[own]
            if not missing:
                continue
            ref_art = arts[1] if arts[0] == art else arts[0]
            ref = folded[ref_art][0]
            found: list[tuple[str, str]] = []  # (chunk as printed by the reference, English word)
            for lo, hi in _chunks(ref, missing):
                chunk = ref[lo:hi]
                if len(chunk) < 2 or not all(chunk in f for f in other_forms):
                    continue
                if chunk not in holders_of:
                    holders_of[chunk] = sum(1 for ns in names_of.values() if any(chunk in n for n in ns))
                if holders_of[chunk] > rare_limit:
                    continue  # a common word (e.g. "international"), dropped or swapped often
                if not all(_dropped_in(f, own, chunk) for f in other_forms):
                    continue  # the others' word has a counterpart in this name: a synonym
                word = english_word(ent.id, chunk)
                if len(arts) - 1 < 2 and not word:
                    continue  # one other outlet and no English support: cannot tell who is right
                src_name = _clean_zh(per_article[ref_art].name_zh)
                idx = folded[ref_art][1]
                printed = src_name[idx[lo] : idx[hi - 1] + 1]
                found.append((printed, word))
            if not found:
                continue
            others = [a for a in arts if a != art]
            english = next((x.name_en for x in _entity_mentions(ctx, ent) if x.name_en), ent.name_en)
            keep = "; ".join(f"{_clean_zh(per_article[a].name_zh)} ({a})" for a in others[:_NAMED_OUTLETS])
            if len(others) > _NAMED_OUTLETS:
                keep += f" and {len(others) - _NAMED_OUTLETS} more"
            dropped = ", ".join(f"'{p}'" + (f" (English '{w}')" if w else "") for p, w in found)
            msg = (
                f"{art} writes {_clean_zh(m.name_zh)} without {dropped}, "
                f"which the other outlets keep: {keep}."
            )
            if english:
                msg += f" English name: {english}."
            out.append(
                Discrepancy(
                    kind=POSSIBLE_MISTRANSLATION,
                    severity=Severity.WARNING,
                    entity=ent.id,
                    sources=(art,),
                    subject=ctx.name(ent.id),
                    message=msg,
                    evidence=_evidence(
                        [
                            ctx.mention_evidence(m),
                            *(ctx.mention_evidence(per_article[a]) for a in others[:_NAMED_OUTLETS]),
                        ]
                    ),
                )
            )
    return out


_LATIN_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z'’]*")


def _initials(en: str) -> str:
    """Initials of every word (function words included), capitalised words whole, an initialism
    written with dots (``U.N.``) as its letters."""
    text = re.sub(
        r"\b((?:[A-Z]\.\s?){1,}[A-Z])\.?(?=\W|$)", lambda m: re.sub(r"[\s.]", "", m.group(1)), en or ""
    )
    out: list[str] = []
    for word in _LATIN_WORD.findall(text.replace("-", " ").replace("/", " ")):
        if word[0].isdigit():
            continue
        out.append(word if len(word) >= 2 and word.isupper() else word[0].upper())
    return acronym_key("".join(out))


def _acronym_fits(acronym: str, initials: str) -> bool:
    """Whether an acronym can stand for a name with these initials.

    Real acronyms are loose (letters from inside words, an older word order, a number: the
    population fund's, the renewable-energy agency's), so only a clear contradiction counts: the
    acronym's first letter is no initial of the name, or fewer than half of its letters are.
    """
    letters = [ch for ch in acronym if ch.isalpha()]
    if not letters:
        return True
    pool = Counter(initials)
    covered = 0
    for ch in letters:
        if pool[ch] > 0:
            pool[ch] -= 1
            covered += 1
    return letters[0] in initials and covered * 2 >= len(letters)


def _acronym_mismatches(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    # An acronym attached to several entities is a parent body's, not the item's own.
    holders: dict[str, set[str]] = defaultdict(set)
    for key, m in ctx.mentions.items():
        if m.acronym:
            holders[acronym_key(m.acronym)].add(ctx.entity_of.get(key, key))
    for key in sorted(ctx.mentions):
        m = ctx.mentions[key]
        acr = acronym_key(m.acronym)
        if not acr or not m.name_en or len(acr) < 2:
            continue
        if m.parent and acronym_key(m.parent) == acr or len(holders[acr]) > 1:
            continue
        initials = _initials(m.name_en)
        if not initials or _acronym_fits(acr, initials):
            continue
        ent = ctx.entity_of.get(key)
        out.append(
            Discrepancy(
                kind=ACRONYM_MISMATCH,
                severity=Severity.WARNING,
                entity=ent,
                sources=(m.article,),
                subject=ctx.name(ent) if ent else m.label,
                message=(
                    f"{m.article} gives the acronym {m.acronym} for '{m.name_en}', whose initials are "
                    f"{initials}: the acronym may belong to another (e.g. parent) body."
                ),
                evidence=_evidence([ctx.mention_evidence(m)]),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# The story and people
# --------------------------------------------------------------------------------------------


def _identity(f: Fact, english_of: Mapping[tuple[str, str], str]) -> str:
    """Who a signer is, where the article tells: the English name it gives, or the name itself when
    written in Latin letters; "" for a transliteration alone (Taiwan, Hong Kong and the mainland write
    one person's name with different characters, which only a name of record links)."""
    latin = not re.search(r"[^\x00-\x7f]", f.value)
    name = english_of.get((f.article, f.value)) or (f.value if latin else "")
    return " ".join(name.casefold().split()[-1:])  # the family name: "Donald Trump" and "Trump" agree


def _story_conflicts(ctx: _Ctx, facts: Sequence[Fact], people: Sequence[PersonName]) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    person_of = {(p.article, p.name): p.person for p in people}
    english_of = {(p.article, p.name): p.english for p in people if p.english}
    person_any: dict[str, str] = {}
    for p in sorted(people, key=lambda p: (p.name, p.person)):
        person_any.setdefault(zh_key(p.name), p.person)
    by_field: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_field[f.field].append(f)
    for field_name, fs in sorted(by_field.items()):
        dated = all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value) for f in fs)

        def norm(f: Fact, dated: bool = dated, field_name: str = field_name) -> str:
            if field_name == FIELD_SIGNER:
                key = zh_key(f.value)
                return person_of.get((f.article, f.value)) or person_any.get(key) or key
            if re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", f.value) and not dated:
                return f.value[-5:]  # compare month and day when an outlet gives no year
            return f.value

        groups: dict[str, list[Fact]] = defaultdict(list)
        for f in sorted(fs, key=lambda f: (f.article, f.start)):
            groups[norm(f)].append(f)
        if len(groups) < 2:
            continue
        if field_name == FIELD_SIGNER and len({_identity(f, english_of) for f in fs} - {""}) < 2:
            continue  # "川普" and "特朗普": regional transliterations, unless names of record tell them apart

        def shown_value(f: Fact, field_name: str = field_name) -> str:
            return instrument_word(f.quote, f.value) if field_name == FIELD_INSTRUMENT else f.value

        parts = []
        for value in sorted(groups):
            shown = ", ".join(
                f"{a} ({', '.join(sorted({shown_value(f) for f in groups[value] if f.article == a}))})"
                for a in sorted({f.article for f in groups[value]})
            )
            parts.append(f"{value}: {shown}")
        what = {FIELD_INSTRUMENT: "the instrument"}.get(field_name, f"the {field_name} value")
        if field_name == FIELD_SIGNER:
            what = "who signed"
        elif field_name in ("signed", "announced"):
            what = f"the date it was {field_name}"
        out.append(
            Discrepancy(
                kind=STORY_CONFLICT,
                severity=Severity.WARNING,
                entity=None,
                sources=_odd_ones_out({f.article for f in g} for g in groups.values()),
                subject=field_name,
                message=f"Outlets disagree on {what}: {' | '.join(parts)}.",
                evidence=_evidence(
                    ctx.evidence(f.article, f.start, f.end, sentence=False)
                    or Evidence(article=f.article, quote=f.quote, start=f.start, end=f.end)
                    for value in sorted(groups)
                    for f in groups[value]
                ),
            )
        )
    return out


def _person_variants(ctx: _Ctx, people: Sequence[PersonName]) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    by_person: dict[str, list[PersonName]] = defaultdict(list)
    for p in people:
        by_person[p.person].append(p)
    for person, ps in sorted(by_person.items()):
        forms: dict[str, list[PersonName]] = defaultdict(list)
        for p in sorted(ps, key=lambda p: (p.article, p.start)):
            forms[zh_key(p.name) or p.name].append(p)
        if len(forms) < 2:
            continue
        english = next((p.english for p in sorted(ps, key=lambda p: p.article) if p.english), "")
        who = english or person
        parts = sorted(
            (f"{fs[0].name} ({_words(sorted({p.article for p in fs}))})" for fs in forms.values()),
        )
        out.append(
            Discrepancy(
                kind=PERSON_VARIANT,
                severity=Severity.INFO,
                entity=None,
                sources=tuple(sorted({p.article for p in ps})),
                subject=person,
                message=f"{who} is written {len(forms)} ways: {'; '.join(parts)}.",
                evidence=_evidence(
                    ctx.evidence(fs[0].article, fs[0].start, fs[0].end) for _, fs in sorted(forms.items())
                ),
            )
        )
    return out


# --------------------------------------------------------------------------------------------


def _sort_key(d: Discrepancy) -> tuple[int, str, str, tuple[str, ...], str, str]:
    return (-d.severity.rank, d.kind, d.subject, d.sources, d.entity or "", d.message)


def _one_root_cause(found: list[Discrepancy]) -> list[Discrepancy]:
    """A count an article states that its list falls short of, and the items missing from that list, are
    one finding: the count's, naming the missing items; their own findings are dropped. A group's count
    that falls short is kept over the total's (it says where the items were lost)."""
    short = {d.sources[0]: d for d in found if d.kind in (COUNT_MISMATCH, LIST_SHORT) and len(d.sources) == 1}
    missing: dict[str, list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind == MISSING_ENTITY and len(d.sources) == 1 and d.sources[0] in short:
            missing[d.sources[0]].append(d)
    grouped_short = {d.sources[0] for d in found if d.kind == COUNT_MISMATCH and len(d.sources) == 1}
    out = []
    for d in found:
        if d.kind == MISSING_ENTITY and len(d.sources) == 1 and d.sources[0] in short:
            continue  # one of ``missing`` (which holds every such finding): named by its count's
        if d.kind == LIST_SHORT and d.sources[0] in grouped_short:
            continue  # the group's count that falls short says where the list lost its items
        if d.kind in (COUNT_MISMATCH, LIST_SHORT) and len(d.sources) == 1 and missing.get(d.sources[0]):
            lost = missing[d.sources[0]]
            names = _words(m.subject for m in lost)
            evidence = _evidence([*d.evidence, *(e for m in lost for e in m.evidence[:1])])
            if all(m.subject in d.message for m in lost):
                out.append(replace(d, evidence=evidence))  # its message names them already
                continue
            d = Discrepancy(
                kind=d.kind,
                severity=d.severity,
                entity=d.entity,
                sources=d.sources,
                subject=d.subject,
                message=f"{d.message} The other lists have what it lacks: {names}.",
                evidence=evidence,
            )
        out.append(d)
    return out


GROUP_CONFLICT = "group_conflict"  # pipeline.checks.lists.GROUP_CONFLICT (that module builds on this one)
DUPLICATE_ITEM = "duplicate_item"  # pipeline.checks.lists.DUPLICATE_ITEM


VALUE_CONFLICT = "value_conflict"  # pipeline.checks.lists.VALUE_CONFLICT


def _share_not_value(found: list[Discrepancy]) -> list[Discrepancy]:
    """An item's share that its own article's amounts show to be off (``arithmetic`` about an entity) is
    the one finding: the outlets' disagreement on that item's values is not reported again."""
    off = {
        (d.entity, d.sources[0]) for d in found if d.kind == ARITHMETIC and d.entity and len(d.sources) == 1
    }
    return [
        d
        for d in found
        if not (d.kind == VALUE_CONFLICT and any((d.entity, art) in off for art in d.sources))
    ]


INTERNAL_CONTRADICTION = "internal_contradiction"  # pipeline.checks.contradictions.INTERNAL_CONTRADICTION
COLUMN_SWAP = "column_swap"  # pipeline.checks.lists.COLUMN_SWAP


def _text_beside_value(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An item's value that the other outlets (or the official list) contradict, which its own article's
    text contradicts too (甲國 printed at 40% in the list, 19% in the lead and by the others): one misprint,
    one finding, the value's, saying what the text gives and quoting it."""
    valued = [
        d
        for d in found
        if d.kind in (VALUE_CONFLICT, COLUMN_SWAP) and d.severity is Severity.ERROR and len(d.sources) == 1
    ]
    merged: dict[int, Discrepancy] = {}
    dropped: set[int] = set()
    for c in found:
        if c.kind != INTERNAL_CONTRADICTION or not c.entity or len(c.sources) != 1:
            continue
        name = ctx.name(c.entity)
        d = next(
            (
                d
                for d in valued
                if d.sources == c.sources and (d.entity == c.entity or f"/ {name}" in d.subject)
            ),
            None,
        )
        if d is None:
            continue
        base = merged.get(id(d), d)
        merged[id(d)] = replace(
            base, message=f"{base.message} {c.message}", evidence=(*base.evidence, *c.evidence[1:])
        )
        dropped.add(id(c))
    return [merged.get(id(d), d) for d in found if id(d) not in dropped]


def _repeated_not_long(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """A list that prints one item twice is one item longer than the count it states: where its repeats
    account for every extra item, the repeats are the one finding (each says the count it overruns) and
    the list's ``list_long`` is dropped."""
    repeats: dict[str, list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind == DUPLICATE_ITEM and len(d.sources) == 1:
            repeats[d.sources[0]].append(d)
    explained: dict[str, Discrepancy] = {}
    for d in found:
        if d.kind != LIST_LONG or len(d.sources) != 1 or not repeats.get(art := d.sources[0]):
            continue
        stated = ctx.stated_total(art)
        if stated is not None and len(ctx.listed.get(art, ())) - stated == len(repeats[art]):
            explained[art] = d
    out = []
    for d in found:
        if d.kind == LIST_LONG and d.sources[0] in explained and len(d.sources) == 1:
            continue
        if d.kind == DUPLICATE_ITEM and len(d.sources) == 1 and (long := explained.get(d.sources[0])):
            n, stated = len(ctx.listed[d.sources[0]]), ctx.stated_total(d.sources[0])
            d = replace(
                d,
                message=f"{d.message} Its list is {n} items long where it states {stated}.",
                evidence=_evidence([*d.evidence, *long.evidence]),
            )
        out.append(d)
    return out


def _misfiled_not_miscounted(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """An item filed under the wrong group makes one group's count one short and the other's one over;
    when the counts an article states for its groups add up to its whole list, the misfiled item is the
    one finding (``group_conflict``) and the groups' counts are said there, not as findings of their own."""
    misfiled = {d.sources[0] for d in found if d.kind == GROUP_CONFLICT and len(d.sources) == 1}
    balanced: dict[str, list[int]] = {}
    for art in sorted(misfiled):
        stated: dict[str, int] = {}
        for c in ctx.claims_of.get(art, ()):
            if c.kind == KIND_GROUP and c.group and c.unit == "count":
                stated.setdefault(c.group, int(c.stated))
        if len(stated) >= 2 and sum(stated.values()) == len(ctx.listed.get(art, ())):
            balanced[art] = [stated[g] for g in sorted(stated)]
    explained = _moved_back(ctx, [d for d in found if d.kind == GROUP_CONFLICT and len(d.sources) == 1])
    out = []
    noted: set[str] = set()
    for d in found:
        art = d.sources[0] if len(d.sources) == 1 else ""
        if d.kind == COUNT_MISMATCH and (art in balanced or (art, d.subject) in explained):
            continue
        if d.kind == GROUP_CONFLICT and art in balanced and art not in noted:
            noted.add(art)
            counts = ", ".join(map(str, balanced[art]))
            d = replace(
                d,
                message=f"{d.message} The counts it states for its groups ({counts}) add up to its list but "
                "not to what it files under each.",
            )
        out.append(d)
    return out


def _moved_back(ctx: _Ctx, misfiled: Sequence[Discrepancy]) -> set[tuple[str, str]]:
    """(article, group as printed) of the group counts an article states that its misfiled items alone
    throw off: with each item back in the group most outlets file it under, the group has the count it
    states (甲國 filed under the partial ban makes the full ban one short and the partial one over, beside
    an item the list lacks that keeps the full ban short: that shortfall stays a finding of its own)."""
    shift: dict[str, Counter[str]] = defaultdict(Counter)
    for d in misfiled:
        art = d.sources[0]
        m = next(
            (m for m in ctx.listed.get(art, ()) if d.entity and ctx.entity_of.get(m.key) == d.entity), None
        )
        filed = ctx.group_id(m) if m is not None else None
        meant = _majority_group(ctx, d.entity) if d.entity else None
        if filed and meant and filed != meant:
            shift[art][filed] -= 1
            shift[art][meant] += 1
    return {
        (c.article, c.subject)
        for art, moves in shift.items()
        for c in ctx.claims_of.get(art, ())
        if c.kind == KIND_GROUP
        and c.unit == "count"
        and c.computed is not None
        and moves[c.group]
        and c.computed + moves[c.group] == c.stated
    }


def group_records(found: CanonicalGroups) -> tuple[Group, ...]:
    """Canonical groups as the records a run keeps (``Reconciliation.groups``)."""
    members: dict[str, list[tuple[str, str]]] = {}
    for key, gid in found.of.items():
        members.setdefault(gid, []).append(key)
    return tuple(
        Group(gid, found.labels.get(gid, gid), tuple(sorted(keys))) for gid, keys in sorted(members.items())
    )


def internal_contradictions(ctx: _Ctx) -> list[Discrepancy]:
    from pipeline.checks.contradictions import internal_contradictions as run  # builds on this module

    return run(ctx)


def share_checks(ctx: _Ctx) -> list[Discrepancy]:
    from pipeline.checks.shares import share_checks, total_checks  # they build on this module

    return [*share_checks(ctx), *total_checks(ctx)]


def loose_counts(ctx: _Ctx) -> list[Discrepancy]:
    from pipeline.checks.loose import loose_counts as run  # builds on this module

    return run(ctx)


def list_checks(ctx: _Ctx, **kw: Any) -> tuple[list[Discrepancy], object]:
    from pipeline.checks.lists import list_checks as run  # the list checks build on this module

    return run(ctx, **kw)


@collector_paused  # many objects built, no cycles: the collector would walk the run for nothing
def run_checks(
    *,
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    headings: Sequence[Heading],
    entities: Sequence[Entity],
    links: Sequence[Link] = (),
    claims: Sequence[Claim],
    facts: Sequence[Fact],
    people: Sequence[PersonName],
    category_cutoff: float = 80.0,
    rare_share: float = 0.1,
    short_ratio: float = 0.75,
    reference: ReferenceList | None = None,
    gazetteer: Gazetteer | None = None,
    groups: Sequence[Group] | None = None,
) -> tuple[Discrepancy, ...]:
    """Every discrepancy the records show, sorted by severity (highest first), kind, subject, sources.

    ``category_cutoff`` is the rapidfuzz score (0-100) above which two category labels are the
    same category; ``rare_share`` the share of entities a Chinese word may appear in and still be a
    key word; ``short_ratio`` how much shorter than the others a name may be before it counts as
    an abbreviation rather than a translation that dropped a word. ``groups``: the canonical groups
    already aligned for the run (``checks.canonical_groups``), else aligned here.
    """
    del links  # links are not needed to judge (a run records them while the checks run: pipeline.run)
    ctx = shared_context(articles, mentions, entities, claims, headings, groups or ())
    if groups is None:
        from pipeline.checks import lists  # the list checks build on this module

        found_groups = lists.canonical_groups(ctx, reference=reference, gazetteer=gazetteer)
        groups = group_records(found_groups)
        ctx.set_groups(groups)
        ctx.set_claims(bind_groups(ctx.claims, groups, mentions))
    found: list[Discrepancy] = [
        *_count_mismatches(ctx),
        *_arithmetic(ctx),
        *share_checks(ctx),
        *loose_counts(ctx),
        *_count_conflicts(ctx),
        *_taxonomy_differs(ctx, score_cutoff=category_cutoff),
        *_coverage(ctx),
        *list_checks(ctx, reference=reference, gazetteer=gazetteer, groups=groups)[0],
        *_section_conflicts(ctx),
        *internal_contradictions(ctx),
        *_naming_variants(ctx),
        *_possible_mistranslations(ctx, rare_share=rare_share, short_ratio=short_ratio),
        *_acronym_mismatches(ctx),
        *_story_conflicts(ctx, facts, people),
        *_person_variants(ctx, people),
    ]
    found = _one_root_cause(_text_beside_value(ctx, _share_not_value(found)))
    found = _misfiled_not_miscounted(ctx, _repeated_not_long(ctx, found))
    _last.clear()  # judged: the lookups are not kept past the run's checks
    unique: dict[tuple[str, str, str, tuple[str, ...], str], Discrepancy] = {}
    for d in found:
        unique.setdefault((d.kind, d.entity or "", d.subject, d.sources, d.message), d)
    return tuple(sorted(unique.values(), key=_sort_key))
