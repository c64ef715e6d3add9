"""Write a synthetic story: N outlets' articles listing the same E organizations, with the truth.

    .venv/bin/python benchmarks/generate.py OUT_DIR --outlets 200 --entities 66 [--seed 7]

Each entity has a made-up Chinese name (random syllables and an organization-type ending) and a
made-up romanized English name; no real name is used. Every outlet writes one article (``.txt``, or
``.html`` for about one in four) that states the list's length in its heading and lists the entities
in one layout the readers support: numbered lines, bullets, an HTML list or an HTML table. Outlets
differ the way real ones do: Traditional or Simplified script (OpenCC ``t2s``), English names
alongside or not, shuffled order, a dropped item or two, a typo, a stray item of their own.

Written beside the articles (and not read by crosscheck, which only reads ``.txt``/``.html``):

- ``truth.json``: per article, its list items in order: position, name as printed, entity id;
- ``mentions.csv``: the same items as one table ("perfect extraction"), the input of peer systems.

The same arguments always write the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import random
from dataclasses import dataclass
from pathlib import Path

# Syllables of made-up names: Traditional characters (many with a distinct Simplified form), none a
# numeral, a counter or a list cue.
SYLLABLES = (
    "華榮鳳龍雲風東南西北陽山海湖林泉瑞祥德禮義智信寧遠廣興隆昌盛豐澤輝耀晨曦霞嵐"
    "靈動閣樓橋鐵銀錦綠藍紅紫鶴鷹魚鳥馬雁鐘鏡燈書畫詩歌劍琴棋詠韻聲聞議論訊語說讀"
    "謝劉陳張楊趙黃吳鄭馮蔣韓賈葉蘇盧魏羅鄧蕭歐陸錢龔嚴顧陶"
)
ENDINGS = (
    ("組織", "Organization"),
    ("委員會", "Committee"),
    ("基金", "Fund"),
    ("論壇", "Forum"),
    ("聯盟", "Alliance"),
    ("中心", "Centre"),
    ("研究所", "Institute"),
    ("理事會", "Council"),
    ("計畫", "Programme"),
    ("協會", "Association"),
)
ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "tr")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ao", "ei", "ou", "ia")
LAYOUTS = ("numbered", "bullets", "html-list", "html-table")
HTML_SHARE = 0.25
SIMPLIFIED_SHARE = 0.5
ENGLISH_SHARE = 0.5
SHUFFLE_SHARE = 0.3
TYPO_SHARE = 0.02  # per item
STRAY_SHARE = 0.2  # per article: one item no other outlet lists
DROP_MAX = 2


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Item:
    entity: str
    zh: str
    en: str


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 3))).capitalize()


def make_entities(rng: random.Random, count: int, *, prefix: str = "e") -> list[Entity]:
    """``count`` entities with distinct Chinese and English names."""
    seen: set[str] = set()
    out: list[Entity] = []
    while len(out) < count:
        zh_end, en_end = rng.choice(ENDINGS)
        zh = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + zh_end
        en = " ".join(_word(rng) for _ in range(rng.randint(1, 2))) + " " + en_end
        if zh in seen or en in seen:
            continue
        seen.update((zh, en))
        out.append(Entity(id=f"{prefix}{len(out) + 1:05d}", zh=zh, en=en))
    return out


def _typo(rng: random.Random, item: Item) -> Item:
    """One Chinese character of the name (not its ending) replaced, or two English letters swapped."""
    if rng.random() < 0.5:
        core = max(1, len(item.zh) - 3)
        i = rng.randrange(core)
        return Item(item.entity, item.zh[:i] + rng.choice(SYLLABLES) + item.zh[i + 1 :], item.en)
    i = rng.randrange(1, len(item.en) - 2)
    en = item.en[:i] + item.en[i + 1] + item.en[i] + item.en[i + 2 :]
    return Item(item.entity, item.zh, en)


def outlet_items(rng: random.Random, entities: list[Entity], article: str) -> list[Item]:
    """The outlet's list: all entities less a few, maybe shuffled, a typo here and there, maybe a stray."""
    items = [Item(e.id, e.zh, e.en) for e in entities]
    for _ in range(rng.randint(0, min(DROP_MAX, max(0, len(items) - 2)))):
        items.pop(rng.randrange(len(items)))
    if rng.random() < SHUFFLE_SHARE:
        rng.shuffle(items)
    items = [_typo(rng, it) if rng.random() < TYPO_SHARE else it for it in items]
    if rng.random() < STRAY_SHARE:
        (stray,) = make_entities(rng, 1, prefix=f"stray-{article}-")
        items.insert(rng.randrange(len(items) + 1), Item(stray.id, stray.zh, stray.en))
    return items


def _label(item: Item, english: bool) -> str:
    return f"{item.zh}（{item.en}）" if english else item.zh


def _lines(items: list[Item], layout: str, english: bool) -> list[str]:
    if layout == "numbered":
        return [f"{i}. {_label(it, english)}" for i, it in enumerate(items, 1)]
    return [f"● {_label(it, english)}" for it in items]


def _html_body(items: list[Item], layout: str, english: bool) -> str:
    if layout == "html-table":
        head = "<tr><th>序號</th><th>名稱</th>" + ("<th>英文名稱</th>" if english else "") + "</tr>"
        rows = [
            f"<tr><td>{i}</td><td>{html.escape(it.zh)}</td>"
            + (f"<td>{html.escape(it.en)}</td>" if english else "")
            + "</tr>"
            for i, it in enumerate(items, 1)
        ]
        return "<table>\n<thead>" + head + "</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    lis = [f"<li>{html.escape(_label(it, english))}</li>" for it in items]
    return "<ul>\n" + "\n".join(lis) + "\n</ul>"


def _texts(outlet: str, stated: int) -> tuple[str, str, str, str]:
    title = f"某國宣布退出{stated}個國際組織"
    lead = (
        f"【{outlet}訊】某國政府今天宣布，將退出{stated}個國際組織與機構，理由是這些組織不再符合本國利益。"
        "官員表示，審查工作仍在進行，其他組織的去留將另行公布。"
    )
    heading = f"退出的組織名單如下（共{stated}個）："
    closing = "分析人士指出，此舉將影響多邊合作，各方正關注後續發展。"
    return title, lead, heading, closing


def render_article(outlet: str, items: list[Item], *, stated: int, layout: str, english: bool) -> str:
    title, lead, heading, closing = _texts(outlet, stated)
    if layout.startswith("html"):
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in (lead, heading))
        return (
            '<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n"
            '<meta property="article:published_time" content="2026-01-08T10:00:00+08:00">\n'
            f"</head>\n<body>\n<article>\n<h1>{html.escape(title)}</h1>\n{paras}\n"
            f"{_html_body(items, layout, english)}\n<p>{html.escape(closing)}</p>\n"
            "</article>\n</body>\n</html>\n"
        )
    body = "\n".join(_lines(items, layout, english))
    return f"{title}\n\n2026-01-08\n\n{lead}\n\n{heading}\n{body}\n\n{closing}\n"


def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def generate(out: Path, *, outlets: int, entities: int, seed: int = 7) -> dict[str, object]:
    """Write the story into ``out`` (created); returns the truth it also writes."""
    rng = random.Random(seed)
    t2s = _converter()
    ents = make_entities(rng, entities)
    out.mkdir(parents=True, exist_ok=True)
    truth: dict[str, list[dict[str, object]]] = {}
    rows: list[dict[str, object]] = []
    for n in range(1, outlets + 1):
        article = f"{n:05d}_outlet-{n:05d}"
        html_file = rng.random() < HTML_SHARE
        layout = rng.choice(LAYOUTS[2:] if html_file else LAYOUTS[:2])
        simplified = rng.random() < SIMPLIFIED_SHARE
        english = rng.random() < ENGLISH_SHARE
        items = outlet_items(rng, ents, article)
        if simplified:
            items = [Item(it.entity, t2s.convert(it.zh), it.en) for it in items]  # type: ignore[attr-defined]
        text = render_article(f"第{n}報", items, stated=entities, layout=layout, english=english)
        if simplified:
            text = t2s.convert(text)  # type: ignore[attr-defined]
        (out / f"{article}{'.html' if html_file else '.txt'}").write_text(text, encoding="utf-8")
        truth[article] = [
            {"position": i, "name": it.zh, "english": it.en if english else "", "entity": it.entity}
            for i, it in enumerate(items, 1)
        ]
        script = "Hans" if simplified else "Hant"
        rows.extend({"article": article, "script": script, **row} for row in truth[article])
    doc = {"outlets": outlets, "entities": entities, "seed": seed, "articles": truth}
    (out / "truth.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _write_mentions(out / "mentions.csv", rows)
    return doc


def _write_mentions(path: Path, rows: list[dict[str, object]]) -> None:
    fields = ["mention_id", "article", "position", "script", "name", "english", "entity"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({"mention_id": f"{row['article']}#{row['position']}", **row})


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder to write the story into")
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--entities", type=int, default=66)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    generate(args.out, outlets=args.outlets, entities=args.entities, seed=args.seed)


if __name__ == "__main__":
    main()
