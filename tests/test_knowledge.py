"""Gazetteers, regional folding, pinyin keys and the reference/gazetteer file loader.

Expected codes are written from how Taiwan, Hong Kong, the mainland, Japan and English-language
media name these countries, not read from the gazetteer."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.errors import ReferenceFileError
from pipeline.knowledge import Knowledge, code_of, load_knowledge
from pipeline.knowledge.gazetteer import Gazetteer, name_key
from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.knowledge.phonetic import PHONETIC_GATE, phonetic_evidence, pinyin_key, similarity
from pipeline.knowledge.reference import ReferenceKind
from pipeline.knowledge.reference_file import load_reference
from pipeline.knowledge.regional import regional_forms, regional_key
from pipeline.models import Kind, Mention

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# Names of one country across Taiwan, Hong Kong, mainland, Japanese and English usage.
SAME_COUNTRY: dict[str, tuple[str, ...]] = {
    "LA": ("寮國", "老挝", "老撾", "ラオス", "Laos"),
    "SL": ("獅子山", "塞拉利昂", "シエラレオネ", "Sierra Leone"),
    "TD": ("查德", "乍得", "チャド", "Chad"),
    "YE": ("葉門", "也门", "也門", "イエメン", "Yemen"),
    "MM": ("緬甸", "缅甸", "ミャンマー", "ビルマ", "Burma", "Myanmar"),
    "CG": (
        "剛果（布）",
        "刚果（布）",
        "剛果(布)",
        "Congo-Brazzaville",
        "Congo - Brazzaville",
        "Republic of the Congo",
        "剛果共和國",
        "コンゴ共和国",
    ),
    "CD": (
        "剛果（金）",
        "刚果（金）",
        "Congo-Kinshasa",
        "Democratic Republic of the Congo",
        "剛果民主共和國",
        "刚果民主共和国",
        "コンゴ民主共和国",
    ),
    "TR": ("Türkiye", "Turkiye", "土耳其", "トルコ"),
    "CI": ("Côte d'Ivoire", "Cote d’Ivoire", "象牙海岸", "科特迪瓦", "コートジボワール"),
    "KR": ("南韓", "韓國", "韩国", "Korea", "South Korea", "Republic of Korea", "大韓民国", "韓国"),
    "KP": ("北韓", "朝鲜", "North Korea", "北朝鮮"),
    "NE": ("Niger", "尼日", "尼日尔", "尼日爾", "ニジェール"),
    "NG": ("Nigeria", "奈及利亞", "尼日利亚", "尼日利亞", "ナイジェリア"),
    "GN": ("Guinea", "幾內亞", "几内亚", "ギニア"),
    "GQ": ("Equatorial Guinea", "赤道幾內亞", "赤道几内亚", "赤道ギニア"),
    "GW": ("Guinea-Bissau", "幾內亞比索", "几内亚比绍", "幾內亞比紹", "ギニアビサウ"),
    "DM": ("Dominica", "多米尼克", "ドミニカ国"),
    "DO": ("Dominican Republic", "多明尼加共和國", "多米尼加共和国", "ドミニカ共和国"),
    "NZ": ("New Zealand", "紐西蘭", "新西兰", "ニュージーランド"),
    "IT": ("Italy", "義大利", "意大利", "イタリア"),
    "SA": ("Saudi Arabia", "沙烏地阿拉伯", "沙特阿拉伯", "サウジアラビア"),
    "IR": ("Iran", "Islamic Republic of Iran", "伊朗", "イラン"),
    "VN": ("Vietnam", "Viet Nam", "越南", "ベトナム"),
    "KN": ("St. Kitts & Nevis", "Saint Kitts and Nevis", "聖克里斯多福及尼維斯", "圣基茨和尼维斯"),
    "ER": ("Eritrea", "厄利垂亞", "厄立特里亚", "エリトリア"),
    "SO": ("Somalia", "索馬利亞", "索马里", "ソマリア"),
    "BI": ("Burundi", "蒲隆地", "布隆迪", "ブルンジ"),
    "TM": ("Turkmenistan", "土庫曼", "土库曼斯坦", "トルクメニスタン"),
    "VE": ("Venezuela", "委內瑞拉", "委内瑞拉", "ベネズエラ"),
    "ET": ("Ethiopia", "衣索比亞", "埃塞俄比亚", "エチオピア"),
    "KE": ("Kenya", "肯亞", "肯尼亚", "ケニア"),
    "TZ": ("Tanzania", "坦尚尼亞", "坦桑尼亚", "タンザニア"),
    "HR": ("Croatia", "克羅埃西亞", "克罗地亚", "クロアチア"),
    "CZ": ("Czechia", "Czech Republic", "捷克"),
    "GB": ("United Kingdom", "英國", "英国", "イギリス"),
    "US": ("United States", "United States of America", "美國", "美国", "アメリカ合衆国"),
    "VC": (
        "St. Vincent & Grenadines",
        "Saint Vincent and the Grenadines",
        "聖文森及格瑞那丁",
        "圣文森特和格林纳丁斯",
    ),
    "CV": ("Cabo Verde", "維德角", "佛得角"),
    "BO": ("Bolivia", "Plurinational State of Bolivia", "玻利維亞", "玻利维亚"),
    "CC": ("Cocos (Keeling) Islands", "Cocos Islands"),
    # a territory CLDR names beyond ISO 3166-1 (a code of its own, with languages and currencies)
    "XK": ("Kosovo", "科索沃", "コソボ"),
}

# Namesakes: never one code.
NAMESAKES = [
    ("Niger", "Nigeria"),
    ("尼日", "奈及利亞"),
    ("尼日爾", "尼日利亞"),
    ("Guinea", "Equatorial Guinea"),
    ("Guinea", "Guinea-Bissau"),
    ("Equatorial Guinea", "Guinea-Bissau"),
    ("Guinea", "Papua New Guinea"),
    ("Dominica", "Dominican Republic"),
    ("多米尼克", "多米尼加共和國"),
    ("Republic of the Congo", "Democratic Republic of the Congo"),
    ("剛果（布）", "剛果（金）"),
    ("Sudan", "South Sudan"),
    ("蘇丹", "南蘇丹"),
    ("南韓", "北韓"),
    ("Austria", "Australia"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return builtin_gazetteer()


@pytest.mark.parametrize("code", sorted(SAME_COUNTRY))
def test_names_of_one_country_map_to_its_code(gazetteer: Gazetteer, code: str) -> None:
    got = {name: gazetteer.code(name) for name in SAME_COUNTRY[code]}
    assert got == dict.fromkeys(SAME_COUNTRY[code], code)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("中國香港", "HK"),
        ("中国香港", "HK"),
        ("中國澳門", "MO"),
        ("中国澳门", "MO"),
        ("Hong Kong SAR", "HK"),
        ("Hong Kong, China", "HK"),
        ("Macao, China", "MO"),
    ],
)
def test_a_special_administrative_region_is_named_without_the_words_that_say_so(
    gazetteer: Gazetteer, name: str, code: str
) -> None:
    """CLDR's ``中國香港特別行政區``, as papers print it (``中國香港``, the ranking of economies' form)."""
    assert gazetteer.code(name) == code


@pytest.mark.parametrize(
    ("name", "code"), [("多明尼加", "DO"), ("多米尼加", "DO"), ("中非", "CF"), ("ドミニカ", "DM")]
)
def test_a_chinese_name_is_known_without_its_closing_form_of_state(
    gazetteer: Gazetteer, name: str, code: str
) -> None:
    """CLDR's ``多明尼加共和國``, ``中非共和國`` as papers print them; ``ドミニカ`` stays Dominica's, whose
    source name it is (a derived name never takes another country's)."""
    assert gazetteer.codes(name) == frozenset({code})


@pytest.mark.parametrize(("a", "b"), NAMESAKES)
def test_namesakes_map_to_different_codes(gazetteer: Gazetteer, a: str, b: str) -> None:
    ca, cb = gazetteer.code(a), gazetteer.code(b)
    assert ca and cb and ca != cb


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Congo", {"CG", "CD"}),
        ("剛果", {"CG", "CD"}),
        ("刚果", {"CG", "CD"}),
        ("コンゴ", {"CG", "CD"}),
        ("聖馬丁", {"MF", "SX"}),
    ],
)
def test_ambiguous_short_names_return_every_code_and_are_no_evidence(
    gazetteer: Gazetteer, name: str, codes: set[str]
) -> None:
    assert gazetteer.codes(name) == codes
    assert gazetteer.code(name) is None


def test_only_countries_territories_the_european_union_and_currency_areas(gazetteer: Gazetteer) -> None:
    """ISO 3166-1's, the territories CLDR adds (Kosovo), the European Union (a party to trade deals and
    tariff charts, with a currency of its own in CLDR) and the groupings CLDR names after a currency (the
    Eurozone, an economy of its own in growth forecasts), but none of CLDR's other groupings or regions."""
    codes = set().union(*gazetteer.index.values())
    assert {"UN", "QO", "ZZ", "XA", "001", "150"}.isdisjoint(codes)
    assert {"TW", "HK", "PS", "AQ", "XK", "EU", "EZ"} <= codes
    assert gazetteer.codes("United Nations") == frozenset()
    assert gazetteer.codes("Europe") == frozenset()
    eu = ("European Union", "歐盟", "欧盟", "欧州連合")
    assert {name: gazetteer.code(name) for name in eu} == dict.fromkeys(eu, "EU")
    # CLDR's names, and the currency's name with another word of the language for its area
    euro = ("Eurozone", "euro zone", "Euro area", "歐元區", "欧元区", "ユーロ圏", "ユーロ地域")
    assert {name: gazetteer.code(name) for name in euro} == dict.fromkeys(euro, "EZ")
    assert gazetteer.codes("Euro") == frozenset()  # the currency itself is no place


def test_everyday_english_names_babel_does_not_expose_come_from_country_converter(
    gazetteer: Gazetteer,
) -> None:
    """CLDR's default English names are ``Türkiye`` and ``Côte d'Ivoire``; news print ``Turkey``, ``Ivory
    Coast``, ``UK``, ``UAE``, ``DRC``."""
    assert gazetteer.code("Turkey") == gazetteer.code("土耳其") == "TR"
    assert gazetteer.code("Ivory Coast") == gazetteer.code("象牙海岸") == "CI"
    assert gazetteer.code("UK") == gazetteer.code("Britain") == gazetteer.code("United Kingdom") == "GB"
    assert gazetteer.code("UAE") == gazetteer.code("阿聯酋") == "AE"
    assert gazetteer.code("DRC") == gazetteer.code("DR Congo") == gazetteer.code("剛果民主共和國") == "CD"
    assert gazetteer.code("East Timor") == gazetteer.code("東帝汶") == "TL"
    assert gazetteer.code("Macau") == gazetteer.code("澳門") == "MO"


def test_country_converter_expressions_are_compiled_on_the_first_lookup_only() -> None:
    """Telling whether the package's data is there compiles none of its expressions; looking a name up
    compiles every row's."""
    from pipeline.knowledge import variants

    variants._expressions.cache_clear()
    variants.variant_codes.cache_clear()
    assert variants.variants_available()
    assert variants._expressions.cache_info().currsize == 0
    assert variants.variant_codes("Ivory Coast") == frozenset({"CI"})
    assert len(variants._expressions()) == len(variants._rows()) > 200


@pytest.mark.parametrize(
    "name",
    ["Bank of China", "Air India", "China Construction Bank", "Turkey Petroleum", "Kenya Airways", "Jane La"],
)
def test_a_body_or_person_holding_a_country_name_is_no_country(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.codes(name) == frozenset()


def test_names_no_library_knows_are_unknown_until_a_user_file_adds_them(gazetteer: Gazetteer) -> None:
    assert gazetteer.codes("Holland") == frozenset()
    user = Gazetteer.build([("NL", "Holland")], sources=("user",))
    both = gazetteer.overlaid(user)
    assert both.code("Holland") == both.code("荷蘭") == "NL"
    assert both.code("Turkey") == "TR"  # the built-in names still known under a user file


def test_a_user_file_says_what_an_ambiguous_name_means(gazetteer: Gazetteer) -> None:
    user = Gazetteer.build([("CD", "Congo")])
    assert gazetteer.overlaid(user).code("Congo") == "CD"
    assert gazetteer.code("Congo") is None  # the built-in one is unchanged


def test_user_codes_take_the_builtin_code_their_names_resolve_to(gazetteer: Gazetteer) -> None:
    user = Gazetteer.build([("1", "Afghanistan"), ("1", "阿富汗國"), ("2", "Myanmar"), ("3", "Acme Corp")])
    both = gazetteer.overlaid(user)
    assert both.code("阿富汗") == both.code("阿富汗國") == both.code("Afghanistan") == "AF"
    assert both.code("Burma") == both.code("Myanmar") == "MM"
    assert both.code("Acme Corp") == "3"


def test_name_key_folds_script_width_case_marks_and_generic_words() -> None:
    assert name_key("St. Kitts & Nevis") == name_key("saint kitts and nevis") == "saintkittsandnevis"
    assert name_key("The Gambia") == name_key("Gambia")
    assert name_key("Côte d’Ivoire") == name_key("COTE D'IVOIRE")
    assert name_key("剛果（布）") == name_key("刚果(布)") == "刚果布"
    assert name_key("ＵＳＡ") == "usa"
    assert name_key("ガ") != name_key("カ")  # a kana voicing mark is not a Latin accent
    assert name_key("") == ""


def test_code_of_a_source_needs_its_names_to_agree(gazetteer: Gazetteer) -> None:
    assert code_of(gazetteer, ["緬甸", "Burma"]) == "MM"
    assert code_of(gazetteer, ["Congo", "剛果（金）"]) == "CD"  # the ambiguous name gives nothing
    assert code_of(gazetteer, ["Niger", "Nigeria"]) == ""  # contradictory evidence is no evidence
    assert code_of(gazetteer, ["World Health Organization"]) == ""
    assert code_of(None, ["Burma"]) == ""


# --------------------------------------------------------------------------------------------------
# Regional folding and pinyin


@pytest.mark.parametrize(
    ("taiwan", "mainland"),
    [
        ("寮國", "老挝"),
        ("紐西蘭", "新西兰"),
        ("義大利", "意大利"),
        ("查德", "乍得"),
        ("自由線上聯盟", "自由在线联盟"),
    ],
)
def test_taiwan_phrases_fold_to_mainland_ones(taiwan: str, mainland: str) -> None:
    assert regional_key(taiwan) == mainland
    assert regional_forms(mainland) == (mainland,)


def test_regional_folding_leaves_simplified_text_and_keeps_the_script_key() -> None:
    assert regional_key("尼日尔") == ""  # tw2sp would make it 尼日尔尔
    assert regional_key("世界衛生組織") == ""  # nothing beyond the script
    assert regional_forms("尼日") == ("尼日", "尼日尔")


def test_pinyin_keys_read_both_scripts_alike() -> None:
    assert pinyin_key("盧比歐") == pinyin_key("卢比欧") == "lu bi ou"
    assert pinyin_key("Rubio") == "rubio"
    assert pinyin_key("") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("盧比歐", "卢比奥"),
        ("魯比奧", "鲁比欧"),
        ("葛胥曼", "格什曼"),
        ("普丁", "普京"),
        ("馬克宏", "马克龙"),
        ("艾爾段", "埃尔多安"),
    ],
)
def test_transliterations_of_one_name_sound_alike(a: str, b: str) -> None:
    assert similarity(a, b) >= PHONETIC_GATE
    assert phonetic_evidence(a, b) >= PHONETIC_GATE


@pytest.mark.parametrize(
    ("a", "b"), [("盧比歐", "歐巴馬"), ("古特瑞斯", "葛瑞爾"), ("普京", "范斯"), ("梅克爾", "格里尔")]
)
def test_different_names_do_not(a: str, b: str) -> None:
    assert similarity(a, b) < PHONETIC_GATE
    assert phonetic_evidence(a, b) == 0.0


def test_long_names_give_no_phonetic_evidence() -> None:
    assert similarity("国际劳工组织", "国际海事组织") >= PHONETIC_GATE  # generic syllables alike
    assert phonetic_evidence("国际劳工组织", "国际海事组织") == 0.0


# --------------------------------------------------------------------------------------------------
# Loader


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def reference_doc(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "version": "1",
        "kind": "reference",
        "title": "Travel restrictions",
        "source": "proclamation",
        "date": "2025-06-04",
        "groups": [
            {"id": "full", "label": "Full restriction", "count": 2},
            {"id": "partial", "label": "Partial"},
        ],
        "columns": [{"id": "rate", "label": "Rate", "unit": "%"}],
        "entries": [
            {
                "id": "AF",
                "group": "full",
                "names": {"en": "Afghanistan", "zh-Hant": "阿富汗"},
                "values": {"rate": 25},
            },
            {"id": "MM", "group": "full", "names": {"en": "Myanmar"}, "aliases": ["Burma", "緬甸"]},
            {"id": "CU", "group": "partial", "names": {"en": "Cuba"}, "attributes": {"note": "visas"}},
        ],
    }
    doc.update(changes)
    return doc


def problems_of(path: Path, **kwargs: object) -> list[str]:
    with pytest.raises(ReferenceFileError) as err:
        load_reference(path, **kwargs)  # type: ignore[arg-type]
    assert err.value.exit_code == 2
    return err.value.problems


def test_a_valid_reference_list_loads_into_records(tmp_path: Path) -> None:
    ref = load_reference(write(tmp_path, "ref.json", json.dumps(reference_doc())))
    assert ref.kind is ReferenceKind.REFERENCE
    assert [e.id for e in ref.entries] == ["AF", "MM", "CU"]
    assert ref.groups[0].count == 2 and ref.groups[1].count is None
    assert ref.columns[0].unit == "%"
    assert ref.entries[0].values == (("rate", 25.0),) and ref.entries[0].name("zh-Hant") == "阿富汗"
    assert ref.entries[1].all_names == ("Myanmar", "Burma", "緬甸")
    assert ref.entries[2].attributes == (("note", "visas"),)
    g = ref.gazetteer()
    assert g.code("緬甸") == g.code("burma") == "MM"


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (reference_doc(version="2"), ["version must be '1'"]),
        (reference_doc(kind="list"), ["kind must be 'reference' or 'gazetteer'"]),
        (reference_doc(date="4 June 2025"), ["date must be YYYY-MM-DD"]),
        (reference_doc(extra=1), ["unknown field(s): extra"]),
        (reference_doc(entries={"AF": {}}), ["'entries' must be a list", "no entries"]),
        (reference_doc(entries=["AF"]), ["entries 1 is not an object", "no entries"]),
        (
            reference_doc(
                entries=[{"id": "AF", "names": {"en": "Afghanistan"}}, {"id": "AF", "names": {"en": "x"}}]
            ),
            ["entry id 'AF' is used 2 times"],
        ),
        (reference_doc(entries=[{"id": "AF", "names": {}}]), ["entry 1 (AF): no name"]),
        (reference_doc(entries=[{"names": {"en": "Afghanistan"}}]), ["entry 1: no id"]),
        (
            reference_doc(entries=[{"id": "AF", "group": "banned", "names": {"en": "Afghanistan"}}]),
            ["entry 1 (AF): group 'banned' is not declared"],
        ),
        (
            reference_doc(entries=[{"id": "AF", "names": {"en": "Afghanistan"}, "values": {"tariff": 10}}]),
            ["entry 1 (AF): column 'tariff' is not declared"],
        ),
        (
            reference_doc(entries=[{"id": "AF", "names": {"en": "Afghanistan"}, "values": {"rate": "ten"}}]),
            ["entry 1: value 'rate' must be a number"],
        ),
        (
            reference_doc(entries=[{"id": "AF", "names": {"en": 3}, "aliases": "x"}]),
            [
                "entry 1: names 'en' must be a string",
                "entry 1: 'aliases' must be a list of strings",
                "entry 1 (AF): no name",
            ],
        ),
        (
            reference_doc(groups=[{"id": "a", "label": "A", "count": -1}]),
            ["group 1: 'count' must be a whole number >= 0"],
        ),
        (reference_doc(groups=[{"id": "full"}, {"id": "full"}]), ["group id 'full' is used 2 times"]),
        (
            reference_doc(kind="gazetteer"),
            ["a gazetteer has no groups or columns", "a gazetteer entry has no group"],
        ),
    ],
)
def test_every_malformed_json_file_lists_its_problems(
    tmp_path: Path, doc: dict[str, object], expected: list[str]
) -> None:
    problems = problems_of(write(tmp_path, "ref.json", json.dumps(doc)))
    for want in expected:
        assert any(want in p for p in problems), (want, problems)
    assert all(p.startswith(str(tmp_path / "ref.json")) for p in problems)


def test_all_problems_of_a_file_come_at_once(tmp_path: Path) -> None:
    doc = reference_doc(version="0", date="soon")
    doc["entries"] = [{"id": "AF", "group": "nope", "names": {}}, {"id": "AF", "names": {"en": "x"}}]
    problems = problems_of(write(tmp_path, "ref.json", json.dumps(doc)))
    assert len(problems) == 5, problems


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bad.json", "{not json", "not valid JSON"),
        ("list.json", "[1, 2]", "expected a JSON object"),
        ("deep.json", '{"version": "1", "entries": [[[[[[[[1]]]]]]]]}', "nested deeper than"),
        ("latin1.json", '{"title": "caf\xe9"}'.encode("latin-1"), "not UTF-8"),
        ("noid.csv", "name_en,group\nAfghanistan,full\n", "no 'id' column"),
        ("nonames.csv", "id,group\nAF,full\n", "no name_<lang> column"),
        ("dupe.csv", "id,name_en\nAF,Afghanistan\nAF,Afghan\n", "entry id 'AF' is used 2 times"),
        ("ragged.csv", "id,name_en\nAF,Afghanistan,extra\n", "more cells than header columns"),
        ("empty.csv", "id,name_en\n", "no entries"),
    ],
)
def test_every_malformed_file_class_is_a_configuration_error(
    tmp_path: Path, name: str, content: str | bytes, expected: str
) -> None:
    problems = problems_of(write(tmp_path, name, content))
    assert any(expected in p for p in problems), problems


def test_files_that_are_not_regular_or_too_large(tmp_path: Path) -> None:
    assert "no such file" in problems_of(tmp_path / "missing.json")[0]
    assert "not a regular file" in problems_of(tmp_path)[0]
    big = write(tmp_path, "big.json", json.dumps(reference_doc()))
    assert "more than the limit of 100" in problems_of(big, max_bytes=100)[0]


def test_kind_must_be_what_the_caller_needs(tmp_path: Path) -> None:
    path = write(tmp_path, "ref.json", json.dumps(reference_doc()))
    assert any("expected 'gazetteer'" in p for p in problems_of(path, expect=ReferenceKind.GAZETTEER))


def test_csv_reference_values_and_attributes(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tariffs.csv",
        "id,group,name_en,name_zh-Hant,aliases,new_rate,title\n"
        "VN,asia,Vietnam,越南,Viet Nam|越南社會主義共和國,20,\n"
        "LA,asia,Laos,寮國,,40%,landlocked\n",
    )
    ref = load_reference(path)
    assert ref.kind is ReferenceKind.REFERENCE
    assert [c.id for c in ref.columns] == ["new_rate"]
    assert [g.id for g in ref.groups] == ["asia"]
    assert ref.entries[0].aliases == ("Viet Nam", "越南社會主義共和國")
    assert ref.entries[1].values == (("new_rate", 40.0),)
    assert ref.entries[1].attributes == (("title", "landlocked"),)
    assert ref.entries[1].names == (("en", "Laos"), ("zh-Hant", "寮國"))


def test_bundled_gazetteer_examples_agree() -> None:
    as_json = load_reference(EXAMPLES / "organizations.gazetteer.json", expect=ReferenceKind.GAZETTEER)
    as_csv = load_reference(EXAMPLES / "organizations.gazetteer.csv", expect=ReferenceKind.GAZETTEER)
    assert as_json.entries == as_csv.entries
    assert as_json.gazetteer().index == as_csv.gazetteer().index
    g = as_json.gazetteer()
    assert g.code("世界衛生組織") == g.code("世界卫生组织") == g.code("World Health Organization") == "WHO"


def test_load_knowledge_overlays_user_files_and_collects_every_file_problem(tmp_path: Path) -> None:
    ref = write(tmp_path, "ref.json", json.dumps(reference_doc()))
    _ref, knowledge = load_knowledge(str(ref), [str(EXAMPLES / "organizations.gazetteer.json")])
    assert knowledge.gazetteer is not None
    assert knowledge.gazetteer.code("Burma") == "MM"
    assert knowledge.gazetteer.code("世界衛生組織") == "WHO"
    assert knowledge.gazetteer.code("寮國") == "LA"  # the built-in countries stay
    bad_ref = write(tmp_path, "bad.json", json.dumps(reference_doc(version="9")))
    bad_gaz = write(tmp_path, "bad.csv", "name_en\nx\n")
    with pytest.raises(ReferenceFileError) as err:
        load_knowledge(str(bad_ref), [str(bad_gaz)])
    assert [p.split(":")[0] for p in err.value.problems] == [str(bad_gaz), str(bad_ref)]
    assert Knowledge.nothing().gazetteer is None


def test_cli_reports_bad_reference_files_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, "ref.json", json.dumps(reference_doc(version="2", date="x")))
    code = main(
        [
            "run",
            str(EXAMPLES / "us-withdrawal-2026-01"),
            "--out",
            str(tmp_path / "o"),
            "--reference",
            str(bad),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "version must be '1'" in err and "date must be YYYY-MM-DD" in err
    assert not (tmp_path / "o").exists()


def test_cli_records_reference_and_gazetteer_files(tmp_path: Path) -> None:
    ref = write(tmp_path, "ref.json", json.dumps(reference_doc()))
    gaz = EXAMPLES / "organizations.gazetteer.csv"
    out = tmp_path / "o"
    args = ["run", str(EXAMPLES / "us-withdrawal-2026-01"), "--out", str(out), "--format", "json"]
    code = main([*args, "--reference", str(ref), "--gazetteer", str(gaz), "--gazetteer", str(gaz)])
    assert code == 0
    options = json.loads((out / "report.json").read_text(encoding="utf-8"))["options"]
    assert options["reference"] == "ref.json"
    assert options["gazetteers"] == ["organizations.gazetteer.csv", "organizations.gazetteer.csv"]


# --------------------------------------------------------------------------------------------------
# Properties: any name looks up, any file loads or is a configuration error


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_name_looks_up_and_a_code_is_only_given_when_it_is_the_only_one(name: str) -> None:
    g = builtin_gazetteer()
    codes = g.codes(name)
    assert g.code(name) == (next(iter(codes)) if len(codes) == 1 else None)


_FIELDS = [
    "version",
    "kind",
    "title",
    "date",
    "groups",
    "columns",
    "entries",
    "id",
    "group",
    "names",
    "aliases",
    "values",
    "attributes",
    "label",
    "count",
    "unit",
    "en",
    "zh-Hant",
]
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.sampled_from(["1", "reference", "gazetteer", "AF", "x"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_FIELDS), inner, max_size=5),
    max_leaves=20,
)


def _load_or_error(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"file{suffix}"
        path.write_bytes(content)
        try:
            ref = load_reference(path)
        except ReferenceFileError as exc:
            assert exc.problems and all(p.startswith(str(path)) for p in exc.problems)
        else:
            assert ref.entries and all(e.id and e.all_names for e in ref.entries)


@given(_JSON)
@settings(max_examples=200, deadline=None)
def test_any_json_document_loads_or_is_a_configuration_error(doc: object) -> None:
    _load_or_error(json.dumps(doc).encode("utf-8"), ".json")


@given(st.binary(max_size=200), st.sampled_from([".json", ".csv"]))
@settings(max_examples=200, deadline=None)
def test_any_bytes_load_or_are_a_configuration_error(content: bytes, suffix: str) -> None:
    _load_or_error(content, suffix)


def test_files_overlay_in_order_and_one_thing_keeps_one_code(tmp_path: Path) -> None:
    first = write(tmp_path, "a.csv", "id,name_en,aliases\nCOMPANY-A,Acme,Acme Corp\n")
    second = write(tmp_path, "b.csv", "id,name_en,aliases\nCOMPANY-B,Acme,Acme Holdings\nCD,Congo,\n")
    _ref, knowledge = load_knowledge(None, [str(first), str(second)])
    g = knowledge.gazetteer
    assert g is not None
    # the second file's Acme is the first file's: its entry takes that code, with all its names
    assert g.code("Acme") == g.code("Acme Holdings") == g.code("Acme Corp") == "COMPANY-A"
    # a name ambiguous underneath means what the file says
    assert g.code("Congo") == "CD"
    ref = write(tmp_path, "ref.csv", "id,name_en\n7,Acme Holdings\n8,Congo\n")
    _ref, knowledge = load_knowledge(str(ref), [str(first), str(second)])
    assert knowledge.gazetteer is not None
    assert knowledge.gazetteer.code("Acme Holdings") == "COMPANY-A"  # the reference list is laid last
    assert knowledge.gazetteer.code("Congo") == "CD"


def test_the_everyday_english_names_are_read_for_lists_of_places_only(gazetteer: Gazetteer) -> None:
    """Reading every unknown name against every country's expression is time a list of companies would
    spend for nothing: the fallback is kept where a share of the items' names are in the index."""

    def items(*names: str) -> list[Mention]:
        return [Mention("a", Kind.LIST, k, None, "", n, "", (), "", 0, 1) for k, n in enumerate(names, 1)]

    knowledge = Knowledge(gazetteer=gazetteer)
    places = knowledge.for_lists(items("Aland", "Japan", "Vietnam", "Turkey"))
    bodies = knowledge.for_lists(items("Alpha Fund", "Beta Agency", "Gamma Council", "Turkey"))
    assert places.gazetteer is not None and places.gazetteer.code("Turkey") == "TR"
    assert bodies.gazetteer is not None and bodies.gazetteer.code("Turkey") is None
    assert bodies.gazetteer.code("Japan") == "JP"
