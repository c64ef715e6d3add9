"""The posts printed beside listed people, against the official list and the other outlets: a post others
give to another person of the list, an office of another, a departing post, a deputy's or a leader's post
and a portfolio (``_title_conflicts``, with ``checks.posts``, ``checks.deputies``, ``checks.leaders`` and
``checks.portfolios``), one finding per outlet and person. Called by ``checks.attributes``.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict

from pipeline.checks.deputies import deputy_posts
from pipeline.checks.leaders import leader_posts
from pipeline.checks.portfolios import portfolio_conflicts
from pipeline.checks.posts import (
    _departing_posts,
    _offices_of_another,
    _official_title_conflicts,
    _post_finding,
)
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.lang.former_posts import post_now_worded
from pipeline.lang.scripts import CJK_RE
from pipeline.models import AttributeKind, Discrepancy, Mention
from pipeline.normalize.chinese import zh_key

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
    # one office, however each outlet says it is held no more ("前陸軍政治委員", "陸軍原政治委員")
    now = {
        ent: {art: (post_now_worded(key), text) for art, (key, text) in given.items()}
        for ent, given in titles.items()
    }
    votes = {ent: Counter(key for key, _ in given.values()) for ent, given in now.items()}
    usual: dict[str, tuple[str, list[str]]] = {}
    for ent, given in now.items():
        if votes[ent]:
            key, support = votes[ent].most_common(1)[0]
            if support >= MIN_CORROBORATION and list(votes[ent].values()).count(support) == 1:
                usual[ent] = (key, sorted(a for a, (k, _) in given.items() if k == key))
    # a post that names one person: the usual post of one entity only ("judge" names nobody)
    held = Counter(key for key, _ in usual.values())
    holder = {key: ent for ent, (key, _) in usual.items() if held[key] == 1}
    out = []
    for ent, given in now.items():
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
            theirs = now[ent][usual[ent][1][0]][1]
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
