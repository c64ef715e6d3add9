"""Checks of the lists themselves, item by item: coverage, substitutions, duplicates, groups, values and
attributes, judged by consensus or, when the user gives one, against the official list.

The rules that keep an outlet from being accused wrongly:

1. A list is judged for omissions only when it claims to be complete (it states a total it reaches, or
   says "full list"), or when the official list is given; a selection is missing nothing. Without the
   official list, an item is missing from it only when at least two other complete lists, and at least
   half of them, have it: what two lists of a thousand print alike is no evidence against the rest.
2. A list that shares less than half of its names with the others is one finding about that article
   (``unlinked_list``), never a cascade of findings about the others.
3. One root cause, one finding: an item found nowhere else in a list that lacks exactly one item the
   others have, in the same group, is one ``wrong_item``; a name printed twice is one
   ``duplicate_item``; two values reversed are one ``column_swap``.
4. ``error`` only on strong evidence: the official list, or at least ``MIN_CORROBORATION`` other outlets
   agreeing while none sides with the outlet. Two camps that each have support are a ``warning`` that
   names both, not an accusation.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from rapidfuzz import fuzz

from pipeline.checks.core import _Ctx, _evidence, _fmt, _words
from pipeline.claims import KIND_CATEGORY, KIND_GROUP
from pipeline.groups import (
    NUMBERED_LABEL_RE,
    CanonicalColumns,
    CanonicalGroups,
    align_columns,
    align_groups,
    group_key,
)
from pipeline.knowledge import code_of, reference_entries
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.kana import similarity as kana_similarity
from pipeline.knowledge.phonetic import similarity as sound_similarity
from pipeline.knowledge.reference import ReferenceEntry, ReferenceList
from pipeline.knowledge.sound import family_similarity, han_alike
from pipeline.knowledge.sound import similarity as han_similarity
from pipeline.lang.cues import COMPLETE_RE, FORMER_POST_RE, PAST_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK_RE, chinese_script, is_japanese_text, script_of, zh_short_form
from pipeline.matching.keys import family_names
from pipeline.models import AttributeKind, Discrepancy, Evidence, Group, Mention, Severity
from pipeline.normalize import cut_ending, is_subsequence, shared_ending, zh_key

WRONG_ITEM = "wrong_item"
NOT_ON_LIST = "not_on_list"
DUPLICATE_ITEM = "duplicate_item"
UNLINKED_LIST = "unlinked_list"
GROUP_CONFLICT = "group_conflict"
VALUE_CONFLICT = "value_conflict"
COLUMN_SWAP = "column_swap"
ATTRIBUTE_CONFLICT = "attribute_conflict"
MISSING_ENTITY = "missing_entity"
UNIQUE_ITEM = "unique_item"
COUNT_MISMATCH = "count_mismatch"

GROUP_KINDS = (KIND_GROUP, KIND_CATEGORY)
OFFICIAL = "the official list"
MIN_CORROBORATION = 2  # other outlets that must agree before one outlet's departure is an error
CLEAR_MAJORITY = 2  # times more outlets than a camp of several must agree before each of them is wrong
MAX_NAMED = 12  # outlets named one by one in a finding's message (as core names entities)
MIN_SHARED = 0.5  # share of a list's items other lists must have before it is judged item by item
DUPLICATE_SOUND = 0.8  # pinyin similarity of two items of one list that name one person or place
DUPLICATE_RATIO = 88  # rapidfuzz ratio of two Latin names of one list that are one name
_NATIONALITY_SUFFIX_RE = re.compile(r"(?:國籍|国籍|籍|人|出身|出身者|国民|national)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _View:
    ctx: _Ctx
    groups: CanonicalGroups
    columns: CanonicalColumns
    reference: ReferenceList | None
    ref_of: Mapping[str, ReferenceEntry]  # entity id -> its reference entry
    gazetteer: Gazetteer | None

    def mention(self, art: str, ent: str) -> Mention:
        return self.ctx.entity_lists[ent][art][0]

    def quote(self, m: Mention):  # noqa: ANN201 - Evidence | None
        return self.ctx.mention_evidence(m)

    listings: dict[str, list[str]] = field(default_factory=dict, compare=False)  # listing()'s, once each
    # entities at least so many complete lists hold (``_expected_entities``), per threshold
    candidates: dict[int, list[str]] = field(default_factory=dict, compare=False)
    filings: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)  # filed()'s
    # entity -> its names in every list and the scripts they are written in (``_names``), once each
    names_of: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict, compare=False)
    codes: Mapping[str, str] = field(default_factory=dict, compare=False)  # entity -> its gazetteer code
    # entity -> how many of its lists print a Chinese name for it, and in how many of them each character is
    han_chars: dict[str, tuple[int, Counter[str]]] = field(default_factory=dict, compare=False)

    def listing(self, ent: str) -> list[str]:
        """The articles whose lists hold ``ent``, sorted (computed once per entity)."""
        if ent not in self.listings:
            self.listings[ent] = sorted(self.ctx.entity_lists.get(ent, {}))
        return self.listings[ent]

    def chinese_names(self, ent: str) -> tuple[int, Counter[str]]:
        """How many of the lists holding ``ent`` print a Chinese name for it, and in how many of those
        names (``zh_key``) each character is (computed once per entity)."""
        if ent not in self.han_chars:
            lists = 0
            chars: Counter[str] = Counter()
            for a in self.listing(ent):
                name = self.mention(a, ent).name_zh
                if name and script_of(name) == "zh":
                    lists += 1
                    chars.update(set(zh_key(name)))
            self.han_chars[ent] = (lists, chars)
        return self.han_chars[ent]

    def filed(self, ent: str) -> dict[str, str]:
        """Article -> the canonical group its list files ``ent`` under, for the articles of ``listing``
        that file it under one, in their order (computed once per entity)."""
        if ent not in self.filings:
            self.filings[ent] = {a: g for a in self.listing(ent) if (g := _group_of(self, a, ent))}
        return self.filings[ent]


def _outlets(articles: Iterable[str]) -> str:
    """Outlets named in a message: the first ``MAX_NAMED`` of them, then how many more, so that a
    finding's text does not grow with the number of outlets that agree."""
    names = articles if isinstance(articles, list) else list(articles)
    more = len(names) - MAX_NAMED
    return _words(names[:MAX_NAMED]) + (f" and {more} more" if more > 0 else "")


def _entity_codes(ctx: _Ctx, gazetteer: Gazetteer | None) -> dict[str, str]:
    """``knowledge.entity_codes``, each entity's names resolved once per distinct name (a thousand
    outlets print one name a thousand times)."""
    if gazetteer is None:
        return {}
    out = {}
    for e in ctx.entities.values():
        names = {
            n for k in e.mentions if (m := ctx.mentions.get(k)) for n in (m.name_zh, m.name_en, *m.aliases)
        }
        if code := code_of(gazetteer, names):
            out[e.id] = code
    return out


def _reference_of(
    ctx: _Ctx, reference: ReferenceList | None, gazetteer: Gazetteer | None
) -> dict[str, ReferenceEntry]:
    return reference_entries(ctx.entities.values(), ctx.mentions, reference, gazetteer)


def _complete(ctx: _Ctx, art: str, official: int | None = None) -> bool:
    """Whether the article's list claims to be the whole list: a stated total it reaches or nearly
    reaches, or words that say so (``一覽``, "full list"), or no claim but as many items as the ``official``
    list (or the total most lists state) holds; with an ``official`` list, only a claim of at
    least half its size (``歐洲國家一覽`` over seven of seventy, "the five biggest" of fourteen: the whole
    of a narrower list, missing nothing of the official one)."""
    if ctx.says_selection(art):
        return False  # the article says it names examples
    stated = ctx.stated_total(art)
    n = len(ctx.listed[art])
    if stated is None:  # the counts its groups state, added up
        counts = {c.subject: int(c.stated) for c in ctx.claims_of.get(art, ()) if c.kind in GROUP_KINDS}
        stated = sum(counts.values()) or None
    if stated is not None:
        return n * 2 >= stated and (official is None or stated * 2 >= official)
    if n == official:
        return True  # a table of as many rows as the whole list has, under no heading that counts them
    body = ctx.articles[art].body if art in ctx.articles else ""
    return COMPLETE_RE.search(body) is not None and (official is None or n * 2 >= official)


def _usual_total(ctx: _Ctx) -> int | None:
    """Without an official list, the total most lists state (at least ``MIN_CORROBORATION``, more than
    state any other): a list that reaches a count under half of it is the whole of a narrower list (the
    two of a runoff among five candidates), missing nothing of the others'."""
    totals = Counter(
        t for a in ctx.list_articles if not ctx.says_selection(a) and (t := ctx.stated_total(a)) is not None
    )
    ranked = totals.most_common(2)
    if not ranked or ranked[0][1] < MIN_CORROBORATION or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _shares(ctx: _Ctx, art: str, n_lists: int) -> float:
    shared = sum(1 for e in ctx.listed_entities.get(art, ()) if len(ctx.entity_lists[e]) >= 2)
    return shared / max(1, len(ctx.listed[art])) if n_lists >= 2 else 1.0


def _linked(ctx: _Ctx, art: str, n_lists: int) -> bool:
    """Whether the list is judged item by item: most of its items are on other lists, or it holds most of
    what the other lists hold (the whole list, of which the others print parts)."""
    if _shares(ctx, art, n_lists) >= MIN_SHARED:
        return True
    mine = ctx.listed_entities.get(art, ())
    shared = sum(1 for e in mine if len(ctx.entity_lists[e]) >= 2)
    theirs = len(ctx.entity_lists) - (len(mine) - shared)  # what the others list, with or without it
    return shared >= MIN_SHARED * theirs


# ------------------------------------------------------------------------------- duplicates


_DOTS_RE = re.compile(r"[·・‧•．.\-‐]")
MIN_SHARED_ENDING = 2  # characters two names end alike with before only the rest is compared by sound
MAX_SOUND_CHARS = 5  # a Chinese name this short (or written with a transliteration dot) is read by sound
MAX_PERSON_WORDS = 5


def _sounds_like_a_person(zh: str) -> bool:
    """A transliterated name (a short one, or one written with a middle dot), not a body's name, whose
    generic words would make two different bodies sound alike."""
    core = _DOTS_RE.sub("", zh)
    return bool(core) and (len(core) <= MAX_SOUND_CHARS or (len(core) <= 2 * MAX_SOUND_CHARS and core != zh))


def _own_parts(a: str, b: str) -> tuple[str, str]:
    """Two names without the ending they share when it is two characters or more and leaves each name
    something of its own (a body's generic word, a family name): what tells them apart is compared, so
    that two short names of bodies of one kind, or two people of one family name, do not sound alike
    for what they have in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return (a[:-n], b[:-n]) if n >= MIN_SHARED_ENDING and n < min(len(a), len(b)) else (a, b)


def _latin_person(en: str) -> bool:
    words = en.split()
    return 2 <= len(words) <= MAX_PERSON_WORDS and all(w[:1].isupper() for w in words)


def _same_name(a: Mention, b: Mention, codes: Mapping[str, str], ctx: _Ctx) -> bool:
    ca, cb = codes.get(ctx.entity_of.get(a.key, "")), codes.get(ctx.entity_of.get(b.key, ""))
    if ca and cb:
        return ca == cb
    zh_ok = _sounds_like_a_person(a.name_zh) and _sounds_like_a_person(b.name_zh)
    if zh_ok and sound_similarity(*_own_parts(a.name_zh, b.name_zh)) >= DUPLICATE_SOUND:
        return True
    if not (_latin_person(a.name_en) and _latin_person(b.name_en)):
        return False
    return bool(
        a.name_en and b.name_en and fuzz.ratio(a.name_en.casefold(), b.name_en.casefold()) >= DUPLICATE_RATIO
    )


def _duplicates(view: _View, codes: Mapping[str, str]) -> tuple[list[Discrepancy], set[str]]:
    """One list naming one entity twice (under two spellings): the second item found in no other list."""
    ctx = view.ctx
    out: list[Discrepancy] = []
    absorbed: set[str] = set()
    for art in ctx.list_articles:
        items = ctx.listed[art]
        for i, b in enumerate(items):
            eb = ctx.entity_of.get(b.key)
            if eb is None or len(ctx.entity_lists[eb]) > 1:
                continue  # only an item no other outlet lists can be the repeated one
            for a in items[:i]:
                ea = ctx.entity_of.get(a.key)
                if ea is None or ea == eb or not _same_name(a, b, codes, ctx):
                    continue
                absorbed.add(b.key)
                out.append(
                    Discrepancy(
                        kind=DUPLICATE_ITEM,
                        severity=Severity.ERROR
                        if len(ctx.entity_lists[ea]) > MIN_CORROBORATION
                        else Severity.WARNING,
                        entity=ea,
                        sources=(art,),
                        subject=ctx.name(ea),
                        message=(
                            f"{art} lists {ctx.name(ea)} twice: as item {a.position} ({a.label}) and as item "
                            f"{b.position} ({b.label})."
                        ),
                        evidence=_evidence([view.quote(a), view.quote(b)]),
                    )
                )
                break
    return out, absorbed


# ------------------------------------------------------------------------------- coverage


def _expected_entities(
    view: _View,
    art: str,
    complete: Mapping[str, bool],
    complete_listing: Mapping[str, int],
    usual: Mapping[str, str | None],
    every: set[str],
) -> dict[str, int]:
    """Entities a complete list should hold: those of the official list, else those at least two other
    complete lists hold (all of them when there are only two) and at least half of the other complete
    lists do: a name two outlets of a thousand print alike (the same typo) is no evidence against the
    998 that do not. Value: how many others list it. ``complete_listing``: per entity, how many complete
    lists hold it (``art`` included); ``usual``: each entity's usual group, ``every``: the groups of
    them all."""
    ctx = view.ctx
    if view.reference is not None:
        # a list of one group of the official list (the second round only) is judged on that group
        covered = {view.ref_of[e].group for e in ctx.listed_entities.get(art, ()) if e in view.ref_of}
        return {
            ent: len(ctx.entity_lists.get(ent, {}))
            for ent, entry in view.ref_of.items()
            if not view.reference.groups or entry.group in covered
        }
    others = sum(complete.values()) - complete[art]  # the other complete lists
    need = max(min(MIN_CORROBORATION, others), -(-others // 2)) if others else 1
    within = _groups_covered(view, art, usual, every)
    out = {}
    if need not in view.candidates:  # entities enough complete lists hold, once per threshold
        view.candidates[need] = [e for e in ctx.entity_lists if complete_listing.get(e, 0) >= need]
    for ent in view.candidates[need]:
        by_art = ctx.entity_lists[ent]
        n = complete_listing.get(ent, 0) - (complete[art] and art in by_art)
        if n >= need and others and (within is None or usual.get(ent) in within):
            out[ent] = n
    return out


def _groups_covered(
    view: _View, art: str, usual: Mapping[str, str | None], every: set[str]
) -> set[str] | None:
    """The canonical groups an article's list holds items of, when that is only some of the run's groups
    (a list of the second round only is judged on that round); None when it spans them all. ``usual``:
    each entity's usual group, ``every``: the groups of them all."""
    ctx = view.ctx
    mine: set[str] = {g for e in ctx.listed_entities.get(art, ()) if (g := usual.get(e))}
    return mine if len(every) >= 2 and mine and mine < every else None


def _coverage(view: _View, absorbed: set[str]) -> list[Discrepancy]:
    ctx = view.ctx
    n_lists = len(ctx.list_articles)
    official = len(view.reference.entries) if view.reference is not None else _usual_total(ctx)
    complete = {a: _complete(ctx, a, official) for a in ctx.list_articles}
    complete_listing = {e: sum(complete[a] for a in by_art) for e, by_art in ctx.entity_lists.items()}
    judges = frozenset(a for a in ctx.list_articles if complete[a] and not _short_of_count(ctx, a))
    usual = {e: _usual_group(view, e) for e in ctx.entity_lists} if view.reference is None else {}
    usual_of = _UsualGroups(view, usual)
    every = {g for g in usual.values() if g is not None}
    out: list[Discrepancy] = []
    camps: list[tuple[str, list[str]]] = []
    for art in ctx.list_articles:
        if view.reference is None and not _linked(ctx, art, n_lists):
            out.append(_unlinked(view, art))
            continue
        mine = {ctx.entity_of.get(m.key) for m in ctx.listed[art] if m.key not in absorbed} - {None}
        expected = _expected_entities(view, art, complete, complete_listing, usual, every)
        extra = sorted(
            e
            for e in mine
            if e is not None
            and (
                e not in view.ref_of
                if view.reference is not None
                else len(ctx.entity_lists[e]) == 1 and _judged_unique(ctx, art, judges)
            )
        )
        missing = sorted(set(expected) - mine) if complete[art] else []
        if missing and view.reference is None and (unread := _unlinked_scripts(view, art, mine, missing)):
            out.append(unread[0])  # its own items in another script, linked to none: one warning
            missing = [e for e in missing if e not in unread[1]]
            extra = [e for e in extra if e not in unread[2]]
        if missing and not extra and view.reference is None and _no_room(ctx, art):
            camps.append((art, missing))  # nothing it lists could have taken their place
            continue
        if view.reference is not None:  # an item linked to an entry whose names it does not resemble
            out.extend(
                _wrong_item(view, art, e, e) for e in sorted(e for e in mine if e) if _stranger(view, art, e)
            )
        else:  # or to what the others list
            strays = {e: sev for e in sorted(e for e in mine if e) if (sev := _stray(view, art, e))}
            for e, sev in strays.items():
                item = view.mention(art, e)
                apart = _names_of_two_scripts(view, art, (item.name_zh, item.name_en, *item.aliases), e)
                out.append(_wrong_item(view, art, e, e, apart=apart, severity=sev))
        pairs = _substitutions(view, art, extra, missing, usual_of)
        for x, m in pairs:
            out.append(_wrong_item(view, art, x, m))
        paired = {x for x, _ in pairs} | {m for _, m in pairs}
        # a list short of its own count: these join that count's finding (run_checks keeps one per cause)
        out.extend(_missing(view, art, ent) for ent in missing if ent not in paired)
        unpaired = [ent for ent in extra if ent not in paired]
        for label, group in _other_lists(view, art, unpaired):
            out.append(_other_list(view, art, label, group))
            unpaired = [ent for ent in unpaired if ent not in group]
        out.extend(_extra(view, art, ent) for ent in unpaired)
    if camps:
        out.append(_camps(view, camps))
    return out


RESEMBLES_EN = 80  # rapidfuzz token_set_ratio of an English name and one of the entry's
RESEMBLES_SOUND = 0.7  # pinyin similarity of a Chinese name and one of the entry's (phonetic.PHONETIC_GATE)
RESEMBLES_KANA = 0.6  # sound similarity of a katakana name and the entry's English name (kana_gate)


def _stranger(view: _View, art: str, ent: str) -> bool:
    """The item ``art`` lists as ``ent`` (an entry of the official list) is none of the entry's names, by
    the gazetteer, in its family name alone (``小羅伊``) or by sound or spelling: an item the list was
    left with, linked to the entry it was left without (a nominee no longer in the post printed in it)."""
    entry = view.ref_of.get(ent)
    return entry is not None and _unlike(view, view.mention(art, ent), entry.all_names)


def _stray(view: _View, art: str, ent: str) -> Severity | None:
    """Without an official list: the Chinese name ``art`` lists as ``ent`` shares no character with the
    Chinese names at least ``MIN_CORROBORATION`` other lists print for it, and resembles none of their
    names by the gazetteer, sound or spelling (``張三`` linked to the ``羅伊`` / ``ロイ`` the list was left
    without, through a sound across scripts): an item in another's place, not another spelling. An error,
    or a warning when its sound comes within ``NEAR_SOUND`` of one of their names; None when it is not."""
    m = view.mention(art, ent)
    mine = zh_key(m.name_zh)
    if not mine or script_of(m.name_zh) != "zh":
        return None
    lists, chars = view.chinese_names(ent)  # this list's own name among them, once in each of its characters
    if lists - 1 < MIN_CORROBORATION:
        return None
    others = [view.mention(a, ent) for a in _others(view, ent, art)]
    chinese = [o.name_zh for o in others if o.name_zh and script_of(o.name_zh) == "zh"]
    theirs = sorted({n for o in others for n in (o.name_zh, o.name_en, *o.aliases) if n})
    known = code_of(view.gazetteer, [m.name_zh]) or _heard(chinese, theirs)  # a place, or a transliteration
    ending = "" if known else shared_ending(mine, [zh_key(c) for c in chinese])
    # "丙丁汽車" beside "甲乙汽車" (Aland): the word both end with says what they are, not which one
    if ending:
        m = replace(m, name_zh=cut_ending(m.name_zh, ending), aliases=())
        chinese = [cut_ending(c, ending) for c in chinese]
        theirs = sorted({*chinese, *(n for o in others for n in (o.name_en, *o.aliases) if n)})
        mine, chars = zh_key(m.name_zh), Counter(c for n in [m.name_zh, *chinese] for c in set(zh_key(n)))
    if any(chars[c] > 1 for c in set(mine)):
        return None
    if not _unlike(view, m, theirs):
        return None
    near = max(
        [han_similarity(m.name_zh, t) for t in theirs if t.isascii()]
        + [max(sound_similarity(m.name_zh, t), float(han_alike(m.name_zh, t))) for t in chinese],
    )
    if near >= RESEMBLES_SOUND:
        return None  # a transliteration of its own (柏根 beside 伯格姆 and Doug Burgum)
    return Severity.WARNING if near >= NEAR_SOUND else Severity.ERROR


def _heard(chinese: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether the Chinese names are heard in an English name of theirs (a transliteration, whose ending
    is sound, not a word), or no English name tells."""
    english = [t for t in theirs if t.isascii()]
    return not english or any(han_similarity(c, t) >= NEAR_SOUND for c in chinese for t in english)


def _unlike(view: _View, m: Mention, theirs: Sequence[str]) -> bool:
    """Whether the names of ``m`` are none of ``theirs``: no place the gazetteer knows, no family name
    alone, no sound or spelling close to one of them."""
    names = [n for n in (m.name_zh, m.name_en, *m.aliases) if n]
    family = [f for n in names for f in family_names(n)]
    if not names or code_of(view.gazetteer, names) or code_of(view.gazetteer, family):
        return False
    english = [t for t in theirs if not re.search(r"[^\x00-\x7f]", t)]
    for n in [*names, *family]:
        if re.search(r"[^\x00-\x7f]", n):
            if any(sound_similarity(n, t) >= RESEMBLES_SOUND or han_alike(n, t) for t in theirs if t != n):
                return False
            if any(kana_similarity(n, t) >= RESEMBLES_KANA for t in english):
                return False
        elif any(fuzz.token_set_ratio(n, t) >= RESEMBLES_EN for t in english):
            return False
        elif _heard_in(n, theirs):
            return False  # its own English name is the others' transliteration (強森 (Simon Johnson))
    return True


def _heard_in(english: str, theirs: Sequence[str]) -> bool:
    """An English name that sounds like one of ``theirs`` written in katakana or Chinese characters."""
    for t in theirs:
        if t.isascii():
            continue
        if script_of(t) == "ja" and kana_similarity(t, english) >= RESEMBLES_KANA:
            return True
        if script_of(t) == "zh" and han_similarity(t, english) >= RESEMBLES_SOUND:
            return True
    return False


def _no_room(ctx: _Ctx, art: str) -> bool:
    """The list is as long as it says, and every item of it is on another list: an item other lists have
    cannot be missing from it without something of its own in its place."""
    stated = ctx.stated_total(art)
    return stated is not None and len(ctx.listed[art]) >= stated


def _camps(view: _View, camps: list[tuple[str, list[str]]]) -> Discrepancy:
    """Lists that each reach their own count with items all found elsewhere, yet leave out what other
    lists have: camps whose lists do not meet. Their names were not linked, or they are different lists;
    either way it is one warning, not an omission per item and outlet."""
    ctx = view.ctx
    arts = sorted(a for a, _ in camps)
    left_out = sorted({e for _, ms in camps for e in ms}, key=ctx.name)
    names = _outlets(ctx.name(e) for e in left_out)
    return Discrepancy(
        kind=UNLINKED_LIST,
        severity=Severity.WARNING,
        entity=None,
        sources=tuple(arts),
        subject="list",
        message=(
            f"{_outlets(arts)} each list as many items as they state, every one found on another list, yet "
            f"leave out items other lists have ({names}): the outlets may name the same items in ways that "
            "were not linked, or print different lists. No item is judged missing."
        ),
        evidence=_evidence(view.quote(ctx.listed[a][0]) for a in arts[:4] if ctx.listed[a]),
    )


def _short_of_count(ctx: _Ctx, art: str) -> bool:
    stated = ctx.stated_total(art)
    return stated is not None and stated > len(ctx.listed[art])


def _names(view: _View, ent: str) -> tuple[set[str], set[str]]:
    """The names ``ent`` is printed under in every list, and their scripts (computed once per entity)."""
    found = view.names_of.get(ent)
    if found is None:
        ms = view.ctx.entity_lists[ent].values()
        names = {n for group in ms for m in group for n in (m.name_zh, m.name_en) if n}
        found = view.names_of[ent] = (names, {script_of(n) for n in names})
    return found


NEAR_SOUND = 0.5  # a sound this close to another script's name may be that name, unlinked (kana.py: < 0.53)


def _resemblance(a: str, b: str) -> float | None:
    """How alike two names in two scripts sound, where crosscheck compares those scripts (katakana or a
    Chinese transliteration against Latin letters), else None; 0 for one script."""
    sa, sb = script_of(a), script_of(b)
    if sa == sb:
        return 0.0  # one script: the matcher compared them and found two (甲民主共和國 / 甲共和國)
    if {sa, sb} == {"ja", "latin"}:
        return kana_similarity(a, b) if sa == "ja" else kana_similarity(b, a)
    if {sa, sb} == {"zh", "latin"}:
        # a transliteration by its consonants, a native name by its family name's sound (張三 / Jane Zhang)
        zh, latin = (a, b) if sa == "zh" else (b, a)
        return max(han_similarity(zh, latin), family_similarity(zh, latin))
    return None  # katakana against Chinese characters: compared only through a Latin name


def _maybe_same(view: _View, art: str, own: str, theirs: str) -> bool:
    if (a := view.codes.get(own)) and (b := view.codes.get(theirs)) and a != b:
        return False  # two places the gazetteer tells apart (リトアニア / 拉脫維亞): no unlinked spelling
    (mine, mine_scripts), (other, other_scripts) = _names(view, own), _names(view, theirs)
    if mine_scripts & other_scripts:
        # written in one script on both sides: compared, and found two (a namesake), unless Chinese
        # characters alone that only outlets of the other Chinese script print (two regions' names)
        return mine_scripts == {"zh"} and _other_script_only(view, art, theirs)
    scores = [_resemblance(a, b) for a in mine for b in other]
    known = [x for x in scores if x is not None]
    return not known or max(known) >= NEAR_SOUND


def _items(n: int) -> str:
    return f"{n} item" if n == 1 else f"{n} items"


def _unlinked_scripts(
    view: _View, art: str, mine: set[str | None], missing: list[str]
) -> tuple[Discrepancy, set[str], set[str]] | None:
    """A list that seems to lack items the others print, while as many items of its own, on no other list,
    are written so that they may be those (``ジェーン・ロウ`` against ``珍羅`` / ``Jane Roe``: a sound
    just under the matcher's gate, or scripts it compares only through a third): the names were not linked,
    and nothing says the list lacks anything. One warning names both sides, in place of an error per item
    (an official list, ``--reference``, links them by its names). An item of its own that sounds like none
    of them (``ボルド・カルパ`` printed for ``Jane Roe``) leaves the errors as they are; Chinese names against
    ones only the other Chinese script prints (``傅甲`` where Simplified outlets alone print ``沃乙``) may
    be two regions' names for one person, whatever their sound (``_other_script_only``)."""
    ctx = view.ctx
    alone = sorted(e for e in mine if e is not None and len(ctx.entity_lists[e]) == 1)
    candidates = {e: sorted(o for o in alone if _maybe_same(view, art, o, e)) for e in missing}
    # each item it seems to lack paired with an item of its own that may be it, one for one (the most
    # constrained first); what finds no partner is still reported
    pairs: dict[str, str] = {}
    for e in sorted(missing, key=lambda e: (len(candidates[e]), e)):
        free = [o for o in candidates[e] if o not in pairs.values()]
        if free:
            pairs[e] = free[0]
    if not pairs:
        return None
    theirs = set(pairs)
    unlinked = set(pairs.values())
    names = [view.mention(art, e).label for e in sorted(unlinked)]
    finding = Discrepancy(
        kind=UNLINKED_LIST,
        severity=Severity.WARNING,
        entity=None,
        sources=(art,),
        subject="names",
        message=(
            f"{art} lists {_items(len(unlinked))} on no other list ({_words(names[:5])}"
            f"{', …' if len(names) > 5 else ''}) and seems to lack {len(theirs)} the others print "
            f"({_words([ctx.name(e) for e in sorted(theirs)][:5])}), in other scripts and sounding close "
            "enough to be them, or in Chinese characters that only outlets of the other Chinese script print "
            "otherwise: the names were not linked, and nothing is reported missing. A reference list "
            "links them."
        ),
        evidence=_evidence([view.quote(view.mention(art, e)) for e in sorted(unlinked)[:3]]),
    )
    return finding, theirs, unlinked


def _judged_unique(ctx: _Ctx, art: str, judges: frozenset[str]) -> bool:
    """Whether enough other lists can say an item of ``art`` they all lack is its own: lists that claim to
    be complete and reach their own count (a list short of its count, or a selection, explains nothing).
    ``judges``: every such list (``art`` may be one)."""
    others = len(judges) - (art in judges)
    return others >= max(1, min(MIN_CORROBORATION, len(ctx.list_articles) - 1))


def _group_of(view: _View, art: str, ent: str) -> str | None:
    ms = view.ctx.entity_lists.get(ent, {}).get(art)
    return view.groups.group(ms[0]) if ms else None


def _usual_group(view: _View, ent: str) -> str | None:
    if ent in view.ref_of and view.ref_of[ent].group:
        return view.ref_of[ent].group
    votes = Counter(view.filed(ent).values())
    return votes.most_common(1)[0][0] if votes else None


class _UsualGroups(dict[str, str | None]):
    """Each entity's usual group (``_usual_group``), found once per entity and kept."""

    def __init__(self, view: _View, known: Mapping[str, str | None]) -> None:
        super().__init__(known)
        self.view = view

    def __missing__(self, ent: str) -> str | None:
        self[ent] = group = _usual_group(self.view, ent)
        return group


def _substitutions(
    view: _View, art: str, extra: list[str], missing: list[str], usual: Mapping[str, str | None]
) -> list[tuple[str, str]]:
    """Pairs (item printed, item meant): one extra and one missing in the same group (or in the list);
    ``usual``: each entity's usual group."""
    by_group_x: dict[str | None, list[str]] = defaultdict(list)
    by_group_m: dict[str | None, list[str]] = defaultdict(list)
    for x in extra:
        by_group_x[_group_of(view, art, x)].append(x)
    for m in missing:
        by_group_m[usual[m]].append(m)
    pairs = []
    for g, xs in by_group_x.items():
        ms = by_group_m.get(g, [])
        if len(xs) == 1 and len(ms) == 1:
            pairs.append((xs[0], ms[0]))
    if not pairs and len(extra) == 1 and len(missing) == 1:
        pairs.append((extra[0], missing[0]))
    return pairs


def _strength(view: _View, ent: str) -> Severity:
    return (
        Severity.ERROR
        if view.reference is not None or len(view.listing(ent)) >= MIN_CORROBORATION
        else Severity.WARNING
    )


_SCRIPTS_APART = (
    " No outlet writing in its script prints the other name, and nothing compares the two: they may be two"
    " regions' names for one person."
)


def _wrong_item(
    view: _View, art: str, printed: str, meant: str, *, apart: bool = False, severity: Severity | None = None
) -> Discrepancy:
    """``printed`` listed by ``art`` in place of ``meant``: an error where enough outlets (or the official
    list) print ``meant``, unless ``severity`` says otherwise; a warning where the two may be names of
    one person in two scripts (``apart``: ``_names_of_two_scripts``)."""
    ctx = view.ctx
    others = _others(view, meant, art)
    basis = OFFICIAL if view.reference is not None else _outlets(others)
    m = view.mention(art, printed)
    message = (
        f"{art} lists {m.label} where {basis} {'has' if view.reference is not None else 'list'} "
        f"{ctx.name(meant)}: one item in place of another."
    )
    quotes = [view.quote(m), *(view.quote(view.mention(a, meant)) for a in others[:2])]
    if apart:
        return _about(view, WRONG_ITEM, Severity.WARNING, art, meant, message + _SCRIPTS_APART, quotes)
    fulls = {view.mention(a, meant).name_zh for a in others}
    if any(zh_short_form(m.name_zh, full) for full in fulls):
        # its characters are a longer name's, in order (``甲聯`` for ``甲乙聯丙``): maybe that name, cut short
        message = message[: -len("one item in place of another.")] + "another item, or that name cut short."
        return _about(view, WRONG_ITEM, Severity.WARNING, art, meant, message, quotes)
    return _about(view, WRONG_ITEM, severity or _strength(view, meant), art, meant, message, quotes)


def _names_of_two_scripts(view: _View, art: str, names: Iterable[str], meant: str) -> bool:
    """Without an official list: the item ``art`` prints has Chinese ``names`` alone, ``meant`` (what it
    should be) is printed in Chinese characters alone too, by Chinese outlets all written in the other
    script (Traditional or Simplified). Names of one foreign person differ between Taiwan, Hong Kong and
    the mainland beyond what sound can bridge (a Chinese name of their own beside a transliteration): a
    fact-checker would need an outlet of its own script, an English or Japanese outlet, or the official
    list before calling the item another person's."""
    if view.reference is not None or {script_of(n) for n in names if n} != {"zh"}:
        return False
    return _other_script_only(view, art, meant)


def _other_script_only(view: _View, art: str, ent: str) -> bool:
    """``ent`` is printed in Chinese characters alone, by Chinese outlets all written in the other script
    than ``art``'s (Traditional or Simplified)."""
    script = _script(view, art)
    if not script or _names(view, ent)[1] != {"zh"}:
        return False
    return all(_script(view, a) not in ("", script) for a in _others(view, ent, art))


def _script(view: _View, art: str) -> str:
    article = view.ctx.articles.get(art)
    return chinese_script(article.text) if article is not None else ""


def _others(view: _View, ent: str, art: str) -> list[str]:
    """The articles whose lists hold ``ent``, but ``art`` (without copying the listing when ``art`` is not
    in it, as for an item it lacks: a thousand lists each lacking an item named by all the others)."""
    listing = view.listing(ent)
    k = bisect.bisect_left(listing, art)
    return listing if k == len(listing) or listing[k] != art else listing[:k] + listing[k + 1 :]


def _missing(view: _View, art: str, ent: str) -> Discrepancy:
    others = _others(view, ent, art)
    basis = "the official list has it" if view.reference is not None else f"{_outlets(others)} list it"
    message = f"{art}'s list, which claims to be complete, does not include {view.ctx.name(ent)}; {basis}."
    quotes = [view.quote(view.mention(a, ent)) for a in others[:3]]
    return _about(view, MISSING_ENTITY, _strength(view, ent), art, ent, message, quotes)


def _about(  # noqa: PLR0913
    view: _View,
    kind: str,
    severity: Severity,
    art: str,
    ent: str,
    message: str,
    evidence: Iterable[Evidence | None],
    *,
    about: str = "",
) -> Discrepancy:
    """A finding about one outlet's item: its entity (and what of it, ``about``: a column), the outlet
    at fault, the quotes."""
    return Discrepancy(
        kind=kind,
        severity=severity,
        entity=ent,
        sources=(art,),
        subject=f"{view.ctx.name(ent)}: {about}" if about else view.ctx.name(ent),
        message=message,
        evidence=_evidence(evidence),
    )


MIN_OTHER_LIST = 2  # items of a group that, all on no other list, make it a list of something else


def _other_lists(view: _View, art: str, extra: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The article's groups (two items or more) whose every item is extra, where another of its groups
    holds items the others list too: a second list of another subject printed beside the story's
    (``以下產品獲豁免：`` under the rates), not items of it. (label, entities) of each."""
    ctx = view.ctx
    by_group: dict[str, list[str]] = defaultdict(list)
    for m in ctx.listed[art]:
        if (ent := ctx.entity_of.get(m.key)) is not None:
            by_group[m.group].append(ent)
    unmatched = set(extra)
    shared = [g for g, ents in by_group.items() if any(e not in unmatched for e in ents)]
    if not shared:
        return []
    return [
        (g, ents)
        for g, ents in sorted(by_group.items())
        if g and g not in shared and len(ents) >= MIN_OTHER_LIST and all(e in unmatched for e in ents)
    ]


def _other_list(view: _View, art: str, label: str, group: Sequence[str]) -> Discrepancy:
    """One warning for a group of items no other list (nor the official one) holds: another list."""
    items = [view.mention(art, e) for e in group]
    names = _words(m.label for m in items)
    basis = (
        "the official list holds none of them" if view.reference is not None else "no other outlet lists them"
    )
    return Discrepancy(
        kind=UNIQUE_ITEM,
        severity=Severity.WARNING,
        entity=None,
        sources=(art,),
        subject=label,
        message=(
            f"{art} prints under '{label}' {len(items)} items ({names}) and {basis}: a list of something "
            "else beside the story's, not items of it."
        ),
        evidence=_evidence([view.quote(m) for m in items[:2]]),
    )


def _extra(view: _View, art: str, ent: str) -> Discrepancy:
    m = view.mention(art, ent)
    if view.reference is not None:
        if view.ctx.says_selection(art) and not m.values:  # a name read from prose examples: worth a look
            message = f"{art} names {m.label} among its examples, which is not on the official list."
            return _about(view, NOT_ON_LIST, Severity.WARNING, art, ent, message, [view.quote(m)])
        message = f"{art} lists {m.label}, which is not on the official list."
        return _about(view, NOT_ON_LIST, Severity.ERROR, art, ent, message, [view.quote(m)])
    message = f"Only {art} lists {view.ctx.name(ent)}; no other list has it."
    return _about(view, UNIQUE_ITEM, Severity.WARNING, art, ent, message, [view.quote(m)])


def _unlinked(view: _View, art: str) -> Discrepancy:
    ctx = view.ctx
    n = len(ctx.listed[art])
    shared = round(_shares(ctx, art, len(ctx.list_articles)) * n)
    return Discrepancy(
        kind=UNLINKED_LIST,
        severity=Severity.WARNING,
        entity=None,
        sources=(art,),
        subject="list",
        message=(
            f"{art}'s list shares {shared} of its {n} items with the other lists: it may be another list, "
            f"read in part, or written in names crosscheck could not link; its items are not judged one "
            f"by one."
        ),
        evidence=_evidence([view.quote(ctx.listed[art][0])]),
    )


# ------------------------------------------------------------------------------- groups


def _group_conflicts(view: _View) -> list[Discrepancy]:
    ctx = view.ctx
    out = []
    for ent in sorted(ctx.entity_lists):
        filed = view.filed(ent)
        if len(filed) < 2 and not (ent in view.ref_of and filed):
            continue
        usual = _usual_group(view, ent)
        if usual is None:
            continue
        votes = Counter(filed.values())
        top = votes.most_common(2)
        if view.reference is None and len(top) == 2 and top[0][1] == top[1][1] >= MIN_CORROBORATION:
            out.append(_group_split(view, ent, filed))
            continue
        if view.reference is None and any(
            g != usual and n > 1 and votes[usual] < CLEAR_MAJORITY * n for g, n in votes.items()
        ):
            out.append(_group_split(view, ent, filed, majority=False))  # two camps, neither clearly wrong
            continue
        for art, g in sorted(filed.items()):
            if g == usual:
                continue
            support = votes[usual] if view.reference is None else None
            if support is not None and support < MIN_CORROBORATION:
                continue  # no clear majority: not one outlet's error
            m = view.mention(art, ent)
            label = view.groups.labels.get(usual, usual)
            basis = (
                "the official list files it"
                if view.reference is not None
                else f"{votes[usual]} other outlets file it"
            )
            out.append(
                Discrepancy(
                    kind=GROUP_CONFLICT,
                    severity=Severity.ERROR,
                    entity=ent,
                    sources=(art,),
                    subject=ctx.name(ent),
                    message=f"{art} files {m.label} under '{group_key(m)}'; {basis} under '{label}'.",
                    evidence=_evidence(
                        [
                            view.quote(m),
                            *(
                                view.quote(view.mention(a, ent))
                                for a, gg in sorted(filed.items())
                                if gg == usual
                            ),
                        ][:3]
                    ),
                )
            )
    return out


def _group_split(view: _View, ent: str, filed: Mapping[str, str], *, majority: bool = True) -> Discrepancy:
    """Outlets split into camps that each have support: reported as a split, accusing no one
    (``majority``: whether the message says no camp is the larger)."""
    ctx = view.ctx
    camps: dict[str, list[str]] = defaultdict(list)
    for art, g in sorted(filed.items()):
        camps[g].append(art)
    parts = [f"'{view.groups.labels.get(g, g)}' by {_words(arts)}" for g, arts in sorted(camps.items())]
    return Discrepancy(
        kind=GROUP_CONFLICT,
        severity=Severity.WARNING,
        entity=ent,
        sources=tuple(sorted(filed)),
        subject=ctx.name(ent),
        message=f"Outlets split on where {ctx.name(ent)} belongs: {'; '.join(parts)}"
        + ("; no majority." if majority else "; no clear majority."),
        evidence=_evidence(view.quote(view.mention(arts[0], ent)) for arts in camps.values()),
    )


# ------------------------------------------------------------------------------- values


class _Range(NamedTuple):
    """A range's two ends (``32%至36%``): one value, compared with the ranges other outlets print."""

    low: float
    high: float


_Num = float | _Range


def _shown(x: _Num) -> str:
    return f"{_fmt(x.low)}–{_fmt(x.high)}" if isinstance(x, _Range) else _fmt(x)


def _values(view: _View, art: str, ent: str) -> dict[str, tuple[_Num, Mention, int]]:
    ms = view.ctx.entity_lists.get(ent, {}).get(art)
    if not ms:
        return {}
    m = ms[0]
    out: dict[str, tuple[_Num, Mention, int]] = {}
    for k, v in enumerate(m.values):
        cid = view.columns.of.get((art, k))
        if cid and v.number is not None:
            out[cid] = (float(v.number), m, k)
        elif cid and v.low is not None and v.high is not None:
            out[cid] = (_Range(v.low, v.high), m, k)
    return out


def _like_with_like(
    by_art: dict[str, dict[str, tuple[_Num, Mention, int]]], truth: Mapping[str, float]
) -> list[dict[str, dict[str, tuple[_Num, Mention, int]]]]:
    """The outlets' values split into numbers and ranges, each judged among its own kind: a range where
    others print one number is a looser reading, not a contradiction; ranges are not held against the
    official list's numbers."""
    out = []
    for ranges in (False, True):
        kind = {
            a: {
                c: held
                for c, held in vals.items()
                if isinstance(held[0], _Range) == ranges and not (ranges and c in truth)
            }
            for a, vals in by_art.items()
        }
        out.append({a: vals for a, vals in kind.items() if vals})
    return [kind for kind in out if kind]


def _reference_values(view: _View, ent: str) -> dict[str, float]:
    entry = view.ref_of.get(ent)
    return dict(entry.values) if entry is not None else {}


def _value_checks(view: _View) -> list[Discrepancy]:
    ctx = view.ctx
    out: list[Discrepancy] = []
    # (article, column) -> the errors of its items' values there, each with its value and the expected one
    wrong: dict[tuple[str, str], list[tuple[Discrepancy, _Num, _Num, str]]] = defaultdict(list)
    for ent in sorted(ctx.entity_lists):
        truth = _reference_values(view, ent)
        for by_art in _like_with_like({a: _values(view, a, ent) for a in view.listing(ent)}, truth):
            _judge_values(view, ent, by_art, truth, out, wrong)
    return _no_column_cascade(view, _between_items(view, out, wrong))


def _judge_values(
    view: _View,
    ent: str,
    by_art: Mapping[str, dict[str, tuple[_Num, Mention, int]]],
    truth: Mapping[str, float],
    out: list[Discrepancy],
    wrong: dict[tuple[str, str], list[tuple[Discrepancy, _Num, _Num, str]]],
) -> None:
    """One entity's values of one kind (numbers, or ranges) in every outlet, against the official list or
    the most printed value of each column: findings go to ``out``, errors also to ``wrong``."""
    cols = sorted({c for v in by_art.values() for c in v})
    consensus: dict[str, tuple[_Num, int, int]] = {}  # column -> (value, support, runner-up support)
    for c in cols:
        votes = Counter(v[c][0] for v in by_art.values() if c in v)
        top = votes.most_common(2)
        consensus[c] = (top[0][0], top[0][1], top[1][1] if len(top) > 1 else 0)
    for art, vals in sorted(by_art.items()):
        swapped = _swap(view, art, ent, vals, truth, consensus)
        if swapped is not None:
            out.append(swapped)
            continue
        for c, (value, m, k) in sorted(vals.items()):
            d = _value_finding(view, art, ent, c, value, m, k, truth, consensus[c], by_art)
            if d is not None:
                out.append(d)
                if d.severity is Severity.ERROR and d.entity == ent:
                    wrong[(art, c)].append((d, value, truth.get(c, consensus[c][0]), m.values[k].unit))


def _between_items(
    view: _View,
    found: list[Discrepancy],
    wrong: Mapping[tuple[str, str], list[tuple[Discrepancy, _Num, _Num, str]]],
) -> list[Discrepancy]:
    """Two items of one list whose values under one column are each the other's (甲國 25, 乙國 30 where
    the others print 30 and 25): one misprint, one finding naming both, not a conflict per item."""
    merged: dict[int, Discrepancy | None] = {}
    for (art, c), ds in sorted(wrong.items()):
        for i, (d1, v1, e1, unit) in enumerate(ds):
            for d2, v2, e2, _ in ds[i + 1 :]:
                if id(d1) in merged or id(d2) in merged or (v1, v2) != (e2, e1) or v1 == v2:
                    continue
                label = view.columns.labels.get(c, c)
                merged[id(d2)] = None
                merged[id(d1)] = replace(
                    d1,
                    subject=f"{d1.subject} / {view.ctx.name(d2.entity or '')}",
                    message=f"{art} gives {view.mention(art, d1.entity or '').label} {_amount(v1, unit)} and "
                    f"{view.mention(art, d2.entity or '').label} {_amount(v2, unit)} under '{label}', each "
                    f"the other's ({_amount(e1, unit)} and {_amount(e2, unit)} elsewhere): the two values "
                    "are swapped.",
                    evidence=(*d1.evidence[:1], *d2.evidence[:1], *d1.evidence[1:2]),
                )
    return [m for d in found if (m := merged.get(id(d), d)) is not None]


MAX_CONFLICT_SHARE = 0.3  # share of an outlet's items one column may contradict before the column is suspect
MIN_CASCADE = 3


def _printing(m: Mention) -> tuple[tuple[int, int], ...] | str:
    """Where an item's values are printed: items that share one printed value share this."""
    return tuple(sorted((v.start, v.end) for v in m.values)) or m.key


def _one_per_printing(view: _View, art: str, ds: list[Discrepancy]) -> list[Discrepancy]:
    """Value conflicts of items whose value is one printing (``A, B and C will each face 28 %``): one
    misprint, one finding, naming every item it stands for."""
    by: dict[object, list[Discrepancy]] = defaultdict(list)
    for d in ds:
        key = _printing(view.mention(art, d.entity)) if d.entity in view.ctx.entity_lists else d.entity
        by[key].append(d)
    out = []
    for group in by.values():
        first = group[0]
        if len(group) > 1:
            also = ", ".join(d.subject for d in group[1:])
            first = replace(first, message=f"{first.message} The same printed value stands for {also}.")
        out.append(first)
    return out


def _no_column_cascade(view: _View, found: list[Discrepancy]) -> list[Discrepancy]:
    """When one outlet's values contradict the others for many of its items, the cause is one: its
    column means something else, or was read against the wrong header. One warning replaces them."""
    per: dict[tuple[str, str], list[Discrepancy]] = defaultdict(list)
    for d in found:
        if d.kind in (VALUE_CONFLICT, COLUMN_SWAP, ATTRIBUTE_CONFLICT):
            per[(d.sources[0], d.kind)].append(d)
    out = [d for d in found if d.kind not in (VALUE_CONFLICT, COLUMN_SWAP, ATTRIBUTE_CONFLICT)]
    for (art, kind), ds in sorted(per.items()):
        n_items = len(view.ctx.listed[art])
        if kind == VALUE_CONFLICT:
            ds = _one_per_printing(view, art, ds)
            # items that share one printed value ("A, B and C will each face 28 %") count once
            n_items = len({_printing(m) for m in view.ctx.listed[art]})
        if len(ds) >= MIN_CASCADE and len(ds) > MAX_CONFLICT_SHARE * n_items:
            out.append(
                Discrepancy(
                    kind=kind,
                    severity=Severity.WARNING,
                    entity=None,
                    sources=(art,),
                    subject="column",
                    message=(
                        f"{art} departs from the others on {len(ds)} of its {n_items} items "
                        f"({ds[0].subject}, {ds[1].subject}, …): its column may mean something else, or be "
                        "read under the wrong header; its items are not judged one by one."
                    ),
                    evidence=_evidence(e for d in ds[:3] for e in d.evidence[:1]),
                )
            )
        else:
            out.extend(ds)
    return out


def _expected(
    c: str, truth: Mapping[str, float], consensus: Mapping[str, tuple[_Num, int, int]]
) -> _Num | None:
    if c in truth:
        return truth[c]
    value, support, runner = consensus[c]
    return value if support >= MIN_CORROBORATION and support > runner else None


def _swap(view: _View, art: str, ent: str, vals, truth, consensus) -> Discrepancy | None:  # noqa: ANN001
    cols = sorted(vals)
    for i, c1 in enumerate(cols):
        for c2 in cols[i + 1 :]:
            e1, e2 = _expected(c1, truth, consensus), _expected(c2, truth, consensus)
            v1, v2 = vals[c1][0], vals[c2][0]
            if e1 is None or e2 is None or e1 == e2 or (v1, v2) != (e2, e1):
                continue
            m = vals[c1][1]
            l1, l2 = (_printed_label(view, vals[c], c) for c in (c1, c2))
            basis = OFFICIAL if truth else "the other outlets"
            message = (
                f"{art} gives {m.label} {_shown(v1)} under '{l1}' and {_shown(v2)} under '{l2}'; {basis} "
                f"give{'s' if truth else ''} {_shown(e1)} and {_shown(e2)}: the two values are swapped."
            )
            quote = view.ctx.evidence(art, m.start, max(v.end for v in m.values), sentence=False)
            return _about(view, COLUMN_SWAP, Severity.ERROR, art, ent, message, [quote], about=f"{l1} / {l2}")
    return None


def _printed_label(view: _View, held: tuple[_Num, Mention, int], c: str) -> str:
    """A value's column label as its article prints it (``银牌``), else the column's canonical label."""
    own = held[1].values[held[2]].column.strip()
    return own if own and not NUMBERED_LABEL_RE.match(own) else view.columns.labels.get(c, c)


def _value_finding(view, art, ent, c, value, m, k, truth, consensus, by_art) -> Discrepancy | None:  # noqa: ANN001, PLR0913
    ctx = view.ctx
    label = view.columns.labels.get(c, c)
    under = f" under '{label}'" if label != c else ""  # a column no outlet labels is no word of the article
    v = m.values[k]
    quote = ctx.evidence(art, m.start, v.end, sentence=False)
    if c in truth:
        if value == truth[c]:
            return None
        message = f"{art} gives {m.label} {v.raw}{under}; {OFFICIAL} gives {_amount(truth[c], v.unit)}."
        return _about(view, VALUE_CONFLICT, Severity.ERROR, art, ent, message, [quote], about=label)
    top, support, runner = consensus
    if value == top:
        return None
    mine = sum(1 for a, vals in by_art.items() if c in vals and vals[c][0] == value)
    others = sorted(a for a, vals in by_art.items() if c in vals and vals[c][0] == top)
    if support < MIN_CORROBORATION or support <= runner and mine == support:
        return _split(view, art, ent, c, by_art, top)  # no majority: the camps are reported once
    severity = Severity.ERROR if mine == 1 else Severity.WARNING
    camp = (
        ""
        if mine == 1
        else f" ({mine} outlets print {_amount(value, v.unit)}: the sources themselves may differ)"
    )
    printed = _printed(view, others[0], ent, c)
    shown = _amount(top, v.unit)
    as_printed = f" ({others[0]}: {printed})" if printed and printed.replace(" ", "") != shown else ""
    message = f"{art} gives {m.label} {v.raw}{under}; {_outlets(others)} give {shown}{as_printed}.{camp}"
    quotes = [quote, *(_value_quote(view, a, ent, c) for a in others[:2])]
    return _about(view, VALUE_CONFLICT, severity, art, ent, message, quotes, about=label)


def _split(view: _View, art: str, ent: str, c: str, by_art, top: float) -> Discrepancy | None:  # noqa: ANN001
    """Outlets that give one item different values under one column, none with the support of two others:
    one warning naming every camp (reported once, by the first outlet off the most printed value), about
    no outlet in particular."""
    holders = sorted(a for a, vals in by_art.items() if c in vals)
    camps: dict[_Num, list[str]] = defaultdict(list)
    for a in holders:
        camps[by_art[a][c][0]].append(a)
    if len(camps) < 2 or art != next(a for a in holders if by_art[a][c][0] != top):
        return None
    label = view.columns.labels.get(c, c)
    parts = "; ".join(f"{_shown(v)} ({_outlets(arts)})" for v, arts in sorted(camps.items()))
    name = view.ctx.name(ent)
    return Discrepancy(
        kind=VALUE_CONFLICT,
        severity=Severity.WARNING,
        entity=ent,
        sources=tuple(holders),
        subject=f"{name}: {label}",
        message=f"Outlets give {name} different values under '{label}' and none is corroborated: {parts}.",
        evidence=_evidence(_value_quote(view, a, ent, c) for a in holders[:4]),
    )


def _amount(x: _Num, unit: str = "") -> str:
    """A value as the checks write it: ``46%``, ``0.5``, ``320,000,000``, ``32%–36%``."""
    if isinstance(x, _Range):
        return f"{_amount(x.low, unit)}–{_amount(x.high, unit)}"
    number = f"{x:,.0f}" if float(x).is_integer() and abs(x) >= AMOUNT_DIGITS else _fmt(x)
    return f"{number}%" if unit == "%" else number


AMOUNT_DIGITS = 10_000  # from here whole numbers are amounts, written with thousands separators


def _printed(view: _View, art: str, ent: str, c: str) -> str:
    """The value as ``art`` prints it under column ``c`` (``3.2億美元``), "" when it prints none."""
    vals = _values(view, art, ent)
    if c not in vals:
        return ""
    _, m, k = vals[c]
    return m.values[k].raw


def _value_quote(view: _View, art: str, ent: str, c: str):  # noqa: ANN202
    vals = _values(view, art, ent)
    if c not in vals:
        return None
    _, m, k = vals[c]
    return view.ctx.evidence(art, m.start, m.values[k].end, sentence=False)


# ------------------------------------------------------------------------------- attributes


def _place_codes(view: _View, m: Mention) -> list[tuple[str, str]]:
    """(code, text) of the attributes that name a place (a nationality), by the gazetteer; the name of the
    body a person belongs to names no nationality (``Aland Institute of Borduria Studies``)."""
    out = []
    for a in m.attributes:
        if a.kind is AttributeKind.ORGANIZATION:
            continue
        text = a.text.strip()
        words = [w for w in re.split(r"[\s,，、;；]+", text) if w]
        candidates = [text, *words]
        candidates += [_NATIONALITY_SUFFIX_RE.sub("", t).strip() for t in candidates]
        code = next((c for t in candidates if t and (c := code_of(view.gazetteer, [t]))), "")
        if code:
            out.append((code, text))
    return out


def _attribute_checks(view: _View) -> list[Discrepancy]:
    """Places given to people (nationality) against the others or the official list, and posts (titles)
    against the others; two people of one list who exchanged them are one ``attribute_conflict`` naming
    both."""
    found = _place_conflicts(view) + _title_conflicts(view)
    by_article: dict[str, list[tuple[str, str, str, str, Discrepancy]]] = defaultdict(list)
    for ent, given, expected, basis, d in found:
        by_article[d.sources[0]].append((ent, given, expected, basis, d))
    out: list[Discrepancy] = []
    for art, items in sorted(by_article.items()):
        used: set[str] = set()
        for ent, given, expected, basis, d in items:
            if ent in used:
                continue
            mate = next(
                (x for x in items if x[0] not in used | {ent} and (x[1], x[2]) == (expected, given)), None
            )
            if mate is None:
                out.append(d)
                continue
            used |= {ent, mate[0]}
            a, b = view.mention(art, ent), view.mention(art, mate[0])
            what = d.subject.rsplit(": ", 1)[-1]  # "place" or "post"
            pair = f"{view.ctx.name(min(ent, mate[0]))} / {view.ctx.name(max(ent, mate[0]))}"
            out.append(
                Discrepancy(
                    kind=ATTRIBUTE_CONFLICT,
                    severity=Severity.ERROR,
                    entity=min(ent, mate[0]),
                    sources=(art,),
                    subject=f"{pair}: {what}",
                    message=(
                        f"{art} swaps the {what}s of {a.label} and {b.label}: it gives them {given} and "
                        f"{expected}; {basis} give{'s' if basis == OFFICIAL else ''} them {expected} and "
                        f"{given}."
                    ),
                    evidence=_evidence([view.quote(a), view.quote(b)]),
                )
            )
            used.add(ent)
    return out


def _place_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, code given, code expected, who says so, finding) for each place that departs."""
    ctx = view.ctx
    out: list[tuple[str, str, str, str, Discrepancy]] = []
    for ent in sorted(ctx.entity_lists):
        places = {a: p[0] for a in view.listing(ent) if (p := _place_codes(view, view.mention(a, ent)))}
        if not places:
            continue
        truth = ""
        entry = view.ref_of.get(ent)
        if entry is not None:
            truth = next((c for _, t in entry.attributes if (c := code_of(view.gazetteer, [t]))), "")
        votes = Counter(code for code, _ in places.values())
        usual, support = votes.most_common(1)[0]
        expected = truth or (
            usual if support >= MIN_CORROBORATION and list(votes.values()).count(support) == 1 else ""
        )
        if not expected:
            continue
        for art, (code, text) in sorted(places.items()):
            if code == expected or (not truth and votes[code] > 1):
                continue
            m = view.mention(art, ent)
            basis = OFFICIAL if truth else _outlets(a for a, p in sorted(places.items()) if p[0] == expected)
            out.append(
                (
                    ent,
                    code,
                    expected,
                    basis,
                    Discrepancy(
                        kind=ATTRIBUTE_CONFLICT,
                        severity=Severity.ERROR,
                        entity=ent,
                        sources=(art,),
                        subject=f"{ctx.name(ent)}: place",
                        message=f"{art} gives {m.label} '{text}'; {basis} give{'s' if truth else ''} "
                        f"{expected}.",
                        evidence=_evidence([view.quote(m)]),
                    ),
                )
            )
    return out


def _titles(view: _View, ent: str) -> dict[str, tuple[str, str]]:
    """Article -> (key, text) of the title its list gives ``ent``, compared across scripts by key (one
    script for Traditional and Simplified, case and blanks aside)."""
    out = {}
    for art in view.listing(ent):
        title = next((a.text for a in view.mention(art, ent).attributes if a.kind is AttributeKind.TITLE), "")
        if key := zh_key(title).casefold():
            out[art] = (key, title)
    return out


def _title_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, title given, title expected, who says so, finding) for each post an outlet gives a person
    that at least ``MIN_CORROBORATION`` other outlets give, with none siding with it, to another person of
    its list, while they give this person another post (two posts exchanged are then one finding)."""
    titles = {ent: _titles(view, ent) for ent in sorted(view.ctx.entity_lists)}
    votes = {ent: Counter(key for key, _ in given.values()) for ent, given in titles.items()}
    usual: dict[str, tuple[str, list[str]]] = {}
    for ent, given in titles.items():
        if votes[ent]:
            key, support = votes[ent].most_common(1)[0]
            if support >= MIN_CORROBORATION and list(votes[ent].values()).count(support) == 1:
                usual[ent] = (key, sorted(a for a, (k, _) in given.items() if k == key))
    # a post that names one person: the usual post of one entity only ("judge" names nobody)
    held = Counter(key for key, _ in usual.values())
    holder = {key: ent for ent, (key, _) in usual.items() if held[key] == 1}
    out = []
    for ent, given in titles.items():
        if ent not in usual:
            continue
        for art, (key, text) in sorted(given.items()):
            other = holder.get(key)
            if other is None or other == ent or votes[ent][key] > 1:
                continue  # no one else's post, or another outlet sides with this one
            if art not in view.ctx.entity_lists[other]:
                continue
            m, basis = view.mention(art, ent), _outlets(usual[ent][1])
            theirs = titles[ent][usual[ent][1][0]][1]
            message = (
                f"{art} gives {m.label} the post '{text}', which {_outlets(usual[other][1])} give to "
                f"{view.ctx.name(other)}; {basis} give {m.label} '{theirs}'."
            )
            out.append((ent, key, usual[ent][0], basis, _post_finding(view, ent, art, m, message)))
    official = _official_title_conflicts(view, titles)
    taken = {(d.sources[0], ent) for ent, *_, d in official}
    borrowed = official + [x for x in out if (x[4].sources[0], x[0]) not in taken]
    taken |= {(d.sources[0], ent) for ent, *_, d in borrowed}
    borrowed += [x for x in _offices_of_another(view, titles) if (x[4].sources[0], x[0]) not in taken]
    taken |= {(d.sources[0], ent) for ent, *_, d in borrowed}
    return borrowed + [x for x in _departing_posts(view, titles) if (x[4].sources[0], x[0]) not in taken]


MIN_OFFICE_PAIRS = 2  # pairs of characters of another's office a post must share to be that office
# the title word ending a post (``局長``, ``總裁``): the rank, which many offices share, not the office
_TITLE_END_RE = re.compile("(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")$")


def _office_pairs(key: str) -> set[str]:
    """The pairs of characters of a post's key without the title word that ends it: its body's."""
    return _post_pairs(_TITLE_END_RE.sub("", key))


def _offices_of_another(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """A Chinese post an outlet gives a person that shares nothing with the office at least
    ``MIN_CORROBORATION`` other Chinese outlets give them, and names the office they give one other person
    of its list (``甲基金會總裁`` for 張三, where the others print 甲基金會 for 李四 and 乙學會 for 張三):
    that person's post, whatever the words around it. An office is the pairs of characters its posts share
    in those outlets, the title word ending them aside (``總裁``, ``局長``: a rank many offices share), less
    those the other person's share too (``美國``, ``民主``)."""
    posts = {ent: _chinese_posts(view, ent) for ent, given in titles.items() if given}
    pairs = {
        ent: {art: _office_pairs(key) for art, (key, _) in given.items()} for ent, given in posts.items()
    }

    def office(ent: str, art: str) -> set[str]:
        seen = Counter(p for a, found in pairs[ent].items() if a != art for p in found)
        return {p for p, n in seen.items() if n >= MIN_CORROBORATION}

    out = []
    for ent, by_art in sorted(pairs.items()):
        for art, found in sorted(by_art.items()):
            mine = office(ent, art)
            others = {e: office(e, art) for e in pairs if e != ent and art in pairs[e]}
            own = mine - set().union(*others.values()) if others else mine
            if not own or found & own:
                continue  # no office of its own to hold to, or the post names it
            held = [e for e, o in others.items() if len(found & (o - mine)) >= MIN_OFFICE_PAIRS]
            if len(held) != 1:
                continue
            other = held[0]
            m, basis = view.mention(art, ent), _outlets(a for a in sorted(posts[ent]) if a != art)
            key, text = posts[ent][art]
            theirs = next(t for a, (_, t) in sorted(posts[other].items()) if a != art)
            message = (
                f"{art} gives {m.label} the post '{text}', the office the others give "
                f"{view.ctx.name(other)} ('{theirs}'); {basis} give {m.label} another."
            )
            out.append((ent, key, "", basis, _post_finding(view, ent, art, m, message)))
    return out


MIN_POST_CHARS = 4  # a Chinese post naming its office ("律政司司長"); a bare "局長" or "官員" says too little


def _post_pairs(key: str) -> set[str]:
    """The pairs of adjacent Chinese characters of a post's key: two posts of one office share some."""
    hans = "".join(CJK_RE.findall(key))
    return {hans[i : i + 2] for i in range(len(hans) - 1)}


def _chinese_posts(view: _View, ent: str) -> dict[str, tuple[str, str]]:
    """Article -> (key, text) of the post Chinese articles give ``ent`` in Chinese characters, with the
    body it heads (``香港特區律政司`` + ``司長``), long enough to name an office, and not a former post
    (``前…``, ``原…``: another's office now). A Japanese article names offices in words of its own
    (``司法長官`` for ``律政司司長``): it is left out, as English is."""
    out = {}
    for art in view.listing(ent):
        article = view.ctx.articles.get(art)
        if article is None or is_japanese_text(article.text) or not CJK_RE.search(article.text[:2000]):
            continue
        parts = [
            a.text
            for a in view.mention(art, ent).attributes
            if a.kind in (AttributeKind.ORGANIZATION, AttributeKind.TITLE)
        ]
        text = "".join(parts)
        key = zh_key(text)
        if (
            script_of(text) == "zh"
            and len(CJK_RE.findall(key)) >= MIN_POST_CHARS
            and not PAST_RE.match(text)
            and not FORMER_POST_RE.match(text)
        ):
            out[art] = (key, text)
    return out


def _departing_posts(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """A post an outlet gives a person that shares no two characters of its own with the posts at least
    ``MIN_CORROBORATION`` other Chinese outlets give them, which all share some with each other
    (``香港特區保安局局長`` where the others print ``律政司司長`` and ``香港特別行政區律政司司長``): another
    office, not another wording of one. Pairs of characters found in another person's post too (``香港``,
    ``特區``, ``處長``) say where or what rank, not which office: they are left out of the comparison, and a
    post left with nothing of its own is not judged. A person one list alone prints, in a list without
    this one, may be this one under another name (``常務副主任張三`` where the others print 李四 in that
    post): their post is not another person's."""
    posts = {ent: _chinese_posts(view, ent) for ent, given in titles.items() if given}
    pairs = {ent: {art: _post_pairs(key) for art, (key, _) in given.items()} for ent, given in posts.items()}
    seen_in: dict[str, set[str]] = defaultdict(set)  # a pair of characters -> the people whose posts hold it
    for ent, by_art in pairs.items():
        for found in by_art.values():
            for pair in found:
                seen_in[pair].add(ent)
    lone = {e: next(iter(lists)) for e, lists in view.ctx.entity_lists.items() if len(lists) == 1}
    out = []
    for ent, by_art in sorted(pairs.items()):
        same = {ent} | {e for e, art in lone.items() if art not in view.ctx.entity_lists[ent]}
        own = {art: {p for p in found if seen_in[p] <= same} for art, found in by_art.items()}
        own = {art: found for art, found in own.items() if found}
        if len(own) <= MIN_CORROBORATION:
            continue
        for art in sorted(own):
            others = sorted(a for a in own if a != art)
            if own[art] & set().union(*(own[a] for a in others)):
                continue
            if any(_abbreviates(posts[ent][art][0], posts[ent][a][0]) for a in others):
                continue  # the other's post shortened (甲保局局長 of 甲境保護局局長): one office
            if any(not (own[a] & own[b]) for a in others for b in others if a < b):
                continue  # the others name it in words that share nothing either: no one office to hold to
            m, basis = view.mention(art, ent), _outlets(others)
            key, text = posts[ent][art]
            theirs = posts[ent][others[0]][1]
            message = (
                f"{art} gives {m.label} the post '{text}', another office than the one {basis} give "
                f"{m.label} ('{theirs}')."
            )
            out.append((ent, key, posts[ent][others[0]][0], basis, _post_finding(view, ent, art, m, message)))
    return out


def _abbreviates(a: str, b: str) -> bool:
    """Whether one of two posts' keys is the other shortened: its Chinese characters, from the same
    first one, found in the other's in order (``甲保局局長`` / ``甲境保護局局長``)."""
    ha, hb = "".join(CJK_RE.findall(a)), "".join(CJK_RE.findall(b))
    short, long = sorted((ha, hb), key=len)
    return bool(short) and short[0] == long[0] and is_subsequence(short, long)


def _words_key(title: str) -> str:
    """A post compared word for word, as printed: case and blanks aside (``Commissioner of Police``)."""
    return " ".join(title.split()).casefold()


def _official_title_conflicts(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """With the official list: a post an outlet gives a person that the official list gives, word for
    word, to another person of the outlet's list (``Commissioner of Police`` for his predecessor)."""
    official = {}
    for ent in titles:
        entry = view.ref_of.get(ent)
        title = dict(entry.attributes).get("title", "") if entry is not None else ""
        if key := _words_key(title):
            official[ent] = (key, title)
    held = Counter(key for key, _ in official.values())
    holder = {key: ent for ent, (key, _) in official.items() if held[key] == 1}
    out = []
    for ent, given in titles.items():
        if ent not in official:
            continue
        for art, (_, text) in sorted(given.items()):
            key = _words_key(text)
            other = holder.get(key)
            if other is None or other == ent or art not in view.ctx.entity_lists[other]:
                continue
            m = view.mention(art, ent)
            message = (
                f"{art} gives {m.label} the post '{text}', which {OFFICIAL} gives to {view.ctx.name(other)}; "
                f"{OFFICIAL} gives {m.label} '{official[ent][1]}'."
            )
            out.append((ent, key, official[ent][0], OFFICIAL, _post_finding(view, ent, art, m, message)))
    return out


def _post_finding(view: _View, ent: str, art: str, m: Mention, message: str) -> Discrepancy:
    """The error that ``art`` gives entity ``ent`` (its mention ``m``) a post that is another's."""
    return Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.ERROR,
        entity=ent,
        sources=(art,),
        subject=f"{view.ctx.name(ent)}: post",
        message=message,
        evidence=_evidence([view.quote(m)]),
    )


# ------------------------------------------------------------------------------- entry point


def _seeds(view_ctx: _Ctx, ref_of: Mapping[str, ReferenceEntry], reference: ReferenceList | None):  # noqa: ANN202
    if reference is None:
        return None, None
    groups = {g.id: (g.label, {e for e, r in ref_of.items() if r.group == g.id}) for g in reference.groups}
    columns = {
        c.id: (c.label, {e: dict(r.values)[c.id] for e, r in ref_of.items() if c.id in dict(r.values)})
        for c in reference.columns
    }
    return (groups or None), (columns or None)


def canonical_groups(
    ctx: _Ctx, *, reference: ReferenceList | None = None, gazetteer: Gazetteer | None = None
) -> CanonicalGroups:
    """The outlets' groups aligned (seeded by the official list's groups when there is one)."""
    ref_of = _reference_of(ctx, reference, gazetteer)
    group_seed, _ = _seeds(ctx, ref_of, reference)
    return align_groups([m for ms in ctx.listed.values() for m in ms], ctx.entity_of, seed=group_seed)


def list_checks(
    ctx: _Ctx,
    *,
    reference: ReferenceList | None = None,
    gazetteer: Gazetteer | None = None,
    groups: Sequence[Group] | None = None,
) -> tuple[list[Discrepancy], CanonicalGroups]:
    """The item-level findings of the lists, and the canonical groups they were judged by (``groups``,
    when the run has aligned them already)."""
    ref_of = _reference_of(ctx, reference, gazetteer)
    group_seed, column_seed = _seeds(ctx, ref_of, reference)
    mentions = [m for ms in ctx.listed.values() for m in ms]
    canonical = (
        CanonicalGroups.from_records(groups)
        if groups is not None
        else align_groups(mentions, ctx.entity_of, seed=group_seed)
    )
    columns = align_columns(mentions, ctx.entity_of, seed=column_seed)
    codes = _entity_codes(ctx, gazetteer)
    view = _View(ctx, canonical, columns, reference, ref_of, gazetteer, codes=codes)
    dupes, absorbed = _duplicates(view, codes)
    found = [
        *dupes,
        *_coverage(view, absorbed),
        *_group_conflicts(view),
        *_value_checks(view),
        *_no_column_cascade(view, _attribute_checks(view)),
    ]
    return found, canonical
