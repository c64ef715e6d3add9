"""The place a listed person sits for (``attribute_conflict``): their state or district, against the other
outlets, judged as their party is (``parties``).

1. Each outlet's places are read where its layout leaves them (``seats``): a place printed beside the
   party (``Jane Roe — Aland Party, Northshire``, ``張三（甲黨，北區）``), or the state of a US-style tag
   (``(R-Aland)`` -> ``Aland``). A place counts only where the outlet prints places as a column (most of
   its listed people carry one); a place the gazetteer names (a country) is a nationality, judged by
   ``attributes`` as one.
2. Two places are one (``_same``): the same text in either Chinese script, case, width, dots and blanks
   aside, or one the short form of the other (``N. Shire`` of ``Northshire``: its letters in order, the
   first alike). Forms so joined are one camp.
3. Two camps are clearly two places (``_apart``) when both are written in Latin letters (neither the short
   form of the other), or when an outlet of one prints the other's place for someone else of its list:
   it knows both and tells them apart. Camps nothing parts (``甲州`` against ``Aland``) are not compared.
4. One outlet alone against at least ``MIN_CORROBORATION`` others that agree, its place clearly another:
   an error; camps clearly apart otherwise: one warning naming them all. What one outlet gets wrong about
   one person (a party and a place) is one finding (``attributes`` merges them).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.checks.parties import camps_finding, conflict_finding
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.knowledge import code_of
from pipeline.models import AttributeKind, Discrepancy, Mention
from pipeline.normalize.chinese import zh_key

# a US-style tag: the party letter, a dash, the state ("R-Aland", "R-甲州")
_US_TAG_RE = re.compile(r"^\s*[A-Z]\s*[-–]\s*(?P<state>\S.*?)\s*$")
_LATIN_RE = re.compile(r"[a-z]+")
_BLANKS_RE = re.compile(r"[\s.\-–'’·・]+")
MIN_PLACED_SHARE = 0.5  # of an outlet's listed people that must carry a place for it to be a column


def _fold(text: str) -> str:
    return _BLANKS_RE.sub("", zh_key(unicodedata.normalize("NFKC", text)).casefold())


def _seat(view: _View, m: Mention) -> str:
    """The place ``m``'s list prints beside the person, as printed ("" when none, or a country)."""
    for a in m.attributes:
        if a.kind is AttributeKind.PLACE:
            place = a.text.strip()
            break
        if a.kind is AttributeKind.TAG and (us := _US_TAG_RE.match(a.text)) is not None:
            place = us["state"]
            break
    else:
        return ""
    return "" if code_of(view.gazetteer, [place]) else place


def seats(view: _View) -> dict[str, dict[str, str]]:
    """Article -> entity -> the place its list prints beside that person, for the lists that print
    places as a column."""
    out: dict[str, dict[str, str]] = {}
    for art in view.ctx.list_articles:
        ents = view.ctx.listed_entities.get(art, [])
        placed = {e: p for e in ents if (p := _seat(view, view.mention(art, e)))}
        if len(placed) >= 2 and len(placed) >= MIN_PLACED_SHARE * len(ents):  # noqa: PLR2004
            out[art] = placed
    return out


def _latin(form: str) -> bool:
    return _LATIN_RE.fullmatch(form) is not None


def _short_for(short: str, long: str) -> bool:
    """Whether ``short`` is written with letters of ``long`` in order, from its first (``nshire`` of
    ``northshire``)."""
    if not short or not long or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _same(a: str, b: str) -> bool:
    """Two folded places that are one (step 2 of the module)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return _latin(short) and _latin(long) and _short_for(short, long)


def _camps(placed: dict[str, str]) -> list[list[str]]:
    """The outlets of one person grouped by the place they print (forms ``_same`` joins in one camp)."""
    by_form: dict[str, list[str]] = {}
    for art, form in sorted(placed.items()):
        by_form.setdefault(form, []).append(art)
    joined: list[list[str]] = []  # the forms of each camp
    for form in sorted(by_form):
        near = [c for c in joined if any(_same(form, f) for f in c)]
        joined = [c for c in joined if c not in near] + [[form, *(f for c in near for f in c)]]
    camps = [sorted(a for f in c for a in by_form[f]) for c in joined]
    return sorted(camps, key=lambda c: (-len(c), c))


def _apart(a: list[str], b: list[str], placed: dict[str, str], vocab: dict[str, set[str]]) -> bool:
    """Whether two camps' places are clearly two (step 3 of the module)."""
    fa, fb = {placed[x] for x in a}, {placed[x] for x in b}
    if all(_latin(f) for f in fa | fb):
        return True
    return any(fb & vocab[x] for x in a) or any(fa & vocab[x] for x in b)


def seat_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, place given, place expected, who says so, finding) for each outlet whose place for a
    person is clearly another than the one at least ``MIN_CORROBORATION`` others print; camps closer
    than that are one warning naming them all (its places "", never paired into a swap)."""
    printed = seats(view)
    if len(printed) < 2:  # noqa: PLR2004
        return []
    folded = {art: {e: _fold(p) for e, p in by_ent.items()} for art, by_ent in printed.items()}
    vocab = {art: set(by_ent.values()) for art, by_ent in folded.items()}
    out = []
    for ent in sorted(view.ctx.entity_lists):
        placed = {art: by_ent[ent] for art, by_ent in folded.items() if ent in by_ent}
        camps = _camps(placed)
        rivals = [c for c in camps if any(d is not c and _apart(c, d, placed, vocab) for d in camps)]
        if len(rivals) < 2:  # noqa: PLR2004
            continue
        usual, backers = placed[rivals[0][0]], rivals[0]
        if len(rivals) == 2 and len(rivals[1]) == 1 and len(backers) >= MIN_CORROBORATION:  # noqa: PLR2004
            (art,) = rivals[1]
            d = _finding(view, ent, art, backers, printed)
            out.append((ent, placed[art], usual, _outlets(backers), d))
        else:
            out.append((ent, "", "", "", _split(view, ent, rivals, printed)))
    return out


def _finding(
    view: _View, ent: str, art: str, backers: list[str], printed: dict[str, dict[str, str]]
) -> Discrepancy:
    return conflict_finding(view, ent, art, backers, printed, "place", "another place", subject="seat")


def _split(view: _View, ent: str, camps: list[list[str]], printed: dict[str, dict[str, str]]) -> Discrepancy:
    return camps_finding(view, ent, camps, printed, "seat", f"the place {view.ctx.name(ent)} sits for")
