"""The ``move`` change of ``benchmarks/planted_errors.py``: an article's middle item taken out of its
group and printed last in the next group (its line, its list element, its name in a sentence, or the
group cell of its table row)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planted_changes import Change  # noqa: E402

_ITEM_TAGS = ("li", "p", "dd", "div")
_SEPARATORS = ("、", "，", ", ", "; ", "；", "・")
_NUMBERED_RE = re.compile(r"^(\s*[(（]?)(\d+)(?=[.．、)）])")
_ALONE_AFTER = ("、", "，", "；", "：", ", ", "; ", ": ", "\n")  # before a name that is an item alone


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
