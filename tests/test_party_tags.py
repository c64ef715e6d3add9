"""A person's party tag compared across outlets (``pipeline/checks/parties.py``), and a country printed
where a body would be (``Name, Post, Country``, ``名前（国）``) compared as the person's place. The
stories are made up, written for these tests; each expectation is read from the articles."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import AttributeKind, Discrepancy, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

PEOPLE = ("Jane Roe", "John Doe", "Mary Major", "Richard Miles", "Anna Smith", "Paul Stone")
POSTS = ("Prime Minister", "Finance Minister", "Foreign Minister", "Interior", "Defence Minister", "Justice")


def _cabinet(outlet: str, tags: list[str], *, prose: str = "") -> str:
    """An English article listing the six ministers of a made-up cabinet, each with the tag given."""
    lines = "\n".join(
        f"{post if post.endswith('Minister') else post + ' Minister'}: {name} ({tag})"
        for post, name, tag in zip(POSTS, PEOPLE, tags, strict=True)
    )
    return (
        f"New cabinet sworn in\n\n{outlet}, March 3, 2025\n\n{prose}The six members of the new cabinet "
        f"are:\n\n{lines}\n\nThe cabinet meets on Tuesday.\n"
    )


def _senators(outlet: str, tags: list[str]) -> str:
    """An English article listing five lawmakers with US-style tags (party letter and state)."""
    lines = "\n".join(f"{name} ({tag})" for name, tag in zip(PEOPLE[:5], tags, strict=True))
    return (
        f"Lawmakers sanctioned\n\n{outlet}, March 3, 2025\n\nThe ministry named the five lawmakers it "
        f"sanctions:\n\n{lines}\n\nThe sanctions bar them from entering.\n"
    )


def _run(tmp_path: Path, articles: dict[str, str]) -> list[Discrepancy]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [d for d in reconcile([str(tmp_path)]).discrepancies if d.severity is not Severity.INFO]


def _parties(found: list[Discrepancy]) -> list[tuple[Severity, tuple[str, ...], str]]:
    return [(d.severity, d.sources, d.subject) for d in found if d.subject.endswith(": party")]


SENATE = ["R-Ala.", "D-Bor.", "R-Carp.", "D-Syl.", "R-Ruri."]


def test_a_us_style_party_letter_that_two_outlets_contradict_is_an_error(tmp_path: Path) -> None:
    wrong = ["R-Ala.", "D-Bor.", "D-Carp.", "D-Syl.", "R-Ruri."]  # Mary Major given D for R
    found = _run(
        tmp_path,
        {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Harbor Post", SENATE)}
        | {"c.txt": _senators("Hill Daily", wrong)},
    )
    (party,) = [d for d in found if d.subject.endswith(": party")]
    assert (party.severity, party.sources, party.subject) == (Severity.ERROR, ("c",), "Mary Major: party")
    assert "'D'" in party.message and "'R'" in party.message
    assert [d for d in found if d.severity is Severity.ERROR] == [party]


def test_one_outlet_against_one_is_a_warning_naming_both(tmp_path: Path) -> None:
    wrong = ["R-Ala.", "R-Bor.", "R-Carp.", "D-Syl.", "R-Ruri."]  # John Doe given R for D
    found = _run(
        tmp_path, {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Hill Daily", wrong)}
    )
    assert _parties(found) == [(Severity.WARNING, ("a", "b"), "John Doe: party")]
    assert not [d for d in found if d.severity is Severity.ERROR]


def test_a_state_written_otherwise_is_no_other_party(tmp_path: Path) -> None:
    other_states = ["R-Aland", "D-Borduria", "R-Carpathia", "D-Syldavia", "R-Ruritania"]
    found = _run(
        tmp_path,
        {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": _senators("Harbor Post", SENATE)}
        | {"c.txt": _senators("Hill Daily", other_states)},
    )
    assert _parties(found) == []


TAGS = ["AP", "BP", "AP", "BP", "BP", "AP"]
NAMED = ["Aland Party", "Borduria Party", "Aland Party", "Borduria Party", "Borduria Party", "Aland Party"]
PAIRS = "The coalition of the Aland Party (AP) and the Borduria Party (BP) took office on Monday. "


def test_a_party_named_in_full_is_joined_to_its_acronym_by_the_outlet_s_own_pair(tmp_path: Path) -> None:
    """The outlet writing the parties in full prints ``Aland Party (AP)`` in its lead: its tags are the
    others' ``AP`` and ``BP``, so its Borduria Party for Paul Stone (an AP minister in the other two) is
    another party."""
    wrong = [*NAMED[:5], "Borduria Party"]
    found = _run(
        tmp_path,
        {"a.txt": _cabinet("Lakeside Wire", TAGS), "b.txt": _cabinet("Harbor Post", TAGS)}
        | {"c.txt": _cabinet("Hill Daily", wrong, prose=PAIRS)},
    )
    assert _parties(found) == [(Severity.ERROR, ("c",), "Paul Stone: party")]
    assert not [d for d in found if d.severity is Severity.ERROR and d.sources != ("c",)]


def test_forms_no_outlet_pairs_are_not_compared(tmp_path: Path) -> None:
    """Without the pair, ``Borduria Party`` and ``AP`` are forms nothing joins: no finding either way."""
    wrong = [*NAMED[:5], "Borduria Party"]
    found = _run(
        tmp_path,
        {"a.txt": _cabinet("Lakeside Wire", TAGS), "b.txt": _cabinet("Harbor Post", TAGS)}
        | {"c.txt": _cabinet("Hill Daily", wrong)},
    )
    assert _parties(found) == []


def test_a_tag_one_outlet_alone_prints_is_no_finding(tmp_path: Path) -> None:
    plain = _senators("Harbor Post", SENATE).replace(" (R-", " [").replace(" (D-", " [")
    plain = "\n".join(line.split(" [")[0] for line in plain.splitlines()) + "\n"
    found = _run(tmp_path, {"a.txt": _senators("Lakeside Wire", SENATE), "b.txt": plain})
    assert _parties(found) == []


def test_a_party_read_as_the_list_s_groups_is_one_finding(tmp_path: Path) -> None:
    """Chinese lines ``羅珍（甲民黨）`` make the parties the list's groups; the outlet filing one under the
    other is one ``group_conflict``, not a party finding as well."""

    def zh(outlet: str, parties: list[str]) -> str:
        names = ("羅珍", "杜約翰", "梅瑪麗", "麥理查", "史安娜")
        lines = "\n".join(f"{n}（{p}）" for n, p in zip(names, parties, strict=True))
        return (
            f"制裁議員\n\n{outlet} 2025年3月4日\n\n外交部宣布制裁以下5名議員：\n\n{lines}\n\n制裁即日生效。\n"
        )

    right = ["甲民黨", "乙民黨", "甲民黨", "乙民黨", "甲民黨"]
    table = "".join(
        f"<tr><td>{n}</td><td>{p}</td></tr>"
        for n, p in zip(("羅珍", "杜約翰", "梅瑪麗", "麥理查", "史安娜"), right, strict=True)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>制裁議員 | 丁報</title></head><body><article>"
        "<h1>制裁議員</h1>"
        "<p>外交部宣布制裁以下5名議員：</p><table><tr><th>姓名</th><th>政黨</th></tr>"
        f"{table}</table><p>制裁即日生效。</p></article></body></html>"
    )
    found = _run(
        tmp_path,
        {"a.txt": zh("甲報", right), "b.txt": zh("乙報", right), "d.html": html}
        | {"c.txt": zh("丙報", ["甲民黨", "乙民黨", "乙民黨", "乙民黨", "甲民黨"])},
    )
    about = [d for d in found if d.severity is Severity.ERROR]
    assert [(d.kind, d.sources) for d in about] == [("group_conflict", ("c",))]


BOARD = ("President", "Vice-President", "Secretary", "Member", "Member")
COUNTRIES = ["France", "Spain", "Ireland", "Germany", "Italy"]


def _board(outlet: str, places: list[str]) -> str:
    """English lines ``Name, Post, Country`` naming a made-up board of five."""
    lines = "\n".join(f"{n}, {p}, {c}" for n, p, c in zip(PEOPLE[:5], BOARD, places, strict=True))
    return (
        f"Fund names its board\n\n{outlet}, March 3, 2025\n\nThe fund named the five members of its "
        f"board on Monday:\n\n{lines}\n\nThe board meets in May.\n"
    )


def _board_ja(outlet: str, places: list[str]) -> str:
    """Japanese lines ``▽post　name（country）`` naming the same board."""
    names = ("ジェーン・ロー", "ジョン・ドウ", "メアリー・メジャー", "リチャード・マイルズ", "アンナ・スミス")
    posts = ("総裁", "副総裁", "事務局長", "理事", "理事")
    lines = "\n".join(f"▽{p}　{n}（{c}）" for n, p, c in zip(names, posts, places, strict=True))
    return (
        f"基金が理事会を発表\n\n{outlet}　2025年3月4日\n\n基金は3日、理事会の5人を発表した。\n\n"
        f"{lines}\n\n理事会は5月に開かれる。\n"
    )


def _places(found: list[Discrepancy]) -> list[tuple[Severity, tuple[str, ...], str]]:
    return [(d.severity, d.sources, d.subject) for d in found if d.subject.endswith(": place")]


def test_a_country_where_english_lines_print_a_body_is_the_person_s_place(tmp_path: Path) -> None:
    """``Mary Major, Secretary, Portugal`` against the Ireland two others print: a wrong country."""
    wrong = ["France", "Spain", "Portugal", "Germany", "Italy"]
    found = _run(
        tmp_path,
        {"a.txt": _board("Lakeside Wire", COUNTRIES), "b.txt": _board("Harbor Post", COUNTRIES)}
        | {"c.txt": _board("Hill Daily", wrong)},
    )
    assert _places(found) == [(Severity.ERROR, ("c",), "Mary Major: place")]
    assert [d.sources for d in found if d.severity is Severity.ERROR] == [("c",)]


def test_a_country_in_brackets_after_a_japanese_name_is_the_person_s_place(tmp_path: Path) -> None:
    wrong = [
        "フランス",
        "スペイン",
        "アイルランド",
        "オーストリア",
        "イタリア",
    ]  # Richard Miles: Austria for Germany
    right = ["フランス", "スペイン", "アイルランド", "ドイツ", "イタリア"]
    found = _run(
        tmp_path,
        {"a.txt": _board_ja("北浜通信", right), "b.txt": _board_ja("南町新報", right)}
        | {"c.txt": _board_ja("東丘日報", wrong)},
    )
    assert [(s, src) for s, src, _ in _places(found)] == [(Severity.ERROR, ("c",))]
    assert "オーストリア" in next(d.message for d in found if d.subject.endswith(": place"))


def test_a_body_that_names_a_place_in_part_is_no_country(tmp_path: Path) -> None:
    """``Institute of Portugal Studies`` is a body, not the country Portugal: no finding."""
    body = ["France", "Spain", "Institute of Portugal Studies", "Germany", "Italy"]
    found = _run(
        tmp_path,
        {"a.txt": _board("Lakeside Wire", COUNTRIES), "b.txt": _board("Harbor Post", COUNTRIES)}
        | {"c.txt": _board("Hill Daily", body)},
    )
    assert _places(found) == []


def test_a_person_in_another_s_place_is_one_finding_not_a_wrong_country_too(tmp_path: Path) -> None:
    """The central bank board story's mainland outlet prints the member who left in the new one's place;
    given another country as well, it is still the one ``wrong_item``: the country is the other person's."""
    story = Path(__file__).resolve().parent / "fixtures" / "ecb_board"
    for src in story.glob("0*"):
        text = src.read_text(encoding="utf-8")
        if src.name == "03_cn.html":
            assert "法比奥·帕内塔</strong>　欧洲央行执行委员，意大利" in text
            text = text.replace(
                "法比奥·帕内塔</strong>　欧洲央行执行委员，意大利",
                "法比奥·帕内塔</strong>　欧洲央行执行委员，奥地利",
            )
        (tmp_path / src.name).write_text(text, encoding="utf-8")
    found = [d for d in reconcile([str(tmp_path)]).discrepancies if "03_cn" in d.sources]
    assert [(d.kind, d.severity) for d in found if d.severity is not Severity.INFO] == [
        ("wrong_item", Severity.ERROR)
    ]


def _cabinet_ja(outlet: str, tags: list[str]) -> str:
    """Japanese lines ``post　漢字の名前（tag）`` naming a made-up cabinet of five."""
    names = ("山田太郎", "鈴木花子", "田中一郎", "佐藤次郎", "高橋三郎")
    posts = ("外相", "財務相", "法相", "防衛相", "総務相")
    lines = "\n".join(f"{p}　{n}（{t}）" for n, p, t in zip(names, posts, tags, strict=True))
    return (
        f"新内閣の顔ぶれ\n\n{outlet}　2025年3月4日\n\n新内閣の主要閣僚は次の5人。\n\n{lines}\n\n"
        "内閣は5日に発足する。\n"
    )


JA_TAGS = ["甲民", "乙明", "甲民", "甲民", "丙新"]


def test_a_short_tag_in_brackets_down_a_list_of_names_is_cut_off_each_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_cabinet_ja("北浜通信", JA_TAGS), encoding="utf-8")
    result = parse_path(tmp_path / "a.txt")
    assert [m.name_zh for m in result.mentions] == [
        "山田太郎",
        "鈴木花子",
        "田中一郎",
        "佐藤次郎",
        "高橋三郎",
    ]
    assert [[a.text for a in m.attributes if a.kind is AttributeKind.OTHER] for m in result.mentions] == [
        [t] for t in JA_TAGS
    ]


def test_one_name_with_a_short_bracket_keeps_it(tmp_path: Path) -> None:
    """``甲國（南）`` beside its namesake: one name with such a bracket, no column of tags."""
    lines = "\n".join(f"{i}. {n}" for i, n in enumerate(("甲國（南）", "甲國", "乙國", "丙國"), start=1))
    (tmp_path / "a.txt").write_text(
        f"名單\n\n甲報 2025年3月4日\n\n以下4國：\n\n{lines}\n\n完。\n", encoding="utf-8"
    )
    assert [m.name_zh for m in parse_path(tmp_path / "a.txt").mentions][:2] == ["甲國（南）", "甲國"]


def test_a_wrong_short_tag_in_japanese_lines_is_an_error(tmp_path: Path) -> None:
    wrong = ["甲民", "乙明", "乙明", "甲民", "丙新"]  # 田中一郎 given 乙明 for 甲民
    found = _run(
        tmp_path,
        {"a.txt": _cabinet_ja("北浜通信", JA_TAGS), "b.txt": _cabinet_ja("南町新報", JA_TAGS)}
        | {"c.txt": _cabinet_ja("東丘日報", wrong)},
    )
    assert _parties(found) == [(Severity.ERROR, ("c",), "田中一郎: party")]
    assert [d.sources for d in found if d.severity is Severity.ERROR] == [("c",)]


def test_two_people_whose_rows_are_exchanged_are_one_finding(tmp_path: Path) -> None:
    """The third outlet prints John Doe and Mary Major in each other's rows, post and party: their posts
    and their parties are exchanged, one finding naming both."""
    swapped = _cabinet("Hill Daily", TAGS).replace("John Doe", "@").replace("Mary Major", "John Doe")
    swapped = swapped.replace("@", "Mary Major")
    found = _run(
        tmp_path,
        {"a.txt": _cabinet("Lakeside Wire", TAGS), "b.txt": _cabinet("Harbor Post", TAGS), "c.txt": swapped},
    )
    (one,) = [d for d in found if d.kind == "attribute_conflict"]
    assert (one.severity, one.sources) == (Severity.ERROR, ("c",))
    assert "swaps the posts" in one.message and "swaps the parties" in one.message
    assert "it gives them AP and BP; a, b give them BP and AP" in one.message
    assert [d.sources for d in found if d.severity is Severity.ERROR] == [("c",)]
