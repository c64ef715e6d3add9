"""An HTML element turned into text: every block element on its own line, ``br`` a line break, the cells of
a row joined by a space, whitespace collapsed, and the character span of every element recorded.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import Tag
from bs4.element import CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from pipeline.lang.scripts import COLUMN_GAP

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    }
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
WHITESPACE_RUN_RE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_SEPARATED_RE = re.compile(r"([\s\u00a0\u3000\u200b\ufeff]+)")
# Inside a line, two or more ideographic spaces part a table's columns printed as text
# (``柬埔寨　　49%　　97%<br>``): kept as ``COLUMN_GAP``, not collapsed into one space as HTML's own
# whitespace (the source's indentation and line ends) is.
INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


class _TextBuilder:
    """Accumulates text with HTML whitespace rules and records element spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.pending = ""  # separator owed before the next word: "", " " or "\n"
        self.word_starts: list[int] = []
        self.last_end = 0

    def line_break(self) -> None:
        if self.pos:
            self.pending = "\n"

    def space(self, *, gap: bool = False) -> None:
        if self.pos and gap and self.pending in ("", " "):
            self.pending = COLUMN_GAP
        elif self.pos and self.pending == "":
            self.pending = " "

    def write(self, value: str) -> None:
        value = INVISIBLE_RE.sub("", value)
        if not value:
            return
        pieces = _SEPARATED_RE.split(value)
        for index, word in enumerate(pieces[::2]):
            if index:
                self.space(gap=pieces[2 * index - 1].count("\u3000") >= len(COLUMN_GAP))
            if not word:
                continue
            if self.pending and self.pos:
                self.parts.append(self.pending)
                self.pos += len(self.pending)
            self.pending = ""
            self.word_starts.append(self.pos)
            self.parts.append(word)
            self.pos += len(word)
            self.last_end = self.pos

    def text(self) -> str:
        return "".join(self.parts)


def render_text(root: Tag) -> tuple[str, dict[int, tuple[int, int]]]:
    """The text of ``root`` and the span of every element in it."""
    builder = _TextBuilder()
    spans: dict[int, tuple[int, int]] = {}
    # Iterative walk: ("open", node) / ("close", tag, words_before, pos_before).
    stack: list[tuple[Any, ...]] = [("open", root)]
    while stack:
        entry = stack.pop()
        if entry[0] == "close":
            _, tag, words_before, pos_before = entry
            if len(builder.word_starts) > words_before:
                spans[id(tag)] = (builder.word_starts[words_before], builder.last_end)
            else:
                spans[id(tag)] = (pos_before, pos_before)
            if tag.name in BLOCK_TAGS:
                builder.line_break()
            elif tag.name in CELL_TAGS:
                builder.space()
            continue
        node = entry[1]
        if isinstance(node, NavigableString):
            if not isinstance(node, SKIP_STRINGS):
                builder.write(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            builder.line_break()
            spans[id(node)] = (builder.pos, builder.pos)
            continue
        if name in BLOCK_TAGS:
            builder.line_break()
        elif name in CELL_TAGS:
            builder.space()
        stack.append(("close", node, len(builder.word_starts), builder.pos))
        stack.extend(("open", child) for child in reversed(node.contents))
    return builder.text(), spans
