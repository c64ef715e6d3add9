"""How many planted item errors crosscheck reports: one item dropped, or one value changed, in one
article of an example story at a time.

    .venv/bin/python benchmarks/item_errors.py [STORY ...] [--details] [--reference]

For every article of a story with a list of three items or more (its expected file,
``tests/expected/stories/<story>/<article>.json``, written by reading it), a copy of the story is made
with one change to that article's source:

- ``drop`` (lists the expected file says are complete): its middle item is taken out (the line, table
  row or list element holding it, or the name and its separator in a sentence);
- ``value``: the first value from its middle item on is printed 3 higher (``25%`` -> ``28%``);
- ``recount`` (complete lists whose article states its total or the middle item's group's count): the
  middle item taken out as for ``drop``, and every stated total and count of its group printed one lower
  (``7國`` -> ``6國``, ``七國`` -> ``六國``, ``seven`` -> ``six``): its counts agree with its shorter list.

The copy is reconciled (with ``--reference``, against the story's official list) and the change counts
as *reported* when an error names that article with a finding of the kind that reports it (``drop``:
``missing_entity``, ``list_short``, ``count_mismatch``, ``count_conflict``, ``wrong_item``; ``recount``:
``missing_entity``, ``count_conflict``, ``wrong_item``; ``value``:
``value_conflict``, ``column_swap``, or ``arithmetic`` where a row's total no longer adds up). *Accused*
counts the runs where a new error names another article.
Articles whose change cannot be located in the source are left out and counted.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import Reconciliation, Severity  # noqa: E402
from pipeline.run import RunOptions, reconcile  # noqa: E402

EXPECTED = ROOT / "tests" / "expected" / "stories"
REPORTED_BY = {
    "drop": {"missing_entity", "list_short", "count_mismatch", "count_conflict", "wrong_item"},
    "value": {"value_conflict", "column_swap", "arithmetic"},  # a count its row's total no longer makes
    "recount": {"missing_entity", "count_conflict", "wrong_item"},
}
_ITEM_TAGS = ("li", "tr", "p", "dd", "dt", "div", "h3", "h4")
_INLINE_SEPARATORS = ("、", "，", ", ", "; ", "；", "・")


def _drop_html(source: str, name: str) -> str | None:
    """The outermost element holding the item and nothing else (its text short): a card's ``<div>``
    rather than its ``<h3>``, a row rather than its cell."""
    soup = BeautifulSoup(source, "lxml")
    for tag in soup.find_all(_ITEM_TAGS):
        text = tag.get_text(" ", strip=True)
        if name in text and len(text) <= len(name) + 60:
            old = str(tag)
            if old in source:
                return source.replace(old, "", 1)
    return None


def _drop_text(source: str, name: str) -> str | None:
    lines = source.split("\n")
    hits = [i for i, line in enumerate(lines) if name in line]
    for i in hits:
        if len(lines[i].strip()) <= len(name) + 40:  # the item's own line
            return "\n".join(lines[:i] + lines[i + 1 :])
    for sep in _INLINE_SEPARATORS:  # a name in a sentence: the name and the separator after it
        if name + sep in source:
            return source.replace(name + sep, "", 1)
    return None


def drop(source: str, name: str, html: bool) -> str | None:
    return (_drop_html(source, name) if html else None) or _drop_text(source, name)


def change_value(source: str, name: str, raw: str, number: float) -> str | None:
    """The value ``raw`` printed after ``name`` (the first time), its number 3 higher."""
    at = source.find(name)
    if at < 0:
        return None
    k = source.find(raw, at)
    if k < 0 or k - at > 200:
        return None
    digits = re.search(r"\d+(?:\.\d+)?", raw)
    if digits is None or float(digits.group(0)) != float(number):
        return None
    new_raw = raw[: digits.start()] + str(int(number) + 3) + raw[digits.end() :]
    return source[:k] + new_raw + source[k + len(raw) :]


_ZH_DIGITS = "零一二三四五六七八九"
_EN_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()


def _zh_numeral(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十, 六十六)."""
    tens, ones = divmod(n, 10)
    return (
        (_ZH_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (_ZH_DIGITS[ones] if ones else "")
    )


def _forms(n: int) -> list[str]:
    """How an article may print ``n``: digits, fullwidth digits, Chinese numerals, an English word."""
    forms = [str(n), str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))]
    if 0 < n < 100:  # noqa: PLR2004
        forms.append(_zh_numeral(n))
    if n < len(_EN_WORDS):
        forms += [_EN_WORDS[n], _EN_WORDS[n].capitalize()]
    return forms


def recount(source: str, quotes: list[str], n: int) -> str | None:
    """Each quote of ``source`` with its printed ``n`` made ``n - 1`` (in the same form); None when a
    quote or its number cannot be found."""
    for quote in quotes:
        if quote not in source:
            return None
        for old, new in zip(_forms(n), _forms(n - 1), strict=True):
            hit = re.search(
                rf"(?<![0-9０-９{_ZH_DIGITS}十A-Za-z]){re.escape(old)}(?![0-9０-９{_ZH_DIGITS}十A-Za-z])",
                quote,
            )
            if hit:
                source = source.replace(quote, quote[: hit.start()] + new + quote[hit.end() :])
                break
        else:
            return None
    return source


def _errors(rec: Reconciliation) -> set[tuple[str, tuple[str, ...]]]:
    return {(d.kind, d.sources) for d in rec.discrepancies if d.severity is Severity.ERROR}


def _changes(doc: dict[str, Any], source: str, html: bool) -> list[tuple[str, str, str | None]]:
    items = doc["items"]
    middle = items[len(items) // 2]
    out: list[tuple[str, str, str | None]] = [("drop", middle["name"], drop(source, middle["name"], html))]
    # the counts the dropped item makes: the total, and its group's (other groups' counts stay)
    group = middle.get("group")
    sizes = {None: len(items), group: sum(1 for i in items if i.get("group") == group)}
    stated = [c for c in doc.get("stated") or [] if c.get("group") in sizes]
    if stated and all(c["count"] == sizes[c.get("group")] for c in stated):
        changed = out[0][2]
        for c in sorted(stated, key=lambda c: len(c["quote"]), reverse=True):
            changed = changed and recount(changed, [c["quote"]], c["count"])
        out.append(("recount", middle["name"], changed))
    valued = [i for i in items[len(items) // 2 :] + items[: len(items) // 2] if i.get("values")]
    if valued:
        item = valued[0]
        value = item["values"][0]
        out.append(("value", item["name"], change_value(source, item["name"], value["raw"], value["number"])))
    return out


def run_story(story: str, reference: bool, details: bool) -> dict[str, list[int]]:
    folder = ROOT / "examples" / story
    opts = RunOptions(reference=str(folder / "reference.json")) if reference else RunOptions()
    baseline = _errors(reconcile([str(folder)], options=opts))
    tally: dict[str, list[int]] = {
        kind: [0, 0, 0, 0] for kind in REPORTED_BY
    }  # changed, reported, accused, skipped
    for path in sorted(EXPECTED.joinpath(story).glob("*.json")):
        if path.name == "planted.json":
            continue
        doc = json.loads(path.read_text("utf-8"))
        if len(doc["items"]) < 3:
            continue
        article = doc["article"]
        src = next(folder.glob(article + ".*"))
        for kind, name, changed in _changes(doc, src.read_text("utf-8"), src.suffix == ".html"):
            if kind in ("drop", "recount") and not doc.get("complete"):
                continue  # a selection lacks items by design
            t = tally[kind]
            if changed is None:
                t[3] += 1
                continue
            with tempfile.TemporaryDirectory() as tmp:
                for p in folder.iterdir():
                    shutil.copy(p, Path(tmp) / p.name)
                (Path(tmp) / src.name).write_text(changed, "utf-8")
                opts_tmp = (
                    RunOptions(reference=str(Path(tmp) / "reference.json")) if reference else RunOptions()
                )
                errors = _errors(reconcile([tmp], options=opts_tmp))
            hit = any(k in REPORTED_BY[kind] and article in s for k, s in errors)
            others = {(k, s) for k, s in errors - baseline if article not in s}
            t[0] += 1
            t[1] += hit
            t[2] += bool(others)
            if details:
                mark = "reported" if hit else "missed  "
                extra = f" ACCUSED {sorted(others)}" if others else ""
                print(f"{mark} {kind:5} {story} {article} {name}{extra}")
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
    args = parser.parse_args()
    stories = args.stories or sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())
    print("| story | change | made | reported | other outlets accused | not located |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    total = {kind: [0, 0, 0, 0] for kind in REPORTED_BY}
    for story in stories:
        for kind, t in run_story(story, args.reference, args.details).items():
            total[kind] = [a + b for a, b in zip(total[kind], t, strict=True)]
            print(f"| {story} | {kind} | {t[0]} | {t[1]} | {t[2]} | {t[3]} |")
    for kind, t in total.items():
        print(f"| all | {kind} | {t[0]} | {t[1]} | {t[2]} | {t[3]} |")


if __name__ == "__main__":
    main()
