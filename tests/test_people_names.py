"""People and their names as outlets print them (``tests/fixtures/diehards/``): the seven Taiwan politicians
Beijing's Taiwan Affairs Office put on its list of "diehard" separatists on 16 August 2022. A Taiwan
sentence prints each name with the English the person uses (``顧立雄（Wellington Koo）``, ``蕭美琴（Hsiao
Bi-khim）``, ``柯建銘（Ker Chien-ming）``: no pinyin, no Wade-Giles table gives them) after the post; a
mainland sentence the names alone with a count; English dash lines the Latin names alone; a Japanese page
``対象は以下の7人。`` over bullet lines; another Japanese page ``次の7人だ。`` over a paragraph that names
six (陳椒華 left out, planted).

Also: a nationality printed as a demonym (``Bulgarian member``, ``保加利亚人，…``) is the person's place;
two companies whose names differ in both scripts in their own words are two companies (namesakes).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from probe_fixtures import FIXTURES, listed, outlets_of, story

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.lang.counts import COUNTED_LEAD_END_RE
from pipeline.lang.demonyms import place_before_person
from pipeline.matching.namesakes import en_apart, zh_apart
from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile
from sources.items import split_item

ALL = {"01_tw", "02_cn", "03_en", "04_ja", "05_ja"}


def _items(result: Reconciliation, article: str) -> list[str]:
    return [m.name_zh or m.name_en for m in result.mentions if m.article == article and m.kind == "list"]


def _attributes(result: Reconciliation, article: str) -> dict[str, list[tuple[str, str]]]:
    return {
        m.name_zh or m.name_en: [(a.kind.value, a.text) for a in m.attributes]
        for m in result.mentions
        if m.article == article and m.kind == "list"
    }


def _judged(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO)


# ------------------------------------------------------------------------------------ the seven people


def test_seven_people_read_in_every_outlet() -> None:
    """Seven names in each outlet but the second Japanese one (six); the lead-in verb of the mainland
    sentence (``决定公布萧美琴、…``) is no part of the first name."""
    dh = story("diehards")
    assert listed(dh) == {"01_tw": 7, "02_cn": 7, "03_en": 7, "04_ja": 7, "05_ja": 6}
    assert _items(dh, "02_cn") == ["萧美琴", "顾立雄", "蔡其昌", "柯建铭", "林飞帆", "陈椒华", "王定宇"]
    assert _items(dh, "05_ja") == ["蕭美琴", "顧立雄", "蔡其昌", "柯建銘", "林飛帆", "王定宇"]
    assert _items(dh, "03_en")[3:6] == ["Ker Chien-ming", "Lin Fei-fan", "Chen Jiau-hua"]


def test_posts_before_a_name_and_after_it_are_not_the_name() -> None:
    """``時代力量立委陳椒華``, ``民進黨立委王定宇`` (立委: a legislator), ``…黨團總召柯建銘`` (總召: the
    caucus' convener); ``Ker Chien-ming, the ruling party's caucus whip``, ``Chen Jiau-hua, a lawmaker of
    the New Power Party``: the post is the person's title, the name stays the name."""
    dh = story("diehards")
    tw = _attributes(dh, "01_tw")
    assert ("title", "時代力量立委") in tw["陳椒華"]
    assert ("title", "立委") in tw["王定宇"]
    assert ("title", "總召") in tw["柯建銘"]
    en = _attributes(dh, "03_en")
    assert en["Ker Chien-ming"] == [("title", "the ruling party's caucus whip")]
    assert ("title", "lawmaker") in en["Chen Jiau-hua"]


def test_japanese_counts_bind_to_the_list_below_them() -> None:
    """``対象は以下の7人。`` over seven bullet lines, ``次の7人だ。`` over a paragraph of six names: each
    count is its list's, so the second says 7 where its list has 6."""
    dh = story("diehards")
    ja = {(c.article, c.stated, c.computed) for c in dh.claims if c.kind == "total" and "の7人" in c.quote}
    assert ("04_ja", 7, 7) in ja
    assert ("05_ja", 7, 6) in ja


def test_the_story_has_exactly_its_planted_error() -> None:
    """The second Japanese outlet counts seven and names six: one error, naming the one left out."""
    dh = story("diehards")
    assert _judged(dh) == [("list_short", ("05_ja",))]
    (short,) = [d for d in dh.discrepancies if d.kind == "list_short"]
    assert "陳椒華" in short.message or "陈椒华" in short.message


def test_english_names_that_are_not_pinyin_link_through_an_outlet_that_prints_both() -> None:
    """``Wellington Koo`` is no reading of 顧立雄, nor ``Ker`` of 柯, nor ``Bi-khim`` of 美琴: the Taiwan
    outlet prints both side by side, and that pair links the English outlet's Latin-only names to the
    others' characters."""
    dh = story("diehards")
    for name in ("Wellington Koo", "Hsiao Bi-khim", "Ker Chien-ming", "顧立雄", "顾立雄"):
        assert outlets_of(dh, name) == ALL, name
    assert outlets_of(dh, "Chen Jiau-hua") == ALL - {"05_ja"}
    assert len(dh.entities) == 7


def test_without_a_pair_the_latin_names_are_left_unlinked_not_accused(tmp_path: Path) -> None:
    """Without the outlet that prints both scripts, nothing says ``Wellington Koo`` is 顧立雄: the English
    list is not linked, and not accused of naming other people."""
    for f in (FIXTURES / "diehards").iterdir():
        if not f.name.startswith("01_"):
            shutil.copy(f, tmp_path / f.name)
    result = reconcile([str(tmp_path)])
    assert not [d for d in result.discrepancies if "03_en" in d.sources and d.severity is Severity.ERROR]
    assert ("list_short", ("05_ja",)) in _judged(result)


# ----------------------------------------------------------------------------- Japanese counted lead-ins

_JA_HEAD = "米相互関税、日本に24％\n\n2025年4月3日　北斗新報\n\n"
_TWELVE = "、".join(
    "中国 欧州連合（EU） ベトナム 台湾 日本 インド 韓国 タイ スイス".split()
    + "インドネシア マレーシア カンボジア".split()
)


def _one(tmp_path: Path, body: str) -> Reconciliation:
    (tmp_path / "01_ja.txt").write_text(_JA_HEAD + body + "\n", encoding="utf-8")
    return reconcile([str(tmp_path)])


def _totals(result: Reconciliation) -> list[tuple[float, float | None]]:
    return [(c.stated, c.computed) for c in result.claims if c.kind == "total"]


def test_a_counted_lead_in_sentence_over_a_paragraph_of_names(tmp_path: Path) -> None:
    """``対象は以下の12カ国・地域。`` then the twelve in a paragraph of their own: the list, counted."""
    result = _one(
        tmp_path,
        "トランプ米大統領は2日、貿易相手国・地域に課す相互関税を発表した。上乗せ税率の対象は以下の12カ国・地域。"
        f"\n\n{_TWELVE}。\n\n発動は9日。",
    )
    assert len(_items(result, "01_ja")) == 12
    assert _totals(result) == [(12, 12)]


def test_a_counted_lead_in_sentence_then_names_in_its_paragraph(tmp_path: Path) -> None:
    """``以下の5人。`` and the five names after it in the same paragraph."""
    result = _one(
        tmp_path,
        "同省は入国禁止の対象者を発表した。以下の5人。山田太郎氏、佐藤花子氏、鈴木一郎氏、田中次郎氏、"
        "高橋三郎氏。\n\n本人の入国を禁じる。",
    )
    assert _items(result, "01_ja") == ["山田太郎", "佐藤花子", "鈴木一郎", "田中次郎", "高橋三郎"]
    assert _totals(result) == [(5, 5)]


def test_a_counted_lead_in_sentence_over_lines_without_marks(tmp_path: Path) -> None:
    """``…発表した。以下の5人。`` over one name a line: the lines are the list, the count theirs."""
    lines = "\n".join(["山田太郎氏", "佐藤花子氏", "鈴木一郎氏", "田中次郎氏"])
    result = _one(tmp_path, f"同省は入国禁止の対象者を発表した。以下の5人。\n{lines}\n\n本人の入国を禁じる。")
    assert len(_items(result, "01_ja")) == 4
    assert _totals(result) == [(5, 4)]


def test_only_a_sentence_that_ends_counting_what_follows_leads_in() -> None:
    for text in ("対象は以下の12カ国・地域。", "次の7人だ。", "以下の5人", "対象は次の3社です。"):
        assert COUNTED_LEAD_END_RE.search(text), text
    for text in ("対象は以下の通り。", "次の7人が選ばれた。", "以下の5人は入国できない。"):
        assert not COUNTED_LEAD_END_RE.search(text), text


# ---------------------------------------------------------------------------------------------- demonyms


def test_english_demonyms_read_as_their_places() -> None:
    """By the endings English puts on a place's name, without the everyday-names fallback; irregular
    demonyms (``Dutch``, ``French``) and words that are no demonym read as nothing."""
    g = builtin_gazetteer().without_fallback()
    expected = {
        "Bulgarian": {"BG"},
        "German": {"DE"},
        "Swedish": {"SE"},
        "Polish": {"PL"},
        "Chinese": {"CN"},
        "Slovak": {"SK"},
        "Belgian": {"BE"},
        "Nigerian": {"NG"},
        "South African": {"ZA"},
        "Dutch": set(),
        "French": set(),
        "member": set(),
        "Parliament": set(),
        "European": set(),
        "researcher": set(),
    }
    assert {w: set(g.codes(w)) for w in expected} == expected


def test_a_demonym_before_a_post_stays_in_the_persons_title() -> None:
    """``Ilhan Kyuchyuk, a Bulgarian MEP``, ``Adrian Zenz, a German scholar``: the name, then a title whose
    demonym the checks read as the person's place."""
    for text, name, title in (
        ("Ilhan Kyuchyuk, a Bulgarian MEP", "Ilhan Kyuchyuk", "a Bulgarian MEP"),
        ("Adrian Zenz, a German scholar", "Adrian Zenz", "a German scholar"),
    ):
        split = split_item(text, 0, len(text))
        assert text[split.name_start : split.name_end] == name
        assert [(a.kind.value, a.text) for a in split.attributes] == [("title", title)]


def test_a_place_then_person_opens_a_chinese_or_japanese_sentence() -> None:
    assert place_before_person("保加利亚人，复兴欧洲党团成员。") == len("保加利亚人")
    assert place_before_person("荷蘭人，來自民主六六黨。") == len("荷蘭人")
    assert place_before_person("ブルガリア人。") == len("ブルガリア人")
    assert place_before_person("负责人，长期从事研究。") == 0
    assert place_before_person("欧洲人民党党团成员。") == 0


# --------------------------------------------------------------------------------------------- namesakes


def test_names_that_differ_in_their_own_words_in_each_script() -> None:
    """``甲山太空`` / ``甲山礦業`` and ``Aland Space`` / ``Aland Mining``: apart; a given name heard two
    ways (``麦克`` / ``迈克``), a form word (``有限公司``, ``Inc``), a shortened word (``Tech``) or a short
    name beside its full form are not."""
    assert zh_apart("甲山太空公司", "甲山矿业公司")
    assert en_apart("aland space corporation", "aland mining")
    assert not zh_apart("麦克罗", "迈克罗")
    assert not zh_apart("甲山公司", "甲山有限公司")
    assert not en_apart("aland space corporation", "aland space inc")
    assert not en_apart("aland tech", "aland technologies")
    assert not en_apart("aland space", "borduria mining")  # nothing shared: no namesakes
    # names that share only their ending: their openings tell them apart, no namesakes
    assert not zh_apart("甲山中心", "乙水中心")
    assert not en_apart("aland center", "borduria center")
    # a word misspelt keeps its first letter: no other word
    assert not en_apart("aland prorgamme", "aland program")
    # a short name beside its full form: one body
    assert not en_apart("aland habitat", "aland human settlements program")
    assert not zh_apart("甲国人居署", "甲国人类住区规划署")


def test_a_typo_in_both_scripts_is_no_namesake() -> None:
    """A character and two letters slipped (``陽鄭泉紫中心`` / ``Aland eCntre`` beside ``陽鄭樓紫中心`` /
    ``Aland Centre``) are one body misprinted, not two of one family: the letters of ``eCntre`` are
    ``center``'s in another order."""
    from pipeline.matching.namesakes import en_apart
    from pipeline.normalize.english import en_key

    assert not en_apart(en_key("Aland eCntre"), en_key("Aland Centre"))
    assert en_apart(en_key("Aland Space Corporation"), en_key("Aland Mining Corporation"))
