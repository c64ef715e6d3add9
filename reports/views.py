"""Outlet-first views shared by report.md and report.html: the scorecard and the findings per outlet.

A *finding* is a discrepancy at warning or error level: something a fact-checker has to look at.
Naming variants (info) are the glossary, not findings. Every finding is shown under each outlet it
names among its sources (a finding that names none sits under "all outlets"), with its quotes and
the text around each quote. Outlets are called by their name; the article id stays a secondary key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from pipeline.models import Article, Discrepancy, Evidence, Problem, Reconciliation, Severity
from reports import lookups, ordering, presence
from reports.memo import per_reconciliation
from reports.script import LangTag, lang_tag

#: the kinds that make up the naming glossary (shown as tables, counted apart from the findings)
GLOSSARY_KINDS = ("naming_variant",)
#: characters of context shown on each side of a quote (cut at the line's ends)
CONTEXT_CHARS = 160
ALL_OUTLETS = ""


def is_finding(d: Discrepancy) -> bool:
    return d.severity.rank >= Severity.WARNING.rank


def findings(rec: Reconciliation) -> list[Discrepancy]:
    """Errors then warnings, in the order every report uses."""
    return [d for d in ordering.sorted_discrepancies(rec) if is_finding(d)]


def glossary_size(rec: Reconciliation) -> int:
    return sum(1 for d in rec.discrepancies if d.kind in GLOSSARY_KINDS)


def outlet_labels(rec: Reconciliation) -> dict[str, str]:
    """Article id (or unreadable input's path) -> the name a reader knows it by."""
    labels = lookups.article_labels(rec)
    for p in rec.problems:
        labels.setdefault(p.article, PurePath(p.article).name or p.article)
    return labels


_ID_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_ID_AFTER = _ID_BEFORE - {"."}


def outlet_namer(labels: dict[str, str]) -> Callable[[str], str]:
    """``name_outlets`` with ``labels`` prepared once, for naming the outlets of many texts.

    At each place an id may start, the ids of each length are looked up in a dict, longest first, so
    a text costs its length times the number of distinct id lengths, whatever the number of outlets."""
    table = {i: label for i, label in labels.items() if i and label != i}
    if not table:
        return lambda text: text
    lengths = sorted({len(i) for i in table}, reverse=True)
    # a place an id may start: its first character, not after a character an id is made of
    firsts = re.escape("".join(sorted({i[0] for i in table})))
    start = re.compile(f"(?<![{re.escape(''.join(sorted(_ID_BEFORE)))}])[{firsts}]")

    def found(text: str, at: int) -> str | None:
        for n in lengths:
            end = at + n
            whole = end == len(text) or (end < len(text) and text[end] not in _ID_AFTER)
            if whole and text[at:end] in table:
                return text[at:end]
        return None

    def name(text: str) -> str:
        out: list[str] = []
        at = done = 0
        while (place := start.search(text, at)) is not None:
            at = place.start()
            hit = found(text, at)
            if hit is None:
                at += 1
                continue
            out += [text[done:at], table[hit]]
            at = done = at + len(hit)
        return "".join(out) + text[done:]

    return name


def name_outlets(text: str, labels: dict[str, str]) -> str:
    """``text`` with every article id replaced by its outlet name (longest ids first; an id only where it
    stands as a word of its own, so a short id never eats into other words)."""
    return outlet_namer(labels)(text)


@dataclass(frozen=True, slots=True)
class Context:
    """A quote with the text around it, cut at line ends and at ``CONTEXT_CHARS`` on each side."""

    before: str
    quote: str
    after: str
    clipped_before: bool
    clipped_after: bool

    def clip(self, width: int) -> Context:
        """The same quote with at most ``width`` characters of context on each side."""
        before = self.before[-width:] if width > 0 else ""
        after = self.after[:width] if width > 0 else ""
        return Context(
            before=before,
            quote=self.quote,
            after=after,
            clipped_before=self.clipped_before or len(before) < len(self.before),
            clipped_after=self.clipped_after or len(after) < len(self.after),
        )


def context_of(text: str, start: int, end: int, *, width: int = CONTEXT_CHARS) -> Context:
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - width)
    hi = min(line_end, end + width)
    return Context(
        before=text[lo:start],
        quote=text[start:end],
        after=text[end:hi],
        clipped_before=lo > line_start,
        clipped_after=hi < line_end,
    )


@dataclass(frozen=True, slots=True)
class EvidenceView:
    anchor: str
    article: str
    outlet: str
    start: int
    end: int
    quote: str
    context: Context | None  # None when the article's text is not in this run
    lang: LangTag


@dataclass(frozen=True, slots=True)
class FindingView:
    number: int  # 1-based, errors first
    anchor: str
    discrepancy: Discrepancy
    message: str  # with outlet names in place of article ids
    outlets: tuple[str, ...]  # names of the outlets at fault
    evidence: tuple[EvidenceView, ...]

    @property
    def severity(self) -> Severity:
        return self.discrepancy.severity

    @property
    def kind(self) -> str:
        return self.discrepancy.kind

    def evidence_for(self, article: str) -> tuple[EvidenceView, ...]:
        """The quotes from ``article`` first, then the others."""
        own = tuple(e for e in self.evidence if e.article == article)
        return own + tuple(e for e in self.evidence if e.article != article)


def _evidence_view(
    e: Evidence, anchor: str, articles: dict[str, Article], labels: dict[str, str]
) -> EvidenceView:
    article = articles.get(e.article)
    ctx = context_of(article.text, e.start, e.end) if article is not None else None
    if ctx is not None and ctx.quote != e.quote and " ".join(ctx.quote.split()) != " ".join(e.quote.split()):
        ctx = None  # offsets that do not point at the quote: show the quote alone
    return EvidenceView(
        anchor=anchor,
        article=e.article,
        outlet=labels.get(e.article, e.article),
        start=e.start,
        end=e.end,
        quote=e.quote,
        context=ctx,
        lang=lang_tag(e.quote),
    )


@per_reconciliation
def finding_views(rec: Reconciliation) -> list[FindingView]:
    labels = outlet_labels(rec)
    named = outlet_namer(labels)
    articles = {a.id: a for a in rec.articles}
    out = []
    for i, d in enumerate(findings(rec), start=1):
        evidence = tuple(
            _evidence_view(e, f"ev-{i}-{j}", articles, labels)
            for j, e in enumerate(ordering.sorted_evidence(d.evidence), start=1)
        )
        out.append(
            FindingView(
                number=i,
                anchor=f"f-{i}",
                discrepancy=d,
                message=named(d.message),
                outlets=tuple(labels.get(s, s) for s in d.sources),
                evidence=evidence,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class OutletRow:
    """One scorecard row: an outlet's article, what was read from it and what is wrong with it."""

    article: str  # article id ("" for the findings that name no outlet)
    outlet: str
    date: str
    title: str
    layout: str
    list_items: int
    prose_mentions: int
    errors: int
    warnings: int
    findings: tuple[FindingView, ...]
    problems: tuple[Problem, ...]
    lang: LangTag
    selection: bool = False  # the article names examples of the list, not the list (Article.selection)

    @property
    def read(self) -> bool:
        return self.layout != "not read"


def _row(
    article: Article | None,
    label: str,
    found: list[FindingView],
    problems: list[Problem],
    items: tuple[int, int],
    *,
    key: str = ALL_OUTLETS,
) -> OutletRow:
    return OutletRow(
        article=article.id if article else key,
        outlet=label,
        date=(article.date or "") if article else "",
        title=article.title if article else "",
        layout=(article.layout or "no list") if article else ("not read" if problems else ""),
        list_items=items[0],
        prose_mentions=items[1],
        errors=sum(1 for f in found if f.severity == Severity.ERROR),
        warnings=sum(1 for f in found if f.severity == Severity.WARNING),
        findings=tuple(found),
        problems=tuple(problems),
        lang=lang_tag(f"{label} {article.title}" if article else label),
        selection=bool(article and article.selection),
    )


def scorecard(rec: Reconciliation, views: list[FindingView] | None = None) -> list[OutletRow]:
    """One row per outlet, most errors first (then most warnings, then article id); a last row holds
    the findings that name no outlet, when there are any."""
    labels = outlet_labels(rec)
    views = finding_views(rec) if views is None else views
    per_article: dict[str, list[FindingView]] = defaultdict(list)
    for f in views:
        for source in f.discrepancy.sources or (ALL_OUTLETS,):
            per_article[source].append(f)
    problems: dict[str, list[Problem]] = defaultdict(list)
    for p in ordering.sorted_problems(rec):
        problems[p.article].append(p)
    items = lookups.mention_counts(rec)
    rows = [
        _row(a, labels[a.id], per_article[a.id], problems[a.id], items.get(a.id, (0, 0)))
        for a in ordering.sorted_articles(rec)
    ]
    rows.sort(key=lambda r: (-r.errors, -r.warnings, r.article))
    read = {a.id for a in rec.articles}
    for unread in sorted(set(problems) - read):
        rows.append(_row(None, labels[unread], [], problems[unread], (0, 0), key=unread))
    if per_article[ALL_OUTLETS]:
        rows.append(_row(None, "all outlets", per_article[ALL_OUTLETS], [], (0, 0)))
    return rows


def unread_inputs(rec: Reconciliation) -> list[Problem]:
    """Problems with inputs that never became an article (empty, binary, missing ...)."""
    read = {a.id for a in rec.articles}
    return [p for p in ordering.sorted_problems(rec) if p.article not in read]


@dataclass(frozen=True, slots=True)
class Headline:
    errors: int
    warnings: int
    glossary: int
    articles: int
    entities: int
    problems: int

    def text(self) -> str:
        return (
            f"{self.errors} {'error' if self.errors == 1 else 'errors'}, "
            f"{self.warnings} {'warning' if self.warnings == 1 else 'warnings'} "
            f"in {self.articles} {'article' if self.articles == 1 else 'articles'}; "
            f"{self.entities} entities; glossary: {self.glossary} naming "
            f"{'variant' if self.glossary == 1 else 'variants'}"
            + (
                f"; {self.problems} input {'problem' if self.problems == 1 else 'problems'}"
                if self.problems
                else ""
            )
        )


def headline(rec: Reconciliation) -> Headline:
    return Headline(
        errors=sum(1 for d in rec.discrepancies if d.severity == Severity.ERROR),
        warnings=sum(1 for d in rec.discrepancies if d.severity == Severity.WARNING),
        glossary=glossary_size(rec),
        articles=len(rec.articles),
        entities=len(rec.entities),
        problems=len(rec.problems),
    )


def differs(cells: list[presence.MatrixCell]) -> bool:
    """Whether the outlets that print a list disagree about an entity: one lacks it, names it only in
    prose, or one prints it under a name other than the canonical one."""
    listed = [c for c in cells if c.presence != presence.Presence.NO_LIST]
    presences = {c.presence for c in listed}
    if presences & {presence.Presence.MISSING, presence.Presence.PROSE} and len(presences) > 1:
        return True
    return presence.Presence.OTHER_NAME in presences
