"""Knowledge as matching evidence: gazetteer codes link names that share no character and keep
namesakes apart; pinyin links transliterations. Clusterings are written by hand
(tests/knowledge_fixtures.py)."""

from __future__ import annotations

import pytest
from knowledge_fixtures import NAMESAKE, _mention, country_lists, pairwise_f1, people_lists
from matching_fixtures import example_list_mentions, expected_rows

from pipeline.knowledge import Knowledge
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.matching import Decision, Decisions, match_lists
from pipeline.models import Level


@pytest.fixture(scope="module")
def standard() -> Knowledge:
    return Knowledge.standard()


def together(matching, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    return matching.entity_of(a) == matching.entity_of(b)


def test_countries_of_five_outlets_link_through_the_gazetteer(standard: Knowledge) -> None:
    mentions, truth = country_lists()
    matching = match_lists(mentions, knowledge=standard)
    assert pairwise_f1(matching, truth) >= 0.98
    outlet, _row, name = NAMESAKE
    namesake = next(m.key for m in mentions if m.article == outlet and m.name_zh == name)
    assert [e.mentions for e in matching.entities if namesake in e.mentions] == [(namesake,)]


def test_without_the_gazetteer_the_languages_stay_mostly_apart() -> None:
    mentions, truth = country_lists()
    assert pairwise_f1(match_lists(mentions, knowledge=Knowledge.nothing()), truth) < 0.6
    # by sound alone (pinyin, katakana, the Chinese transliterations' consonant skeletons) some
    # countries link across languages (蘇丹 / Sudan), far from what the codes link (>= 0.98 above)
    assert pairwise_f1(match_lists(mentions, knowledge=Knowledge()), truth) < 0.9


def test_gazetteer_links_record_the_code(standard: Knowledge) -> None:
    mentions, _truth = country_lists()
    matching = match_lists(mentions, knowledge=standard)
    laos = next(m.key for m in mentions if m.name_en == "Laos")
    link = next(lk for lk in matching.links if lk.mention == laos)
    if link.level is Level.SEED:  # the English list founded the entity: look at another member
        other = next(k for e in matching.entities if laos in e.mentions for k in e.mentions if k != laos)
        link = next(lk for lk in matching.links if lk.mention == other)
    assert link.level is Level.GAZETTEER
    assert "gazetteer: both name LA" in link.reason


@pytest.mark.parametrize(
    ("a", "b"), [("尼日利亞", "尼日爾"), ("Guinea", "Guinea-Bissau"), ("剛果（金）", "剛果（布）")]
)
def test_two_codes_are_never_linked_whatever_the_text_similarity(standard: Knowledge, a: str, b: str) -> None:
    shared = ["阿富汗", "古巴", "海地"]
    mentions = [_mention("x", i, n) for i, n in enumerate([*shared, a], start=1)]
    mentions += [_mention("y", i, n) for i, n in enumerate([*shared, b], start=1)]
    assert together(match_lists(mentions, knowledge=Knowledge.nothing()), "x#4", "y#4")  # text alone links
    matching = match_lists(mentions, knowledge=standard)
    assert not together(matching, "x#4", "y#4")
    assert all(together(matching, f"x#{i}", f"y#{i}") for i in (1, 2, 3))


def test_an_ambiguous_name_is_no_evidence_either_way(standard: Knowledge) -> None:
    mentions = [_mention("x", 1, "剛果"), _mention("y", 1, "剛果（布）")]
    assert together(match_lists(mentions, knowledge=standard), "x#1", "y#1")  # the characters decide


def test_reviewer_decisions_win_over_the_gazetteer(standard: Knowledge) -> None:
    mentions = [_mention("x", 1, "Niger"), _mention("y", 1, "Nigeria")]
    same = Decisions("1", (Decision("same", "x#1", "y#1"),))
    assert together(match_lists(mentions, knowledge=standard, decisions=same), "x#1", "y#1")


def test_a_user_gazetteer_links_organizations_across_languages() -> None:
    user = Gazetteer.build(
        [("WHO", "World Health Organization"), ("WHO", "世界衛生組織"), ("WHO", "世界保健機関")]
        + [("WTO", "World Trade Organization"), ("WTO", "世界貿易組織"), ("WTO", "世界貿易機関")]
    )
    mentions = [
        _mention("en", 1, "World Health Organization"),
        _mention("en", 2, "World Trade Organization"),
        _mention("ja", 1, "世界貿易機関"),
        _mention("ja", 2, "世界保健機関"),
        _mention("tw", 1, "世界衛生組織"),
        _mention("tw", 2, "世界貿易組織"),
    ]
    truth = {"en#1": "WHO", "en#2": "WTO", "ja#1": "WTO", "ja#2": "WHO", "tw#1": "WHO", "tw#2": "WTO"}
    assert pairwise_f1(match_lists(mentions, knowledge=Knowledge(gazetteer=user)), truth) == 1.0
    assert pairwise_f1(match_lists(mentions, knowledge=Knowledge.nothing()), truth) < 1.0


def test_transliterated_people_link_with_pinyin_evidence() -> None:
    mentions, truth = people_lists()
    assert pairwise_f1(match_lists(mentions, knowledge=Knowledge(phonetic=True)), truth) >= 0.95
    assert pairwise_f1(match_lists(mentions, knowledge=Knowledge(phonetic=False)), truth) < 0.95


def test_the_bundled_example_keeps_precision_and_recall_with_all_knowledge(standard: Knowledge) -> None:
    mentions = example_list_mentions()
    rows = expected_rows()
    truth = {k: v for k, v in rows.items() if k in {m.key for m in mentions}}
    assert pairwise_f1(match_lists(mentions, knowledge=standard), truth) == 1.0


def test_a_link_made_by_sound_says_so() -> None:
    mentions, _truth = people_lists()
    matching = match_lists(mentions, knowledge=Knowledge(phonetic=True))
    tw = next(m.key for m in mentions if m.name_zh == "盧比歐")
    hk = next(m.key for m in mentions if m.name_zh == "魯比奧")
    assert together(matching, tw, hk)
    reasons = [lk.reason for lk in matching.links if lk.mention in (tw, hk)]
    assert any("by sound (lu bi " in r for r in reasons), reasons


def test_a_transliterated_name_also_gives_its_family_name_alone() -> None:
    """Outlets print a foreign person's family name alone (羅伊 for 珍·羅伊) and mark a junior with 小
    (小羅伊): both forms give the family name; a name without dots or 小 gives none, and a family name of
    one character (汗) is too short to tell anyone apart."""
    from pipeline.matching.keys import family_names

    assert family_names("珍·羅伊") == ("羅伊",)
    assert family_names("小約翰·羅伊") == ("羅伊",)
    assert family_names("小羅伊斯") == ("羅伊斯",)
    assert family_names("羅伊") == ()
    assert family_names("珍·汗") == ()


def test_a_family_first_skeleton_meets_only_family_name_forms() -> None:
    """Two Chinese names of one skeleton (``jnl``) against Jane Roe: the one printed with a middle dot
    (珍·羅: given name first) meets the whole name at phonetic_weight x 1.0; the one without (甄樂: family
    name first) meets only the family name, ``l``, too short to count."""
    from pipeline.matching.kana_table import skeleton_pairs
    from pipeline.settings import DEFAULT_SETTINGS

    w = DEFAULT_SETTINGS.evidence
    table = skeleton_pairs(["jnl", "jnl"], ["jane roe"], w, [False, True]).toarray()
    assert table[0, 0] == pytest.approx(w.phonetic_weight)
    assert table[1, 0] == 0.0


def test_two_chinese_transliterations_link_by_their_consonants() -> None:
    """Made-up people as a Taiwan list and two others print them, no English anywhere: the pinyin of
    柏甘 and 巴格姆 (bai gan / ba ge mu, 0.53) or 迪甘 and 达格姆 (0.43) is under the gate, their consonant
    skeletons (``bgn``, ``dgn``) agree, one syllable more on one side. A name longer by more than a
    syllable (巴格曼斯基) is no other spelling of 柏甘, whatever its consonants."""
    tw = ["柏甘", "迪甘", "史蒂溫"]
    cn = ["巴格姆", "达格姆", "斯特文"]
    hk = ["巴格姆", "達格姆", "斯特文"]
    lists = {"a_tw": tw, "b_cn": cn, "c_hk": hk}
    mentions = [_mention(a, i, n) for a, names in lists.items() for i, n in enumerate(names, start=1)]
    matching = match_lists(mentions, knowledge=Knowledge(phonetic=True))
    for i in range(1, len(tw) + 1):
        assert together(matching, f"a_tw#{i}", f"b_cn#{i}") and together(matching, f"a_tw#{i}", f"c_hk#{i}")
    longer = [_mention("a_tw", 1, "柏甘"), _mention("b_cn", 1, "巴格曼斯基")]
    assert not together(match_lists(longer, knowledge=Knowledge(phonetic=True)), "a_tw#1", "b_cn#1")
