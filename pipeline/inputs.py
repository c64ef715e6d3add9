"""The article files of a run: files and folders expanded into a sorted list (hidden entries and report
folders left out), and the second copy of an article (same text) dropped, clashing ids told apart.
A path that cannot be read is a ``Problem``, never an exception. Used by ``run.reconcile``."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from pipeline.models import ParseResult, Problem, Severity
from pipeline.output import is_report_folder

INPUT_SUFFIXES = (".txt", ".html", ".htm")


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
