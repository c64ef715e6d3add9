"""Words of posts and titles, per language: the titles and roles a person is given in a list, a post
before or after a name, the verbs of appointment, a former post, a staff credit. Written in Traditional
Chinese (folded to match Simplified), Japanese and English; never a name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_japanese_pattern, fold_pattern

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
        "總司令 司令員 首長 "
        "立委 總召 召集人 理事 經濟學家 首席經濟學家 分析師 "
        # the heads of a government's accounts, audit and staff, a party's secretary-general
        "主計長 審計長 幕僚長 幹事長 財務長 "
        # the head of a special administrative region, as its papers shorten the title
        "特首"
    ).split()
)
# what ends the name of an office a person heads (a ministry, a department, a bureau, a committee), never
# a place's (律政司, not a 公司)
OFFICE_END_RE = re.compile(fold_pattern(r"(?:[部院署局處廳會委辦室]|(?<!公)司)$"))
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
    r"king|queen|"
    # an officer's rank ("Vice Admiral", "Colonel General", "Field Marshal")
    r"admiral|colonel|marshal|brigadier|commodore|"
    # an army's political officer ("political commissar")
    r"commissar)"
)
# the rank words before a title noun, part of the title: "executive deputy director", "vice-chairman"
EN_TITLE_RANKS = (
    r"(?:(?:deputy|vice|assistant|chief|senior|former|acting|executive|general|special|prime"
    r"|lieutenant|colonel|brigadier|rear|field)[\s-]+)*"
)
EN_TITLE_RE = re.compile(
    r"(?:(?:a|an|the)\s+)?"
    r"\b"
    + EN_TITLE_RANKS
    + EN_TITLE_NOUNS
    + r"s?\b",  # "Senators Jane Roe, John Doe and …": one title before several names
    re.IGNORECASE,
)
# a few words ending in a title noun: "interior minister", "army commander", "central bank governor"
# an English post before a person's name: "Foreign Minister Jane Roe", "central bank governor Maria Rossi",
# "Secretary for Security Jane Roe", "Aland and Borduria Affairs Office director John Doe", "former Aland
# Command Center executive deputy commander John Doe" (the rank words before the title noun not counted)
MAX_EN_POST_WORDS = 5  # words before the title noun, a pair joined by "and" one ("Aland and Borduria")
EN_POST_BEFORE_NAME_RE = re.compile(
    rf"(?P<title>(?i:(?:[a-z][\w'’\-]*\s+(?:and\s+)?){{0,{MAX_EN_POST_WORDS}}}?{EN_TITLE_RANKS}"
    rf"{EN_TITLE_NOUNS}s?)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*){0,3})?"
    # what the post covers, in parentheses after it: "Deputy Commissioner of Police (National Security)"
    r"(?:\s*\([A-Z][\w'’\- ]{1,40}\))?)\s+"
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
# written in the characters Japanese prints, each kanji matching its Chinese forms too (``總務相``,
# ``总务相``: a Japanese minister's post as Chinese papers print it)
JA_TITLE_RE = re.compile(
    fold_japanese_pattern(
        r"(?:副|前|元|主任)?(?:大統領|首相|総理|総書記|国家主席|国王|女王|大臣|長官|大使|議員|知事|市長|判事|裁判官|検察官|検事長|検事|所長|局長|処長|署長|代表"
        r"|総長|会長|社長|理事長|理事|議長|委員長|委員|教授|顧問|特使|報道官|総裁|次官|司令官"
        # a party's or a council's officers and an aide ("幹事長", "党首", "安全保障会議書記", "大統領補佐官")
        r"|書記|幹事長|党首|補佐官|部長|主席|頭取|総領事|領事|最高指導者"
        # a profession or a service a person is described by ("弁護士", "元官僚"), as 律師 is in Chinese
        r"|弁護士|官僚|記者"
        # a company's officers ("専務", "常務取締役")
        r"|専務|常務|取締役|監査役|執行役員"
        # who founded or runs a company ("創業者", "最高経営責任者", "社長兼CEO")
        r"|創業者|創設者|最高経営責任者|最高執行責任者|最高財務責任者|CEO|COO|CFO"
        # a minister in charge of a field ("経済安全保障担当相")
        r"|担当相"
        # a minister named by the word 相 (or a secretary by 長官) after the field it heads ("外相",
        # "国防相", "司法長官"; Chinese papers write 動 for the 働 Japanese made: "厚生勞動相")
        r"|[外法蔵財防農文]相|(?:経済産業|経済再生|国土交通|厚生労[働動]|文部科学|農林水産|総務|環境|外務|法務"
        r"|国防|防衛|財務|経済|内務|国務|商務|貿易|産業|通商|運輸|農業|保健|教育|労働|内|司法|国土安全保障"
        # the fields a minister's post is shortened to ("国交相" of 国土交通相, "経財相", "復興相")
        r"|国交|厚労|文科|農水|経産|経財|経済財政|経済安保|経済安全保障|復興|防災|沖縄北方|拉致問題|地方創生"
        r"|少子化|科学技術|消費者|行政改革|規制改革|国家公安|万博"
        # a field in katakana ("デジタル相")
        r"|[\u30a1-\u30fa\u30fc]{2,8})(?:相|長官)"
        # a minister with the word 大臣 after the field ("デジタル大臣", "経済再生担当大臣")
        r"|[\u30a1-\u30fa\u30fc]{2,8}大臣)"
    )
)
# what joins two posts one person holds ("甲辦主任、乙委秘書長", "甲辦主任兼乙委秘書長": concurrently)
POSTS_JOINERS = ("、", "兼")
# a verb of appointment between a person and the post they take ("張三出任外交部長", "外交部長由張三擔任");
# 任 alone, but not in 特任 (a post's rank in Japanese, "山田太郎・甲大特任教授": specially appointed)
APPOINT_VERB_ZH = fold_pattern(
    r"出任|擔任|留任|續任|接任|轉任|連任|升任|調任|改任|獲任命為|獲委任為|被任命為|任命為|出掌|接掌|(?<!特)任"
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
JA_APPOINT_TAIL_RE = re.compile(
    r"(?:を(?:起用|任命|充て|据え|登用|再任|留任)|が(?:就任|就く|就い|務め|留任|再任|起用され|任命され)"
    # the count closing the run after its last appointment ("…デジタル相に甲氏の5人")
    r"|の\s*[0-9０-９一二三四五六七八九十]+\s*[人名]).*$"
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
# a title whose portfolio stands before it, the two one post however the portfolio ends ("文部科學大臣": not
# a body 文部科學 and a post 大臣)
PORTFOLIO_TITLE_RE = re.compile(r"大臣")
