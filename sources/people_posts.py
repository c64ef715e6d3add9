"""Posts read from where a list prints them, not only from the words that name them.

A list of people prints each one's post in one place, line after line: before a colon (``校長：張三``,
``Provost: John Doe``), in a column, after a dash or a comma. The word lists (``pipeline.lang.cues``)
know the common posts; where most of a list's posts are known, that place holds a post on every line,
and a post they do not know (``總務長``, ``Bursar``) is read as one:

1. ``post：name`` lines (``colon_posts``): where at least ``MIN_KNOWN_POSTS`` items (and
   ``KNOWN_SHARE`` of the list) were read as a known post, a colon and a name, and every other item is
   a short piece, a colon and a name, the piece before its colon is its post;
2. one attribute beside each name (``lone_posts``): where every item carries one attribute on the same
   side of its name and at least ``MIN_KNOWN_POSTS`` (and ``KNOWN_SHARE``) of them are titles, the
   others are titles too (``Jane Roe – Provost`` among ``John Doe – Treasurer`` lines).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import CJK, KANA, WHITESPACE
from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_titles import MAX_CJK_TITLE, MAX_EN_TITLE_WORDS, is_title

MIN_KNOWN_POSTS = 2  # items whose post the word lists know, at the least
KNOWN_SHARE = 0.4  # of a list's items, at the least (two of five)
MIN_ITEMS = 3

_COLON_LINE_RE = re.compile(r"(?P<post>[^：:\n]+?)\s*[：:]\s*(?P<name>[^：:\n]+?)")
_EN_POST_RE = re.compile(rf"[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){{0,{MAX_EN_TITLE_WORDS - 1}}}")
_CJK_POST_RE = re.compile(rf"[{CJK}{KANA}ー]{{2,{MAX_CJK_TITLE}}}")


def _enough(known: int, total: int) -> bool:
    return total >= MIN_ITEMS and known >= MIN_KNOWN_POSTS and known >= KNOWN_SHARE * total


def _titles(m: Mention) -> list[Attribute]:
    return [a for a in m.attributes if a.kind is AttributeKind.TITLE]


def _colon_line(text: str, m: Mention) -> re.Match[str] | None:
    return _COLON_LINE_RE.fullmatch(text[m.start : m.end].strip(WHITESPACE + "。.；;"))


def _post_shaped(post: str, name: str) -> bool:
    """A short piece in the script of the name after it, capitalized in Latin letters, no title after it."""
    cjk = re.search(f"[{CJK}{KANA}]", name) is not None
    shaped = _CJK_POST_RE.fullmatch(post) if cjk else _EN_POST_RE.fullmatch(post)
    return shaped is not None and not is_title(name) and not any(ch.isdigit() for ch in post + name)


def colon_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the post before each name's colon read as its title (step 1 of the module)."""
    lines = [_colon_line(text, m) for m in mentions]
    known = sum(
        1
        for m, line in zip(mentions, lines, strict=True)
        if line is not None and [a.text for a in _titles(m)] == [line["post"]] and m.label == line["name"]
    )
    if not _enough(known, len(mentions)) or any(line is None for line in lines):
        return mentions
    out = []
    for m, line in zip(mentions, lines, strict=True):
        assert line is not None
        if m.attributes or m.label != line.group(0) or not _post_shaped(line["post"], line["name"]):
            out.append(m)
            continue
        at = m.start + text[m.start : m.end].find(line.group(0))
        post = Attribute(
            AttributeKind.TITLE, line["post"], "", at + line.start("post"), at + line.end("post")
        )
        name = line["name"]
        named = replace(m, name_zh=name, name_en="") if m.name_zh else replace(m, name_en=name)
        out.append(replace(named, attributes=(post,)))
    return out


def _side(text: str, m: Mention) -> str:
    """Where an item's one attribute sits: "before" or "after" its name ("" when it has not one, or the
    name is not found in the item)."""
    at = text.find(m.label, m.start, m.end) if m.label else -1
    if len(m.attributes) != 1 or at < 0:
        return ""
    return "before" if m.attributes[0].end <= at else "after"


def lone_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each lone attribute a title where the list's are posts (step 2 of the module)."""
    sides = {_side(text, m) for m in mentions}
    if len(sides) != 1 or "" in sides:
        return mentions
    known = sum(1 for m in mentions if m.attributes[0].kind is AttributeKind.TITLE)
    if not _enough(known, len(mentions)) or known == len(mentions):
        return mentions
    return [
        replace(m, attributes=(replace(m.attributes[0], kind=AttributeKind.TITLE),))
        if m.attributes[0].kind is AttributeKind.OTHER and _post_shaped(m.attributes[0].text, m.label)
        else m
        for m in mentions
    ]


def posts_down_the_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the posts a list prints in one place read as such (the module's docstring)."""
    return lone_posts(text, colon_posts(text, mentions))
