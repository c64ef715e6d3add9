"""People named in an English sentence each with their post after a comma (``Jane Roe, the chief
executive, John Doe, its security secretary, and Richard Poe, the police commissioner``): each person a
list item with the post as a title (``sources/layouts/_inline_appositives_en.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Kind
from sources.registry import parse_path


def _read(tmp_path: Path, sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    (tmp_path / "a.txt").write_text(f"Aland sanctions officials\n\n{sentence}\n", "utf-8")
    return [
        (m.label, tuple(a.text for a in m.attributes if a.kind is AttributeKind.TITLE))
        for m in parse_path(tmp_path / "a.txt").mentions
        if m.kind is Kind.LIST
    ]


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        (
            "Those sanctioned include Jane Roe, the chief executive, John Doe, the security secretary, and "
            "Richard Poe, the police commissioner.",
            ("the chief executive", "the security secretary", "the police commissioner"),
        ),
        (
            "The sanctions target Jane Roe, Borduria's chief executive, John Doe, its security secretary, "
            "and Richard Poe, its police commissioner.",
            ("Borduria's chief executive", "its security secretary", "its police commissioner"),
        ),
        (
            "Those sanctioned include Jane Roe, the chief executive, John Doe, secretary for security, and "
            "Richard Poe, commissioner of police.",
            ("the chief executive", "secretary for security", "commissioner of police"),
        ),
        (
            "Jane Roe, the chief executive, John Doe, the security secretary, and Richard Poe, the police "
            "commissioner, were among those named.",
            ("the chief executive", "the security secretary", "the police commissioner"),
        ),
    ],
)
def test_people_each_with_a_post_after_a_comma(tmp_path: Path, sentence: str, posts: tuple[str, ...]) -> None:
    names = ("Jane Roe", "John Doe", "Richard Poe")
    assert _read(tmp_path, sentence) == [(n, (p,)) for n, p in zip(names, posts, strict=True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person and a post, then what they said of another: no list
        "Jane Roe, the chief executive, said on Friday that John Doe, the security secretary, would stay.",
        # places with what they are: no posts
        "The route runs through Port Aland, the capital, New Borduria, the main port, and Old Carpathia, "
        "the coast.",
    ],
)
def test_sentences_of_other_shapes_are_no_list_of_people(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence) == []
