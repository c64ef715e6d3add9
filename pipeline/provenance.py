"""The provenance of fetched pages, put back onto the articles read from them.

``crosscheck fetch`` (``pipeline.fetching``) writes beside its page files the sidecar ``fetched.json``:
per file its URL, final URL, redirects, retrieval time, SHA-256, what a manifest and the page's own
metadata say, and the problems of the URLs that gave no page. ``Provenances.load`` finds the sidecars
of the files a run reads and ``apply`` puts their provenance on each article: the article's path
becomes its URL (the same wherever the file was saved, so a run on the web, on the archive and on the
saved files report alike), its outlet and date are the manifest's when it gives them, else the
reader's, else the page metadata's (its site name, else its host).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.models import Article, ParseResult, Problem, Provenance, Severity
from sources.manifest import is_url
from sources.outlets import GENERIC

SIDECAR = "fetched.json"
SIDECAR_VERSION = "1"
ARCHIVE_NAME = "archive.warc.gz"  # the WARC archive beside fetched pages and in a report folder


@dataclass(frozen=True, slots=True)
class Provenances:
    """The sidecar records of the files a run reads, by the file's resolved path."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @classmethod
    def load(cls, files: Iterable[Path], *, roots: Iterable[str | os.PathLike[str]] = ()) -> Provenances:
        """The sidecars beside ``files`` and in the folders among ``roots`` (a folder of pages that all
        failed holds no page but still its sidecar's problems)."""
        records: dict[str, dict[str, Any]] = {}
        problems: list[Problem] = []
        folders = {f.parent for f in files} | {Path(r) for r in roots if Path(r).is_dir()}
        for folder in sorted({Path(os.path.realpath(f)) for f in folders}):
            data = _read_sidecar(folder / SIDECAR)
            if data is None:
                continue
            pages = data.get("pages")
            for name, record in pages.items() if isinstance(pages, dict) else ():
                if isinstance(name, str) and isinstance(record, dict):
                    records[os.path.realpath(folder / name)] = record
            listed = data.get("problems")
            problems.extend(_problems_of(listed if isinstance(listed, list) else ()))
        return cls(records=records, problems=tuple(problems))

    def apply(self, result: ParseResult) -> ParseResult:
        """``result`` with its article's provenance and its file's path replaced by the URL."""
        path = result.article.path if result.article is not None else _problem_path(result)
        record = self.records.get(os.path.realpath(path)) if path else None
        url = _text(record, "url") if record is not None else ""
        if record is None or path is None or not is_url(url):  # a record without its URL is no provenance
            return result
        problems = tuple(
            replace(p, article=p.article.replace(path, url), message=p.message.replace(path, url))
            for p in result.problems
        )
        article = None if result.article is None else _with_provenance(result.article, record)
        return replace(result, article=article, problems=problems)


def _problem_path(result: ParseResult) -> str | None:
    return result.problems[0].article if result.problems else None


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == SIDECAR_VERSION else None


def _problems_of(items: Iterable[Any]) -> list[Problem]:
    out = []
    for item in items:
        try:
            out.append(
                Problem(
                    article=str(item["article"]),
                    code=str(item["code"]),
                    severity=Severity(item["severity"]),
                    message=str(item["message"]),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _text(record: dict[str, Any], *keys: str) -> str:
    value: Any = record
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, str) else ""


def _with_provenance(article: Article, record: dict[str, Any]) -> Article:
    url = _text(record, "url")
    final_url = _text(record, "final_url") or url
    redirects = record.get("redirects")
    provenance = Provenance(
        url=url,
        final_url=final_url,
        retrieved_at=_text(record, "retrieved_at"),
        sha256=_text(record, "sha256"),
        status=record["status"] if isinstance(record.get("status"), int) else 0,
        redirects=tuple(str(r) for r in redirects) if isinstance(redirects, list) else (),
        canonical_url=_text(record, "page", "canonical_url"),
        language=_text(record, "manifest", "language"),
    )
    known = article.outlet if article.outlet and article.outlet != GENERIC.name else ""
    host = (urlsplit(final_url).hostname or "").removeprefix("www.")
    return replace(
        article,
        path=url,
        url=url,
        outlet=_text(record, "manifest", "outlet") or known or _text(record, "page", "site_name") or host,
        date=_text(record, "manifest", "date") or article.date or _text(record, "page", "date") or None,
        title=article.title or _text(record, "page", "title"),
        provenance=provenance,
    )
