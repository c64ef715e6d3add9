"""Deterministic output: every file a run writes is the same bytes whatever the process's hash seed
(``PYTHONHASHSEED``: the order of its sets and of dicts built from them), whether the cache folder is empty
or holds what an earlier run kept there (pinyin keys, OpenCC conversions, the gazetteer's index, compiled
patterns: ``pipeline.cachefolder``), and whether the articles are read in this process or by a pool of
workers and the later stages run here or in forked children (``pipeline.orchestrate``).

Each run is a fresh interpreter, as the command starts: one process cannot change its own hash seed, nor
forget what it imported and kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fresh_process import ROOT

# a small story in Traditional and Simplified Chinese, Japanese and English, text and HTML, whose people
# are linked across scripts by sound (pinyin keys and katakana readings: what the cache folder keeps)
STORY = ROOT / "examples" / "us-cabinet-2025"

# the command, with its work beside it forced whatever the story's size and the machine's cores: the
# claims, the list links' evidence, the list checks and the pages then come from forked children
BESIDE = """
import atexit, sys
from pipeline import orchestrate, rendering
orchestrate.worth_forking = rendering.worth_forking = lambda chars, workers: True
forked = []
start = orchestrate.Beside._start

def counted(self):
    forked.append(self)
    start(self)

orchestrate.Beside._start = counted
atexit.register(lambda: print(f"children forked: {len(forked)}", file=sys.stderr))
from pipeline.cli import entry
sys.argv = ["crosscheck", *sys.argv[1:]]
entry()
"""


def _run(
    out: Path, *, seed: int, cache: str, jobs: int, beside: bool = False
) -> tuple[dict[str, bytes], str]:
    """Every file the command writes for ``STORY`` into ``out``, by name, and what it says on stderr."""
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": str(seed),
        "CROSSCHECK_CACHE": cache,
    }
    command = [
        "run",
        str(STORY),
        "--out",
        str(out),
        "--jobs",
        str(jobs),
        "--no-progress",
        "--fail-on",
        "never",
    ]
    program = ["-c", BESIDE] if beside else ["-m", "pipeline.cli"]
    done = subprocess.run(
        [sys.executable, *program, *command], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return files, done.stderr


def test_every_file_is_the_same_whatever_the_seed_the_cache_and_the_processes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold, _ = _run(tmp_path / "cold", seed=1, cache=str(cache), jobs=1)
    kept = sorted(p.name.split("-")[0] for p in cache.iterdir() if p.is_file())
    assert {"gazetteer", "opencc", "patterns", "pinyin"} <= set(kept)  # the second run reads them
    warm, said = _run(tmp_path / "warm", seed=2, cache=str(cache), jobs=2, beside=True)
    # the claims, the links' evidence, the list checks and the pages: each in a child of its own
    assert "children forked: 4" in said
    assert sorted(warm) == sorted(cold)
    assert {"report.json", "report.md", "report.html", "links.csv", "mentions.csv"} <= set(cold)
    assert [name for name in sorted(cold) if cold[name] != warm[name]] == []
    # the story exercises what differs between the runs: names heard alike by sound, in several scripts
    links = json.loads(cold["report.json"])["links"]
    assert sum("by sound" in lk["reason"] for lk in links) >= 5


# every pattern the project's modules compile at import (text, flags), those of the libraries they call aside
PATTERNS = """
import importlib, json, pkgutil, re, sys
from pathlib import Path
from re import _compiler

root = Path.cwd().resolve()
ours = tuple(str(root / package) for package in ("pipeline", "sources", "reports"))
engine = str(Path(re.__file__).parent)  # the caller is the first frame outside the re package
seen = set()
compile_ = _compiler.compile

def recording(p, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(engine):
        frame = frame.f_back
    if frame is not None and frame.f_code.co_filename.startswith(ours) and isinstance(p, str):
        seen.add((p, int(flags)))
    return compile_(p, flags)

_compiler.compile = recording
for name in ("pipeline", "sources", "reports"):
    package = importlib.import_module(name)
    for found in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(found.name)
print(json.dumps(sorted(seen)))
"""


def _patterns(seed: int) -> list[list[object]]:
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": str(seed),
    }
    env["CROSSCHECK_CACHE"] = "off"
    done = subprocess.run(
        [sys.executable, "-c", PATTERNS], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    found: list[list[object]] = json.loads(done.stdout)
    return found


def test_the_patterns_are_spelled_alike_whatever_the_hash_seed() -> None:
    """An alternation joined from a set (``"|".join({...})``) would be spelled in another order under
    another seed, and a regular expression takes the first alternative that matches."""
    one, other = _patterns(1), _patterns(2)
    assert len(one) > 500  # the readers', cue words' and matchers' patterns were seen
    assert [p for p in one if p not in other] == []
