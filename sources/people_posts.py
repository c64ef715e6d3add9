"""Posts read from where a list prints them, not only from the words that name them.

A list of people prints each one's post in one place, line after line: before a colon (``校長：張三``,
``Provost: John Doe``), in a column, after a dash or a comma. The word lists (``pipeline.lang.posts``)
know the common posts; where most of a list's posts are known, that place holds a post on every line,
and a post they do not know (``總務長``, ``Bursar``) is read as one:

1. ``post：name`` lines (``colon_posts``): where at least ``MIN_KNOWN_POSTS`` items (and
   ``KNOWN_SHARE`` of the list) were read as a known post, a colon (or a spaced dash between Latin
   words) and a name, and every other item is two pieces so parted, the piece on the posts' side is its
   post (``Provost: John Doe``, ``Jane Roe: Provost``);
2. one attribute beside each name (``lone_posts``): where every item carries one attribute on the same
   side of its name (or one other name in parentheses after it, ``Richard Miles (Clerk)``) and at least
   ``MIN_KNOWN_POSTS`` (and ``KNOWN_SHARE``) of them are titles, the others are titles too
   (``Jane Roe – Provost`` among ``John Doe – Treasurer`` lines);
3. a post glued before a Latin name (``glued_posts``): where at least ``MIN_KNOWN_POSTS`` (and
   ``KNOWN_SHARE``) items were read as a known post and a name of ``n`` words right after it
   (``President Jane Roe``), an item of no post whose name has one word more (``Provost John Doe``)
   holds a post the word lists do not know in that word;
4. a body and its post parted by a middle dot (``dotted_posts``): where enough items were read as
   ``甲党・幹事長``, a body and a post, an item's one piece ``甲院・筆頭副幹事長`` is a body and a post too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import CJK, KANA, WHITESPACE
from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_titles import MAX_CJK_TITLE, MAX_EN_TITLE_WORDS, PERSON_NAME_END_RE, is_title

MIN_KNOWN_POSTS = 2  # items whose post the word lists know, at the least
KNOWN_SHARE = 0.4  # of a list's items, at the least (two of five)
MIN_ITEMS = 3

# a line of two pieces parted by a colon, or by a spaced dash between Latin words ("Provost – John Doe")
_COLON_LINE_RE = re.compile(
    r"(?P<left>[^：:\n]+?)(?:\s*[：:]\s*|(?<=[A-Za-z.])\s+[-–—]\s+(?=[A-Z]))(?P<right>[^：:\n]+?)"
)
_EN_POST_RE = re.compile(rf"[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){{0,{MAX_EN_TITLE_WORDS - 1}}}")
_CJK_POST_RE = re.compile(rf"[{CJK}{KANA}ー]{{2,{MAX_CJK_TITLE}}}")


def _enough(known: int, total: int) -> bool:
    return total >= MIN_ITEMS and known >= MIN_KNOWN_POSTS and known >= KNOWN_SHARE * total


def _titles(m: Mention) -> list[Attribute]:
    return [a for a in m.attributes if a.kind is AttributeKind.TITLE]


# what a bracket after the name says of the person (``主席：張三（甲黨）``): no part of the line's two pieces
_BRACKET_END_RE = re.compile(r"\s*[（(][^（）()：:]+[)）]$")


def _colon_line(text: str, m: Mention) -> re.Match[str] | None:
    line = text[m.start : m.end].strip(WHITESPACE + "。.；;")
    return _COLON_LINE_RE.fullmatch(_BRACKET_END_RE.sub("", line))


def _post_shaped(post: str, name: str) -> bool:
    """A short piece in the script of the name after it, capitalized in Latin letters, no title after it."""
    cjk = re.search(f"[{CJK}{KANA}]", name) is not None
    shaped = _CJK_POST_RE.fullmatch(post) if cjk else _EN_POST_RE.fullmatch(post)
    if cjk and PERSON_NAME_END_RE.search(post):
        return False  # "財政部", "甲國": a body or a place, no post
    return shaped is not None and not is_title(name) and not any(ch.isdigit() for ch in post + name)


def _order(m: Mention, line: re.Match[str] | None) -> str:
    """How ``m``'s line was read: "post first" (``校長：張三``), "post last" (``Jane Roe: Treasurer``), "" for
    neither (no post read, or not this line's pieces)."""
    titles = [a.text for a in _titles(m)]
    if line is None or len(titles) != 1 or len(m.attributes) != 1:
        return ""
    if titles[0] == line["left"] and m.label == line["right"]:
        return "post first"
    return "post last" if titles[0] == line["right"] and m.label == line["left"] else ""


def colon_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the piece on the post's side of each line's colon read as its title (step 1 of
    the module); the known posts all on one side of it."""
    lines = [_colon_line(text, m) for m in mentions]
    orders = [_order(m, line) for m, line in zip(mentions, lines, strict=True)]
    sides = set(orders) - {""}
    if len(sides) != 1 or not _enough(len(mentions) - orders.count(""), len(mentions)) or None in lines:
        return mentions
    post_first = sides == {"post first"}
    out = []
    for m, line in zip(mentions, lines, strict=True):
        assert line is not None
        post, name = ("left", "right") if post_first else ("right", "left")
        at = m.start + text[m.start : m.end].find(line.group(0))
        ps, pe = at + line.start(post), at + line.end(post)
        # what the item parser read in the post's words is no more than the post ("of Students")
        inside = all(ps <= a.start and a.end <= pe for a in m.attributes)
        # an item the parser did not part: the colon or the dash inside what it read as the name
        whole = _COLON_LINE_RE.search(m.label) is not None
        if _order(m, line) or not whole or not inside or not _post_shaped(line[post], line[name]):
            out.append(m)
            continue
        title = Attribute(AttributeKind.TITLE, line[post], "", at + line.start(post), at + line.end(post))
        named = replace(m, name_zh=line[name], name_en="") if m.name_zh else replace(m, name_en=line[name])
        out.append(replace(named, attributes=(title,)))
    return out


def _lone(text: str, m: Mention) -> tuple[str, Attribute | None]:
    """An item's one attribute and where it sits, "before" or "after" its name: its one attribute, or
    the one other name or note it carries in parentheses after its name (``Richard Miles (Clerk)``,
    ``鈴木一郎（弁護士）``, a post the word lists do not know read as another name or a note); ("", None)
    for neither."""
    at = text.find(m.label, m.start, m.end) if m.label else -1
    if at < 0:
        return "", None
    if len(m.attributes) == 1 and not m.aliases:
        return ("before" if m.attributes[0].end <= at else "after"), m.attributes[0]
    asides = [*m.aliases, m.note] if m.note else list(m.aliases)
    if m.attributes or len(asides) != 1:
        return "", None
    paren = _PAREN_AFTER_RE.match(text, at + len(m.label), m.end)
    if paren is None or paren["aside"] != asides[0]:
        return "", None
    return "after", Attribute(AttributeKind.OTHER, paren["aside"], "", *paren.span("aside"))


_PAREN_AFTER_RE = re.compile(r"\s*[（(](?P<aside>[^（）()]+)[）)]\s*$")


def lone_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each lone attribute a title where the list's are posts (step 2 of the module)."""
    lone = [_lone(text, m) for m in mentions]
    if len({side for side, _ in lone}) != 1 or lone[0][0] == "":
        return mentions
    known = sum(1 for _, a in lone if a is not None and a.kind is AttributeKind.TITLE)
    if not _enough(known, len(mentions)) or known == len(mentions):
        return mentions
    out = []
    for m, (_, a) in zip(mentions, lone, strict=True):
        if a is not None and a.kind is AttributeKind.OTHER and _post_shaped(a.text, m.label):
            m = replace(m, aliases=(), note="", attributes=(replace(a, kind=AttributeKind.TITLE),))
        out.append(m)
    return out


MAX_BODY_CHARS = 12  # a body before its post's middle dot ("甲院", "甲大学")
_BODY_DOT_POST_RE = re.compile(
    rf"(?P<body>[{CJK}{KANA}ー]{{1,{MAX_BODY_CHARS}}})・(?P<post>[{CJK}{KANA}ー]{{2,{MAX_CJK_TITLE}}})"
)


def _dotted(text: str, m: Mention) -> bool:
    """An item's body and post parted by a middle dot (``甲党・幹事長``), as the item parser read them."""
    if [a.kind for a in m.attributes] != [AttributeKind.ORGANIZATION, AttributeKind.TITLE]:
        return False
    body, post = m.attributes
    return post.start - body.end == 1 and text[body.end] == "・"


def dotted_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one-piece ``body・post`` attribute read as a body and its post, where at least
    ``MIN_KNOWN_POSTS`` (and ``KNOWN_SHARE``) items of the list were so read (``山田太郎（甲党・幹事長）``
    over ``田中次郎（甲院・筆頭副幹事長）``, a post longer than the item parser splits alone)."""
    known = sum(1 for m in mentions if _dotted(text, m))
    if not _enough(known, len(mentions)):
        return mentions
    out = []
    for m in mentions:
        split = _BODY_DOT_POST_RE.fullmatch(m.attributes[0].text) if len(m.attributes) == 1 else None
        if split is not None:
            at = m.attributes[0].start
            body, post = (
                Attribute(kind, split[group], "", at + split.start(group), at + split.end(group))
                for kind, group in ((AttributeKind.ORGANIZATION, "body"), (AttributeKind.TITLE, "post"))
            )
            m = replace(m, attributes=(body, post))
        out.append(m)
    return out


def _glued(text: str, m: Mention) -> int:
    """The words of ``m``'s Latin name when its one title is printed right before it, else 0."""
    if len(m.attributes) != 1 or m.attributes[0].kind is not AttributeKind.TITLE or m.name_zh:
        return 0
    at = text.find(m.name_en, m.attributes[0].end, m.end)
    gap = text[m.attributes[0].end : at] if at >= 0 else "x"
    return len(m.name_en.split()) if gap.strip() == "" and gap else 0


def glued_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the first word of a name one word longer than the list's names read as a post,
    where the list prints its known posts glued before the names (step 3 of the module)."""
    glued = [_glued(text, m) for m in mentions]
    sizes = {n for n in glued if n}
    if len(sizes) != 1 or not _enough(len(mentions) - glued.count(0), len(mentions)):
        return mentions
    (size,) = sizes
    posts = [_glued_post(text, m, size) for m in mentions]
    if any(not n and p is None for n, p in zip(glued, posts, strict=True)):
        return mentions  # a line of neither shape: a name of three words among others, and no posts
    out = []
    for m, post in zip(mentions, posts, strict=True):
        if post is not None:
            m = replace(m, name_en=m.name_en[post.end - post.start :].strip(), attributes=(post,))
        out.append(m)
    return out


def _glued_post(text: str, m: Mention, size: int) -> Attribute | None:
    """The first word of ``m``'s name as a post, when the name has ``size`` words after it, the word is
    shaped as a post (capitalized, no more capitals) and no title follows."""
    words = m.name_en.split() if m.name_en and not m.name_zh and not m.attributes else []
    at = text.find(m.name_en, m.start, m.end) if len(words) == size + 1 else -1
    if at < 0 or not words[0][1:].islower() or not _post_shaped(words[0], " ".join(words[1:])):
        return None
    return Attribute(AttributeKind.TITLE, words[0], "", at, at + len(words[0]))


def posts_down_the_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the posts a list prints in one place read as such (the module's docstring)."""
    if sum(1 for m in mentions if _titles(m)) < MIN_KNOWN_POSTS:
        return mentions  # every step needs known posts: a list of no one's posts is left as it is
    return dotted_posts(text, glued_posts(text, lone_posts(text, colon_posts(text, mentions))))
