"""Cue words around a list, per language: what introduces it, what closes it, whether it claims to be
complete or only a selection. Written in Traditional Chinese (folded to match Simplified), Japanese and
English; never a name of anything.
"""

from __future__ import annotations

import re

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
# a sentence that ends by saying the list follows, as a colon would: "対象者は以下の通り。", "名單如下。"
LEAD_IN_END_RE = re.compile(
    # a note in parentheses may close it: "次の通り（敬称略、かっこ内は年齢）。"
    r"(?:以下|次)の(?:通り|とおり)(?:です|である)?(?:[（(][^（）()]{1,30}[)）])?[。.]?$|"
    + fold_pattern(r"如下[。.]?$")
    # "次の通り発表した。": a verb of saying after the words that lead in
    + r"|(?:以下|次)の(?:通り|とおり)[\u4e00-\u9fff]{1,4}(?:した|された|する|される)[。.]?$"
)
# the honorific after a Japanese person's name ("山田太郎氏", "佐藤花子さん")
JA_HONORIFIC = r"(?:氏|さん|様)"
# the others beside someone named before, in Japanese: "張三氏のほかに対象となったのは次の10人"
JA_BESIDE_RE = re.compile(r"(?:ほか|他)(?:に|は)")
# a list that claims to be the whole list
COMPLETE_RE = re.compile(
    fold_pattern(
        r"完整名單|完整清單|全部名單|全名單|(?<!部分)(?<!主要)(?<!部份)名單如下|清單如下|全文如下|完整列表|全部列出|一覽"
    )
    + r"|全リスト|一覧|\b(?:full|complete|entire|whole)\s+list\b",
    re.IGNORECASE,
)
# a list that only gives examples
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
# a Chinese name joining two names of three characters or more (``甲乙丙丁和戊己庚``), shortened in the news
# to the first character of each (``甲戊``); not a name ending in islands, whose short form is no such pair
ZH_JOINED_NAME_RE = re.compile(
    fold_pattern(r"^(?P<first>[^\s和與及]{3,})(?:和|與|及)(?P<second>[^\s和與及]{3,})(?<![島])$")
)


# a joiner's character inside a word: 共和 (republic), 和平 (peace), the sound 及 of -geria (甲及利亞)
ZH_JOINER = fold_pattern(r"(?:以及|及其|(?<!共)和(?!平)|及(?!利[亞亚])|與|跟|暨|或)")
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
# an ordinal heading of a part ("第一部分", "Part 2")
PART_RE = re.compile(
    fold_pattern(r"第[一二三四五六七八九十\d]+(?:部分|類|組|批|章|節)") + r"|\bPart\s+\w+", re.IGNORECASE
)
# titles/roles a person is given in a list (generic role words, not names)
TITLE_WORDS = tuple(
    fold_pattern(w)
    for w in (
        "副總統 總統 副主席 主席 總理 首相 副部長 部長 次長 國務卿 大使 議員 參議員 眾議員 州長 市長 縣長 "
        "法官 首席法官 檢察官 副檢察官 檢察長 總檢察長 院長 庭長 局長 署長 處長 司長 廳長 主任 執行長 "
        "首席執行官 行政總裁 行政長官 長官 總裁 董事長 董事 總經理 經理 創辦人 創始人 負責人 發言人 "
        "秘書長 會長 理事長 總監 議長 副議長 書記 總長 主委 所長 "
        "社長 校長 教授 研究員 學者 將軍 司令 上將 中將 少將 指揮官 顧問 特使 "
        "代表 委員長 委員 官員 記者 律師 前總統 前部長 行長 副行長 省長 外長 防長 財長 商長 參謀長 "
        "總司令 首長 "
        "立委 總召 召集人 理事 經濟學家 首席經濟學家 分析師 "
        # the heads of a government's accounts, audit and staff, a party's secretary-general
        "主計長 審計長 幕僚長 幹事長 財務長 "
        # the head of a special administrative region, as its papers shorten the title
        "特首"
    ).split()
)
# a seat on a board or a council ("成員", "非官守成員"): a post when it is all a cell or a bracket says,
# never a post before a count ("27個成員國" counts states), so no title word (``TITLE_WORDS``)
ROLE_WORDS = tuple(fold_pattern(w) for w in "成員 構成員".split())
# a head of state's or a leader's post, read right after the name of the country they lead ("甲國國王張三",
# "乙國國家主席李四", "丙國國務委員長王五"); no title word alone, as 國王 may be 國 and a family name 王
HEAD_OF_STATE_WORDS = tuple(
    fold_pattern(w) for w in "國王 女王 國家主席 國務委員長 最高領導人 領導人 總書記 國家元首 元首".split()
)
# a post serving the holder of the title before it, glued to that title ("部長助理", "主席秘書"): no name
ZH_AIDE_RE = re.compile(fold_pattern("(?:助理|特助|特別助理|秘書|祕書|幕僚|隨員|隨從|助手|副手)"))
EN_TITLE_NOUNS = (
    r"(?:attorney general|surgeon general|secretary[- ]general|director[- ]general|governor[- ]general|"
    r"president|chairman|chairwoman|chair|director|minister|secretary|ambassador|senator|representative|"
    r"governor|mayor|judge|justice|prosecutor|attorney|commissioner|chief executive|ceo|founder|head|"
    r"spokesperson|spokesman|professor|researcher|general|commander|adviser|advisor|envoy|official|"
    r"member|editor|journalist|lawyer|chancellor|premier|manager|officer|partner|leader|chief|speaker|"
    r"lawmaker|legislator|whip|mep|mp|scholar|academic|activist|economist|fellow|lecturer|"
    r"treasurer|comptroller|controller|auditor|registrar|"
    # a monarch ("King of Borduria")
    r"king|queen)"
)
EN_TITLE_RE = re.compile(
    r"(?:(?:a|an|the)\s+)?"
    r"\b(?:(?:deputy|vice|assistant|chief|senior|former|acting|executive|general|special|prime)[\s-]+)*"
    + EN_TITLE_NOUNS
    + r"s?\b",  # "Senators Jane Roe, John Doe and …": one title before several names
    re.IGNORECASE,
)
# a few words ending in a title noun: "interior minister", "army commander", "central bank governor"
# an English post before a person's name: "Foreign Minister Jane Roe", "central bank governor Maria Rossi",
# "Secretary for Security Jane Roe", "Aland and Borduria Affairs Office director John Doe"
MAX_EN_POST_WORDS = 5  # words before the title noun, a pair joined by "and" one ("Aland and Borduria")
EN_POST_BEFORE_NAME_RE = re.compile(
    rf"(?P<title>(?i:(?:[a-z][\w'’\-]*\s+(?:and\s+)?){{0,{MAX_EN_POST_WORDS}}}?{EN_TITLE_NOUNS}s?)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*){0,3})?)\s+"
    r"(?P<name>[A-Z][\w'’\-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]*)){1,3}(?:,?\s+(?:Jr|Sr)\.?)?)"
)
_EN_AND_RE = re.compile(r"\s+and\s+")


def en_post_and_name(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """``text[start:end]`` whole as an English post and a person's name, or None; not two people joined
    (``Defense Secretary John Doe and Attorney General Jane Roe``: the words before the ``and`` of the
    post are a post and a name already, where ``Aland and Borduria Office director`` is one post)."""
    m = EN_POST_BEFORE_NAME_RE.fullmatch(text, start, len(text) if end is None else end)
    if m is None:
        return None
    title_start = m.start("title")
    for j in _EN_AND_RE.finditer(text, title_start, m.end("title")):
        if EN_POST_BEFORE_NAME_RE.fullmatch(text, title_start, j.start()):
            return None
    return m


# what a post is "of" that is no body the person belongs to, the words one post ("Chief of Staff",
# "Secretary of State", "Dean of Students"); a field ("Minister of Finance") is one too (lang.portfolios)
EN_POST_OF_RE = re.compile(r"(?i:staff|state|students|police|protocol)")
EN_TITLE_PHRASE_RE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[a-z][\w'’\-]*\s+){1,3}" + EN_TITLE_NOUNS + r"$", re.IGNORECASE
)
JA_TITLE_RE = re.compile(
    r"(?:副|前|元|主任)?(?:大統領|首相|総理|総書記|国家主席|国王|女王|大臣|長官|大使|議員|知事|市長|判事|裁判官|検察官|検事長|検事|所長|局長|処長|署長|代表"
    r"|総長|会長|社長|理事長|理事|議長|委員長|委員|教授|顧問|特使|報道官|総裁|次官|司令官"
    # a profession or a service a person is described by ("弁護士", "元官僚"), as 律師 is in Chinese
    r"|弁護士|官僚"
    # a company's officers ("専務", "常務取締役")
    r"|専務|常務|取締役|監査役|執行役員"
    # who founded or runs a company ("創業者", "最高経営責任者", "社長兼CEO")
    r"|創業者|創設者|最高経営責任者|最高執行責任者|最高財務責任者|CEO|COO|CFO"
    # a minister in charge of a field ("経済安全保障担当相")
    r"|担当相"
    # a minister named by the word 相 after the field it heads ("外相", "国防相")
    r"|[外法蔵]相|(?:経済産業|経済再生|国土交通|厚生労働|文部科学|農林水産|総務|環境|外務|法務"
    r"|国防|防衛|財務|経済|内務|国務|商務|貿易|産業|通商|運輸|農業|保健|教育|労働|内"
    # the fields a minister's post is shortened to ("国交相" of 国土交通相, "経財相", "復興相")
    r"|国交|厚労|文科|農水|経産|経財|経済財政|経済安保|経済安全保障|復興|防災|沖縄北方|拉致問題|地方創生"
    r"|少子化|科学技術|消費者|行政改革|規制改革|国家公安|万博"
    # a field in katakana ("デジタル相")
    r"|[\u30a1-\u30fa\u30fc]{2,8})相"
    # a minister with the word 大臣 after the field ("デジタル大臣", "経済再生担当大臣")
    r"|[\u30a1-\u30fa\u30fc]{2,8}大臣)"
)

# a verb of appointment between a person and the post they take ("張三出任外交部長", "外交部長由張三擔任")
APPOINT_VERB_ZH = fold_pattern(
    r"出任|擔任|留任|續任|接任|轉任|連任|升任|調任|改任|獲任命為|獲委任為|被任命為|任命為|出掌|接掌|任"
)
# what a member of the outlet's staff did for the article, before their name in its credits ("取材　甲",
# "攝影：乙", "Photo: Jane Roe"): a credit, never a post
CREDIT_WORD_RE = re.compile(
    fold_pattern(r"記者|攝影|編輯|採訪|撰文|美編|責任編輯|文字|圖")
    + r"|取材|写真|撮影|編集|構成|文|図|(?i:photos?|graphics|editing|reporting|text|illustrations?|design)"
)
# a verb of appointment before the people it names and their posts ("named Jane Roe treasurer, John Doe
# as comptroller and …")
EN_APPOINT_VERB_RE = re.compile(
    r"\b(?:named|appointed|nominated|picked|tapped|chose|selected|installed|reappointed|retained)\s+"
)
# what follows a Japanese appointment "外相にジェーン・ロー氏を起用": the verb and the rest of the clause
# the verb or particle between a name and the figures it got: "甲獲得甲票64票", "甲氏が１８３票"
FIGURES_VERB_RE = re.compile(fold_pattern(r"(?:共)?(?:獲得|拿下|得到|取得|贏得|獲)") + r"|(?:氏|さん)?が")
JA_APPOINT_TAIL_RE = re.compile(
    r"(?:を(?:起用|任命|充て|据え|登用|再任|留任)|が(?:就任|就く|就い|務め|留任|再任|起用され|任命され)"
    # the count closing the run after its last appointment ("…デジタル相に甲氏の5人")
    r"|の\s*[0-9０-９一二三四五六七八九十]+\s*[人名]).*$"
)

# the words around a name at the head of a clause of its figures ("甲國7465萬噸，占71.1%", "甲国が7465万トン
# （71.1％）", "Aland supplied 74.65 million tonnes (71.1%)"): a lead word before it, the verb or particle
# of what it gave or got after it; or the frame of where figures came from ("自甲國進口7465萬噸",
# "從甲國進口大豆")
CLAUSE_LEAD_WORD_RE = re.compile(fold_pattern(r"其中|包括|例如"))  # matched where the name may start
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
CLAUSE_RATE_TAIL_RE = re.compile(fold_pattern(r"的?(?:(?:對等|進口)?關稅|(?:對等)?(?:關稅)?稅率)$"))
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
EN_RANK_REST_RE = re.compile(r",\s+(?:with|and\s+then|then)\s+", re.IGNORECASE)
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
# English words that name places in general, not one place: a country's everyday name may hold them beside
# its own words (``Ivory Coast``, ``DR Congo``, ``Great Aland``) where a company's or a body's name holds
# other words (``Bank of Aland``)
VARIANT_FILLERS = frozenset(
    "the of and republic democratic people's peoples kingdom state states united federal federation islands "
    "island isle coast north south east west northern southern eastern western central saint st sar region "
    "great dr rep".split()
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
# a yes-or-no answer in a table's cell ("First time: Yes", "初入閣：○"): what a row is, never a group's label
YES_NO_RE = re.compile(
    fold_pattern(r"是|否|有|無") + r"|はい|いいえ|あり|なし|[○◯×✓✔✗✘]|yes|no|y|n", re.IGNORECASE
)
# a post held before ("前警務處處長", "原局長", "時任…"): the office of someone else now
FORMER_POST_RE = re.compile(
    r"^\s*(?:" + fold_pattern(r"前任|前|原任|原|時任|已故") + r"|元|former\b|ex-|previous\b)", re.IGNORECASE
)
# a word of time that may follow a title as a name would ("部長去年10月…"): never the start of a name
TIME_WORD_START_RE = re.compile(
    fold_pattern(
        r"^(?:去年|今年|明年|前年|昨日|今日|明日|昨天|今天|明天|本月|上月|下月|日前|近日|當天|同日|本週|上週)"
    )
)
# a capitalized word opening an English sentence that is never a name's: a determiner, a pronoun, a time
# ("This year the rate is 3.1%", "Last year it was 2%")
EN_NOT_A_NAME_RE = re.compile(
    r"(?:This|Last|Next)\s+(?:year|month|week|quarter)\b"
    r"|(?:This|That|These|Those|It|Its|They|Their|We|Our|He|She|Today|Yesterday|Tomorrow)\b"
)
# a place a list holds for whoever wins it, described rather than named ("the winner of play-off Path D",
# "the runner-up in Group B", "the Path A winner"): an item in lower case, read like a name
EN_DESCRIBED_PLACE_RE = re.compile(
    r"(?:the\s+)?(?:(?:winners?|runners?-up|qualifiers?|victors?|holders?|champions?|losers?)\s+(?:of|in|from)"
    r"\s+[^,;:.()]+|(?:[\w\-]+\s+){1,5}(?:winners?|runners?-up|qualifiers?|victors?|champions?))",
    re.IGNORECASE,
)
# the same in Chinese and Japanese: what ends the words of a place held for a winner (``歐洲附加賽D組勝者``,
# ``洲際附加賽1路勝方``, ``欧州プレーオフD勝者``)
ZH_DESCRIBED_PLACE_RE = re.compile(fold_pattern(r"(?:勝者|勝方|勝出者|勝出隊|勝隊|贏家)$"))
# a sentence told as one more act beside the list's, after it ("同日另將12家實體列入…", "It also put 12
# entities on…"): a count in it counts what that act names, not the list
ANOTHER_ACT_RE = re.compile(
    fold_pattern(r"同日|同時|另將|另把|另對|亦將|亦把|亦對|也將|也把|還將|還把")
    + r"|\b(?:also|separately|in addition|additionally)\b",
    re.IGNORECASE,
)
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
# the words that open the rest of a ranking after its first ("最高的是甲國（49%），其次是乙國…",
# "Aland was hit hardest, at 49%, followed by Borduria at 48%", "甲国が最も高く、次いで乙国…")
RANK_NEXT_RE = re.compile(
    fold_pattern(r"(?:其次|次之)(?:則)?(?:是|為|依序為|依次為|分別為|分別是)?|再來是|接著是|緊隨其後的是")
    + r"|次いで|続いて|followed\s+by|then(?=\s)",
    re.IGNORECASE,
)
# words between an English name and its value that say how it fared, the verb of one piece of a
# sentence of several ("Aland faces 46%, while Borduria got 36% and Carpathia 32%"); no word of change
EN_PIECE_JOINER_RE = re.compile(
    r",?\s+(?:while|whereas|with|followed\s+by)\s+|,\s+(?:and\s+)?|\s+and\s+|;\s*|\.\s+(?=[A-Z])"
)
# an English month and day, with its year or not ("Apr. 2", "April 2, 2025")
EN_DATE_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
# a date with the preposition before it, the whole of a piece of a sentence ("On April 2, Aland faces…")
EN_DATE_PIECE_RE = re.compile(rf"^(?:(?:on|by|since|until|from|as of)\s+)?{EN_DATE_PATTERN}$", re.IGNORECASE)
# words that say what legal form a company or body takes, not which one it is: two names that differ only
# in them, or keep them beside their own words, are told apart by their own words
EN_FORM_WORDS = frozenset(
    "corporation corp incorporated inc company co limited ltd llc plc lp llp gmbh ag sa nv bv holdings "
    "holding group".split()
)
# (Simplified, as the comparison keys are; the longest first)
ZH_FORM_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")


# right before a count: what is added to a list that goes on (``新增7國``, ``新たに7カ国``, ``added seven
# countries``): the count of those added, a part of the list, never its total
ADDED_BEFORE_RE = re.compile(
    fold_pattern(r"(?:新增|增列|加列|新たに|追加で?)\s*$") + r"|\b(?:adds?|added|adding)\s+(?:another\s+)?$",
    re.IGNORECASE,
)
# a title whose portfolio stands before it, the two one post however the portfolio ends ("文部科學大臣": not
# a body 文部科學 and a post 大臣)
PORTFOLIO_TITLE_RE = re.compile(r"大臣")
# a language's words for the area a currency is used in, after the currency's name ("Euro area" beside
# CLDR's "Eurozone"): the gazetteer names each currency area with each of them
CURRENCY_AREA_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("area", "zone"),
    "zh": ("區", "区"),
    "ja": ("圏", "地域"),
}
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
    + r"|(?:(?:が|と)(?:これに)?続(?:いた|く|いている)|の順(?:だった|となった|となっている|で|に)?"
    r"|となった|となっている|だった|である|で)$"
)
# the time an English figure is of, after it or between two ("4.0% this year and 4.0% next", "1.8% in 2025")
EN_FIGURE_TIME_RE = re.compile(
    r"(?:(?:this|next|last)\s+year|next|(?:in|for)\s+(?:19|20)\d\d(?:-\d\d)?|(?:19|20)\d\d)", re.IGNORECASE
)
# an English possessive after a name ("Aland's growth at 0.6%"): no part of the name
EN_POSSESSIVE_RE = re.compile(r"['’]s?$")
# the measure a figure is of, between a name and its figure ("甲國經濟成長率為0.6%", "甲国の成長率は0.6%"):
# the name ends where it starts
NAME_MEASURE_RE = re.compile(
    fold_pattern(r"的?(?:經濟|實質|GDP|國內生產總值)*(?:成長率|增長率|增速|成長|增長|增幅)(?:預測|預估)?$")
    + r"|の(?:実質)?(?:経済|GDP)?成長率(?:見通し)?$"
)
# a verb of forecasting before the name whose figure it gives ("IMF預估甲國經濟成長率為0.6%"): the name
# starts after it
FORECAST_VERB_RE = re.compile(fold_pattern(r"預估|預測|預計|預期|估計|預料|看好|料") + r"|予測|見込")
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
# a row that describes a class rather than names one (``其餘國家``, ``其他未合作企業``, ``非協力企業``,
# ``その他の協力企業``, "All other companies", "Non-cooperating exporters"): a complement word or a
# negation, a short qualifier, and a class noun ending it; the negated form needs a qualifier of two
# characters or more (``非甲``, a name that begins with the character, is no negation)
_CLASS_NOUN_ZH = fold_pattern(
    r"企業|公司|車廠|車企|廠商|業者|出口商|生產商|製造商|國家|國|地區|經濟體|成員國?|品牌|機構|銀行|產品|商品|人士|人員"
)
_CLASS_NOUN_JA = r"企業|会社|メーカー|業者|各国|諸国|国々|国|地域|製品"
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

# lower-case words a proper name may hold ("Republic of the Congo", "Abu Bakr al-Baghdadi", "van Dijk",
# "Bosnia and Herzegovina"): a lower-case word of another kind makes an English phrase a description
NAME_PARTICLES = frozenset(
    "of the and for on in at de del della la le les los du des das do dos da van von der den al el bin ibn "
    "y e und et".split()
)

# a person's name with the family who hold a fortune with them ("Jane Roe & family", "張三家族", "張三及家族",
# "山田太郎氏と家族", "山田太郎ファミリー"): the words after the name, which say who shares it, not whom
FAMILY_AFTER_NAME_RE = re.compile(
    r"\s*(?:&|\band)\s+(?:her\s+|his\s+)?family$|"
    + fold_pattern(r"(?:及其?|與|和|暨)?家族$|(?:及|與|和)家人$")
    + r"|(?:氏|さん)?(?:と|および)?(?:家族|一族|一家)$|(?:氏|さん)?ファミリー$",
    re.IGNORECASE,
)
# the character every match of ``FAMILY_AFTER_NAME_RE`` ends with (before a final line break): a name that
# ends with none of them is not searched (the pattern is tried at each of its characters)
FAMILY_LAST_CHARS = frozenset("yY族人家ー")

# ---- a count of the whole set a list is drawn from, not of the list
# before a count in its clause: a scope word (``今年全球共有2781人``, ``全部32個成員``, ``世界で2781人``,
# ``of all 32 members``, ``out of 2,781``); a total word alone (``共有``) counts a list as well, so it is read
# only with a count larger than any list (``lang.counts.counts_a_whole``)
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
# after a count: the whole a part is taken from, or the words of a whole set (``2,781 members in all``)
WHOLE_AFTER_RE = re.compile(
    DRAWN_FROM_AFTER_RE.pattern + r"|^[\w\s\-]{0,24}?\b(?:in all|in total|altogether|worldwide)\b",
    re.IGNORECASE,
)

# ---- a value said of another part of an item, not of the item (``州內其他地區為15.50美元``,
# ``州内のその他の地域は15.50ドル``, ``the rest of the state moves to $15.50``, ``elsewhere``)
OTHER_PART_RE = re.compile(
    fold_pattern(r"其他地區|其餘地區|其他地方|其餘地方|其他部分|以外地區")
    + r"|その他の地域|それ以外の地域|他の地域|以外の地域"
    + r"|\b(?:the rest of|elsewhere|other parts of|outside (?:of )?the)\b",
    re.IGNORECASE,
)
# words by a count that make it a count of some of the items by what they share, not of the list: those
# new, added or kept on (``18 new ministers``, ``7名新任閣員``, ``新閣僚7人``, ``3 more posts``)
SOME_BY_KIND_RE = re.compile(
    fold_pattern(r"新任|新進|新增|新閣僚|新入閣|初入閣|再入閣|留任|續任|連任")
    + r"|\b(?:new|newly|other|more|additional|further|remaining|incoming|outgoing|returning|female|women)\b",
    re.IGNORECASE,
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
