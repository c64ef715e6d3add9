"""``山田太郎・甲国内務相``: a Japanese list's people, each a name in kanji, a middle dot and the post.

The item parser reads a short post after a dot as part of the name (``約翰・羅伊部長`` is one person
transliterated into Chinese characters, John Roe, minister). A Japanese article transliterates foreign
names into katakana, not kanji: where the article is Japanese (kana in its text) and every item of a list
of ``MIN_ITEMS`` or more is a name of two to four kanji, a dot and words ending in a title word, the words
after the dot are each person's post.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.posts import JA_TITLE_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK, KANA, KANA_RE
from pipeline.models import Attribute, AttributeKind, Mention

MIN_ITEMS = 3
MAX_POST_CHARS = 20  # a post with the body it heads ("甲国国家安全保障会議事務局長")
_DOTTED_RE = re.compile(rf"(?P<name>[{CJK}]{{2,4}})・(?P<post>[{CJK}{KANA}ー]{{2,{MAX_POST_CHARS}}})")
_TITLE_END_RE = re.compile(
    "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + "|" + JA_TITLE_RE.pattern + ")$"
)


def _dotted(m: Mention) -> re.Match[str] | None:
    if not m.name_zh or m.name_en or m.attributes or m.aliases:
        return None
    found = _DOTTED_RE.fullmatch(m.name_zh)
    return found if found is not None and _TITLE_END_RE.search(found["post"]) else None


def names_dot_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each ``name・post`` item read as the person and their post, where the article is
    Japanese and every item of the list is so printed (``mentions`` as they are otherwise)."""
    if len(mentions) < MIN_ITEMS or not KANA_RE.search(text):
        return mentions
    found = [_dotted(m) for m in mentions]
    if any(f is None for f in found):
        return mentions
    out = []
    for m, f in zip(mentions, found, strict=True):
        assert f is not None
        at = text.find(m.name_zh, m.start, m.end)
        if at < 0:
            return mentions
        post = Attribute(AttributeKind.TITLE, f["post"], "", at + f.start("post"), at + f.end("post"))
        out.append(replace(m, name_zh=f["name"], attributes=(post,)))
    return out
