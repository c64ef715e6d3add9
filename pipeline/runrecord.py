"""run.json: what a report folder was made from, so that ``crosscheck review`` can make it again.

``run`` (and ``check --out``) write it into the report folder: the input paths and the user files
(reference, gazetteers, decisions) as absolute paths, the tunables and the formats written. The
reports themselves record only file names, so that they do not depend on where the files are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import UsageError
from pipeline.run import RunOptions

RUN_FILE = "run.json"
RUN_VERSION = "1"


@dataclass(frozen=True, slots=True, kw_only=True)
class RunRecord:
    inputs: tuple[str, ...]
    options: RunOptions
    formats: tuple[str, ...]
    excel: bool = False


def _absolute(path: str | os.PathLike[str]) -> str:
    return os.path.abspath(os.fspath(path))


def run_record_text(
    paths: Sequence[str | os.PathLike[str]], options: RunOptions, formats: Sequence[str], *, excel: bool
) -> str:
    """The text of run.json for a run over ``paths`` with ``options``."""
    data = {
        "version": RUN_VERSION,
        "inputs": sorted(_absolute(p) for p in paths),
        "decisions": _absolute(options.decisions) if options.decisions else None,
        "reference": _absolute(options.reference) if options.reference else None,
        "gazetteers": [_absolute(g) for g in options.gazetteers],
        "max_bytes": options.max_bytes,
        "score_cutoff": options.score_cutoff,
        "article_seconds": options.article_seconds,
        "formats": list(formats),
        "excel": excel,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _parse(data: Any, where: Path) -> RunRecord:
    problem = f"{where}: not a run record this crosscheck reads; write the folder again with `crosscheck run`"
    if not isinstance(data, dict) or data.get("version") != RUN_VERSION:
        raise UsageError(problem)
    inputs, gazetteers, formats = (_strings(data.get(k)) for k in ("inputs", "gazetteers", "formats"))
    optional = [data.get(k) for k in ("decisions", "reference")]
    numbers = [data.get(k) for k in ("max_bytes", "article_seconds")]
    cutoff = data.get("score_cutoff")
    if (
        not inputs
        or gazetteers is None
        or formats is None
        or not all(v is None or isinstance(v, str) for v in optional)
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in numbers)
        or not (cutoff is None or isinstance(cutoff, int | float))
    ):
        raise UsageError(problem)
    options = RunOptions(
        max_bytes=int(data["max_bytes"]),
        score_cutoff=None if cutoff is None else float(cutoff),
        decisions=optional[0],
        reference=optional[1],
        gazetteers=gazetteers,
        article_seconds=float(data["article_seconds"]),
    )
    return RunRecord(inputs=inputs, options=options, formats=formats, excel=bool(data.get("excel")))


def load_run_record(out_dir: str | os.PathLike[str]) -> RunRecord:
    """The run record of the report folder ``out_dir`` (``UsageError`` when it has none or it is unusable)."""
    where = Path(out_dir) / RUN_FILE
    try:
        text = where.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UsageError(
            f"{out_dir}: no readable {RUN_FILE} in it: write the report folder with `crosscheck run ... "
            f"--out {out_dir}` first"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    return _parse(data, where)
