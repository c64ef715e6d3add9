"""Words by a count that make it a count of a part or of a whole, per language: a part of a whole
counted before it, those added, some picked by what they share or by their kind, and the whole set a list
is drawn from. Written in Traditional Chinese (folded to match Simplified), Japanese and English; never a
name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# what sets a count apart as a part of a whole counted before it in its sentence: "…40家公司，其中包括12家",
# "40 companies, including 12 Aland firms", "40社のうち12社"
PART_OF_RE = re.compile(
    fold_pattern(r"(?:其中|之中|當中|包括|包含|內含)")
    + r"[^，。；,;、]{0,4}$|(?:のうち|うち)[^、。]{0,4}$"
    # right after a count and 中 (``5國中，有4國…``): among those it counted
    + r"|(?<=[\w])中[，,]?\s*(?:有|共有)?\s*$"
    r"|\b(?:including|of which|of them|among them|among which|of these|of those)\s+(?:some\s+)?$",
    re.IGNORECASE,
)
# right before a count: what is added to a list that goes on (``新增7國``, ``新たに7カ国``, ``added seven
# countries``): the count of those added, a part of the list, never its total
ADDED_BEFORE_RE = re.compile(
    fold_pattern(r"(?:新增|增列|加列|新たに|追加で?)\s*$") + r"|\b(?:adds?|added|adding)\s+(?:another\s+)?$",
    re.IGNORECASE,
)
# some of the people listed picked by what they share, a count of those and not of the list: a Japanese
# topic before the count (``初入閣は10人``, ``女性は2人``, ``再入閣は3人``) or the words right after a
# Chinese or English one (``10人首度入閣``, ``2人為女性``, ``ten lawmakers are serving as ministers for
# the first time``)
PROPERTY_TOPIC_BEFORE_RE = re.compile(
    r"(?:初入閣|再入閣|留任|続投|再任|新任|女性|男性|民間(?:人|出身)?|若手|閣外)(?:者|組)?\s*[はが]\s*$"
)
PROPERTY_AFTER_RE = re.compile(
    fold_pattern(
        r"\s*(?:是|為|屬)?\s*(?:首度|首次|第一次|初次|再度|再次)入閣|\s*(?:是|為)\s*女性|\s*留任|\s*連任"
    )
    + r"|[^.;:!?。]{0,60}?\bfor\s+the\s+first\s+time\b|\s+(?:are|were)\s+women\b",
    re.IGNORECASE,
)
# ---- a count of the whole set a list is drawn from, not of the list
# before a count in its clause: a scope word (``今年全球共有2781人``, ``全部32個成員``, ``世界で2781人``,
# ``of all 32 members``, ``out of 2,781``); a total word alone (``共有``) counts a list as well, so it is read
# only with a count larger than any list (``lang.count_binding.counts_a_whole``)
WHOLE_SCOPE_BEFORE_RE = re.compile(
    fold_pattern(r"全球|全世界|世界上|全部|所有|全體|整體|總數|總共|共有|一共|合共|累計")
    + r"|全体|世界で|全世界|全(?=\s*[0-9０-９])|合計|総計|総数"
    + r"|\b(?:worldwide|globally|in the world|out of|of all|among all|all|in total|a total of|altogether)\b",
    re.IGNORECASE,
)
# after a count and its noun: the whole a part is then taken from (``32個成員中，以下12國``, ``2781位會員中的
# 前十名``, ``2781人のうち``)
DRAWN_FROM_AFTER_RE = re.compile(
    fold_pattern(
        r"^[\u4e00-\u9fff]{0,6}?(?:之中|當中|中)(?=[，,、：:]|\s*(?:有|共有|以下|只有|僅)"
        r"|\s*的?\s*(?:前|首)?\s*[0-9０-９一二三四五六七八九十兩])"
    )
    + r"|^[\u3040-\u30ff\u4e00-\u9fff]{0,6}?(?:のうち|の中で|の中から)"
)
# right after the figure that opens an enumeration's first piece, before the items' own figures: the whole
# they share out (``113席中甲黨52席、乙黨51席``, ``300席當中甲黨…``); the first item starts after it
DRAWN_FROM_OPENING_RE = re.compile(fold_pattern(r"\s*(?:之中|當中|中)\s*"))
# after a count: the whole a part is taken from, or the words of a whole set (``2,781 members in all``)
WHOLE_AFTER_RE = re.compile(
    DRAWN_FROM_AFTER_RE.pattern + r"|^[\w\s\-]{0,24}?\b(?:in all|in total|altogether|worldwide)\b",
    re.IGNORECASE,
)
# the words right after a count that say those counted reached a ranking's cut (``甲隊五人進前十``: five
# of one club among the top ten): a count of some of the ranked, not of the ranking
REACHED_CUT_AFTER_RE = re.compile(
    fold_pattern(r"\s*(?:進|打進|闖進|躋身|入圍|晉身)(?:了)?前\s*[0-9０-９一二三四五六七八九十百]")
)
# words by a count that make it a count of some of the items by what they share, not of the list: those
# new, added or kept on (``18 new ministers``, ``7名新任閣員``, ``新閣僚7人``, ``3 more posts``)
SOME_BY_KIND_RE = re.compile(
    fold_pattern(r"新任|新進|新增|新閣僚|新入閣|初入閣|再入閣|留任|續任|連任")
    + r"|\b(?:new|newly|other|more|additional|further|remaining|incoming|outgoing|returning|female|women)\b",
    re.IGNORECASE,
)
