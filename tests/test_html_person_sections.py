"""A person per section of an HTML page, the name a Chinese heading over a paragraph whose first sentence
gives the post after an age or a former post (``<h2>張三</h2><p>現年58歲，乙國財政部長，…</p>``, ``前將軍，
現任乙國…主席``): each section is a person, the post their title (before: the post had to open the
paragraph, and the page gave no list)."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

SECTIONS = [
    ("張三", "現年58歲，乙國財政部長，自2019年起主管預算。"),
    ("李四", "乙國央行行長。"),
    ("王五", "前將軍，現任乙國國家安全委員會主席。"),
    ("趙六", "乙國外交部副部長。"),
]


def _page(sections: list[tuple[str, str]]) -> str:
    body = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in sections)
    return (
        '<html><head><meta property="og:site_name" content="丙報"></head><body><div class="article">'
        f"<h1>四名受制裁官員是誰？</h1><p>甲國周一宣布制裁四名乙國官員，以下是他們的背景：</p>{body}"
        "<p>乙國政府譴責此舉。</p></div></body></html>"
    )


def test_people_headings_over_their_posts_are_the_pages_list(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(_page(SECTIONS), encoding="utf-8")
    result = parse_path(path)
    read = [m for m in result.mentions if m.kind.value == "list"]
    assert [m.name_zh for m in read] == ["張三", "李四", "王五", "趙六"]
    assert [[a.text for a in m.attributes] for m in read] == [
        ["乙國財政部長"],
        ["乙國央行行長"],
        ["乙國國家安全委員會主席"],
        ["乙國外交部副部長"],
    ]
    assert [h.stated for h in result.headings] == [4]


def test_headings_over_paragraphs_that_give_no_post_are_no_list(tmp_path: Path) -> None:
    """A guard: ``背景`` / ``反應`` / ``前景`` over prose that gives no post are sections of a story."""
    plain = [
        ("背景", "雙方關係近年惡化。"),
        ("反應", "市場反應平淡。"),
        ("前景", "分析人士認為談判仍有空間。"),
    ]
    path = tmp_path / "a.html"
    path.write_text(_page(plain), encoding="utf-8")
    assert not [m for m in parse_path(path).mentions if m.kind.value == "list"]
