"""A section per person on a page, the heading the name alone, the paragraph under it opening with the
person, perhaps the age, and the post (``<h3>Jane Roe</h3><p>Roe, 58, is the finance minister. …</p>``,
``<h3>張三</h3><p>張三，58歲，現任財政部長。…</p>``), on made-up names: each person's post is a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"></head><body><article><h1>{title}</h1><p>{lead}</p>
{sections}<p>{after}</p></article></body></html>"""
EN = {
    "lang": "en",
    "title": "Aland's new cabinet",
    "outlet": "Borduria Post",
    "lead": "Aland's prime minister named four ministers on Monday. Here they are:",
    "after": "The cabinet meets on Tuesday.",
}
ZH = {
    "lang": "zh-Hant",
    "title": "甲國新內閣",
    "outlet": "乙報",
    "lead": "甲國總理週一任命4名部長，以下是他們的簡介：",
    "after": "內閣週二開會。",
}
EN_PEOPLE = [
    ("Jane Roe", "Roe, 58, is the finance minister. She led the central bank.", "finance minister"),
    ("John Doe", "Doe, 61, is the foreign minister. He was an ambassador.", "foreign minister"),
    ("Mary Major", "Mary Major, the interior minister, was a prosecutor.", "interior minister"),
    ("Richard Miles", "Miles was the defence minister's deputy. He served in the navy.", None),
]
ZH_PEOPLE = [
    ("張三", "張三，58歲，現任財政部長。曾任央行總裁。", "財政部長"),
    ("李四", "李四，61歲，現任外交部長。曾任大使。", "外交部長"),
    ("王五", "王五現年47歲，曾任檢察官。", None),
    ("趙六", "趙六，甲國國防部長。曾在海軍服役。", "甲國國防部長"),
]


@pytest.mark.parametrize(("words", "people"), [(EN, EN_PEOPLE), (ZH, ZH_PEOPLE)])
def test_the_paragraph_under_each_name_gives_the_persons_post(
    tmp_path: Path, words: dict[str, str], people: list[tuple[str, str, str | None]]
) -> None:
    """Before: the names read, no post. A paragraph that gives no post (a deputy's post is someone
    else's, ``曾任`` a former one) leaves that person without one."""
    sections = "".join(f"<h3>{n}</h3><p>{p}</p>\n" for n, p, _ in people)
    path = tmp_path / "a.html"
    path.write_text(PAGE.format(sections=sections, **words), encoding="utf-8")
    read = [m for m in parse_path(path).mentions if m.kind == "list"]
    assert [(m.label, [a.text for a in m.attributes if a.kind == "title"]) for m in read] == [
        (n, [t] if t else []) for n, _, t in people
    ]
