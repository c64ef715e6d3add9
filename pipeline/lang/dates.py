"""Dates printed beside a list's items or in its sentence: a day, month and year after a name's colon,
a day with or without its year that a sentence's items share.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# a date printed after a name and its colon ("Aland: Aug. 20, 2025 (…)", "甲國：2025年8月20日"): the item's
# date, no part of its name
_DATE = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
    + fold_pattern(r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號])")
)
DATE_RE = re.compile(_DATE)  # a day, month and year: "Aug. 20, 2025", "20 August 2025", "2025年8月20日"
DATE_AFTER_COLON_RE = re.compile(rf"[:：]\s*(?P<date>{_DATE})")
# a day with or without its year, a whole clause ("9月21日", "2025年9月21日起", "On Sunday, September 21"):
# the day a sentence's items share
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a wire story's dateline opening its first paragraph ("ALAND CITY, May 17 - ", "Aland, May 17 (EPS) — "):
# the place and day it was filed, before the sentence's subject
EN_DATELINE_OPENING_RE = re.compile(
    r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3},\s+" + _MONTHS + r"\s+\d{1,2}(?:,?\s+\d{4})?"
    r"(?:\s+\([^()]{1,20}\))?\s*[-–—]+\s*"
)
DAY_CLAUSE_RE = re.compile(
    r"^\s*(?:(?:On|on)\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:" + _MONTHS + r"\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+"
    + _MONTHS
    + r"(?:,?\s+\d{4})?"
    + fold_pattern(r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日號](?:起|當天|当天)?(?:には|に|は)?)\s*$")
)

# a page's time stamp printed beside a headline link in a list of the site's headlines, and nothing else:
# a numeric day or time ("2025/05/16", "05-16 18:20", "7/8(火) 7:55", "5月13日"), or a time ago ("3小時前",
# "2時間前", "1天前", "3 hours ago", "Yesterday")
_STAMP_PART = (
    r"(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日號]?(?:\s*[(（][^()（）]{1,3}[)）])?"
    r"|\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?"
    r"|\d{1,3}\s*(?:秒|分鐘?|小時|個小時|時間|天|日|週|周|星期|個月|か月|ヶ月)前"
    r"|\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month)s?\s+ago|剛剛|昨天|前天|yesterday|just\s+now"
    r"|(?:[A-Z]{2,4}|GMT[+-]\d{1,2})(?=\s)"  # a time zone between a day and a time ("2025-06-06 HKT 18:30")
)
STAMP_RE = re.compile(fold_pattern(rf"^\s*(?:{_STAMP_PART})(?:\s+(?:{_STAMP_PART}))*\s*$"), re.IGNORECASE)
