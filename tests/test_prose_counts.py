"""Counts in prose with any counter word: which count a list, which are bound to it, which are not counts
of it at all (``pipeline.prose_counts``), and the claims they make beside an article's list
(``pipeline.claims``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.claims import KIND_TOTAL, PROSE_MARK, SUBJECT_TOTAL, bind_groups, earlier, extract_claims
from pipeline.claims.kinds import WEAK_MARK
from pipeline.lang.counts import find_counts
from pipeline.models import Article, Attribute, AttributeKind, Claim, Kind, Mention
from pipeline.prose_counts import counts_in
from pipeline.run import reconcile

ROOT = Path(__file__).resolve().parent.parent


def _counts(sentence: str) -> list[tuple[int, bool]]:
    return [(c.value, c.strong) for c in counts_in(sentence, [(0, len(sentence))])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # bound: the decision's verb, a total word, the end of an enumeration
        ("總統宣布全面禁止9個國家的公民入境。", [(9, True)]),
        ("新規則下合計15國受影響", [(15, True)]),
        ("智利、秘魯等11國將適用新稅率", [(11, True)]),
        ("フランスなど８か国に書簡を送った", [(8, True)]),
        ("The order bans travel from 9 countries.", [(9, True)]),
        ("The ministry sanctioned eleven individuals on Friday.", [(11, True)]),
        ("Officials barred citizens of a dozen nations.", [(12, True)]),
        # the list's own verb: what it lists ("這份名單列出", "附件列出"), as a list word after the count
        ("部長說這份名單列出16個國家", [(16, True)]),
        ("a list of 69 trading partners", [(69, True)]),
        ('proposed a list of seven "safe countries of origin".', [(7, True)]),  # a quoted name of the list
        # a count with nothing binding it: kept, but not bound
        ("部長說他今年訪問了16個國家", [(16, False)]),
        ("new rates for 69 trading partners", [(69, False)]),
        ("He wrote to 21 countries on Monday.", [(21, False)]),
        ("The president sets tariffs for 14 countries.", [(14, True)]),
        ("大統領、13カ国からの入国を全面禁止", [(13, True)]),  # a title before a pause counts no people
    ],
)
def test_counts_and_what_binds_them(sentence: str, expected: list[tuple[int, bool]]) -> None:
    assert _counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "當局對約60個經濟體加徵關稅。",  # an approximation
        "About 170 countries are not affected.",
        "更有10多國表態支持。",  # "more than ten"
        "這是第3個被點名的國家。",  # an ordinal
        "總統也曾退出這三個組織。",  # a demonstrative
        "遭制裁的官員增至9名。",  # a running total
        "The tally rises to 9 officials.",
        "名單包括兩名法官及兩名副檢察官。",  # a breakdown of the list into parts
        "The list names two judges and two prosecutors.",
        "判事の１人が調査を担当した。",  # one
    ],
)
def test_numbers_that_count_no_list(sentence: str) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "他曾下令禁止7個穆斯林為主國家的公民入境。",  # the counted noun carries words of its own
        "The earlier order banned seven majority-Muslim nations.",
        "財政部制裁4名法官。",  # a role
        "The treasury sanctioned four judges.",
        "政府は副検察官2人も制裁した",  # people counted by their role
    ],
)
def test_qualified_counts_are_never_bound(sentence: str) -> None:
    assert [strong for _, strong in _counts(sentence)] == [False]


def test_a_count_of_an_earlier_event_is_left_out() -> None:
    text = "今年3月，政府已制裁5名官員。本週政府制裁4名官員。"
    art = _article(text, date="2025-08-20")
    cut = text.index("。") + 1
    past = [c.value for c in counts_in(text, [(0, cut), (cut, len(text))], past=earlier(art))]
    assert past == [4]


def test_a_clause_about_this_week_is_no_earlier_event() -> None:
    """An earlier month in the sentence, but the count's own clause names the day of the news."""
    text = "Exports face a rate above the one announced in April, after a letter to 14 nations on Monday."
    art = _article(text, date="2025-07-08")
    assert [c.value for c in counts_in(text, [(0, len(text))], past=earlier(art))] == [14]
    text = text.replace(" on Monday", "")
    assert [c.value for c in counts_in(text, [(0, len(text))], past=earlier(art))] == []


@pytest.mark.parametrize(
    "text",
    [
        "財政部7日宣布，依據總統7月14日簽署的行政命令，對11名官員實施制裁。",
        "Under an order signed on July 14, the Treasury sanctioned 11 officials.",
    ],
)
def test_the_date_of_the_order_a_decision_rests_on_is_not_the_decision_s(text: str) -> None:
    """``依據7月14日簽署的行政命令，對11名官員實施制裁``: the earlier date says when the order was signed; the
    count is of the news of the day. Without the words that tie the date to the order, the count is an
    earlier event's."""
    art = _article(text, date="2020-08-08")
    assert [c.value for c in counts_in(text, [(0, len(text))], past=earlier(art))] == [11]
    plain = text.replace("簽署的行政命令", "的行政命令").replace("signed on July 14", "of July 14")
    assert [c.value for c in counts_in(plain, [(0, len(plain))], past=earlier(art))] == []


def _article(text: str, *, date: str = "2025-06-05") -> Article:
    return Article(id="a", outlet="a", url=None, date=date, title="", text=text, path="a", encoding="utf-8")


def _listed(text: str, names: list[str]) -> list[Mention]:
    out = []
    for i, name in enumerate(names, start=1):
        start = text.index(name)
        out.append(Mention("a", Kind.LIST, i, None, name, "", "", (), "", start, start + len(name)))
    return out


def _claims(text: str, mentions: list[Mention]) -> list[tuple[str, str, float, float | None]]:
    """The article's count claims (a count its words leave unbound, ``WEAK_MARK``, is none until the run
    finds other outlets stating it: ``test_an_unbound_count_of_another_length_…``)."""
    return [
        (c.kind, c.subject, c.stated, c.computed)
        for c in extract_claims(_article(text), mentions, [])
        if c.unit == "count" and not c.subject.startswith(WEAK_MARK)
    ]


NAMES = ["甲國", "乙國", "丙國", "丁國", "戊國"]


def test_a_bound_count_over_a_list_of_another_length_is_left_to_the_run() -> None:
    """Over a list of five items, a bound count of six is a total whose words the run binds (it may be
    the count of a group the other outlets print); a count of five is the list's total."""
    text = "政府宣布禁止6國公民入境。\n名單：\n甲國\n乙國\n丙國\n丁國\n戊國\n合計5國。"
    claims = _claims(text, _listed(text, NAMES))
    assert (KIND_TOTAL, SUBJECT_TOTAL, 5.0, 5.0) in claims
    bound = (KIND_TOTAL, PROSE_MARK + "政府宣布禁止6國公民入境", 6.0, 5.0)
    assert [c for c in claims if c[2] == 6.0] == [bound]


def test_an_unbound_count_of_another_length_counts_the_list_only_as_the_others_say() -> None:
    """``部長說6國受到關注`` (no total word, no decision verb) over five items could count something else:
    it is left to the run (``WEAK_MARK``), which drops it unless two other outlets state a total of 6."""
    text = "部長說6國受到關注。\n名單：\n甲國\n乙國\n丙國\n丁國\n戊國"
    found = [c for c in extract_claims(_article(text), _listed(text, NAMES), []) if c.unit == "count"]
    weak = (KIND_TOTAL, WEAK_MARK + "部長說6國受到關注", 6.0)
    assert [(c.kind, c.subject, c.stated) for c in found] == [weak]
    assert bind_groups(found, []) == ()

    def total(article: str, n: int) -> Claim:
        return Claim(article, KIND_TOTAL, SUBJECT_TOTAL, float(n), "count", float(n), "", 0, 0)

    bound = bind_groups([*found, total("b", 6), total("c", 6)], [])
    assert [(c.article, c.subject, c.stated, c.computed) for c in bound if c.article == "a"] == [
        ("a", SUBJECT_TOTAL, 6.0, 5.0)
    ]
    assert [c.article for c in bind_groups([*found, total("b", 6), total("c", 7)], [])] == ["b", "c"]


def test_a_selection_counts_the_whole_list() -> None:
    """A count that introduces examples (``12國…，例如`` five of them) is the official list's total, not
    the length of what is printed (the checks never call a selection short: ``test_prose_lists``)."""
    text = "政府宣布禁止12國公民入境，例如甲國、乙國、丙國、丁國和戊國。"
    assert _claims(text, _listed(text, NAMES)) == [(KIND_TOTAL, SUBJECT_TOTAL, 12.0, 5.0)]


def _grouped(text: str, groups: list[str]) -> list[Mention]:
    names = _listed(text, NAMES)
    for m, group in zip(names, groups, strict=True):
        object.__setattr__(m, "group", group)
    return names


def test_a_count_that_introduces_a_group_counts_that_group() -> None:
    """In an article whose list has groups, a count right before a group's items in its sentence is that
    group's count, whatever its words (``seven other nations, among them A and B``); a count of a part of
    the group (``其中2國``) is not."""
    text = "政府禁止甲國、乙國、丙國入境；另有4國受部分限制，包括丁國和戊國。"
    claims = _claims(text, _grouped(text, ["甲類", "甲類", "甲類", "乙類", "乙類"]))
    assert ("group", "乙類", 4.0, 2.0) in claims
    text = "政府禁止甲國、乙國、丙國入境；另有部分限制，其中2國為丁國和戊國。"
    claims = _claims(text, _grouped(text, ["甲類", "甲類", "甲類", "乙類", "乙類"]))
    assert [c for c in claims if c[2] == 2.0] == []


def test_each_group_counted_in_turn_binds_the_odd_count() -> None:
    """A headline that counts both groups in turn, one by its words (``7國部分限制``) and one by nothing
    but its place, binds the other count to the other group: the article against itself."""
    text = "13國全面禁止入境 7國部分限制\n第一類：\n甲國\n乙國\n部分限制：\n丙國\n丁國\n戊國"
    claims = _claims(text, _grouped(text, ["第一類", "第一類", "部分限制", "部分限制", "部分限制"]))
    assert ("group", "部分限制", 7.0, 3.0) in claims
    assert ("group", "第一類", 13.0, 2.0) in claims


# --------------------------------------------------------------------------- the example stories

STORIES = ("us-travel-ban-2025-06", "us-tariff-letters-2025-07", "us-icc-sanctions-2025")


@pytest.fixture(scope="module")
def story_runs() -> dict[str, object]:
    return {story: reconcile([str(ROOT / "examples" / story)]) for story in STORIES}


def _expected(story: str) -> dict[str, dict]:
    folder = ROOT / "tests" / "expected" / "stories" / story
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("0*.json"))}


def test_the_stories_stated_counts_are_read(story_runs: dict) -> None:
    """Of the counts the story files list for each article (written by reading it: headings, lead-ins,
    headlines and prose), most become claims of the same value over the same words."""
    found = total = 0
    for story in STORIES:
        rec = story_runs[story]
        texts = {a.id: a.text for a in rec.articles}
        for art, doc in _expected(story).items():
            claims = [c for c in rec.claims if c.article == art and c.unit == "count"]
            for stated in doc["stated"]:
                total += 1
                at = texts[art].find(stated["quote"])
                end = at + len(stated["quote"])
                found += any(c.start < end and at < c.end and c.stated == stated["count"] for c in claims)
    assert total == 72
    assert found == total, found


def test_numbers_that_are_not_counts_of_the_list_make_no_claim(story_runs: dict) -> None:
    """``not_counts`` (``125個締約國``, ``about 60 economies``, ``seven majority-Muslim nations``, a
    breakdown ``兩名法官及兩名副檢察官``) never become a claim of their own value."""
    for story in STORIES:
        rec = story_runs[story]
        texts = {a.id: a.text for a in rec.articles}
        for art, doc in _expected(story).items():
            for quote in doc.get("not_counts") or []:
                numbers = re.findall(r"[0-9０-９]+", quote)
                at = texts[art].find(quote)
                end = at + len(quote)
                for c in rec.claims:
                    if c.article == art and c.unit == "count" and c.start < end and at < c.end:
                        assert not numbers or str(int(c.stated)) not in numbers, (art, quote, c)


def _story_copy(story: str, tmp_path: Path) -> Path:
    for p in (ROOT / "examples" / story).iterdir():
        if p.name != "reference.json":
            (tmp_path / p.name).write_bytes(p.read_bytes())
    return tmp_path


def test_a_headline_count_that_disagrees_is_one_finding(tmp_path: Path) -> None:
    """A Japanese headline says 13 countries got letters; its own list, and every other outlet, have 14:
    one error against that outlet, quoting its headline, and no second finding about its list."""
    folder = _story_copy("us-tariff-letters-2025-07", tmp_path)
    target = folder / "05_toho-tv.txt"
    lines = target.read_text(encoding="utf-8").split("\n")
    assert "１４か国" in lines[0]
    lines[0] = lines[0].replace("１４か国", "１３か国")
    text = "\n".join(lines).replace("日本を含む１４か国に対し", "日本などに対し")
    target.write_text(text, encoding="utf-8")
    rec = reconcile([str(folder)])
    mine = [d for d in rec.discrepancies if "05_toho-tv" in d.sources and d.severity.value == "error"]
    assert [d.kind for d in mine] == ["count_conflict"], [(d.kind, d.message) for d in mine]
    assert "１３か国" in mine[0].evidence[0].quote or any("１３か国" in e.quote for e in mine[0].evidence)
    assert "05_toho-tv's own list has 14" in mine[0].message


def test_a_group_count_in_prose_over_an_ungrouped_list_accuses_nobody(tmp_path: Path) -> None:
    """An outlet prints all 19 countries as one list (its two group headings taken out) and says in prose
    that 12 are fully banned: that is a count of one of the groups the other outlets print, not of its
    list, and it raises no count finding against it. Its one error is the country its list skips
    (Equatorial Guinea, left out from between the two the others print around it, as planted)."""
    folder = _story_copy("us-travel-ban-2025-06", tmp_path)
    target = folder / "07_formosa-tv.txt"
    text = target.read_text(encoding="utf-8")
    for heading in ("一、全面禁止入境（12國）\n", "二、部分限制入境（7國）\n"):
        assert heading in text
        text = text.replace(heading, "")
    target.write_text(text, encoding="utf-8")
    rec = reconcile([str(folder)])
    mine = [
        (d.kind, d.subject)
        for d in rec.discrepancies
        if "07_formosa-tv" in d.sources and d.severity.value == "error"
    ]
    assert mine == [("missing_entity", "赤道幾內亞 (Equatorial Guinea)")]


def test_each_count_of_a_japanese_sentence_is_read_with_its_own_words() -> None:
    """``１２カ国からの入国を全面的に禁止し、７カ国からの入国を一部制限する``: ``、`` ends a Japanese
    clause, so the 12 is the full ban's and the 7 the partial one's (the sentence names both groups)."""
    text = "大統領は、３カ国からの入国を全面的に禁止し、２カ国からの入国を一部制限する布告に署名した。\n"
    text += "全面禁止：\n甲國\n乙國\n丙國\n一部制限：\n丁國\n戊國"
    claims = _claims(text, _grouped(text, ["全面禁止", "全面禁止", "全面禁止", "一部制限", "一部制限"]))
    assert ("group", "全面禁止", 3.0, 3.0) in claims
    assert ("group", "一部制限", 2.0, 2.0) in claims
    assert not [c for c in claims if c[0] == "group" and c[2] != c[3]]


def test_a_count_dated_as_one_of_the_groups_counts_that_group() -> None:
    """A list printed in two dated groups: a count of the earlier event (``今年3月制裁2名官員``) is the
    count of the group labelled with that month, and a count of this week's event dated by its weekday
    counts the group labelled with it; a sentence naming both months binds to neither."""
    text = (
        "今年3月，政府制裁2名官員。政府周三再制裁3名官員。今年3月、8月制裁的官員共5名。\n"
        "3月10日：\n甲國\n乙國\n周三（8月20日）：\n丙國\n丁國\n戊國"
    )
    mentions = _grouped(text, ["3月10日", "3月10日", "周三（8月20日）", "周三（8月20日）", "周三（8月20日）"])
    claims = [c for c in extract_claims(_article(text, date="2025-08-21"), mentions, []) if c.unit == "count"]
    got = [(c.kind, c.subject, c.stated) for c in claims]
    assert ("group", "3月10日", 2.0) in got
    assert ("group", "周三（8月20日）", 3.0) in got
    assert ("total", "total", 5.0) in got


def test_a_count_of_the_rest_is_no_total_of_the_list() -> None:
    """``残る2カ国は省略``, ``the other 2 countries``: under a list of two that omits the rest, a count of
    the rest is no claim that the list has that many."""
    text = "各国の税率は次の通り。\n甲國：25%\n乙國：40%\n（注）残る2カ国は省略。"
    assert _claims(text, _listed(text, NAMES[:2])) == []
    text = "The rates:\n甲國：25%\n乙國：40%\nThe other 2 countries were left out."
    assert _claims(text, _listed(text, NAMES[:2])) == []


def test_a_count_naming_no_time_counts_the_group_dated_as_the_news() -> None:
    """Two dated groups, the later one the article's own event (its date is the day before the article's,
    or its weekday the article's): a headline count naming no time (``再制裁3官員``) and ``這次的3人``
    count that group; with both groups weeks old, neither is the news and the count binds to none."""
    text = (
        "政府再制裁3官員\n今年3月，政府制裁2名官員。加上這次的3人，共有5人遭制裁。\n"
        "3月10日：\n甲國\n乙國\n8月20日：\n丙國\n丁國\n戊國"
    )
    mentions = _grouped(text, ["3月10日", "3月10日", "8月20日", "8月20日", "8月20日"])
    claims = [c for c in extract_claims(_article(text, date="2025-08-21"), mentions, []) if c.unit == "count"]
    bound = [(c.subject, c.stated, c.quote) for c in claims if c.kind == "group"]
    assert ("8月20日", 3.0, "政府再制裁3官員") in bound
    assert ("8月20日", 3.0, "加上這次的3人，共有5人遭制裁。") in bound
    late = [c for c in extract_claims(_article(text, date="2025-10-30"), mentions, []) if c.unit == "count"]
    assert not [c for c in late if c.stated == 3.0]


def test_a_weekday_group_is_the_news_of_an_article_of_that_day() -> None:
    text = (
        "The US sanctions three more Hague Tribunal officials\nThe officials were named by the ministry.\n"
        "Who was sanctioned on Wednesday\nAland Roe\nBorduria Poe\nCarpathia Doe\n"
        "In March, the ministry sanctioned\nDana Moe\nEstel Loe"
    )
    names = ["Aland Roe", "Borduria Poe", "Carpathia Doe", "Dana Moe", "Estel Loe"]
    mentions = _listed(text, names)
    groups = ["Who was sanctioned on Wednesday"] * 3 + ["In March, the ministry sanctioned"] * 2
    for m, group in zip(mentions, groups, strict=True):
        object.__setattr__(m, "group", group)
    claims = extract_claims(_article(text, date="2025-08-20"), mentions, [])  # a Wednesday
    assert [(c.subject, c.stated) for c in claims if c.kind == "group" and c.stated == 3.0] == [
        ("Who was sanctioned on Wednesday", 3.0)
    ]


def _titled(text: str, titles: list[str]) -> list[Mention]:
    out = _listed(text, NAMES[: len(titles)])
    for m, title in zip(out, titles, strict=True):
        object.__setattr__(m, "attributes", (Attribute(AttributeKind.TITLE, title, "", 0, 0),))
    return out


def test_a_count_of_a_role_every_item_holds_counts_the_list() -> None:
    """``制裁4名法官`` over a list of five judges is the article's count of its list (a disagreement the
    run judges); over a list where one is a prosecutor, it may count a part, and makes no claim."""
    text = "政府宣布制裁4名法官。\n名單：\n甲國\n乙國\n丙國\n丁國\n戊國"
    claims = _claims(text, _titled(text, ["法官"] * 5))
    assert claims == [(KIND_TOTAL, PROSE_MARK + "政府宣布制裁4名法官", 4.0, 5.0)]
    assert _claims(text, _titled(text, ["法官"] * 4 + ["副檢察官"])) == []
    text = text.replace("宣布制裁", "表示")  # no decision in its clause: a role counted in passing
    assert _claims(text, _titled(text, ["法官"] * 5)) == []


def test_a_selection_counts_the_role_of_the_official_list() -> None:
    """Over examples of the list (``Among those designated are A and B``), the decision's count of a role
    is the official list's, and ``the four individuals`` said again later is the same count."""
    text = (
        "The ministry imposed sanctions on four judges of the Hague Tribunal. A spokesman said the four "
        "individuals had acted unlawfully. Among those designated are 甲國 and 乙國."
    )
    claims = _claims(text, _listed(text, NAMES[:2]))
    assert claims == [(KIND_TOTAL, SUBJECT_TOTAL, 4.0, 2.0), (KIND_TOTAL, SUBJECT_TOTAL, 4.0, 2.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. sanctions four more Hague Tribunal officials", [(4, "officials")]),
        ("美再制裁國際法庭4官員", [(4, "官員")]),  # a headline counts people with no counter word
        (
            "Trump bars travelers from a dozen countries, restricts seven more",
            [(12, "countries"), (7, "countries")],
        ),
        ("It took seven more weeks.", []),
        (
            "It bars citizens of 12 countries and restricts those from seven others",
            [(12, "countries"), (7, "countries")],
        ),
        ("Seven others were hurt.", []),
    ],
)
def test_counts_with_a_name_between_or_no_counter_word(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.counter) for c in find_counts(text)] == expected


def test_the_rest_after_a_count_counts_the_other_group() -> None:
    """``bars 3 countries, restricts two more``: the first count is the one group of its size, the rest
    the other group; where the first names no group of the article (``a dozen`` over a selection), the
    rest is left to the run, its subject ``~`` and the first count's words."""
    text = "Aland bars travelers from 3 countries, restricts two more. The ban covers 甲國, 乙國 and 丙國."
    text += " Partial limits apply to 丁國 and 戊國."
    claims = _claims(text, _grouped(text, ["ban", "ban", "ban", "partial", "partial"]))
    assert ("group", "ban", 3.0, 3.0) in claims
    assert ("group", "partial", 2.0, 2.0) in claims
    text = text.replace("3 countries", "a dozen countries").replace("two more", "seven more")
    claims = _claims(text, _grouped(text, ["ban", "ban", "ban", "partial", "partial"]))
    assert ("group", "~Aland bars travelers from a dozen countries", 7.0, None) in claims


def test_a_total_word_beside_the_groups_counts_is_the_whole_list() -> None:
    """``全面禁止3國…另外2國…，合計6國``: each group's count binds to its group, and the count after
    the total word is the list's total, which its five items contradict."""
    text = "政府全面禁止3個國家入境，並對另外2國實施部分限制，合計6國受影響。\n"
    text += "全面禁止：\n甲國\n乙國\n丙國\n部分限制：\n丁國\n戊國"
    claims = _claims(text, _grouped(text, ["全面禁止", "全面禁止", "全面禁止", "部分限制", "部分限制"]))
    assert (KIND_TOTAL, SUBJECT_TOTAL, 6.0, 5.0) in claims
    assert ("group", "全面禁止", 3.0, 3.0) in claims


def test_a_role_every_item_of_a_dated_group_holds_counts_that_group() -> None:
    """``6月又制裁3名法官`` over a June group of three judges (and an August group with a prosecutor):
    the count is that group's, and a wrong one is a claim the group contradicts."""
    text = "今年6月又制裁3名法官。\n6月5日：\n甲國\n乙國\n丙國\n8月20日：\n丁國\n戊國"
    mentions = _grouped(text, ["6月5日", "6月5日", "6月5日", "8月20日", "8月20日"])
    for m, title in zip(mentions, ["法官", "法官", "法官", "法官", "副檢察官"], strict=True):
        object.__setattr__(m, "attributes", (Attribute(AttributeKind.TITLE, title, "", 0, 0),))
    got = [(c.subject, c.stated) for c in extract_claims(_article(text, date="2025-08-21"), mentions, [])]
    assert ("6月5日", 3.0) in got
    wrong = text.replace("3名法官", "4名法官")
    got = [(c.subject, c.stated) for c in extract_claims(_article(wrong, date="2025-08-21"), mentions, [])]
    assert ("6月5日", 4.0) in got


@pytest.mark.parametrize(
    "text",
    [
        "政府宣布制裁6名官員。",  # officials of any title
        "政府は判事ら6人を制裁した。",  # "judges and others"
        "The ministry sanctioned six officials.",
    ],
)
def test_people_of_any_title_count_a_list_of_titled_people(text: str) -> None:
    """A count of people of any title in the decision's clause counts a list of people who each have a
    title (five here: the six is a claim the list contradicts); over a list with no titles, no claim."""
    text += "\n名單：\n甲國\n乙國\n丙國\n丁國\n戊國"
    assert [c[2] for c in _claims(text, _titled(text, ["法官", "法官", "法官", "副檢察官", "副檢察官"]))] == [
        6.0
    ]
    assert _claims(text, _listed(text, NAMES)) == []


def test_a_count_before_a_list_word_is_the_lists() -> None:
    """``6人名單一次看`` (the list of six at a glance): a list word right after the count binds it."""
    assert _counts("美國制裁官員 6人名單一次看") == [(6, True)]


def test_a_count_beside_a_part_of_the_list_is_no_total() -> None:
    """``甲國、乙國等40個經濟體的稅率為15%，丙國、丁國等3個經濟體為10%``: each count closes a part of a
    list that goes on in the next sentence, so neither is the list's total; the whole list in one
    sentence (``甲國、乙國、丙國、丁國和戊國等5國``) is counted by its closing count."""
    text = "甲國、乙國等40個經濟體的稅率為15%，丙國、丁國等3個經濟體為10%。戊國的稅率則為41%。"
    assert [c for c in _claims(text, _listed(text, NAMES)) if c[0] == KIND_TOTAL] == []
    text = "新稅率適用甲國、乙國、丙國、丁國和戊國等6國。"
    assert _claims(text, _listed(text, NAMES)) == [(KIND_TOTAL, SUBJECT_TOTAL, 6.0, 5.0)]


def test_japanese_counts_of_countries_and_regions() -> None:
    assert [(c.value, c.counter) for c in find_counts("６９の国と地域に新税率")] == [(69, "の国と地域")]


def test_a_count_that_agrees_goes_to_the_group_of_its_size_its_words_share() -> None:
    """``Two nominees are still awaiting a vote by the Senate`` over ``Confirmed by the Senate`` (3) and
    ``Awaiting confirmation`` (2): its words share more with the first, but it counts the second."""
    text = (
        "Two nominees are still awaiting a vote by the Senate.\nConfirmed by the Senate\n甲國\n乙國\n丙國\n"
        "Awaiting confirmation\n丁國\n戊國"
    )
    groups = ["Confirmed by the Senate"] * 3 + ["Awaiting confirmation"] * 2
    claims = _claims(text, _grouped(text, groups))
    assert ("group", "Awaiting confirmation", 2.0, 2.0) in claims
    assert not [c for c in claims if c[1] == "Confirmed by the Senate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven of those sanctioned hold posts in Aland's government:", [(7, "sanctioned")]),
        ("The other four of those designated are judges.", [(4, "designated")]),
        ("Those sanctioned include seven judges.", [(7, "judges")]),
    ],
)
def test_a_part_of_those_a_decision_named(text: str, expected: list[tuple[int, str]]) -> None:
    """``Seven of those sanctioned``: a count of people by what the decision did to them."""
    assert [(c.value, c.counter) for c in find_counts(text)] == expected


def _group_claims(tmp_path: Path, sentence: str) -> list[tuple[str, float]]:
    text = (
        "2025年6月5日\n甲國制裁乙國5名官員\n\n"
        f"甲國週四宣布制裁乙國5名官員。{sentence}\n\n"
        "政府官員：\n1. 張三\n2. 李四\n3. 王五\n\n"
        "軍方將領：\n1. 趙六\n2. 錢七\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    from sources.registry import parse_path

    res = parse_path(path)
    assert res.article is not None
    assert [m.group for m in res.mentions] == ["政府官員"] * 3 + ["軍方將領"] * 2
    claims = extract_claims(res.article, res.mentions, res.headings)
    return [(c.subject, c.stated) for c in claims if c.kind == "group" and c.start >= text.index("名單")]


def test_counts_joined_in_turn_count_the_groups_in_their_order(tmp_path: Path) -> None:
    """``名單包括3名政府官員及2名軍方將領``: a count for each group, in the order the list prints them, each
    its group's size: each counts its group. Where one disagrees, neither is taken (its words could
    count something else)."""
    assert _group_claims(tmp_path, "名單包括3名政府官員及2名軍方將領。") == [
        ("政府官員", 3.0),
        ("軍方將領", 2.0),
    ]
    assert _group_claims(tmp_path, "名單包括2名政府官員及2名軍方將領。") == []


def test_english_counts_of_people_by_their_role() -> None:
    """Sanctions and appointments count people by what they are: lawmakers, senators, citizens."""
    from pipeline.lang.counts import find_counts

    assert [c.value for c in find_counts("Aland sanctioned six Bordurian lawmakers")] == [6]
    assert [c.value for c in find_counts("a travel ban on nationals of 12 countries")] == [12]
    assert [c.value for c in find_counts("Aland barred 11 senators from entering")] == [11]


WHOLE_IN_PROSE = {
    "en": "Allies raise spending\n\nJanuary 8, 2031, Wire {o}\n\nAll {n} allies said on Wednesday they would "
    "raise defence spending.\n\nThe pledges, as a share of output:\n\nAland: 3.5%\nBorduria: 2.9%\n"
    "Carpathia: 2.4%\nDorado: 2.1%\n",
    "zh": "盟國增加軍費\n\n2031年1月8日 {o}報\n\n全部{n}個盟國周三表示將增加國防開支。\n\n"
    "各國承諾的國防開支佔GDP比例如下：\n\n甲國：3.5%\n乙國：2.9%\n丙國：2.4%\n丁國：2.1%\n",
    "ja": "同盟国が国防費増額\n\n2031年1月8日 {o}新聞\n\n全{n}カ国は8日、国防費を増やすと表明した。\n\n"
    "各国のGDP比は次の通り：\n\n甲国：3.5%\n乙国：2.9%\n丙国：2.4%\n丁国：2.1%\n",
}


@pytest.mark.parametrize("lang", ["en", "zh", "ja"])
def test_a_whole_counted_in_prose_away_from_the_list_is_checked(tmp_path: Path, lang: str) -> None:
    """Every outlet lists the same four allies; one says in its first paragraph that all 5 do: it alone
    states a count its own list and the others belie."""
    for o in ("01", "02", "03"):
        text = WHOLE_IN_PROSE[lang].format(o=o, n=5 if o == "01" else 4)
        (tmp_path / f"{o}.txt").write_text(text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert [d.sources for d in result.discrepancies if d.kind == "count_conflict"] == [("01",)]


# the first paragraph's count, the same in every outlet, is of something else than the four allies
# listed: a count of people over a list of countries, of a qualified noun, a hedged one, or a far larger
# whole
OTHER_WHOLES = [
    ("en", "All {n} allies said", "All {n} officials said"),
    ("en", "All {n} allies said", "All {n} NATO members said"),
    ("en", "All {n} allies said", "Nearly all {n}0 countries at the summit said"),
    ("en", "All {n} allies said", "All 180 countries at the summit said"),
    ("zh", "全部{n}個盟國", "全部{n}個歐盟成員國"),
    ("zh", "全部{n}個盟國", "全部{n}名官員"),
    ("zh", "全部{n}個盟國", "約{n}0個經濟體"),
    ("ja", "全{n}カ国は", "閣僚全{n}人は"),
    ("ja", "全{n}カ国は", "約{n}0カ国は"),
]


@pytest.mark.parametrize(("lang", "said", "other"), OTHER_WHOLES)
def test_a_count_of_something_else_in_prose_accuses_no_one(
    tmp_path: Path, lang: str, said: str, other: str
) -> None:
    for o in ("01", "02", "03"):
        text = WHOLE_IN_PROSE[lang].replace(said, other).format(o=o, n=5)
        (tmp_path / f"{o}.txt").write_text(text, encoding="utf-8")
    assert other.format(n=5) in (tmp_path / "01.txt").read_text(encoding="utf-8")
    assert reconcile([str(tmp_path)]).discrepancies == ()


@pytest.mark.parametrize("lang", ["en", "zh", "ja"])
def test_all_of_a_far_larger_whole_is_no_count_of_the_list(tmp_path: Path, lang: str) -> None:
    """``All 32 allies`` over the four the outlets list: the whole the list is drawn from (twice the list
    or more), no claim that the list is short, in any outlet."""
    for o in ("01", "02", "03"):
        (tmp_path / f"{o}.txt").write_text(WHOLE_IN_PROSE[lang].format(o=o, n=32), encoding="utf-8")
    assert reconcile([str(tmp_path)]).discrepancies == ()
