"""The tables ``benchmarks/scale.py`` prints: one line per system and size, crosscheck's seconds per
stage (wall, CPU, kernel CPU) and each stage's growth exponent between two sizes with the same entities,
with its spread over the repeated runs."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping


def _table(header: list[str], lines: Iterable[list[str]]) -> str:
    align = ["---" if i == 0 else "---:" for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    out.extend("| " + " | ".join(line) + " |" for line in lines)
    return "\n".join(out)


def _stage_names(rows: list[dict[str, object]]) -> list[str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row["stages"]))  # type: ignore[arg-type]
    return list(names)


def _total(row: Mapping[str, object], field: str) -> float:
    """A run's seconds: wall seconds as measured, CPU seconds as the sum of its stages'."""
    if field == "stages":
        return float(row["seconds"])  # type: ignore[arg-type]
    return sum(row[field].values())  # type: ignore[attr-defined]


def _exponent(ta: float | None, tb: float | None, ratio: float) -> float | None:
    return math.log(tb / ta) / ratio if ta and tb and ta > 0 and tb > 0 else None


def _seconds(row: Mapping[str, object], field: str, name: str) -> float | None:
    return _total(row, field) if name == "total" else row[field].get(name)  # type: ignore[attr-defined]


def _growth(rows: list[dict[str, object]], names: list[str], field: str = "cpu") -> list[list[str]]:
    """Each stage's exponent between consecutive sizes with the same number of entities, from the
    stages' CPU seconds (``field="cpu"``), their kernel part (``"kernel"``), their wall seconds
    (``"stages"``) or the bytes written (``"output"``). From the least seconds of the repeated runs at
    each size; with more than one run at a size, followed by the least and the greatest exponent between
    any run at one size and any run at the other (the spread a single pair of runs could have shown)."""
    lines = []
    for a, b in zip(rows, rows[1:], strict=False):
        if a["entities"] != b["entities"] or a["outlets"] == b["outlets"]:
            continue
        ratio = math.log(b["outlets"] / a["outlets"])  # type: ignore[operator]
        runs_a = [r for r in a.get("runs", []) if field in r]  # type: ignore[attr-defined]
        runs_b = [r for r in b.get("runs", []) if field in r]  # type: ignore[attr-defined]
        cells = []
        for name in [*names, "total"]:
            best = _exponent(_seconds(a, field, name), _seconds(b, field, name), ratio)
            pairs = [
                _exponent(_seconds(ra, field, name), _seconds(rb, field, name), ratio)
                for ra in runs_a
                for rb in runs_b
            ]
            spread = [e for e in pairs if e is not None]
            cell = "" if best is None else f"{best:.2f}"
            if cell and len(spread) > 1:
                cell += f" ({min(spread):.2f}–{max(spread):.2f})"
            cells.append(cell)
        lines.append([f"{a['outlets']}→{b['outlets']} × {a['entities']}", *cells])
    return lines


def report(rows: list[dict[str, object]]) -> str:
    header = [
        "system",
        "outlets",
        "entities",
        "mentions",
        "seconds",
        "CPU seconds",
        "peak MiB",
        "precision",
        "recall",
        "F1",
    ]
    main = _table(
        header,
        (
            [
                str(r["system"]),
                str(r["outlets"]),
                str(r["entities"]),
                str(r["mentions"]),
                f"{r['seconds']:.2f}",
                f"{r['cpu_seconds']:.2f}",
                f"{r['peak_mib']:.0f}",
                f"{r['precision']:.4f}",
                f"{r['recall']:.4f}",
                f"{r['f1']:.4f}",
            ]
            for r in rows
        ),
    )
    ours = [r for r in rows if r["system"] == "crosscheck"]
    if not ours:
        return main
    names = _stage_names(ours)
    parts = [main]
    for field, what in (("stages", "wall seconds"), ("cpu", "CPU seconds")):
        parts += [
            f"crosscheck, {what} per stage:",
            _table(
                ["outlets × entities", *names, "total"],
                (
                    [
                        f"{r['outlets']} × {r['entities']}",
                        *(f"{r[field].get(n, 0.0):.2f}" for n in names),  # type: ignore[attr-defined]
                        f"{_total(r, field):.2f}",
                    ]
                    for r in ours
                ),
            ),
        ]
    late = [n for n in names if any(n in r["kernel"] for r in ours)]  # type: ignore[operator]
    if late:
        parts += [
            "crosscheck, kernel CPU seconds (page faults, page cache, fsync: part of the CPU seconds above):",
            _table(
                ["outlets × entities", *late],
                (
                    [
                        f"{r['outlets']} × {r['entities']}",
                        *(f"{r['kernel'].get(n, 0.0):.2f}" for n in late),  # type: ignore[attr-defined]
                    ]
                    for r in ours
                ),
            ),
        ]
    growths = (
        ("cpu", "CPU seconds", names),
        ("kernel", "kernel CPU seconds", late),
        ("stages", "wall seconds", names),
        ("output", "bytes written", [n for n in names if n.startswith("render ")]),
    )
    for field, what, columns in growths:
        growth = _growth(ours, columns, field) if columns else []
        if growth:
            parts += [
                f"crosscheck, growth exponent per stage ({what}):",
                _table(["sizes", *columns, "total"], growth),
            ]
    return "\n\n".join(parts)
