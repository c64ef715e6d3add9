"""Time, memory and accuracy of ``match_lists``: the bundled example, noisy copies, long synthetic lists,
and the example stories with and without the sound keys (katakana, Chinese skeletons).

    .venv/bin/python benchmarks/bench_matching.py [--articles 40] [--repeat 3]
    .venv/bin/python benchmarks/bench_matching.py --outlets 20 --entities 2000   # one long-list case
    .venv/bin/python benchmarks/bench_matching.py --long                           # the long-list table
    .venv/bin/python benchmarks/bench_matching.py --stories                        # sound keys off / on

Noisy copies: the example's three lists copied into ``--articles`` articles with seeded noise (fixed
seed: deterministic): items dropped (partial lists), English or Chinese names removed, Simplified
conversion, a character of the Chinese name dropped, word order of the English shuffled, and a few strays
per article. Figures: wall time (best of ``--repeat``) and peak traced memory.

Long lists (``synthetic_long``): ``--entities`` names made of random Chinese syllables with their
pinyin as the English name, listed by ``--outlets`` outlets; each outlet drops about 8% of them, writes
Traditional or Simplified, gives English or not, misspells a few names (one character or letter),
shuffles the order and adds about 2% strays (fixed seed; the truth is known). Each case runs in its own
process: seconds of ``match_lists``, the process's peak RSS, pairwise precision / recall / F1.

Stories: the list items of every story of ``tests/expected/stories`` (read by the parser, each item's
``ref`` in the expected file is its truth; items without a ref are left out of the pairs), matched with
no gazetteer and with the built-in one, with the sound keys off, the katakana key alone, and the katakana
key with the Chinese transliterations' skeletons (pipeline/knowledge/sound.py).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from pathlib import Path
from unittest import mock

from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import matching_fixtures as fx  # noqa: E402

from pipeline.knowledge import Knowledge  # noqa: E402
from pipeline.matching import evidence, match_lists  # noqa: E402
from pipeline.models import Kind, Mention  # noqa: E402
from pipeline.normalize.scripts import to_simplified, to_traditional  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

SEED = 20260108


def _noisy(m: Mention, article: str, position: int, rnd: random.Random) -> Mention:
    zh, en = m.name_zh, m.name_en
    r = rnd.random()
    if r < 0.15:
        en = ""
    elif r < 0.25 and en:
        zh = ""
    if zh and rnd.random() < 0.5:
        zh = to_simplified(zh)
    if zh and len(zh) > 4 and rnd.random() < 0.3:
        cut = rnd.randrange(len(zh))
        zh = zh[:cut] + zh[cut + 1 :]
    if en and rnd.random() < 0.2:
        words = en.split()
        rnd.shuffle(words)
        en = " ".join(words)
    return replace(m, article=article, position=position, name_zh=zh, name_en=en, aliases=())


def synthetic(n_articles: int, seed: int = SEED) -> tuple[list[Mention], dict[str, str]]:
    """Noisy copies of the example lists plus strays, and the true cluster of every mention."""
    rnd = random.Random(seed)
    pool = fx.example_list_mentions()
    rows = fx.expected_rows()
    truth: dict[str, str] = {}
    out: list[Mention] = []
    for a in range(n_articles):
        article = f"s{a:03d}"
        source = [m for m in pool if m.article == fx.LIST_ARTICLES[a % 3]]
        keep = source if a % 4 == 0 else rnd.sample(source, rnd.randint(15, len(source)))
        items = [_noisy(m, article, i + 1, rnd) for i, m in enumerate(keep)]
        truth.update({n.key: f"row{rows[m.key]}" for n, m in zip(items, keep, strict=True)})
        for _ in range(rnd.randint(0, 3)):  # strays: random names, on no list
            zh = "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(4, 10)))
            en = " ".join(
                "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9))).title()
                for _ in range(rnd.randint(2, 5))
            )
            items.append(fx._mention(article, len(items) + 1, None, zh, en, ""))
            truth[items[-1].key] = f"stray {items[-1].key}"
        out += items
    return out, truth


def pairwise(mentions: list[Mention], truth: dict[str, str], **kwargs: object) -> tuple[float, float]:
    """Pairwise precision and recall of match_lists against ``truth`` (counted per true cluster)."""
    got = {k: e.id for e in match_lists(mentions, **kwargs).entities for k in e.mentions}  # type: ignore[arg-type]
    return scores(got, truth)


def scores(got: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of ``got`` (mention -> entity) on the keys of ``truth``."""
    by_pair: Counter[tuple[str, str]] = Counter((got[k], truth[k]) for k in truth)
    same_both = sum(c * (c - 1) // 2 for c in by_pair.values())
    same_got = sum(c * (c - 1) // 2 for c in Counter(got[k] for k in truth).values())
    same_true = sum(c * (c - 1) // 2 for c in Counter(truth.values()).values())
    return same_both / max(same_got, 1), same_both / max(same_true, 1)


def measure(mentions: list[Mention], repeat: int) -> tuple[float, float, int]:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = match_lists(mentions)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    match_lists(mentions)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak / 2**20, len(result.entities)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# -- long synthetic lists ---------------------------------------------------------------------------

_SYLLABLES = (
    "安巴邦包北贝本比边宾波博布卡坎康科克库拉兰朗劳勒雷利林隆卢鲁伦罗马曼梅蒙米明莫穆纳南尼宁诺帕潘佩皮普"
    "齐乔切萨桑沙森斯苏塔坦特提托图瓦万威维沃乌西希夏辛雅扬耶伊尤扎泽哲珍朱卓德多杜达丹迪丁东敦法菲芬弗福"
    "加甘格贡古哈汉赫亨胡华霍基吉嘉杰金卓"
)


def _name(rnd: random.Random) -> str:
    return "".join(rnd.choice(_SYLLABLES) for _ in range(rnd.randint(2, 5)))


def _english(zh: str, rnd: random.Random) -> str:
    syllables = lazy_pinyin(zh)
    cut = rnd.randint(1, len(syllables) - 1) if len(syllables) > 2 else len(syllables)
    words = ["".join(syllables[:cut]), "".join(syllables[cut:])]
    return " ".join(w.title() for w in words if w)


def _typo(text: str, rnd: random.Random, *, zh: bool) -> str:
    at = rnd.randrange(len(text))
    if zh:
        return text[:at] + rnd.choice(_SYLLABLES) + text[at + 1 :]
    if text[at] == " ":
        return text
    return text[:at] + rnd.choice("aeioun") + text[at + 1 :]


def synthetic_long(n_outlets: int, n_entities: int, seed: int = SEED) -> tuple[list[Mention], dict[str, str]]:
    """``n_outlets`` lists of about ``n_entities`` names each, and the true cluster of every mention."""
    rnd = random.Random(seed)
    names: dict[str, None] = {}
    while len(names) < n_entities:
        names[_name(rnd)] = None
    entities = [(zh, _english(zh, rnd)) for zh in names]
    out: list[Mention] = []
    truth: dict[str, str] = {}
    for o in range(n_outlets):
        article = f"o{o:04d}"
        traditional, english = rnd.random() < 0.5, rnd.random() < 0.7
        items = [(f"e{e}", zh, en) for e, (zh, en) in enumerate(entities) if rnd.random() >= 0.08]
        items += [(f"stray {article} {k}", _name(rnd), "") for k in range(max(1, n_entities // 50))]
        rnd.shuffle(items)
        for position, (true, zh, en) in enumerate(items, start=1):
            en = (en or _english(zh, rnd)) if english else ""
            if rnd.random() < 0.05:
                zh = _typo(zh, rnd, zh=True)
            if en and rnd.random() < 0.05:
                en = _typo(en, rnd, zh=False)
            zh = to_traditional(zh) if traditional else zh
            mention = fx._mention(article, position, None, zh, en, "")
            out.append(mention)
            truth[mention.key] = true
    return out, truth


def long_case(n_outlets: int, n_entities: int) -> dict[str, float]:
    """One long-list case, measured in this process."""
    mentions, truth = synthetic_long(n_outlets, n_entities)
    t0 = time.perf_counter()
    result = match_lists(mentions)
    seconds = time.perf_counter() - t0
    got = {k: e.id for e in result.entities for k in e.mentions}
    precision, recall = scores(got, truth)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "outlets": n_outlets,
        "entities": n_entities,
        "mentions": len(mentions),
        "found": len(result.entities),
        "true": len(set(truth.values())),
        "seconds": seconds,
        "rss_mib": rss,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
    }


LONG_CASES = ((20, 250), (20, 500), (20, 1000), (20, 2000), (200, 66), (1000, 66))


def _print_long(row: dict[str, float]) -> None:
    print(
        f"{int(row['outlets']):5d} x {int(row['entities']):<5d} {int(row['mentions']):8d} "
        f"{int(row['found']):7d} {int(row['true']):7d} {row['seconds']:8.2f} {row['rss_mib']:8.0f} "
        f"{row['precision']:9.4f} {row['recall']:7.4f} {row['f1']:7.4f}"
    )


def long_table() -> None:
    print(f"{'case':13s} {'mentions':>8s} {'found':>7s} {'true':>7s} {'seconds':>8s} {'RSS MiB':>8s}", end="")
    print(f" {'precision':>9s} {'recall':>7s} {'F1':>7s}")
    for n_outlets, n_entities in LONG_CASES:
        cmd = [sys.executable, __file__, "--outlets", str(n_outlets), "--entities", str(n_entities), "--json"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        _print_long(json.loads(done.stdout.strip().splitlines()[-1]))


# -- the example stories, sound keys on and off -----------------------------------------------------


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--outlets", type=int, help="one long-list case: this many outlets ...")
    parser.add_argument("--entities", type=int, default=250, help="... of this many entities")
    parser.add_argument("--json", action="store_true", help="print the long-list case as JSON")
    parser.add_argument("--long", action="store_true", help="the long-list table (one process per case)")
    parser.add_argument("--stories", action="store_true", help="the stories, sound keys on and off")
    args = parser.parse_args()
    if args.outlets:
        row = long_case(args.outlets, args.entities)
        print(json.dumps(row)) if args.json else _print_long(row)
        return
    if args.long:
        long_table()
        return
    if args.stories:
        stories_table()
        return
    rows = fx.expected_rows()
    example = fx.example_list_mentions()
    noisy, truth = synthetic(args.articles)
    cases = [
        ("example 000/001/003", example, {k: f"row{r}" for k, r in rows.items()}),
        (f"synthetic {args.articles} articles", noisy, truth),
    ]
    header = f"{'input':28s} {'mentions':>8s} {'entities':>8s} {'true':>5s} {'seconds':>8s} {'peak MiB':>9s}"
    print(header + f" {'precision':>9s} {'recall':>7s}")
    for name, mentions, true_clusters in cases:
        seconds, peak, n_entities = measure(mentions, args.repeat)
        precision, recall = pairwise(mentions, true_clusters)
        print(
            f"{name:28s} {len(mentions):8d} {n_entities:8d} {len(set(true_clusters.values())):5d} "
            f"{seconds:8.3f} {peak:9.1f} {precision:9.4f} {recall:7.4f}"
        )


if __name__ == "__main__":
    main()
