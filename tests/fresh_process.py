"""Run a short program in a fresh interpreter, as the command would start (nothing imported yet), with the
project on its path and a given cache folder (``CROSSCHECK_CACHE``; None leaves it unset)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_fresh(program: str, *args: str, cache: str | None = None) -> str:
    """The program's standard output, stripped."""
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    if cache is not None:
        env["CROSSCHECK_CACHE"] = cache
    done = subprocess.run(
        [sys.executable, "-c", program, *args], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    return done.stdout.strip()
