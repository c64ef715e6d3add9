"""Lists of people and companies as outlets print them, each story with errors planted in one or two
outlets: the items each outlet lists, the links across scripts, and the findings expected from reading
the articles (``tests/fixtures/cabinet_posts/``, ``tests/fixtures/defence_firms/``,
``tests/fixtures/court_judges/``, ``tests/fixtures/laureates/``)."""

from __future__ import annotations

from pathlib import Path

from probe_fixtures import listed, outlets_of, story

from pipeline.lang.counted_nouns import counted_noun
from pipeline.lang.counts import find_counts
from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile

ROOT = Path(__file__).resolve().parent.parent


def _posts(result: Reconciliation, article: str) -> dict[str, str]:
    return {
        m.name_zh: next((a.text for a in m.attributes if a.kind == "title"), "")
        for m in result.mentions
        if m.article == article and m.kind == "list"
    }


def test_seven_ministers_read_in_every_layout() -> None:
    """Seven ministers in each outlet: a Taiwan sentence going on in the next one (``另外，…也都受到矚目``),
    Hong Kong ``post：name`` lines, an English table with age and first-time columns, mainland numbered
    ``post：name`` lines, Japanese ``post　name氏（age）`` bullets. The Japanese names are bare, their posts
    apart (``経済安全保障担当相`` a post of its own), and 片山さつき is the one the Chinese outlets call
    片山皋月."""
    cabinet = story("cabinet_posts")
    assert listed(cabinet) == {"01_tw": 7, "02_hk": 7, "03_en": 7, "04_cn": 7, "05_ja": 7}
    ja = _posts(cabinet, "05_ja")
    assert (
        ja["木原稔"] == "官房長官" and ja["小野田紀美"] == "経済安全保障担当相" and ja["林芳正"] == "総務相"
    )
    assert _posts(cabinet, "01_tw")["林芳正"] == "總務大臣"
    # the English table's yes-or-no column says what each minister is; it files no one in a group
    en = {m.name_en: m for m in cabinet.mentions if m.article == "03_en"}
    assert {m.group for m in en.values()} == {""}
    assert [a.text for a in en["Kimi Onoda"].attributes] == ["Economic Security Minister", "Yes"]
    assert outlets_of(cabinet, "片山さつき") == {"01_tw", "02_hk", "04_cn", "05_ja"}


def test_two_ministers_posts_exchanged_are_one_error() -> None:
    """The Hong Kong outlet gives the foreign minister the internal affairs post and the other way round:
    one ``attribute_conflict`` against it naming both; no other outlet is accused of a post."""
    cabinet = story("cabinet_posts")
    found = [d for d in cabinet.discrepancies if d.kind == "attribute_conflict"]
    assert [(d.severity, d.sources) for d in found] == [(Severity.ERROR, ("02_hk",))]
    assert "茂木敏充" in found[0].message and "林芳正" in found[0].message


def test_the_cabinet_story_has_exactly_its_two_planted_errors() -> None:
    """Planted: the Hong Kong swap, and the English outlet printing a former finance minister (Katsunobu
    Kato) in Satsuki Katayama's place. Nothing else."""
    cabinet = story("cabinet_posts")
    found = sorted((d.kind, d.sources) for d in cabinet.discrepancies if d.severity is not Severity.INFO)
    assert found == [("attribute_conflict", ("02_hk",)), ("wrong_item", ("03_en",))]


def test_a_japanese_count_of_a_topic_is_no_second_count_of_the_list() -> None:
    """``初入閣は10人だった`` under a list of seven (``主要閣僚7人``) counts the first-time ministers, the
    topic before は, not the ministers listed: no count finding against the Japanese outlet."""
    cabinet = story("cabinet_posts")
    ja = "初入閣は10人だった。主要閣僚7人は次の通り。"
    first, listed = find_counts(ja)
    assert counted_noun(ja, first) != counted_noun(ja, listed)
    assert not [d for d in cabinet.discrepancies if "05_ja" in d.sources and d.severity is not Severity.INFO]


def test_five_firms_link_through_their_english_names() -> None:
    """Five companies in each outlet: a Taiwan sentence with English names in parentheses, Hong Kong dash
    lines, a mainland table with an English column, an English sentence, Japanese katakana bullets with the
    English name in parentheses. The four outlets that print the five real ones link them to five
    entities."""
    firms = story("defence_firms")
    assert listed(firms) == {"01_tw": 5, "02_hk": 5, "03_cn": 5, "04_en": 5, "05_ja": 5}
    shared = [
        e
        for e in firms.entities
        if {"01_tw", "03_cn", "04_en", "05_ja"} <= {k.split("#")[0] for k in e.mentions}
    ]
    assert len(shared) == 5


def test_a_firm_substituted_in_chinese_is_a_wrong_item() -> None:
    """Planted: the Hong Kong outlet prints another defence company (its name shares no character with
    the one the other Chinese outlets print, and its own opening) in AeroVironment's place. It is not
    linked by elimination as the last item of a complete list (the Japanese outlet's katakana name in
    that entity says nothing against it): one ``wrong_item`` error naming both."""
    firms = story("defence_firms")
    (found,) = [d for d in firms.discrepancies if "02_hk" in d.sources and d.severity is not Severity.INFO]
    assert (found.kind, found.severity) == ("wrong_item", Severity.ERROR)
    assert "洛歇馬田公司" in found.message and "AeroVironment" in found.message


def test_a_firm_substituted_and_a_wrong_count_are_two_errors() -> None:
    """Planted too: the English outlet counts four companies and names five. One error each, nothing
    else."""
    firms = story("defence_firms")
    found = sorted((d.kind, d.sources) for d in firms.discrepancies if d.severity is not Severity.INFO)
    assert [x[1] for x in found] == [("04_en",), ("02_hk",)]
    assert found[0][0] in {"count_mismatch", "count_conflict", "list_long"} and found[1][0] == "wrong_item"


def test_five_judges_read_with_where_they_are_from() -> None:
    """Five judges in each outlet: a Taiwan sentence of ``甲國籍name（English）`` items, a Hong Kong table
    with nationality and post columns, an English list over two sentences with a relative clause in the
    first (``A of X, who was re-elected, and B of Y. Also elected were C, D and E.``), mainland numbered
    ``name（country）`` lines, Japanese ``name氏（country）`` bullets. The nationality glued before a
    Taiwan name is no part of it, and a country of two characters in parentheses after a transliterated
    name is no part of it either."""
    judges = story("court_judges")
    assert listed(judges) == {"01_tw": 5, "02_hk": 5, "03_en": 5, "04_cn": 5, "05_ja": 5}
    tw = {m.name_zh: [a.text for a in m.attributes] for m in judges.mentions if m.article == "01_tw"}
    assert tw["奧雷斯庫"] == ["羅馬尼亞籍"] and tw["特拉迪"] == ["南非籍"]
    cn = {m.name_zh: m.note for m in judges.mentions if m.article == "04_cn"}
    assert cn["萨拉·克利夫兰"] == "美国" and cn["迪雷·特拉迪"] == "南非"
    en = [m.name_en for m in judges.mentions if m.article == "03_en" and m.kind == "list"]
    assert en[:2] == ["Hilary Charlesworth", "Sarah Cleveland"]
    assert len([e for e in judges.entities if len({k.split("#")[0] for k in e.mentions}) == 5]) == 4


def test_a_judge_substituted_and_a_wrong_country_are_two_errors() -> None:
    """Planted: the English outlet names the judge who lost his seat (Kirill Gevorgian) in place of
    Bogdan Aurescu; the Hong Kong one gives Dire Tladi Nigeria for South Africa. One error each, the
    substitution naming both, nothing else (the Taiwan outlet names the loser in prose, and is right)."""
    judges = story("court_judges")
    found = sorted(
        (d.kind, d.severity, d.sources) for d in judges.discrepancies if d.severity is not Severity.INFO
    )
    assert found == [
        ("attribute_conflict", Severity.ERROR, ("02_hk",)),
        ("wrong_item", Severity.ERROR, ("03_en",)),
    ]
    (wrong,) = [d for d in judges.discrepancies if d.kind == "wrong_item"]
    assert "Kirill Gevorgian" in wrong.message and "Bogdan Aurescu" in wrong.message


def test_ten_laureates_read_in_four_prize_groups() -> None:
    """Ten laureates of four prizes in each outlet but one: a Taiwan table whose first column is the
    prize, Hong Kong ``prize（n人）：A、B`` lines, mainland numbered lines under a heading per prize,
    English ``Prize: A, B and C, for …`` lines, Japanese ``【prize】A氏（country）、B氏（country）`` lines (a
    label in lenticular brackets, as a colon's words). The English outlet leaves one out (nine)."""
    laureates = story("laureates")
    assert listed(laureates) == {"01_tw": 10, "02_hk": 10, "03_cn": 10, "04_en": 9, "05_ja": 10}
    ja = {m.name_zh: m.group for m in laureates.mentions if m.article == "05_ja"}
    assert ja["デミス・ハサビス"] == "化学賞" and ja["ゲイリー・ラブカン"] == "生理学・医学賞"
    en = {m.name_en: m.group for m in laureates.mentions if m.article == "04_en"}
    assert en["James Robinson"] == "Economics" and en["John Jumper"] == "Chemistry"


def test_a_laureate_under_another_prize_and_one_left_out_are_two_errors() -> None:
    """Planted: the mainland outlet files Demis Hassabis under physics; the English one says ten and
    names nine, leaving Simon Johnson out. Two errors, each against its outlet, the missing one named."""
    laureates = story("laureates")
    found = sorted((d.kind, d.sources) for d in laureates.discrepancies if d.severity is Severity.ERROR)
    assert found == [("group_conflict", ("03_cn",)), ("list_short", ("04_en",))]
    (short,) = [d for d in laureates.discrepancies if d.kind == "list_short"]
    assert "Simon Johnson" in short.message


def test_the_laureates_story_draws_no_warning() -> None:
    """Nothing but the two planted errors: no warning against any outlet (the Japanese one's katakana
    names are the others' laureates)."""
    laureates = story("laureates")
    assert [d.kind for d in laureates.discrepancies if d.severity is Severity.WARNING] == []


def test_an_unlinked_items_reason_says_whether_its_closest_entity_scored_under_the_cutoff() -> None:
    """A seed's reason names its closest entity and says truly whether that score was under the cutoff or
    above it (then not linked for its margin or the alignment), never "0.80, below the cutoff 0.25". The
    substituted firm is far from every entity; the judge the mainland outlet of the bundled sanctions story
    prints twice is close to her entity, which her first mention holds."""
    links = [
        *story("defence_firms").links,
        *reconcile([str(ROOT / "examples" / "us-icc-sanctions-2025")]).links,
    ]
    seeds = [lk for lk in links if lk.reason.startswith("found in no other outlet: the closest")]
    below = [lk for lk in seeds if "below the cutoff" in lk.reason]
    assert below and len(below) < len(seeds)
    for lk in seeds:
        score = float(lk.reason.split(" scores ")[1].split(",")[0])
        cutoff = float(lk.reason.split(" the cutoff ")[1].split()[0])
        assert ("below the cutoff" in lk.reason) == (score < cutoff)
