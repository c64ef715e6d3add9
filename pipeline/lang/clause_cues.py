"""Words of a clause that gives a name its figures, per language: what opens the clause and ends its
name, a figure's change from one level to another, the measure and the time a figure is of, the pieces of
an English sentence of several. Written in Traditional Chinese (folded to match Simplified), Japanese and
English; never a name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# what follows a Japanese appointment "外相にジェーン・ロー氏を起用": the verb and the rest of the clause
# the verb or particle between a name and the figures it got: "甲獲得甲票64票", "甲氏が１８３票"
GOT_VERBS = r"獲得|拿下|得到|取得|贏得|獲"  # what a name got: its figures follow (a pattern's alternatives)
FIGURES_VERB_RE = re.compile(fold_pattern(rf"(?:共)?(?:{GOT_VERBS})") + r"|(?:氏|さん)?が")
# the words around a name at the head of a clause of its figures ("甲國7465萬噸，占71.1%", "甲国が7465万トン
# （71.1％）", "Aland supplied 74.65 million tonnes (71.1%)"): a lead word before it, the verb or particle
# of what it gave or got after it; or the frame of where figures came from ("自甲國進口7465萬噸",
# "從甲國進口大豆")
# matched where the name may start; "among the N ..." too ("五種貨幣中甲元…", "三國中甲國…")
CLAUSE_LEAD_WORD_RE = re.compile(
    fold_pattern(
        r"其中|當中|包括|例如|[0-9０-９一二兩三四五六七八九十]+(?:種|個|國|項|家)[^\W\d]{0,4}?中(?![國華])"
    )
)
CLAUSE_NAME_AFTER_RE = re.compile(
    fold_pattern(r"(?:共|則|分別|均|各)?(?:出口|輸出|供應|提供|出售|銷售|獲得|拿下|得到|取得|為|是|達)了?$")
    + r"|(?:氏|さん)?(?:が|は)$"
    + r"|\s+(?:supplied|shipped|exported|provided|sold|sent|received|got|won|had|has|with)$",
    re.IGNORECASE,
)
# a verb of change between a clause's name and its figures, the change then the level it reached
# ("甲國增持107億美元至1.2萬億美元", "乙國下調0.6個百分點至4%"): the name ends where it starts
CLAUSE_CHANGE_VERB_RE = re.compile(fold_pattern(r"(?:增持|減持|上調|下調|上修|下修|調升|調降|調高|調低)了?$"))
# a word of time inside a clause's head, after its name ("甲國今明兩年…", "乙國2025年…"): the name ends there
# a figure an item had, then the one it has: "甲國由49%降至19%" (from before the first, to between them)
# ("甲国は49%から19%に、…": the topic particle before the first, から between them, に after the second)
CLAUSE_FROM_RE = re.compile(fold_pattern(r"(?:將|則)?(?:由|從)\s*$") + r"|(?:は|が)\s*$")
CLAUSE_TO_RE = re.compile(
    fold_pattern(r"\s*(?:調降|調升|下調|上調|降低|提高|下降|上升|降|升|增|減)?(?:至|到)\s*") + r"|\s*から\s*"
)
# a word every match of ``CLAUSE_TO_RE`` holds: a line with none of them holds no match (and is not searched)
CLAUSE_TO_WORDS = ("至", "到", "から")
CLAUSE_TO_PARTICLE_RE = re.compile(r"[にへ]")  # after the figure it has ("19%に、…")
# among such clauses, one whose figure stays (``丙國維持40%不變``, ``丁國仍為25%``): its one figure is the
# level it has (before it: a verb of staying or a copula; after it, maybe "unchanged")
CLAUSE_LEVEL_RE = re.compile(fold_pattern(r"(?:仍|則|將)?(?:維持|保持|持平於|為|是)\s*$"))
CLAUSE_UNCHANGED_RE = re.compile(fold_pattern(r"\s*(?:不變|未變)"))
# the rate a first clause's name may carry before its figures (``甲國稅率由46%…``, ``甲國的關稅由…``): what
# every clause gives, no part of the name
CLAUSE_RATE_TAIL_RE = re.compile(fold_pattern(r"的?(?:(?:對等|進口)?關稅|(?:對等)?(?:關稅)?稅率|權重|比重)$"))
# a superlative and a pause between a piece's rate word and its copula: "甲國和乙國的稅率最高，為40%" (the
# pattern's text, put between the rate word and the copula where names share a value)
ZH_SUPERLATIVE = r"最高|最低|最多|最少"
ZH_SUPERLATIVE_PAUSE = fold_pattern(rf"(?:{ZH_SUPERLATIVE})\s*[，,]\s*")
# the words of "only" before a figure, where a copula would stand ("乙國的關稅最低，只有一成")
ZH_ONLY_COPULA = fold_pattern(r"只有|僅有|僅為|只為|僅")
# the same in English: "cut from 44% to 40%" (from before the first figure, to between them)
EN_FROM_RE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
EN_TO_RE = re.compile(r"\s*to\s*", re.IGNORECASE)
CLAUSE_TIME_WORD_RE = re.compile(fold_pattern(r"今明兩年|今明年|今年|明年|去年|(?:19|20)\d\d年|\d{1,2}月"))
CLAUSE_SOURCE_RE = re.compile(
    fold_pattern(r"(?:來自|自|從|由)(?P<name>.+?)(?:進口|輸入|採購|購入)了?")
    + r"[\u4e00-\u9fff]{0,3}|(?P<ja>.+?)からの輸入(?:量)?(?:が|は)"
)
# where the name opening a Chinese paragraph ends, besides a list's closing words: a word of topic after it
# ("乙國方面，…") or an adverb, auxiliary or passive opening its predicate ("戊國則被課以35%關稅")
SUBJECT_END_ZH_RE = re.compile(fold_pattern(r"方面|部分|則|將|被|遭|獲|仍|已|亦"))
# the words before such a name that make it the paragraph's topic ("至於丙國，…", "針對丁國，…")
TOPIC_BEFORE_NAME_RE = re.compile(fold_pattern(r"至於|關於|對於|針對|而"))
# the end of a word for a measure, not a name, before figures ("失業率為5%", "出口額", "進口200億美元")
MEASURE_END_RE = re.compile(
    fold_pattern(r"(?:率|額|量|幅|比|值|進口|出口|順差|逆差|收入|支出|營收|利潤|產值|預算|赤字)$")
    + r"|(?:輸出|輸入|黒字|赤字|収入|支出)$"
    + r"|\b(?:exports?|imports?|revenues?|profits?|sales|output|surplus|deficit|spending|budget|GDP)$",
    re.IGNORECASE,
)
# a word of change ("增長5%", "5%増", "rose 5%"): figures of one measure over time, not a list's
CHANGE_WORD_RE = re.compile(
    fold_pattern(r"增長|增加|成長|上升|上漲|下降|下跌|下滑|減少|擴大|縮小|回落|回升|增|減|漲|跌")
    + r"|増|減|上昇|低下|下落"
    + r"|\b(?:rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed|slipped|up|down)\b",
    re.IGNORECASE,
)
# words between an English name and its value that say how it fared, the verb of one piece of a
# sentence of several ("Aland faces 46%, while Borduria got 36% and Carpathia 32%"); no word of change
EN_PIECE_JOINER_RE = re.compile(
    # "with" before a name ("…, with Borduria at 48%"), never before its figure ("won with 40%")
    r",?\s+(?:while|whereas|with(?=\s+(?:the\s+)?[A-Z])|followed\s+by|trailed\s+by|ahead\s+of)\s+"
    r"|,\s+(?:and\s+)?|\s+and\s+|;\s*|\.\s+(?=[A-Z])"
)
# what a share of the vote is of, after the figure ("40.05% of the vote", "26.5% of votes cast")
EN_SHARE_OF_VOTE_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:popular|total|valid)\s+)?(?:vote|votes|ballots)(?:\s+cast)?", re.IGNORECASE
)
# an English month and day, with its year or not ("Apr. 2", "April 2, 2025")
EN_DATE_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
# a date with the preposition before it, the whole of a piece of a sentence ("On April 2, Aland faces…")
EN_DATE_PIECE_RE = re.compile(rf"^(?:(?:on|by|since|until|from|as of)\s+)?{EN_DATE_PATTERN}$", re.IGNORECASE)
# the time an English figure is of, after it or between two ("4.0% this year and 4.0% next", "1.8% in 2025")
EN_FIGURE_TIME_RE = re.compile(
    r"(?:(?:this|next|last)\s+year|next|(?:in|for)\s+(?:19|20)\d\d(?:-\d\d)?|(?:19|20)\d\d)", re.IGNORECASE
)
# an English possessive after a name ("Aland's growth at 0.6%"): no part of the name
EN_POSSESSIVE_RE = re.compile(r"['’]s?$")
# the measure a figure is of, between a name and its figure ("甲國經濟成長率為0.6%", "甲国の成長率は0.6%"):
# the name ends where it starts
_ZH_SHARE_MEASURES = r"得票率|得票比率|支持率|稅率|關稅|市佔率|市占率|佔比|占比|比重|權重"
_JA_SHARE_MEASURES = r"得票率|支持率|税率|関税率|シェア"
NAME_MEASURE_RE = re.compile(
    fold_pattern(r"的?(?:經濟|實質|GDP|國內生產總值)*(?:成長率|增長率|增速|成長|增長|增幅)(?:預測|預估)?$")
    # a share of the vote, a rate charged, a share of a whole ("張三得票率40.05%", "甲國稅率25%", "甲元權重")
    + "|"
    + fold_pattern(rf"的?(?:{_ZH_SHARE_MEASURES})$")
    + rf"|の(?:実質)?(?:経済|GDP)?成長率(?:見通し)?$|の?(?:{_JA_SHARE_MEASURES})$"
)
# the measure opening a clause's words, no name before it ("…，稅率均在四成以上"): said of the names before
MEASURE_FIRST_RE = re.compile(fold_pattern(rf"(?:{_ZH_SHARE_MEASURES})") + rf"|(?:{_JA_SHARE_MEASURES})")
# the goods of the names a rate is charged on, around them ("來自甲國和乙國的進口商品將被徵收30%"): the
# names are the words between
_ZH_GOODS = r"的(?:進口|輸美|出口)?(?:商品|產品|貨物|貨品)"
ZH_GOODS_FROM_RE = re.compile(fold_pattern(rf"來自(?P<names>\S+?){_ZH_GOODS}"))
ZH_GOODS_AFTER_RE = re.compile(fold_pattern(_ZH_GOODS))  # the goods alone, after the names
# the same in Japanese, after the names: "甲国と乙国からの輸入品(30%)", "甲国からの商品に25%の関税"
JA_GOODS_FROM = r"(?:から|より)の(?:輸入品|輸入商品|商品|製品|産品|物品)"
# the verb after a Japanese run of names and rates they are charged ("…(35%)に課される", "…に適用する")
JA_CHARGED_TAIL_RE = re.compile(r"\s*に(?:は)?(?:課|適用|上乗せ)[^\s、，,。]{0,8}\s*$")
# the rate a Japanese clause says is charged on a name, after it: "甲国への相互関税は34%" (the name ends
# before への)
JA_CHARGED_ON_RE = re.compile(r"(?:への|に対する)[^\s、。]{0,4}?(?:関税率|関税|税率)$")
# quotation brackets a rate is printed in ("アランドは「46%」"): no part of the clause's words
OPENING_QUOTES = '「『“"'
# a verb of forecasting before the name whose figure it gives ("IMF預估甲國經濟成長率為0.6%"): the name
# starts after it
FORECAST_VERB_RE = re.compile(fold_pattern(r"預估|預測|預計|預期|估計|預料|看好|料") + r"|予測|見込")
# ---- a value said of another part of an item, not of the item (``州內其他地區為15.50美元``,
# ``州内のその他の地域は15.50ドル``, ``the rest of the state moves to $15.50``, ``elsewhere``)
OTHER_PART_RE = re.compile(
    fold_pattern(r"其他地區|其餘地區|其他地方|其餘地方|其他部分|以外地區")
    + r"|その他の地域|それ以外の地域|他の地域|以外の地域"
    + r"|\b(?:the rest of|elsewhere|other parts of|outside (?:of )?the)\b",
    re.IGNORECASE,
)
# ---- one source of an item's amount, a part of it, named by the figure (``場外收入1億美元``,
# ``1億美元代言收入``, ``スポンサー収入は1億ドル``, ``$100 million off the field``, ``in endorsements``):
# not the whole amount a list prints, unless the list's own column is of that source
SOURCE_PART_RE = re.compile(
    fold_pattern(r"場外|場內|代言|贊助|廣告收入|商業收入")
    + r"|競技外|競技以外|スポンサー|広告収入|副収入"
    + r"|\b(?:off|on)[- ](?:the[- ])?(?:field|court|pitch)\b|\b(?:endorsements?|sponsorships?|sponsors)\b",
    re.IGNORECASE,
)
# ---- who said the sentence, the comma-separated piece that closes it (``…, Borduria and Carpathia, the
# Institute said.``): no item of the enumeration before it (lower case, ``said Jane Roe``, is no name already)
EN_ATTRIBUTION_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w'’.\-]+\s+){1,8}(?:said|says|added|reported|noted|stated|wrote|estimated)"
    # when or where it was said: "on Thursday", "in a statement", "in a post on X"
    r"(?:\s+(?:on|in)\s+(?:a\s+|an\s+|the\s+)?\w+(?:\s+on\s+\w+)?)?",
    re.IGNORECASE,
)
# ---- the whole an English share is of, right after it ("34% of its gross domestic product"): the words
# that name it, compared with a list column's
EN_SHARE_OF_AFTER_RE = re.compile(
    r"\s+of\s+(?:its|their|the|his|her|all)\s+(?P<whole>[A-Za-z\-]+(?:\s+[A-Za-z\-]+){0,3})", re.IGNORECASE
)
# ---- a ticket of two people before the figures they won together (``甲黨提名的張三、李四以558萬票``,
# ``乙党候选人王五、赵六得票467万票``): the verb or particle between the pair and its figures, and the words
# before the first name that say what put it up (a body, its nomination, the candidacy)
TICKET_VERB_RE = re.compile(fold_pattern(rf"以|憑|得票|共獲|{GOT_VERBS}|得"))
TICKET_LEAD_END_RE = re.compile(fold_pattern(r"(?:黨|聯盟|陣線|提名|推薦|推舉|的|候選人|參選人)$"))
# the words of a candidate's share of the vote, after the votes (``張三得558萬票，得票率40.05%``)
VOTE_SHARE_WORD_RE = re.compile(fold_pattern(r"得票率|得票比率|得票比例"))
# the body that put a ticket up, right before its first name (``甲黨提名的``, ``乙党候选人``, ``丙黨``): the
# body's name, then the words of its nomination or of the candidacy
TICKET_BODY_RE = re.compile(
    fold_pattern(r"(?P<body>[^\W\d_]{1,10}?(?:黨|聯盟|陣線))(?:(?:提名|推薦|推舉)的?)?(?:候選人|參選人)?$")
)
# ---- English clauses that give a group of names a rate, the rate after the names or before them
# "A and B were handed a tariff rate of 25 per cent", "C and D were given a 35-per cent rate": the words
# between the names and their rate (a verb of giving, then the rate's own words), and after the rate
EN_GIVEN_RATE_BETWEEN = (
    r"\s+(?:(?:were|was|are|is|will|would|be|been|have|has|had)\s+){0,3}"
    r"(?:handed|given|set|charged|assigned|hit\s+with|slapped\s+with|facing|face|faces|get|gets|got)\s+"
    r"(?:(?:a|an|the|new|higher|lower|tariff|tariffs|rate|duty|levy|of|at)\s+){0,4}"
)
EN_RATE_NOUN_AFTER = r"(?:\s+(?:tariff|tariffs|rate|duty|levy))?"
# "the highest rate of 40 per cent went to A and B", "A rate of 36 per cent has been set for C and D":
# the words between a rate and the names it goes to
EN_RATE_GOES_TO = (
    r"\s+(?:(?:rate|tariff|tariffs|duty|levy|has|have|had|been|was|were|is|are|will|be|now)\s+){0,4}"
    r"(?:went\s+to|goes\s+to|go\s+to|applies\s+to|apply\s+to|applied\s+to|set\s+for|imposed\s+on"
    r"|levied\s+on|reserved\s+for|for)\s+"
)
# the word that opens a clause before its names or its rate ("While A and B …", ", while C …")
EN_CLAUSE_OPENER = r"(?:(?:[Ww]hile|[Ww]hereas|[Bb]ut|[Aa]nd)\s+)?"
# the words a clause's rate may follow, no name among them ("the highest rate of", "A rate of")
EN_RATE_LEAD = r"(?:(?:A|An|The|a|an|the|[a-z]+)\s+)*?"
