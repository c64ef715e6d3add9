"""Tag lookups by name against BeautifulSoup's own: the same tags in the same order."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag

from sources.base import Document
from sources.layouts._memo import per_document
from sources.reader import read_document
from sources.tags import first_tag, parent_tag, tags

PAGE = """<html><body><main><h2>Part <b>one</b></h2>
<ol><li>A<ul><li>A.1</li><li>A.2</li></ul></li><li>B</li></ol>
<table><tr><th>x</th><td>1<table><tr><td>inner</td></tr></table></td></tr><tr><td>2</td></tr></table>
<ul><li>C</li></ul></main></body></html>"""


def test_tags_as_find_all_find_and_find_parent() -> None:
    soup = BeautifulSoup(PAGE, "lxml")
    for names in (("li",), ("ol", "ul"), ("td", "th"), ("table",), ("b", "strong")):
        assert tags(soup, names) == soup.find_all(list(names))
        for tag in soup.find_all(True):
            assert tags(tag, names, recursive=False) == tag.find_all(list(names), recursive=False)
            assert first_tag(tag, names) is tag.find(list(names))
            assert parent_tag(tag, names) is tag.find_parent(list(names))
    assert tags(soup) == soup.find_all(True)
    assert [t.name for t in tags(soup, ("li",))] == ["li"] * 5
    inner = [t for t in tags(soup, ("td",)) if t.get_text() == "inner"][0]
    assert isinstance(parent_tag(inner, ("table",)), Tag)
    assert parent_tag(inner, ("table",)) is not tags(soup, ("table",))[0]


def test_a_reading_is_made_once_per_document(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("1. 甲\n2. 乙\n3. 丙\n", encoding="utf-8")
    first, _ = read_document(tmp_path / "a.txt")
    second, _ = read_document(tmp_path / "b.txt")
    assert first is not None and second is not None
    calls: list[str] = []

    @per_document
    def reading(doc: Document) -> int:
        calls.append(doc.id)
        return len(calls)

    assert (reading(first), reading(first)) == (1, 1)
    assert reading(second) == 2  # another document: read again
    assert calls == [first.id, second.id]
