"""An item on no other list that holds, in a ranked list, the place the other lists give one entity: that
entity under a regional or translated name, or another item in its place.

Where an outlet's list and the others' of its length agree place by place (every item it shares with
them at the place most of them print it, at least ``MIN_AGREEING`` such places, none elsewhere), an item
of its own at place k, where the other lists print one entity ``E`` (at least ``MIN_CORROBORATION`` of
them, no other entity that two lists share), is judged by its values:

1. every value it prints backs the others' value of ``E`` in that column (``lang.precision.backs``): ``E``
   under another name (``甲公司`` where the others print ``Acme Corp``, the same revenue at the same
   place), one information finding per list naming each such pair, and neither reported missing nor
   substituted;
2. a value departs from theirs: one ``value_conflict`` warning (``E`` with a misprinted value, or another
   item in its place), never an error, since the name gives no evidence either way;
3. no value compared: left to the other checks (a substitution looks like this).

It is not ``E`` when both are names spelt by sound (Latin letters, or a name dot: ``珍·羅``), which
matching would have linked were they one; when the outlets writing in the item's language print ``E``
alike (that language's name is settled, and this one is not it: ``Jane Roe`` where another English list
prints ``John Doe``; in Chinese, whose regions name foreign things each their own way, two or more of
them: ``甲公司`` where two other Chinese lists print ``Acme Corp``); when the gazetteer tells the two
apart; or when its value is the value of an item next to it (a tie: the order between them says nothing).
The values are compared, and the findings written, in ``checks.place_values``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.checks.view import MIN_CORROBORATION, _script, _View
from pipeline.lang.scripts import NAME_DOTS, chinese_script, is_japanese_text, simplified
from pipeline.models import Mention
from pipeline.normalize.chinese import zh_key

MIN_AGREEING = 3  # places besides the one judged where the list and the others print one entity


@dataclass(frozen=True, slots=True)
class _Place:
    """An item of ``art``'s own (``own``) at ``place`` (from 1), where the other lists print ``theirs``."""

    art: str
    place: int
    own: str
    theirs: str


@dataclass(slots=True)
class _Ranks:
    """Per list length: each place's entities (how many lists print each there), and each entity's
    places (how many lists print it at each); computed once per run."""

    at: dict[int, list[Counter[str]]]
    where: dict[int, dict[str, Counter[int]]]


def _ranks(view: _View) -> _Ranks:
    ctx = view.ctx
    at: dict[int, list[Counter[str]]] = {}
    where: dict[int, dict[str, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    for art in ctx.list_articles:
        order = _order(view, art)
        places = at.setdefault(len(order), [Counter() for _ in order])
        for i, ent in enumerate(order):
            if ent is not None:
                places[i][ent] += 1
                where[len(order)][ent][i] += 1
    return _Ranks(at, {n: dict(w) for n, w in where.items()})


def _order(view: _View, art: str) -> list[str | None]:
    """The entity at each place of ``art``'s list (None for an item linked to none)."""
    return [view.ctx.entity_of.get(m.key) for m in view.ctx.listed[art]]


def variants(view: _View, art: str, extra: Sequence[str]) -> list[_Place]:
    """The items of ``art``'s own (among ``extra``) at the place where the others print one entity its list
    lacks, by the rule above, before their values are compared."""
    if not extra:
        return []
    if "ranks" not in view.places:
        view.places["ranks"] = _ranks(view)
    ranks: _Ranks = view.places["ranks"]  # type: ignore[assignment]
    order = _order(view, art)
    n = len(order)
    at, where = ranks.at.get(n, []), ranks.where.get(n, {})
    if len(set(order)) < n or not _agrees(order, where):
        return []  # an entity twice, or the list's order is not the others'
    alone, held = set(extra), set(order)
    out = []
    for i, own in enumerate(order):
        if own not in alone:
            continue
        theirs = _shared_at(at[i])
        if theirs is not None and theirs not in held and not _apart(view, art, own, theirs):
            out.append(_Place(art, i + 1, own, theirs))
    return out


def _agrees(order: Sequence[str | None], where: dict[str, Counter[int]]) -> bool:
    """Every item the list shares with the other lists of its length is at the place most of them print
    it, at ``MIN_AGREEING`` places or more; or two of its items are each at the place most print the other
    (two places swapped: ``rank_swaps``' finding, which leaves the rest of the order the others')."""
    agreeing = 0
    moved: dict[int, int | None] = {}  # the place of an item elsewhere -> the place most print it at
    for i, ent in enumerate(order):
        places = where.get(ent) if ent is not None else None
        if places is None:
            continue
        others = sum(places.values()) - 1
        if not others:
            continue  # on no other list of its length: neither for nor against
        if (places[i] - 1) * 2 <= others:
            theirs = Counter({k: n - (k == i) for k, n in places.items()})
            usual, held = theirs.most_common(1)[0]
            moved[i] = usual if held * 2 > others else None
            continue
        agreeing += 1
    if any(p is None or moved.get(p) != i for i, p in moved.items()):
        return False
    return agreeing >= MIN_AGREEING


def _shared_at(held: Counter[str]) -> str | None:
    """The one entity at least ``MIN_CORROBORATION`` lists print at a place, no other entity there being
    printed by two lists; else None."""
    shared = [e for e, k in held.items() if k >= MIN_CORROBORATION]
    return shared[0] if len(shared) == 1 else None


def _apart(view: _View, art: str, own: str, theirs: str) -> bool:
    """The gazetteer tells them apart, the outlets of ``art``'s language print ``theirs`` alike, or both
    are names spelt by sound, which matching compares across scripts and found unlike."""
    a, b = view.codes.get(own), view.codes.get(theirs)
    if a and b and a != b:
        return True
    return _settled(view, art, theirs) or _sounded(view, art, own, theirs)


def _sounded(view: _View, art: str, own: str, theirs: str) -> bool:
    """``own`` is printed in Latin letters or as a transliteration (a name dot: ``珍·羅``, ``ジェーン・ロー``)
    and some outlet prints ``theirs`` as one: names rendered by their sound, not translated, which
    matching links across scripts when they are one name (``Jane Roe`` / ``珍·羅``); unlinked, they are
    two, and the place they share is no evidence that they are one."""
    mine = view.mention(art, own)
    if not (_dotted(mine.name_zh) or (mine.name_en and not mine.name_zh)):
        return False
    return any(_dotted(view.mention(other, theirs).name_zh) for other in view.listing(theirs))


def _dotted(name: str) -> bool:
    return any(dot in name for dot in NAME_DOTS)


def _settled(view: _View, art: str, ent: str) -> bool:
    """Other outlets writing in ``art``'s language print ``ent``, all of them under one name (Traditional
    and Simplified folded): that language's name for it, which ``art``'s is not. One such outlet is enough,
    but in Chinese, where Taiwan, Hong Kong and the mainland each name foreign things their own way, it
    takes ``MIN_CORROBORATION`` (``丙公司`` beside ``甲公司`` is one more region's name, and so is a
    third beside two that differ), of ``art``'s own script (Taiwan and the mainland agreeing on a
    transliteration settle no Hong Kong name), unless an outlet in another language prints the same
    characters or letters too (``山田太郎``, ``Acme Corp``: the name as its owner writes it, every
    region's). ``art`` does not list ``ent``: judged once per language (and Chinese script) and entity."""
    language = _language(view, art)
    script = _script(view, art) if language == "zh" else ""
    key = f"settled:{language}:{script}:{ent}"
    if key not in view.places:
        forms = {a: _forms(view.mention(a, ent)) for a in view.listing(ent) if _language(view, a) == language}
        if language != "zh":
            view.places[key] = bool(forms) and bool(set.intersection(*forms.values()))
        else:
            own = [f for a, f in forms.items() if _script(view, a) == script]
            written = {
                n
                for a in view.listing(ent)
                if _language(view, a) != "zh"
                for n in _forms(view.mention(a, ent))
            }
            agreed = set.intersection(*forms.values()) if len(forms) >= MIN_CORROBORATION else set()
            view.places[key] = (len(own) >= MIN_CORROBORATION and bool(set.intersection(*own))) or bool(
                agreed & written
            )
    return bool(view.places[key])


def _forms(m: Mention) -> set[str]:
    """An item's names, folded: Traditional and Simplified alike, Latin letters in lower case."""
    return {simplified(zh_key(n)) if not n.isascii() else n.casefold() for n in (m.name_zh, m.name_en) if n}


def _language(view: _View, art: str) -> str:
    """``zh``, ``ja`` or ``other``: the language an article is written in (once per article)."""
    key = f"language:{art}"
    if key not in view.places:
        article = view.ctx.articles.get(art)
        text = article.text if article is not None else ""
        view.places[key] = "zh" if chinese_script(text) else "ja" if is_japanese_text(text) else "other"
    return view.places[key]  # type: ignore[return-value]
