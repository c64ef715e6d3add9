"""Lists of people with their posts, parties and seats, in the shapes English, Chinese (Taiwan, Hong Kong,
mainland) and Japanese outlets print them: a post before or after the name (a colon, a dash, a comma, a
column, brackets), posts the word lists do not know among ones they do, appointments said in a sentence,
a council's seats on each line or heading several lines, a party and a state after a dash. Each article is
a few made-up lines written here; the expected readings are written from reading them. The guards
(bylines, photo and staff credits, quotes and their attributions) are no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Discrepancy, Kind, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

Row = tuple[str, str, tuple[tuple[str, str], ...]]

EN_NAMES = ("Jane Roe", "John Doe", "Peter Smith", "Mary Major", "Richard Miles")
TW_NAMES = ("張三", "李四", "王五", "趙六", "孫七")
CN_NAMES = ("张三", "李四", "王五", "赵六", "孙七")
JA_NAMES = ("山田太郎", "鈴木一郎", "佐藤花子", "田中次郎", "高橋三郎")


def _read(tmp_path: Path, text: str) -> list[Row]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [
        (m.label, m.group, tuple((a.kind.value, a.text) for a in m.attributes))
        for m in parse_path(path).mentions
        if m.kind is Kind.LIST
    ]


EN_HEAD = "Aland cabinet sworn in\nJune 3, 2031 | Example Tribune"


def _en(lines: str, lead: str = "The new Aland cabinet was sworn in on Monday. Its members are:") -> str:
    return f"{EN_HEAD}\n\n{lead}\n\n{lines}\n\nIt meets on Friday.\n"


def _tw(lines: str, lead: str = "甲國總統府3日公布新任政務官名單如下：") -> str:
    return f"甲國新內閣名單出爐\n2031年6月3日　示例日報\n\n{lead}\n\n{lines}\n\n新任政務官將於下週一就職。\n"


def _cn(lines: str) -> str:
    head = "甲国新内阁名单公布\n2031年6月3日　示例日报\n\n甲国总统府3日公布新任官员名单如下："
    return f"{head}\n\n{lines}\n\n新任官员将于下周一就职。\n"


def _ja(lines: str, lead: str = "甲党は3日、新しい党執行部の人事を発表した。顔ぶれは次の通り。") -> str:
    head = "甲党、新執行部を発表\n2031年6月3日　例示新報"
    return f"{head}\n\n{lead}\n\n{lines}\n\n新執行部は4日に初会合を開く。\n"


def _posts(names: tuple[str, ...], posts: str, group: str = "") -> list[Row]:
    return [(n, group, (("title", p),)) for n, p in zip(names, posts.split("|"), strict=True)]


# ---------------------------------------------------------------------------------------------- English

EN_POSTS = "Treasurer|Attorney General|Comptroller|Chief of Staff|Speaker"


@pytest.mark.parametrize(
    "line",
    [
        "{post}: {name}",  # a post, a colon, the name
        "{name}, {post}",  # the name, a comma, the post
        "- {name} – {post}",  # a dash between them
        "- {post} {name}",  # the post glued before the name
        "{name} ({post})",  # the post in brackets after the name
        "{name}: {post}",  # the name, a colon, its post
    ],
)
def test_english_posts_in_every_place_a_line_prints_them(tmp_path: Path, line: str) -> None:
    lines = "\n".join(line.format(post=p, name=n) for p, n in zip(EN_POSTS.split("|"), EN_NAMES, strict=True))
    assert _read(tmp_path, _en(lines)) == _posts(EN_NAMES, EN_POSTS)


UNIVERSITY = "President|Provost|Vice President|Bursar|Dean of Students"


@pytest.mark.parametrize("line", ["{post}: {name}", "{post} – {name}", "{name}: {post}"])
def test_posts_the_word_lists_do_not_know_among_ones_they_do(tmp_path: Path, line: str) -> None:
    """``Provost``, ``Bursar``, ``Dean of Students`` stand where ``President`` and ``Vice President`` do:
    every line holds a post in that place."""
    lines = "\n".join(
        line.format(post=p, name=n) for p, n in zip(UNIVERSITY.split("|"), EN_NAMES, strict=True)
    )
    text = _en(lines, "Aland University on Monday named its officers for the new academic year:")
    assert _read(tmp_path, text) == _posts(EN_NAMES, UNIVERSITY)


def test_a_post_over_each_name_in_blocks(tmp_path: Path) -> None:
    """``President`` over ``Jane Roe``, ``Provost`` over ``John Doe``: each block a post over its holder."""
    posts = UNIVERSITY.split("|")[:2] + ["Treasurer", "Registrar"]
    lines = "\n\n".join(f"{p}\n{n}" for p, n in zip(posts, EN_NAMES, strict=False))
    text = _en(lines, "Aland University on Monday named its officers for the new academic year:")
    assert _read(tmp_path, text) == _posts(EN_NAMES[:4], "|".join(posts))


def test_a_post_in_brackets_read_as_another_name_among_known_posts(tmp_path: Path) -> None:
    lines = "Jane Roe (Speaker)\nJohn Doe (Majority Whip)\nPeter Smith (Treasurer)\nMary Major (Clerk)\n"
    assert _read(tmp_path, _en(lines)) == _posts(EN_NAMES[:4], "Speaker|Majority Whip|Treasurer|Clerk")


@pytest.mark.parametrize("joint", [" as ", " "])
def test_english_appointments_after_a_verb(tmp_path: Path, joint: str) -> None:
    """``named John Doe as treasurer, …`` or ``named John Doe treasurer, …``: the governor who names them
    is no one of the list."""
    posts = ("treasurer", "attorney general", "comptroller", "chief of staff")
    said = [f"{n}{joint}{p}" for n, p in zip(EN_NAMES[1:], posts, strict=True)]
    lead = f"Governor Jane Roe on Monday named {', '.join(said[:-1])} and {said[-1]}."
    text = (
        f"Governor names officers\nJune 3, 2031 | Example Tribune\n\n{lead}\n\nThey take office in January.\n"
    )
    assert _read(tmp_path, text) == _posts(EN_NAMES[1:], "|".join(posts))


def test_english_appointments_one_a_line(tmp_path: Path) -> None:
    """``- John Doe as treasurer`` bullets: the post after ``as`` is no part of the name."""
    posts = ("treasurer", "attorney general", "comptroller", "chief of staff")
    lines = "\n".join(f"- {n} as {p}" for n, p in zip(EN_NAMES[1:], posts, strict=True))
    text = _en(lines, "Governor Jane Roe on Monday named the officers of her administration:")
    assert _read(tmp_path, text) == _posts(EN_NAMES[1:], "|".join(posts))


def test_a_table_column_of_posts_known_and_not(tmp_path: Path) -> None:
    """A page's table of ``President | Jane Roe`` rows: the posts are the column beside the names."""
    posts = ("President", "Vice President", "Provost", "Bursar", "Treasurer")
    rows = "".join(f"<tr><td>{p}</td><td>{n}</td></tr>" for p, n in zip(posts, EN_NAMES, strict=True))
    page = (
        "<html><head><title>Aland University names its officers</title></head><body>"
        "<h1>Aland University names its officers</h1><p>June 3, 2031 | Example Tribune</p>"
        f"<p>Aland University on Monday named its officers:</p><table>{rows}</table>"
        "<p>The officers take up their posts in August.</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    read = [
        (m.label, m.group, tuple((a.kind.value, a.text) for a in m.attributes))
        for m in parse_path(path).mentions
        if m.kind is Kind.LIST
    ]
    assert read == _posts(EN_NAMES, "|".join(posts))


PARTIES = (("Aland Party", "Northshire"), ("Borduria Union", "Southmarch"), ("Aland Party", "Eastvale"))
PARTIES += (("Borduria Union", "Westfold"), ("Aland Party", "Lowmoor"))


@pytest.mark.parametrize("line", ["{name} — {party}, {place}", "{name} ({party}, {place})"])
def test_a_party_and_a_state_after_each_name_are_a_tag_and_a_place(tmp_path: Path, line: str) -> None:
    lines = "\n".join(
        line.format(name=n, party=p, place=s) for n, (p, s) in zip(EN_NAMES, PARTIES, strict=True)
    )
    text = _en(lines, "The Aland Senate on Monday named the chairs of its five standing committees:")
    assert _read(tmp_path, text) == [
        (n, "", (("tag", p), ("place", s))) for n, (p, s) in zip(EN_NAMES, PARTIES, strict=True)
    ]


def _senate(outlet: str, parties: list[tuple[str, str]], line: str) -> str:
    lines = "\n".join(
        line.format(name=n, party=p, place=s) for n, (p, s) in zip(EN_NAMES, parties, strict=True)
    )
    head = f"Committee chairs named\nJune 3, 2031 | {outlet}"
    return f"{head}\n\nThe Aland Senate named five chairs:\n\n{lines}\n\nThey sit next week.\n"


def test_a_party_printed_after_a_dash_is_compared_across_outlets(tmp_path: Path) -> None:
    """Two outlets give Peter Smith the Aland Party, a third the Borduria Union, a party it prints for
    others: an error naming the third, and no finding about a state."""
    wrong = [*PARTIES[:2], ("Borduria Union", "Eastvale"), *PARTIES[3:]]
    articles = {
        "a.txt": _senate("Lakeside Wire", list(PARTIES), "{name} — {party}, {place}"),
        "b.txt": _senate("Harbor Post", list(PARTIES), "{name} ({party}, {place})"),
        "c.txt": _senate("Hill Daily", wrong, "{name} — {party}, {place}"),
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found: list[Discrepancy] = [
        d for d in reconcile([str(tmp_path)]).discrepancies if d.severity is not Severity.INFO
    ]
    assert [(d.severity, d.sources, d.subject) for d in found] == [
        (Severity.ERROR, ("c",), "Peter Smith: party")
    ]


# ---------------------------------------------------------------------------------------------- Chinese

TW_POSTS = "主計長|審計長|財政部長|法務部長|幕僚長"


@pytest.mark.parametrize("line", ["{post}　{name}", "{post}：{name}", "{name}，{post}"])
def test_taiwan_posts_of_accounts_audit_and_staff(tmp_path: Path, line: str) -> None:
    lines = "\n".join(line.format(post=p, name=n) for p, n in zip(TW_POSTS.split("|"), TW_NAMES, strict=True))
    assert _read(tmp_path, _tw(lines)) == _posts(TW_NAMES, TW_POSTS)


SCHOOL = "校長|副校長|教務長|總務長|研發長"


@pytest.mark.parametrize("line", ["{post}　{name}", "{post}：{name}"])
def test_a_column_of_posts_holds_the_unknown_ones_too(tmp_path: Path, line: str) -> None:
    """``教務長``, ``總務長``, ``研發長`` are in no word list; two known posts above them make the place a
    post's."""
    lines = "\n".join(line.format(post=p, name=n) for p, n in zip(SCHOOL.split("|"), TW_NAMES, strict=True))
    assert _read(tmp_path, _tw(lines, "甲大學3日公布新學年一級主管名單：")) == _posts(TW_NAMES, SCHOOL)


CN_POSTS = "主计长|审计长|财政部长|司法部长|幕僚长"


@pytest.mark.parametrize("line", ["{post}　{name}", "{post}：{name}"])
def test_simplified_posts_stay_in_their_column(tmp_path: Path, line: str) -> None:
    """``主计长　张三``: the posts are the column beside the names, not the names (nor ``财政`` a name and
    ``部长`` its post)."""
    lines = "\n".join(line.format(post=p, name=n) for p, n in zip(CN_POSTS.split("|"), CN_NAMES, strict=True))
    assert _read(tmp_path, _cn(lines)) == _posts(CN_NAMES, CN_POSTS)


APPOINTMENTS = [
    (
        "甲國行政院3日宣布內閣改組，由張三出任財政部長，由李四出任主計長，由王五出任審計長，由趙六出任法務部長。",
        TW_NAMES,
    ),
    (
        "甲國行政院3日宣布內閣改組，財政部長一職由張三擔任，主計長一職由李四擔任，審計長一職由王五擔任，法務部長一職由趙六擔任。",
        TW_NAMES,
    ),
    (
        "甲国政府3日宣布内阁改组，由张三出任财政部长，由李四出任主计长，由王五出任审计长，由赵六出任法务部长。",
        CN_NAMES,
    ),
    (
        "甲国政府3日宣布内阁改组，财政部长一职由张三担任，主计长一职由李四担任，审计长一职由王五担任，法务部长一职由赵六担任。",
        CN_NAMES,
    ),
]


@pytest.mark.parametrize(("sentence", "names"), APPOINTMENTS)
def test_chinese_appointments_to_posts_of_accounts_and_audit(
    tmp_path: Path, sentence: str, names: tuple[str, ...]
) -> None:
    text = f"甲國內閣改組\n2031年6月3日　示例日報\n\n{sentence}\n\n新任閣員將於下週一就職。\n"
    posts = "財政部長|主計長|審計長|法務部長" if names == TW_NAMES else "财政部长|主计长|审计长|法务部长"
    assert _read(tmp_path, text) == _posts(names[:4], posts)


def test_named_to_posts_with_wei(tmp_path: Path) -> None:
    """``任命張三為主計長、李四為…``: the president who names them is no one of the list."""
    sentence = "甲國總統3日任命張三為主計長、李四為審計長、王五為幕僚長、趙六為財政部長。"
    text = f"甲國內閣改組\n2031年6月3日　示例日報\n\n{sentence}\n\n新任官員將於下週一就職。\n"
    assert _read(tmp_path, text) == _posts(TW_NAMES[:4], "主計長|審計長|幕僚長|財政部長")


HK_LEAD = "甲市政府3日公布甲委員會新一屆成員名單，任期兩年："
HK_SEATS = "主席|非官守成員|非官守成員|成員|當然成員"


@pytest.mark.parametrize("line", ["{name}（{seat}）", "{seat}　{name}", "{seat}：{name}"])
def test_a_council_seat_printed_on_each_line_is_each_members_post(tmp_path: Path, line: str) -> None:
    lines = "\n".join(line.format(seat=s, name=n) for s, n in zip(HK_SEATS.split("|"), TW_NAMES, strict=True))
    assert _read(tmp_path, _tw(lines, HK_LEAD)) == _posts(TW_NAMES, HK_SEATS)


def test_a_seat_heading_several_lines_is_their_group(tmp_path: Path) -> None:
    lines = "主席\n張三\n\n非官守成員\n李四\n王五\n趙六\n\n當然成員\n孫七\n周八"
    groups = ("主席", "非官守成員", "非官守成員", "非官守成員", "當然成員", "當然成員")
    assert _read(tmp_path, _tw(lines, HK_LEAD)) == [
        (n, g, ()) for n, g in zip((*TW_NAMES, "周八"), groups, strict=True)
    ]


def test_a_seat_inside_a_sentence_in_brackets_is_no_post(tmp_path: Path) -> None:
    """``甲聯盟（成員主要為甲國、乙國…）``: the bracket says what the body is; its members are no post."""
    lines = "\n".join(
        f"{k}、{name}（2011年成立，成員主要為甲國、乙國）；"
        for k, name in enumerate(("甲聯盟", "乙論壇", "丙基金", "丁中心"), start=1)
    )
    rows = _read(tmp_path, _tw(lines, "甲國宣布退出下列4個組織："))
    assert [label for label, _, _ in rows] == ["甲聯盟", "乙論壇", "丙基金", "丁中心"]
    assert not any(kind == "title" for _, _, attrs in rows for kind, _ in attrs)


# --------------------------------------------------------------------------------------------- Japanese

JA_POSTS = "幹事長|政調会長|総務会長|選対委員長|国対委員長"


@pytest.mark.parametrize("line", ["{post}　{name}", "{post}　{name}（58）"])
def test_japanese_party_posts_before_the_names(tmp_path: Path, line: str) -> None:
    lines = "\n".join(line.format(post=p, name=n) for p, n in zip(JA_POSTS.split("|"), JA_NAMES, strict=True))
    rows = _read(tmp_path, _ja(lines))
    assert [(n, g, tuple(a for a in attrs if a[0] == "title")) for n, g, attrs in rows] == _posts(
        JA_NAMES, JA_POSTS
    )


def test_a_chamber_and_a_long_post_after_its_middle_dot(tmp_path: Path) -> None:
    """``田中次郎（甲院・筆頭副幹事長）`` among ``山田太郎（甲院・幹事長）``: a body and its post, however
    long."""
    posts = ("甲院・幹事長", "乙院・政調会長", "甲院・総務会長", "甲院・筆頭副幹事長", "乙院・国対委員長")
    lines = "\n".join(f"{n}（{p}）" for n, p in zip(JA_NAMES, posts, strict=True))
    assert _read(tmp_path, _ja(lines)) == [
        (n, "", (("organization", p.split("・")[0]), ("title", p.split("・")[1])))
        for n, p in zip(JA_NAMES, posts, strict=True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "甲党は3日、幹事長に山田太郎氏、政調会長には鈴木一郎氏、総務会長に佐藤花子氏、選対委員長に田中次郎氏を起用した。",
        "甲党の新執行部は、幹事長は山田太郎氏、政調会長は鈴木一郎氏、総務会長は佐藤花子氏、選対委員長は田中次郎氏が務める。",
    ],
)
def test_japanese_posts_bound_to_names_by_ni_niwa_and_wa(tmp_path: Path, sentence: str) -> None:
    text = (
        f"甲党、新執行部人事を決定\n2031年6月3日　例示新報\n\n{sentence}\n\n新執行部は4日に初会合を開く。\n"
    )
    assert _read(tmp_path, text) == _posts(JA_NAMES[:4], "幹事長|政調会長|総務会長|選対委員長")


# ------------------------------------------------------------------------------------------------ guards

GUARDS = [
    (
        "Aland budget passes\nJune 3, 2031 | Example Tribune\nBy Jane Roe\n\n"
        "Photo: John Doe/Example Tribune\n\n"
        "The Aland assembly passed the budget on Monday.\n\n"
        '"We did what we had to do," said Peter Smith, a spokeswoman for the treasury. '
        '"The numbers add up."\n\n'
        "Mary Major, the treasurer, said the budget would balance. Richard Miles, the comptroller, agreed.\n"
    ),
    (
        "Aland budget: what they said\nJune 3, 2031 | Example Tribune\n\nReactions to the budget:\n\n"
        '"We did what we had to do," said Jane Roe, a spokeswoman for the treasury.\n'
        '"The numbers add up," said John Doe, the comptroller.\n'
        '"It is a fair budget," said Peter Smith, the attorney general.\n'
        '"We will watch every cent," said Mary Major, a member of the assembly.\n\n'
        "The budget goes to the governor.\n"
    ),
    (
        "Aland budget passes\nJune 3, 2031 | Example Tribune\n\nThe assembly passed the budget on Monday. "
        "The treasurer, Jane Roe, said it would balance.\n\nPhoto: John Doe\nGraphics: Peter Smith\n"
        "Editing: Mary Major\n\nReporting by Richard Miles; editing by Susan Park.\n"
    ),
    (
        "甲國預算案三讀通過\n2031年6月3日　示例日報\n記者張三／甲市報導\n\n甲國議會3日三讀通過預算案。"
        "主計長李四表示，預算將於明年達成平衡。審計長王五則說，將持續監督。\n\n「我們做了該做的事。」財政部發言人趙六說。\n\n（圖／孫七攝）\n"
    ),
    (
        "甲國預算案三讀通過\n2031年6月3日　示例日報\n\n"
        "甲國議會3日三讀通過預算案，主計長李四表示，預算將於明年達成平衡。\n\n"
        "記者：張三\n攝影：王五\n編輯：趙六\n"
    ),
    (
        "甲国予算が成立\n2031年6月3日　例示新報\n\n"
        "甲国議会は3日、予算案を可決した。山田太郎官房長官は「責任を果たした」"
        "と述べた。鈴木一郎幹事長も「大きな前進だ」と語った。\n\n（佐藤花子）\n\n写真＝田中次郎撮影\n"
    ),
]


@pytest.mark.parametrize("text", GUARDS)
def test_bylines_credits_and_quotes_are_no_list(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text) == []


def test_japanese_staff_credits_in_a_column_are_no_list(tmp_path: Path) -> None:
    """``取材　鈴木一郎`` lines: what the staff did, no column of posts."""
    text = (
        "甲国予算が成立\n2031年6月3日　例示新報\n\n甲国議会は3日未明、来年度予算案を可決した。\n\n"
        "取材　鈴木一郎\n写真　佐藤花子\n編集　田中次郎\n"
    )
    assert _read(tmp_path, text) == []


# a Chinese-character name, a middle dot, the post: a long title word at the end of a post that names
# its office (``甲市行政長官``) is the post's title as much as a short one (``甲市保安局長``)
JA_DOTTED_POSTS = "甲市行政長官|前甲市行政長官|甲市保安局長|乙国駐甲市連絡弁公室主任"


def test_japanese_dotted_posts_ending_in_a_long_title_word(tmp_path: Path) -> None:
    names = ("周八", "陳七", "張三", "王五")
    lines = "\n".join(f"{n}・{p}" for n, p in zip(names, JA_DOTTED_POSTS.split("|"), strict=True))
    lead = "米財務省は7日、当局者4人を制裁対象に指定したと発表した。対象は以下の通り。"
    assert _read(tmp_path, _ja(lines, lead)) == _posts(names, JA_DOTTED_POSTS)


def test_a_dotted_transliteration_before_a_short_post_stays_one_name(tmp_path: Path) -> None:
    """``約翰・羅伊部長`` is one person's transliterated name and a title: the dot parts his names."""
    lines = "約翰・羅伊部長\n彼得・史密斯局長\n瑪麗・梅傑處長"
    names = ("約翰・羅伊", "彼得・史密斯", "瑪麗・梅傑")
    assert _read(tmp_path, _tw(lines)) == _posts(names, "部長|局長|處長")


def test_japanese_katakana_names_before_posts_in_a_sentence(tmp_path: Path) -> None:
    """``メアリー・メジャー検事総長`` (the post's last word is a title word as well: no name ``総長``),
    ``アリス・ストーン国営メディア局長`` (katakana inside the post, after its first kanji)."""
    text = _ja(
        "",
        "米財務省は8日、4人を制裁対象に加えたと発表した。対象となったのは、甲国のジェーン・ロウ内相、"
        "ジョン・ドウ警察長官、メアリー・メジャー検事総長、アリス・ストーン国営メディア局長。",
    )
    got = _read(tmp_path, text)
    assert [(name, dict(attrs).get("title")) for name, _, attrs in got] == [
        ("ジェーン・ロウ", "内相"),
        ("ジョン・ドウ", "警察長官"),
        ("メアリー・メジャー", "検事総長"),
        ("アリス・ストーン", "国営メディア局長"),
    ]


EN_LONG_POSTS = [
    ("Jane Roe", "Director of the Aland and Borduria Affairs Office"),
    ("John Doe", "Deputy Director of the Aland and Borduria Affairs Office"),
    ("Peter Smith", "Director of the Office for Safeguarding National Security"),
    ("Mary Major", "Secretary General of the Committee for Safeguarding National Security"),
    ("Richard Miles", "Director of the Liaison Office"),
]


def test_english_lines_of_a_name_and_a_post_named_at_length(tmp_path: Path) -> None:
    """``Jane Roe, Director of the Aland and Borduria Affairs Office``: a post of nine words or more after
    the name's comma is still the post (the line was no item, and the list stopped there)."""
    lines = "\n".join(f"{name}, {post}" for name, post in EN_LONG_POSTS)
    got = _read(tmp_path, _en(lines, "The Treasury sanctioned five officials on Friday. The full list:"))
    assert [name for name, _, _ in got] == [name for name, _ in EN_LONG_POSTS]
    for (_, _, attrs), (_, post) in zip(got, EN_LONG_POSTS, strict=True):
        title = dict(attrs)["title"]
        assert post.startswith(title) and all(text in post for _, text in attrs)


def test_a_japanese_roster_of_fields_and_names_parted_by_wide_spaces() -> None:
    """``総務　山田太郎（62）衆院``: the field alone is the post (a minister's field ``lang.portfolios``
    knows), the name the person, and the age and chamber after it what the roster says of them, as in
    ``総務＝山田太郎（62）衆院``."""
    path = Path(__file__).resolve().parent / "fixtures" / "layouts" / "ja_roster_fields_and_names_spaced.txt"
    got = [
        (m.label, sorted((a.kind.value, a.text) for a in m.attributes))
        for m in parse_path(path).mentions
        if m.kind is Kind.LIST
    ]
    assert got == [
        ("山田太郎", [("other", "62"), ("other", "衆院"), ("title", "総務")]),
        ("鈴木一郎", [("other", "58"), ("other", "参院"), ("title", "法務")]),
        ("佐藤花子", [("other", "55"), ("other", "衆院"), ("title", "外務")]),
        ("田中次郎", [("other", "67"), ("other", "衆院"), ("title", "財務")]),
    ]
