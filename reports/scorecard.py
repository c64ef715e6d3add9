"""The scorecard of report.md and report.html: one row per outlet, with what was read from its article
and the findings (``reports.views``) and input problems under it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pipeline.models import Article, Problem, Reconciliation, Severity
from reports import lookups, ordering
from reports.outlet_names import outlet_labels
from reports.script import LangTag, lang_tag
from reports.views import FindingView, finding_views

ALL_OUTLETS = ""


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
