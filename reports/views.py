"""Outlet-first views shared by report.md and report.html: the findings, each with its quotes, and the
headline (the scorecard of outlets is ``reports.scorecard``).

A *finding* is a discrepancy at warning or error level: something a fact-checker has to look at.
Naming variants (info) are the glossary, not findings. Every finding is shown under each outlet it
names among its sources (a finding that names none sits under "all outlets"), with its quotes and
the text around each quote (``reports.quote_context``). Outlets are called by their name
(``reports.outlet_names``); the article id stays a secondary key.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Article, Discrepancy, Evidence, Reconciliation, Severity
from reports import ordering, presence
from reports.memo import per_reconciliation
from reports.outlet_names import outlet_labels, outlet_namer
from reports.quote_context import Context, context_of
from reports.script import LangTag, lang_tag

#: the kinds that make up the naming glossary (shown as tables, counted apart from the findings)
GLOSSARY_KINDS = ("naming_variant",)


def is_finding(d: Discrepancy) -> bool:
    return d.severity.rank >= Severity.WARNING.rank


def findings(rec: Reconciliation) -> list[Discrepancy]:
    """Errors then warnings, in the order every report uses."""
    return [d for d in ordering.sorted_discrepancies(rec) if is_finding(d)]


def glossary_size(rec: Reconciliation) -> int:
    return sum(1 for d in rec.discrepancies if d.kind in GLOSSARY_KINDS)


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
