"""The example stories' data files are well-formed and agree with each other.

Each story folder `examples/<story>/` holds articles (.txt, .html) and the official list
(`reference.json`); `tests/expected/stories/<story>/` holds one expected file per article, written by
reading it, and `planted.json`, the errors deliberately printed in some articles. These tests check the
files, not crosscheck: every name, value, count and quote an expected file records is printed in its
article, every reference id exists, a clean article agrees with the official list, and every planted
error is visible in its article's expected file.
"""

from __future__ import annotations

import html
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import opencc
import pycountry
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPECTED = Path(__file__).resolve().parent / "expected" / "stories"
STORIES = sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())
_T2S = opencc.OpenCC("t2s")
ARTICLE_SUFFIXES = {".txt": "text", ".html": "html"}
LANGUAGES = {"zh-Hant-TW", "zh-Hant-HK", "zh-Hans", "en", "ja"}
KINDS = {
    "namesake",
    "count_mismatch",
    "wrong_group",
    "column_swap",
    "wrong_value",
    "duplicate_item",
    "not_on_list",
    "attribute_swap",
    "missing_item",
}
REQUIRED_KINDS = KINDS - {"missing_item"}
SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) \S")
DIGITS = re.compile(r"\d+")
CHINESE_DIGITS = "〇一二三四五六七八九"
PLAIN_DATELINE = re.compile(r"^([A-Z][a-z]+ \d{1,2}, \d{4}), \d{1,2}:\d{2} [AP]M E[DS]T$")


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _articles(story: str) -> dict[str, Path]:
    folder = EXAMPLES / story
    return {p.stem: p for p in sorted(folder.iterdir()) if p.suffix in ARTICLE_SUFFIXES}


def _expected(story: str) -> dict[str, dict[str, Any]]:
    folder = EXPECTED / story
    return {p.stem: _load(p) for p in sorted(folder.glob("*.json")) if p.name != "planted.json"}


def _reference(story: str) -> dict[str, Any]:
    return dict(_load(EXAMPLES / story / "reference.json"))


def _planted(story: str) -> list[dict[str, Any]]:
    return list(_load(EXPECTED / story / "planted.json")["errors"])


def _text(path: Path) -> str:
    """The article as a reader sees it: the file's characters, HTML entities decoded."""
    raw = path.read_text(encoding="utf-8")
    return html.unescape(raw) if path.suffix == ".html" else raw


def _number(raw: str) -> int:
    digits = "".join(str(unicodedata.digit(c)) for c in raw if unicodedata.digit(c, None) is not None)
    return int(digits) if digits else _chinese_number(raw)


def _chinese_number(raw: str) -> int:
    """A number below a hundred written in Chinese numerals, after any 百分之: 十九 19, 二十五 25, 四十 40."""
    words = raw.removeprefix("百分之")
    tens, _, units = words.rpartition("十")
    if "十" not in words:
        tens, units = "", words
    value = (CHINESE_DIGITS.index(tens) if tens else 1) * 10 if "十" in words else 0
    return value + (CHINESE_DIGITS.index(units) if units else 0)


def _ids(entity: str | list[str]) -> list[str]:
    return [entity] if isinstance(entity, str) else list(entity)


def _article_cases() -> list[tuple[str, str]]:
    return [(story, stem) for story in STORIES for stem in sorted(_expected(story))]


ARTICLE_CASES = _article_cases()
HTML_CASES = [(story, stem) for story, stem in ARTICLE_CASES if _articles(story)[stem].suffix == ".html"]


def _clean(story: str, stem: str) -> bool:
    return all(e["article"] != stem for e in _planted(story))


def test_there_are_eight_stories_of_at_least_six_articles() -> None:
    assert len(STORIES) == 8
    for story in STORIES:
        assert len(_articles(story)) >= 6, story


@pytest.mark.parametrize("story", STORIES)
def test_every_article_has_an_expected_file_and_back(story: str) -> None:
    assert sorted(_articles(story)) == sorted(_expected(story))


@pytest.mark.parametrize("story", STORIES)
def test_a_story_mixes_languages_formats_and_layouts(story: str) -> None:
    docs = _expected(story).values()
    assert {d["language"] for d in docs} == LANGUAGES
    assert sum(d["format"] == "html" for d in docs) >= 2
    assert len({d["layout"] for d in docs}) >= 4
    assert any(not d["complete"] for d in docs), "a story needs an article that prints only a selection"
    clean_complete = [d for d in docs if d["complete"] and _clean(story, d["article"])]
    assert clean_complete, "a story needs an article that prints the whole list correctly"


@pytest.mark.parametrize("story", STORIES)
def test_reference_is_well_formed(story: str) -> None:
    ref = _reference(story)
    assert ref["version"] == "1" and ref["kind"] == "reference"
    date.fromisoformat(ref["date"])
    assert ref["title"] and ref["source"]
    group_ids = [g["id"] for g in ref["groups"]]
    column_ids = [c["id"] for c in ref["columns"]]
    entry_ids = [e["id"] for e in ref["entries"]]
    assert len(set(group_ids)) == len(group_ids) and len(set(column_ids)) == len(column_ids)
    assert len(set(entry_ids)) == len(entry_ids)
    members = Counter(e["group"] for e in ref["entries"])
    for g in ref["groups"]:
        assert members[g["id"]] == g["count"], g["id"]
    for e in ref["entries"]:
        assert (e["group"] in group_ids) if group_ids else e["group"] is None
        assert set(e["names"]) == {"en", "zh-Hant", "zh-Hans", "ja"} and all(e["names"].values())
        assert set(e.get("values", {})) == set(column_ids), e["id"]
        is_country = pycountry.countries.get(alpha_2=e["id"]) is not None
        assert is_country or SLUG.match(e["id"]), e["id"]


@pytest.mark.parametrize("story", STORIES)
def test_country_ids_are_iso_codes_of_the_named_country(story: str) -> None:
    countries = [e for e in _reference(story)["entries"] if len(e["id"]) == 2]
    for e in countries:
        country = pycountry.countries.get(alpha_2=e["id"])
        assert country is not None, e["id"]
        iso = {getattr(country, a, "") for a in ("name", "common_name", "official_name")} - {""}
        english = {e["names"]["en"], *e["aliases"]}
        assert any(n in i or i in n for n in english for i in iso), e["id"]


@pytest.mark.parametrize(("story", "stem"), ARTICLE_CASES)
def test_expected_file_describes_its_article(story: str, stem: str) -> None:
    doc = _expected(story)[stem]
    path = _articles(story)[stem]
    text = _text(path)
    assert doc["article"] == stem
    assert doc["format"] == ARTICLE_SUFFIXES[path.suffix]
    assert doc["language"] in LANGUAGES
    assert isinstance(doc["complete"], bool) and doc["layout"]
    assert doc["outlet"] in text
    assert _printed_date(path) == date.fromisoformat(doc["date"])


def _printed_date(path: Path) -> date:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        soup = BeautifulSoup(raw, "html.parser")
        site = soup.find("meta", property="og:site_name")
        published = soup.find("meta", property="article:published_time")
        assert site is not None and published is not None
        return date.fromisoformat(str(published["content"])[:10])
    first = raw.splitlines()[0]
    if m := DATE_LINE.match(first):
        return date.fromisoformat(m.group(1))
    m = PLAIN_DATELINE.match(first)
    assert m, f"{path.name}: first line is neither a date line nor a dateline"
    return datetime.strptime(m.group(1), "%B %d, %Y").date()


@pytest.mark.parametrize(("story", "stem"), HTML_CASES)
def test_html_outlet_is_the_site_name(story: str, stem: str) -> None:
    soup = BeautifulSoup(_articles(story)[stem].read_text(encoding="utf-8"), "html.parser")
    site = soup.find("meta", property="og:site_name")
    assert site is not None and site["content"] == _expected(story)[stem]["outlet"]
    assert soup.find("nav") and soup.find("article") and soup.find("footer")


@pytest.mark.parametrize(
    ("story", "stem"), [c for c in ARTICLE_CASES if _expected(c[0])[c[1]]["language"] == "zh-Hans"]
)
def test_a_simplified_chinese_article_prints_no_traditional_characters(story: str, stem: str) -> None:
    text = _text(_articles(story)[stem])
    converted = str(_T2S.convert(text))
    assert converted == text, {a for a, b in zip(text, converted, strict=False) if a != b}


@pytest.mark.parametrize(("story", "stem"), ARTICLE_CASES)
def test_every_recorded_string_is_printed_in_the_article(story: str, stem: str) -> None:
    doc = _expected(story)[stem]
    text = _text(_articles(story)[stem])
    for item in doc["items"]:
        printed = [item["name"], item.get("name_en"), *item.get("aliases", []), item.get("group")]
        printed += [v["raw"] for v in item.get("values", [])] + [v["column"] for v in item.get("values", [])]
        printed += list(item.get("attributes", {}).values())
        for s in printed:
            assert s is None or s in text, f"{stem}: {s!r}"
    for stated in doc["stated"]:
        assert stated["quote"] in text, f"{stem}: {stated['quote']!r}"
    for s in doc["not_items"] + doc.get("not_counts", []):
        assert s in text, f"{stem}: {s!r}"


@pytest.mark.parametrize(("story", "stem"), ARTICLE_CASES)
def test_items_are_recorded_in_the_article_order(story: str, stem: str) -> None:
    text = _text(_articles(story)[stem])
    position = 0
    for item in _expected(story)[stem]["items"]:
        found = text.find(item["name"], position)
        assert found >= 0, f"{stem}: {item['name']!r} is not printed after the previous item"
        position = found + len(item["name"])


@pytest.mark.parametrize(("story", "stem"), ARTICLE_CASES)
def test_values_counts_and_groups_are_consistent(story: str, stem: str) -> None:
    doc = _expected(story)[stem]
    names = {i["name"] for i in doc["items"]}
    assert not names & set(doc["not_items"]), "a string is both an item and not an item"
    for item in doc["items"]:
        for v in item.get("values", []):
            assert abs(_number(v["raw"])) == abs(v["number"]), v
    groups = {i.get("group") for i in doc["items"]}
    for stated in doc["stated"]:
        assert stated["count"] > 0
        assert stated["group"] is None or stated["group"] in groups, stated
        runs = [int(r) for r in DIGITS.findall(stated["quote"])]
        assert not runs or stated["count"] in runs, stated


@pytest.mark.parametrize(("story", "stem"), ARTICLE_CASES)
def test_every_item_names_a_reference_entry(story: str, stem: str) -> None:
    ids = {e["id"] for e in _reference(story)["entries"]}
    off_list = {e["article"] for e in _planted(story) if e["kind"] == "not_on_list"}
    for item in _expected(story)[stem]["items"]:
        assert item["ref"] in ids or (item["ref"] is None and stem in off_list), item


@pytest.mark.parametrize(("story", "stem"), [c for c in ARTICLE_CASES if _clean(*c)])
def test_a_clean_article_agrees_with_the_official_list(story: str, stem: str) -> None:
    doc = _expected(story)[stem]
    ref = _reference(story)
    entries = {e["id"]: e for e in ref["entries"]}
    refs = [i["ref"] for i in doc["items"]]
    assert len(refs) == len(set(refs)), "an entity listed twice"
    if doc["complete"]:
        assert set(refs) == set(entries)
    per_group = Counter(i.get("group") for i in doc["items"])
    for stated in doc["stated"]:
        listed = len(refs) if stated["group"] is None else per_group[stated["group"]]
        if doc["complete"]:
            assert listed == stated["count"], stated
        else:
            assert listed < stated["count"], stated
    official_group = defaultdict(set)
    for item in doc["items"]:  # an ungrouped list may hold every official group
        if item.get("group") is not None:
            official_group[item["group"]].add(entries[item["ref"]]["group"])
    assert all(len(g) == 1 for g in official_group.values()), "an article group mixes official groups"
    columns = [c["id"] for c in ref["columns"]]
    units = {c["unit"] for c in ref["columns"]}
    for item in doc["items"]:
        # the values in the official list's units, in its columns' order (an extra column after them aside)
        printed = [v["number"] for v in item.get("values", []) if v["unit"] in units][: len(columns)]
        official = [entries[item["ref"]]["values"][c] for c in columns]
        assert printed == official[: len(printed)], item["name"]


@pytest.mark.parametrize("story", STORIES)
def test_planted_errors_are_recorded_and_visible(story: str) -> None:
    planted = _load(EXPECTED / story / "planted.json")
    assert planted["version"] == "1"
    docs = _expected(story)
    ref = _reference(story)
    ids = {e["id"] for e in ref["entries"]} | {g["id"] for g in ref["groups"]}
    articles = [e["article"] for e in planted["errors"]]
    assert len(articles) == len(set(articles)), "one planted error per article at most"
    for error in planted["errors"]:
        assert error["kind"] in KINDS and error["detail"]
        assert error["article"] in docs
        assert set(_ids(error["entity"])) <= ids, error["entity"]
        assert error["quote"] in _text(_articles(story)[error["article"]])
        _VISIBLE[error["kind"]](docs[error["article"]], ref, error)


def test_the_stories_together_plant_every_kind_and_keep_clean_articles() -> None:
    kinds = {e["kind"] for story in STORIES for e in _planted(story)}
    assert REQUIRED_KINDS <= kinds
    for story in STORIES:
        assert sum(_clean(story, stem) for stem in _expected(story)) >= 2, story


def _items_of(doc: dict[str, Any], ref_id: str) -> list[dict[str, Any]]:
    return [i for i in doc["items"] if i["ref"] == ref_id]


def _entry(ref: dict[str, Any], ref_id: str) -> dict[str, Any]:
    return next(e for e in ref["entries"] if e["id"] == ref_id)


def _visible_namesake(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    (item,) = _items_of(doc, error["entity"])
    entry = _entry(ref, error["entity"])
    official = [*entry["names"].values(), *entry["aliases"]]
    assert item["name"] not in official
    assert any(len(os.path.commonprefix([item["name"], n])) >= 2 for n in official), "not a namesake"


def _visible_count_mismatch(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    per_group = Counter(i.get("group") for i in doc["items"])
    wrong = [s for s in doc["stated"] if s["quote"] in error["quote"]]
    assert wrong and all(
        s["count"] != (len(doc["items"]) if s["group"] is None else per_group[s["group"]]) for s in wrong
    )


def _visible_wrong_group(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    (item,) = _items_of(doc, error["entity"])
    official = _entry(ref, error["entity"])["group"]
    neighbours = [i for i in doc["items"] if i.get("group") == item["group"] and i is not item]
    assert neighbours and all(_entry(ref, i["ref"])["group"] != official for i in neighbours)


def _visible_column_swap(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    (item,) = _items_of(doc, error["entity"])
    official = [_entry(ref, error["entity"])["values"][c["id"]] for c in ref["columns"]]
    printed = [v["number"] for v in item["values"]][: len(official)]
    differ = [k for k, (p, o) in enumerate(zip(printed, official, strict=True)) if p != o]
    assert len(differ) == 2, "two values, the others as the official list gives them"
    a, b = differ
    assert (printed[a], printed[b]) == (official[b], official[a]), "the two values are each other's"


def _visible_wrong_value(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    (item,) = _items_of(doc, error["entity"])
    official = [_entry(ref, error["entity"])["values"][c["id"]] for c in ref["columns"]]
    printed = [v["number"] for v in item["values"]][: len(official)]
    # an outlet may print fewer columns than the official list (gold, silver and bronze, no total)
    assert sum(p != o for p, o in zip(printed, official[: len(printed)], strict=True)) == 1


def _visible_duplicate(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    twice = _items_of(doc, error["entity"])
    assert len(twice) == 2 and twice[0]["name"] != twice[1]["name"]


def _visible_not_on_list(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    assert any(i["ref"] is None for i in doc["items"])
    assert not _items_of(doc, error["entity"]), "the displaced entry is missing from the list"


def _visible_attribute_swap(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    a, b = (_items_of(doc, i)[0] for i in _ids(error["entity"]))
    assert a["attributes"].keys() == b["attributes"].keys()
    differ = [k for k in a["attributes"] if a["attributes"][k] != b["attributes"][k]]
    assert len(differ) == 1, "one attribute (a nationality, a post) is exchanged, the others agree"


def _visible_missing(doc: dict[str, Any], ref: dict[str, Any], error: dict[str, Any]) -> None:
    assert not _items_of(doc, error["entity"])


_VISIBLE = {
    "namesake": _visible_namesake,
    "count_mismatch": _visible_count_mismatch,
    "wrong_group": _visible_wrong_group,
    "column_swap": _visible_column_swap,
    "wrong_value": _visible_wrong_value,
    "duplicate_item": _visible_duplicate,
    "not_on_list": _visible_not_on_list,
    "attribute_swap": _visible_attribute_swap,
    "missing_item": _visible_missing,
}


def test_readme_describes_every_story_and_article() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for story in STORIES:
        assert f"`{story}`" in readme or f"{story}/" in readme, story
        for path in _articles(story).values():
            assert path.name in readme, path.name
