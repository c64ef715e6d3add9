"""A deputy's post for the head's, or the head's for a deputy's (``attribute_conflict``): an outlet that
prints ``甲局副局長`` where at least ``MIN_CORROBORATION`` other outlets print ``甲局局長`` word for word
but the deputy's mark (``副``, ``deputy``, ``vice``), and none prints it as this one does."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.checks.posts import _post_finding
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.lang.portfolios import DEPUTY_RE
from pipeline.models import Discrepancy
from pipeline.normalize.chinese import zh_key


def _office(text: str) -> str:
    """A post compared without its deputy's mark: one script, case and blanks aside."""
    return zh_key(DEPUTY_RE.sub("", text)).casefold()


def deputy_posts(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, post given, post expected, who says so, finding) for each post an outlet gives a person
    that is the others' with a deputy's mark added or left out."""
    out = []
    for ent, given in sorted(titles.items()):
        for art, (key, text) in sorted(given.items()):
            deputy, office = bool(DEPUTY_RE.search(text)), _office(text)
            others = {a: t for a, (_, t) in given.items() if a != art}
            sides = [
                a
                for a, t in others.items()
                if bool(DEPUTY_RE.search(t)) == deputy and (deputy or _office(t) == office)
            ]
            against = sorted(
                a for a, t in others.items() if _office(t) == office and bool(DEPUTY_RE.search(t)) != deputy
            )
            if sides or len(against) < MIN_CORROBORATION:
                continue
            m, basis = view.mention(art, ent), _outlets(against)
            theirs = given[against[0]]
            given_rank, their_rank = ("a deputy", "the head") if deputy else ("the head", "a deputy")
            message = (
                f"{art} gives {m.label} the post '{text}', {given_rank} where {basis} give {their_rank} "
                f"('{theirs[1]}')."
            )
            out.append((ent, key, theirs[0], basis, _post_finding(view, ent, art, m, message)))
    return out
