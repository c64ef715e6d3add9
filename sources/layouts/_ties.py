"""Lines of a list that each name several items, tied on one line (``2. Aland, Borduria (190)``, ``第2位：
甲國、乙國``): a ranking that prints its ties together. ``split_ties`` reads each such line as one item per
name, numbered as the line is (the line's number is their shared place), a figure in parentheses after the
last name shared by all of them.

Read so only where two lines of the run or more name several items, and every piece is a name: short,
capitalised words in Latin letters (a lower-case word other than a name's particle says more than a name:
``Jane Roe, executive director``), no title of a person, no company's legal form alone (``Co., Ltd.``).

Names joined by ``and`` (``Aland and Borduria – 193``, ``Carpania, Dorland and Elbonia – 191``) are parted
on it only where every name the list prints alone is one or two capitalised words, each side of the ``and``
is too, and the whole is no one place CLDR knows (a country whose name holds an ``and`` stays whole);
likewise ``甲國和乙國：193``, ``甲國、乙國及丙國：191`` on their 和, 及 or 與 (one between two ``、``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.lang.based_words import EN_BASED_RE
from pipeline.lang.name_words import EN_FORM_WORDS, NAME_PARTICLES
from pipeline.lang.named_figures import number_after_colon
from pipeline.lang.values import find_values
from sources.item_place_person import place_then_person
from sources.item_titles import is_title
from sources.layouts._inline_valued_pieces import _joiners
from sources.layouts._parens import outside_parens, split_top_level

if TYPE_CHECKING:
    from sources.layouts._records import RawItem

MIN_TIED_LINES = 2
MIN_FIGURED_LINES = 3  # lines that each close on a figure, one of them a tie
MAX_PIECE_CHARS = 30
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'.\-]*")
# a name of one or two capitalised words, as most lines of a ranking of places print theirs
_SHORT_NAME_RE = re.compile(r"[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*)?")
_AND_RE = re.compile(r"\s+and\s+")
# a name in East Asian characters short enough to be one place's
_SHORT_EA_NAME_RE = re.compile(r"[\u3400-\u9fff・·]{2,8}")
# a figure in parentheses after the last name (``(190)``, ``（189個）``, ``(41%)``)
_FIGURE_RE = re.compile(r"\s*[（(]\s*[0-9０-９][^（()）]{0,8}[）)]\s*$")
# what parts the names from a figure after them: a colon, a spaced dash (a blank in East Asian lines), and
# the word saying the figure is each name's ("甲國、乙國 各44%")
_GAP_RE = re.compile(r"(?:\s*[:：]|\s[-–—]|\s*——)\s*(?:各\s*)?$")
_EA_BLANK_GAP_RE = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])[ \t\u3000]+(?:各\s*)?$")
# the word after a figure saying it is each name's ("Aland, Borduria – 44% each")
_EACH_AFTER_RE = re.compile(r"\s+(?:each|apiece)\.?\s*$", re.IGNORECASE)
# a line's own number before its item ("2.", "(2)", "第2位：")
_NUMBER_RE = re.compile(r"([0-9０-９]{1,3})[.．、)）:：]?\s*$")


# what a piece says of the name before it, never a name: a party and state ("Jane Roe, R-Mo."), or a
# spaced dash and what follows it ("Jane Roe — Aland Party, Borduria"), or where it is ("Acme Ltd., of Aland")
_SAID_OF_A_NAME_RE = re.compile(
    rf"^[A-Z]\s*[-–]\s*[A-Z][A-Za-z.]{{0,8}}$|\s[—–-]\s|^{EN_BASED_RE.pattern}\s+[A-Z]"
)
# East Asian words, a blank between each and the next, nothing else: names side by side on a line
_EA_WORD = r"[\u3040-\u30ff\u3400-\u9fff・·]{2,}"
_SPACED_NAMES_RE = re.compile(rf"{_EA_WORD}(?:[ \t\u3000]+{_EA_WORD})+")
# a blank between two East Asian characters: no name of one written in them has one
_SPACED_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]\s+[\u3040-\u30ff\u3400-\u9fff]")


def _and_parted(chunk: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` of ``chunk`` with each ``A and B`` of two short names parted on its ``and`` (a last
    piece's leading ``and`` dropped: ``Carpania, Dorland, and Elbonia``), unless CLDR knows it whole."""
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(pieces):
        piece = chunk[s:e]
        if k and k == len(pieces) - 1 and (lead := re.match(r"\s*and\s+", piece)) is not None:
            s, piece = s + lead.end(), piece[lead.end() :]
        joins = list(_AND_RE.finditer(piece))
        sides = [piece[a:b].strip() for a, b in _between(piece, joins)]
        if len(joins) != 1 or not all(_SHORT_NAME_RE.fullmatch(x) for x in sides) or _known_whole(piece):
            out.append((s, e))
            continue
        out.extend((s + a, s + b) for a, b in _between(piece, joins))
    return out


def and_parted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name ``text[start:end]`` parted on its ``and`` into two names (``Aland and Borduria``) where
    each side is one or two capitalised words and CLDR knows no one place by the whole; else the span."""
    chunk = text[start:end]
    return [(start + a, start + b) for a, b in _and_parted(chunk, [(0, len(chunk))])]


def short_name(name: str) -> bool:
    """``name`` is one or two capitalised words, or a place CLDR knows whole: a name printed alone among
    names that ``and`` may join in twos (see ``and_parted``)."""
    return _SHORT_NAME_RE.fullmatch(name) is not None or _known_whole(name)


def _joined_zh(chunk: str) -> list[tuple[int, int]] | None:
    """The names of ``chunk`` parted on ``、`` and its 和, 及 or 與 (``_joiners``), a piece between two
    ``、`` that CLDR knows whole kept whole; None when a piece is no short name."""
    joins = _joiners(chunk, 0, len(chunk))
    bounds = [0, *(x for m in joins for x in m.span()), len(chunk)]
    out: list[tuple[int, int]] = []
    for k in range(0, len(bounds), 2):
        a, b = bounds[k], bounds[k + 1]
        if out and joins[k // 2 - 1].group(0) != "、" and _known_whole(chunk[out[-1][0] : b]):
            out[-1] = (out[-1][0], b)  # "甲及乙群島"-like: one place whose name holds the joiner
            continue
        out.append((a, b))
    if not all(_SHORT_EA_NAME_RE.fullmatch(chunk[a:b].strip()) for a, b in out):
        return None
    return out


def _between(piece: str, joins: Sequence[re.Match[str]]) -> list[tuple[int, int]]:
    bounds = [0, *(x for m in joins for x in m.span()), len(piece)]
    return [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]


def _known_whole(piece: str) -> bool:
    """CLDR (or ISO 3166) names ``piece`` as one place (a country whose name holds an ``and``)."""
    return bool(builtin_gazetteer().codes(piece.strip()))


def _short_names_alone(text: str, spans: Sequence[tuple[int, int]], ends: Sequence[int]) -> bool:
    """Every line of ``spans`` that prints one name without ``and`` prints one or two capitalised words
    (or a place CLDR knows whole): names the list shapes alike, so ``and`` between two of them joins two."""
    alone = [text[s:e].strip() for s, e in zip((s for s, _ in spans), ends, strict=True)]
    alone = [x for x in alone if not re.search(",|、", x) and not _AND_RE.search(x)]
    alone = [x for x in alone if not _joiners(x, 0, len(x)) or _known_whole(x)]
    short = (_SHORT_NAME_RE, _SHORT_EA_NAME_RE)
    return bool(alone) and all(any(r.fullmatch(_unnumbered(x)) for r in short) for x in alone)


def _unnumbered(line: str) -> str:
    return re.sub(r"^[0-9]{1,3}[.)]\s*", "", line)


def _names(text: str, start: int, end: int, *, joined: bool = False) -> list[tuple[int, int]] | None:
    """The spans of the names ``text[start:end]`` prints, when it prints two or more and nothing else;
    (``joined``) parted on ``and`` too (see the module's docstring)."""
    chunk = text[start:end]
    east_asian = "、" in chunk
    pieces = split_top_level(chunk, "、" if east_asian else ",")
    if joined and not east_asian and _AND_RE.search(chunk):
        pieces = _and_parted(chunk, pieces)
    elif joined and _SHORT_EA_NAME_RE.search(chunk) and _joiners(chunk, 0, len(chunk)):
        pieces = _joined_zh(chunk) or pieces
        east_asian = True
    if not east_asian and _SPACED_NAMES_RE.fullmatch(chunk.strip()):
        if place_then_person(text, start, end) is not None:
            return None  # "甲國 總理張三": a country, then its person with a post, one item
        # "甲國 乙國" on each line: a table of names two or more to a row, flattened to lines of text
        east_asian, pieces = True, [m.span() for m in re.finditer(r"\S+", chunk)]
    if len(pieces) < 2:
        return None
    out = []
    for s, e in pieces:
        piece = chunk[s:e]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece or len(piece) > MAX_PIECE_CHARS or is_title(piece) or _SAID_OF_A_NAME_RE.search(piece):
            return None
        if not any(ch.isalpha() for ch in piece) or find_values(piece) or any(c in piece for c in ":：＝"):
            return None  # "甲國：2.0%、2.1%": one item's values, no names
        if east_asian and _SPACED_CJK_RE.search(piece):
            return None  # "1.甲國 外交、公務護照": a name, a blank, then a note that enumerates
        if not east_asian:
            words = _WORD_RE.findall(piece)
            if not words or any(w[0].islower() and w not in NAME_PARTICLES for w in words):
                return None
            if all(w.strip(".").casefold() in EN_FORM_WORDS for w in _WORD_RE.findall(outside_parens(piece))):
                return None  # "Acme Co., Ltd.": a company's legal form after a comma, no name of its own
        out.append((start + s + lead, start + s + lead + len(piece)))
    return out


def _figure_start(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """Where the figure that ends the line ``text[start:end]`` begins, with what parts it from the names:
    brackets (``(190)``), or (``True``) a colon or a spaced dash (``– 191 destinations``, ``— 49%``,
    ``：191個``)."""
    figure = _FIGURE_RE.search(text, start, end)
    if figure is not None and figure.end() == end:
        return figure.start(), False
    line = text[start:end]
    if (each := _EACH_AFTER_RE.search(line)) is not None:
        line = line[: each.start()]
    found = number_after_colon(line) or [("", f) for f in find_values(line)[-1:] if not line[f.end :].strip()]
    if not found:
        return None
    gap = _GAP_RE.search(line, 0, found[0][1].start) or _EA_BLANK_GAP_RE.search(line, 0, found[0][1].start)
    return (start + gap.start(), True) if gap is not None else None


class _Lines(NamedTuple):
    ends: list[int]  # where each line's names end (before its figure)
    tied: dict[int, list[tuple[int, int]]]  # the names of each line of several, by index
    figured: int  # lines that close on a figure
    dashed: frozenset[int]  # lines whose figure follows a colon or a dash
    # every line but the last closed by a semicolon: one sentence cut into lines ("1. Jane Roe, Aland;")
    joined: bool
    # a piece printed on two lines or more ("甲國　外交護照" over "乙國　外交護照"): a note each line
    # repeats, no name, an article listing each item once
    repeated: bool = False


def _tied(text: str, spans: Sequence[tuple[int, int]]) -> _Lines:
    ends = []
    dashed = set()
    figured = 0
    for k, (start, end) in enumerate(spans):
        figure = _figure_start(text, start, end)
        ends.append(end if figure is None else figure[0])
        figured += figure is not None
        if figure is not None and figure[1]:
            dashed.add(k)
    joined = _short_names_alone(text, spans, ends)
    tied = {
        k: names
        for k, (s, _) in enumerate(spans)
        if (names := _names(text, s, ends[k], joined=joined)) is not None
    }
    semicolons = len(spans) >= 2 and all(text[e : e + 1] in (";", "；") for _, e in spans[:-1])
    printed = [text[x:y] for names in tied.values() for x, y in names]
    return _Lines(
        ends,
        tied,
        figured,
        frozenset(dashed),
        semicolons and len(tied) == len(spans),
        len(set(printed)) < len(printed),
    )


def _ties(spans: Sequence[tuple[int, int]], lines: _Lines) -> bool:
    """Lines of ties: two of them or more, or one among lines that each name one and close on a figure
    (``Carpania, Dorland – 191`` among ``Aland – 193``, ``Borduria – 190``): a ranking's figures mark
    its places, the one tie sharing one. Names before a dash and a figure tie on no more than half the
    lines: ``Jane Roe, Acme – $342 billion`` on most lines is a name and what it belongs to; and every line
    naming as many pieces, none closing on a figure, is a name and what it is, line after line."""
    tied = lines.tied
    if lines.repeated or (any(k in lines.dashed for k in tied) and 2 * len(tied) > len(spans)):
        return False
    if lines.joined and len({len(v) for v in tied.values()}) == 1 and not lines.figured:
        return False  # "1. Jane Roe, Aland;" on every line, no figure: a name and its place each, no ties
    if len(tied) >= MIN_TIED_LINES:
        return True
    return len(tied) == 1 and len(spans) >= MIN_FIGURED_LINES and lines.figured == len(spans)


def names_per_line(text: str, spans: Sequence[tuple[int, int]]) -> list[int] | None:
    """How many names each line of ``spans`` holds when they are lines of ties, else None."""
    lines = _tied(text, spans)
    if not _ties(spans, lines):
        return None
    return [len(lines.tied.get(k, ((0, 0),))) for k in range(len(spans))]


def tie_line(text: str, start: int, end: int) -> bool:
    """``Carpania, Dorland – 191``: the line names several items, then closes on their figure."""
    return tied_names(text, start, end) > 1


def tied_names(text: str, start: int, end: int, *, joined: bool = False) -> int:
    """How many names the line ``text[start:end]`` ties on the figure that closes it (1 for none);
    (``joined``) names joined by ``and`` or 和 counted apart too."""
    figure = _figure_start(text, start, end)
    names = _names(text, start, figure[0], joined=joined) if figure is not None else None
    return len(names) if names is not None else 1


def tied_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], int]] | None:
    """Each line of ``spans`` as the spans of its names and where what they share begins (the figure after
    them, or the line's end), when they are lines of ties; else None."""
    lines = _tied(text, spans)
    if not _ties(spans, lines):
        return None
    return [(lines.tied.get(k) or [(s, lines.ends[k])], lines.ends[k]) for k, (s, _) in enumerate(spans)]


def split_ties(text: str, raw: Sequence[RawItem]) -> list[RawItem]:
    """``raw`` with each line of tied names read as one item per name (see the module's docstring)."""
    lines = _tied(text, [(r.start, r.end) for r in raw])
    if not _ties([(r.start, r.end) for r in raw], lines):
        return list(raw)
    ends, tied = lines.ends, lines.tied
    cut = [(k, ends[k], r.end) for k, r in enumerate(raw)]
    out: list[RawItem] = []
    for k, end, line_end in cut:
        r = raw[k]
        number = _NUMBER_RE.search(text, text.rfind("\n", 0, r.start) + 1, r.start)
        group = r.group or (number.group(1) if number is not None else "")
        spans = tied.get(k) or [(r.start, end)]
        shared = (end, line_end) if end < line_end else r.shared
        out.extend(replace(r, start=s, end=e, group=group, shared=shared) for s, e in spans)
    return out
