"""Where the items of an English enumeration start and end: the first item after its lead-in (a post
before a name, a value before it), the last before the words that close the sentence, and values
given in turn after the names ("… respectively"). Used by ``_inline_pieces.item_spans``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.clause_cues import EN_ATTRIBUTION_RE
from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.name_words import EN_DESCRIBED_PLACE_RE
from pipeline.lang.posts import EN_POST_BEFORE_NAME_RE, EN_TITLE_RE, MAX_EN_POST_WORDS, en_post_and_name
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import Found, find_values
from sources.item_marks import AT_BEFORE_VALUE_RE
from sources.layouts._inline_piece_shapes import (
    _ARTICLE_RE,
    _EN_LOWER_WORDS,
    EN_NAME_RUN_RE,
    MAX_EN_WORDS,
    VALUE_BEFORE_NAME_RE,
)

_EN_LEAD_RE = re.compile(
    r"(?:^|\b(?:of|from|including|include|includes|are|were|is|namely|in|to|with|on|for|as|and|like"
    r"|such as)\b|:)\s*",
    re.IGNORECASE,
)


def _value_tail(text: str, a: int, b: int) -> int:
    """Where the values that end ``text[a:b]`` start (``b`` when it ends with none): ``Aland 25%``."""
    found = find_values(text[a:b])
    end = b
    for f in reversed(found):
        if text[a + f.end : end].strip(WHITESPACE + ":：()（）"):
            break
        end = a + f.start
    return end


_TRAILING_PAREN_RE = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _first_en(text: str, a: int, b: int) -> int:
    """Start of the capitalized name that ends the first piece (``nationals of Aland``), else of the one
    that opens it, before its verb (``A and B face 24 % and 25 %``); ``b`` when there is neither."""
    bracketed = _TRAILING_PAREN_RE.search(text[a:b])
    if bracketed is not None and find_values(bracketed.group(0)):
        b = a + bracketed.start()  # "… Aland (to 20% from 46%)": the name before its bracketed values
    piece = AT_BEFORE_VALUE_RE.sub("", text[a : _value_tail(text, a, b)])  # "… Aland at 49%"
    tag = _TRAILING_PAREN_RE.search(piece)  # "Jane Roe (R-Mo.)": the name before its tag
    if tag is not None:
        piece = piece[: tag.start()]
    runs = list(EN_NAME_RUN_RE.finditer(piece))
    if runs and runs[-1].end() >= len(piece.rstrip(WHITESPACE + ":：(（,")):  # ",": "Aland, at $1 trillion"
        words = runs[-1].group(0).split()
        skip = 0
        while skip < len(words) and words[skip].lower() in _EN_LOWER_WORDS:
            skip += 1
        if skip < len(words):
            name = a + runs[-1].start() + sum(len(w) + 1 for w in words[:skip])
            return _post_before(text, a, _value_before(text, a, name))
    opening = len(piece) - len(piece.lstrip(WHITESPACE))
    return a + opening if runs and runs[0].start() == opening and piece[opening:][:1].isupper() else b


# a post between the lead-in's verb (or colon) and the first name, in lower case or naming its body: "Others
# include police chief John Doe, …", "They are former Aland Command Center commander John Doe, …"
_POST_AFTER_LEAD_RE = re.compile(
    r"(?:\b(?:include|includes|included|are|were)|:)\s+(?P<post>(?:[A-Za-z][\w'’\-]*\s+)"
    rf"{{0,{MAX_EN_POST_WORDS}}}?" + EN_TITLE_RE.pattern + r")\s+$"
)


def _post_before(text: str, a: int, name: int) -> int:
    """Where the first item starts when a post in lower case comes before its name, right after the
    lead-in's verb (``… include police chief John Doe``): at the post; else at the name."""
    m = _POST_AFTER_LEAD_RE.search(text, a, name)
    return m.start("post") if m is not None and EN_POST_BEFORE_NAME_RE.match(text, m.start("post")) else name


def _value_before(text: str, a: int, name: int) -> int:
    """Where the first item starts when its value comes first (``They include 46% on Aland``): at the
    value; else at the name."""
    for m in VALUE_BEFORE_NAME_RE.finditer(text, a, name + 1):
        if m.end() == name:
            return m.start()
    return name


def trailing_name_start(text: str, a: int, b: int) -> int | None:
    """Start of the capitalized name that ends the clause piece ``text[a:b]``, its value after it
    (``the highest rates went to Syria (41 %)``), else None."""
    cut = _first_en(text, a, b)
    opening = len(text[a:b]) - len(text[a:b].lstrip(WHITESPACE))
    return cut if a + opening < cut < b else None


def _first_en_item(text: str, a: int, b: int) -> int:
    """Start of the first item of semicolon-separated English items, each a name and its attributes after
    commas: the capitalized name that ends the words before one of the piece's commas (``…this week,
    among them Jane Roe, 44, a former host``), else as ``_first_en``."""
    k = text.find(",", a, b)
    while k >= 0:
        cut = _first_en(text, a, k)
        if a < cut < k and text[cut - 1] in WHITESPACE:
            return cut
        k = text.find(",", k + 1, b)
    return _first_en(text, a, b)


_VALUE_AFTER_RE = re.compile(r"[\s:：(（]*(?:at\s+)?")


_TITLE_PAREN_RE = re.compile(r"\s*\(([^()]{1,60})\)")
_EN_TITLE_WORDS_RE = re.compile(rf"\b{EN_TITLE_RE.pattern}", re.IGNORECASE)


def _last_en(text: str, a: int, b: int) -> int:
    if (
        ahead := VALUE_BEFORE_NAME_RE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
    ) is not None:
        a = ahead.end()  # "… and 32% on Aland": the name after its value ends the item
    piece = text[a:b]
    offset = len(piece) - len(piece.lstrip())
    if en_post_and_name(piece.strip()) is not None:
        return a + len(piece.rstrip())  # "Secretary for Justice Jane Roe": a post, then the name ends it
    if (article := _ARTICLE_RE.match(piece, offset)) is not None:
        offset = article.end()  # "… and the Aland Islands 20%": the name after its article
    place = piece[offset:].rstrip(WHITESPACE + ".")
    if EN_DESCRIBED_PLACE_RE.fullmatch(place) and len(place.split()) <= MAX_EN_WORDS:
        return a + offset + len(place)  # "… and the winner of play-off Path D": a place, described
    m = EN_NAME_RUN_RE.match(piece, offset)
    if not m or not m.group(0)[:1].isupper():
        # "… and intelligence chief Peter Smith": a person after a post in lower case
        post = EN_POST_BEFORE_NAME_RE.match(piece.lstrip())
        return a + len(piece) - len(piece.lstrip()) + post.end() if post else a
    words = m.group(0).split()
    while words and words[-1].lower() in _EN_LOWER_WORDS:
        words.pop()
    end = a + offset + len(" ".join(words))
    title = _TITLE_PAREN_RE.match(text, end, b)
    if title is not None and (
        _EN_TITLE_WORDS_RE.search(title.group(1)) or not text[title.end() : b].strip(WHITESPACE + ".")
    ):
        # "… and Peter Smith (intelligence chief)": what the last person is; an aside that closes the
        # clause belongs to the last item as the others' do ("… and Peter Smith (Borduria).")
        return title.end()
    if title is not None and not find_values(title.group(1)) and _value_at(text, title.end(), b):
        end = title.end()  # "… and Jane Roe (Aland Party) 8.3%": the bracket, then its values, as the others'
    aside = _APPOSITIVE_TAIL_RE.fullmatch(text, end, b)
    if aside is not None and len(aside.group(0).split()) <= MAX_APPOSITIVE_WORDS:
        return aside.end(1)  # "… and Jane Roe, a diplomat from Borduria.": what the last person is
    while True:  # the item's values right after its name: "Aland 25%", "Borduria (40%)", "Carpathia 25% 24%"
        gap = _VALUE_AFTER_RE.match(text, end, b)
        found = find_values(text[gap.end() : b]) if gap else []
        if not gap or not found or found[0].start != 0 or _in_turn(text, gap.end(), found):
            return end
        end = gap.end() + found[0].end
        if end < b and text[end] in ")）":
            end += 1


def _value_at(text: str, at: int, b: int) -> bool:
    """A value of the item's own right at ``at`` (after a space or a colon), not values given in turn."""
    gap = _VALUE_AFTER_RE.match(text, at, b)
    found = find_values(text[gap.end() : b]) if gap else []
    return bool(gap and found and found[0].start == 0 and not _in_turn(text, gap.end(), found))


# what the last name is, closing the clause: a comma, an indefinite article or a possessive, a few words
MAX_APPOSITIVE_WORDS = 8
_APPOSITIVE_TAIL_RE = re.compile(r"(,\s*(?:an?|its|his|her|their)\s+[A-Za-z][^,;:()]*?)[\s.]*")
_BETWEEN_IN_TURN_RE = re.compile(r"\s*,?\s*(?:and\s+|&\s+)?")
_RESPECTIVELY_RE = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)


def _in_turn(text: str, at: int, found: Sequence[Found]) -> bool:
    """The values from ``at`` are given to the names in turn (``A and B at 20% and 19% respectively``):
    several, one after another, then ``respectively``; none is the last name's own."""
    end = at + found[0].end
    for f in found[1:]:
        if not _BETWEEN_IN_TURN_RE.fullmatch(text, end, at + f.start):
            break
        end = at + f.end
    return end > at + found[0].end and _RESPECTIVELY_RE.match(text, end) is not None


_BEFORE_VALUE_RE = re.compile(r"\s*(?:\b(?:at|of|with)\s*)?$")


def values_in_turn_start(text: str, s: int, e: int, b: int) -> int | None:
    """Where the last name of an English run ends when the piece ``text[s:e]`` goes on with the first of
    values given in turn (``… and C at 20%, 19% and 18% respectively``, ``b`` the clause's end); None when
    it holds no such values."""
    found = find_values(text[s:e])
    if not found:
        return None
    at = s + found[0].start
    if not _in_turn(text, at, find_values(text[at:b])):
        return None
    before = _BEFORE_VALUE_RE.search(text, s, at)
    return before.start() if before is not None and before.start() > s else None


def attributed(text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """The last of an English clause's pieces says who said it, right after the piece that joins the last
    two items (``…, C and D, the Institute said``) or after the clause's one piece (``…sanctions on four
    judges of the Aland Court, Secretary of State Jane Roe said in a statement``)."""
    return (
        len(pieces) >= 2
        and EN_ATTRIBUTION_RE.fullmatch(text[slice(*pieces[-1])].strip(" .")) is not None
        and (len(pieces) == 2 or FINAL_JOINER_RE.search(text, *pieces[-2]) is not None)
    )


# a piece that is only a value after its preposition, set off by commas after a name ("Aland, at about $1
# trillion, Borduria …"): the name's own value, no item
_VALUE_ASIDE_RE = re.compile(r"\s*(?:at|with|on)\s+", re.IGNORECASE)


def value_asides_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each piece that is only ``at`` and one value joined to the piece before it, one name's (``Aland, at
    about $1 trillion, Borduria ($314 billion)``: ``Aland, at about $1 trillion`` is one item)."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        at = _VALUE_ASIDE_RE.match(text, s, e)
        # "Aland and Borduria, at 40 %": a value two names share (``_inline_shared_values``), not one's
        v = at.end() if out and at is not None and not FINAL_JOINER_RE.search(text, *out[-1]) else e
        found = find_values(text[v:e])
        if len(found) == 1 and found[0].start == 0 and not text[v + found[0].end : e].strip(" ."):
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out
