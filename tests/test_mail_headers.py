"""An article forwarded by e-mail: its headline is the message's subject, never a header line."""

from sources.mail_headers import is_header_line, subject
from sources.text_metadata import find_title

FORWARDED_EN = """From: Jane Roe <jane.roe@example.com>
Sent: Thursday, June 5, 2025 8:14 AM
To: Desk <desk@example.com>
Subject: FW: Aland bans travellers from three countries

---------- Forwarded message ---------
From: Wire Desk <wire@example.com>
Date: Thu, Jun 5, 2025 at 7:02 AM
Subject: Aland bars nationals of three countries

Aland barred nationals of the following three countries on Wednesday:
"""

FORWARDED_TW = """寄件者：張三
寄件日期：2025年6月5日 上午 8:14
收件者：編輯台
主旨：轉寄：甲國宣布禁止三國公民入境

甲國政府5日宣布，禁止以下三國公民入境：
"""

REPLY_JA = """差出人：山田太郎
宛先：編集部
件名：Re: 転送：甲国、3カ国からの入国を禁止

甲国政府は5日、次の3カ国からの入国を禁止すると発表した。
"""

NO_SUBJECT = """From: Jane Roe <jane.roe@example.com>
To: Desk <desk@example.com>

Aland bans travellers from three countries

Aland barred nationals of the following three countries on Wednesday:
"""


def test_the_subject_of_a_forwarded_message_is_the_headline():
    assert find_title(FORWARDED_EN) == "Aland bars nationals of three countries"


def test_chinese_and_japanese_headers_give_their_subject_without_marks():
    assert find_title(FORWARDED_TW) == "甲國宣布禁止三國公民入境"
    assert find_title(REPLY_JA) == "甲国、3カ国からの入国を禁止"


def test_headers_with_no_subject_are_no_headline():
    assert find_title(NO_SUBJECT) == "Aland bans travellers from three countries"


def test_an_article_that_opens_with_no_headers_has_no_subject():
    assert subject("Date: 2025-06-05\nSubject: a line of the body\n\nAland bars three countries.") == ""
    assert not is_header_line("Date: 2025-06-05")
    assert is_header_line("Subject: Aland bans travellers")
