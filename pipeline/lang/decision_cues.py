"""Words of the decision a list comes from, per language: the decision's verbs, the instrument that
carries it, its signing and announcing, the days of this week and the words of the past, and one more act
told beside the list's. Written in Traditional Chinese (folded to match Simplified), Japanese and English;
never a name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# ---- the decision a list comes from, whatever it is (a withdrawal, a ban, tariffs, sanctions)
# verbs that carry the decision itself
DECISION_RE = re.compile(
    fold_pattern(
        r"退出|退群|撤出|禁止|限制|受限|制裁|關稅|實施|實行|課徵|加徵|徵收|指定|列入|列出|暫停|中止|凍結|發布|頒布"
    )
    + r"|脱退|離脱|禁止|制限|制裁|発動|指定|課す|凍結|関税"
    + r"|\b(?:withdr[ae]w(?:s|ing|n)?|ban(?:s|ned|ning)?|restrict(?:s|ed|ing)?|impos(?:e|es|ed|ing)"
    r"|sanction(?:s|ed|ing)?|designat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze|tariffs?)\b",
    re.IGNORECASE,
)
# the instrument that carries it: (pattern, key, counted only when it is what was signed)
INSTRUMENTS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(fold_pattern(r"行政命令|行政令") + r"|大統領令|\bexecutive\s+order", re.IGNORECASE),
        "executive_order",
        False,
    ),
    (re.compile(fold_pattern(r"備忘錄") + r"|覚書|\bmemorandum", re.IGNORECASE), "memorandum", False),
    (re.compile(fold_pattern(r"公告|文告") + r"|布告|\bproclamation", re.IGNORECASE), "proclamation", True),
    (re.compile(fold_pattern(r"聲明") + r"|声明|\bstatement", re.IGNORECASE), "statement", True),
    (re.compile(fold_pattern(r"書簡|信函") + r"|書簡|\bletters?\b", re.IGNORECASE), "letter", True),
)
SIGN_RE = re.compile(fold_pattern(r"簽署|簽發") + r"|署名|\bsign(?:ed|s)?\b", re.IGNORECASE)
SIGNED_BEFORE_RE = re.compile(
    "(?:(?:" + fold_pattern(r"簽署|簽發") + r"|署名)[^，。；,;、]{0,10}|\bsign(?:ed|s)?\b[^,;.]{0,30})$",
    re.IGNORECASE,
)
ANNOUNCE_RE = re.compile(fold_pattern(r"宣布|宣佈|宣告") + r"|発表|\bannounc(?:ed|es)", re.IGNORECASE)
LIST_WORD_RE = re.compile(fold_pattern(r"名單|清單") + r"|リスト|一覧|\blist\b", re.IGNORECASE)
# the days of this week (a weekday, today, yesterday): a clause that names one speaks of the news itself,
# whatever earlier date its sentence also gives ("higher than in April, after … on Monday")
# a weekday in English, Chinese or Japanese: group 1 the English name, 2 the Chinese numeral, 3 the
# Japanese day character ("Wednesday", "周三", "水曜")
EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_RE = re.compile(
    r"\b(" + "|".join(EN_WEEKDAYS) + r")\b|(?:週|周|星期|禮拜|礼拜)([一二三四五六日天])|([月火水木金土日])曜",
    re.IGNORECASE,
)
THIS_WEEK_RE = re.compile(
    WEEKDAY_RE.pattern
    + "|"
    + fold_pattern(r"今天|今日|昨天|昨日|本週|本周|當天|當日")
    + r"|今週|本日|\b(?:today|yesterday|tonight|this\s+week)\b",
    re.IGNORECASE,
)
# words that put a value in the past (an earlier rate, a former title): not what the list states now
PAST_RE = re.compile(
    fold_pattern(r"原本|原先|原來|原定|此前|先前|之前|以前|曾經|曾|前次|上次|早前|由|從")
    + r"|当初|以前|前回|かつて|から"
    + r"|\b(?:previously|earlier|originally|formerly|former|had been|was|were|from|last)\b",
    re.IGNORECASE,
)
# a sentence told as one more act beside the list's, after it ("同日另將12家實體列入…", "It also put 12
# entities on…"): a count in it counts what that act names, not the list
ANOTHER_ACT_RE = re.compile(
    fold_pattern(r"同日|同時|另將|另把|另對|亦將|亦把|亦對|也將|也把|還將|還把")
    + r"|\b(?:also|separately|in addition|additionally)\b",
    re.IGNORECASE,
)
