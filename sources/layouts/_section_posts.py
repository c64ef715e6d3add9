"""The post of each person a section per person names, told by the paragraph under the heading: its first
words name the person (the whole name, or in English the last word), then perhaps the age, a verb and the
post (``<h3>Jane Roe</h3><p>Roe, 58, is the finance minister. …</p>``, ``<h3>張三</h3><p>張三，58歲，現任
財政部長。…</p>``). The verbs are ``pipeline.lang.post_copulas``; the words are a post when
``sources.item_titles.is_title`` says so. Used by ``html_sections``; read for two people or more of a run,
each person's post their own (a title attribute)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.post_copulas import (
    EN_AGE_ASIDE,
    EN_POST_COPULA,
    EN_POST_END_RE,
    ZH_AGE_ASIDE,
    ZH_POST_END_RE,
    ZH_POST_VERB,
)
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_titles import is_title

MIN_POSTED = 2
MAX_POST_CHARS = 60
_SPACE = WHITESPACE + "\n"


def _post(text: str, m: Mention) -> Attribute | None:
    """The post the paragraph right under ``m``'s heading gives the person, or None."""
    first = m.end + len(text[m.end :]) - len(text[m.end :].lstrip(_SPACE))
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    if m.name_en and not m.name_zh:
        names = "|".join(re.escape(n) for n in (m.name_en, m.name_en.split()[-1]))
        opening = re.compile(rf"(?:{names})(?:{EN_AGE_ASIDE})?{EN_POST_COPULA}")
        stop = EN_POST_END_RE
    elif m.name_zh:
        opening = re.compile(rf"{re.escape(m.name_zh)}(?:{ZH_AGE_ASIDE})?\s*(?:{ZH_POST_VERB})")
        stop = ZH_POST_END_RE
    else:
        return None
    found = opening.match(text, first, line_end)
    if found is None:
        return None
    end = stop.search(text, found.end(), line_end)
    post_end = end.start() if end is not None else line_end
    post = text[found.end() : post_end].strip(WHITESPACE)
    if not post or len(post) > MAX_POST_CHARS or not is_title(post):
        return None
    s = found.end() + text[found.end() : post_end].find(post)
    return Attribute(AttributeKind.TITLE, post, "", s, s + len(post))


def section_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's post from the paragraph under the heading, where two or more of
    them are told so and none carries attributes of its own; else as they are."""
    if any(m.attributes for m in mentions):
        return mentions
    posts = [_post(text, m) for m in mentions]
    if sum(p is not None for p in posts) < MIN_POSTED:
        return mentions
    return [replace(m, attributes=(p,)) if p is not None else m for m, p in zip(mentions, posts, strict=True)]
