"""The items of a table cell: a cell's text split into items, and one item's names with its span in the
page text (a leading enumerator and trailing punctuation left out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.layouts._item import parse_item as common_parse_item
from sources.layouts._item_parts import ItemParts as CommonItemParts
from sources.layouts._parens import split_cell, split_top_level
from sources.prose_english import english_org_like
from sources.prose_orgs import org_like_zh

# A label cell: a category with an optional count.
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.、．)）]?\s*$")
_LEADING_ENUMERATOR = re.compile(
    r"^\s*(?:\d{1,4}(?:[、.．)）:：]\s*|\s+)|[一二三四五六七八九十]{1,3}[、.．]\s*|[(（]\s*(?:\d{1,3}|[ivxlc]{1,5})\s*[)）]\s*"
    r"|(?:[ivxlc]{1,5})[.)]\s+|[●•·‧▪■□◆◇○◎※\-－—–*]\s*)",
    re.I,
)
_TRAILING = "；;。，,、 \u3000"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class ItemParts(CommonItemParts):
    """One list item's parts (``_item_parts.ItemParts``) with its span in the page text."""

    start: int = 0  # offsets of the item (without numbering and trailing punctuation)
    end: int = 0

    @property
    def is_org(self) -> bool:
        """Whether the item looks like an organization, not a sentence, a label or a person."""
        if self.name_zh and _PERSON_DOT_RE.search(self.name_zh) and not org_like_zh(self.name_zh):
            return False  # "約翰·羅伊（John Roe）": a transliterated person's name
        if self.acronym and not self.name_zh and self.aliases and not english_org_like(self.name_en):
            return False  # "Jane Roe (University of Aland, BD)": a code closing what she is of, no acronym
        if self.acronym or (self.name_zh and self.name_en):
            return True
        if self.name_zh:
            return org_like_zh(self.name_zh)
        return bool(self.name_en) and english_org_like(self.name_en)


_PERSON_DOT_RE = re.compile(r"[\u4e00-\u9fff][·‧•][\u4e00-\u9fff]")


def parse_item(text: str, offset: int = 0) -> ItemParts | None:
    """Split one list item into names, acronym, aliases, note and parent; None when empty.

    ``offset`` is where ``text`` starts in the document, so the result's span is absolute. A leading
    enumerator (``1、``, ``(2)``) and trailing punctuation are left out of the span; the names come
    from the item parser every layout shares (``sources.layouts._item.parse_item``).
    """
    start = 0
    end = len(text)
    match = _LEADING_ENUMERATOR.match(text)
    if match and match.end() < end:
        rest = text[match.end() :]
        if _CJK.search(rest[:1]) or _LATIN.search(rest[:1]) or rest[:1].isdigit() or rest[:1] in '「《"':
            start = match.end()
    while start < end and text[start] in " \u3000\t":
        start += 1
    while end > start and (
        text[end - 1] in _TRAILING or (text[end - 1] == "." and not text[end - 2 : end - 1].isupper())
    ):
        end -= 1
    if not text[start:end].strip():
        return None
    parts = common_parse_item(text[start:end])
    if parts.empty:
        return None
    return ItemParts(
        name_zh=parts.name_zh,
        name_en=parts.name_en,
        acronym=parts.acronym,
        aliases=parts.aliases,
        note=parts.note,
        parent=parts.parent,
        start=offset + start,
        end=offset + end,
    )


def split_items(text: str) -> list[tuple[int, int]]:
    """Item spans of a cell holding several items: one per line (``<br>``, ``<li>``) or ``；``, and
    within those the ``、`` enumeration every layout splits the same way (``_parens.split_cell``)."""
    return [piece for a, b in split_top_level(text, "\n；;") for piece in split_cell(text, a, b)]
