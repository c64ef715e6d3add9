"""What is said of a listed person beside their name, in every layout's items.

``Jane Roe, Acme – $5 billion``: a person's English name, then after a comma what they own or lead
(or after a spaced dash: ``Jane Roe — Acme Corp, Chief Executive``).

Where every item of a list (three or more) is a person's English name (two to four capitalized words,
``& family`` or ``and family`` after it or not), a comma and a few capitalized words (``Acme``,
``Acme/Borduria Air``), the words after the comma are each item's organization, not part of its name.
So are they on a line that leaves out the post (``Mary Major, Borduria Institute``) of a list whose
other lines print ``Name, post, organization`` (at least ``MIN_HOLDERS`` of them, and most lines): the
organization keeps its place, and no field shifts into the name.

``Vice President, Acme Corp`` printed as a person's post (a table's role column): the post, then after
the comma the body where it is held, which is the item's organization (``posts_with_bodies``).

``Jane Roe & family``, ``張三家族``, ``山田太郎氏と家族``: the family who share a person's fortune, named
after the person (``FAMILY_AFTER_NAME_RE``), is an attribute of the item, not part of its name, so that
the outlet that names the person alone names the same holder.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.name_words import FAMILY_AFTER_NAME_RE, FAMILY_LAST_CHARS
from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_english_of import BODY_WORD_RE
from sources.item_titles import is_title

_HOLDER_RE = re.compile(
    r"(?P<name>[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}(?:\s+(?:&|and)\s+family)?)"
    r"(?:,|\s+[—–]|\s+-)\s+(?P<org>[A-Z0-9][\w.&'’/\-]*(?:\s+[A-Z0-9&][\w.&'’/\-]*){0,3})"
)
MIN_HOLDERS = 3


def _posted(m: Mention) -> bool:
    """An item read as a name, then its post, then its organization (``Jane Roe, chair, Acme Corp``)."""
    kinds = [a.kind for a in m.attributes]
    return bool(m.name_en) and kinds == [AttributeKind.TITLE, AttributeKind.ORGANIZATION]


def with_affiliations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each ``Name, Organization`` split as the module says, when every item is one, or
    every item that is one in a list whose other lines print a post between the two."""
    found = [_HOLDER_RE.fullmatch(m.name_en) if m.name_en and not m.name_zh else None for m in mentions]
    posted = sum(1 for m in mentions if _posted(m))
    if posted >= MIN_HOLDERS and posted * 2 > len(mentions):
        found = [
            f if f is not None and not m.attributes and not is_title(f["org"]) else None
            for m, f in zip(mentions, found, strict=True)
        ]
    elif len(mentions) < MIN_HOLDERS or any(f is None for f in found):
        return mentions
    if any(f is not None and BODY_WORD_RE.search(f.group("name")) for f in found):
        return mentions
    out = []
    for m, f in zip(mentions, found, strict=True):
        at = text.find(m.name_en, m.start, m.end) if f is not None else -1
        if f is None or at < 0:
            out.append(m)
            continue
        s, e = at + f.start("org"), at + f.end("org")
        org = Attribute(AttributeKind.ORGANIZATION, f.group("org"), "", s, e)
        attrs = tuple(sorted((*m.attributes, org), key=lambda a: a.start))
        out.append(replace(m, name_en=f.group("name"), attributes=attrs))
    return out


# an English post, a comma and a capitalized body: "Vice President, Acme Corp", "CEO, Borduria Drones"
_POST_BODY_RE = re.compile(
    r"(?P<post>[^,]+),\s+(?P<body>[A-Z0-9][\w.&'’/\-]*(?:\s+[A-Z0-9&][\w.&'’/\-]*){0,4})"
)


def posts_with_bodies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each English post printed ``Post, Body`` read as the post and its organization,
    for items that print no organization of their own."""
    return [_post_with_body(m) for m in mentions]


def _post_with_body(m: Mention) -> Mention:
    if any(a.kind is AttributeKind.ORGANIZATION for a in m.attributes):
        return m
    titles = [a for a in m.attributes if a.kind is AttributeKind.TITLE]
    f = _POST_BODY_RE.fullmatch(titles[0].text) if len(titles) == 1 else None
    if f is None or not is_title(f["post"]) or is_title(f["body"]):
        return m
    t = titles[0]
    post = Attribute(
        AttributeKind.TITLE, f["post"].strip(), t.label, t.start, t.start + len(f["post"].rstrip())
    )
    body = Attribute(AttributeKind.ORGANIZATION, f["body"], t.label, t.start + f.start("body"), t.end)
    attrs = [a for a in m.attributes if a is not t]
    return replace(m, attributes=tuple(sorted((*attrs, post, body), key=lambda a: a.start)))


MIN_NAME_CHARS = 2  # what is left of a name before its family words ("家族" alone is no one's family)


def without_family(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the family words after each name made an attribute (the module's docstring)."""
    return [_without_family(text, m) for m in mentions]


def _without_family(text: str, m: Mention) -> Mention:
    names = {"zh": m.name_zh, "en": m.name_en}
    attrs = list(m.attributes)
    for script, name in names.items():
        f = FAMILY_AFTER_NAME_RE.search(name) if name.rstrip("\n")[-1:] in FAMILY_LAST_CHARS else None
        if f is None or len(name[: f.start()].strip()) < MIN_NAME_CHARS:
            continue
        names[script] = name[: f.start()].strip()
        at = text.find(name, m.start, m.end)
        words = f.group(0).strip()
        s = at + name.index(words, f.start()) if at >= 0 else m.start
        attrs.append(Attribute(AttributeKind.OTHER, words, "", s, s + len(words)))
    if len(attrs) == len(m.attributes):
        return m
    attributes = tuple(sorted(attrs, key=lambda a: a.start))
    return replace(m, name_zh=names["zh"], name_en=names["en"], attributes=attributes)
