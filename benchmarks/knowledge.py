"""What each piece of matching knowledge buys, measured on hand-written data.

    .venv/bin/python benchmarks/knowledge.py

1. Regional folding: how many CLDR country/territory names of two Chinese locales (zh_Hant = Taiwan,
   zh_Hant_HK, zh_Hans) become equal under each OpenCC configuration (a name is compared under its
   script-folded key and, where the configuration applies, its folded key).
2. Pairwise F1 of ``match_lists`` against the hand-written clusterings of tests/knowledge_fixtures.py
   (five outlets' lists of 20 countries with one namesake; four outlets' transliterations of 13
   people) and of tests/expected/clusters.tsv (the bundled example), with each kind of knowledge
   switched on or off.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import knowledge_fixtures as kf  # noqa: E402
import matching_fixtures as mf  # noqa: E402
import opencc  # noqa: E402
import pycountry  # noqa: E402
from babel import Locale  # noqa: E402

from pipeline.knowledge import Knowledge  # noqa: E402
from pipeline.knowledge.gazetteer_kept import builtin_gazetteer  # noqa: E402
from pipeline.matching import match_lists  # noqa: E402
from pipeline.normalize.chinese import zh_key  # noqa: E402
from pipeline.normalize.scripts import to_traditional  # noqa: E402

LOCALE_PAIRS = (("zh_Hant", "zh_Hans"), ("zh_Hant_HK", "zh_Hans"), ("zh_Hant", "zh_Hant_HK"))
CONFIGS = ((), ("hk2s",), ("tw2s",), ("tw2sp",), ("tw2sp", "hk2s"))


def _forms(name: str, configs: tuple[str, ...], converters: dict[str, opencc.OpenCC]) -> set[str]:
    out = {zh_key(name)}
    if to_traditional(name) == name:  # no Simplified-only character: as pipeline.knowledge.regional
        out |= {zh_key(converters[c].convert(name)) for c in configs}
    return out


def regional_table() -> None:
    codes = sorted(c.alpha_2 for c in pycountry.countries)
    names = {loc: Locale.parse(loc).territories for loc in ("zh_Hant", "zh_Hant_HK", "zh_Hans")}
    converters = {c: opencc.OpenCC(c) for cs in CONFIGS for c in cs}
    print("Regional folding: CLDR names equal after folding")
    print(f"{'folding':<20}" + "".join(f"{a}/{b:<12}" for a, b in LOCALE_PAIRS))
    for configs in CONFIGS:
        cells = []
        for a, b in LOCALE_PAIRS:
            pairs = [(names[a][c], names[b][c]) for c in codes if c in names[a] and c in names[b]]
            equal = sum(
                bool(_forms(x, configs, converters) & _forms(y, configs, converters)) for x, y in pairs
            )
            cells.append(f"{equal}/{len(pairs)}")
        label = "script only (t2s)" if not configs else "+ " + " + ".join(configs)
        print(f"{label:<20}" + "".join(f"{c:<22}" for c in cells))


def f1_table() -> None:
    start = time.perf_counter()
    gazetteer = builtin_gazetteer()
    print(f"\nBuilt-in gazetteer: {len(gazetteer)} keys, built in {time.perf_counter() - start:.2f} s")
    settings = {
        "nothing": Knowledge.nothing(),
        "regional": Knowledge(regional=True, phonetic=False),
        "pinyin": Knowledge(regional=False, phonetic=True),
        "regional + pinyin": Knowledge(),
        "gazetteer": Knowledge(gazetteer=gazetteer, regional=False, phonetic=False),
        "all": Knowledge(gazetteer=gazetteer),
    }
    example = mf.example_list_mentions()
    keys = {m.key for m in example}
    data = {
        "countries (5 outlets x 20)": kf.country_lists(),
        "people (4 outlets x 13)": kf.people_lists(),
        "bundled example (3 lists x 66)": (
            example,
            {k: v for k, v in mf.expected_rows().items() if k in keys},
        ),
    }
    print(f"\nPairwise F1\n{'knowledge':<20}" + "".join(f"{d:<34}" for d in data))
    for label, knowledge in settings.items():
        row = [kf.pairwise_f1(match_lists(ms, knowledge=knowledge), truth) for ms, truth in data.values()]
        print(f"{label:<20}" + "".join(f"{f:<34.4f}" for f in row))


if __name__ == "__main__":
    regional_table()
    f1_table()
