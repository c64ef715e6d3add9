"""Hong Kong's people in English lists: an English given name and the family name in Hong Kong's
romanization (``Peter Chan``, ``Mary Lee``), linked to the native names of the Chinese lists by the family
name's Cantonese reading when no article prints both spellings (``pipeline/matching/family_elimination.py``):
the two lists of one length, every other item linked, the people left pairing one to one at the same places.
A family name two people left share links nobody."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile

ZH = ["王建國", "陳大文", "李小明", "鄧美玲", "陳國華", "林鄭家欣"]
EN = ["Wang Jianguo", "Peter Chan", "Mary Lee", "Anna Tang", "Chen Guohua", "Carol Lam"]


def _story(tmp_path: Path, zh: list[str], en: list[str]) -> dict[str, set[str]]:
    """The names each entity of a story of two Chinese lists and one English list is printed as."""
    folder = tmp_path / "story"
    folder.mkdir()
    for k, outlet in enumerate(("甲報", "乙報"), start=1):
        lines = "\n".join(zh)
        (folder / f"0{k}_hk.txt").write_text(
            f"甲國制裁{len(zh)}名官員\n\n{outlet}　2025年8月8日\n\n被制裁的{len(zh)}人如下：\n{lines}\n",
            "utf-8",
        )
    lines = "\n".join(f"- {n}" for n in en)
    (folder / "03_en.txt").write_text(
        f"Aland sanctions {len(en)} officials\n\nBorduria Post, August 8, 2025\n\n"
        f"The officials are:\n{lines}\n",
        "utf-8",
    )
    result = reconcile([str(folder)])
    by_key = {m.key: m for m in result.mentions}
    return {e.id: {by_key[k].name_zh or by_key[k].name_en for k in e.mentions} for e in result.entities}


def test_english_names_link_to_chinese_ones_by_the_cantonese_family_name(tmp_path: Path) -> None:
    entities = sorted(sorted(v) for v in _story(tmp_path, ZH, EN).values())
    assert entities == sorted(sorted({z, e}) for z, e in zip(ZH, EN, strict=True))


def test_two_people_left_of_one_family_name_link_nobody(tmp_path: Path) -> None:
    """``Peter Chan`` and ``Paul Chan`` left beside 陳大文 and 陳小文: who is who is not told, and a
    couple of lists pairing its people left in part pairs none of them."""
    zh = ["王建國", "陳大文", "陳小文", "鄧美玲"]
    en = ["Wang Jianguo", "Peter Chan", "Paul Chan", "Anna Tang"]
    entities = sorted(sorted(v) for v in _story(tmp_path, zh, en).values())
    assert ["Wang Jianguo", "王建國"] in entities
    assert [v for v in entities if len(v) > 1] == [["Wang Jianguo", "王建國"]]
