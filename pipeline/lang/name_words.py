"""Words inside or around names that are no name's own, per language: fillers of place names, legal forms
of companies, particles of proper names, a currency area's words, a joined Chinese name, a place held for a
winner, a family after a person's name, an English capital that opens no name. Written in Traditional
Chinese (folded to match Simplified), Japanese and English; never a name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# a Chinese name joining two names of three characters or more (``甲乙丙丁和戊己庚``), shortened in the news
# to the first character of each (``甲戊``); not a name ending in islands, whose short form is no such pair
ZH_JOINED_NAME_RE = re.compile(
    fold_pattern(r"^(?P<first>[^\s和與及]{3,})(?:和|與|及)(?P<second>[^\s和與及]{3,})(?<![島])$")
)
# a special administrative region's words after its name (``甲國乙城特別行政區``, ``Aland City SAR
# Borduria``): the news prints the name without them (``甲國乙城``, ``Aland City SAR``), or the region alone
ADMIN_REGION_END_RE = re.compile(fold_pattern(r"(?:特別行政區|特別行政区)$") + r"|(?<=\sSAR)\s+[A-Z][a-z]+$")
# the word of a form of state closing a Chinese or Japanese name (``甲共和國``, ``乙王國``, ``丙連邦``): the
# news prints the name without it, as English drops ``Republic of`` (the words before it kept: what is left
# of ``甲人民共和國`` is no name anyone prints, and adds nothing)
STATE_FORM_END_RE = re.compile(fold_pattern(r"(?:共和國|王國|聯邦)$") + r"|(?:共和国|王国|連邦)$")
# the word for a country closing a short Chinese or Japanese name (``甲國``, ``乙国``): a country's name, as a
# person's nationality is printed, whether or not a gazetteer knows it
COUNTRY_END_RE = re.compile(fold_pattern(r"^.{1,6}國$"))
# the word of a kind of place below a country closing its name (``甲乙省``, ``甲乙市``, ``Aland Province``,
# ``Aland Municipality``): the news prints the name with it or without it, one place either way
ZH_PLACE_KIND_END_RE = re.compile(fold_pattern(r"(?<=..)(?:省|市|縣|區|自治區)$") + r"|(?<=..)(?:県|区)$")
EN_PLACE_KIND_END_RE = re.compile(
    r"\s+(?:Province|Municipality|City|Prefecture|County|District|Region)$", re.IGNORECASE
)
# a word that names a country's main part after or before its name (``甲國內地``, ``甲國大陸``, ``mainland
# Aland``): the country is the one named, its main part set apart from the places it holds apart
# a leading country's name of one character and 國 before a name of a thing of that country: the country
# is also written by its character alone ("甲國元" beside "甲元", "乙国ポンド" beside "乙ポンド")
HAN_COUNTRY_OPENING_RE = re.compile(fold_pattern(r"^(?P<short>\w)國(?=\S)"))
MAIN_PART_RE = re.compile(fold_pattern(r"(?<=.)(?:大陸|內地|本土)$") + r"|^mainland\s+(?=\S)", re.IGNORECASE)


def opened_by_main_part(name: str) -> bool:
    """An English name opened by the word of a country's main part, in lower case (``mainland Aland``)."""
    m = MAIN_PART_RE.match(name)
    return m is not None and m.start() == 0 and name[m.end() : m.end() + 1].isupper()


# the same in English with its sovereign after a comma, as trade bodies print it (``Aland City, Borduria``)
EN_ADMIN_REGION_RE = re.compile(r"^(?P<head>.+?)\s+SAR\s+(?P<sovereign>[A-Z][a-z]+)$")
# English words that name places in general, not one place: a country's everyday name may hold them beside
# its own words (``Ivory Coast``, ``DR Congo``, ``Great Aland``) where a company's or a body's name holds
# other words (``Bank of Aland``)
VARIANT_FILLERS = frozenset(
    "the of and republic democratic people's peoples kingdom state states united federal federation islands "
    "island isle coast north south east west northern southern eastern western central saint st sar region "
    "great dr rep".split()
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
# words that say what legal form a company or body takes, not which one it is: two names that differ only
# in them, or keep them beside their own words, are told apart by their own words
EN_FORM_WORDS = frozenset(
    "corporation corp incorporated inc company co limited ltd llc plc lp llp gmbh ag sa nv bv holdings "
    "holding group".split()
)
# (Simplified, as the comparison keys are; the longest first)
ZH_FORM_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")
# a language's words for the area a currency is used in, after the currency's name ("Euro area" beside
# CLDR's "Eurozone"): the gazetteer names each currency area with each of them
CURRENCY_AREA_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("area", "zone"),
    "zh": ("區", "区"),
    "ja": ("圏", "地域"),
}
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
# a noun of people in general, the whole of what follows a word of belonging (``無黨籍人士``, ``甲國籍人員``):
# a kind of people, no person's name; the words before it are the name's own
ZH_PEOPLE_IN_GENERAL_RE = re.compile(fold_pattern(r"人士|人員|者"))
# English words for the rest of a whole, no kind of member of it ("others 3", "the rest 5")
EN_REST_WORD_RE = re.compile(r"(?:others|rest|remainder|remaining)$", re.IGNORECASE)
# a word that names a kind of people or a share of a whole, no one person or body: what ends a word of
# belonging (``無黨籍``, ``無黨籍人士``), a faction or a doer (``甲派``, ``獲釋者``), Japanese ``無所屬``, the
# rest and the sum of a list (``其他``, ``合計``); in English, members of no party and the rest
# ("independents", "others"). A party's own name (``甲黨``) is a body's, which an outlet may print by sound.
ZH_KIND_OF_PEOPLE_RE = re.compile(
    fold_pattern(r"(?:籍|人士|人員|派|者)$|^(?:無所屬|其他|其餘|其它|合計|總計|小計|共計|總數)$")
)
# the words for members of no party, as each region prints them: Taiwan's ``無黨籍``, the mainland's
# ``無黨派人士``, Hong Kong's and Japan's ``無所屬`` (Traditional, Simplified and Japanese forms alike): one
# kind of people whatever the words, compared under one of them (``NO_PARTY_WORD``)
NO_PARTY_RE = re.compile(fold_pattern(r"^無(?:黨籍|黨派|所屬)(?:人士)?$"))
NO_PARTY_WORD = "無黨籍"
EN_KIND_OF_PEOPLE_RE = re.compile(
    r"^(?:the\s+)?(?:independents?|non-?partisans?|others|rest|remainder|total|sum)$", re.IGNORECASE
)


def names_a_kind(key: str) -> bool:
    """Whether a name (or its comparison key) names a kind of people or a share of a whole, not one
    person or body: never heard by sound as someone's name."""
    return ZH_KIND_OF_PEOPLE_RE.search(key) is not None or EN_KIND_OF_PEOPLE_RE.match(key.strip()) is not None


# the word that makes a short name in brackets after a person's a party's (``張三（甲黨）``,
# ``山田太郎（乙党）``, ``Jane Roe (Aland Party)``)
PARTY_WORD_RE = re.compile(fold_pattern(r"黨") + r"|党|\bParty\b|\bPartei\b")
