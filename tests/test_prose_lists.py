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
