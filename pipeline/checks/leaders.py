"""A head of government's post for a head of state's, or the reverse (``attribute_conflict``): an outlet
that calls a person prime minister (``總理``, ``首相``, ``Prime Minister``) where at least
``MIN_CORROBORATION`` other outlets, in any language, call them president or king (``總統``, ``大統領``,
``President``), and none calls them as this one does. A post of neither kind (``leader``, ``委員長``)
takes no side."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from pipeline.checks.posts import _post_finding
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.lang.portfolios import head_of
from pipeline.models import AttributeKind, Discrepancy, Mention

_NAMED = {"state": "a head of state", "government": "a head of government"}


def leader_posts(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, post given, post expected, who says so, finding) for each head's post an outlet gives a
    person whom the others, agreeing, give the other head's post."""
    out = []
    for ent, given in sorted(titles.items()):
        heads = {a: head_of(_post(view.mention(a, ent))) for a in given}
        for art, (key, _) in sorted(given.items()):
            mine = heads[art]
            if not mine or any(h == mine for a, h in heads.items() if a != art):
                continue
            against = sorted(a for a, h in heads.items() if h and h != mine)
            if len(against) < MIN_CORROBORATION:
                continue
            m, basis = view.mention(art, ent), _outlets(against)
            theirs = given[against[0]]
            message = (
                f"{art} gives {m.label} the post '{_post(m)}', {_NAMED[mine]}'s, where {basis} give "
                f"{_NAMED[heads[against[0]]]}'s ('{_post(view.mention(against[0], ent))}')."
            )
            found = replace(
                _post_finding(view, ent, art, m, message), evidence=_evidence([_with_post(view, m)])
            )
            out.append((ent, key, theirs[0], basis, found))
    return out


def _post(m: Mention) -> str:
    """The title alone, without the country printed before it (``總統`` of ``甲國總統``)."""
    return next((a.text for a in m.attributes if a.kind is AttributeKind.TITLE), "")


def _with_post(view: _View, m: Mention):  # noqa: ANN202 - Evidence | None
    """The item quoted with the post printed beside it (a table's row: the name's cell and the post's)."""
    title = next(a for a in m.attributes if a.kind is AttributeKind.TITLE)
    return view.ctx.evidence(m.article, min(m.start, title.start), max(m.end, title.end), sentence=False)
