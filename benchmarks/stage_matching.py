"""CPU seconds of the matching stage (``match_lists`` and ``link_prose``) on stories, as a run calls it.

    .venv/bin/python benchmarks/stage_matching.py STORY [STORY ...] [--repeat 3]

Each story (a folder of articles, e.g. one written by ``benchmarks/generate.py``) is read once by
``reconcile``, as ``crosscheck run`` reads it; the mentions and arguments ``reconcile`` hands to
``match_lists`` and ``link_prose`` are kept, and both are called again ``--repeat`` times in this process
on them. Prints, per story, the least CPU seconds (``time.process_time``) of each call over the repeats,
the list mentions, their distinct spellings, the entities and links, and the load average, since CPU
seconds on a shared machine still vary with what else runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import matching  # noqa: E402
from pipeline.run import reconcile  # noqa: E402


def _calls(story: Path) -> dict[str, tuple[tuple[Any, ...], dict[str, Any]]]:
    """The arguments ``reconcile`` gives ``match_lists`` and ``link_prose`` on this story."""
    seen: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}
    originals = {name: getattr(matching, name) for name in ("match_lists", "link_prose")}

    def keep(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            seen[name] = (args, kwargs)
            return originals[name](*args, **kwargs)

        return call

    try:
        for name in originals:
            setattr(matching, name, keep(name))
        reconcile([str(story)])
    finally:
        for name, function in originals.items():
            setattr(matching, name, function)
    return seen


def _least(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], repeat: int
) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = function(*args, **kwargs)
        best = min(best, time.process_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stories", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print("| story | mentions | spellings | match_lists CPU s | link_prose CPU s | entities | links | load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for story in args.stories:
        calls = _calls(story)
        ml_args, ml_kwargs = calls["match_lists"]
        lists_s, matched = _least(matching.match_lists, ml_args, ml_kwargs, args.repeat)
        prose_s = 0.0
        if "link_prose" in calls:
            lp_args, lp_kwargs = calls["link_prose"]
            prose_s, _ = _least(
                matching.link_prose, (lp_args[0], matched, *lp_args[2:]), lp_kwargs, args.repeat
            )
        mentions = ml_args[0]
        spellings = len({(m.name_zh, m.name_en, m.acronym, m.aliases) for m in mentions})
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"| {story.name} | {len(mentions)} | {spellings} | {lists_s:.2f} | {prose_s:.2f} "
            f"| {len(matched.entities)} | {len(matched.links)} | {load} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
