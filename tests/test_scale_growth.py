"""The growth exponents of ``benchmarks/scale.py``: from the least seconds of the repeated runs, with the
spread of every pair of runs beside them, and the kernel's part of the late stages reported apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale import _best  # noqa: E402
from benchmarks.scale_report import _growth, report  # noqa: E402


def _run(seconds: float, cpu: dict[str, float], kernel: dict[str, float]) -> dict[str, object]:
    return {
        "seconds": seconds,
        "cpu_seconds": sum(cpu.values()),
        "peak_mib": 100.0,
        "mentions": 10,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "stages": dict(cpu),
        "cpu": dict(cpu),
        "kernel": dict(kernel),
        "output": {},
    }


def _row(outlets: int, runs: list[dict[str, object]]) -> dict[str, object]:
    return {"system": "crosscheck", "outlets": outlets, "entities": 66, **_best(runs)}


def test_an_exponent_comes_with_the_spread_of_the_repeated_runs() -> None:
    # 200 outlets: 0.10 and 0.12 s; 1000 outlets: 0.50 and 0.70 s. From the least of each:
    # ln(0.50 / 0.10) / ln 5 = 1.00; the pairs range from ln(0.50 / 0.12) / ln 5 = 0.89
    # to ln(0.70 / 0.10) / ln 5 = 1.21
    small = _row(200, [_run(1.0, {"render md": 0.10}, {}), _run(1.0, {"render md": 0.12}, {})])
    large = _row(1000, [_run(5.0, {"render md": 0.70}, {}), _run(5.0, {"render md": 0.50}, {})])
    (line,) = _growth([small, large], ["render md"], "cpu")
    assert line[0] == "200→1000 × 66"
    assert line[1] == "1.00 (0.89–1.21)"


def test_the_kernel_seconds_of_the_late_stages_are_reported_with_their_exponent() -> None:
    # writing: 0.01 s of kernel time at 200 outlets, 0.25 s at 1000: ln 25 / ln 5 = 2.00
    small = _row(200, [_run(1.0, {"reading": 0.5, "writing": 0.04}, {"writing": 0.01})])
    large = _row(1000, [_run(5.0, {"reading": 2.5, "writing": 0.30}, {"writing": 0.25})])
    text = report([small, large])
    assert "kernel CPU seconds" in text
    kernel_growth = text.split("growth exponent per stage (kernel CPU seconds):")[1].split("\n\n")[1]
    assert "| 200→1000 × 66 | 2.00 |" in kernel_growth
    assert "reading" not in kernel_growth  # timed inside reconcile, without its kernel part
