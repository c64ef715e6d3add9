"""What the tests of people printed one to a paragraph or a line share: reading an article, and a
person's post and date of birth as printed."""

from __future__ import annotations

from pathlib import Path

from pipeline.lang.births import birth_of
from pipeline.models import AttributeKind, Kind, Mention
from sources.registry import parse_path

POSTS = (AttributeKind.TITLE, AttributeKind.ORGANIZATION)


def read_people(tmp_path: Path, text: str, suffix: str = ".txt") -> tuple[str, list[Mention]]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    result = parse_path(path)
    assert result.article is not None
    return result.article.text, [m for m in result.mentions if m.kind is Kind.LIST]


def post_of(text: str, m: Mention) -> str:
    """The post as printed: from the first of its parts (a title, the body it heads) to the last."""
    parts = [a for a in m.attributes if a.kind in POSTS]
    return text[min(a.start for a in parts) : max(a.end for a in parts)] if parts else ""


def birth_in(m: Mention) -> str:
    return next((a.text for a in m.attributes if birth_of(a.label, a.text) is not None), "")


def people_in(text: str, read: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.name_zh or m.name_en, post_of(text, m), m.group) for m in read]


PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
    '<meta property="og:site_name" content="{site}"></head><body><article><h1>{title}</h1>{body}'
    "</article></body></html>"
)
