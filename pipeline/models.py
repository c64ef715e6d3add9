"""The records that flow through crosscheck.

Every record is a frozen, slotted dataclass: stages build new values, never mutate old ones.
Offsets (``start``/``end``) are character offsets into ``Article.text`` (the decoded text the
parser read, after HTML was turned into text), end exclusive, so ``article.text[start:end]``
is the evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

SCHEMA_VERSION = "1.2"  # 1.1: items carry group label, values, attributes; 1.2: groups replace sections,
# findings carry a reviewer's note and false alarms are kept as suppressed


class Kind(StrEnum):
    """How a mention appears in its article."""

    LIST = "list"
    PROSE = "prose"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Level(StrEnum):
    """How strongly a mention is tied to its entity, strongest first."""

    SEED = "seed"  # the mention that founded the entity
    EXACT = "exact"
    NORMALIZED = "normalized"
    GAZETTEER = "gazetteer"  # one code of a gazetteer or reference list on both sides
    ACRONYM = "acronym"
    BRIDGE = "bilingual bridge"
    FUZZY = "fuzzy"
    REVIEWER = "reviewer"


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


class AttributeKind(StrEnum):
    """What an attribute printed beside a list item's name says."""

    TITLE = "title"  # a person's title or role
    ORGANIZATION = "organization"  # the body a person belongs to
    TAG = "tag"  # a short tag such as a party and state, "(R-Mo.)", or a party's name printed as one
    PLACE = "place"  # where a person sits for or comes from, printed beside the party ("Northshire")
    OTHER = "other"  # a table column that is neither a name nor a value (its label says what)


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


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention belongs to an entity."""

    mention: str  # Mention.key
    entity: str  # Entity.id
    level: Level
    score: float  # 0..1
    margin: float  # score minus the best other entity's score (1.0 when there was none)
    runner_up: str  # id of the best other entity, "" when none
    reason: str  # in words a reviewer can read


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    lang: str  # "zh" | "en" | "acronym"
    sources: tuple[str, ...]  # article ids, sorted


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name_en: str
    name_zh: str
    acronym: str
    mentions: tuple[str, ...]  # Mention.key, sorted
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    article: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A number an article states, with what its own list says where it can be computed."""

    article: str
    kind: str  # total | group | category | percentage | share | loose (a count judged on its own)
    subject: str  # "total", a canonical group id (the label as printed until groups are known), a category
    stated: float
    unit: str  # count | percent | share
    computed: float | None
    quote: str
    start: int
    end: int
    count: int | None = None  # for a percentage: the count it is a share of
    group: str = ""  # for a group count: the canonical group it means ("" when none is clear)


@dataclass(frozen=True, slots=True)
class Discrepancy:
    kind: str
    severity: Severity
    entity: str | None
    sources: tuple[str, ...]
    subject: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    note: str = ""  # the reviewer's note, when a reviewer confirmed the finding or marked it a false alarm

    @property
    def fingerprint(self) -> str:
        """Identity across runs, used by diff and the baseline gate: see ``fingerprint_of``."""
        return fingerprint_of(self.kind, self.entity, self.sources, self.subject)


def fingerprint_of(kind: str, entity: str | None, sources: Sequence[str], subject: str) -> str:
    """A discrepancy's identity across runs: kind, entity, sources and, for findings about no entity,
    the subject. The wording of the message is left out, and so is an entity's display name (its
    canonical name may change when another outlet joins; its id is the stable part)."""
    return "|".join((kind, entity or "", ",".join(sources), "" if entity else subject))


@dataclass(frozen=True, slots=True)
class Fact:
    """What an article says about the list as a whole (instrument, signing date, signer)."""

    article: str
    field: str  # instrument | signed | signer
    value: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name as one article writes it, grouped across outlets into ``person``."""

    person: str  # group id
    name: str
    role: str
    english: str
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Group:
    """A canonical group: the outlets' own groups aligned by what they hold (``pipeline.groups``)."""

    id: str  # g1, g2, … or the official list's group id
    label: str  # the label most outlets use (the official one with a reference list)
    members: tuple[tuple[str, str], ...]  # (article, label as printed) filed under it, sorted


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Everything one run found: the value every report renders."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    headings: tuple[Heading, ...]
    entities: tuple[Entity, ...]
    links: tuple[Link, ...]
    claims: tuple[Claim, ...]
    discrepancies: tuple[Discrepancy, ...]
    problems: tuple[Problem, ...]
    facts: tuple[Fact, ...] = ()
    people: tuple[PersonName, ...] = ()
    options: dict[str, object] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION
    groups: tuple[Group, ...] = ()
    suppressed: tuple[Discrepancy, ...] = ()  # findings a reviewer marked as false alarms (pipeline.verdicts)
    settings: dict[str, object] = field(default_factory=dict)  # pipeline.settings.Settings.as_dict()

    def group_of(self, m: Mention) -> str | None:
        """The canonical group id of a list item (None when its list has no groups)."""
        label = m.group
        return next((g.id for g in self.groups if (m.article, label) in g.members), None) if label else None

    def entity_groups(self, by_key: Mapping[str, Mention] | None = None) -> dict[str, str]:
        """Entity id -> the canonical group most of its list items are filed under (ties: the first id).
        ``by_key`` is the mentions by key, when the caller holds them already."""
        of = {key: g.id for g in self.groups for key in g.members}
        if by_key is None:
            by_key = {m.key: m for m in self.mentions}
        out: dict[str, str] = {}
        for e in self.entities:
            votes: Counter[str] = Counter()
            for k in e.mentions:
                m = by_key.get(k)
                if m is not None and m.group and (g := of.get((m.article, m.group))) is not None:
                    votes[g] += 1
            if votes:
                out[e.id] = min(votes, key=lambda g: (-votes[g], g))
        return out
