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
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import Reconciliation, Severity  # noqa: E402
from pipeline.run import RunOptions, reconcile  # noqa: E402

EXPECTED = ROOT / "tests" / "expected" / "stories"
EXAMPLES = ROOT / "examples"
REPORTED_BY = {
    "substitute": {"wrong_item", "missing_entity", "not_on_list"},
    "move": {"group_conflict"},
    "swap": {"value_conflict", "column_swap"},
    "share": {"arithmetic"},
}
_COUNTRY_ID = re.compile(r"^[A-Z]{2}$")
_LOCALES = {"zh-Hant-TW": "zh_Hant_TW", "zh-Hant-HK": "zh_Hant_HK", "zh-Hans": "zh_Hans_CN", "ja": "ja"}
_ITEM_TAGS = ("li", "p", "dd", "div")
_SEPARATORS = ("、", "，", ", ", "; ", "；", "・")
_NUMBERED_RE = re.compile(r"^(\s*[(（]?)(\d+)(?=[.．、)）])")
_ALONE_AFTER = ("、", "，", "；", "：", ", ", "; ", ": ", "\n")  # before a name that is an item alone
_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)(\s*(?:%|％|\s?per\s?cent|\s?percent))")


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    what: str  # in words, for --details
    text: str | None  # the article's new source, None when the change could not be located


def _docs(story: str) -> list[dict[str, Any]]:
    return [
        json.loads(p.read_text("utf-8"))
        for p in sorted(EXPECTED.joinpath(story).glob("*.json"))
        if p.name != "planted.json"
    ]


def _positions(source: str, items: list[dict[str, Any]]) -> list[int]:
    """Where each item's name is printed, read in the list's order (-1 where it is not found)."""
    out, at = [], 0
    for item in items:
        k = source.find(item["name"], at)
        k = source.find(item["name"]) if k < 0 else k
        out.append(k)
        at = k + len(item["name"]) if k >= 0 else at
    return out


# -- substitute -------------------------------------------------------------------------------------


def _reference(story: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((EXAMPLES / story / "reference.json").read_text("utf-8"))[
        "entries"
    ]
    return entries


def _of_countries(story: str) -> bool:
    ids = [e["id"] for e in _reference(story)]
    return 2 * sum(1 for x in ids if _COUNTRY_ID.match(x)) > len(ids)


def _script(language: str) -> str:
    """The key of a reference entry's names in the article's script (``zh-Hant-TW`` -> ``zh-Hant``)."""
    return "-".join(language.split("-")[:2]) if language.startswith("zh") else language


def _stand_in(story: str, doc: dict[str, Any], item: dict[str, Any], k: int) -> tuple[str, str] | None:
    """A name (and its English name) of the kind of ``item`` that ``story`` does not list: a country as
    CLDR names it in the article's language, a person as another story's official list names them in the
    article's script."""
    taken = {e["id"] for e in _reference(story)} | {
        i["ref"] for d in _docs(story) for i in d["items"] if i.get("ref")
    }
    others = sorted(p.name for p in EXPECTED.iterdir() if p.is_dir() and p.name != story)
    country = bool(_COUNTRY_ID.match(item.get("ref") or ""))
    # the stories of the same kind: lists of countries (ISO codes), or of people
    entries = [e for s in others if _of_countries(s) == country for e in _reference(s)]
    lang = doc["language"]
    if country:
        en, local = Locale.parse("en"), Locale.parse(_LOCALES.get(lang, "en"))
        names = {
            (local.territories[e["id"]], en.territories[e["id"]])
            for e in entries
            if e["id"] not in taken
            and pycountry.countries.get(alpha_2=e["id"]) is not None
            and not re.search(r" - |\(|&", en.territories[e["id"]])
        }
    else:
        names = {
            (e["names"][_script(lang)], e["names"]["en"])
            for e in entries
            if e["id"] not in taken and _script(lang) in e["names"] and "en" in e["names"]
        }
    ordered = sorted(names)
    return ordered[k % len(ordered)] if ordered else None


def substitute(story: str, doc: dict[str, Any], source: str, k: int) -> Change:
    items = doc["items"]
    middle = len(items) // 2
    item = items[middle]
    stand_in = _stand_in(story, doc, item, k)
    at = _positions(source, items)[middle]
    if stand_in is None or at < 0:
        return Change("substitute", item["name"], None)
    name, english = stand_in
    new = source[:at] + name + source[at + len(item["name"]) :]
    old_en = item.get("name_en") or ""
    if old_en and english and old_en != item["name"]:
        j = new.find(old_en, at)
        if 0 <= j - at <= 120:
            new = new[:j] + english + new[j + len(old_en) :]
    return Change("substitute", f"{item['name']} -> {name}", new)


# -- move -------------------------------------------------------------------------------------------


def _alone(text: str, name: str, names: list[str]) -> bool:
    """``text`` holds the item ``name`` and no other item of the list (a name inside ``name`` aside)."""
    return name in text and not any(n in text for n in names if n != name and n not in name)


def _element(soup: BeautifulSoup, name: str, names: list[str]) -> Any:
    """The outermost element holding the item alone (a list element, a paragraph), else None."""
    for tag in soup.find_all(_ITEM_TAGS):
        text = tag.get_text(" ", strip=True)
        if _alone(text, name, names) and len(text) <= len(name) + 160:
            return tag
    return None


def _regroup_row(source: str, soup: BeautifulSoup, name: str, group: str, target: str) -> str | None:
    """A table row whose own cell names its group: that cell naming the other group (a cell spanning
    rows, ``rowspan``, files more than the item: left out)."""
    row = next((tr for tr in soup.find_all("tr") if name in tr.get_text(" ", strip=True)), None)
    cells = [] if row is None else [c for c in row.find_all(["td", "th"]) if c.get_text(strip=True) == group]
    if len(cells) != 1 or cells[0].get("rowspan") or str(row) not in source:
        return None
    cell = cells[0]
    new_cell = str(cell).replace(group, target, 1)
    return source.replace(str(row), str(row).replace(str(cell), new_cell, 1), 1)


def _move_html(source: str, item: dict[str, Any], target: str, names: list[str], last: str) -> str | None:
    soup = BeautifulSoup(source, "lxml")
    name = item["name"]
    tag = _element(soup, name, names)
    if tag is None or tag.find_parent("tr") is not None or tag.name == "tr":
        return _regroup_row(source, soup, name, item["group"], target)
    anchor_tag = _element(soup, last, names)
    if anchor_tag is None:
        return None
    old, anchor = str(tag), str(anchor_tag)
    if old not in source or anchor not in source or old == anchor:
        return None
    cut = source.replace(old, "", 1)
    k = cut.find(anchor)
    return None if k < 0 else cut[: k + len(anchor)] + old + cut[k + len(anchor) :]


def _renumbered(lines: list[str]) -> list[str]:
    """Each run of numbered lines (``9. 甲國``) numbered again from its first number, as an outlet that
    moved an item would print it."""
    out, at = [], None
    for line in lines:
        m = _NUMBERED_RE.match(line)
        if m is None:
            at = None
            out.append(line)
            continue
        at = int(m.group(2)) if at is None else at + 1
        out.append(f"{m.group(1)}{at}{line[m.end(2) :]}")
    return out


def _move_text(source: str, name: str, names: list[str], last: str, first: str) -> str | None:
    """The item's own line printed after the line of the other group's ``last`` item; a name alone in a
    sentence (no post before it) printed before the other group's ``first`` name."""
    lines = source.split("\n")
    own = [i for i, line in enumerate(lines) if _alone(line, name, names) and len(line) <= len(name) + 120]
    if own:
        line = lines.pop(own[0])
        target = [i for i, x in enumerate(lines) if _alone(x, last, names) and len(x) <= len(last) + 120]
        if not target:
            return None
        lines.insert(target[0] + 1, line)
        return "\n".join(_renumbered(lines))
    for sep in _SEPARATORS:
        k = source.find(name + sep)
        if k > 0 and source[:k].endswith(_ALONE_AFTER):
            cut = source.replace(name + sep, "", 1)
            k = cut.find(first)
            if k >= 0:
                return cut[:k] + name + sep + cut[k:]
    return None


def move(doc: dict[str, Any], source: str, html: bool) -> Change | None:
    items = doc["items"]
    groups = list(dict.fromkeys(i["group"] for i in items if i.get("group")))
    if len(groups) < 2:
        return None
    item = items[len(items) // 2]
    if not item.get("group"):
        return Change("move", item["name"], None)
    target = groups[(groups.index(item["group"]) + 1) % len(groups)]
    theirs = [i["name"] for i in items if i.get("group") == target]
    names = [i["name"] for i in items]
    new = (
        _move_html(source, item, target, names, theirs[-1])
        if html
        else _move_text(source, item["name"], names, theirs[-1], theirs[0])
    )
    return Change("move", f"{item['name']} -> {target}", new)


# -- swap -------------------------------------------------------------------------------------------


def _value_at(source: str, at: int, raw: str) -> int:
    k = source.find(raw, at)
    return k if 0 <= k - at <= 200 else -1


def swap(doc: dict[str, Any], source: str) -> Change | None:
    items = doc["items"]
    if sum(1 for i in items if i.get("values")) < 3:
        return None
    where = _positions(source, items)
    order = list(range(len(items) // 2, len(items))) + list(range(len(items) // 2))
    for a in order:
        if not items[a].get("values") or where[a] < 0:
            continue
        va = items[a]["values"][0]
        for b in order[order.index(a) + 1 :]:
            vb = next((v for v in items[b].get("values", []) if v.get("column") == va.get("column")), None)
            if vb is None or vb["number"] == va["number"] or where[b] < 0:
                continue
            ka, kb = _value_at(source, where[a], va["raw"]), _value_at(source, where[b], vb["raw"])
            if ka < 0 or kb < 0 or abs(ka - kb) < max(len(va["raw"]), len(vb["raw"])):
                return Change("swap", items[a]["name"], None)
            edits = sorted([(ka, va["raw"], vb["raw"]), (kb, vb["raw"], va["raw"])], reverse=True)
            new = source
            for k, old, repl in edits:
                new = new[:k] + repl + new[k + len(old) :]
            return Change("swap", f"{items[a]['name']} {va['raw']} <-> {items[b]['name']} {vb['raw']}", new)
        return None
    return None


# -- share ------------------------------------------------------------------------------------------


def shares(rec: Reconciliation, article: str, source: str) -> Iterator[Change]:
    """Each percentage the unchanged run reads as a share of the article's list, 3 points higher."""
    for c in rec.claims:
        if c.article != article or c.unit != "percent":
            continue
        m = next((m for m in _PERCENT_RE.finditer(c.quote) if float(m.group(1)) == c.stated), None)
        if m is None or c.quote not in source:
            yield Change("share", c.quote, None)
            continue
        raw = m.group(1)
        higher = f"{float(raw) + 3:.{len(raw.split('.')[1]) if '.' in raw else 0}f}"
        quote = c.quote[: m.start(1)] + higher + c.quote[m.end(1) :]
        yield Change("share", f"{c.quote} -> {higher}", source.replace(c.quote, quote, 1))


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
        for doc in _docs(story):
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
