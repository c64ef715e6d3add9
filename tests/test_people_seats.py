"""Lists of people: a party and a place printed beside each name, posts the word lists do not know printed
where the list's known posts are, a field a line leaves out; and the place each person sits for compared
across outlets (``pipeline/checks/seats.py``). The articles are made up, written for these tests (made-up
names, parties and places); each expectation is read from the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.party_forms import _pairs
from pipeline.checks.party_tags import _fold
from pipeline.models import Discrepancy, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

Row = tuple[str, str, tuple[tuple[str, str], ...]]  # name, group, (kind, text) of each attribute


def _read(tmp_path: Path, text: str, name: str = "a.txt") -> list[Row]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    res = parse_path(path)
    return [
        (m.name_zh or m.name_en, m.group, tuple((a.kind.value, a.text) for a in m.attributes))
        for m in res.mentions
    ]


def _notes(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    return [m.note for m in parse_path(path).mentions]


TW_PEOPLE = ("張三", "李四", "王五", "趙六")
PARTIES = ("甲黨", "乙黨", "甲黨", "乙黨")
DISTRICTS = ("北區", "南區", "東區", "西區")


def _tw(lines: str, lead: str = "【寶島日報】新內閣成員共4人，名單如下：") -> str:
    return f"聯合內閣名單出爐\n\n{lead}\n\n{lines}\n\n新內閣將於下月就職。\n"


def _party_place(names: tuple[str, ...], parties: tuple[str, ...], places: tuple[str, ...]) -> list[Row]:
    return [(n, "", (("tag", p), ("place", q))) for n, p, q in zip(names, parties, places, strict=True)]


def test_a_chinese_party_and_district_in_brackets_are_a_tag_and_a_place(tmp_path: Path) -> None:
    lines = "\n".join(f"{n}（{p}，{q}）" for n, p, q in zip(TW_PEOPLE, PARTIES, DISTRICTS, strict=True))
    assert _read(tmp_path, _tw(lines)) == _party_place(TW_PEOPLE, PARTIES, DISTRICTS)
    assert _notes(tmp_path, _tw(lines)) == ["", "", "", ""]


def test_simplified_party_and_district_in_brackets(tmp_path: Path) -> None:
    names, parties, places = (
        ("张三", "李四", "王五", "赵六"),
        ("甲党", "乙党", "甲党", "乙党"),
        ("北区", "南区", "东区", "西区"),
    )
    lines = "\n".join(f"{n}（{p}，{q}）" for n, p, q in zip(names, parties, places, strict=True))
    text = f"联合内阁名单公布\n\n【华夏新闻】新内阁共4人，名单如下：\n\n{lines}\n\n新内阁将于下月就职。\n"
    assert _read(tmp_path, text) == _party_place(names, parties, places)


JA_NAMES = ("山田太郎", "佐藤花子", "鈴木一郎", "高橋次郎")
JA_PARTIES = ("甲党", "乙党", "甲党", "乙党")
JA_PLACES = ("北区", "南区", "東区", "西区")


def test_a_japanese_party_and_ward_parted_by_a_middle_dot(tmp_path: Path) -> None:
    lines = "\n".join(f"{n}（{p}・{q}）" for n, p, q in zip(JA_NAMES, JA_PARTIES, JA_PLACES, strict=True))
    text = f"新議員の顔ぶれ\n\n今回の選挙で初当選した議員は次の通り。\n\n{lines}\n\n（敬称略）\n"
    assert _read(tmp_path, text) == _party_place(JA_NAMES, JA_PARTIES, JA_PLACES)


def test_japanese_triangle_lines_of_post_name_party_and_ward(tmp_path: Path) -> None:
    posts = ("幹事長", "総務会長", "政調会長", "選対委員長")
    lines = "\n".join(
        f"▽{t}　{n}（{p}、{q}）" for t, n, p, q in zip(posts, JA_NAMES, JA_PARTIES, JA_PLACES, strict=True)
    )
    text = f"新執行部の顔ぶれ\n\n甲党の新執行部は次の通り。\n\n{lines}\n\n（敬称略）\n"
    assert _read(tmp_path, text) == [
        (n, "", (("title", t), ("tag", p), ("place", q)))
        for t, n, p, q in zip(posts, JA_NAMES, JA_PARTIES, JA_PLACES, strict=True)
    ]


def test_hong_kong_post_colon_name_party_and_district(tmp_path: Path) -> None:
    names, posts = ("陳大文", "李小明", "張三", "李四"), ("主席", "副主席", "秘書", "委員")
    lines = "\n".join(
        f"{t}：{n}（{p}，{q}）" for t, n, p, q in zip(posts, names, PARTIES, DISTRICTS, strict=True)
    )
    text = _tw(lines, "【維港時報】區議會今日選出主席團成員，名單如下：")
    assert _read(tmp_path, text) == [
        (n, "", (("title", t), ("tag", p), ("place", q)))
        for t, n, p, q in zip(posts, names, PARTIES, DISTRICTS, strict=True)
    ]


def test_post_colon_name_and_party_keeps_the_party_off_the_groups(tmp_path: Path) -> None:
    posts = ("主席", "副主席", "秘書長", "發言人")
    lines = "\n".join(f"{t}：{n}（{p}）" for t, n, p in zip(posts, TW_PEOPLE, PARTIES, strict=True))
    rows = _read(tmp_path, _tw(lines, "【寶島日報】甲黨昨日公布新一屆中常委名單，共4人如下："))
    assert [(n, g) for n, g, _ in rows] == [(n, "") for n in TW_PEOPLE]
    assert [dict(attrs).get("title") for _, _, attrs in rows] == list(posts)
    assert all(p in dict(attrs).values() for (_, _, attrs), p in zip(rows, PARTIES, strict=True))


def test_a_company_with_a_country_and_a_city_is_no_party_and_place(tmp_path: Path) -> None:
    lines = "\n".join(
        ("甲貿易有限公司（甲國，北市）", "乙航運有限公司（乙國，南市）")
        + ("丙石化有限公司（甲國，東市）", "丁科技有限公司（乙國，西市）")
    )
    rows = _read(tmp_path, _tw(lines, "【本報訊】新增的四家公司如下："))
    assert [n for n, _, _ in rows] == ["甲貿易有限公司", "乙航運有限公司", "丙石化有限公司", "丁科技有限公司"]
    assert not any(k in ("tag", "place") for _, _, attrs in rows for k, _ in attrs)


def test_a_japanese_body_and_post_parted_by_a_dot_stay_a_body_and_a_post(tmp_path: Path) -> None:
    said = ("甲党・幹事長", "乙党・代表", "甲党・筆頭副幹事長", "丙党・国対委員長")
    lines = "\n".join(f"{n}（{s}）" for n, s in zip(JA_NAMES, said, strict=True))
    text = f"党役員の顔ぶれ\n\n各党の新しい役員は次の通り。\n\n{lines}\n\n（敬称略）\n"
    assert [attrs for _, _, attrs in _read(tmp_path, text)] == [
        (("organization", s.split("・")[0]), ("title", s.split("・")[1])) for s in said
    ]


def test_a_chinese_us_style_tag_is_a_tag(tmp_path: Path) -> None:
    names = ("珍·羅", "約翰·杜", "瑪麗·梅傑", "理查·邁爾斯")
    tags = ("R-甲州", "D-乙州", "R-丙州", "R-丁州")
    lines = "\n".join(f"{n}（{t}）" for n, t in zip(names, tags, strict=True))
    text = _tw(lines, "【本報訊】共有4名參議員投下反對票：")
    assert _read(tmp_path, text) == [(n, "", (("tag", t),)) for n, t in zip(names, tags, strict=True)]


EN_LEAD = "The board on Tuesday named its new leadership team of four:"


def _en(lines: str, lead: str = EN_LEAD) -> str:
    return (
        f"New leadership named\n\nLakeside Wire, March 3, 2025\n\n{lead}\n\n{lines}\n\nThey start in July.\n"
    )


@pytest.mark.parametrize(
    "posts", [("President", "Provost", "Chancellor", "Dean"), ("President", "Registrar", "Bursar", "Provost")]
)
def test_a_post_glued_before_a_name_among_known_ones(tmp_path: Path, posts: tuple[str, ...]) -> None:
    names = ("Jane Roe", "John Doe", "Mary Major", "Richard Miles")
    lines = "\n".join(f"{p} {n}" for p, n in zip(posts, names, strict=True))
    assert _read(tmp_path, _en(lines)) == [
        (n, "", (("title", p),)) for p, n in zip(posts, names, strict=True)
    ]


def test_names_of_three_words_without_posts_stay_names(tmp_path: Path) -> None:
    lines = "Mary Ann Major\nJohn Paul Doe\nJane Roe\nRichard Miles"
    rows = _read(tmp_path, _en(lines, "The foundation named four winners:"))
    assert rows == [(n, "", ()) for n in ("Mary Ann Major", "John Paul Doe", "Jane Roe", "Richard Miles")]


def test_a_name_of_three_words_among_glued_posts_and_a_bare_name_stays_whole(tmp_path: Path) -> None:
    lines = "President Jane Roe\nChancellor John Doe\nMary Ann Major\nTreasurer Richard Miles\nPaul Stone"
    rows = _read(tmp_path, _en(lines))
    assert ("Mary Ann Major", "", ()) in rows
    assert ("Paul Stone", "", ()) in rows


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mary Major, Borduria Institute", ("Mary Major", "", (("organization", "Borduria Institute"),))),
        ("Mary Major, professor", ("Mary Major", "", (("title", "professor"),))),
    ],
)
def test_a_line_that_leaves_out_a_field_shifts_no_other(tmp_path: Path, line: str, expected: Row) -> None:
    lines = "\n".join(
        ["Jane Roe, chief economist, Acme Corp", "John Doe, professor, Aland University", line]
        + ["Richard Miles, director, Northshire Foundation"]
    )
    rows = _read(tmp_path, _en(lines, "The ministry named the following advisers:"))
    assert rows[2] == expected
    assert rows[0] == ("Jane Roe", "", (("title", "chief economist"), ("organization", "Acme Corp")))
    assert rows[3] == (
        "Richard Miles",
        "",
        (("title", "director"), ("organization", "Northshire Foundation")),
    )


def test_japanese_posts_in_brackets_under_group_headings(tmp_path: Path) -> None:
    text = (
        "新役員の顔ぶれ\n\n甲社は新しい役員人事を発表した。\n\n【取締役】\n山田太郎（営業本部長）\n"
        "佐藤花子（財務部長）\n【監査役】\n鈴木一郎（弁護士）\n高橋次郎（公認会計士）\n\n6月の株主総会で正式に決める。\n"
    )
    assert _read(tmp_path, text) == [
        ("山田太郎", "取締役", (("title", "営業本部長"),)),
        ("佐藤花子", "取締役", (("title", "財務部長"),)),
        ("鈴木一郎", "監査役", (("title", "弁護士"),)),
        ("高橋次郎", "監査役", (("title", "公認会計士"),)),
    ]


def test_a_byline_a_quote_and_a_photo_credit_are_no_list(tmp_path: Path) -> None:
    text = (
        "Storm hits coast\n\nBy Jane Roe and John Doe, staff reporters\n\nA storm hit the coast on Monday, "
        'officials said. "We are ready," said Mary Major, the mayor.\nPhoto: Richard Miles / Acme Photo '
        "Agency\n\nResidents were told to stay home.\n"
    )
    assert _read(tmp_path, text) == []


# --- the place each person sits for, across outlets


def _senators(outlet: str, tags: list[str]) -> str:
    names = ("Jane Roe", "John Doe", "Mary Major", "Richard Miles")
    lines = "\n".join(f"{n} ({t})" for n, t in zip(names, tags, strict=True))
    return (
        f"Senators vote no\n\n{outlet}, March 3, 2025\n\nFour senators voted against the bill:\n\n{lines}\n\n"
        "The bill passed anyway.\n"
    )


SENATE = ["R-Northshire", "D-Southmarch", "R-Eastholm", "R-Westvale"]


def _run(tmp_path: Path, articles: dict[str, str]) -> list[Discrepancy]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [d for d in reconcile([str(tmp_path)]).discrepancies if d.severity is not Severity.INFO]


def _about_people(found: list[Discrepancy]) -> list[tuple[Severity, tuple[str, ...], str]]:
    about = {"seat", "party", "party, seat"}
    return [(d.severity, d.sources, d.subject) for d in found if d.subject.rsplit(": ", 1)[-1] in about]


def test_a_state_three_outlets_contradict_is_an_error(tmp_path: Path) -> None:
    wrong = ["R-Northshire", "D-Southmarch", "R-Lakeholm", "R-Westvale"]  # Mary Major given another state
    found = _run(
        tmp_path,
        {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Harbor Post", SENATE)}
        | {"c.txt": _senators("Hill Daily", SENATE), "d.txt": _senators("Valley Times", wrong)},
    )
    assert _about_people(found) == [(Severity.ERROR, ("d",), "Mary Major: seat")]
    (seat,) = [d for d in found if d.subject.endswith(": seat")]
    assert "'Lakeholm'" in seat.message and "'Eastholm'" in seat.message


def test_a_state_written_short_is_the_same_state(tmp_path: Path) -> None:
    short = ["R-N. Shire", "D-Southm.", "R-E. Holm", "R-Westv."]
    found = _run(
        tmp_path,
        {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Harbor Post", SENATE)}
        | {"c.txt": _senators("Hill Daily", short)},
    )
    assert _about_people(found) == []


def test_a_wrong_party_and_state_for_one_person_are_one_finding(tmp_path: Path) -> None:
    wrong = ["R-Northshire", "D-Southmarch", "D-Lakeholm", "R-Westvale"]  # a party and a state, one line
    found = _run(
        tmp_path,
        {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Harbor Post", SENATE)}
        | {"c.txt": _senators("Hill Daily", wrong)},
    )
    assert _about_people(found) == [(Severity.ERROR, ("c",), "Mary Major: party, seat")]


def test_one_outlet_against_one_is_a_warning(tmp_path: Path) -> None:
    wrong = ["R-Northshire", "D-Southmarch", "R-Lakeholm", "R-Westvale"]
    found = _run(
        tmp_path, {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Hill Daily", wrong)}
    )
    assert _about_people(found) == [(Severity.WARNING, ("a", "b"), "Mary Major: seat")]
    assert not [d for d in found if d.severity is Severity.ERROR]


def _cabinet_zh(outlet: str, places: tuple[str, ...], *, simplified: bool = False) -> str:
    names = ("张三", "李四", "王五", "赵六") if simplified else TW_PEOPLE
    parties = ("甲党", "乙党", "甲党", "乙党") if simplified else PARTIES
    lines = "\n".join(f"{n}（{p}，{q}）" for n, p, q in zip(names, parties, places, strict=True))
    return _tw(lines, f"【{outlet}】新內閣成員共4人，名單如下：")


def test_a_district_the_outlet_gives_another_of_its_people_is_an_error(tmp_path: Path) -> None:
    wrong = ("北區", "南區", "南區", "西區")  # 王五 given 李四's district
    found = _run(
        tmp_path,
        {"a.txt": _cabinet_zh("寶島日報", DISTRICTS), "b.txt": _cabinet_zh("維港時報", DISTRICTS)}
        | {"c.txt": _cabinet_zh("華夏新聞", ("北区", "南区", "东区", "西区"), simplified=True)}
        | {"d.txt": _cabinet_zh("中台新聞", wrong)},
    )
    assert _about_people(found) == [(Severity.ERROR, ("d",), "王五: seat")]


def test_a_district_in_other_words_nothing_parts_is_no_finding(tmp_path: Path) -> None:
    other = ("北部", "南部", "東部", "西部")  # each district named otherwise, none of the others' names
    found = _run(
        tmp_path,
        {"a.txt": _cabinet_zh("寶島日報", DISTRICTS), "b.txt": _cabinet_zh("維港時報", DISTRICTS)}
        | {"c.txt": _cabinet_zh("中台新聞", other)},
    )
    assert _about_people(found) == []


def test_a_party_letter_printed_beside_a_party_name_joins_them() -> None:
    text = "共有4名參議員投下反對票，其中甲黨（A）3人、乙黨（B）1人。"
    assert sorted(_pairs(text, {"a", "b", _fold("甲黨")})) == [(_fold("甲黨"), "a")]
    assert _pairs(text, {_fold("甲黨")}) == []  # a letter no list prints is no party's


def _lawmakers(outlet: str, lead: str, tags: list[str]) -> str:
    names = ("Jane Roe", "John Doe", "Mary Major", "Richard Miles")
    lines = "\n".join(f"{n} ({t})" for n, t in zip(names, tags, strict=True))
    return f"Lawmakers vote no\n\n{outlet}, March 3, 2025\n\n{lead}\n\n{lines}\n\nThe bill passed anyway.\n"


COUNTED = "Four lawmakers voted against the bill, three Alanders and one Bordurian:"
LETTERS = ["A-Northshire", "B-Southmarch", "A-Eastholm", "A-Westvale"]


def test_a_party_word_counted_beside_letter_tags_is_what_the_letter_stands_for(tmp_path: Path) -> None:
    worded = ["Alander, Northshire", "Bordurian, Southmarch", "Bordurian, Eastholm", "Alander, Westvale"]
    found = _run(
        tmp_path,
        {
            "a.txt": _lawmakers("Lakeside Wire", COUNTED, LETTERS),
            "b.txt": _lawmakers("Harbor Post", COUNTED, LETTERS),
        }
        | {"c.txt": _lawmakers("Hill Daily", "Four lawmakers voted against the bill:", worded)},
    )
    assert _about_people(found) == [(Severity.ERROR, ("c",), "Mary Major: party")]


def test_party_words_no_count_ties_to_the_letters_are_not_compared(tmp_path: Path) -> None:
    lead = "Four lawmakers voted against the bill:"
    worded = ["Alander, Northshire", "Bordurian, Southmarch", "Bordurian, Eastholm", "Alander, Westvale"]
    found = _run(
        tmp_path,
        {
            "a.txt": _lawmakers("Lakeside Wire", lead, LETTERS),
            "b.txt": _lawmakers("Harbor Post", lead, LETTERS),
        }
        | {"c.txt": _lawmakers("Hill Daily", lead, worded)},
    )
    assert _about_people(found) == []


def test_an_ex_officio_tag_is_no_other_post(tmp_path: Path) -> None:
    posts = ("主席", "副主席", "委員", "委員", "委員")
    names = ("陳大文", "李小明", "張三", "李四", "王五")
    tagged = "\n".join(
        f"{t}：{n}{'（當然成員）' if k in (2, 3) else ''}"
        for k, (t, n) in enumerate(zip(posts, names, strict=True))
    )
    plain = "\n".join(f"{t}：{n}" for t, n in zip(posts, names, strict=True))
    bracketed = "\n".join(
        f"{n}（{t}）" if k < 2 else f"{n}（當然成員）" if k < 4 else n
        for k, (t, n) in enumerate(zip(posts, names, strict=True))
    )
    lead = "【維港時報】政府今日公布新一屆諮詢委員會成員名單如下："
    rows = _read(tmp_path, _tw(tagged, lead))
    assert [dict(attrs).get("title") for _, _, attrs in rows][:2] == ["主席", "副主席"]
    found = _run(
        tmp_path,
        {"a.txt": _tw(tagged, lead), "b.txt": _tw(plain, lead.replace("維港時報", "香江日報"))}
        | {"c.txt": _tw(bracketed, lead.replace("維港時報", "東方快訊"))},
    )
    assert [d for d in found if d.severity is Severity.ERROR] == []
    assert not [d for d in found if d.kind == "attribute_conflict"]


def test_a_body_after_a_dash_and_a_post_after_a_comma(tmp_path: Path) -> None:
    lines = "Jane Roe — Acme Corp, Chief Executive\nJohn Doe — Acme Corp, Chairman\n"
    lines += "Mary Major — Borduria Bank, Treasurer\nRichard Miles — Borduria Bank, Director"
    rows = _read(tmp_path, _en(lines, "The four executives who signed the letter were:"))
    assert rows == [
        ("Jane Roe", "", (("organization", "Acme Corp"), ("title", "Chief Executive"))),
        ("John Doe", "", (("organization", "Acme Corp"), ("title", "Chairman"))),
        ("Mary Major", "", (("organization", "Borduria Bank"), ("title", "Treasurer"))),
        ("Richard Miles", "", (("organization", "Borduria Bank"), ("title", "Director"))),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Storm hits coast\n\nA storm hit the coast on Monday.\n\n"We are ready," said Jane Roe, the mayor.\n'
        '"The roads are closed," said John Doe, the police chief.\n"Stay home," said Mary Major, the '
        "governor.\n\nResidents were told to stay home.\n\nReporting by Jane Roe; Editing by John Doe and "
        "Mary Major\nPhoto: Richard Miles\nGraphic: Alice Stone\n",
        "台風が上陸\n\n台風10号が3日、上陸した。\n\n気象庁によると、雨は4日まで続く見通し。\n\n"
        "取材　鈴木一郎\n写真　佐藤花子\n編集　高橋次郎\n",
        "颱風登陸\n\n【記者張三／台北報導】颱風今日登陸，氣象局表示雨勢將持續至明日。\n\n"
        "責任編輯：李四\n攝影：王五\n校對：趙六\n",
    ],
    ids=["quotes-and-credits", "ja-credits", "zh-credits"],
)
def test_quote_attributions_and_staff_credits_are_no_list(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text) == []


def test_a_markdown_table_of_people_with_party_and_state_columns(tmp_path: Path) -> None:
    text = _en(
        "| Senator | Party | State |\n| --- | --- | --- |\n| Jane Roe | Aland Party | Northshire |\n"
        "| John Doe | Borduria Union | Southmarch |\n| Mary Major | Aland Party | Northshire |\n"
        "| Richard Miles | Aland Party | Westvale |",
        "The four senators who voted against the bill:",
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    found = parse_path(path).mentions
    assert [m.name_en for m in found] == ["Jane Roe", "John Doe", "Mary Major", "Richard Miles"]
    assert [[(a.kind.value, a.text, a.label) for a in m.attributes] for m in found][2] == [
        ("other", "Aland Party", "Party"),
        ("place", "Northshire", "State"),
    ]


def test_a_chinese_table_column_of_districts_is_each_persons_place(tmp_path: Path) -> None:
    rows = "\n".join(f"{n}　　{p}　　{q}" for n, p, q in zip(TW_PEOPLE, PARTIES, DISTRICTS, strict=True))
    text = _tw(f"姓名　　政黨　　選區\n{rows}", "【本報訊】新任立法委員4人名單如下：")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    found = parse_path(path).mentions
    assert [m.name_zh for m in found] == list(TW_PEOPLE)
    assert [[a.text for a in m.attributes if a.kind.value == "place"] for m in found] == [
        [q] for q in DISTRICTS
    ]


def test_a_state_column_is_compared_with_the_states_of_tags(tmp_path: Path) -> None:
    table = _en(
        "| Senator | Party | State |\n| --- | --- | --- |\n| Jane Roe | R | Northshire |\n"
        "| John Doe | D | Southmarch |\n| Mary Major | R | Lakeholm |\n| Richard Miles | R | Westvale |",
        "Four senators voted against the bill:",
    )
    found = _run(
        tmp_path,
        {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Harbor Post", SENATE)}
        | {"c.txt": table},
    )
    assert [(d.severity, d.sources, d.subject) for d in found if d.subject.endswith("seat")] == [
        (Severity.ERROR, ("c",), "Mary Major: seat")
    ]
