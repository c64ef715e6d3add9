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


def test_japanese_people_headings_over_an_age_then_the_post_with_its_copula(tmp_path: Path) -> None:
    """``<h3>山田太郎氏</h3><p>58歳。乙国の財務相で、…</p>``: the age alone first, then the post and its で
    (before: that person was left out, the page read in part)."""
    sections = "".join(
        f"<h3>{h}</h3><p>{p}</p>"
        for h, p in [
            ("山田太郎氏", "58歳。乙国の財務相で、2019年から予算を担当。"),
            ("鈴木花子氏", "乙国中央銀行総裁。"),
            ("佐藤次郎氏", "元陸将で、現在は乙国の国家安全保障会議議長。"),
        ]
    )
    page = (
        '<html><head><meta property="og:site_name" content="甲新聞"></head><body><article>'
        f"<h1>制裁対象となった3人</h1><p>甲国は3日、乙国の高官3人を制裁対象に指定した。</p>{sections}"
        "</article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    read = [m for m in parse_path(path).mentions if m.kind.value == "list"]
    assert [(m.name_zh, [a.text for a in m.attributes]) for m in read] == [
        ("山田太郎", ["乙国の財務相"]),
        ("鈴木花子", ["乙国中央銀行総裁"]),
        ("佐藤次郎", ["乙国の国家安全保障会議議長"]),
    ]
