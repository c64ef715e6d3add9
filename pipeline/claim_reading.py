"""The claims and facts of every article and the people they name, each article split into sentences once
for the three; an article whose claims cannot be read is a ``Problem``. Used by ``run.reconcile``, beside
matching."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from pipeline import claims
from pipeline.claims import sentences
from pipeline.collector import paused
from pipeline.inputs import _problem
from pipeline.models import Article, Claim, Fact, Heading, Mention, PersonName, Problem

_R = TypeVar("_R", Mention, Heading)


def _by_article(records: Iterable[_R]) -> dict[str, list[_R]]:
    """Records grouped by article, in their order (so each article's claims read only its own)."""
    out: dict[str, list[_R]] = {}
    for r in records:
        out.setdefault(r.article, []).append(r)
    return out


def _article_claims(
    art: Article, mentions: Sequence[Mention], headings: Sequence[Heading], problems: list[Problem]
) -> tuple[list[Claim], list[Fact]]:
    """The claims and facts of one article; an article they cannot be read from is reported."""
    try:
        found = claims.extract_claims(
            art,
            [m for m in mentions if m.article == art.id],
            [h for h in headings if h.article == art.id],
        )
        return list(found), list(claims.extract_facts(art))
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one article never ends the run
        message = f"its claims could not be read ({exc.__class__.__name__}: {str(exc)[:160]})"
        problems.append(_problem(art.id, "claims-failed", message))
        return [], []


def read_claims(
    articles: Sequence[Article], mentions: Sequence[Mention], headings: Sequence[Heading]
) -> tuple[list[Claim], tuple[Fact, ...], tuple[PersonName, ...], list[Problem]]:
    """The claims and facts of every article, the people they name, and the articles whose claims could
    not be read; each article split into sentences once for the three (the cycle collector paused:
    records, no cycles). Of ``mentions`` the claims read the list items alone."""
    all_claims: list[Claim] = []
    all_facts: list[Fact] = []
    problems: list[Problem] = []
    mentions_of, headings_of = _by_article(mentions), _by_article(headings)
    with sentences.kept(), paused():
        for art in articles:
            found = _article_claims(art, mentions_of.get(art.id, []), headings_of.get(art.id, []), problems)
            all_claims.extend(found[0])
            all_facts.extend(found[1])
        people = claims.extract_people(articles)
    return all_claims, tuple(all_facts), people, problems
