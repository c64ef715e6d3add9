"""States below the country with two values each (``tests/fixtures/state_wages/``): the 21 US states that
raised their minimum wage on January 1, 2025, five outlets writing the states their own way
(``加州`` / ``加利福尼亚州`` / ``カリフォルニア州`` / ``California``). Planted: Arizona's $14.70 filed under
``時薪15美元或以上`` (Hong Kong), Florida printed in place of Nebraska (mainland), Connecticut's $16.35
misprinted $16.53 (English)."""

from __future__ import annotations

import pytest

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.knowledge.kana import romaji
from pipeline.lang.clause_cues import OTHER_PART_RE
from tests.probe_fixtures import against, errors, findings, items, numbers, story

STORY = "state_wages"
WAGES = [16.66, 16.50, 16.50, 16.35, 15.49, 15.00, 15.00, 15.00, 14.81, 14.70, 14.65, 14.01, 13.75, 13.50]
WAGES += [12.41, 11.91, 11.50, 11.13, 10.70, 10.56, 10.55]
RISES = [0.38, 0.50, 0.50, 0.66, 0.36, 1.75, 1.00, 1.00, 0.39, 0.35, 0.50, 0.34, 1.45, 1.50]
RISES += [0.41, 0.18, 0.30, 0.28, 0.25, 0.23, 0.25]


def test_each_outlets_states_and_wages_are_read() -> None:
    result = story(STORY)
    tw = items(result, "01_tw")
    assert [m.name_zh for m in tw][:4] == ["華盛頓州", "加州", "紐約州", "康乃狄克州"]
    assert [numbers(m)[0] for m in tw] == WAGES
    assert [numbers(m)[2] for m in tw] == RISES
    en = items(result, "04_en")
    assert [m.name_en for m in en][:4] == ["Washington", "California", "New York", "Connecticut"]
    assert [numbers(m) for m in en] == [
        [w, r] for w, r in zip([*WAGES[:3], 16.53, *WAGES[4:]], RISES, strict=True)
    ]
    assert [v.column for v in en[0].values] == ["New minimum", "Increase"]
    cn = items(result, "03_cn")
    assert len(cn) == 21 and cn[12].name_zh == "佛罗里达州" and cn[-1].name_zh == "华盛顿州"
    ja = items(result, "05_ja")
    assert [numbers(m) for m in ja] == [[w] for w in WAGES[:10]]


def test_the_hong_kong_bands_are_its_groups_the_first_right_under_the_lead_in() -> None:
    hk = items(story(STORY), "02_hk")
    assert [m.group for m in hk] == ["時薪15美元或以上"] * 9 + ["時薪低於15美元"] * 12
    assert hk[8].name_zh == "亞利桑那州" and numbers(hk[8]) == [14.70]


def test_each_state_is_one_entity_however_each_region_writes_it() -> None:
    """Through ISO 3166-2's names (Babel knows no states): ``華盛頓州`` / ``华盛顿州`` / ``ワシントン州`` /
    ``Washington``; ``加州`` is the Chinese state's name cut short."""
    result = story(STORY)
    listing = {key: {k.split("#")[0] for k in e.mentions} for e in result.entities for key in e.mentions}
    everyone = {"01_tw", "02_hk", "03_cn", "04_en"}
    for k, m in enumerate(items(result, "01_tw")):
        has = listing[m.key]
        # the mainland prints Florida in Nebraska's place; the Japanese prints the top ten alone
        assert has == (everyone - {"03_cn"} if m.name_zh == "內布拉斯加州" else everyone) | (
            {"05_ja"} if k < 10 else set()
        )
    assert len(result.entities) == 22  # the 21 states and Florida


def test_the_planted_errors_are_found_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert errors(result) == [
        ("group_conflict", ("02_hk",)),
        ("value_conflict", ("04_en",)),
        ("wrong_item", ("03_cn",)),
    ]
    assert findings(result) == errors(result)
    (band,) = [d for d in result.discrepancies if d.kind == "group_conflict"]
    assert "亞利桑那州" in band.message and "14.70" in band.message
    (swap,) = [d for d in result.discrepancies if d.kind == "wrong_item"]
    assert "佛罗里达州" in swap.message and "內布拉斯加州" in swap.message
    (value,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "16.53" in value.message and "16.35" in value.message
    assert against(result, "01_tw") == [] and against(result, "05_ja") == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("華盛頓州", "US-WA"),
        ("Washington", "US-WA"),
        ("ワシントン州", "US-WA"),
        ("加州", "US-CA"),
        ("廣東省", "CN-GD"),
        ("广东", "CN-GD"),
        ("Georgia", "GE"),  # a country's name stays the country's
    ],
)
def test_subdivisions_are_known_by_their_names_in_every_language(name: str, code: str) -> None:
    assert builtin_gazetteer().code(name) == code


def test_an_ambiguous_subdivision_name_is_no_evidence_alone() -> None:
    assert len(builtin_gazetteer().codes("佛罗里达州")) > 1  # a state, and a department of another country


def test_katakana_before_a_word_of_the_kind_of_place_is_heard_without_it() -> None:
    assert romaji("アランド州") == romaji("アランド") != ""
    assert romaji("アランド軍") == ""


@pytest.mark.parametrize(
    "clause",
    [
        "的16.50美元適用於紐約市，州內其他地區為15.50美元",
        "の額は市などに適用され、州内のその他の地域は15.50ドル",
        "'s rate applies in the city; the rest of the state moves to $15.50",
    ],
)
def test_a_value_said_of_another_part_of_an_item_is_told(clause: str) -> None:
    assert OTHER_PART_RE.search(clause) is not None
