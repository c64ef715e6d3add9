"""Plain text as it reaches a newsroom, read back into its lines and paragraphs before any list is looked
for: an e-mail's quoting marks, Markdown emphasis, emoji presentation marks, half-width katakana and
wire copy hard-wrapped at a fixed width.

``as_pasted`` runs the steps in this order:

1. quoting: a run of two or more lines opening with ``>`` (an e-mail forwarded or replied to) loses its
   marks, a line of ``>`` alone becoming blank;
2. Markdown: emphasis ``**Full ban (12):**`` / ``__甲組__`` paired on one line read as the words it holds,
   a link ``[Aland](https://…)`` as its words, a table's alignment row ``|:--|--:|`` as ``|---|---|``;
3. presentation: variation selectors dropped (``▶️`` is ``▶``), keycap digits ``1️⃣2️⃣`` read as ``12.``,
   half-width katakana (``ｷｭｰﾊﾞ``) as full-width;
4. hard wraps (``sources.unwrap``): a paragraph's lines, broken at the document's width, joined again;
   never a list's lines.

Offsets of the ``Document`` refer to the text after these steps, as after every other step of the reader.
"""

from __future__ import annotations

import re
import unicodedata

from sources.unwrap import unwrap

MIN_QUOTED_LINES = 2  # one line opening with ``>`` is no quotation
_QUOTE_RE = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")
_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1")
_LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\((?:https?://|/|#)[^()\s]*\)")
_ALIGNMENT_ROW_RE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$", re.MULTILINE)
_VARIATION_RE = re.compile("[\ufe0e\ufe0f]")
# keycap digits, one or more (``1️⃣2️⃣`` is 12), or the keycap ten; variation selectors already dropped
_KEYCAP_RE = re.compile("((?:[0-9]\u20e3)+)|\U0001f51f")
_HALFWIDTH_KANA_RE = re.compile("[\uff66-\uff9f]+")


def _unquoted(text: str) -> str:
    lines = text.split("\n")
    quoted = [bool(_QUOTE_RE.match(line)) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and quoted[j]:
            j += 1
        if j - i >= MIN_QUOTED_LINES:
            lines[i:j] = [_QUOTE_RE.sub("", line, count=1) for line in lines[i:j]]
        i = max(j, i + 1)
    return "\n".join(lines)


def _keycap(m: re.Match[str]) -> str:
    return f"{m.group(1).replace(chr(0x20E3), '')}." if m.group(1) else "10."


def _presented(text: str) -> str:
    text = _KEYCAP_RE.sub(_keycap, _VARIATION_RE.sub("", text))
    return _HALFWIDTH_KANA_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def as_pasted(text: str) -> str:
    """``text`` read back from its pasted form (steps in the module's docstring); a text none of them
    applies to comes back unchanged."""
    if ">" in text:
        text = _unquoted(text)
    if "**" in text or "__" in text:
        text = _EMPHASIS_RE.sub(r"\2", text)
    if "](" in text:
        text = _LINK_RE.sub(r"\1", text)
    if ":-" in text or "-:" in text:
        text = _ALIGNMENT_ROW_RE.sub(lambda m: m.group().replace(":", "-"), text)
    return unwrap(_presented(text))
