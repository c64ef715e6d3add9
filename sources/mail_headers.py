"""An e-mail's header lines at the top of a plain-text article (a release or wire story forwarded to the
desk): ``From:``, ``Sent:``, ``To:``, ``Subject:`` and their Chinese and Japanese forms (``寄件者：``,
``主旨：``, ``发件人：``, ``主题：``, ``差出人：``, ``件名：``).

Such lines are no headline: the article's headline is the message's subject, its forwarding or reply
marks (``FW:``, ``Fwd:``, ``RE:``, ``轉寄：``, ``转发：``, ``転送：``) taken off. A forwarded message holds
its original's headers below the forwarder's; the original's subject (the last one) is the headline.
"""

from __future__ import annotations

import re

HEAD_LINES = 40  # headers are looked for in this many lines at the top
MIN_HEADER_LINES = 2  # one ``Date:`` line alone is no e-mail's header

_SENDER = r"from|寄件者|寄件人|發件人|发件人|差出人|送信者"
_SUBJECT = r"subject|主旨|主題|主题|件名"
_OTHER = (
    r"sent|to|cc|bcc|date|reply-to|收件者|收件人|副本|密件副本|抄送|日期|寄件日期|發送時間|发送时间|時間|时间"
    r"|宛先|送信日時|日時"
)
_HEADER_RE = re.compile(
    rf"^[ \t\u3000]*(?P<key>{_SENDER}|{_SUBJECT}|{_OTHER})[ \t]*[:：][ \t\u3000]*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_SENDER_RE = re.compile(rf"^(?:{_SENDER})$", re.IGNORECASE)
_SUBJECT_RE = re.compile(rf"^(?:{_SUBJECT})$", re.IGNORECASE)
# "---------- Forwarded message ---------", "-----Original Message-----", "----- 轉寄的郵件 -----"
_FORWARD_RULE_RE = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:forwarded message|original message|轉寄的?郵件|转发的?邮件|原始郵件|原始邮件|"
    r"転送されたメッセージ|元のメッセージ)[ \t]*-{2,}[ \t]*$",
    re.IGNORECASE,
)
_REPLY_MARK_RE = re.compile(
    r"^(?:(?:re|fw|fwd|aw|wg|轉寄|转发|轉發|回覆|回复|答复|転送|返信)[ \t]*[:：][ \t\u3000]*)+", re.IGNORECASE
)


_MAIL_ONLY_RE = re.compile(
    r"^(?:sent|to|cc|bcc|reply-to|收件者|收件人|副本|密件副本|抄送|宛先)$", re.IGNORECASE
)


def is_header_line(line: str) -> bool:
    """``line`` is a header line only an e-mail prints (a sender, recipients, a subject; a date line is
    every article's) or the rule opening a forwarded message."""
    m = _HEADER_RE.match(line)
    if m:
        key = m.group("key")
        return bool(_SENDER_RE.match(key) or _SUBJECT_RE.match(key) or _MAIL_ONLY_RE.match(key))
    return bool(_FORWARD_RULE_RE.match(line))


def subject(text: str) -> str:
    """The subject of the e-mail whose headers open ``text`` (the original's, when forwarded), reply and
    forwarding marks off; "" when ``text`` opens with no e-mail's headers (a sender and at least one more
    header line in a run)."""
    subject_line = ""
    run: list[re.Match[str]] = []
    for line in text.split("\n")[:HEAD_LINES]:
        m = _HEADER_RE.match(line)
        if m:
            run.append(m)
            continue
        if _FORWARD_RULE_RE.match(line) or not line.strip():
            subject_line = _run_subject(run) or subject_line
            run = []
            continue
        subject_line = _run_subject(run) or subject_line
        run = []
        if subject_line:
            break  # the body has begun
    return _run_subject(run) or subject_line


def _run_subject(run: list[re.Match[str]]) -> str:
    keys = [m.group("key") for m in run]
    if len(run) < MIN_HEADER_LINES or not any(_SENDER_RE.match(k) for k in keys):
        return ""
    found = [m.group("value") for m in run if _SUBJECT_RE.match(m.group("key"))]
    return _REPLY_MARK_RE.sub("", found[-1]).strip() if found else ""
