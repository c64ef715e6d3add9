"""The example stories in ``benchmarks/bench_matching.py``: the list items of every story of
``tests/expected/stories`` (each item's ``ref`` in the expected file is its truth), matched with no
gazetteer and with the built-in one, with the sound keys off, the katakana key alone, and the katakana key
with the Chinese transliterations' skeletons."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.matching_scores import f1, pairwise  # noqa: E402
from pipeline.knowledge import Knowledge  # noqa: E402
from pipeline.matching import evidence  # noqa: E402
from pipeline.models import Kind, Mention  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def story_mentions(story: Path) -> tuple[list[Mention], dict[str, str]]:
    """The list mentions of one story's articles and, for items with a ref, their truth."""
    from sources.registry import parse_path

    mentions: list[Mention] = []
    truth: dict[str, str] = {}
    for expected_path in sorted(story.glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if "items" not in expected:
            continue
        article = next(iter(sorted((ROOT / "examples" / story.name).glob(f"{expected['article']}.*"))))
        listed = [m for m in parse_path(article).mentions if m.kind is Kind.LIST]
        mentions += listed
        for m, item in zip(sorted(listed, key=lambda m: m.position), expected["items"], strict=False):
            if item.get("ref") and item["name"] in (m.name_zh, m.name_en):
                truth[m.key] = item["ref"]
    return mentions, truth


def stories_table() -> None:
    base = Settings()
    off = replace(base, evidence=replace(base.evidence, katakana=False))
    kana = replace(base, evidence=replace(base.evidence, katakana=True))
    header = f"{'story':30s} {'pairs':>5s} {'knowledge':>10s} {'sound':>9s}"
    print(header + f" {'precision':>9s} {'recall':>7s} {'F1':>7s}")
    gazetteer = Knowledge.standard()
    for story in sorted((ROOT / "tests" / "expected" / "stories").iterdir()):
        mentions, truth = story_mentions(story)
        same = sum(c * (c - 1) // 2 for c in Counter(truth.values()).values())
        for known, knowledge in (("no codes", Knowledge()), ("built-in", gazetteer)):
            for label, settings, han in (
                ("off", off, False),
                ("kana", kana, False),
                ("kana+han", kana, True),
            ):
                # the Chinese skeletons switched off by giving no Chinese key one
                with mock.patch.object(evidence, "han_keys", evidence.han_keys if han else lambda *_: {}):
                    precision, recall = pairwise(mentions, truth, settings=settings, knowledge=knowledge)
                print(
                    f"{story.name:30s} {same:5d} {known:>10s} {label:>9s} {precision:9.4f} {recall:7.4f} "
                    f"{f1(precision, recall):7.4f}"
                )
