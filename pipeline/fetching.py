"""From URLs to article files with their provenance: ``crosscheck fetch`` and ``run`` on URLs.

``fetch_into`` fetches (or, offline, replays from an archive) every URL given and every row of a
manifest, writes each page into a folder as a file named after its URL (``.../01_outlet.html`` becomes
``01_outlet.html``, so the article's id is the same online, offline and on the saved file), writes the
sidecar ``fetched.json`` (per file: URL, final URL, redirects, retrieval time, SHA-256, what the manifest
and the page's own metadata say; and the problems of the URLs that gave no page) and returns the
archive of every response.

``pipeline.provenance`` reads the sidecar back when the files are read. ``run_inputs`` does this in a
temporary folder for a run on URLs (or, with ``--offline``, on an archive); ``fetch_command`` into the
folder ``crosscheck fetch --into`` names, with the archive beside the pages.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pipeline.errors import UsageError
from pipeline.models import Problem
from pipeline.provenance import ARCHIVE_NAME, SIDECAR, SIDECAR_VERSION
from sources.archive import ArchiveError, Replay, archive_bytes, sha256_hex
from sources.fetch import Fetcher
from sources.fetch_records import Fetch, FetchSettings
from sources.manifest import Entry, is_url, read_manifest
from sources.metadata import PageMetadata, page_metadata, page_text, text_metadata

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_STEM = 80
_UNSAFE = re.compile(r"[^\w.\-~]+")


# --------------------------------------------------------------------------- which URLs


def entries_of(urls: Sequence[str], manifest: str | None) -> tuple[list[Entry], list[Problem]]:
    """The pages to fetch: the URLs given and the manifest's rows (its row wins for a URL in both),
    sorted by URL so that names and order never depend on how they were listed."""
    entries = {u: Entry(url=u) for u in urls}
    problems: list[Problem] = []
    if manifest:
        listed, problems = read_manifest(manifest)
        entries.update((e.url, e) for e in listed)
    return [entries[u] for u in sorted(entries)], problems


def split_inputs(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(files and folders, URLs) among a command's PATH arguments."""
    urls = [p for p in paths if is_url(p)]
    return [p for p in paths if p not in urls], urls


# --------------------------------------------------------------------------- page files


def page_stem(url: str) -> str:
    """A file stem for ``url``: its last path segment without suffix (else its host), made safe."""
    parts = urlsplit(url)
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    stem = segment.rsplit(".", 1)[0] if "." in segment[1:] else segment
    stem = _UNSAFE.sub("_", stem).strip("._") or _UNSAFE.sub("_", parts.hostname or "page")
    return stem[:MAX_STEM]


def _suffix(fetch: Fetch) -> str:
    page = fetch.page
    media = page.header("content-type").split(";")[0].strip().lower() if page else ""
    return ".html" if media in HTML_TYPES else ".txt"


def _names(fetches: Sequence[Fetch]) -> dict[str, str]:
    """URL -> file name, unique (a clash gets the URL's digest after its stem)."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for f in fetches:
        if f.page is None:
            continue
        stem = page_stem(f.url)
        name = f"{stem}{_suffix(f)}"
        if name.lower() in taken:
            name = f"{stem}~{sha256_hex(f.url.encode())[:8]}{_suffix(f)}"
        taken.add(name.lower())
        names[f.url] = name
    return names


def _problem_data(p: Problem) -> dict[str, str]:
    return {"article": p.article, "code": p.code, "severity": p.severity.value, "message": p.message}


def _metadata(fetch: Fetch, name: str) -> PageMetadata:
    if fetch.page is None:
        return PageMetadata()
    text = page_text(fetch.page.body)
    return page_metadata(text) if name.endswith(".html") else text_metadata(text)


def _page_record(fetch: Fetch, entry: Entry, name: str) -> dict[str, Any]:
    page = fetch.page
    assert page is not None
    meta = _metadata(fetch, name)
    return {
        "url": fetch.url,
        "final_url": page.url,
        "status": page.status,
        "redirects": list(fetch.redirects),
        "retrieved_at": page.requested_at,
        "sha256": sha256_hex(page.body),
        "manifest": {"outlet": entry.outlet, "date": entry.date, "language": entry.language},
        "page": {
            "site_name": meta.site_name,
            "title": meta.title,
            "date": meta.date,
            "canonical_url": meta.canonical_url,
        },
    }


def _fetch_problems(fetch: Fetch, name: str) -> list[Problem]:
    """The problems of one fetch: its failure, and its warnings filed under the article they concern."""
    stem = name.rsplit(".", 1)[0]
    found = [replace(w, article=stem) if name else w for w in fetch.warnings]
    return [fetch.problem, *found] if fetch.problem else found


@dataclass(frozen=True, slots=True)
class Fetched:
    """What ``fetch_into`` did: the page files written, every problem, the archive's bytes."""

    files: tuple[Path, ...]
    problems: tuple[Problem, ...]
    archive: bytes


def fetch_all(entries: Sequence[Entry], *, settings: FetchSettings, replay: Replay | None) -> list[Fetch]:
    if replay is not None:
        return [replay.fetch(e.url) for e in entries]
    with Fetcher(settings=settings) as fetcher:
        return [fetcher.fetch(e.url) for e in entries]


def fetch_into(
    entries: Sequence[Entry],
    into: Path,
    *,
    settings: FetchSettings | None = None,
    replay: Replay | None = None,
    problems: Sequence[Problem] = (),
) -> Fetched:
    """Fetch ``entries`` (or replay them) into the folder ``into`` (created), with the sidecar; ``problems``
    (a manifest's) are recorded in the sidecar with the fetches' own."""
    fetches = fetch_all(entries, settings=settings or FetchSettings(), replay=replay)
    names = _names(fetches)
    into.mkdir(parents=True, exist_ok=True)
    pages: dict[str, Any] = {}
    found: list[Problem] = list(problems)
    files: list[Path] = []
    for entry, fetch in zip(entries, fetches, strict=True):
        name = names.get(fetch.url, "")
        found.extend(_fetch_problems(fetch, name))
        if not name or fetch.page is None:
            continue
        (into / name).write_bytes(fetch.page.body)
        files.append(into / name)
        pages[name] = _page_record(fetch, entry, name)
    sidecar = {
        "version": SIDECAR_VERSION,
        "pages": pages,
        "problems": [_problem_data(p) for p in found],
    }
    text = json.dumps(sidecar, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    (into / SIDECAR).write_text(text, encoding="utf-8")
    return Fetched(files=tuple(files), problems=tuple(found), archive=archive_bytes(fetches))


def load_replay(archive: str | os.PathLike[str]) -> Replay:
    try:
        return Replay.load(archive)
    except ArchiveError as exc:
        raise UsageError(str(exc)) from None


def archived_entries(replay: Replay) -> list[Entry]:
    """Every URL an archive holds an outcome for, as entries (for a replay given no URL)."""
    return [Entry(url=u) for u in sorted(replay.outcomes)]


# --------------------------------------------------------------------------- the commands


@contextlib.contextmanager
def run_inputs(
    paths: Sequence[str],
    *,
    manifest: str | None,
    offline: bool,
    archive: str | None,
    settings: FetchSettings,
) -> Iterator[tuple[list[str], bytes]]:
    """The paths a run reads (its URLs fetched, or replayed offline, into a temporary folder) and the
    archive's bytes (empty when nothing is fetched)."""
    local, urls = split_inputs(paths)
    if offline and not archive:
        raise UsageError("--offline needs --archive FILE: the archive to replay")
    if not (urls or manifest or offline):
        yield list(paths), b""
        return
    replay = load_replay(archive) if offline and archive else None
    entries, problems = entries_of(urls, manifest)
    if replay is not None and not entries:
        entries = archived_entries(replay)
    with tempfile.TemporaryDirectory(prefix="crosscheck-pages-") as folder:
        fetched = fetch_into(entries, Path(folder), settings=settings, replay=replay, problems=problems)
        data = Path(archive).read_bytes() if replay is not None and archive else fetched.archive
        yield [*local, folder], data


def _check_into(into: Path) -> None:
    """``--into`` must be new, empty or a folder ``crosscheck fetch`` wrote (it holds the sidecar)."""
    if into.exists() and not into.is_dir():
        raise UsageError(f"--into {into} exists and is not a folder")
    if into.is_dir() and any(into.iterdir()) and not (into / SIDECAR).is_file():
        raise UsageError(
            f"--into {into} holds files crosscheck fetch did not write: choose a new or empty folder"
        )


def _clear_previous(into: Path) -> None:
    """Remove the pages, sidecar and archive an earlier fetch wrote into ``into``."""
    data = _read_json(into / SIDECAR)
    names = list(data.get("pages") or {}) if isinstance(data, dict) else []
    for name in [*names, SIDECAR, ARCHIVE_NAME]:
        target = into / Path(name).name
        if target.is_file():
            target.unlink()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def fetch_command(
    urls: Sequence[str], *, manifest: str | None, into: Path, settings: FetchSettings
) -> tuple[Fetched, int]:
    """``crosscheck fetch``: the pages, sidecar and archive written into ``into``; and how many URLs."""
    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise UsageError([f"not an http(s) URL: {u}" for u in bad])
    _check_into(into)
    entries, problems = entries_of(urls, manifest)
    if not entries:
        raise UsageError("no URL to fetch: give URLs or a --manifest with a url column")
    if into.is_dir():
        _clear_previous(into)
    fetched = fetch_into(entries, into, settings=settings, problems=problems)
    (into / ARCHIVE_NAME).write_bytes(fetched.archive)
    return fetched, len(entries)
