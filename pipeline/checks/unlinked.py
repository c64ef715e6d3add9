"""Lists that cannot be judged item by item (``unlinked_list``, ``unique_item`` for a group): a list
sharing less than half its items with the others, items in another script linked to none, lists
that each reach their count yet leave out what the others have, and a group of items no other
list has (a list of something else)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import UNIQUE_ITEM, UNLINKED_LIST
from pipeline.checks.strays import NEAR_SOUND, _other_script_only
from pipeline.checks.view import MIN_SHARED, _names, _outlets, _View
from pipeline.checks.wording import _evidence, _words
from pipeline.knowledge.kana import similarity as kana_similarity
from pipeline.knowledge.romanized import family_similarity
from pipeline.knowledge.sound import similarity as han_similarity
from pipeline.lang.name_words import NAME_PARTICLES
from pipeline.lang.scripts import script_of, zh_short_form
from pipeline.models import Discrepancy, Severity


def _shares(ctx: _Ctx, art: str, n_lists: int, described: frozenset[str] = frozenset()) -> float:
    """The part of the list's items other lists hold too; rows that describe a class (``described``
    entities), which outlets word freely, count on neither side."""
    mine = [e for e in ctx.listed_entities.get(art, ()) if e not in described]
    shared = sum(1 for e in mine if len(ctx.entity_lists[e]) >= 2)
    rows = sum(1 for m in ctx.listed[art] if ctx.entity_of.get(m.key) not in described)
    return shared / max(1, rows) if n_lists >= 2 else 1.0


def _linked(ctx: _Ctx, art: str, n_lists: int, described: frozenset[str] = frozenset()) -> bool:
    """Whether the list is judged item by item: most of its items are on other lists, or it holds most of
    what the other lists hold (the whole list, of which the others print parts); described rows left out."""
    if _shares(ctx, art, n_lists, described) >= MIN_SHARED:
        return True
    mine = [e for e in ctx.listed_entities.get(art, ()) if e not in described]
    shared = sum(1 for e in mine if len(ctx.entity_lists[e]) >= 2)
    theirs = len(set(ctx.entity_lists) - described) - (len(mine) - shared)  # what the others list
    return shared >= MIN_SHARED * theirs


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


_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def _described(name: str) -> bool:
    """An English phrase that describes rather than names (``the winner of play-off A``, ``all other
    companies``): it holds a lower-case word that is no particle of a name."""
    return any(w[0].islower() and w.lower() not in NAME_PARTICLES for w in _WORD_RE.findall(name))


MIN_PHRASE_CHARS = 6  # characters of a Chinese or Japanese phrase rather than a person's or place's name


def _phrase(name: str) -> bool:
    """A Chinese or Japanese name long enough to be a phrase and not a transliterated person's name (no
    name dot between its parts): ``甲區附加賽A組勝者``, not ``陳國基`` or ``珍·羅``."""
    return len(name) >= MIN_PHRASE_CHARS and not any(dot in name for dot in "·・•‧")


def _resemblance(a: str, b: str) -> float | None:
    """How alike two names in two scripts sound, where crosscheck compares those scripts (katakana or a
    Chinese transliteration against Latin letters), else None; 0 for one script."""
    sa, sb = script_of(a), script_of(b)
    if sa == sb:
        return 0.0  # one script: the matcher compared them and found two (甲民主共和國 / 甲共和國)
    latin, other = (a, b) if sa == "latin" else (b, a)
    if "latin" in (sa, sb) and _described(latin) and _phrase(other):
        return None  # a description in English against a phrase in another script: no sound compares them
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


def _cut_short(view: _View, own: str, theirs: str) -> bool:
    """One entity's Chinese name is the other's cut short (``甲州`` of ``甲乙丙州``): the likeliest partner of
    the unlinked ones, tried first."""
    mine, other = _names(view, own)[0], _names(view, theirs)[0]
    return any(zh_short_form(a, b) or zh_short_form(b, a) for a in mine for b in other)


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
    candidates = {
        e: sorted(
            (o for o in alone if _maybe_same(view, art, o, e)), key=lambda o: (not _cut_short(view, o, e), o)
        )
        for e in missing
    }
    # each item it seems to lack paired with an item of its own that may be it, one for one (the most
    # constrained first, a name the other's cut short before the rest); what finds no partner is still
    # reported
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
            "enough to be them, or describing them in words no sound compares, or in Chinese characters "
            "that only outlets of the other Chinese script print otherwise: the names were not linked, and "
            "nothing is reported missing. A reference list links them."
        ),
        evidence=_evidence([view.quote(view.mention(art, e)) for e in sorted(unlinked)[:3]]),
    )
    return finding, theirs, unlinked


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
