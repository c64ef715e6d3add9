"""People of one country, printed once by each outlet, whose names sound alike only weakly: a name printed
by its given name alone, a Taiwan transliteration of other consonants (``hua`` for ``wa``), a name of two
consonants. The country and the posts printed beside them let such names link where nothing else
competes (``pipeline.matching.context``); an outlet that prints two people of the country, posts of two
kinds, or places of two countries keep them apart."""

from __future__ import annotations

from pathlib import Path

from pipeline.knowledge.name_sounds import heard_alike, name_sounds
from pipeline.models import Reconciliation
from pipeline.run import reconcile

CHINESE = """甲国庆典外国领导人名单

甲报　2025年9月3日

甲国外交部公布出席庆典的外国领导人。

出席庆典的外国领导人（3位）：
安瓦雷（马来西亚总理）
卡帕西（斯洛伐克总理）
阿兰多（柬埔寨国王）

外交部发言人表示，欢迎各国领导人。
"""

TAIWAN = """甲國慶典外國領袖名單

乙報　2025年9月3日

甲國外交部公布出席慶典的外國領袖。

出席慶典的外國領袖（3位）：
安華（馬來西亞總理）
卡帕西（斯洛伐克總理）
阿蘭多（柬埔寨國王）

外交部發言人表示，歡迎各國領袖。
"""

ENGLISH = """Foreign leaders at the celebration

Aland Wire
September 3, 2025

The foreign ministry named the foreign leaders attending the celebration.

Foreign leaders attending ({n}):
Anwarel Bosant, Prime Minister of Malaysia
Karl Pasik, {post} of Slovakia
Norbert Arando, King of Cambodia
{more}
A spokesperson welcomed the leaders.
"""


def _story(tmp_path: Path, post: str = "Prime Minister", more: str = "") -> Reconciliation:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "01_cn.txt").write_text(CHINESE, encoding="utf-8")
    (tmp_path / "02_tw.txt").write_text(TAIWAN, encoding="utf-8")
    n = 3 + more.count("\n")
    (tmp_path / "03_en.txt").write_text(ENGLISH.format(n=n, post=post, more=more), encoding="utf-8")
    return reconcile([str(tmp_path)])


def _linked(result: Reconciliation) -> set[frozenset[str]]:
    names = {m.key: m.name_zh or m.name_en for m in result.mentions}
    return {frozenset(names[k] for k in e.mentions) for e in result.entities if len(e.mentions) > 1}


def test_a_taiwan_hu_is_heard_as_a_w_and_a_katakana_b_as_a_v() -> None:
    assert "aw" in name_sounds("安華")  # an hua: an wa
    assert "wsds" in name_sounds("ブチッチ")  # bu for a Latin vu
    assert name_sounds("Anwarel Bosant") >= {"anwl", "bsnd"}  # the whole name's and each word's
    assert heard_alike(name_sounds("安華"), name_sounds("安瓦雷")) >= 0.5
    assert heard_alike(name_sounds("卡帕西"), name_sounds("博尔杜")) == 0  # another first sound


def test_leaders_of_one_country_each_printed_once_link_by_country_post_and_sound(tmp_path: Path) -> None:
    """安瓦雷 and 安華 (an hua, ``hua`` for ``wa``) are Malaysia's prime minister in both Chinese outlets,
    Anwarel Bosant in the English one by his whole name; 卡帕西 and Karl Pasik are Slovakia's."""
    linked = _linked(_story(tmp_path / "same"))
    assert frozenset({"安瓦雷", "安華", "Anwarel Bosant"}) in linked
    assert frozenset({"卡帕西", "Karl Pasik"}) in linked
    # a head of state against a head of government: two people of one country
    linked = _linked(_story(tmp_path / "post", post="President"))
    assert not any("Karl Pasik" in group for group in linked)
    assert frozenset({"安瓦雷", "安華", "Anwarel Bosant"}) in linked


def test_an_outlet_that_prints_two_people_of_a_country_keeps_its_names_apart(tmp_path: Path) -> None:
    """With a second Slovak in the English list, the country no longer tells which one 卡帕西 is."""
    linked = _linked(_story(tmp_path, more="Jane Miller, Foreign Minister of Slovakia\n"))
    assert not any("Karl Pasik" in group or "Jane Miller" in group for group in linked)
    assert frozenset({"安瓦雷", "安華", "Anwarel Bosant"}) in linked


JAPANESE = """甲国の式典に外国首脳

丙新聞　2025年9月3日

甲国外務省は式典に出席する外国首脳を発表した。

出席する外国首脳（3人）：
ボルドゥ（{country}大統領）
カパシ（スロバキア首相）
アランド（カンボジア国王）

外務省の報道官は各国首脳を歓迎すると述べた。
"""

SIMPLIFIED = """甲国庆典外国领导人名单

甲报　2025年9月3日

甲国外交部公布出席庆典的外国领导人。

出席庆典的外国领导人（3位）：
博尔杜（伊朗总统）
卡帕西（斯洛伐克总理）
阿兰多（柬埔寨国王）

外交部发言人表示，欢迎各国领导人。
"""


def test_names_heard_alike_whose_countries_the_gazetteer_tells_apart_stay_apart(tmp_path: Path) -> None:
    """ボルドゥ and 博尔杜 are one skeleton (``bld``): Serbia's president and Iran's are two people, and
    Iran's and Iran's one."""
    for country, together in (("セルビア", False), ("イラン", True)):
        folder = tmp_path / country
        folder.mkdir()
        (folder / "01_cn.txt").write_text(SIMPLIFIED, encoding="utf-8")
        (folder / "02_ja.txt").write_text(JAPANESE.format(country=country), encoding="utf-8")
        result = reconcile([str(folder)])
        assert (frozenset({"博尔杜", "ボルドゥ"}) in _linked(result)) is together, country
        assert frozenset({"卡帕西", "カパシ"}) in _linked(result)


def test_chinese_names_heard_alike_whose_countries_differ_stay_apart(tmp_path: Path) -> None:
    """卡京 and 卡丁 (ka jing / ka ding) are Russia's president in two outlets; 卡金 (Belarus) and 卡亭
    (Ukraine) sound as near, and are two other people."""
    places = {"01_cn": ("卡京", "俄罗斯"), "02_tw": ("卡丁", "俄罗斯"), "03_hk": ("卡金", "白俄罗斯"),
              "04_cn": ("卡亭", "乌克兰")}  # fmt: skip
    for n, (article, (name, country)) in enumerate(places.items()):
        text = SIMPLIFIED.replace("甲报", f"{'甲乙丙丁'[n]}报").replace("博尔杜（伊朗", f"{name}（{country}")
        (tmp_path / f"{article}.txt").write_text(text, encoding="utf-8")
    linked = _linked(reconcile([str(tmp_path)]))
    assert frozenset({"卡京", "卡丁"}) in linked
    assert not any(group & {"卡金", "卡亭"} for group in linked)


def test_a_reviewers_not_the_same_is_never_linked_by_context(tmp_path: Path) -> None:
    """A reviewer who says 卡帕西 is not Karl Pasik keeps them apart, whatever the country says."""
    import json

    from pipeline.run import RunOptions

    _story(tmp_path / "story")
    decisions = tmp_path / "decisions.json"
    pair = {"kind": "not_same", "a": "卡帕西", "b": "Karl Pasik"}
    decisions.write_text(json.dumps({"version": "1", "decisions": [pair]}), encoding="utf-8")
    result = reconcile([str(tmp_path / "story")], options=RunOptions(decisions=str(decisions)))
    linked = _linked(result)
    assert not any("Karl Pasik" in group for group in linked)
    assert frozenset({"安瓦雷", "安華", "Anwarel Bosant"}) in linked
