"""Hand-written lists for the knowledge tests: the same countries as five outlets print them, and
the same people as four outlets transliterate them. Written from the usage of each region, not from
any output; nothing here is product code."""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping, Sequence

from pipeline.matching import Matching
from pipeline.models import Kind, Mention

# One row per country: Taiwan, Hong Kong, mainland, Japanese and English usage. Row "NG" is
# printed by the Hong Kong outlet as its namesake Niger (尼日爾): see NAMESAKE.
COUNTRIES: dict[str, tuple[str, str, str, str, str]] = {
    "AF": ("阿富汗", "阿富汗", "阿富汗", "アフガニスタン", "Afghanistan"),
    "MM": ("緬甸", "緬甸", "缅甸", "ミャンマー", "Burma"),
    "TD": ("查德", "乍得", "乍得", "チャド", "Chad"),
    "CG": ("剛果共和國", "剛果（布）", "刚果（布）", "コンゴ共和国", "Republic of the Congo"),
    "GQ": ("赤道幾內亞", "赤道幾內亞", "赤道几内亚", "赤道ギニア", "Equatorial Guinea"),
    "ER": ("厄利垂亞", "厄立特里亞", "厄立特里亚", "エリトリア", "Eritrea"),
    "HT": ("海地", "海地", "海地", "ハイチ", "Haiti"),
    "IR": ("伊朗", "伊朗", "伊朗", "イラン", "Iran"),
    "LY": ("利比亞", "利比亞", "利比亚", "リビア", "Libya"),
    "SO": ("索馬利亞", "索馬里", "索马里", "ソマリア", "Somalia"),
    "SD": ("蘇丹", "蘇丹", "苏丹", "スーダン", "Sudan"),
    "YE": ("葉門", "也門", "也门", "イエメン", "Yemen"),
    "BI": ("蒲隆地", "布隆迪", "布隆迪", "ブルンジ", "Burundi"),
    "CU": ("古巴", "古巴", "古巴", "キューバ", "Cuba"),
    "LA": ("寮國", "老撾", "老挝", "ラオス", "Laos"),
    "SL": ("獅子山", "塞拉利昂", "塞拉利昂", "シエラレオネ", "Sierra Leone"),
    "TG": ("多哥", "多哥", "多哥", "トーゴ", "Togo"),
    "TM": ("土庫曼", "土庫曼斯坦", "土库曼斯坦", "トルクメニスタン", "Turkmenistan"),
    "VE": ("委內瑞拉", "委內瑞拉", "委内瑞拉", "ベネズエラ", "Venezuela"),
    "NG": ("奈及利亞", "尼日利亞", "尼日利亚", "ナイジェリア", "Nigeria"),
}
COUNTRY_OUTLETS = ("tw", "hk", "cn", "ja", "en")
NAMESAKE = ("hk", "NG", "尼日爾")  # the Hong Kong outlet prints Niger where the others print Nigeria

# One row per person: four outlets' transliterations (Taiwan, Hong Kong, mainland, another mainland
# or older Taiwan usage).
PEOPLE: dict[str, tuple[str, str, str, str]] = {
    "rubio": ("盧比歐", "魯比奧", "卢比奥", "鲁比欧"),
    "gershman": ("葛胥曼", "格什曼", "格什曼", "葛什曼"),
    "obama": ("歐巴馬", "奧巴馬", "奥巴马", "欧巴马"),
    "putin": ("普丁", "普京", "普京", "普亭"),
    "zelensky": ("澤倫斯基", "澤連斯基", "泽连斯基", "泽伦斯基"),
    "netanyahu": ("納坦雅胡", "內塔尼亞胡", "内塔尼亚胡", "内塔尼雅胡"),
    "macron": ("馬克宏", "馬克龍", "马克龙", "马克宏"),
    "merkel": ("梅克爾", "默克爾", "默克尔", "梅克尔"),
    "hegseth": ("赫格塞斯", "海格塞斯", "赫格塞思", "黑格塞斯"),
    "erdogan": ("艾爾段", "埃爾多安", "埃尔多安", "艾尔多安"),
    "guterres": ("古特瑞斯", "古特雷斯", "古特雷斯", "古特里斯"),
    "vance": ("范斯", "萬斯", "万斯", "凡斯"),
    "greer": ("葛瑞爾", "格里爾", "格里尔", "葛里尔"),
}
PEOPLE_OUTLETS = ("tw", "hk", "cn", "cn2")


def _mention(article: str, position: int, name: str) -> Mention:
    latin = name.isascii()
    return Mention(
        article=article,
        kind=Kind.LIST,
        position=position,
        category=None,
        name_zh="" if latin else name,
        name_en=name if latin else "",
        acronym="",
        aliases=(),
        note="",
        start=0,
        end=0,
    )


def _lists(
    rows: Mapping[str, Sequence[str]], outlets: Sequence[str], seed: int
) -> tuple[list[Mention], dict]:
    """Every outlet's list in its own shuffled order; returns the mentions and mention key -> row."""
    mentions: list[Mention] = []
    truth: dict[str, str] = {}
    for col, outlet in enumerate(outlets):
        order = list(rows)
        random.Random(seed + col).shuffle(order)
        for pos, row in enumerate(order, start=1):
            m = _mention(outlet, pos, rows[row][col])
            mentions.append(m)
            truth[m.key] = row
    return mentions, truth


def country_lists() -> tuple[list[Mention], dict[str, str]]:
    """Five outlets' lists of the same 20 countries; the namesake is its own row."""
    rows = {code: list(names) for code, names in COUNTRIES.items()}
    outlet, row, name = NAMESAKE
    rows[row][COUNTRY_OUTLETS.index(outlet)] = name
    mentions, truth = _lists(rows, COUNTRY_OUTLETS, seed=7)
    for m in mentions:
        if m.article == outlet and m.name_zh == name:
            truth[m.key] = "namesake"
    return mentions, truth


def people_lists() -> tuple[list[Mention], dict[str, str]]:
    return _lists(PEOPLE, PEOPLE_OUTLETS, seed=11)


def pairwise_f1(matching: Matching, truth: Mapping[str, str]) -> float:
    """Pairwise F1 of the matching's clusters against the hand-written rows."""
    got = {k: e.id for e in matching.entities for k in e.mentions}
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        same_truth, same_got = truth[a] == truth[b], got.get(a) == got.get(b) and a in got
        tp += same_truth and same_got
        fp += same_got and not same_truth
        fn += same_truth and not same_got
    if not tp:
        return 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)
