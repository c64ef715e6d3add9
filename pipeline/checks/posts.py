"""A person's post as Chinese outlets print it (part of ``attribute_conflict``): a post that is
another listed person's, or of another office than the one at least two other outlets give, by the
pairs of characters that name the office (characters every post shares are no evidence); a post
against the official list's title."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from pipeline.checks.registry import ATTRIBUTE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, OFFICIAL, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.lang.decision_cues import PAST_RE
from pipeline.lang.posts import FORMER_POST_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK_RE, script_of
from pipeline.models import AttributeKind, Discrepancy, Mention, Severity
from pipeline.normalize.chinese import is_subsequence, zh_key

MIN_OFFICE_PAIRS = 2  # pairs of characters of another's office a post must share to be that office
# the title word ending a post (``局長``, ``總裁``): the rank, which many offices share, not the office
_TITLE_END_RE = re.compile("(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")$")


def _office_pairs(key: str) -> set[str]:
    """The pairs of characters of a post's key without the title word that ends it: its body's."""
    return _post_pairs(_TITLE_END_RE.sub("", key))


def _offices_of_another(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """A Chinese post an outlet gives a person that shares nothing with the office at least
    ``MIN_CORROBORATION`` other Chinese outlets give them, and names the office they give one other person
    of its list (``甲基金會總裁`` for 張三, where the others print 甲基金會 for 李四 and 乙學會 for 張三):
    that person's post, whatever the words around it. An office is the pairs of characters its posts share
    in those outlets, the title word ending them aside (``總裁``, ``局長``: a rank many offices share), less
    those the other person's share too (``美國``, ``民主``)."""
    posts = {ent: _chinese_posts(view, ent) for ent, given in titles.items() if given}
    pairs = {
        ent: {art: _office_pairs(key) for art, (key, _) in given.items()} for ent, given in posts.items()
    }

    def office(ent: str, art: str) -> set[str]:
        seen = Counter(p for a, found in pairs[ent].items() if a != art for p in found)
        return {p for p, n in seen.items() if n >= MIN_CORROBORATION}

    out = []
    for ent, by_art in sorted(pairs.items()):
        for art, found in sorted(by_art.items()):
            mine = office(ent, art)
            others = {e: office(e, art) for e in pairs if e != ent and art in pairs[e]}
            own = mine - set().union(*others.values()) if others else mine
            if not own or found & own:
                continue  # no office of its own to hold to, or the post names it
            held = [
                e
                for e, o in others.items()
                if len(found & (o - mine)) >= MIN_OFFICE_PAIRS and _names_no_other(found, o, pairs, art, e)
            ]
            if len(held) != 1:
                continue
            other = held[0]
            m, basis = view.mention(art, ent), _outlets(a for a in sorted(posts[ent]) if a != art)
            key, text = posts[ent][art]
            theirs = next(t for a, (_, t) in sorted(posts[other].items()) if a != art)
            message = (
                f"{art} gives {m.label} the post '{text}', the office the others give "
                f"{view.ctx.name(other)} ('{theirs}'); {basis} give {m.label} another."
            )
            out.append((ent, key, "", basis, _post_finding(view, ent, art, m, message)))
    return out


MIN_SHARING = 2  # people of one list whose posts print a pair of characters that says where, not which office


def _names_no_other(
    found: set[str], office: set[str], pairs: Mapping[str, Mapping[str, set[str]]], art: str, other: str
) -> bool:
    """Whether a post (its pairs ``found``) in article ``art`` may name the ``office`` of ``other``: not
    when all it shares with that office is the place the article prints in the posts of ``MIN_SHARING``
    people or more besides ``other`` (``乙市特區``) and the rest of it names something else
    (``乙市特區維護國家安全委員會秘書長`` beside ``乙市特區行政長官``: an office in that place, not that
    one). A post that is the place alone, as the office it would be, may still be that office."""
    seen = Counter(p for e, by_art in pairs.items() if e != other and art in by_art for p in by_art[art])
    places = {p for p, n in seen.items() if n >= MIN_SHARING}
    rest = found - places
    return not rest or bool(rest & office)


MIN_POST_CHARS = 4  # a Chinese post naming its office ("律政司司長"); a bare "局長" or "官員" says too little


def _post_pairs(key: str) -> set[str]:
    """The pairs of adjacent Chinese characters of a post's key: two posts of one office share some."""
    hans = "".join(CJK_RE.findall(key))
    return {hans[i : i + 2] for i in range(len(hans) - 1)}


def _chinese_posts(view: _View, ent: str) -> dict[str, tuple[str, str]]:
    """Article -> (key, text) of the post Chinese articles give ``ent`` in Chinese characters, with the
    body it heads (``香港特區律政司`` + ``司長``), long enough to name an office, and not a former post
    (``前…``, ``原…``: another's office now). A Japanese article names offices in words of its own
    (``司法長官`` for ``律政司司長``): it is left out, as English is."""
    out = {}
    for art in view.listing(ent):
        article = view.ctx.articles.get(art)
        if article is None or view.ctx.japanese(art) or not CJK_RE.search(article.text[:2000]):
            continue
        attrs = view.mention(art, ent).attributes
        # the post held before, printed after the one held now ("外交大臣　張三（原內政大臣）"), is another's
        parts = [
            a.text
            for a in attrs
            if a.kind in (AttributeKind.ORGANIZATION, AttributeKind.TITLE)
            and not (a.kind is AttributeKind.TITLE and FORMER_POST_RE.match(a.text) and a is not attrs[0])
        ]
        text = "".join(parts)
        key = zh_key(text)
        if (
            script_of(text) == "zh"
            and len(CJK_RE.findall(key)) >= MIN_POST_CHARS
            and not PAST_RE.match(text)
            and not FORMER_POST_RE.match(text)
        ):
            out[art] = (key, text)
    return out


def _departing_posts(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """A post an outlet gives a person that shares no two characters of its own with the posts at least
    ``MIN_CORROBORATION`` other Chinese outlets give them, which all share some with each other
    (``香港特區保安局局長`` where the others print ``律政司司長`` and ``香港特別行政區律政司司長``): another
    office, not another wording of one. Pairs of characters found in another person's post too (``香港``,
    ``特區``, ``處長``) say where or what rank, not which office: they are left out of the comparison, and a
    post left with nothing of its own is not judged. A person one list alone prints, in a list without
    this one, may be this one under another name (``常務副主任張三`` where the others print 李四 in that
    post): their post is not another person's."""
    posts = {ent: _chinese_posts(view, ent) for ent, given in titles.items() if given}
    pairs = {ent: {art: _post_pairs(key) for art, (key, _) in given.items()} for ent, given in posts.items()}
    seen_in: dict[str, set[str]] = defaultdict(set)  # a pair of characters -> the people whose posts hold it
    for ent, by_art in pairs.items():
        for found in by_art.values():
            for pair in found:
                seen_in[pair].add(ent)
    lone = {e: next(iter(lists)) for e, lists in view.ctx.entity_lists.items() if len(lists) == 1}
    out = []
    for ent, by_art in sorted(pairs.items()):
        same = {ent} | {e for e, art in lone.items() if art not in view.ctx.entity_lists[ent]}
        own = {art: {p for p in found if seen_in[p] <= same} for art, found in by_art.items()}
        own = {art: found for art, found in own.items() if found}
        if len(own) <= MIN_CORROBORATION:
            continue
        for art in sorted(own):
            others = sorted(a for a in own if a != art)
            if own[art] & set().union(*(own[a] for a in others)):
                continue
            if any(_abbreviates(posts[ent][art][0], posts[ent][a][0]) for a in others):
                continue  # the other's post shortened (甲保局局長 of 甲境保護局局長): one office
            if any(not (own[a] & own[b]) for a in others for b in others if a < b):
                continue  # the others name it in words that share nothing either: no one office to hold to
            m, basis = view.mention(art, ent), _outlets(others)
            key, text = posts[ent][art]
            theirs = posts[ent][others[0]][1]
            message = (
                f"{art} gives {m.label} the post '{text}', another office than the one {basis} give "
                f"{m.label} ('{theirs}')."
            )
            out.append((ent, key, posts[ent][others[0]][0], basis, _post_finding(view, ent, art, m, message)))
    return out


def _abbreviates(a: str, b: str) -> bool:
    """Whether one of two posts' keys is the other shortened: its Chinese characters, from the same
    first one, found in the other's in order (``甲保局局長`` / ``甲境保護局局長``)."""
    ha, hb = "".join(CJK_RE.findall(a)), "".join(CJK_RE.findall(b))
    short, long = sorted((ha, hb), key=len)
    return bool(short) and short[0] == long[0] and is_subsequence(short, long)


def _words_key(title: str) -> str:
    """A post compared word for word, as printed: case and blanks aside (``Commissioner of Police``)."""
    return " ".join(title.split()).casefold()


def _official_title_conflicts(
    view: _View, titles: Mapping[str, dict[str, tuple[str, str]]]
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """With the official list: a post an outlet gives a person that the official list gives, word for
    word, to another person of the outlet's list (``Commissioner of Police`` for his predecessor)."""
    official = {}
    for ent in titles:
        entry = view.ref_of.get(ent)
        title = dict(entry.attributes).get("title", "") if entry is not None else ""
        if key := _words_key(title):
            official[ent] = (key, title)
    held = Counter(key for key, _ in official.values())
    holder = {key: ent for ent, (key, _) in official.items() if held[key] == 1}
    out = []
    for ent, given in titles.items():
        if ent not in official:
            continue
        for art, (_, text) in sorted(given.items()):
            key = _words_key(text)
            other = holder.get(key)
            if other is None or other == ent or art not in view.ctx.entity_lists[other]:
                continue
            m = view.mention(art, ent)
            message = (
                f"{art} gives {m.label} the post '{text}', which {OFFICIAL} gives to {view.ctx.name(other)}; "
                f"{OFFICIAL} gives {m.label} '{official[ent][1]}'."
            )
            out.append((ent, key, official[ent][0], OFFICIAL, _post_finding(view, ent, art, m, message)))
    return out


def _post_finding(view: _View, ent: str, art: str, m: Mention, message: str) -> Discrepancy:
    """The error that ``art`` gives entity ``ent`` (its mention ``m``) a post that is another's."""
    return Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.ERROR,
        entity=ent,
        sources=(art,),
        subject=f"{view.ctx.name(ent)}: post",
        message=message,
        evidence=_evidence([view.quote(m)]),
    )
