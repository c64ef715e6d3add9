"""The generic words of organizations' names, as a bilingual word table: what kind of body a name is
(大學 / University, 學院 / College, 理工學院 / Institute of Technology), and the words that qualify it
(國立 / National, 聯邦 / Federal, 帝國 / Imperial). Each row gives the Chinese (Traditional and
Simplified) and Japanese forms of one word and its English words; the proper part of a name (a person's
or a place's name) is never in this table. A Japanese branch campus's ``校`` after a place's name
(``甲大学乙校``) has no English word of its own.
"""

from __future__ import annotations

# (the forms printed in Chinese and Japanese, the English words), longest forms first where one holds
# another (``理工學院`` before ``學院``): a name is read by its longest words
ORG_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("理工學院", "理工学院", "工科大學", "工科大学"), "institute of technology"),
    (("大學", "大学"), "university"),
    (("學院", "学院"), "college"),
    (("國立", "国立"), "national"),
    (("聯邦", "联邦", "連邦"), "federal"),
    (("帝國", "帝国"), "imperial"),
    (("校",), ""),
)
# the words that say what kind of body a name is: a gloss holds one of them, or it is no organization's
KIND_WORDS = frozenset({"university", "college", "institute of technology"})
