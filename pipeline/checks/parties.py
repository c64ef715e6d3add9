"""A person's party tag (``attribute_conflict``): the party printed beside a listed person, against the
other outlets.

1. Each outlet's tags are read from where its layout leaves them (``checks.party_tags``): a US-style tag's
   party letter (``(R-Aland)`` -> ``R``), a party's name read as a tag (``Jane Roe — Aland Party,
   Northshire``: the place after it is no party), a column labelled as a party, a short bracketed note or an
   acronym that recurs down a list of people with posts. A tag counts only when the outlet's list
   prints it as a column: most of its people carry one and some share it.
2. One party's forms are joined only by what the outlets print (``checks.party_forms``): the same text
   in either Chinese script, case and width aside; a form printed beside an acronym (``甲黨（AP）``, in a
   list's tag or anywhere in an article) or beside the one letter a list's tags print for the party
   (``甲黨（A）`` over ``(A-Northshire)`` tags); a word the article counts as many times as its list's
   tags print the letter the word begins with (``two Alanders and one Bordurian`` over two ``A`` tags
   and one ``B``). No table of parties: two forms nothing joins are not compared.
3. A tag is clearly another party when the outlet prints the others' form for other people of its
   list, or the others print its form for other people: it knows both and tells them apart.
   ``MIN_CORROBORATION`` outlets agreeing against one make an error; otherwise a warning naming both
   camps. A tag one outlet alone prints is no finding.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.checks.party_forms import _forms, _tag_forms
from pipeline.checks.party_tags import party_tags
from pipeline.checks.registry import ATTRIBUTE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Severity


def party_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, party given, party expected, who says so, finding) for each outlet whose tag for a
    person is clearly another party than the one at least ``MIN_CORROBORATION`` others print; camps
    closer than that are one warning naming them all (its parties "", never paired into a swap)."""
    tags = party_tags(view)
    if len(tags) < 2:  # noqa: PLR2004
        return []
    forms = _forms(view, tags)
    parties = {
        art: {e: forms.find(_tag_forms(t)[0]) for e, t in by_ent.items()} for art, by_ent in tags.items()
    }
    vocab = {art: set(by_ent.values()) for art, by_ent in parties.items()}
    printed: dict[str, str] = {}  # a party -> the form the first outlet printing it prints, for messages
    for art, by_ent in sorted(tags.items()):
        for e, t in sorted(by_ent.items()):
            printed.setdefault(parties[art][e], t)
    out = []
    for ent in sorted(view.ctx.entity_lists):
        camps: dict[str, list[str]] = defaultdict(list)
        for art, by_ent in sorted(parties.items()):
            if ent in by_ent:
                camps[by_ent[ent]].append(art)
        if len(camps) >= 2:  # noqa: PLR2004
            out += [
                (e, printed.get(given, given), printed.get(usual, usual), basis, d)
                for e, given, usual, basis, d in _judged(view, ent, camps, vocab, tags)
            ]
    return out


def _known_apart(a: list[str], b: list[str], parties: tuple[str, str], vocab: dict[str, set[str]]) -> bool:
    """Whether two camps' parties are clearly two: an outlet of one prints the other's for someone else."""
    return any(parties[1] in vocab[x] for x in a) or any(parties[0] in vocab[x] for x in b)


def _judged(
    view: _View,
    ent: str,
    camps: dict[str, list[str]],
    vocab: dict[str, set[str]],
    tags: dict[str, dict[str, str]],
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """The finding about one person whose outlets print parties told apart: the camps that another camp
    knows apart from theirs, judged together (camps in forms nothing joins stay out)."""
    rivals = [
        p for p in camps if any(q != p and _known_apart(camps[p], camps[q], (p, q), vocab) for q in camps)
    ]
    if len(rivals) < 2:  # noqa: PLR2004
        return []
    ranked = sorted(rivals, key=lambda p: (-len(camps[p]), camps[p]))
    usual, backers = ranked[0], camps[ranked[0]]
    if len(ranked) == 2 and len(camps[ranked[1]]) == 1 and len(backers) >= MIN_CORROBORATION:  # noqa: PLR2004
        (art,) = camps[ranked[1]]
        return [(ent, ranked[1], usual, _outlets(backers), _finding(view, ent, art, backers, tags))]
    return [(ent, "", "", "", _split(view, ent, [camps[p] for p in ranked], tags))]


def _finding(
    view: _View, ent: str, art: str, backers: list[str], tags: dict[str, dict[str, str]]
) -> Discrepancy:
    return conflict_finding(view, ent, art, backers, tags, "party", f"a party {art} and they tell apart")


def _split(view: _View, ent: str, camps: list[list[str]], tags: dict[str, dict[str, str]]) -> Discrepancy:
    return camps_finding(view, ent, camps, tags, "party", f"the party of {view.ctx.name(ent)}")


def conflict_finding(
    view: _View,
    ent: str,
    art: str,
    backers: list[str],
    printed: dict[str, dict[str, str]],
    what: str,
    other: str,
    subject: str = "",
) -> Discrepancy:
    """One outlet's attribute (``what``: party, place) against the one at least two others agree on: an
    error naming that outlet, quoting it and two of the others; ``other`` says what theirs is to it."""
    m = view.mention(art, ent)
    return Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.ERROR,
        entity=ent,
        sources=(art,),
        subject=f"{view.ctx.name(ent)}: {subject or what}",
        message=(
            f"{art} gives {m.label} the {what} '{printed[art][ent]}'; {_outlets(backers)} give "
            f"'{printed[backers[0]][ent]}', {other}."
        ),
        evidence=_evidence([view.quote(m), *(view.quote(view.mention(b, ent)) for b in backers[:2])]),
    )


def camps_finding(
    view: _View,
    ent: str,
    camps: list[list[str]],
    printed: dict[str, dict[str, str]],
    subject: str,
    topic: str,
) -> Discrepancy:
    """Outlets in camps no majority settles, each giving its own attribute: one warning naming them all."""
    said = "; ".join(
        f"{_outlets(arts)} give{'s' if len(arts) == 1 else ''} '{printed[arts[0]][ent]}'" for arts in camps
    )
    both = sorted(a for arts in camps for a in arts)
    return Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.WARNING,
        entity=ent,
        sources=tuple(both),
        subject=f"{view.ctx.name(ent)}: {subject}",
        message=f"Outlets disagree on {topic}: {said}.",
        evidence=_evidence(view.quote(view.mention(a, ent)) for a in both[:4]),
    )
