"""Lists named in running prose, the way wire copy prints a selection of an official list.

The fixtures (``tests/fixtures/layouts/en_wire_*.txt``) are made-up articles about real events; the
expected items, groups and values below are written from reading them. Such an article names examples,
not the list, and says so (``including``, ``among them``) or shows it (its names are spread over sentences
that neither label nor count them): it is marked a selection, so that nobody accuses it of the items it
does not name.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Article, Claim, Kind, Mention, Reconciliation, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"


def _read(name: str) -> tuple[bool, list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]]:
    result = parse_path(LAYOUTS / name)
    assert result.article is not None
    items = [
        (m.label, m.group, tuple(v.raw for v in m.values), tuple(a.text for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]
    return result.article.selection, items


def test_two_runs_of_one_sentence_are_two_groups_of_examples() -> None:
    """``…including Iran, North Korea and Syria, while travelers from three other nations, among them
    Chad and Libya, can no longer obtain business or tourist visas``: five names in two groups, each
    group named by the words around it; Venezuela and Sudan, named alone in sentences of their own, and
    the civil rights group after ``including`` in another sentence, are no items."""
    selection, items = _read("en_wire_selection_groups.txt")
    assert selection
    assert [(name, values) for name, _, values, _ in items] == [
        ("Iran", ()),
        ("North Korea", ()),
        ("Syria", ()),
        ("Chad", ()),
        ("Libya", ()),
    ]
    groups = [group for _, group, _, _ in items]
    assert len(set(groups[:3])) == 1 and len(set(groups[3:])) == 1 and groups[0] != groups[3]
    assert "visitor visas" in groups[0]
    assert "business or" in groups[3]


def test_rates_told_in_sentences_are_one_list_with_their_values() -> None:
    """``Cambodia and Laos, at 49 % and 48 % respectively``, ``Myanmar and Sri Lanka, at 44 %``,
    ``Taiwan and Indonesia were both set at 32 %``, ``Japan and South Korea face 24 % and 25 %``: one
    value for each name, shared or in turn, and no groups (the values tell the sentences apart). The
    10 % baseline, Tokyo's 3 % and ``India and the United States said talks would go on`` are no items."""
    selection, items = _read("en_wire_rates_prose.txt")
    assert selection
    assert items == [
        ("Cambodia", "", ("49 %",), ()),
        ("Laos", "", ("48 %",), ()),
        ("Myanmar", "", ("44 %",), ()),
        ("Sri Lanka", "", ("44 %",), ()),
        ("Taiwan", "", ("32 %",), ()),
        ("Indonesia", "", ("32 %",), ()),
        ("Japan", "", ("24 %",), ()),
        ("South Korea", "", ("25 %",), ()),
    ]


def test_two_people_among_those_designated() -> None:
    """``Among those designated are Solomy Balungi Bossa of Uganda and Luz del Carmen Ibáñez Carranza of
    Peru``: two names (a lowercase ``del`` inside the second), each with its country."""
    path = LAYOUTS.parent.parent.parent / "examples" / "us-icc-sanctions-2025" / "06_continental-wire.txt"
    result = parse_path(path)
    assert result.article is not None and result.article.selection
    assert [
        (m.label, tuple(a.text for a in m.attributes)) for m in result.mentions if m.kind is Kind.LIST
    ] == [
        ("Solomy Balungi Bossa", ("Uganda",)),
        ("Luz del Carmen Ibáñez Carranza", ("Peru",)),
    ]


def test_names_in_passing_are_no_list(tmp_path: Path) -> None:
    """Two names after ``including`` with no count, two names that are the subject of a sentence, a
    headline's count: a prose article that prints no list reads none."""
    article = tmp_path / "wire.txt"
    article.write_text(
        "June 2, 2025, 9:00 AM EDT\n"
        "EU and US resume talks on steel\n"
        "By Ann Lee, Lakeside Wire\n\n"
        "BRUSSELS (Lakeside Wire) - Officials from 27 member states met on Monday.\n\n"
        "Critics including Human Rights Watch and Amnesty International condemned the plan.\n\n"
        "India and the United States are also in talks, officials said.\n",
        encoding="utf-8",
    )
    result = parse_path(article)
    assert [m.label for m in result.mentions if m.kind is Kind.LIST] == []


def test_a_name_alone_in_its_clause_with_the_value_it_is_given(tmp_path: Path) -> None:
    """After names with their rates in a sentence, ``while C was told it would pay 30 %`` adds C at 30 %;
    a name before another verb (``and Aland's leader said 36 % was fair``) is no item."""
    article = tmp_path / "wire.txt"
    article.write_text(
        "July 7, 2025, 6:14 PM EDT\nBorduria sets tariffs\nBy Ann Lee, Lakeside Wire\n\n"
        "Borduria's highest rates fell on Aland and Carpathia, at 40 %, while Syldavia was told it would "
        "pay 30 %.\n\nRuritania and Freedonia face 25 %, and Aland's leader said 36 % was fair.\n",
        encoding="utf-8",
    )
    result = parse_path(article)
    got = [(m.label, tuple(v.raw for v in m.values)) for m in result.mentions if m.kind is Kind.LIST]
    assert got == [
        ("Aland", ("40 %",)),
        ("Carpathia", ("40 %",)),
        ("Syldavia", ("30 %",)),
        ("Ruritania", ("25 %",)),
        ("Freedonia", ("25 %",)),
    ]


def _findings_about(rec: Reconciliation, article: str) -> list[tuple[str, Severity]]:
    return sorted((d.kind, d.severity) for d in rec.discrepancies if article in d.sources)


NAMES = ["Alma Reyes", "Boris Tal", "Chen Wei", "Dana Ortiz", "Emil Novak"]


def _story(folder: Path, wire_count: str) -> Reconciliation:
    """Three outlets print the whole list of five under ``The Treasury named five officials:``; a wire
    says the United States sanctioned ``wire_count`` people and names two ``among those designated``."""
    lines = "\n".join(f"{i}. {n}" for i, n in enumerate(NAMES, start=1))
    for k in range(3):
        (folder / f"0{k}_list.txt").write_text(
            f"2025-06-05\nOutlet {k} News\nSanctions on five officials\n\n"
            f"The Treasury named five officials:\n\n{lines}\n",
            encoding="utf-8",
        )
    (folder / "09_wire.txt").write_text(
        f"June 5, 2025, 4:31 PM EDT\nUS sanctions {wire_count} people\nBy Hal Moss, Ridge Wire\n\n"
        "WASHINGTON (Ridge Wire) - The United States on Thursday imposed sanctions on "
        f"{wire_count} people.\n\n"
        "Among those designated are Alma Reyes and Chen Wei, who the Treasury said led the program.\n",
        encoding="utf-8",
    )
    return reconcile([str(folder)])


def test_a_selection_is_not_accused_of_what_it_does_not_name(tmp_path: Path) -> None:
    """The wire names two of the five under a headline count of five: no finding says it is short or
    missing anything."""
    rec = _story(tmp_path, "five")
    wire: Article = next(a for a in rec.articles if a.id == "09_wire")
    assert wire.selection
    listed: list[Mention] = [m for m in rec.mentions if m.article == "09_wire" and m.kind is Kind.LIST]
    assert [m.label for m in listed] == ["Alma Reyes", "Chen Wei"]
    totals: list[Claim] = [c for c in rec.claims if c.article == "09_wire"]
    assert any(c.stated == 5 for c in totals)  # the count is read, and holds for the official list
    assert [k for k, s in _findings_about(rec, "09_wire") if s is not Severity.INFO] == []


def test_a_selection_that_miscounts_the_list_is_reported(tmp_path: Path) -> None:
    """The same wire, saying ``six people`` where the three lists (and their lead-ins) have five: its
    count is the official list's, so it disagrees with them; its examples are still not judged."""
    rec = _story(tmp_path, "six")
    found = [d for d in rec.discrepancies if "09_wire" in d.sources and d.severity is not Severity.INFO]
    assert [d.kind for d in found] == ["count_conflict"]
    assert "6" in found[0].message and "5" in found[0].message


def test_the_scorecard_says_an_article_names_examples(tmp_path: Path) -> None:
    """report.md's scorecard gives the wire's two items as examples, not as a list short of five."""
    from reports.markdown import markdown_report

    rec = _story(tmp_path, "five")
    row = next(line for line in markdown_report(rec).splitlines() if "Ridge Wire" in line and "|" in line)
    assert "| 2 (examples) |" in row


# ---------------------------------------------------------------- shapes told in a sentence or two
# Short made-up articles (a headline, a dateline, the sentence); what each reads is written from the
# sentence: every name with its value, or nothing where the sentence is no list or would be read in part.

HEADS = {
    "en": "Aland Gazette\nAugust 1, 2025\n\n",
    "zh-Hant": "甲國日報\n2025年8月1日\n\n",
    "zh-Hans": "甲国日报\n2025年8月1日\n\n",
    "ja": "甲国新聞\n2025年8月1日\n\n",
}


def _told(lang: str, body: str) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[int | None, str]]]:
    """The list items (name, values as printed) and the stated counts (with their label) of a short
    article whose body is ``body``."""
    from document_fixtures import text_document

    from sources.registry import parse_document

    res = parse_document(text_document(HEADS[lang] + body + "\n", "t"))
    items = [(m.label, tuple(v.raw for v in m.values)) for m in res.mentions if m.kind is Kind.LIST]
    return items, [(h.stated, h.label) for h in res.headings]


def _items(lang: str, body: str) -> list[tuple[str, tuple[str, ...]]]:
    return _told(lang, body)[0]


def test_two_names_and_two_values_in_order() -> None:
    """The word of order (``分別為``, ``それぞれ``) makes two names and two values a list, the k-th value the
    k-th name's, ``と`` joining the names as ``和`` does."""
    assert _items("zh-Hant", "甲國和乙國的稅率分別為20%和19%。") == [("甲國", ("20%",)), ("乙國", ("19%",))]
    assert _items("zh-Hans", "甲国、乙国税率分别是20%、19%。") == [("甲国", ("20%",)), ("乙国", ("19%",))]
    assert _items("en", "Aland and Borduria at 20% and 19% respectively.") == [
        ("Aland", ("20%",)),
        ("Borduria", ("19%",)),
    ]
    assert _items("en", "Aland, Borduria and Carpania at 20%, 19% and 18% respectively.") == [
        ("Aland", ("20%",)),
        ("Borduria", ("19%",)),
        ("Carpania", ("18%",)),
    ]
    assert _items("ja", "甲国と乙国の税率はそれぞれ20％と19％となった。") == [
        ("甲国", ("20％",)),
        ("乙国", ("19％",)),
    ]


def test_values_in_order_short_of_the_names_leave_the_sentence_unread() -> None:
    """Three names and two values in order: no value is shared, none given to the wrong name."""
    assert _items("zh-Hant", "甲國、乙國和丙國稅率分別為20%和19%。") == []
    assert _items("ja", "甲国と乙国と丙国の税率はそれぞれ20％と19％となった。") == []
    assert _items("en", "Aland, Borduria and Carpania will face rates of 20% and 19%, respectively.") == []


def test_a_change_of_something_else_before_the_names_is_no_item() -> None:
    """``Inflation rose 3% in May, while A, B and C …``: the figure is a change of something else, told
    in a clause of its own; the names take the values after them, in every language."""
    want_en = [("Aland", ("20%",)), ("Borduria", ("19%",)), ("Carpania", ("18%",))]
    en = (
        "Inflation rose 3% in May, while Aland, Borduria and Carpania will face rates of 20%, 19% and 18%, "
        "respectively."
    )
    assert _items("en", en) == want_en
    assert (
        _items("en", "Prices rose 3% while Aland, Borduria and Carpania kept 20%, 19% and 18% rates.")
        == want_en
    )
    assert _items("zh-Hant", "5月通膨上升3%，而甲國、乙國和丙國稅率分別為20%、19%和18%。") == [
        ("甲國", ("20%",)),
        ("乙國", ("19%",)),
        ("丙國", ("18%",)),
    ]
    assert _items(
        "ja", "5月の物価は3％上昇し、甲国、乙国、丙国の税率はそれぞれ20％、19％、18％となった。"
    ) == [
        ("甲国", ("20％",)),
        ("乙国", ("19％",)),
        ("丙国", ("18％",)),
    ]


def test_a_change_told_of_the_list_too_keeps_the_first_name() -> None:
    """When the list's values are changes as well, the name before with its own change is an item."""
    en = "Aland's output rose 3%, while Borduria, Carpania and Dorvia rose 2%, 1% and 1%, respectively."
    assert [name for name, _ in _items("en", en)] == ["Aland", "Borduria", "Carpania", "Dorvia"]


def test_a_shared_value_after_a_clause_of_another_figure() -> None:
    """``…上升3%，而甲國、乙國和丙國稅率均為19%``: the conjunction opens the names' clause and the measure
    (``稅率``) closes it; neither is part of a name."""
    want = [("甲國", ("19%",)), ("乙國", ("19%",)), ("丙國", ("19%",))]
    assert _items("zh-Hant", "5月通膨上升3%，而甲國、乙國和丙國稅率均為19%。") == want
    assert _items("zh-Hant", "甲國、乙國和丙國稅率均為19%。") == want


def test_a_time_word_is_no_name() -> None:
    """``今年為3.1%，而甲國為2.5%…``: this year's figure is no item; two pieces left are no list, three
    are."""
    assert _items("zh-Hans", "今年为3.1%，而甲国为2.5%，乙国为2.0%。") == []
    assert _items("zh-Hant", "全球今年為3.1%，而甲國為2.5%，乙國為2.0%。") == []
    assert _items("ja", "今年は3.1％、甲国は2.5％、乙国は2.0％となる見通し。") == []
    assert _items("en", "This year the rate is 3.1%, while Aland is at 2.5% and Borduria at 2.0%.") == []
    assert _items("zh-Hant", "今年為3.1%，而甲國為2.5%，乙國為2.0%，丙國為1.8%。") == [
        ("甲國", ("2.5%",)),
        ("乙國", ("2.0%",)),
        ("丙國", ("1.8%",)),
    ]


def test_lines_of_named_values_with_words_after_need_no_lead_in() -> None:
    """Right after the dateline, lines of a name, a colon and a value with words after it: a list; the
    earlier value is the item's second value, never part of its name."""
    en = "Aland: 20%, down from 46%\nBorduria: 19%, down from 36%\nCarpania: 18%, down from 40%"
    assert _items("en", en) == [
        ("Aland", ("20%", "46%")),
        ("Borduria", ("19%", "36%")),
        ("Carpania", ("18%", "40%")),
    ]
    zh = "甲国：20%，此前为46%\n乙国：19%，此前为36%\n丙国：18%，此前为40%"
    assert _items("zh-Hans", zh) == [
        ("甲国", ("20%", "46%")),
        ("乙国", ("19%", "36%")),
        ("丙国", ("18%", "40%")),
    ]
    ja = "甲国：20％（従来は46％）\n乙国：19％（従来は36％）\n丙国：18％（従来は40％）"
    assert _items("ja", ja) == [
        ("甲国", ("20％", "46％")),
        ("乙国", ("19％", "36％")),
        ("丙国", ("18％", "40％")),
    ]


def test_lines_of_named_values_too_few_or_inside_a_paragraph_are_no_list() -> None:
    assert _items("en", "Aland: 20%, down from 46%\nBorduria: 19%, down from 36%") == []
    body = (
        "The talks went well.\nAland: 20%, down from 46%\nBorduria: 19%, down from 36%\n"
        "Carpania: 18%, down from 40%"
    )
    assert _items("en", body) == []


JANE = [("Jane Roe", ()), ("John Doe", ()), ("Richard Roe", ())]


def test_a_count_of_any_noun_that_introduces_or_closes_the_names() -> None:
    """``3 billionaires:``, ``The 3 founding members, A, B and C, signed``, ``A, B and C, the three
    lawmakers who…``: the count binds to the names by where it stands, whatever its noun."""
    assert _told("en", "The magazine named 3 billionaires: Jane Roe, John Doe and Richard Roe.") == (
        JANE,
        [(3, "The magazine named 3 billionaires")],
    )
    items, counts = _told("en", "The 3 billionaires are Jane Roe, John Doe and Richard Roe.")
    assert items == JANE and [n for n, _ in counts] == [3]
    items, counts = _told("en", "Three lawmakers, Jane Roe, John Doe and Richard Roe, signed the letter.")
    assert items == JANE and [n for n, _ in counts] == [3]
    items, counts = _told(
        "en", "Jane Roe, John Doe and Richard Roe, the three lawmakers who signed, spoke on Monday."
    )
    assert items == JANE and [n for n, _ in counts] == [3]
    items, counts = _told("en", "The 3 founding members, Aland, Borduria and Carpania, signed the treaty.")
    assert [n for n, _ in items] == ["Aland", "Borduria", "Carpania"] and [n for n, _ in counts] == [3]


def test_a_count_of_any_noun_a_little_off_is_the_list_s_miscount() -> None:
    """``named 4 billionaires:`` over three names: the count is stated as printed, for the checks to judge."""
    items, counts = _told("en", "The magazine named 4 billionaires: Jane Roe, John Doe and Richard Roe.")
    assert items == JANE and [n for n, _ in counts] == [4]


def test_numbers_of_something_else_stay_unbound() -> None:
    """A count far from the names' number, an approximate one, one of a larger whole, or one in a
    sentence with no list: no stated count, and no list it alone would make."""
    assert _told(
        "en", "The magazine counted 3,028 billionaires: Jane Roe, John Doe and Richard Roe were the richest."
    ) == (
        [],
        [],
    )
    assert _told("en", "More than 3 billionaires: Jane Roe, John Doe and Richard Roe.") == ([], [])
    assert _told("en", "The magazine counted 3,028 billionaires this year, up from 2,781 last year.") == (
        [],
        [],
    )
    assert _told(
        "en", "The 27 member states agreed the plan, and Aland, Borduria and Carpania abstained."
    ) == ([], [])
    items, counts = _told("en", "12 lawmakers signed the letter, among them Jane Roe and John Doe.")
    assert counts == [] and [n for n, _ in items] == ["Jane Roe", "John Doe"]


def test_values_after_the_aside_that_counts_the_names() -> None:
    """``A, B and C, the three countries hit hardest, will face 20%, 19% and 18%, respectively``: the
    aside's count is the list's and the values after it the names'; values no name takes leave it unread."""
    body = (
        "Aland, Borduria and Carpania, the three countries hit hardest, will face rates of 20%, 19% and "
        "18%, respectively."
    )
    items, counts = _told("en", body)
    assert items == [("Aland", ("20%",)), ("Borduria", ("19%",)), ("Carpania", ("18%",))]
    assert [n for n, _ in counts] == [3]
    other = (
        "Aland, Borduria and Carpania, the three countries hit hardest, will face higher rates than the "
        "10% baseline."
    )
    assert _items("en", other) == []


def test_sentences_that_are_no_list_stay_unread() -> None:
    """Names as the subject of a sentence with no value, beside a figure of something else."""
    assert _items("zh-Hant", "甲國、乙國和丙國將面臨新關稅。") == []
    assert (
        _items("en", "Inflation rose 3% in May, while Aland, Borduria and Carpania face new tariffs.") == []
    )
    assert _items("zh-Hans", "5月通胀上升3%，而甲国、乙国和丙国维持利率不变。") == []
    assert _items("ja", "5月の物価は3％上昇し、甲国、乙国、丙国は金利を据え置いた。") == []


def test_an_html_page_s_paragraphs_of_named_values_after_the_dateline(tmp_path: Path) -> None:
    """A page's paragraphs come with no blank line between: right after the headline and dateline, three
    ``Name: value, words`` paragraphs are the list; a later sentence that says the names again with a
    count of them (``A, B and C, the three countries hit hardest, …``) neither replaces it nor counts it."""
    page = tmp_path / "rates.html"
    page.write_text(
        "<html><head><title>New rates</title></head><body><article><h1>Borduria sets new rates</h1>"
        "<p>August 1, 2025</p><p>Aland: 20%, down from 46%</p><p>Borduria: 19%, down from 36%</p>"
        "<p>Carpania: 18%, down from 40%</p><p>Aland, Borduria and Carpania, the three countries hit "
        "hardest, said talks would go on.</p></article></body></html>",
        encoding="utf-8",
    )
    result = parse_path(page)
    got = [(m.label, tuple(v.raw for v in m.values)) for m in result.mentions if m.kind is Kind.LIST]
    assert got == [("Aland", ("20%", "46%")), ("Borduria", ("19%", "36%")), ("Carpania", ("18%", "40%"))]
    assert [h.stated for h in result.headings] == []
