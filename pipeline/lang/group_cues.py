"""Words of a list's groups, per language: a label that says "not X" or "the other ones", the noun and
the word of a group, a row that describes a class rather than names one, a note's label, a cell's yes or
no, a status or a missing value after a name's colon, and the groups told in the clauses of one sentence.
Written in Traditional Chinese (folded to match Simplified), Japanese and English; never a name of
anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# a group label that says "not X" (``非甲類``, ``不屬於甲體系``, ``甲體系以外``, ``non-X``, ``outside X``)
NEGATION_BEFORE_RE = re.compile(
    fold_pattern(r"^\s*(?:非屬?|不屬於|不隸屬於?|不是|並非|除了?)")
    + r"|^\s*(?:non[-\s]?|not\s+(?:part\s+of\s+)?|outside\s+(?:of\s+)?|other\s+than\s+|excluding\s+)"
    r"(?:the\s+)?"
    r"|^\s*(?:以外の|非)",
    re.IGNORECASE,
)
NEGATION_AFTER_RE = re.compile(fold_pattern(r"(?:體系|系統|系列)?\s*(?:以外|之外|外的?)"), re.IGNORECASE)
# words that only say "the other ones": the rest of the list after a group (``其餘``, ``the remaining``)
COMPLEMENT_RE = re.compile(
    fold_pattern(r"其餘|其他|其它|餘下|剩下|剩餘|另外")
    + r"|残り|残る|残った|その他|\b(?:others?|remaining|rest\s+of|more)\b",
    re.IGNORECASE,
)
# the noun of a count of a list's groups, not of its items ("all 12 groups", "分為12組", "12のグループ")
GROUPS_NOUN_RE = re.compile(
    fold_pattern(r"[組类]|類別|分組") + r"|グループ|\b(?:groups|pools|categories|sections|tiers)\b",
    re.IGNORECASE,
)
# the word of one group among several, the label's own beside its letter or number (``A組``, ``第一類``,
# ``グループA``, "Group A", "Pot 2", "Region IV"): what a series of labels of groups shares
GROUP_WORD_RE = re.compile(
    fold_pattern(r"組|類|檔")
    + r"|グループ|ポット|\b(?:group|pool|pot|category|tier|level|region|zone|section|part"
    r"|division)\b",
    re.IGNORECASE,
)
# a lead that is a group's label in a series and nothing else, the line's or paragraph's first words before
# its colon (``第三級``, ``第2類``, ``A組``, ``第1グループ``, ``Tier 3``, ``Group B``, "Third tier"): the
# names after it are that group's list, as a heading's would be
_SERIES_ZH = fold_pattern(
    r"第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:層級|級|類|組|檔|批)|[A-ZＡ-Ｚ]\s*組"
)
_SERIES_JA = r"第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*グループ|グループ\s*[A-ZＡ-Ｚ0-9０-９]"
_SERIES_EN = (
    r"(?:tier|group|category|level|pot)\s+(?:[0-9]{1,2}|[A-Z]|one|two|three|four|five|I{1,3}|IV|V)"
    r"|(?:first|second|third|fourth|fifth)\s+(?:tier|group|category|level)"  # "the third tier"
)
SERIES_LABEL_RE = re.compile(f"{_SERIES_ZH}|{_SERIES_JA}|{_SERIES_EN}", re.IGNORECASE)
# a group's label in a series opening the sentence of its names, with no colon: the label (``第三級``,
# "the third tier"), then a verb that says what the group holds (``則包括``, ``為``, ``共``, "covers"); what
# follows the verb is the names, or words about them and a cue of their examples after a pause
# (``，如``, ", such as") or a colon
SERIES_IN_SENTENCE_RE = re.compile(
    rf"(?:^|(?<=[，,]))\s*(?:(?:the\s+)?(?P<en>{_SERIES_EN})"
    r"\s+(?:covers|includes|comprises|consists\s+of|is\s+made\s+up\s+of)\b"
    rf"|(?P<zh>{_SERIES_ZH})" + fold_pattern(r"\s*(?:則|则)?\s*(?:包括|包含|涵蓋|為|是|共|計有)") + r")",
    re.IGNORECASE,
)
# what ends the words about the names and opens their run, after the verb: a pause and a cue of examples
# (``，如``, ``，即``, ", such as", ", including"), or a colon
SERIES_EXAMPLES_OPENING_RE = re.compile(
    fold_pattern(r"[，,]\s*(?:即|如|例如|比如|諸如|包括)\s*$")
    + r"|,\s*(?:such\s+as|including|among\s+them|notably)\s*$|[：:]\s*$",
    re.IGNORECASE,
)
# a yes-or-no answer in a table's cell ("First time: Yes", "初入閣：○"): what a row is, never a group's label
YES_NO_RE = re.compile(
    fold_pattern(r"是|否|有|無") + r"|はい|いいえ|あり|なし|[○◯×✓✔✗✘]|yes|no|y|n", re.IGNORECASE
)
# a row that describes a class rather than names one (``其餘國家``, ``其他未合作企業``, ``非協力企業``,
# ``その他の協力企業``, "All other companies", "Non-cooperating exporters"): a complement word or a
# negation, a short qualifier, and a class noun ending it; the negated form needs a qualifier of two
# characters or more (``非甲``, a name that begins with the character, is no negation)
_CLASS_NOUN_ZH = fold_pattern(
    r"企業|公司|車廠|車企|廠商|業者|出口商|生產商|製造商|國家|國|地區|經濟體|成員國?|品牌|機構|銀行|產品|商品|人士|人員"
)
_CLASS_NOUN_JA = r"企業|会社|メーカー|業者|各国|諸国|国々|国|地域|製品"
# a class noun alone, no name (``地區``, ``企業``, ``国``): what ``…18國和地區`` adds to its counted noun
CLASS_NOUN_RE = re.compile(rf"(?:{_CLASS_NOUN_ZH}|{_CLASS_NOUN_JA})")
_COMPLEMENT_ZH = fold_pattern(r"其他|其它|其餘|餘下|剩餘|剩下") + r"|その他|残り"
_NEGATION_ZH = fold_pattern(r"不|未|非") + r"|非|未"
DESCRIBED_ROW_ZH_RE = re.compile(
    rf"^(?:{_COMPLEMENT_ZH})$|^(?:(?:{_COMPLEMENT_ZH})の?"
    + fold_pattern(r"(?:所有|全部|一切)?")
    + rf"(?:{_NEGATION_ZH})?\S{{0,4}}?|(?:{_NEGATION_ZH})\S{{2,4}}?)(?:{_CLASS_NOUN_ZH}|{_CLASS_NOUN_JA})$"
)
DESCRIBED_ROW_EN_RE = re.compile(
    r"^(?:(?:all\s+)?(?:the\s+)?(?:others?|remaining)|(?:the\s+)?rest\s+of|non[-\s]?[a-z]+|un[a-z]+ing)\b"
    r"[a-z\s\-]*$",
    re.IGNORECASE,
)
# the negation that sets a described row apart from its complement (``不合作企業`` / ``其他合作企業``,
# "non-cooperating" / "other cooperating"; "all other" is every other one, so of neither side)
DESCRIBED_NEGATION_RE = re.compile(
    rf"^(?:(?:{_COMPLEMENT_ZH})の?\S{{0,2}}?)?(?:{_NEGATION_ZH})|\b(?:non[-\s]?|un[a-z]+ing\b)", re.IGNORECASE
)
# ---- a value the outlet says it has not got, after the name and its colon (``甲國：待定``, ``Aland: n/a``,
# ``乙国：未定``): the item has no value, and the words are no part of its name
NO_VALUE_AFTER_COLON_RE = re.compile(
    r"\s*[:：︰=＝]\s*(?:"
    + fold_pattern(r"待定|未定|待公布|未公布|未公佈|尚未公布|暫無|暫缺|未知|不適用|談判中|協商中")
    + r"|未発表|調整中|交渉中|協議中"
    + r"|n/?a|N\.A\.|TBD|TBA|TBC|pending|not (?:yet )?(?:announced|set|known|available)|none"
    + r"|[-－–—―]{1,2})\s*[。.]?\s*$",
    re.IGNORECASE,
)
# ---- a status printed after the name and its colon in place of a value (``乙國：即日起生效``,
# ``甲國：暫緩實施``, ``Aland: effective immediately``, ``甲国：適用を延期``): a few words with no figure that
# say how the measure stands for the item; they are an attribute of the item, no part of its name
_STATUS_WORDS = (
    fold_pattern(
        r"生效|實施|施行|執行|暫緩|暫停|延後|延期|推遲|豁免|免除|取消|撤銷|維持不變|維持原狀|不變|不受影響|另行公布"
    )
    + r"|発効|適用|延期|免除|据え置き|見送り|猶予|停止"
    + r"|effective|in\s+effect|suspended|postponed|delayed|deferred|exempt(?:ed)?|waived|unchanged|"
    r"cancell?ed|lifted|paused|on\s+hold"
)
# (a date may say when: ``丁國：6月1日起生效``; a figure may not, ``lang.values`` tells: the item's value)
STATUS_AFTER_COLON_RE = re.compile(
    r"\s*[:：︰]\s*(?P<status>(?=[^:：︰]{0,16}(?:"
    + _STATUS_WORDS
    + r"))(?:[^\s:：︰，,、；;。.]{1,16}|(?:[\w\-]+\s*){1,5}))\s*[。.]?\s*$",
    re.IGNORECASE,
)
# ---- a label that opens a note on the list rather than a group of its items (``資料來源：…``, ``Source: …``,
# ``註：…``, ``出典：…``, ``Note: …``): what follows is no item
NOTE_LABEL_RE = re.compile(
    fold_pattern(r"(?:資料)?來源|出處|消息來源|註|注|備註|說明|附註|編按|更新")
    + r"|出典|出所|注記|備考|※"
    + r"|sources?|notes?|credits?|via|updated?|editor'?s\s+note|nb|n\.b\.",
    re.IGNORECASE,
)
# the conjunction that opens the second clause of an English sentence
EN_CLAUSE_JOINER_RE = re.compile(r"\s*,?\s*(?:and|while|but|whereas)\s+")
# the second clause's opening, its subject the first's and a verb of its own with its object after it
# (``… — and partially restricts entry from E, F and G``, ``…, while restricting travel from …``; not
# ``… and citizens of E and F``, the same group going on): the run after it is another group than the
# first clause's, though it states no count
EN_SECOND_PREDICATE_RE = re.compile(
    EN_CLAUSE_JOINER_RE.pattern + r"(?:also\s+)?(?:[a-z]+ly\s+)?"
    r"(?!(?:these|those|others|is|was|has|its|as)\b)[a-z]+(?:s|ed|ing)\s+(?:[a-z]+\s+){2,5}",
)
# ---- groups told in the clauses of one sentence, each its names and its label
# (``sources.layouts._inline_clause_groups``): ``…的國家包括A、B和C；…的國家為D和E``,
# ``AとBは全面禁止、C、Dは一部制限の対象となる``, ``A, B and C face a full ban, while D and E face …``
_CLAUSE_OPENING_ZH = fold_pattern(r"另外|另|而|此外|至於")
# what parts a Chinese sentence's clauses: a semicolon, or a pause before a word opening another one
CLAUSE_GROUP_BREAK_ZH_RE = re.compile(r"\s*[；;]\s*|[，,]\s*(?=" + _CLAUSE_OPENING_ZH + ")")
# that word, at a later clause's start: no word of its group's label
CLAUSE_GROUP_OPENING_ZH_RE = re.compile(r"(?:" + _CLAUSE_OPENING_ZH + r")\s*")
# the copula or cue between a clause's label and its names, an adverb before it (``則為``); ``also``
# (``也``, ``亦``, ``同樣``) says the clause tells more of a group already told
CLAUSE_GROUP_CUE_ZH_RE = re.compile(
    fold_pattern(r"(?P<adverb>則|亦|也|均|皆|同樣)?(?:分別為|分別是|包括|包含|為|是|有)") + r"\s*[：:]?\s*"
)
CLAUSE_GROUP_ALSO_ZH_RE = re.compile(fold_pattern(r"亦|也|同樣"))
# what closes a Japanese group's label (``一部制限の対象となる``, ``全面禁止で、``)
CLAUSE_GROUP_TAIL_JA_RE = re.compile(
    r"(?:の対象)?(?:となる|となった|となっている|とされる|とされた|で|だ|です|である)?$"
)
# the verb between an English clause's names and its label (``face a full ban``, ``are barred entirely``)
CLAUSE_GROUP_VERB_EN_RE = re.compile(
    r"(?:will\s+|would\s+)?(?:face|faces|faced|are|is|were|was|be|get|gets|receive|receives|come|comes"
    r"|fall|falls)(?:\s+(?:subject\s+to|under))?",
)
# what parts an English sentence's clauses: a semicolon, ``while`` / ``whereas`` / ``but``, ``and``
CLAUSE_GROUP_BREAK_EN_RE = re.compile(
    r"\s*;\s*(?:and\s+|while\s+|whereas\s+)?|,?\s+(?:while|whereas|but|and)\s+"
)
# what a Japanese clause's label says befalls the names before it: a measure (``全面禁止``,
# ``一部制限の対象``); prose of the same shape says something else
# (``甲国と乙国は協議を続け、丙国と丁国は反発した``)
CLAUSE_GROUP_MEASURE_JA_RE = re.compile(
    r"禁止|制限|規制|制裁|関税|税率|対象|免除|停止|除外|指定|適用|上乗せ|凍結|措置"
)
# an English label's words saying the clause tells more of a group already told (``a full ban too``)
CLAUSE_GROUP_ALSO_EN_RE = re.compile(r"\b(?:too|also|as\s+well|likewise)\b", re.IGNORECASE)
# what an English clause's verb and label say befalls its names: a measure (``face a full ban``, ``are
# barred entirely``, ``face partial limits``); prose of the same shape says something else (``face an
# uncertain future``)
CLAUSE_GROUP_MEASURE_EN_RE = re.compile(
    r"\b(?:ban(?:s|ned)?|bar(?:s|red)?|restrict\w*|limit\w*|sanction\w*|tariffs?|dut(?:y|ies)|suspen\w*"
    r"|exempt\w*|curbs?|prohibit\w*|block(?:s|ed)?|levies|levy)\b",
    re.IGNORECASE,
)
# ---- the verb of an English paragraph lead of a list item (``Dalmatia stays at 15%``): one name's verb
# (third person singular), never one of speech or of a forecast (``Jane Roe says a 10% tariff…``,
# ``Analysts expect a 3% slowdown``: a plural's bare verb)
EN_SINGULAR_VERB_RE = re.compile(r"^(?:is|was|has|[a-z]+[^s\W]s)\b")
EN_SPEECH_VERB_RE = re.compile(
    r"^(?:says|said|tells|told|expects|predicts|forecasts|projects|estimates|sees|warns|argues|thinks|believes"
    r"|wants|proposes|suggests|calls|urges|reports)\b"
)
# what may stand between an enumeration of groups' labels and the count of them (``甲國、乙國及丙國三國``,
# ``甲国、乙国、丙国の３カ国``, ``甲國、乙國等兩國``): the count counts the groups named, no one of them
GROUPS_COUNTED_LINK_RE = re.compile(r"(?:の|的|等|这|這)?\s*$")
