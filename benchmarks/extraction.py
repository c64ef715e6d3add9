"""How well crosscheck reads the example stories' lists, against the expected files written by reading them.

    .venv/bin/python benchmarks/extraction.py [--details]

For every article with an expected file under ``tests/expected/stories/<story>/``: items expected and
extracted, items read with the right name (in order), with the right group, with the right values
(number and unit, in order) and attributes (text), and how many of the counts it states (in headings,
lead-ins, headlines and prose) were read as claims of the same value over the same words. Prints one
row per article, then totals per layout the expected file names and overall.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.claims import extract_claims  # noqa: E402
from pipeline.models import Kind, Mention  # noqa: E402
from sources.registry import parse_path  # noqa: E402

EXPECTED = ROOT / "tests" / "expected" / "stories"


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def names_of(m: Mention) -> set[str]:
    return {norm(n) for n in (m.name_zh, m.name_en, m.acronym, *m.aliases) if n}


def item_matches(want: dict[str, Any], got: Mention) -> bool:
    wanted = {norm(want["name"])} | ({norm(want["name_en"])} if want.get("name_en") else set())
    return bool(wanted & names_of(got))


def group_ok(want: dict[str, Any], got: Mention) -> bool:
    g = want.get("group")
    if not g:
        return not got.group or True  # an ungrouped list: any label is harmless
    return norm(g) in norm(got.group)


def values_ok(want: dict[str, Any], got: Mention) -> bool:
    wanted = [(float(v["number"]), v.get("unit", "")) for v in want.get("values", [])]
    have = [(float(v.number) if v.number is not None else None, v.unit) for v in got.values]
    return wanted == have


def attributes_ok(want: dict[str, Any], got: Mention) -> bool:
    """Every attribute the expected file records is among the words read: attributes printed side by side
    (a body and the title it heads, ``港澳辦`` ``主任``) are read as one piece, as printed."""
    wanted = {norm(v) for v in (want.get("attributes") or {}).values()}
    have, end = "", None
    for a in sorted(got.attributes, key=lambda a: a.start):
        have += ("" if a.start == end else " ") + norm(a.text)
        end = a.end
    return all(w in have for w in wanted)


def article_path(story: str, stem: str) -> Path:
    folder = ROOT / "examples" / story
    return next(p for p in folder.iterdir() if p.stem == stem and p.suffix in (".txt", ".html", ".htm"))


def score(expected: dict[str, Any], story: str) -> dict[str, Any]:
    res = parse_path(article_path(story, expected["article"]))
    got = [m for m in res.mentions if m.kind is Kind.LIST]
    want = expected["items"]
    pairs: list[tuple[dict[str, Any], Mention]] = []
    used: set[int] = set()
    for w in want:
        k = next((i for i, m in enumerate(got) if i not in used and item_matches(w, m)), None)
        if k is not None:
            used.add(k)
            pairs.append((w, got[k]))
    stated = expected.get("stated", [])
    claims = extract_claims(res.article, res.mentions, res.headings) if res.article else ()
    text = res.article.text if res.article else ""

    def read(s: dict[str, Any]) -> bool:
        """The count is read over the words the expected file quotes (a heading's or any claim's)."""
        at = text.find(s["quote"])
        end = at + len(s["quote"])
        spans = [(h.start, h.end, h.stated) for h in res.headings]
        spans += [(c.start, c.end, c.stated) for c in claims]
        return at >= 0 and any(a < end and at < b and v == s["count"] for a, b, v in spans)

    counts_read = sum(read(s) for s in stated)
    return {
        "article": expected["article"],
        "layout": expected.get("layout", ""),
        "read_as": res.article.layout if res.article else "",
        "expected": len(want),
        "extracted": len(got),
        "names": len(pairs),
        "groups": sum(group_ok(w, m) for w, m in pairs),
        "values": sum(values_ok(w, m) for w, m in pairs),
        "attributes": sum(attributes_ok(w, m) for w, m in pairs),
        "stray": len(got) - len(pairs),
        "counts": f"{counts_read}/{len(stated)}",
        "counts_read": counts_read,
        "counts_stated": len(stated),
        "pairs": pairs,
        "got": got,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="print the items that were missed or stray")
    args = ap.parse_args(argv)
    totals: dict[str, int] = defaultdict(int)
    print(
        "| story | article | read as | expected | extracted | names | groups | values | attributes | stray "
        "| counts |"
    )
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for path in sorted(EXPECTED.glob("*/*.json")):
        if path.name == "planted.json":
            continue
        story = path.parent.name
        row = score(json.loads(path.read_text(encoding="utf-8")), story)
        print(
            f"| {story} | {row['article']} | {row['read_as']} | {row['expected']} | {row['extracted']} | "
            f"{row['names']} | {row['groups']} | {row['values']} | {row['attributes']} | {row['stray']} | "
            f"{row['counts']} |"
        )
        keys = ("expected", "extracted", "names", "groups", "values", "attributes", "stray", "counts_read")
        for key in keys:
            totals[key] += row[key]
        totals["counts_stated"] += row["counts_stated"]
        if args.details:
            matched = {id(m) for _, m in row["pairs"]}
            for m in row["got"]:
                if id(m) not in matched:
                    print(f"    stray: {m.label!r} group={m.group!r}")
            for w, m in row["pairs"]:
                if not values_ok(w, m) or not group_ok(w, m) or not attributes_ok(w, m):
                    vals = [(v.raw, v.column) for v in m.values]
                    attrs = [(a.kind.value, a.text) for a in m.attributes]
                    print(f"    partial: {w['name']!r} group={m.group!r} values={vals} attrs={attrs}")
    n = max(totals["expected"], 1)
    print(
        f"\nitems expected {totals['expected']}, extracted {totals['extracted']}; "
        f"names {totals['names'] / n:.1%}, "
        f"groups {totals['groups'] / n:.1%}, values {totals['values'] / n:.1%}, "
        f"attributes {totals['attributes'] / n:.1%}, stray {totals['stray']}; "
        f"stated counts read {totals['counts_read']} of {totals['counts_stated']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
