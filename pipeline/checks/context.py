"""The lookups every check reads: one run's articles, list items, entities, claims and canonical groups
indexed once (``_Ctx``), and the quotes a finding gives as its evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pipeline.claims import KIND_GROUP, KIND_TOTAL, SUBJECT_TOTAL, mode_of, quote_span
from pipeline.groups import CanonicalGroups
from pipeline.lang.leads import KEY_ONES_RE, lead_picks_key_ones
from pipeline.lang.scripts import is_japanese_text
from pipeline.models import Article, Claim, Entity, Evidence, Group, Heading, Kind, Mention

_QUOTE_LIMIT = 200


class _Ctx:
    """Lookups shared by the checks."""

    def __init__(
        self,
        articles: Sequence[Article],
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        claims: Sequence[Claim],
        headings: Sequence[Heading] = (),
        groups: Sequence[Group] = (),
    ) -> None:
        self.articles = {a.id: a for a in articles}
        self.set_groups(groups)
        self.heading_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for h in headings:
            self.heading_spans[h.article].append((h.start, h.end))
        self.mentions = {m.key: m for m in mentions}
        self.entities = {e.id: e for e in sorted(entities, key=lambda e: e.id)}
        self.set_claims(claims)
        self.entity_of: dict[str, str] = {}
        for e in self.entities.values():
            for key in e.mentions:
                self.entity_of.setdefault(key, e.id)
        self.listed: dict[str, list[Mention]] = defaultdict(list)  # article -> list mentions
        for m in sorted(mentions, key=lambda m: (m.article, m.position)):
            if m.kind is Kind.LIST:
                self.listed[m.article].append(m)
        self.list_articles = sorted(self.listed)
        # entity -> article -> its list mentions there
        self.entity_lists: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        for art in self.list_articles:
            for m in self.listed[art]:
                ent = self.entity_of.get(m.key)
                if ent is not None:
                    self.entity_lists[ent][art].append(m)
        # article -> the entities its list holds, each once: what a check asks of one list, without a
        # pass over every entity (with a thousand outlets, their strays make the entities many)
        self.listed_entities: dict[str, list[str]] = defaultdict(list)
        for ent, by_art in self.entity_lists.items():
            for art in by_art:
                self.listed_entities[art].append(ent)
        # read again and again by the checks (the first outlets' quotes in every finding about an item):
        # each entity's mentions sorted, each mention's quote, made once
        self.entity_mentions: dict[str, list[Mention]] = {}
        self._quotes: dict[tuple[str, int, int, bool], Evidence | None] = {}
        self._japanese: dict[str, bool] = {}  # article -> whether it is written in Japanese
        self._picks: dict[str, bool] = {}  # article -> whether it prints its own pick (``_picks_fewer``)
        self._lengths: Counter[int] | None = None  # how many lists have each length

    def set_claims(self, claims: Sequence[Claim]) -> None:
        """The run's claims, in text order whatever the input order (several may share one quote), and
        each article's own."""
        self.claims = sorted(
            claims,
            key=lambda c: (c.article, c.start, c.quote.find(c.subject), c.kind, c.subject, c.stated, c.end),
        )
        self.claims_of: dict[str, list[Claim]] = defaultdict(list)  # article -> its claims, in text order
        self.group_claims: dict[str, list[Claim]] = defaultdict(list)  # canonical group -> counts of it
        for c in self.claims:
            self.claims_of[c.article].append(c)
            if c.kind == KIND_GROUP and c.group and c.unit == "count":
                self.group_claims[c.group].append(c)
        self._stated_totals: dict[str, int | None] = {}

    def set_groups(self, groups: Sequence[Group]) -> None:
        """The run's canonical groups: (article, label as printed) -> id, id -> label, id -> labels."""
        found = CanonicalGroups.from_records(groups)
        self.group_ids, self.group_labels = dict(found.of), dict(found.labels)
        self.group_printed = CanonicalGroups.printed(groups)
        self.majority: dict[str, str | None] = {}  # entity -> its majority group (``_majority_group``)
        self.ranked: dict[str | None, tuple[list[str], set[str]]] = {}  # ``_listed_most`` per group

    def says_selection(self, article: str) -> bool:
        """The article names examples of the list, not the list (``Article.selection``), or its own pick
        of the key ones, fewer than most other outlets print (``_picks_fewer``)."""
        found = self.articles.get(article)
        if found is None:
            return False
        if found.selection:
            return True
        if article not in self._picks:
            self._picks[article] = self._picks_fewer(found)
        return self._picks[article]

    def _picks_fewer(self, art: Article) -> bool:
        """A list whose lead-in names the key ones (``Seven of the key ministers are:``, ``主要閣僚7人は次の
        通り``) and that is shorter than most other lists: the outlet picked fewer of a larger whole, and
        what the others add is missing from nothing. Where it prints as many, it is judged as a list."""
        listed = self.listed.get(art.id)
        if not listed:
            return False
        first = min(m.start for m in listed)
        # the line above the first item, or a lead-in the sources read as the list's heading
        leads = [art.text[lo:hi] for lo, hi in self.heading_spans.get(art.id, ()) if hi <= first]
        if not lead_picks_key_ones(art.text, first) and not any(KEY_ONES_RE.search(x) for x in leads):
            return False
        if self._lengths is None:
            self._lengths = Counter(len(ms) for ms in self.listed.values())
        others = self._lengths.copy()
        others[len(listed)] -= 1
        usual = mode_of(sorted(others.elements()))
        return usual is not None and len(listed) < usual

    def group_id(self, m: Mention) -> str | None:
        return self.group_ids.get((m.article, m.group)) if m.group else None

    def group_words(self, gid: str) -> str:
        return f"'{self.group_labels.get(gid, gid)}'" if gid != SUBJECT_TOTAL else "total"

    def from_heading(self, c: Claim) -> bool:
        """Whether a claim is a list heading's count (it describes the printed list), not prose."""
        return any(c.start < end and start < c.end for start, end in self.heading_spans.get(c.article, ()))

    def name(self, entity_id: str) -> str:
        e = self.entities.get(entity_id)
        if e is None:
            return entity_id
        if e.name_zh and e.name_en:
            return f"{e.name_zh} ({e.name_en})"
        return e.name_zh or e.name_en or e.acronym or e.id

    def evidence(self, article: str, start: int, end: int, *, sentence: bool = True) -> Evidence | None:
        art = self.articles.get(article)
        if art is None or not 0 <= start <= end <= len(art.text):
            return None
        if sentence:
            start, end = quote_span(art.text, start, end, limit=_QUOTE_LIMIT)
        elif end - start > _QUOTE_LIMIT:
            end = start + _QUOTE_LIMIT
        return Evidence(article=article, quote=art.text[start:end], start=start, end=end)

    def mention_evidence(self, m: Mention) -> Evidence | None:
        # A list item is its own quote; a prose mention is quoted with its sentence.
        where = (m.article, m.start, m.end, m.kind is Kind.PROSE)
        if where not in self._quotes:
            self._quotes[where] = self.evidence(m.article, m.start, m.end, sentence=where[3])
        return self._quotes[where]

    def claim_evidence(self, c: Claim) -> Evidence | None:
        art = self.articles.get(c.article)
        valid = art is not None and 0 <= c.start <= c.end <= len(art.text)
        if art is not None and valid and art.text[c.start : c.end] == c.quote:
            return Evidence(article=c.article, quote=c.quote, start=c.start, end=c.end)
        if art is None and c.quote:
            return Evidence(article=c.article, quote=c.quote, start=c.start, end=c.end)
        return self.evidence(c.article, c.start, c.end)

    def japanese(self, article: str) -> bool:
        """Whether the article is written in Japanese (``is_japanese_text``), read once per article."""
        if article not in self._japanese:
            art = self.articles.get(article)
            self._japanese[article] = art is not None and is_japanese_text(art.text)
        return self._japanese[article]

    def stated_total(self, article: str) -> int | None:
        """The total the article states (its most frequent), else the sum of the counts it states for
        every canonical group (when there are several)."""
        if article not in self._stated_totals:
            self._stated_totals[article] = self._stated_total(article)
        return self._stated_totals[article]

    def _stated_total(self, article: str) -> int | None:
        own = self.claims_of.get(article, ())
        totals = [int(c.stated) for c in own if c.kind == KIND_TOTAL]
        if totals:
            # of totals stated as often, the one its own list gives: an article that says 13 once and
            # 14 once over 14 items contradicts itself once, its list is not one short
            counts = Counter(totals)
            most = [v for v, n in counts.items() if n == max(counts.values())]
            listed = len(self.listed.get(article, ()))
            if len(counts) > 1 and self.says_selection(article):
                # a selection counts the official list ("40个贸易伙伴") and the part it prints ("税率高于
                # 15%的25个经济体如下"): the count of the part is its list's
                return min(counts, key=lambda v: (abs(v - listed), v))
            return listed if listed in most else mode_of(totals)
        per_group: dict[str, list[int]] = defaultdict(list)
        for c in own:
            if c.kind == KIND_GROUP and c.group:
                per_group[c.group].append(int(c.stated))
        if len(self.group_labels) >= 2 and set(per_group) == set(self.group_labels):
            return sum(v for vs in per_group.values() if (v := mode_of(vs)) is not None)
        return None


# the context built for aligning a run's groups, with what it was built from, until its checks are run
_last: list[tuple[tuple[object, ...], _Ctx]] = []


def shared_context(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    claims: Sequence[Claim],
    headings: Sequence[Heading] = (),
    groups: Sequence[Group] = (),
) -> _Ctx:
    """``_Ctx(...)``, or the last one built when it was built from these very articles, mentions and
    entities (the same objects) and equal headings, with these claims and groups set: a run aligns its
    groups and then judges with the same lookups, which cost a pass over every mention to build."""
    inputs = (articles, mentions, entities, tuple(headings))
    if _last:
        held, ctx = _last[0]
        if all(a is b for a, b in zip(held[:3], inputs[:3], strict=True)) and held[3] == inputs[3]:
            ctx.set_claims(claims)
            ctx.set_groups(groups)
            return ctx
    ctx = _Ctx(articles, mentions, entities, claims, headings, groups)
    _last[:] = [(inputs, ctx)]
    return ctx
