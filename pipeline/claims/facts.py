"""``extract_facts``: what an article says about the decision itself: the instrument that carries it,
the date it was signed or announced, and who signed it."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.dates import dates_in, older_year, weekdays_in
from pipeline.claims.names import names_in
from pipeline.claims.scan import CLASSIFIER, EN_COUNT_RE, NUM, ORG_NOUN_RE
from pipeline.claims.sentences import Sentence, quote_span, sentences_of
from pipeline.lang.counts import find_counts
from pipeline.lang.decision_cues import (
    ANNOUNCE_RE,
    DECISION_RE,
    INSTRUMENTS,
    LIST_WORD_RE,
    SIGN_RE,
    SIGNED_BEFORE_RE,
)
from pipeline.models import Article, Fact

FIELD_INSTRUMENT = "instrument"
FIELD_SIGNED = "signed"
FIELD_SIGNER = "signer"
FIELD_ANNOUNCED = "announced"


# (pattern, key, vehicle only when signed). 公告 and 聲明 double as "announcement" and
# "statement", the channel through which news of the decision came: only "signed X" makes them
# the decision's vehicle.
_INSTRUMENTS = INSTRUMENTS


def instrument_word(quote: str, key: str) -> str:
    """The word ``quote`` uses for the instrument ``key`` (e.g. the Chinese word), else ``key``."""
    for pattern, k, _ in _INSTRUMENTS:
        if k == key:
            m = pattern.search(quote)
            if m:
                return m.group(0)
    return key


_SIGN_RE = SIGN_RE
_SIGNED_BEFORE_RE = SIGNED_BEFORE_RE
_LIST_RE = LIST_WORD_RE
_NUMBERED_RE = re.compile(r"(?:第\s*\d+\s*號|第\s*\d+\s*号|No\.\s*\d+|\b\d{4,6}\s*$)\s*$", re.IGNORECASE)
_ANNOUNCE_RE = ANNOUNCE_RE


@lru_cache(maxsize=65_536)  # stock sentences and list lines recur from article to article
def _instrument_in(s: str, *, tied: bool) -> tuple[str, int] | None:
    """The instrument a sentence says carries the decision, and where: one it says was signed (the
    first such), else, in a sentence about the decision, the first named (numbered ones left out)."""
    instrument: tuple[str, int] | None = None
    for pattern, key, signed_only in _INSTRUMENTS:
        for m in pattern.finditer(s):
            if _NUMBERED_RE.search(s[max(0, m.start() - 14) : m.start()]):
                continue
            strong = _SIGNED_BEFORE_RE.search(s[: m.start()]) is not None
            if strong and (tied or DECISION_RE.search(s)):
                if instrument is None or instrument[1] > m.start():
                    instrument = (key, m.start())
            elif not signed_only and tied and instrument is None:
                instrument = (key, m.start())
    return instrument


@lru_cache(maxsize=65_536)
def _decision_tied(s: str) -> bool:
    """The sentence is about the decision: a count (of anything the list counts) with the decision's verb
    (ban, sanction, impose, leave ...), an announcement or a signature; or the list itself."""
    if _LIST_RE.search(s) is not None:
        return True
    if (DECISION_RE.search(s) or _ANNOUNCE_RE.search(s) or _SIGN_RE.search(s)) is None:
        return False
    zh_count = ORG_NOUN_RE.search(s) is not None and re.search(rf"{NUM}\s*{CLASSIFIER}", s) is not None
    return zh_count or EN_COUNT_RE.search(s) is not None or bool(find_counts(s))


def extract_facts(article: Article) -> tuple[Fact, ...]:
    """What ``article`` says about the decision: instrument, signing date, signer, announcement date.

    An instrument counts only when the sentence ties it to this decision: it is what was signed,
    or a memorandum/order named in a sentence that carries the decision and its count or the
    list. Numbered earlier instruments and sentences dated to an earlier year are left out.
    """
    text = article.text
    body_end = len(text) if article.body_end < 0 else min(article.body_end, len(text))
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()

    def add(field: str, value: str, sent: Sentence) -> None:
        if (field, value) in seen:
            return
        seen.add((field, value))
        lo, hi = quote_span(text, sent.start, sent.end, limit=400)
        facts.append(Fact(article=article.id, field=field, value=value, quote=text[lo:hi], start=lo, end=hi))

    for sent in sentences_of(text, body_end):
        s = sent.text
        if older_year(s, article):
            continue
        tied = _decision_tied(s)
        signed = _SIGN_RE.search(s)
        instrument = _instrument_in(s, tied=tied)
        if instrument is not None:
            add(FIELD_INSTRUMENT, instrument[0], sent)
        if signed and (tied or instrument is not None):
            dates = sorted(dates_in(s, article) + weekdays_in(s, article))
            # "7日宣布，根據總統上月簽署的行政命令": a date its own verb takes is not the signing's
            before = [
                d
                for d in dates
                if d[1] <= signed.start() and not _ANNOUNCE_RE.search(s, d[1], signed.start())
            ]
            # "signed … on July 31", not "signed …, replacing the rates he announced on April 2"
            after = [
                d
                for d in dates
                if d[0] >= signed.end()
                and re.search(r"\bon\s*$", s[: d[0]])
                and not re.search(r"[,;，；]", s[signed.end() : d[0]])
                and not _ANNOUNCE_RE.search(s, signed.end(), d[0])
            ]
            when = before[-1] if before else (after[0] if after else None)
            if when is not None:
                add(FIELD_SIGNED, when[2], sent)
            names = [p for p in names_in(s) if p.end <= signed.start()]
            if names:
                add(FIELD_SIGNER, names[-1].name, sent)
        if tied:
            dates = dates_in(s, article)
            for a in _ANNOUNCE_RE.finditer(s):
                near = [d for d in dates if 0 <= a.start() - d[1] <= 3]
                near += [d for d in dates if d[0] >= a.end() and re.fullmatch(r"\s+on\s+", s[a.end() : d[0]])]
                if near:
                    add(FIELD_ANNOUNCED, near[0][2], sent)
                    break
    facts.sort(key=lambda f: (f.start, f.field, f.value))
    return tuple(facts)
