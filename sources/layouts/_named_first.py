"""A person a lead-in names before the others it counts: ``sanctions on Jane Roe, Borduria's foreign
minister, and three other officials``, ``乙国のジェーン・ロー外相ら4人``. Where the list under it names
the others (as many as counted, or one fewer than the Japanese count of all), that person is the list's
first item. Used by the inline layout (the others in the same or the next sentence) and, through
``named_first``, by the layouts of lines, bullets and HTML lists (the others under a lead-in such as ``The
others are:`` or ``張三氏のほかに…次の10人。``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.numbers import parse_count
from pipeline.lang.posts import EN_POST_BEFORE_NAME_RE, JA_TITLE_RE
from pipeline.models import Mention
from sources.base import Document
from sources.layouts._records import RawItem, build_mentions

# a person, perhaps with a post between commas, then a count of the others: "Jane Roe, Borduria's
# foreign minister, and three other officials"
_NAMED_AND_OTHERS = (
    r"(?P<item>(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){1,3})(?:,\s+[^,:;.]{2,80}?,)?)"
    r"\s+and\s+(?P<n>\d{1,2}|[a-z]+)\s+other\s+[a-z]+"
)
NAMED_BEFORE_OTHERS_RE = re.compile(_NAMED_AND_OTHERS + r"\s*$")  # right before the colon of its list
NAMED_AND_OTHERS_RE = re.compile(_NAMED_AND_OTHERS + r"\b")
# a clause that names the others after a sentence that counted them: "The others are", "Others named
# include"
OTHERS_LEAD_RE = re.compile(
    r"\s*(?:[Tt]he\s+)?[Oo]thers\s+(?:[a-z]+\s+){0,3}?(?:are|were|include|included)\s*:?\s*"
)
MAX_OTHERS_GAP = 400  # characters back from such a clause to the sentence that counted the others

# the others besides a person the sentence before names: "ほかにA、B、Cの3人が含まれる"
JA_OTHERS_RE = re.compile(r"(?:ほかに|ほかは|このほか|他に|他は)[、，]?\s*$")
# a person (a katakana name, perhaps a post) "and others", counted: "ジェーン・ロー外相ら4人"; or a name in
# Chinese characters glued to its post, after the state's の or a clause's start: "甲国の山田太郎外相ら4人"
JA_NAMED_AND_OTHERS_RE = re.compile(
    r"(?P<item>[\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)+[\u4e00-\u9fff]{0,10}?"
    rf"|(?<=[のは、，])[\u4e00-\u9fff]{{2,4}}[\u4e00-\u9fff]{{0,8}}?(?:{JA_TITLE_RE.pattern}))ら\s*"
    r"(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*人"
)
# what a lead-in over a list of the others says of them: "The others are:", "…のほかに…次の10人。"
_OTHERS_WORD_RE = re.compile(r"\b[Oo]thers\b|ほか|他")


def others_count(m: re.Match[str]) -> int | None:
    """The count of a match of ``NAMED_AND_OTHERS_RE`` (the others) or ``JA_NAMED_AND_OTHERS_RE`` (all)."""
    raw = m.group("n")
    return parse_count(raw)


MAX_POST_BEFORE = 60  # characters of a post in lower case before the named person's name
# words in lower case right before a name, after the state's possessive if any: "Borduria's chief executive "
_POST_WORDS_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w\-]*['’]s\s+)?"
    r"(?:(?!(?:on|in|at|to|for|from|with|against|by|and|or|the|a|an)\b)[a-z][\w\-]*\s+){1,4}$"
)


def item_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of the person a match of ``NAMED_AND_OTHERS_RE`` names, without the comma after the post
    between commas, and with the post in lower case before the name (``Borduria's chief executive Jane
    Roe and four other officials``)."""
    start, end = m.start("item"), m.end("item")
    end = end - 1 if m.group("item").endswith(",") else end
    post = _POST_WORDS_BEFORE_RE.search(text, max(0, start - MAX_POST_BEFORE), start)
    if post is not None and EN_POST_BEFORE_NAME_RE.fullmatch(text, post.start(), m.end("name")):
        return post.start(), end
    return start, end


def named_first(text: str, first: int, n: int) -> tuple[int, int] | None:
    """The span of the person a lead-in names before the ``n`` others of the list starting at ``first``,
    when the words after that person's sentence and before the list say they are the others (``The
    others are:``, ``張三氏のほかに対象となったのは次の10人。``); else None."""
    lo = max(0, first - MAX_OTHERS_GAP)
    en = [m for m in NAMED_AND_OTHERS_RE.finditer(text, lo, first) if others_count(m) == n]
    ja = [m for m in JA_NAMED_AND_OTHERS_RE.finditer(text, lo, first) if others_count(m) == n + 1]
    found = max([*en, *ja], key=lambda m: m.start(), default=None)
    if found is None or not _OTHERS_WORD_RE.search(text, found.end(), first):
        return None
    return item_span(text, found)


def with_named_first(doc: Document, mentions: Sequence[Mention], layout: str) -> list[Mention]:
    """A list of lines, bullets or HTML items without groups, under a lead-in that names a person before
    counting the others the list gives (``named_first``): that person first, the positions renumbered."""
    if not mentions or any(m.group for m in mentions):
        return list(mentions)
    span = named_first(doc.text, mentions[0].start, len(mentions))
    if span is None or any(span[0] < m.end and m.start < span[1] for m in mentions):
        return list(mentions)
    added, _ = build_mentions(doc, [RawItem(span[0], span[1], None)], layout)
    return [replace(m, position=k) for k, m in enumerate([*added, *mentions], start=1)]
