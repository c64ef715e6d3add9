"""The one impure stage: find the input files, parse them, match, check, build a Reconciliation.

Everything else in crosscheck is a function over records; this module is where files are listed
and read. Bad input never raises here: it becomes a ``Problem`` and the other articles go on.
``reconcile`` runs the stages in order; ``inputs`` lists the article files, ``mentions`` makes the
mentions ready for matching, ``claim_reading`` reads the claims beside it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import checks, claims, matching, orchestrate, provenance, userfiles, verdicts
from pipeline.claim_reading import read_claims
from pipeline.collector import paused
from pipeline.errors import DecisionsError, NoInputError, UsageError
from pipeline.inputs import INPUT_SUFFIXES as INPUT_SUFFIXES
from pipeline.inputs import _dedupe, _problem, collect_inputs
from pipeline.knowledge import load_knowledge, with_place_names, with_reference_names
from pipeline.knowledge.joined import rejoin_known_names
from pipeline.limits import DEFAULT_MAX_BYTES
from pipeline.mentions import _capped, _last_positions, _prose_mentions, _renumber_prose, stated_totals
from pipeline.models import (
    Heading,
    Kind,
    ParseResult,
    Reconciliation,
    Severity,
)
from pipeline.reread import read_again
from pipeline.settings import DEFAULT_SETTINGS, Settings
from pipeline.timing import Laps
from pipeline.workers import DEFAULT_ARTICLE_SECONDS, Parsed, parse_all

DECISIONS_VERSION = "1"


@dataclass(frozen=True, slots=True, kw_only=True)
class RunOptions:
    """Tunables of one run. Recorded in the report so a run can be repeated."""

    max_bytes: int = DEFAULT_MAX_BYTES
    score_cutoff: float | None = None  # None: the matcher's calibrated default
    decisions: str | None = None  # path of a reviewer-decisions file
    reference: str | None = None  # path of the official list the story reports (also a gazetteer)
    gazetteers: tuple[str, ...] = ()  # paths of user gazetteer files, later ones winning
    article_seconds: float = DEFAULT_ARTICLE_SECONDS  # time budget of one article (0: none)
    workers: int = 0  # processes reading articles (0: one per core); the output does not depend on it
    settings: Settings = DEFAULT_SETTINGS  # matching thresholds and weights (score_cutoff, when given, wins)

    def as_dict(self) -> dict[str, object]:
        return {
            "max_bytes": self.max_bytes,
            "score_cutoff": self.score_cutoff,
            "decisions": Path(self.decisions).name if self.decisions else None,
            "reference": Path(self.reference).name if self.reference else None,
            "gazetteers": [Path(g).name for g in self.gazetteers],
        }


def _load_decisions(path: str) -> matching.Decisions:
    """Reviewer decisions, once the file is known to be a usable user file of a known version."""
    text = userfiles.read_user_text(path, what="decisions")  # a regular UTF-8 file within the size limit
    if Path(path).suffix.lower() == ".json" or text.lstrip().startswith("{"):
        userfiles.parse_json(text, what="decisions", where=path)  # nesting depth checked before use
    decisions = matching.load_decisions(path)
    if decisions.version != DECISIONS_VERSION:
        raise DecisionsError(
            f"{path}: decisions version {decisions.version[:20]!r} is not one this crosscheck reads "
            f"({DECISIONS_VERSION})"
        )
    return decisions


def reconcile(
    paths: Sequence[str | os.PathLike[str]],
    *,
    options: RunOptions | None = None,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    parse: Callable[..., list[Parsed]] = parse_all,
    timings: dict[str, float] | None = None,
    cpu_timings: dict[str, float] | None = None,
) -> Reconciliation:
    """Read every article under ``paths`` and reconcile their lists (``parse``: how articles are read,
    ``parse_all``'s signature; the review server passes one that remembers what it read).

    Raises ``UsageError`` for unusable options and ``NoInputError`` when not one article could
    be read; every other problem is recorded in ``Reconciliation.problems``. ``timings``, when
    given, receives the wall seconds of each stage, ``cpu_timings`` their CPU seconds (``pipeline.timing``).
    """
    opts = options or RunOptions()
    if opts.max_bytes <= 0:
        raise UsageError(f"--max-bytes must be positive, got {opts.max_bytes}")
    if not paths:
        raise UsageError("no input paths given")
    decisions = _load_decisions(opts.decisions) if opts.decisions else None
    finding_verdicts = verdicts.load_verdicts(opts.decisions) if opts.decisions else ()
    reference, knowledge = load_knowledge(opts.reference, opts.gazetteers)
    laps = Laps(timings, cpu_timings)

    files, problems = collect_inputs(paths)
    provenances = provenance.Provenances.load(files, roots=paths)  # fetched pages: their URL, time and digest
    problems.extend(provenances.problems)
    parsed_all = parse(
        files,
        max_bytes=opts.max_bytes,
        seconds=opts.article_seconds,
        workers=opts.workers,
        progress=progress,
    )
    # an article whose list came out far shorter than the others': read again knowing their names
    parsed_all = read_again(
        files, parsed_all, parse, max_bytes=opts.max_bytes, seconds=opts.article_seconds, workers=opts.workers
    )
    parsed_all = [replace(p, result=provenances.apply(p.result)) for p in parsed_all]
    prose_of = {p.result.article.path: p.prose for p in parsed_all if p.result.article is not None}
    results: list[ParseResult] = [_capped(p.result) for p in parsed_all]
    for res in results:
        problems.extend(res.problems)
    results, dup_problems = _dedupe(results)
    results = [rejoin_known_names(r, knowledge.gazetteer) for r in results]
    problems.extend(dup_problems)

    parsed = [r for r in results if r.article is not None]
    if not parsed:
        reasons = [f"{p.article}: {p.message}" for p in problems if p.severity is Severity.ERROR]
        raise NoInputError(["no article could be read", *reasons])

    articles = tuple(sorted((r.article for r in parsed if r.article is not None), key=lambda a: a.id))
    list_mentions = [m for r in parsed for m in r.mentions if m.kind is Kind.LIST]
    headings: list[Heading] = [h for r in parsed for h in r.headings]
    knowledge = knowledge.for_lists(list_mentions)
    laps.lap("reading")

    # The claims read the articles and their list items alone: beside matching, on a core it leaves idle;
    # the evidence of the list links, which only the reports read: beside the stages after matching; the
    # item-level checks of the lists beside the other checks (``run_checks(fork=...)``).
    # The stages after reading build records and no cycles: the cycle collector would walk the run for
    # nothing (and, in a child, copy every page of it).
    items = sorted(list_mentions, key=lambda m: (m.article, m.position))
    fork = orchestrate.worth_forking(sum(len(a.text) for a in articles), opts.workers)
    with (
        paused(),
        orchestrate.Beside(lambda: read_claims(articles, items, headings), fork=fork) as reading,
        ExitStack() as later,
    ):
        settings = opts.settings
        if opts.score_cutoff is not None:
            settings = replace(settings, lists=replace(settings.lists, score_cutoff=opts.score_cutoff))
        matched, list_links = matching.match_lists_deferred(
            list_mentions,
            settings=settings,
            decisions=decisions,
            totals=stated_totals(headings),
            knowledge=knowledge,
        )
        recording = later.enter_context(orchestrate.Beside(list_links, fork=fork))
        laps.lap("matching")

        if matched.unused_decisions and opts.decisions:
            unused = matching.unused_summary(matched.unused_decisions)
            problems.append(_problem(Path(opts.decisions).name, "decisions-unused", unused, Severity.INFO))
        labels = frozenset(
            {m.group for m in list_mentions if m.group} | {h.group for h in headings if h.group}
        )
        candidates, org_like = _prose_mentions(articles, list_mentions, prose_of, problems, labels)
        matched, prose_entities = matching.link_prose(candidates, matched, settings=settings)
        kept = [
            m
            for m, ent, org in zip(candidates, prose_entities, org_like, strict=True)
            if ent is not None or org
        ]
        prose_mentions, renamed = _renumber_prose(kept, _last_positions(list_mentions))
        dropped = frozenset(m.key for m in candidates) - renamed.keys()
        prose_links = [  # the list links are recorded beside: these are the prose mentions', renumbered
            replace(lk, mention=renamed.get(lk.mention, lk.mention))
            for lk in matched.links
            if lk.mention not in dropped
        ]
        entities = tuple(
            replace(e, mentions=tuple(sorted(renamed.get(k, k) for k in e.mentions if k not in dropped)))
            for e in matched.entities
        )

        mentions = tuple(sorted([*list_mentions, *prose_mentions], key=lambda m: (m.article, m.position)))
        by_key = {m.key: m for m in mentions}
        entities = with_reference_names(entities, by_key, reference, knowledge.gazetteer)
        entities = with_place_names(entities, by_key, knowledge.gazetteer)
        laps.lap("prose")
        all_claims, facts, people, claim_problems = reading.result()
        all_claims = claims.within_reach(all_claims, mentions, articles)
        problems.extend(claim_problems)
        laps.lap("claims")
        groups = checks.canonical_groups(
            articles=articles,
            mentions=mentions,
            headings=tuple(headings),
            entities=entities,
            claims=tuple(all_claims),
            reference=reference,
            gazetteer=knowledge.gazetteer,
        )
        all_claims = list(claims.bind_groups(all_claims, groups, mentions))
        discrepancies = checks.run_checks(
            articles=articles,
            mentions=mentions,
            headings=tuple(headings),
            entities=entities,
            claims=tuple(all_claims),
            facts=facts,
            people=people,
            reference=reference,
            gazetteer=knowledge.gazetteer,
            groups=groups,
            fork=fork,
        )
        laps.lap("checks")
        links = tuple(sorted([*recording.result(), *prose_links], key=lambda lk: lk.mention))
        laps.lap("matching")  # the evidence of the list links: what matching waited for, if anything
        discrepancies, suppressed = verdicts.apply_verdicts(discrepancies, finding_verdicts)
        return Reconciliation(
            articles=articles,
            mentions=mentions,
            headings=tuple(sorted(headings, key=lambda h: (h.article, h.start))),
            entities=tuple(sorted(entities, key=lambda e: e.id)),
            links=links,
            claims=tuple(all_claims),
            discrepancies=discrepancies,
            problems=tuple(sorted(problems, key=lambda p: (p.article, p.code, p.message))),
            facts=facts,
            people=people,
            options=opts.as_dict(),
            groups=groups,
            suppressed=suppressed,
            settings=settings.as_dict(),
        )
