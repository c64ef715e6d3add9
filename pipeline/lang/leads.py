"""Cue words around a list, per language: what introduces it, what closes it, whether it claims to be
complete or only a selection, and what goes on with it after a full stop. Written in Traditional Chinese
(folded to match Simplified), Japanese and English; never a name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.decision_cues import DECISION_RE
from pipeline.lang.scripts import fold_pattern

# words that introduce an enumeration or a list ("including", "包括", "如下：", "次の")
LEAD_IN_RE = re.compile(
    fold_pattern(
        r"包括|包含|涵蓋|涉及|分別為|分別是|分別係|依序為|名單如下|如下|名單為|清單如下|以下|下列|計有|包括了|為：|是："
    )
    + r"|次の|以下の|は次のとおり|\b(?:including|includes|include|included|namely|the following|as follows"
    r"|are|were|list(?:ed)?|nationals of|citizens of)\b",
    re.IGNORECASE,
)
# a subject naming countries, and the word closing it before the names that make its whole predicate
# ("…的國家則有A、B和C。", "…する国はA、B、C。"); never a subject of another kind ("甲隊的對手是A、B和C。")
SUBJECT_THEN_NAMES_RE = re.compile(
    fold_pattern(r"(?:國家|國|地區|經濟體)(?:和地區|及地區)?(?:則|亦|也)?(?:有|為|是|係)")
    + r"|(?:国|国・地域|地域|国々)は"
)
# a sentence that ends by saying the list follows, as a colon would: "対象者は以下の通り。", "名單如下。"
LEAD_IN_END_RE = re.compile(
    # a note in parentheses may close it: "次の通り（敬称略、かっこ内は年齢）。"
    r"(?:以下|次)の(?:通り|とおり)(?:です|である)?(?:[（(][^（）()]{1,30}[)）])?[。.]?$|"
    + fold_pattern(r"如下[。.]?$")
    # "次の通り発表した。": a verb of saying after the words that lead in
    + r"|(?:以下|次)の(?:通り|とおり)[\u4e00-\u9fff]{1,4}(?:した|された|する|される)[。.]?$"
    # a sentence that announces the list of names the lines under it print: "閣僚名簿を発表しました。",
    # "公布了內閣名單。"
    + r"|名簿を(?:発表|公表)(?:しました|した|されました|された)[。.]?$"
    + fold_pattern(r"|(?:公布|公佈|發布|宣布)了?[\u4e00-\u9fff]{0,6}名單[。.]?$")
)
# the honorific after a Japanese person's name ("山田太郎氏", "佐藤花子さん"), or the word the press puts
# in its place after the name of someone accused, tried or jailed ("山田太郎被告", "ジェーン・ロー受刑者")
JA_HONORIFIC = r"(?:氏|さん|様|受刑者|被告人?|容疑者)"
# the others beside someone named before, in Japanese: "張三氏のほかに対象となったのは次の10人"
JA_BESIDE_RE = re.compile(r"(?:ほか|他)(?:に|は)")
# "besides" closing a name ahead of the others: "張三行政長官のほか、李四局長、王五局長など"
JA_BESIDE_END_RE = re.compile(r"(?:のほか|の他)(?:に|にも)?\s*$")
# a list that claims to be the whole list
COMPLETE_RE = re.compile(
    fold_pattern(
        r"完整名單|完整清單|全部名單|全名單|(?<!部分)(?<!主要)(?<!部份)名單如下|清單如下|全文如下|完整列表|全部列出|一覽"
    )
    + r"|全リスト|一覧|\b(?:full|complete|entire|whole)\s+list\b",
    re.IGNORECASE,
)
# a list that only gives examples
# "for example" right after a pause before the first of its names ("…受禁運的國家，如甲國、乙國和丙國"); not
# 如 opening another word ("如前所述", "如下", "如果", "如今", "如此", "如同", "如何", "如上")
EXAMPLES_AFTER_PAUSE_ZH = r"[，,]\s*如(?![前下此同果何今上])"
SELECTION_RE = re.compile(
    fold_pattern(r"(?<!比)例如|譬如|其中包括|其中有|諸如|像是|如：")  # "比例如下" (the ratios as follows)
    + r"|(?<![对對占佔])比如(?!下)"  # "对比如下", "占比如下" (compared, shares as follows): no "for example"
    + r"|など|\b(?:such as|among (?:them|those|others)|for example|e\.g\.|including)\b",
    re.IGNORECASE,
)
# a list of the main ones only ("主な国の税率は以下の通り", "主要國家稅率如下", "some of the countries"),
# or of some (``部分國家的稅率``; not ``部分國家獲下調``, some of the list's items doing something)
MAIN_ONES_RE = re.compile(
    fold_pattern(r"主要(?:國家|的國家|國|經濟體|成員)|部分(?:國家|經濟體)(?:和地區|及地區)?的")
    # some of those who attended (``部分出席的嘉賓``, ``出席的部分外國領袖``)
    + fold_pattern(r"|部分(?:出席|與會|外國)")
    # some of those the list is of, as follows (``整理部分獲釋者如下``)
    + fold_pattern(r"|部分[^，,。：:；;\s]{1,6}?如下")
    + r"|主な|\bsome of (?:the|them)\b",
    re.IGNORECASE,
)
# a part picked by rank ("These face the steepest:", "the hardest hit are", "the top 10"): the list under
# it is a part of whatever was counted before
RANKED_PART_RE = re.compile(r"\bthe\s+(?:[a-z]+est|most|least|top|main|major)\b|\btop\s+\d", re.IGNORECASE)
LEAD_LINE_CHARS = 80  # how far back the line that introduces a list is read
LEAD_LINES = 3  # lines above a list (a table's header among them) where its lead-in may stand
# a lead-in that picks the key ones of a larger whole (``Seven of the key ministers are:``, ``The key
# ministers are:``, ``主要閣僚7人は次の通り``, ``以下是新內閣十名重要閣僚：``): the list may be a selection;
# a count in these words counts the selection printed, not the whole
KEY_ONES_RE = re.compile(
    fold_pattern(
        r"(?:主要|重要)\s*[\d０-９一二三四五六七八九十]*\s*(?:名|位|人)?\s*(?:閣僚|閣員|部長|官員|人事)"
    )
    + r"|\b(?:of\s+)?the\s+(?:key|principal|leading|senior)\s+(?:[a-z]+\s+)?"
    r"(?:ministers|members|officials|posts|picks|nominees|appointments)\b",
    re.IGNORECASE,
)


def _lead_of(text: str, first: int) -> str:
    """The words that introduce a list starting at ``first``: its own line before it, else the nearest
    line above that ends a sentence or a lead-in (``主な国の税率は以下の通り。`` over a table and its
    header)."""
    line_start = text.rfind("\n", 0, first) + 1
    lead = text[line_start:first].strip()
    if re.fullmatch(r"[\W\d_]*", lead):
        lead = ""  # the item's own marker ("- ", "1.", "・") introduces nothing
    end = line_start
    for _ in range(LEAD_LINES):
        if lead:
            break
        end = len(text[:end].rstrip())
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(("：", ":", "。", ".")):
            lead = line[-LEAD_LINE_CHARS:]
        end = start
    return lead


def lead_says_selection(text: str, first: int) -> bool:
    """The words that introduce a list starting at ``first`` (``_lead_of``) say it names examples or the
    main ones only."""
    lead = _NAMES_INCLUDED_RE.sub("", _lead_of(text, first))
    return bool(SELECTION_RE.search(lead) or MAIN_ONES_RE.search(lead))


# "including" and the names it includes, the lead's own ("entry to Aland, including Borduria and Carpathia:")
_NAMES_INCLUDED_RE = re.compile(
    r"\bincluding\s+[A-Z][\w'’\-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w'’\-]*)*\s*[:：]?\s*$"
)


def lead_picks_key_ones(text: str, first: int) -> bool:
    """The words that introduce a list starting at ``first`` name the key ones of a larger whole
    (``KEY_ONES_RE``): what it prints is the outlet's own pick, which may be fewer than another's."""
    return bool(KEY_ONES_RE.search(_lead_of(text, first)))


# a selection named as part of the list's members ("among those designated are", "其中包括"): two names
# after it are examples of the list, where "including" after any noun may name something else
PARTITIVE_RE = re.compile(
    fold_pattern(r"其中包括|其中有|其中") + r"|\bamong (?:them|those|others|the \w+)\b", re.IGNORECASE
)
# the words that open the named part of a whole counted before them in a sentence: ``PARTITIVE_RE``'s,
# ``うち`` after a pause or ``の`` ("14カ国に書簡を送り、うち甲国と乙国は25％"), "including" / "包括"
PART_OPENING_RE = re.compile(
    PARTITIVE_RE.pattern + "|" + fold_pattern(r"包括|包含") + r"|(?:(?<=[、，,])|の|その)うち|\bincluding\b",
    re.IGNORECASE,
)
# a joiner's character inside a word: 共和 (republic), 和平 (peace), the sound 及 of -geria (甲及利亞)
ZH_JOINER = fold_pattern(r"(?:以及|及其|(?<!共)和(?!平)|及(?!利[亞亚])|與|跟|暨|或)")
# a joiner opening the last piece of a run after its separator ("A、B、以及C", "A、B、及C", "A、B、そしてC"):
# no part of the name (及 only where no kana is: 及川 is a Japanese family name)
ZH_PIECE_JOINER_RE = re.compile(fold_pattern(r"(?:以及|及(?!利[亞亚])|並且|並|暨)\s*"))
JA_PIECE_JOINER_RE = re.compile(r"(?:そして|および|及び|ならびに|並びに)\s*")
# a particle closing a name as the subject or object of what follows ("ベネズエラの国民は、…"): the run of
# names ends with it
JA_TOPIC_CLOSE_RE = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc）)])(?:は|が|を|には|では|も)\s*$")
# the word that joins one more item after the count closing a run ("A、B、C等3國以及丁地區", "A, B and C,
# three countries, as well as the Dalmatia region"): the count is the run's, the item after it the list's
EXTRA_AFTER_COUNT_RE = re.compile(
    r"\s*" + fold_pattern(r"(?:以及|及(?!其)|和|與|暨)") + r"\s*|,?\s+(?:as\s+well\s+as|plus)\s+",
    re.IGNORECASE,
)
# the word before the last item of an inline enumeration ("A、B和C", "A, B and C")
FINAL_JOINER_RE = re.compile(
    r"\s*" + ZH_JOINER + r"\s*|\s*(?:および|及び|と|や)\s*"
    r"|,?\s+(?:and|&|or)\s+",
    re.IGNORECASE,
)
# what may close an inline enumeration: 等 / 等12國 / など / and N others
CLOSING_RE = re.compile(
    fold_pattern(r"^\s*(?:等|等等)")
    + r"|^\s*(?:など|の)"
    + r"|^\s*,?\s*(?:and|plus)\s+\S+\s+others?\b|^\s*,?\s*etc\b",
    re.IGNORECASE,
)
# the same closing word printed at the end of the run's last piece (``甲國、乙國等``, ``甲国、乙国など``,
# ``Aland, Borduria etc.``): no part of the last name
TRAILING_CLOSING_RE = re.compile(
    r"\s*(?:" + fold_pattern(r"等等|等") + r"|など|,?\s*etc\.?)\s*$", re.IGNORECASE
)
# a cue word alone between a group's label and its colon and the names (``第一級：包括甲國、乙國``,
# ``Tier 1: including Aland``): the words before the colon still label the names
AFTER_COLON_CUE_RE = re.compile(
    fold_pattern(r"包括|包含|涵蓋|分別為|分別是|計有|即|為|是") + r"|including|namely", re.IGNORECASE
)
# the words that close a paper's credit in brackets ("【甲報專訊】", "【本報訊】", "【甲網記者 張三 報道】"):
# a byline, no label of a group
CREDIT_WORDS = r"(?:專訊|专讯|訊|讯|報道|报道|報導|报导)"
# compound particles that end a Japanese lead-in before its first name ("…パートナー国として、A、B"): a piece
# ending in one is words about the names, no name
JA_LEAD_PARTICLE_END_RE = re.compile(
    r"(?:として|について|によると|によれば|により|に対し(?:て)?|に関し(?:て)?|をめぐり|をめぐって)$"
)
# ら after a run of people, then a particle or a count: "and others", the people named its examples
# ("…田中次郎外相らを起用", "…ら4人")
JA_RA = r"ら(?=[をがはにのも、。]|\s*[0-9０-９一二三四五六七八九十]|\s*$)"
JA_PEOPLE_CLOSING_RE = re.compile(r"\s*" + JA_RA)
# an ordinal heading of a part ("第一部分", "Part 2")
PART_RE = re.compile(
    fold_pattern(r"第[一二三四五六七八九十\d]+(?:部分|類|組|批|章|節)") + r"|\bPart\s+\w+", re.IGNORECASE
)
# the end of a lead-in that makes the run of names after it the list, with no count of its own: a
# copula or cue ("被制裁的議員是", "受影響的國家為", "包括", "："), or the decision's verb ("禁止",
# "制裁"); not a verb of another role ("此舉獲得甲國、乙國…支持")
RUN_LEAD_END_RE = re.compile(
    "(?:"
    + fold_pattern(r"是|為|係|包括|包含|涵蓋|分別是|分別為|有|如下|對|針對|將")
    + "|"
    + DECISION_RE.pattern
    + r"|[：:]|は|が|を)\s*$",
    re.IGNORECASE,
)
# words that open a sentence going on with the list the sentence before enumerated ("還有A、B以及C",
# "此外還有…", "また、A、B", "Also named were A, B and C")
_CONTINUATION_WORDS = (
    fold_pattern(r"(?:此外|另外)?(?:還有|還包括|另有|另外有|以及)|此外|另外")
    + r"|また|さらに|ほかに|(?:and\s+)?also(?:\s+(?:named|listed|included|sanctioned|elected|chosen))?"
    + r"(?:\s+(?:are|were))?|as well as|plus"
)
CONTINUATION_RE = re.compile(r"^\s*(?:" + _CONTINUATION_WORDS + r")\s*[，,、：:]?\s*$", re.IGNORECASE)
# the same words opening the sentence after a list's full stop: the list goes on there
CONTINUED_AFTER_RE = re.compile(r"\s*[。.]\s*(?:" + _CONTINUATION_WORDS + r")(?![A-Za-z])", re.IGNORECASE)
# an English relative clause that says more of the name before it ("…, who was re-elected, …")
RELATIVE_CLAUSE_RE = re.compile(r"^\s*[,，;；]?\s*(?:who|which|that|whose|where|when)\b", re.IGNORECASE)
# a sentence that points to the table under it (``The table shows the April and the new rate for 12
# economies.``): it leads the table in as a line ending in a colon does
TABLE_BELOW_RE = re.compile(
    r"\b(?:the|this)\s+table\s+(?:below\s+)?(?:shows|lists|gives|sets\s+out)\b", re.IGNORECASE
)
# what closes a Chinese clause setting one apart before the others ("除張三外", "除了張三之外"), or, with
# no 外, the pause before a word saying the rest are others ("除特首張三，另外被制裁的有…")
ZH_BESIDES_CLOSE = fold_pattern(r"(?:之)?外|(?=[，,]\s*(?:另外|另|還|亦|也|其餘|其他))")
