"""Writing report folders atomically: a run either replaces the whole folder or leaves it untouched."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.errors import UsageError

#: report files whose names do not start with ``report.``
REPORT_FILES = frozenset({"claimreview.json"})


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _safe_name(name: str) -> str:
    """A report file name must stay inside the output folder: a plain name, no separators."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        raise UsageError(f"refusing to write report file with unsafe name {name!r}")
    return name


def check_replaceable(
    out_dir: str | os.PathLike[str], *, inputs: Sequence[str | os.PathLike[str]] = ()
) -> None:
    """Refuse an output folder whose replacement would lose something that is not a report.

    The folder is replaced as a whole, so it must be new, empty, or an earlier report folder (only
    ``report.*``, ``claimreview.json`` and ``*.csv`` files, no sub-folders), and it must hold none of the
    inputs.
    """
    target = Path(out_dir)
    problems: list[str] = []
    resolved = target.resolve()
    for raw in inputs:
        src = Path(raw).resolve()
        if src == resolved or resolved in src.parents:
            problems.append(
                f"--out {target} holds the input {raw}: choose a folder of its own for the reports"
            )
    if target.is_dir():
        others = [
            e.name
            for e in target.iterdir()
            if not (
                e.is_file()
                and (e.name.startswith("report.") or e.name in REPORT_FILES or e.name.endswith(".csv"))
            )
        ]
        if others:
            problems.append(
                f"--out {target} exists and is not a crosscheck report folder "
                f"(it holds {sorted(others)[0]}); it would be replaced as a whole: "
                "choose a new or empty folder"
            )
    elif target.exists():
        problems.append(f"--out {target} exists and is not a folder")
    if problems:
        raise UsageError(problems)


def write_folder(out_dir: str | os.PathLike[str], files: Mapping[str, str]) -> list[Path]:
    """Write ``files`` ({name: text}) as the complete new content of ``out_dir``.

    Everything is first written into a temporary sibling folder and fsynced; only then does the
    new folder take the place of the old one (rename, then the old one is removed). An
    interrupted run leaves either the old folder or the new one, never a half-written report.
    """
    target = Path(out_dir)
    names = sorted(_safe_name(n) for n in files)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not target.is_dir():
        raise UsageError(f"--out {target} exists and is not a folder")
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        staging.chmod(0o777 & ~_umask())
        for name in names:
            path = staging / name
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(files[name])
                fh.flush()
                os.fsync(fh.fileno())
        old: Path | None = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            old.rmdir()
            os.replace(target, old)
        try:
            os.replace(staging, target)
        except BaseException:
            if old is not None:
                os.replace(old, target)  # put the previous report back
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / n for n in names]


def write_file(path: str | os.PathLike[str], text: str) -> Path:
    """Write one file atomically (temporary file in the same folder, then rename)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
