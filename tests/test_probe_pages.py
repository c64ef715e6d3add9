"""Lists of people printed in news pages as outlets lay them out: a header and menu, a byline, a photo
caption naming a person, the article, "related news" and "most read" headlines, a footer. The finder
must read the article's list and nothing around it; each story has errors planted in one or two outlets
(``tests/fixtures/us_critics/``, ``eu_critics/``, ``standing_committee/``, ``security_team/``)."""

from __future__ import annotations

from probe_fixtures import listed, outlets_of, story

from pipeline.models import Mention, Reconciliation, Severity


def _items(result: Reconciliation, article: str) -> list[str]:
    return [m.name_zh or m.name_en for m in result.mentions if m.article == article and m.kind == "list"]


def _titles(result: Reconciliation, article: str) -> dict[str, str]:
    return {
        m.name_zh or m.name_en: next((a.text for a in m.attributes if a.kind == "title"), "")
        for m in result.mentions
        if m.article == article and m.kind == "list"
    }


def _people(result: Reconciliation, article: str) -> list[Mention]:
    return [m for m in result.mentions if m.article == article and m.kind == "list"]


def _judged(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO)


# ------------------------------------------------------------------- China's sanctions on 11 Americans


def test_eleven_americans_read_in_every_page() -> None:
    """Eleven people in each outlet but the mainland one: a Taiwan list over two sentences with English
    names in parentheses, a Hong Kong table ``姓名 | 英文姓名 | 職務``, a mainland sentence whose runs of
    names part at commas under their posts (``参议员A、B、C、D，众议员E，以及…主席F、…``), English
    ``<ul>`` lists under two headings, Japanese ``name氏（post）`` lines parted by ``<br>``. The menus,
    captions and related headlines (``美財政部制裁林鄭月娥等11名中港官員``) give no item."""
    critics = story("us_critics")
    assert listed(critics) == {"01_tw": 11, "02_hk": 11, "03_cn": 10, "04_en": 11, "05_ja": 11}
    cn = _titles(critics, "03_cn")
    assert _items(critics, "03_cn")[:6] == ["卢比奥", "克鲁兹", "霍利", "科顿", "史密斯", "格什曼"]
    assert cn["史密斯"] == "众议员" and cn["格什曼"] == "主席"
    tw = {m.name_zh: m.group for m in critics.mentions if m.article == "01_tw"}
    assert tw["史密斯"] != tw["葛什曼"]  # the two sentences' groups: lawmakers, then the groups' heads
    assert len(critics.entities) == 11
    assert outlets_of(critics, "テッド・クルーズ") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}


def test_three_names_taken_up_again_are_no_second_list() -> None:
    """``盧比歐、克魯茲和史密斯3人在7月13日已…遭中方制裁``, after the list: three of its people named again,
    not three more items (no ``duplicate_item`` against the Taiwan outlet)."""
    critics = story("us_critics")
    assert not [d for d in critics.discrepancies if d.kind == "duplicate_item"]


def test_a_senator_left_out_of_a_sentence_is_one_error() -> None:
    """Planted: the mainland sentence says 11 and names ten, leaving out Pat Toomey."""
    critics = story("us_critics")
    (short,) = [d for d in critics.discrepancies if "03_cn" in d.sources and d.severity is Severity.ERROR]
    assert short.kind == "list_short" and "Pat Toomey" in short.message


def test_the_us_critics_story_has_exactly_its_two_planted_errors() -> None:
    """Planted too: the Hong Kong table gives Carl Gershman the post of Derek Mitchell and the other way
    round, naming the two bodies in words of its own (``美國國際事務民主協會``): Mitchell's post there is
    the office the others give Gershman, one error naming both. Nothing else."""
    critics = story("us_critics")
    assert _judged(critics) == [("attribute_conflict", ("02_hk",)), ("list_short", ("03_cn",))]
    (swap,) = [d for d in critics.discrepancies if d.kind == "attribute_conflict"]
    assert "米德偉" in swap.message and "Carl Gershman" in swap.message


# ------------------------------------------------------------------- China's sanctions on ten Europeans


def test_ten_europeans_read_in_pages_with_tables_and_cards() -> None:
    """A Taiwan list over two sentences (``包括A（English）、…和E（English）。此外，F、…與J也在名單上``),
    a Hong Kong table ``姓名 | 職務 | 國籍``, mainland cards (a name line, a post line, a sentence) after a
    lead-in ending in a colon, English dash lines, Japanese ``name氏（country、post）`` bullets; the English
    outlet names nine. The four bodies the Taiwan outlet names in a sentence of their own
    (``遭制裁的4個實體則是甲委員會、…``) are another list, not a group of this one."""
    eu = story("eu_critics")
    assert listed(eu) == {"01_tw": 10, "02_hk": 10, "03_cn": 10, "04_en": 9, "05_ja": 10}
    assert _items(eu, "03_cn")[0] == "比蒂科弗"
    assert _titles(eu, "03_cn")["叶必扬"] == "瑞典中国研究中心主任"
    tw = _titles(eu, "01_tw")
    assert tw["鄭國恩"] == "學者" and tw["斯約德斯瑪"] == "國會議員"  # the country apart from the post
    places = {m.name_zh: [a.text for a in m.attributes if a.kind == "place"] for m in _people(eu, "01_tw")}
    assert places["鄭國恩"] == ["德國"] and places["斯約德斯瑪"] == ["荷蘭"]
    # the second sentence goes on with the list (此外，…也在名單上): no group of its own
    assert {m.group for m in eu.mentions if m.article == "01_tw" and m.kind == "list"} == {""}
    assert outlets_of(eu, "Adrian Zenz") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}
    assert len(eu.entities) == 10


def test_a_body_named_after_a_country_is_no_nationality() -> None:
    """``director of the Swedish National China Centre``, ``who chairs its delegation for relations with
    China``: the names of bodies give no one a nationality, so the English outlet is accused of none."""
    eu = story("eu_critics")
    assert not [d for d in eu.discrepancies if d.kind == "attribute_conflict" and "04_en" in d.sources]


def test_people_counted_beside_bodies_are_the_lists_count() -> None:
    """``10名人员和4个实体``, ``ten European individuals and four entities``: of the kinds counted in turn,
    the people are the list's count (10), the bodies are not, nor are the ``four Chinese officials`` the EU
    sanctioned first. The English outlet says ten and names nine, leaving out Samuel Cogolati (planted):
    that is the one error against the outlets that list no wrong nationality."""
    eu = story("eu_critics")
    totals = {(c.article, c.stated) for c in eu.claims if c.kind == "total" and c.unit == "count"}
    assert {a for a, n in totals if n != 10} == set()
    found = [d for d in eu.discrepancies if d.severity is not Severity.INFO and "02_hk" not in d.sources]
    assert [(d.kind, d.sources) for d in found] == [("list_short", ("04_en",))]
    assert "Samuel Cogolati" in found[0].message


def test_the_eu_critics_story_has_exactly_its_two_planted_errors() -> None:
    """Planted too: the Hong Kong table gives Ilhan Kyuchyuk Romania (he is Bulgarian). One error each,
    nothing else."""
    assert _judged(story("eu_critics")) == [("attribute_conflict", ("02_hk",)), ("list_short", ("04_en",))]


# --------------------------------------------------------------------------- the Standing Committee of 2022


def test_seven_leaders_read_in_rank_order() -> None:
    """Hong Kong profile cards after a lead-in ending in a colon (the first card is read, the headline
    and byline above are none), a Taiwan sentence, a mainland table with a rank and a birth year, an
    English sentence of ``Name, age, post;`` items, Japanese ``name氏（age）post`` items."""
    pbsc = story("standing_committee")
    assert listed(pbsc) == {"01_hk": 7, "02_tw": 7, "03_cn": 7, "04_en": 7, "05_ja": 7}
    assert _items(pbsc, "01_hk") == ["習近平", "李強", "趙樂際", "王滬寧", "蔡奇", "丁薛祥", "李希"]
    assert _titles(pbsc, "01_hk")["丁薛祥"] == "中央辦公廳主任"
    assert outlets_of(pbsc, "習近平") == {"01_hk", "02_tw", "03_cn", "04_en", "05_ja"}


def test_a_headline_counting_six_over_seven_is_one_error() -> None:
    """Planted: the Japanese headline says six members and the list has seven."""
    pbsc = story("standing_committee")
    found = [d for d in pbsc.discrepancies if "05_ja" in d.sources and d.severity is Severity.ERROR]
    assert [d.kind for d in found] == ["count_conflict"]


def test_names_in_pinyin_link_to_their_characters() -> None:
    """The English outlet prints the leaders in pinyin, family name first (``Li Qiang``, ``Cai Qi``,
    ``Li Xi``): each is heard as the Mandarin reading of the characters the others print, however short;
    the one it prints in Ding Xuexiang's place (Hu Chunhua) is one ``wrong_item`` error naming both."""
    pbsc = story("standing_committee")
    for name in ("Li Qiang", "Cai Qi", "Li Xi", "Zhao Leji"):
        assert outlets_of(pbsc, name) == {"01_hk", "02_tw", "03_cn", "04_en", "05_ja"}, name
    (wrong,) = [d for d in pbsc.discrepancies if "04_en" in d.sources and d.severity is not Severity.INFO]
    assert wrong.kind == "wrong_item" and "Hu Chunhua" in wrong.message and "丁薛祥" in wrong.message


def test_the_standing_committee_story_has_exactly_its_two_planted_errors() -> None:
    """Planted: the Japanese headline's six, the English outlet's Hu Chunhua. Nothing else: the Taiwan
    outlet's four newcomers named again with their count (``李強、蔡奇、丁薛祥和李希4人都是首度入常``)
    count those four, not the list."""
    assert _judged(story("standing_committee")) == [
        ("count_conflict", ("05_ja",)),
        ("wrong_item", ("04_en",)),
    ]


# --------------------------------------------------------------------------- Taiwan's security team of 2024


def test_eight_appointees_read_in_every_layout() -> None:
    """A Taiwan sentence of appointments with the post held before each name (``國安會秘書長顧立雄出任國防部
    長``, ``陸委會主委由海基會副董事長邱垂正出任``, ``…則由嚴德發接任``) going on in the next one (``另外，
    …``), Hong Kong ``post：name`` lines,
    a mainland sentence with posts in quotation marks (``“国安会秘书长”顾立雄将出任“国防部长”``), English
    ``<li>name, post</li>`` items, Japanese ``post＝name氏（post before）`` bullets. The post held before is
    no part of the name nor the post the list gives."""
    team = story("security_team")
    assert listed(team) == {"01_tw": 8, "02_hk": 8, "03_cn": 7, "04_en": 8, "05_ja": 8}
    tw = {m.name_zh: [(a.kind, a.text) for a in m.attributes] for m in team.mentions if m.article == "01_tw"}
    assert tw["顧立雄"] == [("title", "國防部長"), ("other", "國安會秘書長")]
    assert tw["潘孟安"] == [("title", "總統府秘書長"), ("other", "屏東縣前縣長")]
    assert tw["嚴德發"] == [("title", "退輔會主委")]
    assert {m.group for m in team.mentions if m.article == "01_tw" and m.kind == "list"} == {""}
    assert _titles(team, "03_cn")["顾立雄"] == "国防部长"
    assert _titles(team, "05_ja")["顧立雄"] == "国防部長"
    assert _titles(team, "02_hk")["顧立雄"] == "國防部長"
    assert _titles(team, "04_en")["Wellington Koo"] == "minister of national defense"
    # the English outlet's Wade-Giles names of native Chinese names link by their Taiwan reading
    assert outlets_of(team, "邱垂正") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}
    assert outlets_of(team, "蔡明彥") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}
    assert outlets_of(team, "鄭文燦") == {"01_tw", "02_hk", "03_cn", "04_en", "05_ja"}


def test_two_posts_exchanged_and_an_appointee_left_out() -> None:
    """Planted: the Hong Kong lines give Pan Men-an the National Security Council and Joseph Wu the
    Presidential Office, the other way round (one error naming both); the mainland sentence counts 8 and
    names seven, leaving out Yen Teh-fa."""
    team = story("security_team")
    errors = sorted((d.kind, d.sources) for d in team.discrepancies if d.severity is Severity.ERROR)
    assert errors == [("attribute_conflict", ("02_hk",)), ("list_short", ("03_cn",))]
    (swap,) = [d for d in team.discrepancies if d.kind == "attribute_conflict"]
    assert "潘孟安" in swap.message and "吳釗燮" in swap.message
    (short,) = [d for d in team.discrepancies if d.kind == "list_short"]
    assert "嚴德發" in short.message


def test_the_security_team_story_has_exactly_its_two_planted_errors() -> None:
    """Nothing but the two planted errors: the English outlet's names of their own choosing (Wellington Koo,
    Joseph Wu) and a Taiwan spelling (Yen Teh-fa) link to the Chinese names by their family names, every
    other item of the two lists linked (``pipeline/matching/family_elimination.py``), so no list is
    unlinked and nothing is reported missing."""
    team = story("security_team")
    assert _judged(team) == [("attribute_conflict", ("02_hk",)), ("list_short", ("03_cn",))]
    by_key = {m.key: m for m in team.mentions}
    names = [{by_key[k].name_zh or by_key[k].name_en for k in e.mentions} for e in team.entities]
    for pair in ({"Joseph Wu", "吳釗燮"}, {"Wellington Koo", "顧立雄"}, {"Yen Teh-fa", "嚴德發"}):
        assert any(pair <= n for n in names), pair
