"""Planted errors of four more kinds: which are reported, which are missed, who else is accused.

    .venv/bin/python benchmarks/planted_errors.py [STORY ...] [--details] [--reference] [--kind KIND ...]

One change at a time, in one article of a copy of an example story (the article's expected file,
``tests/expected/stories/<story>/<article>.json``, written by reading it, says where its items are):

- ``substitute``: its middle item's name (and its English name printed beside it) replaced by a name of
  the same kind that the story does not list, in the article's script: a country of another story's
  official list named as CLDR names it in the article's language (Babel), or a person of another story's
  official list as it names them in the article's script (one stand-in per article, in turn);
- ``move`` (lists with groups): its middle item taken out of its group and printed last in the next group
  (its line or list element, or its name in a sentence; a table row carries its group in a cell and is
  left out);
- ``swap``: the first values of two items (from the middle item on, the same column, different numbers)
  printed in each other's place;
- ``share``: a percentage the article gives as a count's share of its list (``有7國，佔58%``, read by the
  unchanged run as a percentage claim) printed 3 points higher, so it is no longer count / total.

The copy is reconciled (with ``--reference``, against the story's official list) and the change is
*reported* when an error the unchanged story lacks names that article with a finding of the kind that
reports it (``substitute``: ``wrong_item``, ``missing_entity``, ``not_on_list``; ``move``:
``group_conflict``; ``swap``: ``value_conflict``, ``column_swap``; ``share``: ``arithmetic``), else
*missed*; *missed, warned* counts the missed changes for which a new warning names that article (the
item and the outlet named, on weaker evidence); *extra* counts the runs where an error of another kind,
new against the unchanged story, also names that article (one root cause should make one finding);
*accused* counts the runs where a new error names another article. Changes that cannot be located in
the source are counted as not located. The
bundled example (no expected files of that form) takes part in ``share`` only.

Each kind of change is planted by a module of its own (``planted_substitute.py``, ``planted_move.py``,
``planted_values.py`` for ``swap`` and ``share``; what they share in ``planted_changes.py``); this module
runs the stories and counts.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planted_changes import EXAMPLES, EXPECTED, Change, story_docs  # noqa: E402
from benchmarks.planted_move import move  # noqa: E402
from benchmarks.planted_substitute import substitute  # noqa: E402
from benchmarks.planted_values import shares, swap  # noqa: E402
from pipeline.models import Reconciliation, Severity  # noqa: E402
from pipeline.run import RunOptions, reconcile  # noqa: E402

REPORTED_BY = {
    "substitute": {"wrong_item", "missing_entity", "not_on_list"},
    "move": {"group_conflict"},
    "swap": {"value_conflict", "column_swap"},
    "share": {"arithmetic"},
}


# -- running ----------------------------------------------------------------------------------------


def _errors(
    rec: Reconciliation, severity: Severity = Severity.ERROR
) -> set[tuple[str, tuple[str, ...], str]]:
    return {(d.kind, d.sources, d.message) for d in rec.discrepancies if d.severity is severity}


def _options(folder: Path, reference: bool) -> RunOptions:
    return RunOptions(reference=str(folder / "reference.json")) if reference else RunOptions()


def _articles(story: str) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """(article id, its expected file or None) of a story; the bundled example has no files of that form."""
    if EXPECTED.joinpath(story).is_dir():
        for doc in story_docs(story):
            yield doc["article"], doc
    else:
        for p in sorted((EXAMPLES / story).glob("*.txt")) + sorted((EXAMPLES / story).glob("*.htm*")):
            yield p.stem, None


def _changes(
    story: str, article: str, doc: dict[str, Any] | None, rec: Reconciliation, k: int
) -> list[Change]:
    src = next((EXAMPLES / story).glob(article + ".*"))
    source, html = src.read_text("utf-8"), src.suffix.startswith(".htm")
    out: list[Change] = list(shares(rec, article, source))
    if doc is None or len(doc["items"]) < 3:
        return out
    out.append(substitute(story, doc, source, k))
    out += [c for c in (move(doc, source, html), swap(doc, source)) if c is not None]
    return out


def run_story(story: str, reference: bool, details: bool, kinds: set[str]) -> dict[str, list[int]]:
    folder = EXAMPLES / story
    if reference and not (folder / "reference.json").exists():
        reference = False
    unchanged = reconcile([str(folder)], options=_options(folder, reference))
    baseline = _errors(unchanged)
    warned_before = _errors(unchanged, Severity.WARNING)
    accused_before = {(kind, s) for kind, s, _ in baseline}
    # made, reported, extra, accused, not located, warned (missed, but a new warning names the article)
    tally = {kind: [0, 0, 0, 0, 0, 0] for kind in REPORTED_BY}
    for k, (article, doc) in enumerate(_articles(story)):
        src = next(folder.glob(article + ".*"))
        for change in _changes(story, article, doc, unchanged, k):
            if change.kind not in kinds:
                continue
            t = tally[change.kind]
            if change.text is None:
                t[4] += 1
                continue
            with tempfile.TemporaryDirectory() as tmp:
                for p in folder.iterdir():
                    if p.is_file():
                        shutil.copy(p, Path(tmp) / p.name)
                (Path(tmp) / src.name).write_text(change.text, "utf-8")
                rec = reconcile([tmp], options=_options(Path(tmp), reference))
                errors = _errors(rec)
            new = errors - baseline
            warned = any(
                article in s for _, s, _ in _errors(rec, Severity.WARNING) - warned_before
            )  # a finding the unchanged story has is no report of the change
            hit = any(kind in REPORTED_BY[change.kind] and article in s for kind, s, _ in new)
            extra = {
                (kind, s)
                for kind, s, _ in new
                if article in s and kind not in REPORTED_BY[change.kind] and (kind, s) not in accused_before
            }
            # another outlet accused: a new finding about it, not one whose wording moved with the change
            others = {(kind, s) for kind, s, _ in new if article not in s and (kind, s) not in accused_before}
            t[0] += 1
            t[1] += hit
            t[2] += bool(extra)
            t[3] += bool(others)
            t[5] += not hit and warned
            if details:
                mark = "reported" if hit else ("warned  " if warned else "missed  ")
                more = (f" EXTRA {sorted(extra)}" if extra else "") + (
                    f" ACCUSED {sorted(others)}" if others else ""
                )
                print(f"{mark} {change.kind:10} {story} {article} {change.what}{more}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stories", nargs="*")
    parser.add_argument("--details", action="store_true")
    parser.add_argument(
        "--reference", action="store_true", help="reconcile against each story's official list"
    )
    parser.add_argument("--kind", action="append", choices=sorted(REPORTED_BY), help="only these changes")
    args = parser.parse_args()
    stories = args.stories or sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir())
    kinds = set(args.kind or REPORTED_BY)
    print(
        "| story | change | made | reported | extra findings | other outlets accused | not located "
        "| missed, warned |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = {kind: [0, 0, 0, 0, 0, 0] for kind in REPORTED_BY}
    for story in stories:
        for kind, t in run_story(story, args.reference, args.details, kinds).items():
            total[kind] = [a + b for a, b in zip(total[kind], t, strict=True)]
            if any(t):
                print(f"| {story} | {kind} | {' | '.join(map(str, t))} |")
    for kind, t in total.items():
        if kind in kinds:
            print(f"| all | {kind} | {' | '.join(map(str, t))} |")


if __name__ == "__main__":
    main()
