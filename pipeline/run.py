"""The one impure stage: find the input files, parse them, match, check, build a Reconciliation.

Everything else in crosscheck is a function over records; this module is where files are listed
and read. Bad input never raises here: it becomes a ``Problem`` and the other articles go on.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from pipeline import checks, claims, matching, orchestrate, provenance, userfiles, verdicts
from pipeline.claims import sentences
from pipeline.collector import paused
from pipeline.errors import DecisionsError, NoInputError, UsageError
from pipeline.knowledge import load_knowledge, with_place_names, with_reference_names
from pipeline.knowledge.joined import rejoin_known_names
from pipeline.limits import DEFAULT_MAX_BYTES, MAX_LIST_ITEMS, MAX_PROSE_MENTIONS
from pipeline.models import (
    Article,
    Claim,
    Fact,
    Heading,
    Kind,
    Mention,
    ParseResult,
    PersonName,
    Problem,
    Reconciliation,
    Severity,
)
from pipeline.output import is_report_folder
from pipeline.reread import read_again
from pipeline.settings import DEFAULT_SETTINGS, Settings
from pipeline.timing import Laps
from pipeline.workers import DEFAULT_ARTICLE_SECONDS, Parsed, parse_all
from sources import prose
from sources.prose_orgs import names_only_groups

INPUT_SUFFIXES = (".txt", ".html", ".htm")
DECISIONS_VERSION = "1"
_R = TypeVar("_R", Mention, Heading)


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


def collect_inputs(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders into a sorted, de-duplicated list of article files.

    A folder contributes its ``.txt``/``.html``/``.htm`` files (recursively, hidden ones skipped);
    a file named explicitly is read whatever its suffix. A path that does not exist or cannot
    be listed is a Problem, not an exception.
    """
    files: dict[str, Path] = {}
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        try:
            info = path.stat()
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or "no such file or folder"
            problems.append(_problem(str(path), "unreadable", str(reason)))
            continue
        if stat.S_ISDIR(info.st_mode):
            found, walk_problems = _walk(path)
            problems.extend(walk_problems)
            for p in found:
                files.setdefault(os.path.realpath(p), p)
        elif stat.S_ISREG(info.st_mode):
            files.setdefault(os.path.realpath(path), path)
        else:
            problems.append(_problem(str(path), "unreadable", "not a regular file or folder"))
    ordered = sorted(files.values(), key=lambda p: (p.stem, str(p)))
    return ordered, problems


def _walk(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Article files under ``folder``: hidden entries, report folders (they hold crosscheck's
    marker) and symbolic links to folders are not entered."""
    problems: list[Problem] = []
    if is_report_folder(folder):
        message = "a crosscheck report folder, not read as input"
        return [], [_problem(str(folder), "report-folder", message, Severity.WARNING)]

    def failed(exc: OSError) -> None:
        where = exc.filename or str(folder)
        problems.append(_problem(str(where), "unreadable", f"cannot list folder: {exc.strerror}"))

    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=failed):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not is_report_folder(base / d))
        for name in sorted(names):
            p = base / name
            if not name.startswith(".") and p.suffix.lower() in INPUT_SUFFIXES and p.is_file():
                found.append(p)
    return found, problems


def _problem(where: str, code: str, message: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(article=where, code=code, severity=severity, message=message)


def _dedupe(results: list[ParseResult]) -> tuple[list[ParseResult], list[Problem]]:
    """Drop the second copy of an article (same text) and disambiguate clashing ids."""
    kept: list[ParseResult] = []
    problems: list[Problem] = []
    seen_text: dict[str, str] = {}
    seen_ids: set[str] = set()
    for res in results:
        art = res.article
        if art is None:
            kept.append(res)
            continue
        digest = hashlib.sha256(" ".join(art.text.split()).encode("utf-8")).hexdigest()
        if digest in seen_text:
            problems.append(
                _problem(
                    art.id,
                    "duplicate",
                    f"{art.path} has the same text as article {seen_text[digest]}; counted once",
                    Severity.WARNING,
                )
            )
            continue
        if art.id in seen_ids:
            new_id = f"{art.id}~{digest[:8]}"
            problems.append(
                _problem(
                    new_id,
                    "duplicate-id",
                    f"another input is also named {art.id}; {art.path} is reported as {new_id}",
                    Severity.WARNING,
                )
            )
            res = _rename(res, new_id)
            art = res.article
            assert art is not None
        seen_text[digest] = art.id
        seen_ids.add(art.id)
        kept.append(res)
    return kept, problems


def _rename(res: ParseResult, new_id: str) -> ParseResult:
    assert res.article is not None
    return ParseResult(
        article=replace(res.article, id=new_id),
        mentions=tuple(replace(m, article=new_id) for m in res.mentions),
        headings=tuple(replace(h, article=new_id) for h in res.headings),
        problems=tuple(replace(p, article=new_id) for p in res.problems),
    )


def stated_totals(headings: Sequence[Heading]) -> dict[str, int]:
    """Each article's stated list length, from its headings: a total heading, or the sum of its
    group headings when two or more groups state a count."""
    totals: dict[str, int] = {}
    by_article: dict[str, list[Heading]] = {}
    for h in headings:
        if h.stated is not None and h.category is None:
            by_article.setdefault(h.article, []).append(h)
    for article, hs in by_article.items():
        overall = [h.stated for h in hs if not h.group and h.stated is not None]
        per_group = {h.group: h.stated for h in hs if h.group and h.stated is not None}
        if overall:
            totals[article] = max(overall)
        elif len(per_group) >= 2:
            totals[article] = sum(per_group.values())
    return totals


def _last_positions(list_mentions: Sequence[Mention]) -> dict[str, int]:
    """Each article's last list position: its prose mentions are numbered after it."""
    last: dict[str, int] = {}
    for m in list_mentions:
        last[m.article] = max(last.get(m.article, 0), m.position)
    return last


def _capped(res: ParseResult) -> ParseResult:
    """An article's list cut to ``MAX_LIST_ITEMS`` items before it reaches matching (reported)."""
    if res.article is None or len(res.mentions) <= MAX_LIST_ITEMS:
        return res
    message = f"{len(res.mentions):,} list items; only the first {MAX_LIST_ITEMS:,} are matched"
    problem = _problem(res.article.id, "list-too-long", message, Severity.WARNING)
    return replace(res, mentions=res.mentions[:MAX_LIST_ITEMS], problems=(*res.problems, problem))


def _prose_mentions(
    articles: Sequence[Article],
    list_mentions: Sequence[Mention],
    prose_of: dict[str, tuple[prose.ProseCandidate, ...]],
    problems: list[Problem],
    labels: frozenset[str] = frozenset(),
) -> tuple[list[Mention], list[bool]]:
    """Prose candidates of every article (list items excluded), numbered after its list items; a
    Chinese name made only of the lists' group ``labels`` is a heading's words and is left out."""
    last = _last_positions(list_mentions)
    out: list[Mention] = []
    org_like: list[bool] = []
    for art in articles:
        cands = prose_of.get(art.path, ())
        if len(cands) > MAX_PROSE_MENTIONS:
            message = f"{len(cands):,} names in prose; only the first {MAX_PROSE_MENTIONS:,} are matched"
            problems.append(_problem(art.id, "prose-too-long", message, Severity.WARNING))
            cands = cands[:MAX_PROSE_MENTIONS]
        pos = last.get(art.id, 0)
        for cand in sorted(cands, key=lambda c: (c.mention.start, c.mention.end)):
            m = cand.mention
            if labels and not (m.acronym or m.name_en) and names_only_groups(m.name_zh, labels):
                continue
            pos += 1
            out.append(replace(cand.mention, article=art.id, kind=Kind.PROSE, position=pos))
            org_like.append(cand.org_like)
    return out, org_like


def _renumber_prose(
    kept: Sequence[Mention], list_last: dict[str, int]
) -> tuple[list[Mention], dict[str, str]]:
    """Close the gaps left by dropped prose candidates; returns the mentions and old->new keys."""
    renamed: dict[str, str] = {}
    out: list[Mention] = []
    counters = dict(list_last)
    for m in sorted(kept, key=lambda m: (m.article, m.position)):
        counters[m.article] = counters.get(m.article, 0) + 1
        new = replace(m, position=counters[m.article])
        renamed[m.key] = new.key
        out.append(new)
    return out, renamed


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
