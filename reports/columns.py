"""Column names of the CSV tables and the separators of the cells that hold several values."""

from __future__ import annotations

SOURCE = "source"
KIND = "kind"
POSITION = "position"
SECTION = "section"
CATEGORY = "category"
NAME_ZH = "name_zh"
NAME_EN = "name_en"
ACRONYM = "acronym"
ENTITY = "entity"
ALIASES = "aliases"
NOTE = "note"
PARENT = "parent"
START = "start"
END = "end"
LEVEL = "level"
SCORE = "score"
MARGIN = "margin"
SEVERITY = "severity"
SOURCES = "sources"
SUBJECT = "subject"
MESSAGE = "message"
EVIDENCE = "evidence"
FINGERPRINT = "fingerprint"
MENTION = "mention"
MENTIONS = "mentions"
LIST_MENTIONS = "list_mentions"
PROSE_MENTIONS = "prose_mentions"
VARIANTS = "variants"
LANG = "lang"
NAME = "name"
STATED = "stated"
UNIT = "unit"
COMPUTED = "computed"
COUNT = "count"
QUOTE = "quote"
RUNNER_UP = "runner_up"
REASON = "reason"
PERSON = "person"
ROLE = "role"
ENGLISH = "english"
GROUP = "group"
VALUES = "values"
ATTRIBUTES = "attributes"
ITEM_SEPARATOR = "; "
OUTLET = "outlet"
OUTLETS = "outlets"

MENTION_COLUMNS = (
    SOURCE,
    KIND,
    POSITION,
    SECTION,
    CATEGORY,
    NAME_ZH,
    NAME_EN,
    ACRONYM,
    ENTITY,
    ALIASES,
    NOTE,
    PARENT,
    START,
    END,
    LEVEL,
    SCORE,
    MARGIN,
    GROUP,
    VALUES,
    ATTRIBUTES,
    OUTLET,
)
ENTITY_COLUMNS = (
    ENTITY,
    NAME_EN,
    NAME_ZH,
    ACRONYM,
    SECTION,
    SOURCES,
    LIST_MENTIONS,
    PROSE_MENTIONS,
    VARIANTS,
    MENTIONS,
)
CLAIM_COLUMNS = (SOURCE, KIND, SUBJECT, STATED, UNIT, COMPUTED, COUNT, QUOTE, START, END, OUTLET, GROUP)
DISCREPANCY_COLUMNS = (KIND, SEVERITY, ENTITY, SOURCES, SUBJECT, MESSAGE, EVIDENCE, FINGERPRINT, OUTLETS)
VARIANT_COLUMNS = (ENTITY, LANG, NAME, SOURCES, OUTLETS)
LINK_COLUMNS = (MENTION, ENTITY, LEVEL, SCORE, MARGIN, RUNNER_UP, REASON)
PEOPLE_COLUMNS = (PERSON, NAME, ROLE, ENGLISH, SOURCE, START, END)

ALIAS_SEPARATOR = " | "
LIST_SEPARATOR = ";"
