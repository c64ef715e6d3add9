"""A list against the total its own article states (``list_short``, ``list_long``): its length beside
the count, naming what the other lists have and it lacks (short) or what it lists twice or alone (long),
with the article's total as the evidence. Not judged here: a count of one group, a list as long as the
total most outlets state (the count is the odd one: ``count_conflict``), a selection the article says it
prints (shorter than the official list it counts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from pipeline.checks.consensus import (
    _consensus_total,
    _counts_a_group,
    _counts_its_selection,
    _describe,
    _missing_from,
    _partial,
)
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import LIST_LONG, LIST_SHORT
from pipeline.checks.wording import _evidence
from pipeline.claims import KIND_GROUP, KIND_TOTAL, SUBJECT_TOTAL
from pipeline.claims.whole_lead import says_whole
from pipeline.models import Discrepancy, Severity
from pipeline.normalize.chinese import zh_key


def _list_lengths(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    n_lists = len(ctx.list_articles)
    consensus = _consensus_total(ctx)
    seen: dict[str, frozenset[str]] = {}  # entity -> its printed Chinese names
    for art in ctx.list_articles:
        stated = ctx.stated_total(art)
        n = len(ctx.listed[art])
        if stated is None or n == stated or _counts_a_group(ctx, art, stated):
            continue
        if n == consensus:
            continue  # the count is the odd one, not the list: reported as a conflict of counts
        picked = _counts_its_selection(ctx, art, stated)  # "Seven of the key ministers are:" counts these
        if n < stated and ctx.says_selection(art) and not picked:
            continue  # examples, as the article says: its count is the official list's
        claims = [c for c in ctx.claims_of.get(art, ()) if c.kind == KIND_TOTAL]
        ev = [ctx.claim_evidence(c) for c in sorted(claims, key=lambda c: c.start)[:2]]
        if n < stated:
            missing, total = _missing_from(ctx, art)
            named = (
                f" Listed elsewhere but not here: {_describe(ctx, missing, total=total)}." if missing else ""
            )
            # a list whose lead-in says it is whole gives no examples, however short it falls
            examples = (
                n * 2 < stated if picked else _partial(ctx, art, consensus) and not _says_whole(ctx, art)
            )
            if examples:
                named = " It gives examples rather than the whole list." + named
            printed = _printed_unread(ctx, art, missing, seen)
            if len(printed) >= _MIN_UNREAD:
                named += f" Its text names {_describe(ctx, printed)}: the list may have been read in part."
            # what no other list prints: the article's own counts are all there is to go on
            agreeing = [] if missing else _groups_agree(ctx, art)
            if agreeing:
                named += (
                    f" Its own counts of its groups ({' + '.join(map(str, agreeing))}) agree with its list:"
                    " the total may count more than the list it prints."
                )
            out.append(
                Discrepancy(
                    kind=LIST_SHORT,
                    # a selection printed as such is worth a look, a list that lost items is wrong; one
                    # whose text names what it seems to lack was read in part
                    # so is one whose own counts of its groups give its length, lacking nothing another
                    # list prints: two counts of the article disagree, not its list with them
                    severity=Severity.WARNING
                    if examples or len(printed) >= _MIN_UNREAD or agreeing
                    else Severity.ERROR,
                    entity=None,
                    sources=(art,),
                    subject=SUBJECT_TOTAL,
                    message=f"{art} states {stated} items but lists {n} ({stated - n} short).{named}",
                    evidence=_evidence(ev),
                )
            )
        else:
            mine = ctx.listed_entities.get(art, [])
            doubles = sorted(ent for ent in mine if len(ctx.entity_lists[ent][art]) > 1)
            only = sorted(ent for ent in mine if len(ctx.entity_lists[ent]) == 1) if n_lists >= 2 else []
            notes = []
            if doubles:
                notes.append(f"listed twice: {_describe(ctx, doubles)}")
            if only:
                notes.append(f"on no other list: {_describe(ctx, only)}")
            named = f" ({'; '.join(notes)})" if notes else ""
            out.append(
                Discrepancy(
                    kind=LIST_LONG,
                    severity=Severity.ERROR,
                    entity=None,
                    sources=(art,),
                    subject=SUBJECT_TOTAL,
                    message=f"{art} states {stated} items but lists {n} ({n - stated} extra){named}.",
                    evidence=_evidence(ev),
                )
            )
    return out


def _says_whole(ctx: _Ctx, article: str) -> bool:
    """The article says its list is the whole list (``The full list:`` above it) and not a selection."""
    art = ctx.articles.get(article)
    listed = ctx.listed.get(article)
    if art is None or not listed or ctx.says_selection(article):
        return False
    return says_whole(art.text, min(m.start for m in listed))


def _groups_agree(ctx: _Ctx, article: str) -> list[int]:
    """The counts the article states for each of its groups, in the order its list prints them, when it
    has two groups or more and every one's count is that group's length (``入国制限は12カ国・地域、
    行動制限は6カ国`` over lists of 12 and 6); else none."""
    sizes: Counter[str] = Counter()
    order: list[str] = []
    for m in ctx.listed[article]:
        gid = ctx.group_id(m)
        if gid is None:
            return []
        if gid not in sizes:
            order.append(gid)
        sizes[gid] += 1
    stated: dict[str, set[int]] = {}
    for c in ctx.claims_of.get(article, ()):
        if c.kind == KIND_GROUP and c.group in sizes and c.unit == "count":
            stated.setdefault(c.group, set()).add(int(c.stated))
    if len(order) < 2 or any(stated.get(g) != {sizes[g]} for g in order):
        return []
    return [sizes[g] for g in order]


def _printed_unread(
    ctx: _Ctx, article: str, entity_ids: Sequence[str], seen: dict[str, frozenset[str]]
) -> list[str]:
    """The entities of ``entity_ids`` whose Chinese name, as another list prints it, stands in a paragraph
    of ``article`` that holds its list's items, though its list lacks them (``首先對甲國和乙國實施。丙國、丁國
    自…起適用``: a sentence no list reader took, beside one it took)."""
    art = ctx.articles.get(article)
    if art is None or not entity_ids:
        return []
    texts = _LIST_TEXTS.setdefault(ctx, {})
    if article not in texts:
        paragraphs = {_paragraph(art.text, m.start) for m in ctx.listed[article]}
        # line by line: lines many lists print are keyed once
        texts[article] = "\n".join(zh_key(p) for p in sorted(paragraphs))
    text = texts[article]
    return [ent for ent in entity_ids if any(n in text for n in _chinese_keys(ctx, ent, seen))]


# per run of the checks: the paragraphs that hold each article's list, keyed once (asked of again for each
# item the article seems to lack)
_LIST_TEXTS: WeakKeyDictionary[_Ctx, dict[str, str]] = WeakKeyDictionary()


def _chinese_keys(ctx: _Ctx, ent: str, seen: dict[str, frozenset[str]]) -> frozenset[str]:
    """The Chinese names the lists print for ``ent`` (``zh_key``, long enough to find in a text), read once
    per entity in ``seen`` (a thousand short lists would each read a thousand lists' names)."""
    if ent not in seen:
        names = Counter(zh_key(m.name_zh) for ms in ctx.entity_lists[ent].values() for m in ms if m.name_zh)
        usual = sorted((n for n in names if len(n) >= _MIN_PRINTED), key=lambda n: (-names[n], n))
        seen[ent] = frozenset(usual[:MAX_SPELLINGS])
    return seen[ent]


def _paragraph(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


_MIN_PRINTED = 2  # characters of a name found in an article's text: one character is any word's
# spellings of an entity looked for, the most printed first: a thousand lists' one-off misspellings are not
# what an article prints beside its list, and looking for each would grow with the number of lists
MAX_SPELLINGS = 8
# names printed beside the list that tell it was read in part: one may be the subject of its lead-in
# (``參議院確認張三出任甲部長。內閣首長為：…``), several left out of a list in a row are a run not read
_MIN_UNREAD = 2
