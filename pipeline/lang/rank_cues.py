"""Words of a ranking, per language: a cut-off by rank, the verb of the place reached, the pieces of a
ranking told in a sentence, a column of places, a place as each language numbers it and places tied.
Written in Traditional Chinese (folded to match Simplified), Japanese and English; never a name of
anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# a cut-off by rank before a count ("前10名", "排名前十", "top 10", "上位10"): places, which ties make
# fewer than the items they hold
RANK_CUTOFF_BEFORE_RE = re.compile(fold_pattern(r"前\s*$") + r"|上位\s*$|\btop\s*$", re.IGNORECASE)
# the verb of the place a list of names reached, closing it ("…和丁國位列前十", "名列", "躋身")
ZH_RANK_REACHED = r"位列|名列|位居|躋身|入選|入圍|排名|排在|排行"
# what opens a sentence that gives the names just listed their figures one by one ("其中，甲國得分7.74，…"),
# and the word between a name and its score there ("得分", "為")
ZH_EACH_OPENING_RE = re.compile(fold_pattern(r"(?:其中|分別是|分別為|依次為|依次是)\s*[，,：:]?"))
ZH_SCORE_WORD_RE = re.compile(fold_pattern(r"(?:得分|得|分數|分數為|為|是|：|:)?"))
# an English ranking told in clauses: its first (``Aland topped the ranking (7.7)``), the next ones after
# ``followed by``, the rest after ``with`` and the words that close it (``… completing the top 10``)
EN_RANK_FOLLOWED_RE = re.compile(r",\s+followed\s+by\s+", re.IGNORECASE)
# the verb that puts a ranking's first ahead of the next ones, named after it ("Aland beat Borduria and
# Carpathia to the title, followed by …"): the names after it come next, in the order printed
EN_RANK_BEAT_RE = re.compile(
    r"\s+(?:beat|edged(?:\s+out)?|pipped|outpolled|finished\s+ahead\s+of|came\s+(?:in\s+)?ahead\s+of)\s+"
)
# the same in Chinese ("甲力壓乙及丙，第四至第六位依次為丁、戊及己"): the verb, and the words that open the
# rest, in order
ZH_RANK_BEAT_RE = re.compile(fold_pattern(r"力壓|擊敗|力挫|壓倒|擊退|力拒"))
ZH_RANK_IN_ORDER_RE = re.compile(fold_pattern(r"(?:依次|依序|順序|分別)(?:為|是)\s*[：:]?"))
EN_RANK_REST_RE = re.compile(r",\s+(?:with|and\s+then|then)\s+", re.IGNORECASE)
# the sentence that tells a ranking's rest after one that told its first places ("The rest of the top 10
# were, in order, …"): the ranking's size, then the names
EN_RANK_REST_SENTENCE_RE = re.compile(
    r"(?:the\s+)?rest\s+of\s+the\s+(?P<close>top\s+\w+)\s+(?:were|are)\b,?(?:\s+in\s+(?:that\s+)?order,?)?\s+",
    re.IGNORECASE,
)
EN_RANK_CLOSING_RE = re.compile(
    r"\s+(?:completing|rounding\s+out|making\s+up|filling\s+out|closing\s+out)\s+(?P<close>the\s+top\s+\w+)\s*$",
    re.IGNORECASE,
)
# the header of a column of places in a ranking ("排名", "名次", "順位", "Rank", "Pos."): each value the
# place its row is printed at, as a numbered line states one
RANK_COLUMN_RE = re.compile(
    fold_pattern(r"^\s*(?:排名|名次|排行|位次)\s*$")
    + r"|^\s*順位\s*$|^\s*(?:rank|ranking|place|pos\.?|position)\s*$",
    re.IGNORECASE,
)
# the words that open the rest of a ranking after its first ("最高的是甲國（49%），其次是乙國…",
# "Aland was hit hardest, at 49%, followed by Borduria at 48%", "甲国が最も高く、次いで乙国…")
RANK_NEXT_RE = re.compile(
    fold_pattern(r"(?:其次|次之)(?:則)?(?:是|為|依序為|依次為|分別為|分別是)?|再來是|接著是|緊隨其後的是")
    + r"|次いで|続いて|followed\s+by|then(?=\s)",
    re.IGNORECASE,
)
# the words of a ranking told piece by piece around each name and its value: before the first name
# ("最も高いのは", "以"), after the first value ("最高", "居首"), after the others' ("次之", "が続いた",
# "の順だった"); a sentence holding none of them is no ranking
RANK_WORD_RE = re.compile(
    fold_pattern(r"最高|最低|最多|最少|居首|居冠|居次|次之|其次|依序|依次|緊隨其後")
    + r"|最も(?:高|低|大き|小さ|多)|次いで|続(?:いた|く|いて)|の順"
)
RANK_PIECE_START_RE = re.compile(
    r"\s*(?:" + RANK_NEXT_RE.pattern + "|" + fold_pattern(r"其中|包括|例如|以") + r")\s*", re.IGNORECASE
)
RANK_PIECE_END_RE = re.compile(
    fold_pattern(
        r"(?:再)?(?:最高|最低|最多|最少|居首|居冠|居次|次之|緊隨其後|(?:位列|位居|名列|排名|排在|排|居|並列)?"
        r"(?:第[一二三四五六七八九十]+[位名]?|榜首|首位))"
    )
    + r"|(?:(?:が|と|で)(?:これに)?続(?:いた|く|いている)|の順(?:だった|となった|となっている|で|に)?"
    r"|となった|となっている|だった|である|で)$"
)
# the place a clause of a ranking gives the names before it, after their figure ("…以190個並列第二",
# "…以193個排名第一", "…居首"): the place words end the clause
_ZH_PLACE_NUMBER = r"第\s*[0-9０-９一二三四五六七八九十百]+\s*"
PLACE_WORDS_RE = re.compile(
    fold_pattern(rf"(?:並列|同列|排名|排行|排在|排|位列|名列|位居|居)?\s*(?:{_ZH_PLACE_NUMBER}(?:位|名)?")
    + fold_pattern(r"|首位|榜首|居首|居冠|居次)")
)
# the place of names tied on one figure, printed in brackets after it ("（188國，同列第3）",
# "（188カ国、3位タイ）", "(188, joint third)"): the place words whole
_EN_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# a place of a ranking as each language numbers it, the same words the patterns above read: "第3名",
# "第三位"; "3位"; "No. 3", "3rd", "third place" (a ranking's line opens with one: ``_inline_place_lines``)
ZH_PLACE = fold_pattern(_ZH_PLACE_NUMBER) + "[名位]"
JA_PLACE = r"[0-9０-９]{1,3}\s*位"
EN_PLACE = rf"(?:No\.|Number)\s*[0-9０-９]{{1,3}}|{_EN_ORDINAL}(?:\s+place)?"
# a place told in words with its figure after it, in a sentence of a ranking ("was fourth with 321",
# "finishing second on 357"): a name given its place and figure outside any run of names
EN_PLACED_FIGURE_RE = re.compile(
    rf"\b{_EN_ORDINAL}(?:\s+place)?\s*,?\s+(?:with|on)\s+[0-9][0-9,.]*\b", re.IGNORECASE
)
TIED_PLACE_RE = re.compile(
    PLACE_WORDS_RE.pattern
    + rf"|(?:同率)?\s*{JA_PLACE}(?:タイ)?"
    + rf"|(?:(?:joint|tied|tied\s+for|equal)\s+{_EN_ORDINAL}|(?:{_EN_ORDINAL}(?:\s+place)?)(?:,?\s+tied)?)",
    re.IGNORECASE,
)
# the words that make a list a ranking, in its lead or heading ("甲會公布排名", "世界ランキング",
# "the 2025 rankings", "ranked by score"); a cut-off by rank (``count_lines.top_count``) does too
RANKING_WORD_RE = re.compile(
    fold_pattern(r"排名|排行|名次|榜單|位列|名列")
    + r"|ランキング|順位|\b(?:rank(?:ed|ing|ings)?|leaderboard)\b",
    re.IGNORECASE,
)
# words that say a list's order is no ranking ("排名不分先後", "順不同", "in no particular order", "listed
# alphabetically"): its numbers state no place
UNRANKED_RE = re.compile(
    fold_pattern(r"不分先後|不分先后|排名不分|排序不分|依筆畫|按筆畫|依姓氏筆畫|按姓氏筆畫|按字母|依字母")
    + r"|順不同|五十音順|アルファベット順|\b(?:in\s+no\s+particular\s+order|(?:listed\s+)?alphabetically"
    r"|in\s+alphabetical\s+order)\b",
    re.IGNORECASE,
)
# the label of the places a numbered list states without printing them (an HTML ``<ol>``), in the script
# of its article: the header a column of places has there (``RANK_COLUMN_RE``)
PLACE_COLUMN_LABELS = {"ja": "順位", "zh": "排名", "latin": "Rank"}
# an English ranking told in clauses of places (``Borduria …, finishing second on 357, one point ahead of
# Carpathia (356). Dalmatia was fourth with 321, ahead of …``): the place and its figure, the words that
# give the names after it the next places, and the verb of the one before them all (``Aland won …``) with
# the words its figure follows or is followed by (``taking 436 points``, ``with 436``)
EN_PLACE_FIGURE_RE = re.compile(
    rf"\b(?P<place>{_EN_ORDINAL})(?:\s+place)?\s*,?\s+(?:with|on)\s+(?P<fig>[0-9][0-9,]*(?:\.[0-9]+)?)\b",
    re.IGNORECASE,
)
EN_AHEAD_OF_RE = re.compile(r",\s+(?:[a-z][\w'’\-]*\s+){0,4}ahead\s+of\s+")
EN_WINNER_RE = re.compile(r"\s+(?:won|wins|topped|tops|came\s+first|finished\s+first)\b")
EN_WINNER_FIGURE_RE = re.compile(
    r"\b(?:with|on|taking|scoring)\s+(?P<fig>[0-9][0-9,]*(?:\.[0-9]+)?)\b"
    r"|\b(?P<tally>[0-9][0-9,]*(?:\.[0-9]+)?)\s+(?:points|votes|seats|pts)\b"
)
_EN_ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)


def en_ordinal(word: str) -> int | None:
    """``second`` -> 2, ``4th`` -> 4; None for anything else."""
    word = word.strip().lower()
    if word in _EN_ORDINAL_WORDS:
        return _EN_ORDINAL_WORDS.index(word) + 1
    digits = word[:-2]
    return int(digits) if word[-2:] in ("st", "nd", "rd", "th") and digits.isdigit() else None
