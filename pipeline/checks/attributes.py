"""A person's attributes (``attribute_conflict``): the place (nationality) and the post printed beside
a listed person, against the official list or the other outlets; two people who exchanged theirs
are one finding. Places are read in ``checks.nationalities``, posts in ``checks.post_conflicts``."""

from __future__ import annotations

from collections import defaultdict

from pipeline.checks.affiliations import affiliation_conflicts
from pipeline.checks.births import birth_conflicts
from pipeline.checks.nationalities import _place_codes, _place_conflicts
from pipeline.checks.parties import party_conflicts
from pipeline.checks.post_conflicts import _title_conflicts
from pipeline.checks.registry import ATTRIBUTE_CONFLICT, GROUP_CONFLICT, WRONG_ITEM
from pipeline.checks.seats import seat_conflicts
from pipeline.checks.view import OFFICIAL, _View
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Severity

_PLURAL = {"party": "parties", "seat": "places sat for", "date of birth": "dates of birth"}


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
