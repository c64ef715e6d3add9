"""The ``substitute`` change of ``benchmarks/planted_errors.py``: an article's middle item replaced by a
name of the same kind that the story does not list, in the article's script (a country as CLDR names it,
a person as another story's official list names them)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planted_changes import EXAMPLES, EXPECTED, Change, positions, story_docs  # noqa: E402

_COUNTRY_ID = re.compile(r"^[A-Z]{2}$")
_LOCALES = {"zh-Hant-TW": "zh_Hant_TW", "zh-Hant-HK": "zh_Hant_HK", "zh-Hans": "zh_Hans_CN", "ja": "ja"}


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
        i["ref"] for d in story_docs(story) for i in d["items"] if i.get("ref")
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
    at = positions(source, items)[middle]
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
