"""Lists of countries as outlets print them, five outlets a story in Traditional (Taiwan, Hong Kong),
Simplified, English and Japanese, each story with one or two errors of the kinds real outlets make.

- ``tests/fixtures/eu_tax_list/``: the eleven jurisdictions of the EU list of non-cooperative tax
  jurisdictions kept on 18 February 2025, territories among them (Guam, American Samoa, the U.S. Virgin
  Islands); a Taiwan sentence, mainland numbered ``<br>`` lines, Hong Kong ``‧`` bullets, an English
  sentence, Japanese ``・`` bullets.
- ``tests/fixtures/tariff_letters/``: the fourteen rates of the 7 July 2025 tariff letters with the April
  rate beside them: a Taiwan HTML table of two rate columns, Hong Kong lines grouped by rate
  (``25%：A、B、C``), a mainland sentence of one rate each, English bullets ``name: rate (rate)``, a Japanese
  text table ``name　rate（rate）``.
- ``tests/fixtures/visa_by_date/``: the nine countries China let in without a visa from 1 June (five) and
  9 June 2025 (four), by date: two Taiwan sentences in two paragraphs, a mainland table of dates, Hong Kong
  bullets under a date heading with its count, English sentences ``From June 1: …``, Japanese bullets
  with the date in parentheses.
- ``tests/fixtures/world_cup_zones/``: the eight Asian and nine African teams qualified for the 2026 World
  Cup, by zone: a Taiwan HTML table of one zone a row (``亞洲（8隊）`` | ``A、B、C…``), a Hong Kong
  sentence of two clauses, mainland paragraphs, English lines ``Asia (8): …``, Japanese bullets under
  ``【アジア（8）】``.
- ``tests/fixtures/soy_imports/``: China's 2024 soybean imports by origin, in tonnes and shares.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.knowledge.gazetteer import name_key
from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.lang.counts import find_counts
from pipeline.lang.scripts import fold_kana_v
from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _run(story: str | Path) -> Reconciliation:
    return reconcile([str(FIXTURES / story if isinstance(story, str) else story)])


def _outlets_of(result: Reconciliation, name_en: str) -> set[str]:
    (ent,) = [e for e in result.entities if e.name_en == name_en]
    return {k.split("#")[0].split(":")[0] for k in ent.mentions}


def _found(result: Reconciliation) -> list[tuple[str, Severity, tuple[str, ...]]]:
    return sorted(
        (d.kind, d.severity, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO
    )


def _copy(story: str, tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """The story copied into ``tmp_path`` with ``edits`` (file name -> (printed, replacement)) made."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    for path in (FIXTURES / story).iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name in edits:
            printed, replacement = edits[path.name]
            assert printed in text
            text = text.replace(printed, replacement)
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    return tmp_path


def _all(result: Reconciliation) -> set[str]:
    return {a.id for a in result.articles}


# ---------------------------------------------------------------------------------- the language layer


def test_katakana_v_and_b_spellings_share_one_key() -> None:
    assert fold_kana_v("ヴァージン") == "バージン"
    assert fold_kana_v("ヴェネツィア") == "ベネツィア"
    assert name_key("米領ヴァージン諸島") == name_key("米領バージン諸島")
    assert name_key("ヴィクトリア") != name_key("ピクトリア")  # other kana stay apart


def test_a_chinese_name_joining_two_names_has_its_short_form() -> None:
    """``甲乙丙和丁戊己`` is shortened to ``甲丁`` in the news (Bosnia and Herzegovina as 波黑 or 波赫);
    names joined by 和 to a name of islands, and names with 及 inside one word, are not."""
    gazetteer = builtin_gazetteer()
    assert gazetteer.code("波黑") == "BA"
    assert gazetteer.code("波赫") == "BA"
    assert gazetteer.code("特多") == "TT"
    assert gazetteer.code("阿利") is None  # 阿爾及利亞 is no pair of names
    assert gazetteer.code("特凱") is None  # 特克斯和凯科斯群岛: islands


def test_teams_are_counted_in_every_language() -> None:
    assert [c.value for c in find_counts("亞洲區8隊分別為")] == [8]
    assert [c.value for c in find_counts("アジアの8チーム")] == [8]
    assert [c.value for c in find_counts("nine teams from Africa")] == [9]


# ---------------------------------------------------------------------------------- the stories


def test_a_tax_list_of_territories_with_a_neighbour_substituted_and_a_count_off_by_one() -> None:
    """The Hong Kong outlet prints Paraguay (巴拉圭) for Panama (巴拿馬); the English one says 12
    jurisdictions and lists the eleven. Every territory is one entity in every script (the Japanese
    ``米領バージン諸島`` is CLDR's ``米領ヴァージン諸島``); two errors, nothing else."""
    result = _run("eu_tax_list")
    for name in ("U.S. Virgin Islands", "American Samoa", "Guam", "Trinidad and Tobago"):
        assert _outlets_of(result, name) == _all(result), name
    assert _outlets_of(result, "Panama") == _all(result) - {"03_hk"}
    assert _found(result) == [
        ("count_conflict", Severity.ERROR, ("04_en",)),
        ("wrong_item", Severity.ERROR, ("03_hk",)),
    ]
    (wrong,) = [d for d in result.discrepancies if d.kind == "wrong_item"]
    assert "巴拉圭" in wrong.message and "Panama" in wrong.message


def test_rates_in_two_columns_with_two_swapped_and_one_misprinted() -> None:
    """The mainland outlet prints Serbia 36% and Cambodia 35% (each the other's); the Japanese one gives
    Laos the April rate of Myanmar (44% for 48%), a column only three outlets print. The mainland's 波黑
    is Bosnia and Herzegovina; the Hong Kong lines grouped by rate are the whole list, not examples."""
    result = _run("tariff_letters")
    assert len([e for e in result.entities if len(e.mentions) == 5]) == 14
    assert _outlets_of(result, "Bosnia and Herzegovina") == _all(result)
    assert not next(a for a in result.articles if a.id == "02_hk").selection
    assert _found(result) == [
        ("value_conflict", Severity.ERROR, ("03_cn",)),
        ("value_conflict", Severity.ERROR, ("05_ja",)),
    ]
    swap, laos = sorted(
        (d for d in result.discrepancies if d.kind == "value_conflict"), key=lambda d: d.sources
    )
    assert "柬埔寨" in swap.message and "塞尔维亚" in swap.message and "swapped" in swap.message
    assert "ラオス" in laos.message and "44" in laos.message and "48%" in laos.message


def test_a_list_grouped_by_rate_that_leaves_one_out_is_short(tmp_path: Path) -> None:
    """With Indonesia's line taken out of the Hong Kong lines grouped by rate, that outlet's list of 14
    holds 13: one error against it, naming Indonesia."""
    folder = _copy("tariff_letters", tmp_path, {"02_hk.txt": ("32%：印尼\n", "")})
    found = [d for d in _run(folder).discrepancies if d.severity is Severity.ERROR and "02_hk" in d.sources]
    assert [(d.kind, d.sources) for d in found] == [("list_short", ("02_hk",))]
    assert "印尼" in found[0].message or "Indonesia" in found[0].message


def test_ranges_are_compared_with_ranges(tmp_path: Path) -> None:
    """Four outlets print Cambodia's new rate as a range, the Hong Kong one as 36%: the Japanese range
    ``32～39％`` against the others' 32% to 36% is one more error against it; the Hong Kong number is
    compared with no range; with the Japanese range as the others', Cambodia draws nothing."""
    edits = {
        "01_tw.html": ("<td>柬埔寨</td><td>36%</td>", "<td>柬埔寨</td><td>32%至36%</td>"),
        "03_cn.txt": ("塞尔维亚36%、柬埔寨35%", "塞尔维亚35%、柬埔寨32%至36%"),
        "04_en.txt": ("- Cambodia: 36% (49%)", "- Cambodia: 32%-36% (49%)"),
        "05_ja.txt": ("カンボジア　　　36％（49％）", "カンボジア　　　32～39％（49％）"),
    }
    result = _run(_copy("tariff_letters", tmp_path / "apart", edits))
    cambodia = [d for d in result.discrepancies if d.kind == "value_conflict" and "カンボジア" in d.message]
    assert [(d.severity, d.sources) for d in cambodia] == [(Severity.ERROR, ("05_ja",))]
    assert "32～39％" in cambodia[0].message and "32%–36%" in cambodia[0].message
    edits["05_ja.txt"] = ("カンボジア　　　36％（49％）", "カンボジア　　　32～36％（49％）")
    result = _run(_copy("tariff_letters", tmp_path / "alike", edits))
    assert not [d for d in result.discrepancies if d.entity == "cambodia" and d.severity is not Severity.INFO]


def test_countries_by_start_date_with_a_neighbour_and_one_under_the_wrong_date() -> None:
    """The Taiwan outlet names Paraguay (巴拉圭) for Uruguay in its second paragraph; the English one puts
    Bahrain among the countries of 1 June. Two errors: a wrong item, and Bahrain's date group."""
    result = _run("visa_by_date")
    assert _outlets_of(result, "Uruguay") == _all(result) - {"01_tw"}
    assert _outlets_of(result, "Bahrain") == _all(result)
    assert _found(result) == [
        ("group_conflict", Severity.ERROR, ("04_en",)),
        ("wrong_item", Severity.ERROR, ("01_tw",)),
    ]
    (moved,) = [d for d in result.discrepancies if d.kind == "group_conflict"]
    assert "Bahrain" in moved.message and "June 1" in moved.message


def test_teams_by_zone_with_a_namesake_and_a_zone_short_of_its_count() -> None:
    """The Hong Kong outlet names Nigeria (尼日利亞) for Ghana; the mainland one says 9 African teams and
    names eight (Senegal left out), under a sentence about the 48 teams of the finals, which counts the
    whole field, not its list. The Taiwan table gives each zone a row: seventeen teams in two groups."""
    result = _run("world_cup_zones")
    groups = {(m.group, m.article) for m in result.mentions if m.article == "01_tw"}
    assert sorted(g for g, _ in groups) == ["亞洲", "非洲"]
    assert sum(1 for m in result.mentions if m.article == "01_tw") == 17
    assert _outlets_of(result, "Ivory Coast") == _all(result)
    assert _outlets_of(result, "Cape Verde") == _all(result)
    assert _found(result) == [
        ("count_mismatch", Severity.ERROR, ("03_cn",)),
        ("wrong_item", Severity.ERROR, ("02_hk",)),
    ]
    (short,) = [d for d in result.discrepancies if d.kind == "count_mismatch"]
    assert "Senegal" in short.message


def test_shares_of_imports_by_origin_with_one_share_misprinted() -> None:
    """Five outlets print where China's 2024 soybean imports came from, each country with its tonnes and
    its share (``tests/fixtures/soy_imports/``): Taiwan and mainland sentences of clauses parted by ``；``
    (``巴西7465萬公噸，占71.1%；美國…``), Hong Kong lines ``name：amount（share）``, English bullets
    ``name: 74.65 million tonnes (71.1%)``, a Japanese text table of the main sources. The Hong Kong
    outlet prints the United States' 21.1% as 12.1%: one error, against it; the tonnes agree (7465萬噸
    is 74.65 million tonnes)."""
    result = _run("soy_imports")
    for name in ("Brazil", "United States", "Argentina"):
        assert {"02_hk", "04_en", "05_ja"} <= _outlets_of(result, name), name
    found = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert [(d.kind, d.severity, d.sources) for d in found] == [
        ("value_conflict", Severity.ERROR, ("02_hk",))
    ]
    assert "12.1%" in found[0].message and "21.1%" in found[0].message


def test_clauses_of_a_country_its_amount_and_its_share_are_a_list() -> None:
    """``巴西7465萬公噸，占71.1%；美國2213萬公噸，占21.1%；阿根廷410萬公噸，占3.9%``: three items."""
    result = _run("soy_imports")
    for name in ("Brazil", "United States", "Argentina"):
        assert _outlets_of(result, name) == _all(result), name
