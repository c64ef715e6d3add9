"""An appointment said with a verb, as an item (``由張三出任外交部長``, ``外交部長由張三擔任``,
``外相に山田太郎氏``): the appointee's name, and the post as its title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.posts import APPOINT_VERB_ZH, EN_TITLE_RE, JA_APPOINT_TAIL_RE
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS, fold_pattern
from pipeline.models import Attribute, AttributeKind
from sources.item_english_of import BODY_WORD_RE
from sources.item_posts_before import title_before_name
from sources.item_titles import MAX_CJK_TITLE, is_title
from sources.item_values import ItemSplit, trim

_APPOINTEE = rf"(?P<name>[{CJK}\u30a1-\u30fa{NAME_DOTS}ー]{{2,12}}?)"  # Chinese characters or katakana
# after 由, the appointee with the post held before and its body ("由甲研究院前院長張三出任")
_HOLDER = rf"(?P<name>[{CJK}\u30a1-\u30fa{NAME_DOTS}ー]{{2,20}}?)"
_APPOINTED_POST = rf"(?P<post>[{CJK}{KANA}ー]{{2,{MAX_CJK_TITLE}}}?)"
# "由張三出任外交部長" / "張三出任外交部長", "外交部長由張三擔任" (or "外交部長一職由張三出任"),
# "外相にジェーン・ロー氏" (an honorific, or the verb after the name: "外相にジェーン・ローを起用した")
# a post in quotation marks ("“外交部長”": a post the outlet does not recognize), the one held before the name
# among them ("“乙部長”張三將出任“甲部長”")
_OPEN_QUOTE, _CLOSE_QUOTE = "[“「『]", "[”」』]"
_HELD = rf"(?:{_OPEN_QUOTE}(?P<held>[{CJK}]{{2,{MAX_CJK_TITLE}}}){_CLOSE_QUOTE})?"
# a word that opens the clause before the appointment ("其中張三出任…", "另外，…")
_APPOINTMENT_LEAD = fold_pattern("(?:其中|另外|此外)?")
# a verb that names people to posts before the first of them, and the words before it in its clause
_NAMING_VERB = fold_pattern("(?:任命|委任|提名|委派)")
MAX_APPOINTING_LEAD = 30
_APPOINTMENTS = (
    re.compile(
        rf"{_APPOINTMENT_LEAD}(?:由)?{_HELD}{_APPOINTEE}{fold_pattern('(?:將)?')}(?:{APPOINT_VERB_ZH})"
        rf"{_OPEN_QUOTE}?{_APPOINTED_POST}{_CLOSE_QUOTE}?"
    ),
    re.compile(
        rf"{_APPOINTED_POST}(?:{fold_pattern('一職')})?{fold_pattern('(?:則)?(?:將)?')}由{_HOLDER}"
        rf"(?:{APPOINT_VERB_ZH})"
    ),
    # "外相には李四氏", "外相は李四氏": は, after に or alone, binds the post to the name as に does
    # ("外相に元議員の李四氏": what the person is, then の, before the name)
    re.compile(
        rf"{_APPOINTED_POST}(?:には|に|は)(?:、)?(?:[{CJK}\u30a1-\u30fa\u30fc]{{2,12}}の)?{_APPOINTEE}"
        r"(?P<honorific>氏|さん)?"
    ),
    # "任命張三為主計長、李四為審計長": the name, 為, then its post (the verb before the first name)
    re.compile(
        rf"(?:.{{0,{MAX_APPOINTING_LEAD}}}?{_NAMING_VERB})?{_APPOINTEE}{fold_pattern('為')}{_APPOINTED_POST}"
    ),
)


# an English name and the post it is given, after the verb that gives it ("John Doe as treasurer",
# "John Doe treasurer", the post then in lower case: a capitalized one may be the name's last word)
_EN_APPOINTMENT_RE = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){1,3})"
    r"(?:\s+as\s+(?:the\s+|its\s+|their\s+)?(?:new\s+)?(?P<as>[A-Za-z][\w'’\-]*(?:\s+[\w'’\-]+){0,6})"
    # "Jane Roe becomes Foreign Secretary", "John Doe is named Chief Whip": a verb that gives the post
    r"|\s+(?:becomes|is\s+(?:named|appointed|made)|takes\s+over\s+as)\s+(?:the\s+)?(?:new\s+)?"
    r"(?P<verb>[A-Za-z][\w'’\-]*(?:,?\s+[\w'’\-]+){0,7})"
    r"|\s+(?P<bare>[a-z][\w'’\-]*(?:\s+[\w'’\-]+){0,6}))"
)


def _en_appointed(text: str, s: int, e: int) -> ItemSplit | None:
    """``John Doe as treasurer``, ``John Doe attorney general``, ``Jane Roe becomes Foreign Secretary``: the
    name, and the post as its title."""
    m = _EN_APPOINTMENT_RE.fullmatch(text, s, e)
    post = next((g for g in ("as", "verb") if m is not None and m[g]), "bare")
    # after the verb that gives it, a post names its title noun anywhere ("Chief Secretary to the Treasury")
    known = m is not None and (
        is_title(m[post]) or (post == "verb" and EN_TITLE_RE.search(m[post]) is not None)
    )
    if m is None or not known or is_title(m["name"]) or BODY_WORD_RE.search(m["name"]):
        return None
    title = Attribute(AttributeKind.TITLE, m[post], "", m.start(post), m.end(post))
    return ItemSplit(m.start("name"), m.end("name"), (), (title,))


_FULL_STOPS = "。．."


def appointed(text: str, start: int, end: int) -> ItemSplit | None:
    """A person and the post they are appointed to, said with a verb (see ``_APPOINTMENTS``): the name,
    and the post as its title; None when ``text[start:end]`` is no appointment. An English piece is
    one after the verb that appoints (``_EN_APPOINTMENT_RE``)."""
    s, e = trim(text, start, end)
    while (
        e > s and text[e - 1] in _FULL_STOPS
    ):  # "外相に山田太郎氏。": the sentence's stop, no part of the name
        e -= 1
    if not re.search(f"[{CJK}{KANA}]", text[s:e]):
        return _en_appointed(text, s, e)
    if (tail := JA_APPOINT_TAIL_RE.search(text, s, e)) is not None:
        e = tail.start()
    if (note := _NOTE_AFTER_HONORIFIC_RE.search(text, s, e)) is not None and (
        found := _appointed_cjk(text, s, note.start(), tail)
    ) is not None:  # "官房長官に山田太郎氏（再任）": what the brackets say is said of the appointee
        said = Attribute(AttributeKind.OTHER, note["note"], "", *note.span("note"))
        return replace(found, attributes=(*found.attributes, said))
    return _appointed_cjk(text, s, e, tail)


# a note in brackets after an appointee's honorific, closing the piece ("山田太郎氏（再任）")
_NOTE_AFTER_HONORIFIC_RE = re.compile(r"(?:(?<=氏)|(?<=さん))\s*[（(](?P<note>[^（）()]{1,30})[）)]\s*$")


def _appointed_cjk(text: str, s: int, e: int, tail: re.Match[str] | None) -> ItemSplit | None:
    """``text[s:e]`` read by the first of ``_APPOINTMENTS`` that reads it whole (see ``appointed``)."""
    for pattern in _APPOINTMENTS:
        m = pattern.fullmatch(text, s, e)
        if m is None or "honorific" in pattern.groupindex and not (m["honorific"] or tail):
            continue  # "外相に会う": a Japanese appointment has an honorific or its verb after the name
        if is_title(m["post"]) and not is_title(m["name"]):
            post = Attribute(AttributeKind.TITLE, m["post"], "", m.start("post"), m.end("post"))
            # "乙部長張三出任甲部長": the post held before is printed before the name, no part of it
            name, held = title_before_name(text, m.start("name"), m.end("name"))
            if "held" in pattern.groupindex and m["held"] and is_title(m["held"]):
                quoted = Attribute(AttributeKind.OTHER, m["held"], "", m.start("held"), m.end("held"))
                return ItemSplit(m.start("name"), m.end("name"), (), (quoted, post))
            if name == m.start("name") or not held:
                return ItemSplit(m.start("name"), m.end("name"), (), (post,))
            before = Attribute(AttributeKind.OTHER, text[m.start("name") : name], "", m.start("name"), name)
            return ItemSplit(name, m.end("name"), (), (post, before))
    return None
