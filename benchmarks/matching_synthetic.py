"""The generated inputs of ``benchmarks/bench_matching.py``, each with its truth (fixed seed: deterministic).

Noisy copies (``synthetic``): the example's three lists copied into many articles with items dropped,
English or Chinese names removed, Simplified conversion, a character of the Chinese name dropped, word
order of the English shuffled, and a few strays per article. Long lists (``synthetic_long``): names made
of random Chinese syllables with their pinyin as the English name, listed by many outlets, each dropping,
misspelling and shuffling some of them and adding strays.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import matching_fixtures as fx  # noqa: E402

from pipeline.models import Mention  # noqa: E402
from pipeline.normalize.scripts import to_simplified, to_traditional  # noqa: E402

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
