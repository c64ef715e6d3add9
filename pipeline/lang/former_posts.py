"""A post with the word that makes it a former one left out, wherever the outlet's language puts that word:
before the post (``前陸軍政治委員``, ``former navy commander``) or, as the mainland writes it, between the
body and the title (``陸軍原政治委員``). Two outlets saying one office is past in their own ways then print
one post: what ``checks.post_conflicts`` compares when it looks for posts given to the wrong person.
"""

from __future__ import annotations

import re

from pipeline.lang.posts import JA_TITLE_RE, TITLE_WORDS
from pipeline.lang.scripts import fold_pattern

__all__ = ["NOW_HELD_RE", "post_now_worded"]

_TITLE = "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + "|" + JA_TITLE_RE.pattern + ")"
# the rank before a title word, part of the title: "常務副主任"
_RANK = fold_pattern(r"(?:(?:常務|執行|第一)?副)?")
# a former word that opens the post, a title word somewhere after it ("前陸軍政治委員", "元外相"; not "元首")
_LEADING_RE = re.compile(
    r"^\s*(?:" + fold_pattern(r"前任|原任|前|原") + rf"|元)(?=.*{_TITLE})|^\s*(?:former|ex-)\s*",
    re.IGNORECASE,
)
# the word that says a post is held now, before it ("現任警務處處長"): no part of the post
NOW_HELD_RE = re.compile(fold_pattern(r"現任") + rf"(?=.*{_TITLE})")
MAX_TITLE_HEAD = 3  # characters of a title before its title word ("政治" of 政治委員)
# a former word between the body and its title ("中央軍委原副主席", "陸軍原政治委員")
_INSIDE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])"
    + fold_pattern(r"(?:原|前)")
    + rf"(?=[\u4e00-\u9fff]{{0,{MAX_TITLE_HEAD}}}?{_RANK}{_TITLE})"
)


def post_now_worded(post: str) -> str:
    """``post`` without the word that says it is held no more (``中央軍委原副主席`` -> ``中央軍委副主席``,
    ``former navy commander`` -> ``navy commander``); a post that says no such thing as it is."""
    return _INSIDE_RE.sub("", _LEADING_RE.sub("", post, count=1))
