"""Elements whose text is never the page's, whatever the page: a ruby's reading, a footnote's mark set as
a superscript, and what a reader never sees (hidden elements, text for screen readers alone). Removed
with the page's furniture (``html_furniture.remove_furniture``)."""

from __future__ import annotations

import re

from bs4 import Tag
from bs4.element import NavigableString

# a footnote's mark set as a superscript after a word or a figure ("Aland<sup>1</sup>", "19%<sup>[a]</sup>",
# "<sup>*</sup>"); never an ordinal's letters ("1<sup>st</sup>")
_FOOTNOTE_MARK_RE = re.compile(r"[\[(]?(?:[0-9]{1,2}|[a-z])[\])]?|[*†‡§¶#]{1,3}")


def footnote_mark(tag: Tag) -> bool:
    if tag.name != "sup" or _FOOTNOTE_MARK_RE.fullmatch(tag.get_text(strip=True)) is None:
        return False
    before = tag.previous_sibling
    return not (isinstance(before, NavigableString) and _UNIT_POWER_BEFORE_RE.search(str(before)))


_UNIT_POWER_BEFORE_RE = re.compile(r"(?<![A-Za-z])[kcm]?m$")  # "km<sup>2</sup>": a unit's power, kept


# what a reader never sees on the page: an element hidden by its attribute or its own style, or text kept
# for screen readers alone under its usual class names ("<span class="sr-only">Country: </span>")
_SCREEN_READER_TOKENS = frozenset(
    {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "sr-text"}
)
_NOT_SHOWN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def unseen(tag: Tag) -> bool:
    if tag.name in ("html", "body"):  # a page hidden until its scripts have run is still read
        return False
    style = tag.get("style")
    found = tag.get("class")
    classes: list[str] = list(found) if isinstance(found, list) else str(found or "").split()
    return (
        tag.has_attr("hidden")
        or (isinstance(style, str) and _NOT_SHOWN_RE.search(style) is not None)
        or any(c.lower() in _SCREEN_READER_TOKENS for c in classes)
    )


# a ruby's reading and its fallback brackets: the base text is the name ("<ruby>山田<rt>やまだ</rt></ruby>")
RUBY_READING_TAGS = ("rt", "rp")


def never_text(tag: Tag) -> bool:
    """Whether ``tag``'s text is no text of the page: a ruby's reading, a footnote's mark or an unseen
    element."""
    return tag.name in RUBY_READING_TAGS or footnote_mark(tag) or unseen(tag)
