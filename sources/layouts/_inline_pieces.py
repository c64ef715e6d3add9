"""Cutting a clause into the items it enumerates: ``Enumeration`` (what the inline layout found) and
``item_spans``, the pieces of a clause (split on ``、``, ``,`` or ``;`` outside parentheses) from where
the first item starts after its lead-in to where the last ends before its closing. The clauses come from
``_inline_clause_spans``, the bounds from ``_inline_bounds_zh``/``_inline_bounds_en``, the shape of a
piece from ``_inline_piece_shapes``. Used by the inline layout (``inline.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.counts import find_counts
from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.posts import (
    ZH_AIDE_RE,
)
from pipeline.lang.scripts import (
    WHITESPACE,
    fold_pattern,
)
from pipeline.lang.values import find_values
from pipeline.models import AttributeKind
from sources.items import split_item
from sources.layouts._inline_bounds_en import (
    _first_en,
    _first_en_item,
    _last_en,
    attributed,
    value_asides_joined,
)
from sources.layouts._inline_bounds_zh import _first_zh, _last_zh
from sources.layouts._inline_people import a_post_unnamed, people_pieces
from sources.layouts._inline_piece_shapes import (
    _TITLE_WORD_RE,
    MIN_ITEMS,
    name_shaped,
    posted_person,
    strip_article,
    trim,
)
from sources.layouts._joined_places import inside_a_place
from sources.layouts._parens import split_top_level
from sources.layouts._piece_edges import comma_pair_parted, to_topic_close, without_edges

ELLIPSIS_RE = re.compile(r"…+|\.{3,}|⋯+")


@dataclass(frozen=True, slots=True)
class Enumeration:
    spans: tuple[tuple[int, int], ...]
    lead_start: int  # where the clause (and its lead-in) starts
    end: int  # offset after the closing (count) or the last item
    stated: int | None
    label: str
    label_span: tuple[int, int]
    selection: bool  # "including", "……": the article names examples only
    count_span: tuple[int, int] = (0, 0)  # where the stated count is written
    context: str = ""  # the words of the clause around the enumeration, a label when it has none
    # values printed after the items, one per item: the same span for each ("A and B, at 40 %"), or
    # one each in order ("A and B, at 49 % and 48 % respectively"); () when the items carry their own
    shared: tuple[tuple[int, int], ...] = ()
    unit: str = (
        ""  # the unit of shared figures printed bare, said once in the sentence ("won 164 seats, … 152")
    )
    # the second group of a sentence read in two (``_inline_two_groups``), its count left unsaid: a list
    # because the counted first group is
    paired: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]


COUNT_CLOSES_RE = re.compile(fold_pattern(r"(?:の|等|など|共|ら)\s*$"))


def _to_closing_count(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces up to the one whose name a closing count follows, when the sentence goes on after it
    (``甲国は5日、乙国、丙国、丁国の3カ国の国民に対し、…``): the count ends the run, the rest is no item."""
    for k in range(1, len(pieces) - 1):
        s, e = pieces[k]
        for c in find_counts(text[s:e]):
            if c.start > 0 and COUNT_CLOSES_RE.search(text, s, s + c.start):
                return pieces[: k + 1]
    return pieces


_LEADING_JOINER_RE = re.compile(r"\s*(?:and|&|or)\s+", re.IGNORECASE)


def _end_before_spaces(text: str, at: int) -> int:
    return len(text[:at].rstrip(WHITESPACE))


def _start_after_spaces(text: str, at: int, b: int) -> int:
    return b - len(text[at:b].lstrip(WHITESPACE))


def _joins_posted_people(text: str, a: int, j: int, k: int, b: int) -> bool:
    """The joiner at ``text[j:k]``, inside what reads as one post, joins two people each after a post of
    their own (``甲國學者張三和律師李四``): a post, then a Chinese name that is no title word, on either side;
    not a joiner within a post (``外交和國防委員會主席張三``, ``部長秘書和律師李四``)."""
    before, after = text[a:j].strip(WHITESPACE), text[k:b].strip(WHITESPACE)
    if not (posted_person(before) and posted_person(after)):
        return False
    split = split_item(before, 0, len(before))
    name = before[split.name_start : split.name_end]
    return _TITLE_WORD_RE.search(name) is None and ZH_AIDE_RE.fullmatch(name) is None


def split_final(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``X和Y`` / ``X and Y``: the last piece holds the two last items."""
    # "政制及內地事務局局長張三": a joiner inside the post the item parser reads joins no items
    posts = [(x.start, x.end) for x in split_item(text, a, b).attributes if x.kind is AttributeKind.TITLE]
    # a joiner's character that ends the piece or opens it joins nothing (甲及: a name's last sound)
    # a joiner between two values ("at 20% and 19% respectively") joins values, not names
    found = find_values(text[a:b])
    ends, starts = {a + f.end for f in found}, {a + f.start for f in found}
    joiners = [
        j
        for j in FINAL_JOINER_RE.finditer(text, a, b)
        if (
            not any(s < j.start() < e for s, e in posts)
            or _joins_posted_people(text, a, j.start(), j.end(), b)
        )
        and a < j.start()
        and j.end() < b
        and not (
            _end_before_spaces(text, j.start()) in ends and _start_after_spaces(text, j.end(), b) in starts
        )
        and not inside_a_place(text, a, b, j.start(), j.end())  # "Trinidad and Tobago", "特立尼达和多巴哥"
    ]
    m = joiners[-1] if joiners else None
    for j in reversed(joiners):  # "A部長甲和衛生與福利部長乙": the 與 inside a post joins no items
        titles = list(_TITLE_WORD_RE.finditer(text, a, j.start()))
        if not titles or not FINAL_JOINER_RE.search(text, titles[-1].end(), j.start()):
            m = j
            break
    lone = _LEADING_JOINER_RE.match(text, a, b)
    if lone is not None and lone.end() < b:
        return [(lone.end(), b)]  # "…, Estovakia, and Freedonia": the serial comma leaves the joiner alone
    if m is None or m.start() <= a or m.end() >= b:
        return [(a, b)]
    return [(a, m.start()), (m.end(), b)]


# what a person or a body is, after its name and a comma: no name opens with an indefinite article or a
# possessive ("John Doe, a businessman, and Jane Roe, its director")
_APPOSITIVE_RE = re.compile(r"\s*(?:and\s+)?(?:an?|its|his|her|their)\s+[a-zA-Z]")


_APPOSITIVE_AFTER_RE = re.compile(r",(?=\s*(?:an?|its|his|her|their)\s+[a-zA-Z])")


def _appositives_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each piece that says what the piece before it is, joined to it (its attribute, no item); the
    pieces as they are when none, or when the first piece is one (the lead-in's words)."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and _APPOSITIVE_RE.match(text, s, e) and not _APPOSITIVE_RE.match(text, *out[-1]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_ORDINAL_START_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")


def item_spans(text: str, a: int, b: int, east_asian: bool) -> list[tuple[int, int]] | None:
    """Item spans of ``text[a:b]`` split on its separator, the first cut after its lead-in and the last
    before its closing; ``X和Y`` in the last piece gives two items."""
    seps = "、" if east_asian else ";" if text.count(";", a, b) >= MIN_ITEMS - 1 else ","
    region = ELLIPSIS_RE.sub(lambda m: seps[0] * len(m.group(0)), text[a:b])
    if east_asian and (ordinal := _ORDINAL_START_RE.match(region)) is not None:
        region = " " * ordinal.end() + region[ordinal.end() :]  # "一、對甲國、乙國…": the paragraph's number
    pieces = [(a + s, a + e) for s, e in split_top_level(region, seps)]
    pieces = [(s, e) for s, e in pieces if text[s:e].strip(WHITESPACE)]
    if not east_asian:  # "…, C and D, the Institute said": who said it; "A, at $1 trillion, B": A's value
        pieces = value_asides_joined(text, pieces[:-1] if attributed(text, pieces) else pieces)
        if seps == ",":  # "John Doe, a businessman, and Jane Roe, …"
            pieces = _appositives_joined(text, pieces)
    if east_asian:  # "甲、乙和丙事務大臣李四": one post; "山田太郎氏と佐藤花子氏": two people
        pieces = people_pieces(text, pieces)
        pieces = to_topic_close(text, without_edges(text, pieces))  # "A、B、以及C", "Aのほか、B", "Bは、"
        pieces = comma_pair_parted(text, pieces)  # "A、B，以及C和D"
    if len(pieces) == 1:  # "X和Y", "X and Y": two items joined by a word only
        pieces = split_final(text, *pieces[0])
    if len(pieces) < 2:
        return None
    if east_asian:
        pieces = _to_closing_count(text, pieces)
    if seps == ";":  # "A, a judge from X; B, …; and C, …": whole items, their attributes after commas
        first_a, first_b = pieces[0]
        after_colon = text[a - 1 : a] in (":", "：")  # "…to its Entity List: Acme Technologies Co., Ltd.;"
        if not after_colon:
            cut = _first_zh(text, first_a, first_b) if east_asian else _first_en_item(text, first_a, first_b)
            pieces[0] = (cut, first_b)
        spans = [trim(text, *p) for p in pieces]
        last_a, last_b = spans[-1]
        joiner = re.match(r"(?:and|&)\s+", text[last_a:last_b])
        spans[-1] = (last_a + (joiner.end() if joiner else 0), last_b)
        spans = [(strip_article(text, s, e), e) for s, e in spans]
        return [(s, e) for s, e in spans if e > s]
    first_a, first_b = pieces[0]
    head_b = first_b  # "… are John Doe, a businessman": the name ends before what it is
    if not east_asian and (aside := _APPOSITIVE_AFTER_RE.search(text, first_a, first_b)) is not None:
        head_b = aside.start()
    start = _first_zh(text, first_a, first_b) if east_asian else _first_en(text, first_a, head_b)
    last_a, last_b = pieces[-1]
    zh_end = _last_zh(text, last_a, last_b) if east_asian else last_b  # Chinese closings never hold 和
    *before, (final_a, final_b) = split_final(text, last_a, zh_end)
    end = final_b if east_asian else _last_en(text, final_a, final_b)
    spans = [(start, first_b), *pieces[1:-1], *before, (final_a, end)]
    spans = [trim(text, s, e) for s, e in spans]
    if east_asian and _JA_TOPIC_END_RE.search(text, *spans[0]):
        spans = spans[1:]  # "全面禁止の対象は、A、B、Cの3か国": the lead-in's topic, no item
    if not east_asian:
        spans = [(strip_article(text, s, e), e) for s, e in spans]
        spans = [*spans[:1], *(h for p in spans[1:-1] for h in _two_people(text, *p)), *spans[-1:]]
    kept = [(s, e) for s, e in spans if e > s]
    if east_asian and a_post_unnamed(text, kept):
        return None  # "…、乙國國防部長周八、丙國總理": one of the people is no name to read
    if not east_asian and len(kept) >= 2 and kept[-1] != spans[-1] and not before:
        # the last piece holds no name (", over their criticism"): the piece before ends the run
        last = [trim(text, *h) for h in split_final(text, *kept[-1])]  # "… and the Aland Islands (2%)"
        kept = [*kept[:-1], *((strip_article(text, s, e), e) for s, e in last)]
    return kept


_PERSON_AND_PERSON_RE = re.compile(
    r"(?P<one>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-.]*)+)\s+and\s+(?P<other>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-.]*)+)"
)


def _two_people(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A middle piece of an English enumeration that joins two names of two words or more with ``and``
    (``…, Jane Roe and John Doe, …``: names under one plural title) holds two items; a name of single
    words holding ``and`` (``Aland and Borduria Islands`` aside, ``Trinidad and Tobago``) stays one."""
    m = _PERSON_AND_PERSON_RE.fullmatch(text, a, b)
    if m is None:
        return [(a, b)]
    return [(m.start("one"), m.end("one")), (m.start("other"), m.end("other"))]


_JA_TOPIC_END_RE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff][はがをにでもへ]$")


_VERB_AFTER_RE = re.compile(r"\s+(?!(?:and|or)\s+[A-Z])[a-z]")  # not "… (44%) and Borduria (36%)"
_ONE_WORD_RE = re.compile(r"\s+[a-z]+\s*")


def cut_at_verb(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``A, B and C will each face 25 %, while …``: the English piece whose names are followed by the
    sentence's verb ends the run (its last names split on ``and``); the pieces after it are not items.
    One word in lower case closing a name of two words or more in the middle of the enumeration (``…,
    Acme's Aland unit, …``) is part of that name, not a verb."""
    for k, (s, e) in enumerate(spans):
        end = _last_en(text, s, e)
        if 0 < k < len(spans) - 1 and _ONE_WORD_RE.fullmatch(text, end, e) and " " in text[s:end].strip():
            continue
        if s < end < e and _VERB_AFTER_RE.match(text, end, e):
            return [*spans[:k], *(trim(text, *h) for h in split_final(text, s, end))]
    return spans


def joined_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Jane Roe of Aland and John Doe of Borduria``: an English piece too long for one name whose
    two halves around its last ``and`` are names each is two items (``Bosnia and Herzegovina`` stays)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        halves = split_final(text, s, e)
        if len(halves) == 2 and not name_shaped(text[s:e], False):
            parts = [trim(text, *h) for h in halves]
            if all(name_shaped(text[x:y], False) for x, y in parts):
                out.extend(parts)
                continue
        out.append((s, e))
    return out
