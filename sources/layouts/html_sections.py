"""A section per item on an HTML page: a heading that names the item (``<h3>Aland</h3>``, ``<h2>甲國</h2>``,
a paragraph all in bold, ``<p><strong>甲国</strong></p>``) over a paragraph of prose that prints its value
(``<p>Aland faces a 49% tariff …</p>``, ``<p>稅率由30%調降至20%，…</p>``).

1. The page's headings (``<h2>``..``<h6>``, a paragraph all in bold; no ``<h1>``, nothing inside a list
   or a table) that read as a name: in English a few capitalized words, in Chinese and Japanese a few
   characters and no particle (``east_name``); each heading's section is the text under it, up to the
   next heading.
2. Headings of one rank in a row, no other heading between them, make a run.
3. Each section's value, in the first sentence of the paragraph right under its heading: the only one,
   the one it has now of two (``from 44% to 40%``, ``由30%調降至20%``), none when two are not told apart
   (``lead_value``). A section is an item when that paragraph prints a value or names its heading; one
   that does neither (``Background``, ``背景``, a post on a line of its own) is no item: at a run's ends
   it is left out, inside a run it leaves the run unread (a list read in part accuses its outlet of
   leaving out the rest).
4. A run of at least ``MIN_SECTIONS`` items, their names all different and their values of one unit, is
   a list; a count in the paragraph right above its first heading that numbers as many names is its
   stated count. Several runs, each under a heading of a higher rank (``<h2>Full ban (12)</h2>`` over
   ``<h3>`` names), are groups of one list, labelled and counted by those headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.name_words import EN_NOT_A_NAME_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from pipeline.models import Heading
from sources.base import Document, Extraction
from sources.layouts._headings import group_label
from sources.layouts._inline_paragraph_east import east_name, lead_value
from sources.layouts._inline_paragraph_leads import count_above
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, is_east_asian, trim
from sources.layouts._memo import per_document
from sources.layouts._records import RawItem, build_mentions
from sources.layouts._section_posts import section_posts
from sources.layouts.inline import text_start
from sources.page import HtmlPage, page_of
from sources.tags import is_tag, parent_tag, tags

NAME = "html-sections"
CONFIDENCE = 0.86  # below the HTML list readers: a page's marked list is read by them first
MIN_SECTIONS = 3
MAX_EN_HEADING_WORDS = 5
_SPACE = WHITESPACE + "\n"
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
BLOCK_TAGS = ("p", "div")
BOLD_TAGS = ("strong", "b")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9%)])\.(?=\s+[A-Z\"“]|\s*$)|[。!?！？]")


@dataclass(frozen=True, slots=True)
class _Section:
    name: tuple[int, int]  # the heading's words
    rank: int
    named: bool  # the heading reads as a name, over words of its own
    value: tuple[int, int] | None = None  # None: no figure; (0, 0): figures not told apart
    item: bool = False  # its first paragraph prints a value or names its heading


def _name_heading(words: str) -> bool:
    if is_east_asian(words):
        return east_name(words)
    return (
        words[:1].isupper()
        and EN_NAME_RUN_RE.fullmatch(words) is not None
        and len(words.split()) <= MAX_EN_HEADING_WORDS
        and EN_NOT_A_NAME_RE.match(words) is None
    )


def _value(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The value the paragraph ``text[lo:hi]`` gives its heading (see the module's docstring, step 3)."""
    stop = _SENTENCE_END_RE.search(text, lo, hi)
    end = stop.end() if stop is not None else hi
    return lead_value(text, lo, find_values(text[lo:end]))


def _headings(page: HtmlPage, text: str) -> list[tuple[int, int, int]]:
    """The page's headings in order, each its span and rank (``<h2>``..``<h6>`` 2..6, a block all in
    bold 7); the page's ``<h1>`` and the headings of lists and tables are no sections'."""
    out: dict[tuple[int, int], int] = {}
    for tag in tags(page.root, (*HEADING_TAGS, *BLOCK_TAGS)):
        span = page.span(tag)
        if span is None or span[1] <= span[0] or parent_tag(tag, ("li", "table")) is not None:
            continue
        if tag.name in BLOCK_TAGS:
            bold = [c for c in tag.children if not (isinstance(c, str) and not c.strip())]
            if len(bold) != 1 or not is_tag(bold[0]) or bold[0].name not in BOLD_TAGS:
                continue
            if page.span(bold[0]) != span:
                continue
        out.setdefault(span, int(tag.name[1]) if tag.name in HEADING_TAGS else 7)
    return sorted((s, e, rank) for (s, e), rank in out.items())


def _sections(doc: Document) -> list[_Section]:
    """Every heading of the page in order, with what its section holds."""
    page = page_of(doc)
    if page is None:
        return []
    text = doc.text
    body_end = doc.body_end if doc.body_end >= 0 else len(text)
    heads = [h for h in _headings(page, text) if h[0] < body_end]
    out: list[_Section] = []
    for k, (start, end, rank) in enumerate(heads):
        lo, hi = trim(text, start, end)
        words = text[lo:hi]
        below = min(heads[k + 1][0], body_end) if k + 1 < len(heads) else body_end
        if not _name_heading(words) or not text[end:below].strip(_SPACE):
            out.append(_Section((lo, hi), rank, False))
            continue
        first = end + len(text[end:below]) - len(text[end:below].lstrip(_SPACE))
        line_end = text.find("\n", first, below)
        line_end = below if line_end < 0 else line_end  # the paragraph right under the heading
        value = _value(text, first, line_end)
        item = value is not None or _names_itself(text, words, first, line_end)
        out.append(_Section((lo, hi), rank, True, value, item))
    return out


def _names_itself(text: str, words: str, lo: int, hi: int) -> bool:
    """Whether a section's words name its heading (in English its last word will do: ``Jane Roe`` over
    ``Roe, a former minister, …``)."""
    key = words if is_east_asian(words) else words.split()[-1]
    return text.find(key, lo, hi) >= 0


@per_document
def _runs(doc: Document) -> tuple[tuple[tuple[_Section, ...], _Section | None], ...]:
    """The runs of items, each with the heading above it of a higher rank (its group's, or None)."""
    runs: list[tuple[list[_Section], _Section | None]] = []
    cur: list[_Section] = []
    above: list[_Section] = []  # the headings before the run being read
    for s in [*_sections(doc), None]:
        if s is None or not s.named or (cur and s.rank != cur[0].rank):
            runs.append((cur, _over(above, cur)))
            above.extend(cur)
            cur = []
        if s is not None and s.named:
            cur.append(s)
        elif s is not None:
            above.append(s)
    kept = [(tuple(run), over) for run, over in ((_kept(doc.text, r), o) for r, o in runs) if run]
    if len(kept) < 2 or any(over is None for _, over in kept):
        return tuple((run, None) for run, _ in kept)  # one list, or runs that no heading sets apart
    return tuple(kept)


def _over(above: list[_Section], run: list[_Section]) -> _Section | None:
    """The nearest heading before ``run`` of a higher rank than its own."""
    if not run:
        return None
    return next((h for h in reversed(above) if h.rank < run[0].rank), None)


def _kept(text: str, run: list[_Section]) -> list[_Section]:
    """The run's items (step 3 and 4), or [] when it is no list or would be read in part."""
    while run and not run[0].item:
        run = run[1:]
    while run and not run[-1].item:
        run = run[:-1]
    if len(run) < MIN_SECTIONS or not all(s.item for s in run):
        return []
    names = [text[s:e] for s, e in (x.name for x in run)]
    units = {
        f.unit
        for x in run
        if x.value and x.value[1] > x.value[0]
        for f in find_values(text[slice(*x.value)])[:1]
    }
    return run if len(set(names)) == len(names) and len(units) <= 1 else []


class HtmlSectionsLayout:
    name = NAME
    description = (
        "a section per item on a page: a heading naming it (<h3>, <h2>, a bold line) over a paragraph "
        "printing its value"
    )

    def detect(self, doc: Document) -> float:
        return CONFIDENCE if _runs(doc) else 0.0

    def extract(self, doc: Document) -> Extraction:
        raw: list[RawItem] = []
        headings: list[Heading] = []
        text = doc.text
        for run, over in _runs(doc):
            label = group_label(text[slice(*over.name)]) if over is not None else ""
            raw.extend(RawItem(*s.name, None, label, shared=s.value or (0, 0)) for s in run)
            if over is not None:
                counts = lead_in_counts(text[slice(*over.name)])
                stated = counts[0].value if counts else None
                headings.append(Heading(doc.id, text[slice(*over.name)], None, stated, *over.name, label))
                continue
            stated, (cs, ce) = count_above(text, run[0].name[0], len(run), "\n")
            if stated is not None:
                ls = text_start(text, text.rfind("\n", 0, cs) + 1, cs)
                headings.append(Heading(doc.id, text[ls:ce], None, stated, ls, ce, ""))
        mentions, problems = build_mentions(doc, raw, NAME)
        mentions = section_posts(text, mentions)  # "<h3>Jane Roe</h3><p>Roe, 58, is the finance minister"
        return Extraction(NAME, tuple(mentions), tuple(headings), tuple(problems))


LAYOUTS = (HtmlSectionsLayout(),)
