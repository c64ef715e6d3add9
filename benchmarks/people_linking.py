"""People linked across outlets and scripts: how many persons the articles of the stories of people name
are one entity across every outlet that lists them, and how many entities join two different people.

The truth is read, never computed: for the probe stories of ``tests/fixtures`` a table per story
(``tests/expected/people/<story>.tsv``: one row per person, one column per article, the name as printed),
for the example stories of people each item's ``ref`` in ``tests/expected/stories/<story>/*.json``. Each
story is reconciled as the command does it (``pipeline.run.reconcile``); a list item read is filed under
its person by its article and its name as printed (Chinese or Japanese, else English). Only items read
count: a person is *whole* when the items of every article that lists them and was read are in one
entity, *split* otherwise; a *false join* is an entity holding items of two persons.

Run: ``PYTHONPATH=. python benchmarks/people_linking.py`` (a minute or two on a quiet machine).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import Kind, Reconciliation  # noqa: E402
from pipeline.run import reconcile  # noqa: E402

PEOPLE = ROOT / "tests" / "expected" / "people"
STORIES = ROOT / "tests" / "expected" / "stories"
EXAMPLES_OF_PEOPLE = (
    "ldp-president-2025-10",
    "us-cabinet-2025",
    "us-hk-sanctions-2020-08",
    "us-icc-sanctions-2025",
)


def table_truth(story: str) -> dict[tuple[str, str], str]:
    """(article, name as printed) -> person, from a story's table (module docstring)."""
    lines = [
        line.rstrip("\n").split("\t")
        for line in (PEOPLE / f"{story}.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, rows = lines[0], lines[1:]
    truth: dict[tuple[str, str], str] = {}
    for row in rows:
        named = [n for n in row if n]
        person = f"{story}:{next((n for n in named if n.isascii()), named[0])}"  # a Latin name where printed
        truth |= {(a, name): person for a, name in zip(header, row, strict=True) if name}
    return truth


def ref_truth(story: str) -> dict[tuple[str, str], str]:
    """(article, name as printed) -> person, from the refs of an example story's expected files."""
    truth: dict[tuple[str, str], str] = {}
    for path in sorted((STORIES / story).glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        for item in expected.get("items", ()):
            if item.get("ref"):
                truth[(expected["article"], item["name"])] = f"{story}:{item['ref']}"
    return truth


def measure(result: Reconciliation, truth: dict[tuple[str, str], str]) -> tuple[int, int, int, list[str]]:
    """(persons listed by two articles or more, those whole, false joins, the persons split)."""
    entity_of = {key: e.id for e in result.entities for key in e.mentions}
    person_entities: dict[str, set[str]] = defaultdict(set)
    person_articles: dict[str, set[str]] = defaultdict(set)
    entity_persons: dict[str, set[str]] = defaultdict(set)
    for m in result.mentions:
        if m.kind is not Kind.LIST:
            continue
        article = m.key.split("#")[0]
        person = next(
            (truth[(article, n)] for n in (m.name_zh, m.name_en, m.acronym) if (article, n) in truth), None
        )
        if person is None or m.key not in entity_of:
            continue
        person_entities[person].add(entity_of[m.key])
        person_articles[person].add(article)
        entity_persons[entity_of[m.key]].add(person)
    shared = sorted(p for p, arts in person_articles.items() if len(arts) >= 2)
    split = [p for p in shared if len(person_entities[p]) > 1]
    joins = sum(1 for persons in entity_persons.values() if len(persons) > 1)
    return len(shared), len(shared) - len(split), joins, split


def main() -> None:
    runs = [
        (p.stem, ROOT / "tests" / "fixtures" / p.stem, table_truth(p.stem))
        for p in sorted(PEOPLE.glob("*.tsv"))
    ]
    runs += [(s, ROOT / "examples" / s, ref_truth(s)) for s in EXAMPLES_OF_PEOPLE]
    print("| story | persons in 2+ articles | one entity | split | false joins |")
    print("| --- | ---: | ---: | ---: | ---: |")
    totals = [0, 0, 0]
    split_all: list[str] = []
    for story, folder, truth in runs:
        shared, whole, joins, split = measure(reconcile([str(folder)]), truth)
        totals = [totals[0] + shared, totals[1] + whole, totals[2] + joins]
        split_all += split
        print(f"| {story} | {shared} | {whole} | {shared - whole} | {joins} |")
    print(f"| all | {totals[0]} | {totals[1]} | {totals[0] - totals[1]} | {totals[2]} |")
    print("\nsplit:", ", ".join(split_all) or "none")


if __name__ == "__main__":
    main()
