"""How many wrong counts crosscheck reports: every count an example story's article states, printed one
higher, in a copy of the story.

    .venv/bin/python benchmarks/count_errors.py [STORY ...] [--details]

For every count in ``tests/expected/stories/<story>/<article>.json`` (``stated``: its value and the words
that state it, written by reading the article), the story is copied, that article's words are changed to
state one more (``14國`` -> ``15國``, ``four`` -> ``five``, ``十二`` -> ``十三``, ``a dozen`` -> ``13``;
every place the same words occur), and the copy is reconciled without a reference list. The count is
*reported* when an error-level count finding (``count_mismatch``, ``count_conflict``, ``list_short``,
``list_long``) names that article; *accused* counts the runs where an error names another article that
no planted error and no error of the unchanged story names; *warned* counts the changes not reported
whose article gets a warning-level count finding instead (a count whose words could count something else).
Prints one line per count with ``--details``, then per story: reported of changed, warned, and accused.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import Reconciliation, Severity  # noqa: E402
from pipeline.run import reconcile  # noqa: E402

EXPECTED = ROOT / "tests" / "expected" / "stories"
COUNT_KINDS = {"count_mismatch", "count_conflict", "list_short", "list_long"}
EN = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
ZH = "零一二三四五六七八九十"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _zh(n: int) -> str:
    """Chinese numerals up to 99 as news prints them (``十二``, ``二十``, ``兩`` for 2)."""
    if n == 2:
        return "兩"
    if n < 10:
        return ZH[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH[tens]) + "十" + (ZH[ones] if ones else "")


def one_more(quote: str, n: int) -> str | None:
    """``quote`` stating ``n + 1`` where it states ``n``, or None when its number cannot be found."""
    for old, new in ((str(n), str(n + 1)), (str(n).translate(FULLWIDTH), str(n + 1).translate(FULLWIDTH))):
        m = re.search(rf"(?<![0-9０-９]){old}(?![0-9０-９])", quote)
        if m:
            return quote[: m.start()] + new + quote[m.end() :]
    if n + 1 < len(EN):
        m = re.search(rf"\b{EN[n]}\b", quote, re.IGNORECASE)
        if m:
            word = EN[n + 1].capitalize() if m.group(0)[0].isupper() else EN[n + 1]
            return quote[: m.start()] + word + quote[m.end() :]
    if n == 12 and "a dozen" in quote:
        return quote.replace("a dozen", "13")
    for written in {_zh(n), _zh(n).replace("兩", "二"), "两" if n == 2 else _zh(n)}:
        if written in quote:
            return quote.replace(written, _zh(n + 1), 1)
    return None


def _errors(rec: Reconciliation, severity: Severity = Severity.ERROR) -> set[tuple[str, tuple[str, ...]]]:
    return {(d.kind, d.sources) for d in rec.discrepancies if d.severity is severity}


def run_story(story: str, details: bool) -> tuple[int, int, int, int, int]:
    folder = ROOT / "examples" / story
    planted = {
        e["article"] for e in json.loads((EXPECTED / story / "planted.json").read_text("utf-8"))["errors"]
    }
    baseline = _errors(reconcile([str(folder)]))
    reported = changed = accused = skipped = warned = 0
    for path in sorted(EXPECTED.joinpath(story).glob("*.json")):
        if path.name == "planted.json":
            continue
        doc = json.loads(path.read_text("utf-8"))
        article = doc["article"]
        source = next(folder.glob(article + ".*"))
        for stated in doc["stated"]:
            text = source.read_text("utf-8")
            new = one_more(stated["quote"], int(stated["count"]))
            if new is None or stated["quote"] not in text:
                skipped += 1
                continue
            with tempfile.TemporaryDirectory() as tmp:
                for p in folder.iterdir():
                    if p.name != "reference.json":
                        shutil.copy(p, Path(tmp) / p.name)
                (Path(tmp) / source.name).write_text(text.replace(stated["quote"], new), "utf-8")
                rec = reconcile([tmp])
            errors = _errors(rec)
            changed += 1
            hit = any(kind in COUNT_KINDS and article in sources for kind, sources in errors)
            warning = not hit and any(
                kind in COUNT_KINDS and article in sources for kind, sources in _errors(rec, Severity.WARNING)
            )
            warned += warning
            others = {
                (k, s) for k, s in errors - baseline if article not in s and not set(s) <= planted | {article}
            }
            reported += hit
            accused += bool(others)
            if details:
                mark = "reported" if hit else "warned  " if warning else "missed  "
                print(
                    f"{mark} {story} {article} {stated['quote']!r} -> {new!r}"
                    + (f" ACCUSED {others}" if others else "")
                )
    return reported, changed, accused, skipped, warned


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stories", nargs="*")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    stories = args.stories or sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())
    print("| story | counts changed | reported | warned | other outlets accused | not changed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    total = [0, 0, 0, 0, 0]
    for story in stories:
        reported, changed, accused, skipped, warned = run_story(story, args.details)
        total = [a + b for a, b in zip(total, (reported, changed, accused, skipped, warned), strict=True)]
        print(f"| {story} | {changed} | {reported} | {warned} | {accused} | {skipped} |")
    print(f"| all | {total[1]} | {total[0]} | {total[4]} | {total[2]} | {total[3]} |")


if __name__ == "__main__":
    main()
