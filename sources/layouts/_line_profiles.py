"""Profile blocks: paragraphs of a short name line, a short title line and perhaps a sentence, repeated;
also names with their posts on the line above. Used by the ``profiles`` layout (``lines.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from pipeline.models import AttributeKind
from sources.item_titles import is_title
from sources.items import split_item
from sources.layouts._line_items import _MARKED_RE, MAX_NAME_CHARS, _item_line, _stripped
from sources.layouts._lines import Line
from sources.layouts._table_header_words import HEADER_WORDS_RE

# --------------------------------------------------------------------------- profile blocks

MIN_PROFILES = 3
MAX_PROFILE_LINES = 4
MAX_TITLE_CHARS = 60


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    cur: list[Line] = []
    for line in lines:
        if _stripped(line):
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


# a field's label before its value on a profile's line: "姓名：", "職務：", "Name:", "国籍："
_FIELD_RE = re.compile(rf"(?:{HEADER_WORDS_RE.pattern})\s*[：:]\s*", re.IGNORECASE)


def _field(text: str) -> tuple[str, int]:
    """A profile line's field label (``職務``) and where its value starts; ("", 0) without one."""
    m = _FIELD_RE.match(text)
    return (
        (text[: m.end()].strip(WHITESPACE + "：:"), m.end())
        if m and m.end() < len(text.rstrip())
        else ("", 0)
    )


def _name_start(line: Line) -> int:
    """Where a profile's name starts: after the line's blanks, its marker (``（一）``, ``1.``, ``●``) and
    its field label (``姓名：``)."""
    s = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
    m = _MARKED_RE.match(line.text.lstrip(WHITESPACE))
    if m:
        s += m.end()
        while s < line.end and line.text[s - line.start] in WHITESPACE:
            s += 1
    return s + _field(line.text[s - line.start :])[1]


# a name (with its post) in lenticular brackets on a line of its own, over the sentence about the person
_BRACKETED_NAME_RE = re.compile(r"【([^【】]{2,30})】")


def _bracketed(par: list[Line]) -> bool:
    """``【ジェーン・ロー外相】`` over ``2019年から外交を率いる。``: the name in brackets, then a sentence."""
    m = _BRACKETED_NAME_RE.fullmatch(_stripped(par[0]))
    return (
        len(par) == 2
        and m is not None
        and _item_line(m.group(1))
        and bool(re.search(r"[。.]$", _stripped(par[1])))
    )


def _profile(par: list[Line]) -> bool:
    if not 2 <= len(par) <= MAX_PROFILE_LINES or _stripped(par[-1]).endswith(("：", ":")):
        return False  # a block that ends introducing what follows is no profile
    if _bracketed(par):
        return True
    name = par[0].text[_name_start(par[0]) - par[0].start :].strip(WHITESPACE)
    title = _stripped(par[1])
    if len(par) > 2 and is_title(name) and not is_title(title):  # noqa: PLR2004
        return False  # "非官守成員" over "李四", "王五": a post heading the names under it, no person
    return (
        len(re.sub(r"[（(][^）)]*[）)]", "", name)) <= MAX_NAME_CHARS
        and _item_line(name)
        and not re.search(r"\d", name)
        and 0 < len(title) <= MAX_TITLE_CHARS
        and not title.endswith(("。", ".", "：", ":"))
    )


def _sentence_blocks(lines: Sequence[Line]) -> list[list[Line]]:
    """Blocks of lines each ending with a sentence (a page's profile cards read without blank lines
    between them: name, title, sentence; name, title, sentence). A lead-in ending in a colon closes its
    block too: the first card starts under it."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for line in lines:
        if not (text := _stripped(line)):
            continue
        cur.append(line)
        if re.search(r"[。.！!？?：:]$", text):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _nameless(par: list[Line]) -> bool:
    """A profile whose name line is missing: a title line, then its sentence (no item, no end of run)."""
    return len(par) == 2 and is_title(_stripped(par[0])) and bool(re.search(r"[。.]$", _stripped(par[1])))


MAX_POSTED_NAME_LINE = 24  # characters of a line that is a post and a name over a paragraph about them


def _posted_name(par: list[Line], after: list[Line] | None) -> bool:
    """``前外交部長張三`` alone over a paragraph of sentences about the person: a post before a name (the
    item parser reads the post as a title), the paragraph after it prose."""
    if len(par) != 1 or not after or not EAST_ASIAN_RE.search(par[0].text):
        return False
    text = _stripped(par[0])
    if len(text) > MAX_POSTED_NAME_LINE or not _item_line(text):
        return False
    split = split_item(text, 0, len(text))
    return any(
        a.kind is AttributeKind.TITLE and a.end <= split.name_start for a in split.attributes
    ) and bool(re.search("[。！？]$", _stripped(after[-1])))


def _titled_name(par: list[Line]) -> bool:
    """``John Doe, finance minister`` over ``Doe, 52, was deputy governor of the central bank.``: a name
    line carrying its own post, then a sentence about the person (a page's profile cards whose heading
    holds the name and the post)."""
    if len(par) != 2 or not re.search(r"[。.！!？?]$", _stripped(par[1])):  # noqa: PLR2004
        return False
    text = _stripped(par[0])
    if re.search(r"[。！？!?]$", text) or not _item_line(text):
        return False
    split = split_item(text, 0, len(text))
    return split.name_end > split.name_start and any(a.kind is AttributeKind.TITLE for a in split.attributes)


def _profile_runs(pars: Sequence[list[Line]]) -> list[list[list[Line]]]:
    runs: list[list[list[Line]]] = []
    cur: list[list[Line]] = []
    for k, par in enumerate(pars):
        if (
            _profile(par)
            or _titled_name(par)
            or _posted_name(par, pars[k + 1] if k + 1 < len(pars) else None)
        ):
            cur.append(par)
            continue
        if cur and _posted_name(cur[-1], par) and len(par) == 1:
            continue  # the paragraph about the person named above
        if cur and _nameless(par):
            continue
        if len(cur) >= MIN_PROFILES:
            runs.append(cur)
        cur = []
    if len(cur) >= MIN_PROFILES:
        runs.append(cur)
    return runs


def _profiles(lines: Sequence[Line]) -> list[list[list[Line]]]:
    return _profile_runs(_paragraphs(lines)) or _profile_runs(_sentence_blocks(lines))


MIN_POSTS_OVER_NAMES = 2


def _posts_over_names(run: list[list[Line]]) -> bool:
    """A run of two-line profiles whose first lines are posts (most of them known: ``President``,
    ``Treasurer``, with ``Provost`` among them) over names, no second line a post: each profile is a post
    over the person holding it."""
    if any(len(par) != 2 or _bracketed(par) for par in run):  # noqa: PLR2004
        return False
    posts = sum(is_title(_stripped(par[0])) for par in run)
    return (
        posts >= max(MIN_POSTS_OVER_NAMES, len(run) / 2)
        and not any(is_title(_stripped(par[1])) for par in run)
        and all(_item_line(_stripped(par[1])) for par in run)
    )
