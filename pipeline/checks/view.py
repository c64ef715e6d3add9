"""What the list checks share: the lists seen item by item (``_View``: each entity's lists, their
groups, names and scripts), the thresholds of corroboration, the outlets named in a message, and a
finding about one outlet's item."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pipeline.checks.context import _Ctx
from pipeline.checks.wording import _evidence, _words
from pipeline.claims import KIND_CATEGORY, KIND_GROUP
from pipeline.groups import CanonicalGroups
from pipeline.knowledge import code_of, reference_entries
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.reference import ReferenceEntry, ReferenceList
from pipeline.lang.scripts import chinese_script, script_of
from pipeline.models import Discrepancy, Evidence, Mention, Severity
from pipeline.normalize.chinese import zh_key
from pipeline.value_columns import CanonicalColumns

GROUP_KINDS = (KIND_GROUP, KIND_CATEGORY)
OFFICIAL = "the official list"
MIN_CORROBORATION = 2  # other outlets that must agree before one outlet's departure is an error
CLEAR_MAJORITY = 2  # times more outlets than a camp of several must agree before each of them is wrong
MAX_NAMED = (
    12  # outlets named one by one in a finding's message (as ``wording._NAMED_ENTITIES`` does entities)
)
MIN_SHARED = 0.5  # share of a list's items other lists must have before it is judged item by item


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
    at_place: dict[int, list[str]] = field(default_factory=dict, compare=False)  # ``ranked_camps._at_place``
    place_of: dict[str, int | None] = field(default_factory=dict, compare=False)  # ``ranked_camps._place``
    # article -> its list's entities in order and where each is first printed (``stand_ins.Orders``)
    orders: dict[str, tuple[list[str | None], dict[str | None, int]]] = field(
        default_factory=dict, compare=False
    )
    places: dict[str, object] = field(default_factory=dict, compare=False)  # ``places``: ranks, languages
    codes: Mapping[str, str] = field(default_factory=dict, compare=False)  # entity -> its gazetteer code
    # entity -> how many of its lists print a Chinese name for it, and in how many of them each character is
    han_chars: dict[str, tuple[int, Counter[str]]] = field(default_factory=dict, compare=False)
    scripts: dict[str, str] = field(default_factory=dict, compare=False)  # article -> ``_script``, once each
    # entity -> how many of its lists print each Chinese name for it (``chinese_printed``), once each
    zh_printed: dict[str, Counter[str]] = field(default_factory=dict, compare=False)
    # (entity, Chinese name) -> whether a list printing that name for it is no stray (``strays._stray``: the
    # name shares a character with the others', or is no Chinese name), once per name as printed
    kin: dict[tuple[str, str], tuple[bool, str]] = field(default_factory=dict, compare=False)
    # article -> its body folded and the keys of its runs of Latin words (``told._body_keys``), once each
    bodies: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict, compare=False)
    # entity -> the Chinese names looked for beside a list read in part (``lengths._printed_unread``)
    printed_keys: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)

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
            for name, printing in self.printed_zh(ent).items():  # each name read once, as often as printed
                if name and script_of(name) == "zh":
                    lists += printing
                    chars.update({c: printing for c in set(zh_key(name))})
            self.han_chars[ent] = (lists, chars)
        return self.han_chars[ent]

    def chinese_printed(self, ent: str, art: str) -> set[str]:
        """The Chinese names (``name_zh``, empty ones too) the lists holding ``ent`` print for it, ``art``'s
        own left out: counted once per entity, not once per item asked about (a thousand outlets' wrong
        items, each beside a thousand lists)."""
        held = self.ctx.entity_lists.get(ent, {}).get(art)
        own = held[0].name_zh if held else None
        return {name for name, n in self.printed_zh(ent).items() if n > (held is not None and name == own)}

    def printed_zh(self, ent: str) -> Counter[str]:
        """The Chinese names (``name_zh``, empty ones too) the lists holding ``ent`` print for it, each with
        how many lists print it (counted once per entity)."""
        if ent not in self.zh_printed:
            self.zh_printed[ent] = Counter(self.mention(a, ent).name_zh for a in self.listing(ent))
        return self.zh_printed[ent]

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


def _strength(view: _View, ent: str) -> Severity:
    return (
        Severity.ERROR
        if view.reference is not None or len(view.listing(ent)) >= MIN_CORROBORATION
        else Severity.WARNING
    )


def _script(view: _View, art: str) -> str:
    """The Chinese script ``art`` is written in (``chinese_script``), read once per article."""
    if art not in view.scripts:
        article = view.ctx.articles.get(art)
        view.scripts[art] = chinese_script(article.text) if article is not None else ""
    return view.scripts[art]


def _others(view: _View, ent: str, art: str) -> list[str]:
    """The articles whose lists hold ``ent``, but ``art`` (without copying the listing when ``art`` is not
    in it, as for an item it lacks: a thousand lists each lacking an item named by all the others)."""
    listing = view.listing(ent)
    k = bisect.bisect_left(listing, art)
    return listing if k == len(listing) or listing[k] != art else listing[:k] + listing[k + 1 :]


def _names(view: _View, ent: str) -> tuple[set[str], set[str]]:
    """The names ``ent`` is printed under in every list, and their scripts (computed once per entity)."""
    found = view.names_of.get(ent)
    if found is None:
        ms = view.ctx.entity_lists[ent].values()
        names = {n for group in ms for m in group for n in (m.name_zh, m.name_en) if n}
        found = view.names_of[ent] = (names, {script_of(n) for n in names})
    return found


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
