"""Whether a list item names something rather than being a sentence of prose (``looks_like_name``).
Used by the line lists (``_line_lists``)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.scripts import CJK_RE
from pipeline.models import AttributeKind
from sources.item_english import HONORIFIC_RE
from sources.items import split_item
from sources.layouts._item import strip_item
from sources.layouts._parens import outside_parens
from sources.layouts._shapes import TEXT_CACHE


@lru_cache(maxsize=TEXT_CACHE)
def _appointed_then_said(s: str) -> bool:
    """``外相に山田太郎氏。再任です。``: a sentence that appoints a person to a post, then sentences on the
    person (the item parser reads the name, the post, and the rest as a remark)."""
    split = split_item(s, 0, len(s))
    stop = s.find("。")
    return 0 < split.name_end <= stop and any(a.kind is AttributeKind.TITLE for a in split.attributes)


@lru_cache(maxsize=TEXT_CACHE)
def looks_like_name(text: str) -> bool:
    """A list item that names something, rather than a sentence of prose."""
    s = strip_item(outside_parens(text))
    if not s:
        return False
    if len(re.findall("[，,]", s)) > 3:
        return False
    if re.search(r"[。！？!?]", s) and not _appointed_then_said(s):
        return False
    if re.search(r"[a-z]\.\s+[A-Z]", HONORIFIC_RE.sub("", s)):  # "Sen. Jane Roe" is no two sentences
        return False
    return len(CJK_RE.findall(s)) <= 45 and len(s.split()) <= 28
