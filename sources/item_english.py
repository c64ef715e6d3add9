"""Attributes of a person in English around the name: a post before it, posts, bodies and places after a
comma, a nominee's age and post, ``of Borduria``. What is set apart after the name, in parentheses or
after a colon: ``sources.item_english_after``.
"""

from __future__ import annotations

import re

from pipeline.lang.portfolios import portfolio
from pipeline.lang.posts import (
    EN_POST_OF_RE,
    EN_TITLE_NOUNS,
    EN_TITLE_PHRASE_RE,
    EN_TITLE_RE,
    en_post_and_name,
)
from pipeline.lang.scripts import CJK, KANA
from pipeline.lang.vote_cues import EN_PARTY_DESCRIBED
from pipeline.models import Attribute, AttributeKind
from sources.item_titles import is_portfolio, is_title
from sources.item_values import trim

# an English title abbreviated before a name: "Sens. Jane Roe", "Dr. John Doe"
HONORIFIC_RE = re.compile(
    r"(?:Sens?|Reps?|Gov|Gens?|Lt|Col|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Hon)\.\s+(?=[A-Z])"
)
# what ends a company's or a body's name, not a person's: "General Electric Company", "Acme Corp"
_NOT_A_PERSON_RE = re.compile(
    r"\b(?:Inc|Co|Corp|Ltd|LLC|Group|Company|Corporation|Bank|Ministry|Agency|Council|Court|Office)\b\.?$"
)


def en_post_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Foreign Minister Jane Roe``, ``intelligence chief Peter Smith``: the post before an English name
    of two to four capitalized words (a company's name, ``General Electric Company``, is left whole)."""
    m = en_post_and_name(text, start, end)
    if m is None or _NOT_A_PERSON_RE.search(m.group("name")):
        return start, ()
    name_start = m.start("name")
    # "Colonel General John Doe": a rank of two words, the second a title noun too, is all the post
    while (word := _TITLE_WORD_RE.match(text, name_start, m.end("name"))) is not None and len(
        text[word.end() : m.end("name")].split()
    ) >= 2:
        name_start = word.end()
    title_end = len(text[:name_start].rstrip())
    title = Attribute(
        AttributeKind.TITLE, text[m.start("title") : title_end], "", m.start("title"), title_end
    )
    return name_start, (title,)


_TITLE_WORD_RE = re.compile(rf"(?i:{EN_TITLE_NOUNS})\s+")


# what separates an English name from its title and the rest: a comma, or a spaced dash
_EN_ATTRIBUTE_SEP_RE = re.compile(r",|\s[—–-]\s")


_OF_WHAT_RE = re.compile(r"\s+(?:of|for|to|at|in)\s+.*$", re.DOTALL)


def _en_title(piece: str) -> bool:
    """A title: ``deputy prosecutor``, ``Minister of Interior``, or a few words ending in one
    (``interior minister``, ``army commander``)."""
    piece = piece.strip()
    head = _OF_WHAT_RE.sub("", piece)  # "foreign minister of Borduria": the post before what it serves
    return (
        EN_TITLE_RE.match(piece) is not None
        or EN_TITLE_PHRASE_RE.match(piece) is not None
        or EN_TITLE_PHRASE_RE.match(head) is not None
        or is_portfolio(piece)  # "Jane Roe – foreign affairs": the field of a post, its title noun left out
    )


# "a judge from Aland", "the deputy prosecutor of the court", up to a relative clause or the end
_TITLE_AND_PLACE_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<title>[A-Za-z][\w\s'’\-]*?)\s+(?P<link>from|of|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)"
    r"(?:\s*[,;]?\s+(?:who|which|that|whose)\b.*)?[.;]?$"
)


MAX_FIELD_WORDS = 5  # "Health and Human Services"


def _post_of(words: str) -> bool:
    """What a post is of, the two one post: ``EN_POST_OF_RE``'s words, or a field that opens with a word
    of one (``Finance``, ``Foreign Affairs``; ``Aland Energy`` is a body)."""
    split = words.split()
    return EN_POST_OF_RE.fullmatch(words) is not None or (
        0 < len(split) <= MAX_FIELD_WORDS and bool(portfolio(split[0])) and not BODY_WORD_RE.search(words)
    )


def _title_and_place(text: str, start: int, end: int) -> tuple[Attribute, ...]:
    """``a judge from Aland who led …``: the title, and the place (``from``) or body (``of``, ``at``)
    it comes with; () when the words are not a title so followed."""
    m = _TITLE_AND_PLACE_RE.fullmatch(text, start, end)
    if m is None or not _en_title(m.group("title")) or not m.group("place")[:1].isupper():
        return ()
    if m.group("link").casefold() == "of" and _post_of(m.group("place")):
        # "Chief of Staff", "Minister of Finance": one post, what it is of no body of its own
        return (
            Attribute(
                AttributeKind.TITLE,
                text[m.start("title") : m.end("place")],
                "",
                m.start("title"),
                m.end("place"),
            ),
        )
    kind = AttributeKind.OTHER if m.group("link").casefold() == "from" else AttributeKind.ORGANIZATION
    return (
        Attribute(AttributeKind.TITLE, m.group("title"), "", m.start("title"), m.end("title")),
        Attribute(kind, m.group("place"), "", m.start("place"), m.end("place")),
    )


def english_attributes(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Name, title, organization`` (or ``Name — title, organization``): the pieces after the name,
    starting with a title."""
    segment = text[start:end]
    if re.search(f"[{CJK}{KANA}]", segment) or _EN_ATTRIBUTE_SEP_RE.search(segment) is None:
        return end, ()
    cuts = [0, *(x for m in _EN_ATTRIBUTE_SEP_RE.finditer(segment) for x in m.span()), len(segment)]
    pieces = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k + 1] > cuts[k]]
    if len(pieces) < 2:
        return end, ()
    first_title = next((k for k, (a, b) in enumerate(pieces) if k > 0 and _en_title(segment[a:b])), None)
    first_told = next((k for k, (a, b) in enumerate(pieces) if k > 0 and _nominee_piece(segment[a:b])), None)
    if first_told is not None and (first_title is None or first_told < first_title):
        return _nominee_attributes(text, start, [(start + a, start + b) for a, b in pieces], first_told)
    if first_title is None and (
        said := _said_after_dash(text, start, [(start + a, start + b) for a, b in pieces])
    ):
        return said
    if first_title is None:
        return _described_after_comma(text, start, [(start + a, start + b) for a, b in pieces])
    attrs: list[Attribute] = []
    for k, (a, b) in enumerate(pieces[first_title:], start=first_title):
        s, e = trim(text, start + a, start + b)
        if e <= s:
            continue
        if k == first_title and (described := _title_and_place(text, s, e)):
            attrs.extend(described)  # "a judge from Aland who …": the title, and where from
            continue
        kind = (
            AttributeKind.TITLE
            if k == first_title or EN_TITLE_RE.match(text[s:e])
            else AttributeKind.ORGANIZATION
        )
        attrs.append(Attribute(kind, text[s:e], "", s, e))
    name_end = trim(text, start, start + pieces[first_title][0])[1]
    return name_end, tuple(attrs)


MAX_SAID_WORDS = 3  # words of each piece said after the dash
MAX_SAID_PIECES = 3
_PERSON_WORDS_RE = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}")
_CAPITALIZED_WORDS_RE = re.compile(rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,{MAX_SAID_WORDS - 1}}}")


def _said_after_dash(
    text: str, start: int, pieces: list[tuple[int, int]]
) -> tuple[int, tuple[Attribute, ...]] | None:
    """``Jane Roe — Aland Party, Borduria``: a name of two to four capitalized words, a spaced dash, then
    short capitalized pieces (a party, a place) that say what the person is, each an attribute; else
    None."""
    (ns, ne), *rest = (trim(text, a, b) for a, b in pieces)
    if not rest or len(rest) > MAX_SAID_PIECES or "," in text[ne : rest[0][0]]:
        return None  # the first piece after a dash, not a comma
    if not _PERSON_WORDS_RE.fullmatch(text, ns, ne) or _NOT_A_PERSON_RE.search(text, ns, ne):
        return None
    if not all(_CAPITALIZED_WORDS_RE.fullmatch(text, a, b) for a, b in rest):
        return None
    return ne, tuple(Attribute(AttributeKind.OTHER, text[a:b], "", a, b) for a, b in rest)


# what a name is, said after a comma with an article and a few words in lower case: ", a shipbuilder"
# or whose national the person is: ", a Borduria national", ", Aland citizen", ", nationality Aland"
_A_DESCRIPTION_RE = re.compile(
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}"
    # an article, a few words ending in one in lower case, where from ("a Hong Kong businessman", "a diplomat
    # from Borduria")
    r"|(?:a|an)\s+(?:[A-Za-z][\w\-]*\s+){0,4}[a-z][\w\-]*"
    r"(?:\s+(?:from|of|in|at)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?"
    # or the part the person plays, with the definite article: ", the host", ", the summit host"
    r"|the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    # or a calling in a word or two in lower case, without an article: ", spy", ", retired teacher"
    r"|(?!(?:and|or|the|of|in|at)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    # and what of: ", operator of three tankers", "— supplier of parts to Aland Motors"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3})?"
    r"|(?:(?:a|an)\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:national|citizen)"
    r"|nationality:?\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?"
    # or a clause of who the person is or what they do: ", who heads the Aland Bank"
    r"|(?:who|whose)\s+[a-z][\w\-]*(?:\s+[\w'’.\-]+){0,8}"
)
# (another name of it in brackets after it: "Jane Roe (a.k.a. Jane Q. Roe), a Borduria national")
_CAPITALIZED_NAME_RE = re.compile(r"[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*)*(?:\s*\([^()]*\))?")


def _described_after_comma(
    text: str, start: int, pieces: list[tuple[int, int]]
) -> tuple[int, tuple[Attribute, ...]]:
    """``Borduria Heavy Industries Ltd, a shipbuilder``: a name in capitalized words, then after its one
    comma what it is (an article and a few words in lower case), an attribute; else no attributes."""
    if len(pieces) != 2:
        return pieces[-1][1], ()
    (ns, ne), (ds, de) = (trim(text, a, b) for a, b in pieces)
    if not _CAPITALIZED_NAME_RE.fullmatch(text, ns, ne) or not _A_DESCRIPTION_RE.fullmatch(text, ds, de):
        return pieces[-1][1], ()
    return ne, (Attribute(AttributeKind.OTHER, text[ds:de], "", ds, de),)


# the pieces that tell what a person named before them is, in a wire's list of nominees: an age ("44"), the
# post ("for defense secretary"), a description ("a former host", "the governor of Aland")
_AGE_RE = re.compile(r"\s*\d{1,3}\s*")
_FOR_POST_RE = re.compile(r"\s*(?:as|for)\s+(?:the\s+)?")
_DESCRIPTION_RE = re.compile(r"\s*(?:a|an|the)\s+[a-z]")


def _nominee_piece(piece: str) -> bool:
    """An age, or ``for`` and a post: what only follows a person's name."""
    post = _FOR_POST_RE.match(piece)
    return _AGE_RE.fullmatch(piece) is not None or (post is not None and is_title(piece[post.end() :]))


def _nominee_attributes(
    text: str, start: int, pieces: list[tuple[int, int]], first: int
) -> tuple[int, tuple[Attribute, ...]]:
    """``Jane Roe, 44, a former host, for defense secretary``: the name, then its age, a description
    (or a title and the place or body it comes with) and the post it is named for; with no post named
    for, a title piece (``former finance minister``) is the person's title. Where a piece is none
    of these, the name is not so told: (end, ())."""
    attrs: list[Attribute] = []
    named_for = any(_nominee_piece(text[a:b].strip()) and not _AGE_RE.fullmatch(text[a:b]) for a, b in pieces)
    for a, b in pieces[first:]:
        s, e = trim(text, a, b)
        piece = text[s:e]
        post = _FOR_POST_RE.match(piece)
        if _AGE_RE.fullmatch(piece):
            attrs.append(Attribute(AttributeKind.OTHER, piece, "", s, e))
        elif post is not None and is_title(piece[post.end() :]):
            attrs.append(Attribute(AttributeKind.TITLE, piece[post.end() :], "", s + post.end(), e))
        elif described := _title_and_place(text, s, e):
            attrs.extend(described)
        elif _en_title(piece) and not _DESCRIPTION_RE.match(piece) and not named_for:
            # "Jane Roe, 55, former finance minister": the post the person holds or held
            attrs.append(Attribute(AttributeKind.TITLE, piece, "", s, e))
        elif _DESCRIPTION_RE.match(piece) or _en_title(piece) or _said_after_age(text, pieces, a, s, e):
            attrs.append(Attribute(AttributeKind.OTHER, piece, "", s, e))
        else:
            return pieces[-1][1], ()
    return trim(text, start, pieces[first][0])[1], tuple(attrs)


MAX_SAID_AFTER_AGE_WORDS = 6  # "Radio Free Europe/Radio Liberty editor", "aide to Jane Roe"


def _said_after_age(text: str, pieces: list[tuple[int, int]], a: int, s: int, e: int) -> bool:
    """``Jane Roe, 32, Aland Post reporter``: the last piece right after an age says what the person is
    (an occupation, a nationality), in a few words without a number, whether or not a title word ends
    it."""
    k = next(k for k, (x, _) in enumerate(pieces) if x == a)
    words = text[s:e].split()
    return (
        k == len(pieces) - 1
        and k > 0
        and _AGE_RE.fullmatch(text[pieces[k - 1][0] : pieces[k - 1][1]]) is not None
        and 0 < len(words) <= MAX_SAID_AFTER_AGE_WORDS
        and not re.search(r"\d", text[s:e])
    )


# words that make "X of Y" one name (a body or a state), not a person "of" a country
BODY_WORD_RE = re.compile(
    r"\b(?:Council|Commission|Committee|Organi[sz]ation|Fund|Programme|Program|Agency|Assembly|Union|Forum|Bank"
    r"|Office|Secretariat|Conference|Institute|Alliance|Board|Court|Tribunal|Group|Panel|Network|Centre|Center"
    r"|Association|Federation|Republic|Kingdom|States|Islands|Commonwealth|Emirates|University|College|School"
    r"|Academy|Society|Ministry|Department|Authority|Service|Company|Corporation|Museum|Isle|Bureau|Chamber"
    r"|Party|Parties|Movement|Front|Coalition)\b"
)
_OF_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)$")
# or a party or body of more words, or told with what it is (``of the ruling Aland People's Party``)
_OF_PARTY_RE = re.compile(
    rf"\s+of\s+the\s+(?P<what>{EN_PARTY_DESCRIBED})(?P<of>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,4}})$"
)


def of_place(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Solomy Balungi Bossa of Uganda``: a person's name and where they are from."""
    m = _OF_PLACE_RE.search(text, start, end) or _of_party(text, start, end)
    if m is None or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return end, ()
    head = text[start : m.start()]
    if (
        len(head.split()) < 2
        or BODY_WORD_RE.search(head)
        or not all(w[:1].isupper() for w in head.split()[:1])
    ):
        return end, ()
    return m.start(), (Attribute(AttributeKind.OTHER, m["of"], "", *m.span("of")),)


def _of_party(text: str, start: int, end: int) -> re.Match[str] | None:
    """``of the Aland People's Party``, ``of the main opposition Aland``: a party named in more than two
    words ending in a body's word, or one told with what it is."""
    m = _OF_PARTY_RE.search(text, start, end)
    if m is None or not (m["what"] or BODY_WORD_RE.search(m["of"].split()[-1])):
        return None
    return m
