"""claimreview.json: schema.org ClaimReview items for the findings about what an outlet claims.

A finding about an outlet's own claim (a percentage that does not add up, a count, an item or a
value that is wrong) becomes one ClaimReview per outlet at fault: the claim as the outlet printed it
(its quote), the outlet as the claim's author, a rating from the finding's severity, the finding's
message as the review, and every quote as a citation with its article and character offsets. Findings
that are not about a claim (naming variants, possible mistranslations, story disagreements) are
left out, and so are the findings a reviewer marked as false alarms; a confirmed finding's reviewer
note is the review's ``comment``. The fields used are described by ``reports/schema/claimreview.schema.json``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.models import Article, Discrepancy, Evidence, Reconciliation, Severity
from reports import ordering, views
from reports.json_report import dumps
from reports.outlet_names import outlet_labels, outlet_namer

REPORT_FILE = "claimreview.json"
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "claimreview.schema.json"
CONTEXT = "https://schema.org"
REVIEWER = "crosscheck"

#: the finding kinds that judge a claim an outlet makes: arithmetic, counts, items, values
CLAIM_KINDS = frozenset(
    {
        "arithmetic",
        "count_mismatch",
        "count_conflict",
        "list_short",
        "list_long",
        "missing_entity",
        "unique_item",
        "section_conflict",
        "group_conflict",
        "wrong_item",
        "not_on_list",
        "duplicate_item",
        "value_conflict",
        "column_swap",
        "attribute_conflict",
        "internal_contradiction",
    }
)

#: severity -> (ratingValue on 1..5, its name)
RATINGS = {Severity.ERROR: (1, "Incorrect"), Severity.WARNING: (2, "Needs checking")}
BEST, WORST = 5, 1


def _article_ref(article: Article | None, article_id: str, outlet: str) -> dict[str, Any]:
    ref: dict[str, Any] = {"@type": "NewsArticle", "identifier": article_id, "publisher": _org(outlet)}
    if article is not None:
        ref["headline"] = article.title
        if article.date:
            ref["datePublished"] = article.date
        if article.url:
            ref["url"] = article.url
    return ref


def _org(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def _citation(e: Evidence, ref: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    return {
        "@type": "Quotation",
        "text": e.quote,
        "identifier": f"{e.article}@{e.start}-{e.end}",
        "isPartOf": ref(e.article),
    }


def _reviews(
    d: Discrepancy,
    articles: dict[str, Article],
    ref: Callable[[str], dict[str, Any]],
    named: Callable[[str], str],
) -> list[dict[str, Any]]:
    """One ClaimReview per outlet at fault (``d.sources``); its quotes sorted, grouped by article and
    cited once for all of them."""
    evidence = ordering.sorted_evidence(d.evidence)
    quotes: dict[str, list[str]] = defaultdict(list)
    for e in evidence:
        quotes[e.article].append(e.quote)
    citations = [_citation(e, ref) for e in evidence]
    body = named(d.message)
    return [_review(d, source, articles, ref, body, quotes.get(source), citations) for source in d.sources]


def _review(
    d: Discrepancy,
    source: str,
    articles: dict[str, Article],
    ref: Callable[[str], dict[str, Any]],
    body: str,
    own: list[str] | None,
    citations: list[dict[str, Any]],
) -> dict[str, Any]:
    appearance = ref(source)
    claim = " … ".join(own) if own else d.subject
    value, name = RATINGS[d.severity]
    article = articles.get(source)
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": appearance["publisher"],
        "appearance": appearance,
    }
    if article is not None and article.date:
        item["datePublished"] = article.date
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": f"{d.fingerprint}#{source}",
        "claimReviewed": claim,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
        },
        "reviewBody": body,
        "author": _org(REVIEWER),
        "keywords": [d.kind, d.severity.value],
        "citation": citations,
    } | _reviewer_note(d)


def _reviewer_note(d: Discrepancy) -> dict[str, Any]:
    """A finding a reviewer confirmed with a note carries the note as a schema.org ``Comment``."""
    return {"comment": [{"@type": "Comment", "text": d.note}]} if d.note else {}


def claim_reviews(rec: Reconciliation) -> list[dict[str, Any]]:
    labels = outlet_labels(rec)
    named = outlet_namer(labels)
    articles = {a.id: a for a in rec.articles}

    @cache
    def ref(article_id: str) -> dict[str, Any]:
        """An article's reference, made once and shared by every review and citation of it (one object
        written as often as it is cited: the same text, a fraction of the work)."""
        return _article_ref(articles.get(article_id), article_id, labels.get(article_id, article_id))

    return [
        review
        for d in views.findings(rec)
        if d.kind in CLAIM_KINDS
        for review in _reviews(d, articles, ref, named)
    ]


def render_claimreview(rec: Reconciliation) -> dict[str, str]:
    return {REPORT_FILE: dumps(claim_reviews(rec))}


@cache
def _schema_text() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
