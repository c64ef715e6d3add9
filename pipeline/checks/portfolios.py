"""A person's post compared across languages by its portfolio (part of ``attribute_conflict``): an outlet
that gives a listed person the field another listed person holds in the other outlets (``Finance
Minister`` for the one the others call ``外相`` and ``Foreign Minister``, while they call another
``財務大臣``): two posts exchanged, or a post column shifted by one row. Only the field counts
(``pipeline.lang.portfolios``): another wording of one post, or a post naming no field, is never
judged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from pipeline.checks.posts import _post_finding
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.lang.portfolios import portfolio
from pipeline.lang.posts import FORMER_POST_RE
from pipeline.models import AttributeKind, Discrepancy

Posts = Mapping[str, Mapping[str, tuple[frozenset[str], str]]]  # entity -> article -> (fields, post)


def _posts(view: _View) -> dict[str, dict[str, tuple[frozenset[str], str]]]:
    """Entity -> article -> (fields, text) of the post its list gives them, where the post names a field
    and is no former post."""
    out: dict[str, dict[str, tuple[frozenset[str], str]]] = {}
    for ent in sorted(view.ctx.entity_lists):
        given = {}
        for art in view.listing(ent):
            attrs = view.mention(art, ent).attributes
            title = next((a.text for a in attrs if a.kind is AttributeKind.TITLE), "")
            if title and not FORMER_POST_RE.match(title) and (fields := portfolio(title)):
                given[art] = (fields, title)
        if given:
            out[ent] = given
    return out


def _held(posts: Posts, ent: str, art: str) -> frozenset[str]:
    """The fields at least ``MIN_CORROBORATION`` outlets besides ``art`` give ``ent``, none of them
    giving another field alone (a person the others do not agree on holds nothing to compare with)."""
    others = [fields for a, (fields, _) in posts.get(ent, {}).items() if a != art]
    seen = Counter(f for fields in others for f in fields)
    held = frozenset(f for f, n in seen.items() if n >= MIN_CORROBORATION)
    return held if held and all(fields & held for fields in others) else frozenset()


def portfolio_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, fields given, fields expected, who says so, finding) for each post whose field is not
    the person's, in the other outlets' words whatever their language, but exactly one other person's
    of the same list."""
    posts = _posts(view)
    out = []
    for ent, given in sorted(posts.items()):
        for art, (fields, text) in sorted(given.items()):
            mine = _held(posts, ent, art)
            if not mine or fields & mine:
                continue
            if any(fields & f for a, (f, _) in given.items() if a != art):
                continue  # another outlet sides with this one
            theirs = [
                other
                for other in sorted(posts)
                if other != ent
                and art in view.ctx.entity_lists[other]
                and (held := _held(posts, other, art))
                and fields <= held
                and not held & mine
            ]
            if len(theirs) != 1:
                continue
            other = theirs[0]
            m = view.mention(art, ent)
            basis = _outlets(a for a in sorted(given) if a != art)
            usual = next(t for a, (_, t) in sorted(given.items()) if a != art)
            their_post = next(t for a, (_, t) in sorted(posts[other].items()) if a != art)
            message = (
                f"{art} gives {m.label} the post '{text}', the portfolio the others give "
                f"{view.ctx.name(other)} ('{their_post}'); {basis} give {m.label} '{usual}'."
            )
            given_fields = "'" + " / ".join(sorted(_held(posts, other, art))) + "'"
            expected_fields = "'" + " / ".join(sorted(mine)) + "'"
            finding = _post_finding(view, ent, art, m, message)
            out.append((ent, given_fields, expected_fields, basis, finding))
    return out
