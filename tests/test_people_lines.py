"""Line lists of people in the shapes outlets print them, in English, Chinese and Japanese: honorifics and
party-state tags, ages, posts before and after the name, affiliations, tables with a name/post/body
header, lists grouped by party or body headings, a numbered list with both scripts' names. Each article
is a few made-up lines written here; the expected readings are written from reading them. The guards
(a byline, a dateline, a photo credit, a quote's attribution) are no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

Row = tuple[str, str, tuple[tuple[str, str], ...]]


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Row]:
    path = tmp_path / f"article{suffix}"
    path.write_text(text, encoding="utf-8")
    result = parse_path(path)
    return [
        (m.label, m.group, tuple((a.kind.value, a.text) for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


def _names(rows: list[Row]) -> list[str]:
    return [label for label, _, _ in rows]


SENATORS = """Senators who sponsored the bill
By Jane Writer

Four senators introduced the Aland Trade Act on Monday. The sponsors are:

Sen. Jane Roe (R-Mo.)
Sen. John Doe (D-Calif.)
Sen. Mary Major (R-Texas)
Sen. Richard Miles (D-N.Y.)

The bill now goes to committee.
"""


def test_senators_with_party_and_state_tags(tmp_path: Path) -> None:
    """``Sen. Jane Roe (R-Mo.)``: the abbreviated title's dot ends no sentence; the title and the tag are
    attributes, never part of the name."""
    assert _read(tmp_path, SENATORS) == [
        ("Jane Roe", "", (("title", "Sen."), ("tag", "R-Mo."))),
        ("John Doe", "", (("title", "Sen."), ("tag", "D-Calif."))),
        ("Mary Major", "", (("title", "Sen."), ("tag", "R-Texas"))),
        ("Richard Miles", "", (("title", "Sen."), ("tag", "D-N.Y."))),
    ]


def test_honorific_lines_of_several_titles(tmp_path: Path) -> None:
    text = (
        "Speakers at the summit\n\nThe speakers announced for the summit are:\n\n"
        "Gov. Jane Roe\nDr. John Doe\nProf. Mary Major\nRep. Richard Miles\n\nTickets are on sale.\n"
    )
    assert _read(tmp_path, text) == [
        ("Jane Roe", "", (("title", "Gov."),)),
        ("John Doe", "", (("title", "Dr."),)),
        ("Mary Major", "", (("title", "Prof."),)),
        ("Richard Miles", "", (("title", "Rep."),)),
    ]


def test_honorific_then_a_post_after_a_comma(tmp_path: Path) -> None:
    text = (
        "Envoys\n\nThe three envoys named on Monday are:\n\n"
        "Dr. Jane Roe, ambassador to Aland\nProf. John Doe, ambassador to Borduria\n"
        "Gov. Mary Major, envoy to Aland Party\n"
    )
    rows = _read(tmp_path, text)
    assert _names(rows) == ["Jane Roe", "John Doe", "Mary Major"]
    assert rows[0][2] == (("title", "Dr."), ("title", "ambassador to Aland"))


def test_numbered_honorific_lines(tmp_path: Path) -> None:
    text = (
        "Sponsors\n\nThe four sponsors of the bill:\n\n"
        "1. Sen. Jane Roe (R-Mo.)\n2. Sen. John Doe (D-Calif.)\n3. Rep. Mary Major (R-Texas)\n"
        "4. Gov. Richard Miles (D-N.Y.)\n"
    )
    rows = _read(tmp_path, text)
    assert _names(rows) == ["Jane Roe", "John Doe", "Mary Major", "Richard Miles"]
    assert rows[3][2] == (("title", "Gov."), ("tag", "D-N.Y."))


def test_post_colon_then_an_honorific_and_name(tmp_path: Path) -> None:
    """``Foreign Minister: Dr. John Doe``: the post is the title; the abbreviated one is no part of the
    name."""
    text = (
        "Cabinet\n\nThe new cabinet:\n\n"
        "Prime Minister: Jane Roe\nForeign Minister: Dr. John Doe\nHealth Minister: Prof. Mary Major\n"
    )
    assert _read(tmp_path, text) == [
        ("Jane Roe", "", (("title", "Prime Minister"),)),
        ("John Doe", "", (("title", "Foreign Minister"),)),
        ("Mary Major", "", (("title", "Health Minister"),)),
    ]


def test_two_short_groups_under_body_headings(tmp_path: Path) -> None:
    """``Senate:`` over two names, ``House:`` over two more: two groups, though each is shorter than a
    list on its own."""
    text = (
        "Committee chairs\n\nThe committee chairs are:\n\n"
        "Senate:\nJane Roe (R-Mo.)\nJohn Doe (R-Ohio)\n\nHouse:\nMary Major (R-Fla.)\nRichard Miles (R-Ga.)\n"
    )
    rows = _read(tmp_path, text)
    assert [(label, group) for label, group, _ in rows] == [
        ("Jane Roe", "Senate"),
        ("John Doe", "Senate"),
        ("Mary Major", "House"),
        ("Richard Miles", "House"),
    ]
    assert rows[0][2] == (("tag", "R-Mo."),)


def test_one_short_heading_alone_is_no_list(tmp_path: Path) -> None:
    """A heading over two lines with no heading set alike after it stays unread (two names are no list)."""
    text = "Committee chairs\n\nSenate:\nJane Roe\nJohn Doe\n\nThe votes are on Friday.\n"
    assert _read(tmp_path, text) == []


def test_party_and_state_after_a_comma(tmp_path: Path) -> None:
    """``Sen. Jane Roe, R-Mo.``: the tag after a comma is no second name on the line."""
    text = (
        "Sponsors\n\nThe sponsors are:\n\n"
        "Sen. Jane Roe, R-Mo.\nSen. John Doe, D-Calif.\nSen. Mary Major, R-Texas\n"
    )
    assert _read(tmp_path, text) == [
        ("Jane Roe", "", (("title", "Sen."), ("tag", "R-Mo."))),
        ("John Doe", "", (("title", "Sen."), ("tag", "D-Calif."))),
        ("Mary Major", "", (("title", "Sen."), ("tag", "R-Texas"))),
    ]


def test_party_and_state_after_a_dash(tmp_path: Path) -> None:
    """``Jane Roe — Republican, Missouri``: what follows the dash is said of the person, piece by piece:
    the party (printed alike for two of them) a tag, as ``R-Mo.`` is, and the state each one's place."""
    text = (
        "Votes\n\nThe senators who voted no:\n\n"
        "Jane Roe — Aland Party, Missouri\nJohn Doe — Borduria Party, New York\n"
        "Mary Major — Aland Party, Texas\n"
    )
    assert _read(tmp_path, text) == [
        ("Jane Roe", "", (("tag", "Aland Party"), ("place", "Missouri"))),
        ("John Doe", "", (("tag", "Borduria Party"), ("place", "New York"))),
        ("Mary Major", "", (("tag", "Aland Party"), ("place", "Texas"))),
    ]


def test_post_then_name_after_a_wide_dash(tmp_path: Path) -> None:
    text = "新任司長\n\n新任主要官員名單：\n\n政務司司長－張三\n財政司司長－李四\n律政司司長－王五\n"
    assert _read(tmp_path, text) == [
        ("張三", "", (("title", "政務司司長"),)),
        ("李四", "", (("title", "財政司司長"),)),
        ("王五", "", (("title", "律政司司長"),)),
    ]


def test_sex_and_year_of_birth_in_parentheses_then_post(tmp_path: Path) -> None:
    """``张三（女，1965年生），外交部部长``: the year of birth is the person's; the sex is left unsaid (a
    one-character note would be read as a party), and neither is in the name."""
    text = (
        "新任部长简历\n\n国务院今天任命以下3名部长：\n\n"
        "张三（女，1965年生），外交部部长\n李四（男，1962年生），财政部部长\n王五（男，1970年生），国防部部长\n"
    )
    assert _read(tmp_path, text) == [
        ("张三", "", (("other", "1965年生"), ("title", "外交部部长"))),
        ("李四", "", (("other", "1962年生"), ("title", "财政部部长"))),
        ("王五", "", (("other", "1970年生"), ("title", "国防部部长"))),
    ]


def test_name_colon_post_at_a_body(tmp_path: Path) -> None:
    text = (
        "Panel\n\nThe panel has three members:\n\n"
        "Jane Roe: professor at Aland University\nJohn Doe: director at Borduria Institute\n"
        "Mary Major: fellow at Aland Academy\n"
    )
    assert _read(tmp_path, text) == [
        ("Jane Roe", "", (("title", "professor"), ("organization", "Aland University"))),
        ("John Doe", "", (("title", "director"), ("organization", "Borduria Institute"))),
        ("Mary Major", "", (("title", "fellow"), ("organization", "Aland Academy"))),
    ]


def test_name_age_and_post_after_commas(tmp_path: Path) -> None:
    text = (
        "Board named\n\nAcme Corp named three new directors on Tuesday:\n\n"
        "Jane Roe, 55, chief executive of Borduria Bank\nJohn Doe, 61, former finance minister\n"
        "Mary Major, 48, professor of law\n"
    )
    assert _read(tmp_path, text) == [
        ("Jane Roe", "", (("other", "55"), ("title", "chief executive"), ("organization", "Borduria Bank"))),
        ("John Doe", "", (("other", "61"), ("title", "former finance minister"))),
        ("Mary Major", "", (("other", "48"), ("title", "professor of law"))),
    ]


def test_name_age_in_parentheses_then_post(tmp_path: Path) -> None:
    """``Jane Roe (55), chief executive``: the age is the person's, kept apart from the name."""
    text = (
        "Board named\n\nAcme Corp named three new directors on Tuesday:\n\n"
        "Jane Roe (55), chief executive of Borduria Bank\nJohn Doe (61), former finance minister\n"
        "Mary Major (48), professor of law\n"
    )
    rows = _read(tmp_path, text)
    assert _names(rows) == ["Jane Roe", "John Doe", "Mary Major"]
    assert rows[1][2] == (("other", "61"), ("title", "former finance minister"))


def test_japanese_name_age_then_post(tmp_path: Path) -> None:
    """``山田太郎（65）首相``: the age in parentheses is no heading's count, nor part of the name."""
    text = "新内閣\n\n新閣僚は以下の通り。\n\n山田太郎（65）首相\n鈴木花子（58）外相\n佐藤一郎（61）財務相\n"
    assert _read(tmp_path, text) == [
        ("山田太郎", "", (("other", "65"), ("title", "首相"))),
        ("鈴木花子", "", (("other", "58"), ("title", "外相"))),
        ("佐藤一郎", "", (("other", "61"), ("title", "財務相"))),
    ]


def test_japanese_affiliation_and_post_in_parentheses(tmp_path: Path) -> None:
    """``山田太郎（甲大学・教授）`` under ``…次の通り発表した。``: the body and the post, parted by the
    middle dot."""
    text = (
        "有識者会議の委員\n\n政府は有識者会議の委員を次の通り発表した。\n\n"
        "山田太郎（甲大学・教授）\n鈴木花子（乙研究所・所長）\n佐藤一郎（丙銀行・会長）\n"
    )
    assert _read(tmp_path, text) == [
        ("山田太郎", "", (("organization", "甲大学"), ("title", "教授"))),
        ("鈴木花子", "", (("organization", "乙研究所"), ("title", "所長"))),
        ("佐藤一郎", "", (("organization", "丙銀行"), ("title", "会長"))),
    ]


def test_japanese_company_officers_post_then_name(tmp_path: Path) -> None:
    """``専務　佐藤一郎``: the officers' posts are the column of titles, the names the items."""
    text = (
        "新役員\n\n甲社は新役員を次の通り発表した。\n\n"
        "社長　山田太郎\n副社長　鈴木花子\n専務　佐藤一郎\n常務　田中次郎\n"
    )
    assert _read(tmp_path, text) == [
        ("山田太郎", "", (("title", "社長"),)),
        ("鈴木花子", "", (("title", "副社長"),)),
        ("佐藤一郎", "", (("title", "専務"),)),
        ("田中次郎", "", (("title", "常務"),)),
    ]


def test_english_table_with_a_post_column(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>New board</h1><p>The new board members are:</p><table>"
        "<tr><th>Name</th><th>Post</th><th>Party</th></tr>"
        "<tr><td>Jane Roe</td><td>Chair</td><td>Aland Party</td></tr>"
        "<tr><td>John Doe</td><td>Treasurer</td><td>Aland Party</td></tr>"
        "<tr><td>Mary Major</td><td>Secretary</td><td>Aland Party</td></tr>"
        "</table></body></html>"
    )
    rows = _read(tmp_path, html, ".html")
    assert _names(rows) == ["Jane Roe", "John Doe", "Mary Major"]
    assert [r[2][0] for r in rows] == [("title", "Chair"), ("title", "Treasurer"), ("title", "Secretary")]


# ▲ lines, spaced name and post, Japanese post name氏（age）, a 姓名/職務/所屬 text table, and groups of two
# names under party headings (【甲黨】, Republicans:), read as a run of headings set alike
MORE_SHAPES = [
    (
        "新內閣名單\n\n行政院今天公布新內閣名單，共3人：\n\n▲張三（行政院長）\n▲李四（外交部長）\n▲王五（財政部長）\n",
        [
            ("張三", "", (("title", "行政院長"),)),
            ("李四", "", (("title", "外交部長"),)),
            ("王五", "", (("title", "財政部長"),)),
        ],
    ),
    (
        "新內閣名單\n\n行政院今天公布新內閣名單如下：\n\n張三　行政院長\n李四　外交部長\n王五　財政部長\n",
        [
            ("張三", "", (("title", "行政院長"),)),
            ("李四", "", (("title", "外交部長"),)),
            ("王五", "", (("title", "財政部長"),)),
        ],
    ),
    (
        "新内閣の顔ぶれ\n\n新内閣の閣僚は次の通り。\n\n"
        "首相　山田太郎氏（65）\n外相　鈴木花子氏（58）\n財務相　佐藤一郎氏（61）\n",
        [
            ("山田太郎", "", (("other", "65"), ("title", "首相"))),
            ("鈴木花子", "", (("other", "58"), ("title", "外相"))),
            ("佐藤一郎", "", (("other", "61"), ("title", "財務相"))),
        ],
    ),
    (
        "新任官員名單\n\n行政院公布新任官員如下：\n\n"
        "姓名　職務　所屬\n張三　部長　外交部\n李四　部長　財政部\n王五　次長　國防部\n",
        [
            ("張三", "", (("title", "部長"), ("organization", "外交部"))),
            ("李四", "", (("title", "部長"), ("organization", "財政部"))),
            ("王五", "", (("title", "次長"), ("organization", "國防部"))),
        ],
    ),
    (
        "參議員名單\n\n提案的參議員共4人：\n\n【甲黨】\n張三\n李四\n【乙黨】\n王五\n趙六\n",
        [("張三", "甲黨", ()), ("李四", "甲黨", ()), ("王五", "乙黨", ()), ("趙六", "乙黨", ())],
    ),
    (
        "Sponsors\n\nThe bill's four sponsors are:\n\n"
        "Republicans:\nJane Roe\nJohn Doe\n\nDemocrats:\nMary Major\nRichard Miles\n",
        [
            ("Jane Roe", "Republicans", ()),
            ("John Doe", "Republicans", ()),
            ("Mary Major", "Democrats", ()),
            ("Richard Miles", "Democrats", ()),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_SHAPES)
def test_more_shapes_of_people_lines(tmp_path: Path, text: str, expected: list[Row]) -> None:
    assert _read(tmp_path, text) == expected


def test_numbered_list_with_both_scripts_names(tmp_path: Path) -> None:
    text = (
        "委員會主席名單\n\n立法院今天選出3位委員會主席：\n\n"
        "1. 張三（Jane Roe），甲委員會主席\n2. 李四（John Doe），乙委員會主席\n"
        "3. 王五（Mary Major），丙委員會主席\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    mentions = [m for m in parse_path(path).mentions if m.kind is Kind.LIST]
    assert [(m.name_zh, m.name_en) for m in mentions] == [
        ("張三", "Jane Roe"),
        ("李四", "John Doe"),
        ("王五", "Mary Major"),
    ]
    assert [a.text for a in mentions[0].attributes] == ["甲委員會主席"]


GUARDS = [
    # a byline, a dateline, a quote's attribution, a photo credit
    "Senate passes bill\nBy Jane Roe and John Doe\nWASHINGTON, May 2 (Wire) -\n"
    "The Senate passed the bill on Tuesday, 52-48.\n"
    '"This is a good day," said Sen. Mary Major (R-Texas).\n'
    "Sen. Richard Miles (D-N.Y.) voted against.\nPhoto: Ann Lee / Wire\n",
    # sentences opening with an honorific after a colon are quotes reported, not a list
    "Reactions to the bill\n\nLawmakers reacted on Tuesday:\n\n"
    "Sen. Jane Roe (R-Mo.) called the bill a good start for the state.\n"
    "Rep. John Doe (D-Calif.) said it went too far and would cost jobs.\n"
    "Gov. Mary Major said she would sign it next week.\n",
    # credits above a story
    "Storm hits Aland\n\nBy Dr. Jane Roe\nPhoto: John Doe\nEdited by: Mary Major\n\n"
    "A storm hit Aland on Monday, killing three people. Officials said the damage was heavy.\n",
    # a Chinese byline, a quote and a photo credit
    "立法院三讀通過\n記者張三／台北報導\n立法院今天三讀通過甲法案。\n李四表示：「這是好的一天。」\n（圖／王五攝）\n",
]


@pytest.mark.parametrize("text", GUARDS)
def test_credits_datelines_and_quotes_are_no_list(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text) == []


def test_names_in_capitals_then_a_post_are_no_sanctions_entries(tmp_path: Path) -> None:
    """``JANE ROE, Prime Minister``: a name in capitals and a comma as a sanctions list prints a family
    name, but a post after the comma is no given name; the post is the person's attribute."""
    text = (
        "Who's who\n\nThe new cabinet:\n\n"
        "JANE ROE, Prime Minister\nJOHN DOE, Foreign Minister\nMARY MAJOR, Finance Minister\n"
    )
    assert _read(tmp_path, text) == [
        ("JANE ROE", "", (("title", "Prime Minister"),)),
        ("JOHN DOE", "", (("title", "Foreign Minister"),)),
        ("MARY MAJOR", "", (("title", "Finance Minister"),)),
    ]
