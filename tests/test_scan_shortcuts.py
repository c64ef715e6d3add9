"""The cheap tests that let reading and the checks skip a scan give the answers of the scans they skip:
punctuation forms looked for before a text is translated, a name's last character before the family
words are searched for, the words a figure's change needs before its pattern is tried, a text with
no separator returned whole, a host counted by ``str.count``, a sentence's counts read only at its
first share, a text's counts kept (``find_counts``), each entity's Chinese names counted once per name
printed rather than once per list, and each article's script read once."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.checks.context import shared_context
from pipeline.checks.view import _script, _View
from pipeline.claims.percents import share_percents
from pipeline.groups import CanonicalGroups
from pipeline.lang.clause_cues import CLAUSE_TO_RE, CLAUSE_TO_WORDS
from pipeline.lang.counts import _counts_in, find_counts
from pipeline.lang.name_words import FAMILY_AFTER_NAME_RE, FAMILY_LAST_CHARS
from pipeline.lang.scripts import PUNCTUATION_FORMS, chinese_script, script_of, usual_punctuation
from pipeline.models import Kind, Mention
from pipeline.normalize.chinese import zh_key
from pipeline.run import reconcile
from pipeline.value_columns import align_columns
from sources.layouts._parens import split_top_level
from sources.people_affiliations import without_family
from sources.reader import read_document

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    doc.text
    for folder in (ROOT / "tests" / "fixtures", ROOT / "examples")
    for p in sorted(folder.rglob("*"))
    if p.suffix in (".txt", ".html") and (doc := read_document(p)[0]) is not None
]


def test_fixtures_are_read() -> None:
    assert len(TEXTS) >= 60


@pytest.mark.parametrize(
    "text",
    ["甲國︰25%", "名單如下﹕甲、乙､丙｡", "Aland∶Borduria", "no forms at all", "", "甲國：25%"],
)
def test_usual_punctuation_is_the_translation(text: str) -> None:
    assert usual_punctuation(text) == text.translate(PUNCTUATION_FORMS)


def test_usual_punctuation_on_every_fixture() -> None:
    forms = "".join(chr(c) for c in PUNCTUATION_FORMS)
    rng = random.Random(3)
    for text in TEXTS:
        assert usual_punctuation(text) == text.translate(PUNCTUATION_FORMS)
        at = rng.randrange(len(text) + 1)
        spiked = text[:at] + rng.choice(forms) + text[at:]  # one form anywhere
        assert usual_punctuation(spiked) == spiked.translate(PUNCTUATION_FORMS) != spiked


FAMILY_BEFORE = ("Jane Roe and famil", "張三家", "張三及家", "張三一", "山田ファミリ")


def test_every_family_match_ends_with_a_listed_character() -> None:
    """Characters after the beginnings of every family phrase (Latin, kana, the punctuation of East Asian
    text, every character the pattern spells and a sample of the ideographs): where the pattern matches,
    the character is one ``FAMILY_LAST_CHARS`` lists (so a name ending otherwise needs no search)."""
    rng = random.Random(11)
    chars = {chr(c) for c in range(0x250)} | {chr(c) for c in range(0x3000, 0x3100)}
    chars |= set(FAMILY_AFTER_NAME_RE.pattern) | {chr(rng.randrange(0x4E00, 0xA000)) for _ in range(2000)}
    matched = set()
    for ch in sorted(chars):
        for before in FAMILY_BEFORE:
            for text in (before + ch, before + ch + "\n"):
                if FAMILY_AFTER_NAME_RE.search(text):
                    assert ch in FAMILY_LAST_CHARS, (text, ch)
                    matched.add(ch)
    assert matched == FAMILY_LAST_CHARS  # each listed character ends some phrase


def _item(position: int, zh: str, en: str, start: int, end: int) -> Mention:
    return Mention("a", Kind.LIST, position, None, zh, en, "", (), "", start, end)


def test_family_words_still_read() -> None:
    text = "張三及家族、Jane Roe & family、李四"
    mentions = [
        _item(1, "張三及家族", "", 0, 5),
        _item(2, "", "Jane Roe & family", 6, 23),
        _item(3, "李四", "", 24, 26),
    ]
    out = without_family(text, mentions)
    assert [(m.name_zh, m.name_en) for m in out] == [("張三", ""), ("", "Jane Roe"), ("李四", "")]
    assert [a.text for a in out[0].attributes] == ["及家族"]
    assert [a.text for a in out[1].attributes] == ["& family"]
    assert out[2] is mentions[2]


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def test_every_change_to_a_figure_holds_a_listed_word() -> None:
    alternatives = _top_level_alternatives(CLAUSE_TO_RE.pattern)
    assert len(alternatives) == 2
    # each alternative spells its word outside any optional group
    assert "(?:至|到)\\s*" in alternatives[0]
    assert "から" in alternatives[1]
    assert {"至", "到", "から"} == set(CLAUSE_TO_WORDS)
    for text in [*TEXTS, "甲國由49%降至19%", "從5%調升到10%", "5%から10%へ"]:
        for m in CLAUSE_TO_RE.finditer(text):
            assert any(w in m.group(0) for w in CLAUSE_TO_WORDS)


def _split_scanning(text: str, seps: str) -> list[tuple[int, int]]:
    """``split_top_level`` as it reads a text it splits: every parenthesis and separator in turn."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth > 0:
            depth -= 1
        elif ch in seps and depth == 0:
            spans.append((start, i))
            start = i + 1
    return [*spans, (start, len(text))]


def test_split_top_level_with_no_separator_is_the_scan() -> None:
    rng = random.Random(5)
    alphabet = "甲乙（）()、,；;x "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        for seps in ("、", ",", "；;", "；;。、", "，,"):
            assert split_top_level(text, seps) == _split_scanning(text, seps), (text, seps)


def test_a_host_counted_as_found() -> None:
    rng = random.Random(9)
    for _ in range(500):
        text = "".join(rng.choice("ab.c") for _ in range(rng.randrange(30)))
        host = "".join(rng.choice("ab.c") for _ in range(rng.randrange(1, 4)))
        assert text.count(host) == len(re.findall(re.escape(host), text))


def test_shares_read_with_their_counts() -> None:
    sentence = "在這12國中，有7國位於非洲，佔58%"
    assert [(pct, n) for _, _, pct, n in share_percents(sentence, 12)] == [(58.0, 7)]
    assert list(share_percents("關稅提高到25%", 12)) == []
    assert list(share_percents(sentence, None)) == []


def _chinese_names_list_by_list(view: _View, ent: str) -> tuple[int, Counter[str]]:
    lists, chars = 0, Counter[str]()
    for a in view.listing(ent):
        name = view.mention(a, ent).name_zh
        if name and script_of(name) == "zh":
            lists += 1
            chars.update(set(zh_key(name)))
    return lists, chars


def test_chinese_names_counted_once_per_name() -> None:
    rec = reconcile([str(ROOT / "tests" / "fixtures" / "merz_cabinet")])
    ctx = shared_context(rec.articles, rec.mentions, rec.entities, rec.claims, rec.headings, rec.groups)
    listed = [m for ms in ctx.listed.values() for m in ms]
    columns = align_columns(listed, ctx.entity_of)
    view = _View(ctx, CanonicalGroups.from_records(rec.groups), columns, None, {}, None)
    judged = 0
    for ent in sorted(ctx.entity_lists):
        lists, chars = view.chinese_names(ent)
        want_lists, want_chars = _chinese_names_list_by_list(view, ent)
        assert (lists, chars) == (want_lists, want_chars)
        assert list(chars) == list(want_chars)  # in the same order too
        judged += lists > 1
    assert judged >= 3
    for art, article in sorted(ctx.articles.items()):  # each article's script read once, and kept
        assert _script(view, art) == chinese_script(article.text) == view.scripts[art]
    assert {chinese_script(a.text) for a in ctx.articles.values()} >= {"traditional", "simplified"}


def test_counts_kept_per_text() -> None:
    """``find_counts`` keeps each text's counts: the same counts as reading it afresh, for every line of the
    fixtures, and a list of its own each time (a caller may change it)."""
    for text in TEXTS:
        for line in text.split("\n"):
            assert find_counts(line) == list(_counts_in.__wrapped__(line))
    line = "以下為12個組織（共12個）："
    first = find_counts(line)
    hits = _counts_in.cache_info().hits
    first.clear()
    again = find_counts(line)
    assert _counts_in.cache_info().hits == hits + 1
    assert [c.value for c in again] == [12, 12] and again is not first
