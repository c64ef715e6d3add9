"""What the cache folder keeps is named after all of the project's code that builds it: a table kept by a
run of other code (another version, another branch sharing the folder) is never read as this code's.

Each build runs in a fresh interpreter (nothing cached in memory yet, the cache folder off), traced
function by function (``sys.settrace``): every module of the project whose code runs must be among the
files the kept table's name is a digest of. The cache folder's own code and the OpenCC table (whose answers
are OpenCC's, kept under a name of OpenCC's version and data: ``pipeline.lang.conversions_kept``) are the
keeping, not the building."""

from __future__ import annotations

import json

import pytest
from fresh_process import run_fresh

PROGRAM = """
import importlib, json, sys
from pathlib import Path

root = Path.cwd().resolve()
ran = set()

def seen(frame, event, arg):
    ran.add(frame.f_code.co_filename)  # each function called (no line is traced)

def named(where):
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)

build, hashed = named(sys.argv[1]), named(sys.argv[2])
sys.settrace(seen)
build(*sys.argv[3:])
sys.settrace(None)
ours = [Path(f).resolve() for f in ran if Path(f).resolve().is_relative_to(root / "pipeline")]
files = sorted(p.resolve().relative_to(root).as_posix() for p in hashed())
print(json.dumps({"ran": sorted(p.relative_to(root).as_posix() for p in ours), "hashed": files}))
"""

KEEPING = {"pipeline/cachefolder.py", "pipeline/lang/conversions_kept.py"}
GAZETTEER = "pipeline.knowledge.gazetteer_kept"


@pytest.mark.parametrize(
    "build, hashed, args",
    [
        # the built-in gazetteer's index, and the subdivisions' (named after the gazetteer's fingerprint)
        ("pipeline.knowledge.gazetteer_names:build_builtin", f"{GAZETTEER}:_code_files", ()),
        (f"{GAZETTEER}:_subdivision_index", f"{GAZETTEER}:_code_files", ()),
        # the pinyin key of a name in both scripts and in Latin letters
        (
            "pipeline.knowledge.phonetic:pinyin_key",
            "pipeline.knowledge.pinyin_kept:_code_files",
            ("盧比歐 卢比奥 Jane Roe",),
        ),
    ],
)
def test_every_module_a_kept_table_is_built_by_names_it(
    build: str, hashed: str, args: tuple[str, ...]
) -> None:
    found = json.loads(run_fresh(PROGRAM, build, hashed, *args, cache="off"))
    ran = set(found["ran"]) - KEEPING
    assert ran  # the build was traced
    assert sorted(ran - set(found["hashed"])) == []
