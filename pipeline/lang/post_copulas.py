"""The words that say what post a person holds, after the person's name and age opening a paragraph:
English ``Roe, 58, is the finance minister``, ``Roe was the bank's governor``; Chinese
``張三，58歲，現任財政部長``, ``張三現為財政部長``. Words of a language only; what follows is a post when
``sources.item_titles`` says so."""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# an age between commas after an English name ("Roe, 58, is …")
EN_AGE_ASIDE = r",\s*[0-9]{1,3},"
# the verb before the post and an article, or the comma of an apposition and its article ("Roe, the
# finance minister, …")
EN_POST_COPULA = (
    r"(?:\s+(?:is|was|has\s+been|becomes|became|will\s+be|serves\s+as|served\s+as)\s+(?:now\s+)?"
    r"(?:the\s+|a\s+|an\s+)?|,\s+(?:the|a|an)\s+)"
)
# an age after a Chinese name ("張三，58歲，", "張三現年58歲，")
ZH_AGE_ASIDE = fold_pattern(r"[，,]?\s*(?:現年|今年)?\s*[0-9０-９]{1,3}\s*[歲岁歳]\s*[，,]")
# the verb before the post ("現任", "擔任", "出任", "為"), or the comma of an apposition
# ("張三，甲國財政部長")
ZH_POST_VERB = fold_pattern(
    r"[，,]\s*(?:現任|擔任|出任|接任|升任|現為|為|是)?|(?:現任|擔任|出任|接任|升任|現為|為|是)"
)
EN_POST_END_RE = re.compile(r"[.,;:(]|\s+(?:and|who|since|until|from)\s")
ZH_POST_END_RE = re.compile(r"[，,。；;：:（(]")
