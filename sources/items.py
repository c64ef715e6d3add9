"""The one item parser's first step: cut the values and attributes off a list item's text.

A list item is a name, possibly with values (``Ruritania: 46%``, ``甲國 90% 46%``, ``乙國49%``) and, for
people, attributes (``Kenneth Roth, executive director, Human Rights Watch``,
``國家民主基金會主席葛胥曼``, ``Josh Hawley (R-Mo.)``). A value or an attribute is never part of the name:
``split_item`` returns the name's span and the rest as records with absolute offsets; the names
themselves (Chinese / English / acronym / aliases / note) are read from the name span by
``sources.layouts._item.parse_item``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pipeline.lang.dates import DATE_AFTER_COLON_RE
from pipeline.lang.former_posts import NOW_HELD_RE
from pipeline.lang.group_cues import NO_VALUE_AFTER_COLON_RE, STATUS_AFTER_COLON_RE
from pipeline.lang.named_figures import DASH_BEFORE_NUMBER_RE
from pipeline.lang.value_words import AMOUNT_VERB_RE, EARLIER_BEFORE_VALUE_RE
from pipeline.lang.values import FROM_BEFORE_VALUE_RE, find_values
from pipeline.models import Attribute, AttributeKind
from sources.item_appointments import appointed
from sources.item_based_in import based_in
from sources.item_body_places import place_of_body
from sources.item_countries import countries_apart, country_of_name, country_post_before_name
from sources.item_dash_sentence import sentence_after_cjk_colon, sentence_after_dash
from sources.item_english import HONORIFIC_RE, en_post_before_name, english_attributes
from sources.item_english_after import described_after_colon, english_attributes_in_parentheses
from sources.item_english_of import of_place
from sources.item_english_places import country_in_brackets
from sources.item_marks import (
    _BRACKETED_RE,
    _CLOSE_RE,
    _COMMA_TAG_RE,
    _ENCLOSED_RE,
    _GIVEN_TO_RE,
    _JA_WHOSE_KANA_RE,
    _JA_WHOSE_KANJI_RE,
    _JA_WHOSE_RE,
    _LOWER_NOTE_END_RE,
    _STORY_AFTER_RE,
    _TAG_RE,
    AT_BEFORE_VALUE_RE,
    _appointed_then_remark,
    _note_after_a_blank,
)
from sources.item_place_de_person import place_of_person
from sources.item_place_person import place_then_person
from sources.item_posts_after import (
    CJK_PAREN_RE,
    ENGLISH_NAME,
    JA_HONORIFIC_RE,
    KANA_NAME_RE,
    KANJI_PERSON_RE,
    cjk_attributes,
    cjk_parenthesized,
    name_then_post,
    title_after_name,
)
from sources.item_posts_before import nationality_before_name, post_of_name, title_before_name
from sources.item_record_fields import record_fields
from sources.item_titles import is_title, name_colon_title, title_colon_name
from sources.item_told import aged, told_in_parens
from sources.item_values import SEPARATORS, ItemSplit, _label, _values, labelled_values, trim

ITEM_CACHE = 4096  # items whose split is kept: a span is split again by each reader that weighs it


@lru_cache(maxsize=ITEM_CACHE)
def split_item(text: str, start: int, end: int) -> ItemSplit:
    """The name span of ``text[start:end]`` and the values and attributes printed with it. Kept per
    ``(text, start, end)``: the inline readers split a run's items to weigh it, then to accept it, and the
    records read them again (a third of the calls over the fixtures); the split is a frozen record."""
    attrs: list[Attribute] = []
    if (record := record_fields(text, start, end)) is not None:  # "ROE, Jane; DOB 12 Mar 1970; …"
        end, fields = record
        attrs.extend(fields)
    elif (dashed := sentence_after_dash(text, start, end)) is not None:  # "ALAND - The army took power."
        end = dashed[0]
        attrs.append(dashed[1])
    if (note := _LOWER_NOTE_END_RE.search(text, start, end)) is not None and "," in text[
        start : note.start()
    ]:
        # "Jane Roe, Prime Minister of Aland (host)", "Jane Roe, 44 (new)": a note of the person's own after
        # what the comma says (a bracket after the name alone, "Aland (full ban)", may be its group's words)
        attrs.append(Attribute(AttributeKind.OTHER, note.group(1), "", *note.span(1)))
        end = note.start()
    if (unknown := NO_VALUE_AFTER_COLON_RE.search(text, start, end)) is not None and unknown.start() > start:
        end = unknown.start()  # "甲國：待定", "Aland: n/a": no value printed, the words are not the name's
    if (
        (status := STATUS_AFTER_COLON_RE.search(text, start, end)) is not None
        and status.start() > start
        and not find_values(status["status"])
    ):
        # "乙國：即日起生效", "Aland: suspended": how the measure stands for the item, in place of a value
        attrs.append(Attribute(AttributeKind.OTHER, status["status"], "", *status.span("status")))
        end = status.start()
    if (described := described_after_colon(text, start, end)) is not None:
        end, description = described  # "Aland: Nationals of Aland are …": the name is before the colon
        attrs.extend(description)
    for m in _TAG_RE.finditer(text, start, end):
        attrs.append(Attribute(AttributeKind.TAG, m.group(0).strip("（）() "), "", m.start(), m.end()))
    if (tag := _COMMA_TAG_RE.search(text, start, end)) is not None and tag.start() > start:
        # "Sen. Jane Roe, R-Mo.": the party and state after a comma, as in parentheses
        attrs.append(Attribute(AttributeKind.TAG, tag.group(1), "", *tag.span(1)))
    found = find_values(text[start:end])
    if found and (story := _STORY_AFTER_RE.search(text, start + found[0].end, end)) is not None:
        end = story.start() + 1  # "Aland: 25%, down from 30%. Goods shipped through it face 40%."
        found = [f for f in found if start + f.end <= end]
    name_s, name_e = start, end
    labelled = () if found else labelled_values(text, start, end)
    if labelled:  # "甲國　金40　銀44　銅42", "Aland 40-44-42 (126)": the name before the first number
        name_e = labelled[0].start - len(labelled[0].column)
    elif found:
        first = start + found[0].start
        if text[start:first].strip(SEPARATORS):
            name_e = first
            verb = AMOUNT_VERB_RE.search(text, start, first)
            if verb is not None and text[start : verb.start()].strip(SEPARATORS):
                name_e = verb.start()  # "甲國增持107億美元": the verb is the value's label, not the name's
            colon = max(text.rfind(":", start, first), text.rfind("：", start, first))
            if colon > start and _label(text, colon, first):  # "Aland: from 24% to 25%"
                name_e = colon
            opened = max(text.rfind("(", start, first), text.rfind("（", start, first))
            if opened > start and _label(text, opened, first) and not _CLOSE_RE.search(text, opened, first):
                name_e = opened  # "甲國（稅率25%）": the value's label opens the parenthesis
            if (at := AT_BEFORE_VALUE_RE.search(text, start, name_e)) is not None and at.start() > start:
                name_e = at.start()  # "Aland at 49%": the preposition is the value's
            if (was := FROM_BEFORE_VALUE_RE.search(text, start, name_e)) is not None and was.start() > start:
                name_e = was.start()  # "Aland, from 46% to 20%", "甲國由46%降至20%": the change's word
            if (
                dated_by := EARLIER_BEFORE_VALUE_RE.search(text, start, name_e)
            ) is not None and dated_by.start() > start:
                name_e = dated_by.start()  # "甲國 原46% 現20%": the word dates the value, no part of the name
            if (
                dated := DATE_AFTER_COLON_RE.search(text, start, name_e)
            ) is not None and dated.start() > start:
                # "Aland: Aug. 20, 2025 (up to $15,000)": the date is the item's, after its name
                attrs.append(Attribute(AttributeKind.OTHER, dated["date"], "", dated.start(1), dated.end(1)))
                name_e = dated.start()
            if (
                dash := DASH_BEFORE_NUMBER_RE.search(text, start, name_e)
            ) is not None and dash.start() > start:
                name_e = dash.start()  # "Aland (AL) - 188 seats (26.1%)": what follows the dash is said of it
        else:  # the value comes first ("25%：日本", "46% on Aland"): the name is what follows the last value
            name_s = start + found[-1].end
            if (given := _GIVEN_TO_RE.match(text, name_s, end)) is not None:
                name_s = given.end()
    if attrs:
        name_e = min(
            name_e,
            min(a.start for a in attrs if a.start >= name_s)
            if any(a.start >= name_s for a in attrs)
            else name_e,
        )
    name_s, name_e = trim(text, name_s, name_e)
    if not found and not labelled and (noted := _note_after_a_blank(text, name_s, name_e)) is not None:
        name_e, blank_note = noted
        attrs.append(blank_note)
    labels_from = name_e  # a value's label is what stands between the name's brackets and the value
    if (enclosed := _ENCLOSED_RE.fullmatch(text, name_s, name_e)) is not None:
        name_s, name_e = enclosed.span(1)
    bracketed = _BRACKETED_RE.match(text, name_s, name_e)
    post_in = "post" if bracketed is not None and bracketed.group("post") else "quoted"
    if bracketed is not None and is_title(bracketed.group(post_in)):
        # "【外務大臣】山田太郎", "“外交部長”張三": the post in brackets or quotes before the name
        attrs.append(Attribute(AttributeKind.TITLE, bracketed.group(post_in), "", *bracketed.span(post_in)))
        name_s = bracketed.end()
    if (honorific := HONORIFIC_RE.match(text, name_s, name_e)) is not None:  # "Sens. Jane Roe"
        word_end = honorific.start() + len(honorific.group(0).rstrip())
        attrs.append(Attribute(AttributeKind.TITLE, text[honorific.start() : word_end], "", name_s, word_end))
        name_s = honorific.end()
    values = labelled or _values(text, start, end, max(name_e, labels_from))
    if not values and not attrs and (appointment := appointed(text, name_s, name_e)) is not None:
        return appointment
    if not values and not attrs and (remarked := _appointed_then_remark(text, name_s, name_e)) is not None:
        return remarked
    if not values:
        colon_start, colon_attrs = title_colon_name(text, name_s, name_e)
        if colon_attrs:
            name_s, attrs = colon_start, [*attrs, *colon_attrs]
        elif (named := name_colon_title(text, name_s, name_e))[1]:  # "張三：保安局局長"
            name_e, attrs = named[0], [*attrs, *named[1]]
        post_start, post_attrs = en_post_before_name(text, name_s, name_e)
        if post_attrs and not colon_attrs:
            name_s, attrs = post_start, [*attrs, *post_attrs]
        if colon_attrs and (honorific := HONORIFIC_RE.match(text, name_s, name_e)) is not None:
            name_s = honorific.end()  # "Foreign Minister: Dr. John Doe": the post says what the person is
    en_end, en_attrs = based_in(text, name_s, name_e)  # "Acme Co., Ltd., based in Aland": its place
    if not en_attrs:  # "Aland College (UK)": its country
        en_end, en_attrs = country_in_brackets(text, name_s, name_e)
    if not en_attrs:
        en_end, en_attrs = english_attributes_in_parentheses(text, name_s, name_e)
    if not en_attrs:
        en_end, en_attrs = english_attributes(text, name_s, name_e)
    if (placed := place_then_person(text, name_s, name_e)) is not None:  # "甲国　ロー首相": the person
        name_s, name_e, attrs = placed[0], placed[1], [*attrs, *placed[2]]
    elif en_attrs:
        name_e, attrs = en_end, [*attrs, *en_attrs]
        post_start, post_attrs = en_post_before_name(text, name_s, name_e)
        if post_attrs:  # "Vice Admiral John Doe, commander of the fleet": a post before the name too
            name_s, attrs = post_start, [*post_attrs, *attrs]
    elif (post := name_then_post(text, name_s, name_e))[1]:
        name_e, attrs = post[0], [*attrs, *post[1]]
    elif (of := of_place(text, name_s, name_e))[1]:
        name_e, attrs = of[0], [*attrs, *of[1]]
    elif (ja_post := post_of_name(text, name_s, name_e))[1]:  # "国防次官の山田太郎氏"
        name_s, attrs = ja_post[0], [*attrs, *ja_post[1]]
    elif (paren := cjk_parenthesized(text, name_s, name_e))[1]:
        name_e, attrs = paren[0], [*attrs, *paren[1]]
        # "官房長官　山田太郎氏（56）": the post before the name, the age in parentheses after it
        title_end, zh_attrs = title_before_name(text, name_s, name_e)
        if zh_attrs:
            name_s, attrs = title_end, [*zh_attrs, *attrs]
        elif (glued := title_after_name(text, name_s, name_e))[1]:  # "ロー首相（議長）": a post glued after
            name_e, attrs = glued[0], [*attrs, *glued[1]]
    else:
        cjk_end, cjk_attrs = cjk_attributes(text, name_s, name_e)
        if cjk_attrs:
            name_e, attrs = cjk_end, [*attrs, *cjk_attrs]
        title_end, zh_attrs = country_post_before_name(text, name_s, name_e)  # "甲國總統張三"
        if not zh_attrs:
            title_end, zh_attrs = title_before_name(text, name_s, name_e)
        if not zh_attrs:
            title_end, zh_attrs = nationality_before_name(text, name_s, name_e)
        if zh_attrs:
            name_s, attrs = title_end, [*attrs, *zh_attrs]
        else:
            after_end, after_attrs = title_after_name(text, name_s, name_e)
            if after_attrs:
                name_e, attrs = after_end, [*attrs, *after_attrs]
    name_s, name_e = trim(text, name_s, name_e)
    titled = any(a.kind is AttributeKind.TITLE for a in attrs)  # a person: "ドイツのための…" names a body
    if titled and (of_country := country_of_name(text, name_s, name_e))[1]:  # "甲国のジェーン・ロー大統領"
        name_s, attrs = of_country[0], [*attrs, *of_country[1]]
    elif not titled and (based := place_of_body(text, name_s, name_e))[1]:  # "甲市的乙貿易有限公司"
        name_s, attrs = based[0], [*attrs, *based[1]]
    elif not titled and (placed_in := place_of_person(text, name_s, name_e))[1]:  # "甲國的張三（Jane Roe）"
        name_s, attrs = placed_in[0], [*attrs, *placed_in[1]]
    whose = _JA_WHOSE_RE.match(text, name_s, name_e)
    if whose is None and any(a.kind is AttributeKind.TITLE and a.start >= name_e for a in attrs):
        whose = _JA_WHOSE_KANJI_RE.match(text, name_s, name_e)  # "甲国の山田太郎外相"
        # "甲紙アランド・タイムズのロー記者": a body named at length, then a katakana name, then the post
        whose = whose or _JA_WHOSE_KANA_RE.match(text, name_s, name_e)
    if whose is not None and whose.end() == name_e:
        # "乙国のジェーン・ロー": the state or body the person belongs to, then the name
        attrs.append(
            Attribute(AttributeKind.ORGANIZATION, whose.group(1), "", name_s, name_s + len(whose.group(1)))
        )
        name_s = whose.start(2)
    honorific = JA_HONORIFIC_RE.search(text, name_s, name_e)
    if (
        honorific is not None
        and honorific.start() - name_s >= 2
        and (
            KANA_NAME_RE.search(text, name_s, name_e)
            or KANJI_PERSON_RE.fullmatch(text, name_s, honorific.start())
        )
    ):
        if (note := CJK_PAREN_RE.search(text, honorific.end(), name_e)) is not None:
            attrs.append(Attribute(AttributeKind.OTHER, note.group(1), "", note.start(1), note.end(1)))
        name_e = honorific.start()  # "アランド・ボルド氏", "山田太郎氏": the name without its honorific
    if not values and not attrs and (sentence := sentence_after_cjk_colon(text, name_s, name_e)) is not None:
        name_e = sentence[0]  # "甲國：軍方2021年奪權。", read as nothing else: a sentence said of the name
        attrs.append(sentence[1])
    told = told_in_parens(text, name_s, name_e)
    if told and (any(a.kind is AttributeKind.TITLE for a in attrs) or aged(told[1])):
        # "Jane Roe (55), chief executive", "山田太郎（65）首相", "張三（女，1965年生），外交部長": what the
        # parentheses after the name say is the person's, not the name's
        name_e, said = told
        attrs.extend(said)
    attrs = [_held_now(text, a) for a in attrs]
    english = next(((a.start, a.end) for a in attrs if a.label == ENGLISH_NAME), None)
    attrs = countries_apart(text, [a for a in attrs if a.label != ENGLISH_NAME])
    return ItemSplit(name_s, name_e, values, tuple(sorted(attrs, key=lambda a: a.start)), english)


def _held_now(text: str, attr: Attribute) -> Attribute:
    """A title without the word before it that says it is held now (``現任警務處處長``)."""
    now = NOW_HELD_RE.match(text, attr.start, attr.end) if attr.kind is AttributeKind.TITLE else None
    return attr if now is None else replace(attr, text=text[now.end() : attr.end], start=now.end())
