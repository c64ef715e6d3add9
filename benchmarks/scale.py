"""Speed, memory and pairwise accuracy at scale: crosscheck end to end beside two record-linkage peers.

    .venv/bin/python benchmarks/scale.py [SIZE ...] [--systems crosscheck,splink,recordlinkage] [--repeat N]

SIZE is OUTLETSxENTITIES (default: 200x66 1000x66 20x250 20x500 20x1000 20x2000). For each size a
story is written by ``benchmarks/generate.py`` (fixed seed) and each system runs in its own
subprocess, so that its peak memory (max RSS of the process and of the processes it started) is
its own, and its CPU seconds (user and system, of the process, its threads and the processes it waited for,
from its start: imports included):

- crosscheck: ``reconcile`` on the story folder, every report format rendered and the report folder
  written, as ``crosscheck run`` does (its garbage collector's thresholds, BLAS threads and compiled
  patterns too);
  per-stage wall and CPU seconds from ``reconcile(timings=..., cpu_timings=...)`` (CPU: this process's
  and its children's, ``pipeline.timing``);
- Splink (DuckDB backend) and recordlinkage, given the items as extracted perfectly
  (``mentions.csv``, with the names folded to Simplified script by OpenCC as their only
  preparation). Splink: Jaro-Winkler levels on the Chinese and the English name, blocked on the
  first and on the last two characters and on the English name; the prior from exact Chinese
  names, u by random sampling, m by EM (blocked on the first, then the last two characters);
  clustered at match probability 0.5. recordlinkage: sorted neighbourhood on the Chinese name,
  Jaro-Winkler on both names, a pair is a match when either name scores at least 0.9, clusters are
  connected components. The peers run under ``--peer-python`` (default ``.venv-peers/bin/python``
  when it exists, else this interpreter): recordlinkage needs pandas < 3, so they get an environment
  of their own (``python3 -m venv .venv-peers && .venv-peers/bin/pip install -e '.[peers]'``). A peer
  that is not installed there is skipped with a message.

Accuracy is pairwise, against ``truth.json``: over the items the generator wrote, a pair of items
is predicted linked when the system puts them in one cluster (an item a system did not extract is a
cluster of its own). Prints Markdown tables: one line per system and size; crosscheck's wall and CPU
seconds per stage; and each stage's growth exponent between two sizes with the same entities
(log(t2/t1) / log(n2/n1), n the number of outlets), from the CPU seconds (which other work on a shared
machine changes far less than the wall seconds), then from the wall seconds, and the exponents of the
bytes each format writes: a renderer that does the same work per byte at both sizes has the exponent of
its output (which grows faster than the outlets when findings name every outlet that lacks an item, or
more entities are named by two outlets). With ``--repeat N`` each
system runs N times on each size and the least seconds of the run and of each stage are kept.

How far to trust an exponent: a shared machine slows a stage, it never speeds it up, so the least
seconds of N runs are the firmest figure, and the exponent is taken from them. A stage of a tenth of a
second at the smaller size moves its exponent by 0.1 for 0.03 s of noise, so with ``--repeat`` each
exponent is followed by its spread: the least and the greatest exponent between any one run at one size
and any one run at the other (``1.05 (0.92–1.19)``). A spread that reaches above the bar while the
exponent of the least seconds stays under it is noise; an exponent of the least seconds above it, with
the whole spread above it, is growth. The rendering and writing stages also record their kernel CPU
seconds (page faults of fresh and copied-on-write memory, copies into the page cache, fsync): that part
varies most with the machine's other work, and its table shows how much of a stage's growth it is.
The pages' stage (``render md+html beside``) runs in a forked child beside the data files: its CPU
seconds are the child's whole work, its wall seconds only the wait for it after the data files are done.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SIZES = ("200x66", "1000x66", "20x250", "20x500", "20x1000", "20x2000")
SYSTEMS = ("crosscheck", "splink", "recordlinkage")
PEER_MODULES = {"splink": "splink", "recordlinkage": "recordlinkage"}
STAGES = ("reading", "matching", "prose", "claims", "checks")
MATCH_PROBABILITY = 0.5  # Splink: a pair is a match when the model finds it more likely than not
JW_MATCH = 0.9  # recordlinkage: a pair whose Chinese or English names score this much is a match
SN_WINDOW = 9  # recordlinkage: sorted-neighbourhood window
TIMED = ("stages", "cpu", "kernel")  # a run's seconds per stage: wall, CPU, and the kernel's part of the CPU


# --- pairwise accuracy -------------------------------------------------------------------------


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(truth: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the pairs of truth items put in one cluster.

    ``truth`` and ``predicted`` map an item's id to its cluster; an item without a predicted
    cluster is a cluster of its own. Counted from the contingency table, never pair by pair.
    """
    cells: Counter[tuple[str, str]] = Counter()
    for item, true_cluster in truth.items():
        cells[(true_cluster, predicted.get(item, f"alone:{item}"))] += 1
    together = sum(_pairs(n) for n in cells.values())
    true_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    pred_sizes: Counter[str] = Counter()
    for (_, pred), n in cells.items():
        pred_sizes[pred] += n
    pred_pairs = sum(_pairs(n) for n in pred_sizes.values())
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_truth(story: Path) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Item id (``article#position``) -> entity, and (article, name as printed) -> item id."""
    doc = json.loads((story / "truth.json").read_text(encoding="utf-8"))
    entity_of: dict[str, str] = {}
    by_name: dict[tuple[str, str], str] = {}
    for article, items in doc["articles"].items():
        for it in items:
            key = f"{article}#{it['position']}"
            entity_of[key] = it["entity"]
            by_name[(article, it["name"])] = key
    return entity_of, by_name


# --- the systems, each run in a child process ----------------------------------------------------


def _peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _system_seconds() -> float:
    """Kernel CPU seconds of this process and of the children it waited for (page faults, copies into the
    page cache, fsync)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_stime
    return own + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime


def run_crosscheck(story: Path, work: Path) -> dict[str, object]:
    import gc

    from pipeline.charsets import share_charsets
    from pipeline.cli import GC_THRESHOLDS, one_blas_thread
    from pipeline.patterns_kept import keep_patterns, save_patterns

    one_blas_thread()  # before numpy is imported, as the command does
    share_charsets()  # and the patterns compiled as the command compiles them
    keep_patterns()
    from pipeline.models import Kind
    from pipeline.output import write_folder
    from pipeline.rendering import render_each
    from pipeline.run import reconcile
    from pipeline.timing import Laps
    from reports import FORMATS

    class SystemLaps(Laps):
        """``Laps`` that also keeps each stage's kernel CPU seconds (in ``kernel``)."""

        __slots__ = ("_last_kernel", "kernel")

        def __init__(self, timings: dict[str, float], cpu: dict[str, float]) -> None:
            super().__init__(timings, cpu)
            self.kernel: dict[str, float] = {}
            self._last_kernel = _system_seconds()

        def lap(self, name: str) -> None:
            super().lap(name)
            now = _system_seconds()
            self.kernel[name] = self.kernel.get(name, 0.0) + now - self._last_kernel
            self._last_kernel = now

    gc.set_threshold(*GC_THRESHOLDS)  # the collector as the command sets it
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    started = time.perf_counter()
    rec = reconcile([str(story)], timings=timings, cpu_timings=cpu)
    laps = SystemLaps(timings, cpu)
    files: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    # as the command renders (``pipeline.cli_run.render_all``): each format timed, the pages' wait as one
    for fmt, written in render_each(rec, FORMATS, laps=laps).items():
        files.update(written)
        names[fmt] = list(written)
    write_folder(work / "report", files)
    laps.lap("writing")
    seconds = time.perf_counter() - started
    save_patterns()
    output = {fmt: sum((work / "report" / n).stat().st_size for n in ns) for fmt, ns in names.items()}
    for stage in timings:  # the formats rendered beside as one stage: their bytes together
        if stage.startswith("render ") and stage.endswith(" beside"):
            together = stage.removeprefix("render ")
            output[together] = sum(output[f] for f in together.removesuffix(" beside").split("+"))

    truth, by_name = load_truth(story)
    entity_of_key = {key: e.id for e in rec.entities for key in e.mentions}
    predicted: dict[str, str] = {}
    for m in rec.mentions:
        if m.kind is not Kind.LIST:
            continue
        item = by_name.get((m.article, m.name_zh)) or (m.key if m.key in truth else None)
        if item is not None and m.key in entity_of_key:
            predicted[item] = entity_of_key[m.key]
    mentions = sum(1 for m in rec.mentions if m.kind is Kind.LIST)
    return _result(
        truth,
        predicted,
        seconds,
        mentions=mentions,
        stages=timings,
        cpu=cpu,
        output=output,
        kernel=laps.kernel,
    )


def _peer_frame(story: Path) -> object:
    import opencc
    import pandas as pd

    t2s = opencc.OpenCC("t2s")
    df = pd.read_csv(story / "mentions.csv", dtype=str, keep_default_na=False)
    df["name_s"] = [t2s.convert(n) for n in df["name"]]
    df["english"] = df["english"].str.lower().replace("", None)
    return df


def run_splink(story: Path, work: Path) -> dict[str, object]:
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    started = time.perf_counter()
    df = _peer_frame(story)
    df = df[["mention_id", "name_s", "english"]].rename(columns={"mention_id": "unique_id"})  # type: ignore[index]
    df["first2"] = df["name_s"].str[:2]
    df["last2"] = df["name_s"].str[-2:]
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name_s", [0.9, 0.8]),
            cl.JaroWinklerAtThresholds("english", [0.9, 0.8]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first2"),
            block_on("last2"),
            block_on("english"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    db_api = DuckDBAPI()
    linker = Linker(db_api.register(df), settings, log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match([block_on("name_s")], recall=0.8)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first2"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("last2"))
    pairs = linker.inference.predict(threshold_match_probability=MATCH_PROBABILITY)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pairs, threshold_match_probability=MATCH_PROBABILITY
    ).as_pandas_dataframe()
    predicted = dict(zip(clusters["unique_id"], clusters["cluster_id"].astype(str), strict=True))
    seconds = time.perf_counter() - started
    truth, _ = load_truth(story)
    return _result(truth, predicted, seconds, mentions=len(df))


def run_recordlinkage(story: Path, work: Path) -> dict[str, object]:
    import numpy as np
    import recordlinkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    started = time.perf_counter()
    df = _peer_frame(story).set_index("mention_id")  # type: ignore[attr-defined]
    indexer = recordlinkage.Index()
    indexer.sortedneighbourhood("name_s", window=SN_WINDOW)
    pairs = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.string("name_s", "name_s", method="jarowinkler", label="name")
    compare.string("english", "english", method="jarowinkler", label="english", missing_value=0.0)
    features = compare.compute(pairs, df)
    matches = features[(features["name"] >= JW_MATCH) | (features["english"] >= JW_MATCH)].index
    position = {key: i for i, key in enumerate(df.index)}
    rows = np.array([position[a] for a, _ in matches], dtype=np.int64)
    cols = np.array([position[b] for _, b in matches], dtype=np.int64)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(df), len(df)))
    _, labels = connected_components(graph, directed=False)
    predicted = {key: str(label) for key, label in zip(df.index, labels, strict=True)}
    seconds = time.perf_counter() - started
    truth, _ = load_truth(story)
    return _result(truth, predicted, seconds, mentions=len(df))


def _result(
    truth: Mapping[str, str],
    predicted: Mapping[str, str],
    seconds: float,
    *,
    mentions: int,
    stages: Mapping[str, float] | None = None,
    cpu: Mapping[str, float] | None = None,
    output: Mapping[str, int] | None = None,
    kernel: Mapping[str, float] | None = None,
) -> dict[str, object]:
    precision, recall, f1 = pairwise(truth, predicted)
    return {
        "seconds": seconds,
        "peak_mib": _peak_mib(),
        "mentions": mentions,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "stages": dict(stages or {}),
        "cpu": dict(cpu or {}),
        "kernel": dict(kernel or {}),
        "output": {f"render {fmt}": float(n) for fmt, n in (output or {}).items()},
    }


RUNNERS = {"crosscheck": run_crosscheck, "splink": run_splink, "recordlinkage": run_recordlinkage}


# --- the parent: stories, subprocesses, tables ---------------------------------------------------


def _size(value: str) -> tuple[int, int]:
    outlets, _, entities = value.lower().partition("x")
    try:
        return int(outlets), int(entities)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not OUTLETSxENTITIES: {value!r}") from None


PEER_VENV = ROOT / ".venv-peers" / "bin" / "python"


def _python(system: str, peer_python: str) -> str:
    return sys.executable if system not in PEER_MODULES else peer_python


def _installed(system: str, peer_python: str) -> bool:
    module = PEER_MODULES.get(system)
    if module is None:
        return True
    done = subprocess.run([peer_python, "-c", f"import {module}"], capture_output=True, check=False)
    return done.returncode == 0


def _child(system: str, story: Path, work: Path, python: str) -> dict[str, object] | str:
    """Run one system on one story in a fresh interpreter; its result, or why it failed."""
    out = work / f"{system}.json"
    cmd = [python, __file__, "--child", system, str(story), str(out)]
    before = _children_cpu()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.exists():
        return (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    result["cpu_seconds"] = _children_cpu() - before  # the whole process: imports, every thread, its workers
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _best(results: list[dict[str, object]]) -> dict[str, object]:
    """Repeated runs of one system on one story as one: the least seconds, of the run and of each stage
    taken apart (a shared machine slows a run, it never speeds it up); accuracy and mentions are the
    same in every run, the peak memory is the largest. Each run's own seconds are kept too (``runs``), for
    the spread of the growth exponents."""
    best = dict(results[0])
    best["seconds"] = min(float(r["seconds"]) for r in results)  # type: ignore[arg-type]
    best["cpu_seconds"] = min(float(r["cpu_seconds"]) for r in results)  # type: ignore[arg-type]
    best["peak_mib"] = max(float(r["peak_mib"]) for r in results)  # type: ignore[arg-type]
    for field in TIMED:
        merged: dict[str, float] = {}
        for r in results:
            for name, value in r.get(field, {}).items():  # type: ignore[attr-defined]
                merged[name] = min(merged.get(name, value), value)
        best[field] = merged
    best["runs"] = [{"seconds": r["seconds"], **{f: r.get(f, {}) for f in TIMED}} for r in results]
    return best


def _rows(
    sizes: Iterable[tuple[int, int]], systems: list[str], work: Path, peer_python: str, repeat: int = 1
) -> list[dict[str, object]]:
    from benchmarks.generate import generate

    rows: list[dict[str, object]] = []
    for outlets, entities in sizes:
        story = work / f"story-{outlets}x{entities}"
        generate(story, outlets=outlets, entities=entities)
        for system in systems:
            python = _python(system, peer_python)
            results: list[dict[str, object]] = []
            for _ in range(repeat):
                res = _child(system, story, work / f"{system}-{outlets}x{entities}", python)
                if isinstance(res, str):
                    print(f"{system} at {outlets}x{entities} failed: {res}", file=sys.stderr)
                    break
                results.append(res)
                print(f"done: {system} {outlets}x{entities} in {res['seconds']:.1f} s", file=sys.stderr)
            if results:
                rows.append({"system": system, "outlets": outlets, "entities": entities, **_best(results)})
    return rows


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


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        system, story, out = args[1], Path(args[2]), Path(args[3])
        out.parent.mkdir(parents=True, exist_ok=True)
        result = RUNNERS[system](story, out.parent)
        out.write_text(json.dumps(result), encoding="utf-8")
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=_size, metavar="SIZE", help="OUTLETSxENTITIES")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, among these")
    ap.add_argument("--keep", type=Path, default=None, help="write the stories and reports here (kept)")
    ap.add_argument("--json", type=Path, default=None, help="also write the measurements as JSON")
    ap.add_argument(
        "--repeat", type=int, default=1, help="run each system on each size this many times; keep the least"
    )
    ap.add_argument(
        "--peer-python",
        default=str(PEER_VENV) if PEER_VENV.exists() else sys.executable,
        help="the interpreter the peers run under (default .venv-peers/bin/python when it exists)",
    )
    opts = ap.parse_args(args)
    systems = []
    for system in (s.strip() for s in opts.systems.split(",") if s.strip()):
        if system not in SYSTEMS:
            ap.error(f"unknown system {system!r}")
        if _installed(system, opts.peer_python):
            systems.append(system)
        else:
            print(f"{system} is not installed for {opts.peer_python}; skipped", file=sys.stderr)
    sizes = opts.sizes or [_size(s) for s in DEFAULT_SIZES]
    with tempfile.TemporaryDirectory() as tmp:
        work = opts.keep or Path(tmp)
        rows = _rows(sizes, systems, work, opts.peer_python, max(1, opts.repeat))
    if opts.json:
        opts.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(report(rows))


if __name__ == "__main__":
    main()
