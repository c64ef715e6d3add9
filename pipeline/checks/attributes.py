"""A person's attributes (``attribute_conflict``): the place (nationality) and the post printed beside
a listed person, against the official list or the other outlets; two people who exchanged theirs
are one finding."""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict

from pipeline.checks.affiliations import affiliation_conflicts
from pipeline.checks.births import birth_conflicts
from pipeline.checks.deputies import deputy_posts
from pipeline.checks.leaders import leader_posts
from pipeline.checks.parties import party_conflicts
from pipeline.checks.portfolios import portfolio_conflicts
from pipeline.checks.posts import (
    _departing_posts,
    _offices_of_another,
    _official_title_conflicts,
    _post_finding,
)
from pipeline.checks.registry import ATTRIBUTE_CONFLICT, GROUP_CONFLICT, WRONG_ITEM
from pipeline.checks.seats import seat_conflicts
from pipeline.checks.view import MIN_CORROBORATION, OFFICIAL, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.knowledge import code_of
from pipeline.lang.scripts import CJK_RE
from pipeline.models import AttributeKind, Discrepancy, Mention, Severity
from pipeline.normalize.chinese import zh_key

_PLURAL = {"party": "parties", "seat": "places sat for", "date of birth": "dates of birth"}
_NATIONALITY_SUFFIX_RE = re.compile(r"(?:國籍|国籍|籍|人|出身|出身者|国民|national)$", re.IGNORECASE)


def _place_codes(view: _View, m: Mention) -> list[tuple[str, str]]:
    """(code, text) of the attributes that name a place (a nationality), by the gazetteer; the name of the
    body a person belongs to names no nationality (``Aland Institute of Borduria Studies``), but a body
    that is a place as a whole is the person's country (``Jane Roe, Vice-President, Aland``), and so is a
    note that is (``山田太郎（甲国）``)."""
    out = []
    for a in m.attributes:
        text = a.text.strip()
        if a.kind is AttributeKind.ORGANIZATION:
            if code := code_of(view.gazetteer, [text]):
                out.append((code, text))
            continue
        words = [w for w in re.split(r"[\s,，、;；]+", text) if w]
        candidates = [text, *words]
        candidates += [_NATIONALITY_SUFFIX_RE.sub("", t).strip() for t in candidates]
        code = next((c for t in candidates if t and (c := code_of(view.gazetteer, [t]))), "")
        if code:
            out.append((code, text))
    if not out and m.note and (code := code_of(view.gazetteer, [m.note.strip()])):
        out.append((code, m.note.strip()))
    return out


def attributes_once(found: list[Discrepancy], others: list[Discrepancy]) -> list[Discrepancy]:
    """One root cause, one finding: no attribute of a person another finding names in an outlet's list
    in another's place (``wrong_item``), and no party of one filed under another group for it
    (``group_conflict``: the party printed beside each name, read as the list's groups)."""
    replaced = {(s, d.entity) for d in others if d.kind == WRONG_ITEM for s in d.sources}
    filed = {(s, d.entity) for d in others if d.kind == GROUP_CONFLICT for s in d.sources}
    return [
        d
        for d in found
        if not any((s, d.entity) in replaced for s in d.sources)
        and not (d.subject.endswith(": party") and any((s, d.entity) in filed for s in d.sources))
    ]


def _attribute_checks(view: _View) -> list[Discrepancy]:
    """Places given to people (nationality) against the others or the official list, posts (titles),
    dates of birth, parties and the places people sit for against the others; two people of one list who
    exchanged one of them are one ``attribute_conflict`` naming both, and what one outlet gets wrong about
    one person (a post and a party, a party and a place) is one finding."""
    parties = party_conflicts(view) + seat_conflicts(view)
    found = _place_conflicts(view) + _title_conflicts(view) + birth_conflicts(view)
    found += [x for x in parties if x[2]]
    named = {(x[4].sources[0], x[0]) for x in [*found, *parties]}  # what one outlet gets wrong of one person
    placed = affiliation_conflicts(view, lambda m: {t for _, t in _place_codes(view, m)})
    found += [x for x in placed if (x[4].sources[0], x[0]) not in named]
    by_kind: dict[tuple[str, str], list[tuple[str, str, str, str, Discrepancy]]] = defaultdict(list)
    for x in found:
        by_kind[(x[4].sources[0], x[4].subject.rsplit(": ", 1)[-1])].append(x)
    out: list[Discrepancy] = []
    for (art, what), items in sorted(by_kind.items()):
        out += _swaps(view, art, what, items)
    return _merged(out + [d for *_, d in parties if d.severity is Severity.WARNING])


def _swaps(
    view: _View, art: str, what: str, items: list[tuple[str, str, str, str, Discrepancy]]
) -> list[Discrepancy]:
    """The findings of one outlet about one attribute (``what``: place, post or party), two people who
    exchanged theirs made one."""
    out: list[Discrepancy] = []
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
        pair = f"{view.ctx.name(min(ent, mate[0]))} / {view.ctx.name(max(ent, mate[0]))}"
        out.append(
            Discrepancy(
                kind=ATTRIBUTE_CONFLICT,
                severity=Severity.ERROR,
                entity=min(ent, mate[0]),
                sources=(art,),
                subject=f"{pair}: {what}",
                message=(
                    f"{art} swaps the {_PLURAL.get(what, what + 's')} of {a.label} and {b.label}: "
                    f"it gives them {given} and {expected}; {basis} give{'s' if basis == OFFICIAL else ''} "
                    f"them {expected} and {given}."
                ),
                evidence=_evidence([view.quote(a), view.quote(b)]),
            )
        )
    return out


def _merged(found: list[Discrepancy]) -> list[Discrepancy]:
    """One finding per outlet and person (per fingerprint): the attributes it gets wrong about them (a
    post and a party, or the posts and the parties of two it exchanged) said together."""
    by_print: dict[str, list[Discrepancy]] = defaultdict(list)
    for d in found:
        by_print[d.fingerprint].append(d)
    out = []
    for same in by_print.values():
        if len(same) == 1:
            out.append(same[0])
            continue
        whats = [d.subject.rsplit(": ", 1)[-1] for d in same]
        out.append(
            Discrepancy(
                kind=ATTRIBUTE_CONFLICT,
                severity=max((d.severity for d in same), key=lambda s: s.rank),
                entity=same[0].entity,
                sources=same[0].sources,
                subject=f"{same[0].subject.rsplit(': ', 1)[0]}: {', '.join(whats)}",
                message=" ".join(d.message for d in same),
                evidence=_evidence(ev for d in same for ev in d.evidence),
            )
        )
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


MIN_SHARED_PREFIX = (
    2  # Chinese characters every post of a list starts with, to be the body they all belong to
)
MIN_PREFIXED_POSTS = 3  # posts of one list that must all start so


def _title_of(m: Mention) -> str:
    """The post as printed: the title, with the country glued before it (``甲國學者``), which tells two
    posts of one word apart (``甲國學者``, ``乙國學者``)."""
    title = next((a for a in m.attributes if a.kind is AttributeKind.TITLE), None)
    if title is None:
        return ""
    place = next((a for a in m.attributes if a.kind is AttributeKind.PLACE and a.end == title.start), None)
    return title.text if place is None else place.text + title.text


def _shared_bodies(view: _View) -> dict[str, str]:
    """Article -> the key of the body every post its list prints starts with (``甲銀行主席``,
    ``甲銀行副主席``, ``甲銀行理事`` start with ``甲銀行``): the one body of the whole list, which other
    outlets leave unsaid, not part of any one post."""
    keys: dict[str, list[str]] = defaultdict(list)
    for ent in view.ctx.entity_lists:
        for art in view.listing(ent):
            if key := zh_key(_title_of(view.mention(art, ent))).casefold():
                keys[art].append(key)
    out = {}
    for art, found in keys.items():
        prefix = os.path.commonprefix(found)
        while prefix and not CJK_RE.fullmatch(prefix[-1]):
            prefix = prefix[:-1]
        if (
            len(found) >= MIN_PREFIXED_POSTS
            and len(prefix) >= MIN_SHARED_PREFIX
            and CJK_RE.fullmatch(prefix[0])
            and all(len(k) > len(prefix) for k in found)
        ):
            out[art] = prefix
    return out


def _titles(view: _View, ent: str, bodies: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Article -> (key, text) of the title its list gives ``ent``, compared across scripts by key (one
    script for Traditional and Simplified, case and blanks aside, the body every post of its list
    starts with left out)."""
    out = {}
    for art in view.listing(ent):
        title = _title_of(view.mention(art, ent))
        if key := zh_key(title).casefold():
            out[art] = (key.removeprefix(bodies.get(art, "")), title)
    return out


def _title_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, title given, title expected, who says so, finding) for each post an outlet gives a person
    that at least ``MIN_CORROBORATION`` other outlets give, with none siding with it, to another person of
    its list, while they give this person another post (two posts exchanged are then one finding); some
    outlet must give both persons their usual posts, else the two posts are words of two languages."""
    bodies = _shared_bodies(view)
    titles = {ent: _titles(view, ent, bodies) for ent in sorted(view.ctx.entity_lists)}
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
            if not set(usual[ent][1]) & set(usual[other][1]):
                continue  # no outlet gives both their posts: two vocabularies (大統領 / 总统), no swap
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
    borrowed += [x for x in _departing_posts(view, titles) if (x[4].sources[0], x[0]) not in taken]
    taken |= {(d.sources[0], ent) for ent, *_, d in borrowed}
    borrowed += [x for x in deputy_posts(view, titles) if (x[4].sources[0], x[0]) not in taken]
    taken |= {(d.sources[0], ent) for ent, *_, d in borrowed}
    borrowed += [x for x in leader_posts(view, titles) if (x[4].sources[0], x[0]) not in taken]
    taken |= {(d.sources[0], ent) for ent, *_, d in borrowed}
    # an outlet whose posts were judged in its own words already: one root cause, not a second finding
    judged = {art for art, _ in taken}
    return borrowed + [x for x in portfolio_conflicts(view) if x[4].sources[0] not in judged]
