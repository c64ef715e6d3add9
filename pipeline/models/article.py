"""What reading one article gives: the article itself (with its provenance when fetched), its list items
(``Mention``) with their values and attributes, its headings with their stated counts, its problems, and the
``ParseResult`` that carries them.

Offsets (``start``/``end``) are character offsets into ``Article.text`` (the decoded text the parser read,
after HTML was turned into text), end exclusive, so ``article.text[start:end]`` is the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models.vocabulary import AttributeKind, Kind, Severity


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fetched article came from: the evidence that the page said what the report quotes."""

    url: str  # the URL as given
    final_url: str  # after redirects
    retrieved_at: str  # ISO 8601 UTC time of the request that returned the page
    sha256: str  # hex digest of the page's bytes as received (the WARC record's payload)
    status: int = 200
    redirects: tuple[str, ...] = ()  # the URLs that redirected, in order
    canonical_url: str = ""  # the page's own canonical URL, when it declares one
    language: str = ""  # as a manifest gives it


@dataclass(frozen=True, slots=True)
class Article:
    """One input file, decoded. ``id`` is the file stem."""

    id: str
    outlet: str
    url: str | None
    date: str | None  # ISO 8601 date, when the article states one
    title: str
    text: str
    path: str
    encoding: str
    format: str = "text"  # "text" | "html"
    layout: str = ""  # the list layout detected, "" when the article has no list
    body_end: int = -1  # where the article body ends and the page tail begins (-1: end of text)
    selection: bool = False  # its list names examples ("among them A and B", "例如"), not the whole list
    provenance: Provenance | None = None  # for a page fetched from the web

    @property
    def body(self) -> str:
        return self.text if self.body_end < 0 else self.text[: self.body_end]


@dataclass(frozen=True, slots=True)
class Value:
    """A value printed with a list item (a rate, an amount, a number in a table column).

    ``column`` is the label of the column or the caption the value sits under, as printed ("" when the
    article gives none); ``unit`` is normalized (``%`` for 46%, 46％, 百分之46); ``raw`` is as printed.
    A range (``32%至36%``) or a bound (``最高50%``, ``逾7成``, ``nearly 30%``) has no one ``number``: its
    ``low`` and ``high`` ends are kept, None for the end a bound leaves open. An ``approximate`` number
    (``about 40%``) agrees with any figure near it: no check holds it against another."""

    raw: str
    number: float | None
    unit: str
    column: str
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    approximate: bool = False  # "about 40%", "約4割": given as near, either way (see ``lang.hedges``)


@dataclass(frozen=True, slots=True)
class Attribute:
    """An attribute printed with a list item: a person's title, organization, a tag, another column."""

    kind: AttributeKind
    text: str
    label: str  # the column label it came from, "" when none
    start: int
    end: int


def unlabelled_group(k: int) -> str:
    """The label of an article's k-th group when the article prints none (a second run of names after a
    first, under no heading of its own)."""
    return f"#{k}"


def is_unlabelled_group(label: str) -> bool:
    return label.startswith("#") and label[1:].isdigit()


class _KeySlot:
    """Where a ``Mention`` keeps its ``key`` once formatted: a slot of its own, outside the record's
    fields (not compared, hashed, pickled or copied, so a record rebuilt by ``replace`` or in another
    process formats its own)."""

    __slots__ = ("_key",)
    _key: str


@dataclass(frozen=True, slots=True)
class Mention(_KeySlot):
    """One organization named in one article: a list item or a name found in prose."""

    article: str
    kind: Kind
    position: int  # 1-based order among the article's list items; prose mentions follow them
    category: str | None  # the category label as the article prints it
    name_zh: str
    name_en: str
    acronym: str
    aliases: tuple[str, ...]
    note: str  # editor's note or annotation, kept out of the names
    start: int
    end: int
    parent: str = ""  # a parent body the article attaches to the item (e.g. an acronym shared by items)
    asserted_group: str = ""  # the group prose next to the mention says it belongs to, as printed
    group: str = ""  # the label of the group the article files the item under, as printed (no count)
    values: tuple[Value, ...] = ()
    attributes: tuple[Attribute, ...] = ()

    @property
    def key(self) -> str:
        """``article#position``, formatted on first use and kept (a run asks a dozen times per item)."""
        key: str | None = getattr(self, "_key", None)
        if key is None:
            key = f"{self.article}#{self.position}"
            object.__setattr__(self, "_key", key)
        return key

    @property
    def label(self) -> str:
        return self.name_zh or self.name_en or self.acronym


@dataclass(frozen=True, slots=True)
class Heading:
    """A list heading or category row, with the count it states (if any)."""

    article: str
    label: str  # the heading as printed, e.g. "第二部分：部分限制入境（7國）" or "氣候、能源與環境"
    category: str | None
    stated: int | None
    start: int
    end: int
    group: str = ""  # the group label this heading names or sits in ("" for a total over the list)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input, recorded instead of raised."""

    article: str  # article id or the path when no article could be read
    code: str  # short machine-readable code: empty, binary, too-large, unreadable, encoding, ...
    severity: Severity
    message: str


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What a parser returns for one article."""

    article: Article | None
    mentions: tuple[Mention, ...] = ()
    headings: tuple[Heading, ...] = ()
    problems: tuple[Problem, ...] = ()
