"""Seconds of the `crosscheck run` command on the bundled example, end to end, and what its imports cost.

    .venv/bin/python benchmarks/startup.py [--repeat 5] [--top 12] [--as-is]

Runs the command (``python -m pipeline.cli run examples/us-withdrawal-2026-01 --out TMP``, as the
installed ``crosscheck`` runs it) ``--repeat`` times, each in a process of its own started in a scratch
folder (so ``PYTHONPATH=OTHER_CHECKOUT`` measures another version of the code), and prints the best and
median wall seconds and CPU seconds (user + system, of the command and any process it starts); then
runs it once more under ``python -X importtime`` and prints the import time of each top-level package
(the sum of its modules' own times, in milliseconds: ``-X importtime`` adds its own overhead, so read
them as shares). The load average is printed beside the figures: on a shared machine wall seconds vary
by a factor of two or more.

Bytecode: an installed command runs from compiled modules (pip compiles them; a checkout writes
``__pycache__`` on its first run), so the runs read theirs from a cache in the scratch folder
(``PYTHONPYCACHEPREFIX``), filled by one untimed run first, whatever the environment says. With
``--as-is`` they run in the environment as it is: under ``PYTHONDONTWRITEBYTECODE=1`` and without
``__pycache__`` folders, the project's modules are compiled from source on every run (about 0.25 s).

First run and warm runs: the runs keep what crosscheck caches between runs (the built-in gazetteer's
index) in an empty cache folder of their own (``$CROSSCHECK_CACHE`` in the scratch folder), so the first
timed run builds it, as the first run after an install does, and is printed apart; the ``--repeat`` runs
after it find it.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "us-withdrawal-2026-01"
COMMAND = [sys.executable, "-m", "pipeline.cli", "run", str(EXAMPLE)]
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_environment(scratch: Path, *, as_is: bool) -> dict[str, str]:
    """The runs' environment: bytecode read from (and written to) a cache in ``scratch``, unless ``as_is``."""
    env = dict(os.environ)
    env["CROSSCHECK_CACHE"] = str(scratch / "cache")  # empty: the first run fills it
    if not as_is:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    return env


def bytecode_note(env: dict[str, str]) -> str:
    if "PYTHONPYCACHEPREFIX" in env and "PYTHONDONTWRITEBYTECODE" not in env:
        return "bytecode: compiled once into the scratch folder (as an installed command runs)"
    if env.get("PYTHONDONTWRITEBYTECODE"):
        return "bytecode: environment as is, PYTHONDONTWRITEBYTECODE set (uncached modules compile every run)"
    return "bytecode: environment as is"


def timed_runs(out: Path, repeat: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """(wall seconds, CPU seconds) of each run."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu, started = _children_cpu(), time.perf_counter()
        subprocess.run([*COMMAND, "--out", str(out), "-q"], check=True, cwd=out.parent, env=env)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu)
    return walls, cpus


def import_times(out: Path, env: dict[str, str]) -> Counter[str]:
    """Milliseconds of import per top-level package over one run."""
    done = subprocess.run(
        [COMMAND[0], "-X", "importtime", *COMMAND[1:], "--out", str(out), "-q"],
        check=True,
        capture_output=True,
        text=True,
        cwd=out.parent,
        env=env,
    )
    packages: Counter[str] = Counter()
    for line in done.stderr.splitlines():
        if m := IMPORT_LINE.match(line):
            packages[m[2].split(".")[0]] += int(m[1]) / 1000
    return packages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--as-is", action="store_true", help="bytecode as the environment has it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        env = run_environment(Path(tmp), as_is=args.as_is)
        if not args.as_is:
            timed_runs(out, 1, {**env, "CROSSCHECK_CACHE": "off"})  # fills the bytecode cache, nothing else
        print(f"{time.strftime('%Y-%m-%d %H:%M:%S')}; load average {os.getloadavg()[0]:.1f}")
        print(bytecode_note(env))
        (first_wall,), (first_cpu,) = timed_runs(out, 1, env)
        print(f"first run (empty cache folder): wall {first_wall:.2f} s, CPU {first_cpu:.2f} s")
        walls, cpus = timed_runs(out, args.repeat, env)
        print(
            f"wall seconds: best {min(walls):.2f}, median {statistics.median(walls):.2f}; "
            f"CPU seconds: best {min(cpus):.2f}, median {statistics.median(cpus):.2f} ({args.repeat} runs)"
        )
        packages = import_times(out, env)
    print(f"imports: {sum(packages.values()):.0f} ms in all")
    for name, ms in packages.most_common(args.top):
        print(f"  {name:<22} {ms:7.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
