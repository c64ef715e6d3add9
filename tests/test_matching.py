"""The matcher on the bundled example, scored against the hand-written clustering (clusters.tsv)."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_fixtures import (
    LIST_ARTICLES,
    PARTIAL_ARTICLE,
    _mention,
    example_list_mentions,
    expected_rows,
    mentions_000,
    mentions_001,
    mentions_003,
    partial_list,
    simplified,
    without_english,
)

from pipeline.errors import DecisionsError
from pipeline.matching import (
    Decisions,
    Matching,
    link_prose,
    load_decisions,
    match_lists,
    review_links,
)
from pipeline.matching.acronym_evidence import acronym_value
from pipeline.matching.bags import Bag, _merge
from pipeline.matching.evidence import Space
from pipeline.models import Kind, Level, Mention

# Look-alike organizations that must stay apart: rows of tests/expected/clusters.tsv.
LOOK_ALIKES = {
    "special representative offices": (10, 11, 12),
    "ECOSOC regional commissions": (2, 3, 4, 5),
    "Peacebuilding Commission / Fund": (13, 14),
    "UN Energy / Oceans / Water": (20, 25, 30),
    "International Institutes": (52, 53),
    "Global Forums": (41, 42),
    "renewable energy agency / policy network": (55, 63),
}


@pytest.fixture(scope="module")
def mentions() -> list[Mention]:
    return example_list_mentions()


@pytest.fixture(scope="module")
def expected() -> dict[str, int]:
    return expected_rows()


@pytest.fixture(scope="module")
def matching(mentions: list[Mention]) -> Matching:
    return match_lists(mentions)


def entity_by_mention(matching: Matching) -> dict[str, str]:
    return {k: e.id for e in matching.entities for k in e.mentions}


def pairwise(matching: Matching, expected: dict[str, int], keys: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of the matching's clusters against the expected rows."""
    got = entity_by_mention(matching)
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(keys), 2):
        same_got, same_expected = got[a] == got[b], expected[a] == expected[b]
        tp += same_got and same_expected
        fp += same_got and not same_expected
        fn += same_expected and not same_got
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def clusters(matching: Matching) -> set[frozenset[str]]:
    return {frozenset(e.mentions) for e in matching.entities}


def row_entity(matching: Matching, expected: dict[str, int]) -> dict[int, str]:
    got = entity_by_mention(matching)
    return {row: got[key] for key, row in expected.items()}


# --------------------------------------------------------------------------------------------------
# The fixture itself (read from the articles, joined to the hand-written clustering)


def test_fixture_lists_have_the_stated_sizes() -> None:
    for article in (mentions_000(), mentions_001(), mentions_003()):
        assert len(article) == 66
        assert Counter(not m.group.startswith("非") for m in article) == {True: 31, False: 35}
        assert sorted(m.position for m in article) == list(range(1, 67))


def test_every_list_item_has_one_expected_row(expected: dict[str, int]) -> None:
    assert len(expected) == 198
    assert Counter(Counter(expected.values()).values()) == {3: 66}


# --------------------------------------------------------------------------------------------------
# The bundled example


def test_example_pairwise_precision_and_recall_are_one(matching: Matching, expected: dict[str, int]) -> None:
    assert pairwise(matching, expected, list(expected)) == (1.0, 1.0)


def test_example_has_66_entities_each_with_one_item_per_list(matching: Matching) -> None:
    assert len(matching.entities) == 66
    for e in matching.entities:
        assert sorted(k.split("#")[0] for k in e.mentions) == list(LIST_ARTICLES), e.id


@pytest.mark.parametrize("group", sorted(LOOK_ALIKES))
def test_look_alikes_stay_apart(group: str, matching: Matching, expected: dict[str, int]) -> None:
    rows = LOOK_ALIKES[group]
    ids = row_entity(matching, expected)
    assert len({ids[r] for r in rows}) == len(rows)


def test_entities_are_canonical(matching: Matching, expected: dict[str, int]) -> None:
    ids = row_entity(matching, expected)
    by_id = {e.id: e for e in matching.entities}
    assert len(by_id) == 66
    water = by_id[ids[30]]  # UN-Water / UN Water / U.N. Water: one key, shortest form shown
    assert water.id == "un-water"
    assert water.name_en == "UN Water"
    assert {(v.name, v.lang, v.sources) for v in water.variants} >= {
        ("U.N. Water", "en", ("003",)),
        ("聯合國水機制", "zh", ("003",)),
        ("聯合國水資源組織", "zh", ("000",)),
    }
    assert by_id[ids[26]].id == "un-population-fund"
    assert by_id[ids[26]].name_zh == "聯合國人口基金"  # used by all three
    assert by_id[ids[22]].acronym == "UNFCCC"
    assert by_id[ids[64]].acronym == "STCU"
    # 001 writes "(ECOSOC)" after four items and 000/003 attach it as a parent: never an item's acronym
    assert all(by_id[ids[r]].acronym == "" for r in (2, 3, 4, 5))
    assert [e.id for e in matching.entities] == sorted(e.id for e in matching.entities)


def test_links_carry_levels_scores_and_reasons(matching: Matching, mentions: list[Mention]) -> None:
    links = {lk.mention: lk for lk in matching.links}
    assert set(links) == {m.key for m in mentions}
    ids = {e.id for e in matching.entities}
    for lk in matching.links:
        assert 0.0 <= lk.score <= 1.0
        assert lk.reason
        assert lk.runner_up in ids | {""}
        assert lk.entity in ids
    # 000 is aligned first (longest lists tie; then by id): its items found the entities
    assert all(links[m.key].level is Level.SEED for m in mentions if m.article == "000")
    # "U.N. Water" (003) and "UN Water" (001) agree once normalized; Chinese names differ
    assert links["003#65"].level is Level.NORMALIZED
    assert "English names agree after normalization" in links["003#65"].reason
    # identical Chinese and English in 001 and 003
    assert links["003#9"].level is Level.EXACT


def test_review_links_lists_small_margins_only(matching: Matching) -> None:
    small = review_links(matching, margin_below=0.3)
    assert small, "the example has close calls (look-alike families)"
    assert all(lk.margin < 0.3 for lk in small)
    assert [lk.margin for lk in small] == sorted(lk.margin for lk in small)
    assert not review_links(matching, margin_below=-1.0)


# --------------------------------------------------------------------------------------------------
# Invariants


@settings(max_examples=6, deadline=None)
@given(st.randoms(use_true_random=False))
def test_order_of_articles_and_items_changes_nothing(rnd) -> None:
    base = example_list_mentions()
    shuffled = list(base)
    rnd.shuffle(shuffled)
    assert match_lists(shuffled) == match_lists(base)


@settings(max_examples=5, deadline=None)
@given(st.sets(st.sampled_from(LIST_ARTICLES), min_size=1))
def test_simplified_chinese_changes_no_cluster(articles: set[str]) -> None:
    base = example_list_mentions()
    converted = base
    for article in sorted(articles):
        converted = simplified(converted, article)
    assert clusters(match_lists(converted)) == clusters(match_lists(base))


@pytest.mark.parametrize("article", LIST_ARTICLES)
def test_without_one_articles_english_every_item_still_clusters(
    article: str, expected: dict[str, int]
) -> None:
    result = match_lists(without_english(example_list_mentions(), article))
    assert pairwise(result, expected, list(expected)) == (1.0, 1.0)
    assert len(result.entities) == 66


# --------------------------------------------------------------------------------------------------
# A partial list in another translation, with strays


@pytest.fixture(scope="module")
def with_partial(mentions: list[Mention]) -> tuple[Matching, dict[str, int | None]]:
    partial, truth = partial_list()
    return match_lists(mentions + partial), truth


def test_partial_list_links_its_items_and_leaves_strays(
    with_partial: tuple[Matching, dict[str, int | None]], expected: dict[str, int]
) -> None:
    result, truth = with_partial
    got = entity_by_mention(result)
    ids = row_entity(result, expected)
    by_id = {e.id: e for e in result.entities}
    links = {lk.mention: lk for lk in result.links}
    for key, row in truth.items():
        if row is None:
            assert by_id[got[key]].mentions == (key,), f"stray {key} was linked"
            assert links[key].level is Level.SEED
            assert links[key].reason.startswith("found in no other outlet")
        else:
            assert got[key] == ids[row], key
    assert len(result.entities) == 66 + 3
    # the example lists are untouched by the partial list
    assert pairwise(result, expected, list(expected)) == (1.0, 1.0)


def test_partial_list_bridges_and_reviews(with_partial: tuple[Matching, dict[str, int | None]]) -> None:
    result, _truth = with_partial
    links = {lk.mention: lk for lk in result.links}
    # English only, reaching an entity founded by a Chinese-only item through 001's pair
    assert links[f"{PARTIAL_ARTICLE}#7"].level is Level.BRIDGE
    assert links[f"{PARTIAL_ARTICLE}#12"].level is Level.BRIDGE
    # a reordered Chinese name of a look-alike pair is a close call, listed for review
    flagged = {lk.mention for lk in review_links(result, margin_below=0.15)}
    assert f"{PARTIAL_ARTICLE}#6" in flagged
    assert f"{PARTIAL_ARTICLE}#1" not in flagged


def test_elimination_only_for_a_complete_list(mentions: list[Mention], expected: dict[str, int]) -> None:
    # make one 003 item unrecognisable (a Chinese name alone, like no other): only a complete list may
    # link its last leftover by elimination
    target = "003#27"
    altered = [
        m if m.key != target else _mention("003", 27, "非聯合國組織", "某某", "", "") for m in mentions
    ]
    loose = match_lists(altered)
    assert {e.mentions for e in loose.entities if target in e.mentions} == {(target,)}
    strict = match_lists(altered, totals={"000": 66, "001": 66, "003": 66})
    assert entity_by_mention(strict)[target] == entity_by_mention(strict)["000#16"]
    link = {lk.mention: lk for lk in strict.links}[target]
    assert "elimination" in link.reason
    partial_total = match_lists(altered, totals={"003": 70})  # the list says 70: it is partial
    assert {e.mentions for e in partial_total.entities if target in e.mentions} == {(target,)}


def test_no_elimination_against_english_names_that_share_nothing(mentions: list[Mention]) -> None:
    """The last leftover of a complete list whose English name shares nothing with the English names of
    the entity left over (no word, spelling or sound) is another name put in that place, not a
    translation of it: it founds its own entity, where a Chinese name alone would be linked."""
    target = "003#27"
    altered = [
        m if m.key != target else _mention("003", 27, "非聯合國組織", "某某", "Borduria Fund", "")
        for m in mentions
    ]
    strict = match_lists(altered, totals={"000": 66, "001": 66, "003": 66})
    assert {e.mentions for e in strict.entities if target in e.mentions} == {(target,)}


def test_a_transliteration_left_over_is_linked_by_elimination_only_where_its_family_name_could_be() -> None:
    """A complete Chinese list of two beside an English list of two: 珍·羅伊 is heard as Jane Roe, and the
    item left over is linked by elimination to John Doe when its family name begins with his family
    name's sound (約翰·多伊: duo, Doe; its given name, yue han, sounds like no John); one whose family name
    begins with another (理查·高斯: gao) is another person printed in that place and founds its own entity."""
    english = [_mention("a_en", 1, None, "", "Jane Roe"), _mention("a_en", 2, None, "", "John Doe")]
    for leftover, linked in (("約翰·多伊", True), ("理查·高斯", False)):
        chinese = [_mention("b_zh", 1, None, "珍·羅伊"), _mention("b_zh", 2, None, leftover)]
        matching = match_lists(english + chinese, totals={"b_zh": 2})
        assert matching.entity_of("b_zh#1") == matching.entity_of("a_en#1")
        assert (matching.entity_of("b_zh#2") == matching.entity_of("a_en#2")) is linked
        if linked:
            assert "elimination" in {lk.mention: lk for lk in matching.links}["b_zh#2"].reason


_FULL = ["甲國和平聯盟", "乙國海洋協會", "丙國森林基金會"]


def _lists(article: str, names: list[str], english: list[str] | None = None) -> list[Mention]:
    return [_mention(article, k + 1, None, n, (english or [""] * 3)[k]) for k, n in enumerate(names)]


def test_elimination_counts_no_stray_that_one_other_list_printed() -> None:
    """Three lists print the same three items, one of them with 丁國沙漠論壇 in the third one's place: the
    complete list whose third item is a short form like none of the others (丙林會) is linked by
    elimination to the entity the others hold, the stray of one list notwithstanding."""
    mentions = [
        *_lists("a", _FULL),
        *_lists("b", _FULL),
        *_lists("c", [*_FULL[:2], "丁國沙漠論壇"]),
        *_lists("d", [*_FULL[:2], "丙林會"]),
    ]
    assert match_lists(mentions).entity_of("d#3") != match_lists(mentions).entity_of("a#3")
    matching = match_lists(mentions, totals={"d": 3})
    assert matching.entity_of("d#3") == matching.entity_of("a#3")
    assert matching.entity_of("c#3") != matching.entity_of("a#3")
    assert "elimination" in {lk.mention: lk for lk in matching.links}["d#3"].reason


def test_no_elimination_beside_a_stray_against_english_names_that_share_nothing() -> None:
    """The same, but the leftover prints an English name that shares nothing with the entity's: another
    item printed in that place, even though the Chinese names share characters."""
    english = ["Aland Peace League", "Borduria Ocean Society", "Carpathia Forest Fund"]
    mentions = [
        *_lists("a", _FULL, english),
        *_lists("b", _FULL, english),
        *_lists("c", [*_FULL[:2], "丁國沙漠論壇"], [*english[:2], "Ruritania Desert Forum"]),
        *_lists("d", [*_FULL[:2], "丙林會"], [*english[:2], "Jane Roe Society"]),
    ]
    matching = match_lists(mentions, totals={"d": 3})
    assert matching.entity_of("d#3") != matching.entity_of("a#3")


# --------------------------------------------------------------------------------------------------
# Prose


PROSE_002 = (  # names the prose of 002 gives, with the clusters.tsv row (None: on no list)
    ("聯合國民主基金", "", 19),
    ("聯合國能源組織", "", 20),
    ("聯合國性別平等與婦女賦權署", "", 21),
    ("聯合國氣候變遷框架公約", "UNFCCC", 22),
    ("聯合國秘書長武裝衝突中兒童問題特別代表辦公室", "", 10),
    ("聯合國秘書長暴力侵害兒童問題特別代表辦公室", "", 12),
    ("政府間氣候變遷專門委員會", "IPCC", 45),
    ("國際自然保護聯盟", "IUCN", 58),
    ("國際再生能源署", "", 55),
    ("全球反恐論壇", "", 40),
    ("烏克蘭科學技術中心", "", 64),
    ("亞洲區域打擊海盜與武裝劫船合作協定", "", 61),
    ("", "UNFCCC", 22),
    ("世界衛生組織", "WHO", None),
    ("聯合國巴勒斯坦難民救濟和工程處", "UNRWA", None),
    ("聯合國人權理事會", "UNHCR", None),
    ("聯合國教科文組織", "UNESCO", None),
    ("國際電信聯盟", "", None),
    ("國際海事組織", "", None),
    ("國際勞工組織", "", None),
    ("巴黎協定", "", None),
)


def prose_candidates() -> list[Mention]:
    return [
        _mention("002", 1 + i, None, zh, "", acr, kind=Kind.PROSE)
        for i, (zh, acr, _row) in enumerate(PROSE_002)
    ]


def test_link_prose(matching: Matching, expected: dict[str, int]) -> None:
    cands = prose_candidates()
    result, chosen = link_prose(cands, matching)
    ids = row_entity(matching, expected)
    assert chosen == tuple(ids[row] if row else None for _zh, _acr, row in PROSE_002)
    by_id = {e.id: e for e in result.entities}
    assert "002#1" in by_id[ids[19]].mentions
    assert {"002#4", "002#13"} <= set(by_id[ids[22]].mentions)  # many prose mentions, one entity
    links = {lk.mention: lk for lk in result.links}
    assert links["002#13"].level is Level.ACRONYM
    assert links["002#1"].level is Level.EXACT
    assert "002#14" not in links
    assert len(result.entities) == len(matching.entities)
    assert {e.id for e in result.entities} == {e.id for e in matching.entities}
    # list links are untouched
    assert {lk for lk in result.links if not lk.mention.startswith("002#")} == set(matching.links)


# --------------------------------------------------------------------------------------------------
# Reviewer decisions


def write_json(path: Path, decisions: list[dict[str, str]], version: str = "3") -> Path:
    path.write_text(
        json.dumps({"version": version, "decisions": decisions}, ensure_ascii=False), encoding="utf-8"
    )
    return path


def test_decisions_win_over_the_scorer(
    tmp_path: Path, mentions: list[Mention], expected: dict[str, int]
) -> None:
    partial, _truth = partial_list()
    decisions = load_decisions(
        write_json(
            tmp_path / "d.json",
            [
                {"kind": "same", "a": "900#16", "b": "000#27"},  # the stray is declared to be the university
                {"kind": "not_same", "a": "900#14", "b": "國際熱帶木材組織"},  # by name
                {
                    "kind": "canonical",
                    "a": "001#26",
                    "name_en": "United Nations Population Fund",
                    "name_zh": "人口基金",
                },
            ],
        )
    )
    assert decisions.version == "3"
    result = match_lists(mentions + partial, decisions=decisions)
    got = entity_by_mention(result)
    by_id = {e.id: e for e in result.entities}
    links = {lk.mention: lk for lk in result.links}
    assert got["900#16"] == got["000#27"]
    assert links["900#16"].level is Level.REVIEWER
    assert by_id[got["900#14"]].mentions == ("900#14",)
    fund = by_id[got["001#26"]]
    assert (fund.id, fund.name_en, fund.name_zh) == (  # the id follows the canonical name chosen
        "united-nations-population-fund",
        "United Nations Population Fund",
        "人口基金",
    )
    assert pairwise(result, expected, list(expected)) == (1.0, 1.0)


def test_decisions_from_csv(tmp_path: Path, mentions: list[Mention]) -> None:
    path = tmp_path / "d.csv"
    path.write_text("version,kind,a,b,name_en,name_zh\n2,not_same,000#29,001#13,,\n", encoding="utf-8")
    decisions = load_decisions(path)
    assert decisions == Decisions(version="2", items=decisions.items, source=str(path))
    result = match_lists(mentions, decisions=decisions)
    got = entity_by_mention(result)
    assert got["000#29"] != got["001#13"]


def test_conflicting_decisions_are_all_reported(tmp_path: Path, mentions: list[Mention]) -> None:
    decisions = load_decisions(
        write_json(
            tmp_path / "d.json",
            [
                {"kind": "same", "a": "000#1", "b": "000#2"},  # two items of one list
                {"kind": "same", "a": "001#13", "b": "003#48"},
                {"kind": "not_same", "a": "003#48", "b": "001#13"},  # contradicts the previous one
                {"kind": "same", "a": "005#3", "b": "000#4"},  # no such mention: unused, no error
            ],
        )
    )
    with pytest.raises(DecisionsError) as err:
        match_lists(mentions, decisions=decisions)
    problems = err.value.problems
    assert len(problems) == 2
    assert any("000#1" in p and "000#2" in p for p in problems)
    assert any("differ" in p for p in problems)
    assert not any("005#3" in p for p in problems)


def test_bad_decision_files(tmp_path: Path) -> None:
    with pytest.raises(DecisionsError) as err:
        load_decisions(
            write_json(
                tmp_path / "d.json", [{"kind": "merge", "a": "000#1"}, {"kind": "same", "a": "x"}], version=""
            )
        )
    assert len(err.value.problems) == 3  # no version, unknown kind, missing b
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(DecisionsError):
        load_decisions(tmp_path / "broken.json")
    with pytest.raises(DecisionsError):
        load_decisions(tmp_path / "missing.csv")


def test_link_prose_follows_decisions(tmp_path: Path, matching: Matching, expected: dict[str, int]) -> None:
    cands = prose_candidates()
    decisions = load_decisions(
        write_json(
            tmp_path / "d.json",
            [
                {"kind": "same", "a": "002#14", "b": "000#27"},  # a stray declared to be a listed body
                {"kind": "not_same", "a": "002#1", "b": "000#26"},  # the exact name is overruled
                {"kind": "not_same", "a": "000#29", "b": "國際熱帶木材組織"},  # list-only: ignored here
            ],
        )
    )
    _result, chosen = link_prose(cands, matching, decisions=decisions)
    ids = row_entity(matching, expected)
    assert chosen[13] == ids[31]
    assert chosen[0] != ids[19]
    assert chosen[1] == ids[20]


# --------------------------------------------------------------------------------------------------
# Scoring at scale: each distinct key is scored once, an entity as the union of its members' forms


def test_copies_of_the_lists_join_the_entities_of_their_originals() -> None:
    base = example_list_mentions()
    copies = [replace(m, article=f"{m.article}-copy{c}") for c in range(3) for m in base]
    result = match_lists(base + copies)
    assert len(result.entities) == 66
    got = entity_by_mention(result)
    for m in copies:
        original = f"{m.article.split('-copy')[0]}#{m.position}"
        assert got[m.key] == got[original], m.key
    assert all(len(e.mentions) == 12 for e in result.entities)  # 3 lists, each 4 times


_ACRONYM = st.text(alphabet="ABCU", min_size=1, max_size=4)
_ACRONYM_BAG = st.builds(
    lambda given_, derived: Bag(given=frozenset(given_), derived=frozenset(derived)),
    st.sets(_ACRONYM, max_size=2),
    st.sets(_ACRONYM, max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_ACRONYM_BAG, min_size=1, max_size=4),
    st.lists(st.lists(_ACRONYM_BAG, min_size=1, max_size=3), min_size=1, max_size=4),
)
def test_acronym_evidence_against_an_entity_is_the_best_against_its_members(
    rows: list[Bag], entities: list[list[Bag]]
) -> None:
    got = Space([])._acronyms(rows, [_merge(members) for members in entities])
    best = [[max(acronym_value(r, m) for m in members) for members in entities] for r in rows]
    assert np.array_equal(got, np.array(best, dtype=np.float32))


def test_a_name_whose_words_begin_another_is_strong_english_evidence() -> None:
    """Given name and family name, then more given names (Jane Roe / Jane Roe Ka-wai), or the same name
    without its initial and Jr. (Jane Q. Roe Jr.): LEADING_WORDS. A single word proves nothing (Jane),
    two long forms that only share their beginning are no such pair, and a name with a function word
    (Bank of Aland) is no person's."""
    from pipeline.matching.key_table import LEADING_WORDS, leading_pairs
    from pipeline.settings import DEFAULT_SETTINGS

    keys = [
        "jane roe",
        "jane roe ka wai",
        "jane q roe jr",
        "jane",
        "jane rowe",
        "jane roe siu ming",
        "bank of aland",
        "bank of aland group",
    ]
    table = leading_pairs(keys)
    assert table is not None
    got = table.toarray()
    at = {k: i for i, k in enumerate(keys)}
    assert (
        got[at["jane roe"], at["jane roe ka wai"]]
        == got[at["jane roe ka wai"], at["jane roe"]]
        == LEADING_WORDS
    )
    assert got[at["jane roe"], at["jane q roe jr"]] == LEADING_WORDS
    assert got[at["jane roe ka wai"], at["jane roe siu ming"]] == 0.0
    assert got[at["jane"], at["jane roe"]] == 0.0
    assert got[at["jane rowe"], at["jane roe ka wai"]] == 0.0
    assert got[at["bank of aland"], at["bank of aland group"]] == 0.0
    assert (
        LEADING_WORDS < DEFAULT_SETTINGS.lists.sure_score
    )  # a short name two long ones begin needs its margin


def _decided(score: list[list[float]]) -> list[int | None]:
    from types import SimpleNamespace

    from pipeline.matching.align_dense import _decide
    from pipeline.settings import ListSettings

    run = SimpleNamespace(rule=ListSettings())  # min_margin 0.1, score_cutoff 0.25, sure_score 0.9
    return _decide(run, np.array(score), complete=False)[0]  # type: ignore[arg-type]


def test_a_rival_another_item_of_the_list_holds_takes_no_margin() -> None:
    """ジェーン・ロー scores 0.80 with Jane Roe and 0.71 with Roe Janson (their words meet): too close a
    margin, unless another item of the same list (ロー・ジャンソン, 0.80) holds Roe Janson. A rival that
    item scores lower than she does, or that nothing holds, still leaves her unlinked."""
    assert _decided([[0.80, 0.71], [0.0, 0.80]]) == [0, 1]
    assert _decided([[0.80, 0.71], [0.0, 0.70]]) == [None, 1]
    assert _decided([[0.80, 0.71]]) == [None]
    # her best entity must be the one proposed: a row put on its second best is no clear reading
    assert _decided([[0.71, 0.80], [0.0, 0.95]]) == [None, 1]
