"""A person's name in Chinese characters with its reading in katakana in brackets after it, as Japanese
papers print a Chinese or Hong Kong name (``張三丰（ジェーン・ロー）``, the name its bearer goes by abroad,
or ``張三丰（チャン・サンフォン）``): the reading is another name of the person (``Mention.aliases``),
which matching compares by sound with the names other outlets print in Latin letters. The item parser
keeps it as the item's note; only a reading of a person's name in parts (a middle dot between them) is
taken, never a word (``（ジャーナリスト）``) nor a post."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.models import Mention
from sources.item_posts_after import KANJI_PERSON_RE
from sources.item_titles import PERSON_NAME_END_RE, is_title

_READING_RE = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)+")


def _reading(m: Mention) -> bool:
    return (
        bool(m.note)
        and _READING_RE.fullmatch(m.note) is not None
        and KANJI_PERSON_RE.fullmatch(m.name_zh) is not None
        and PERSON_NAME_END_RE.search(m.name_zh) is None
        and not is_title(m.note)
        and m.note not in m.aliases
    )


def readings_as_aliases(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each katakana reading of a person's name in brackets read as the item's alias."""
    return [replace(m, note="", aliases=(*m.aliases, m.note)) if _reading(m) else m for m in mentions]
