"""The pieces of a Chinese or Japanese sentence's run of people, where ``、`` and the joiners say more or less
than they do between names: a post that joins the fields of one ministry (``甲、乙和丙事務大臣李四``) is
one piece, its ``、`` parting no person; two people each honoured after their name and joined by ``と``
(``元官僚の山田太郎氏と弁護士の佐藤花子氏``) are two pieces. Used by ``_inline_pieces.item_spans``.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.leads import JA_HONORIFIC, ZH_JOINER
from pipeline.lang.posts import JA_TITLE_RE
from pipeline.lang.scripts import CJK, KANA_RE, NAME_DOTS, WHITESPACE
from pipeline.models import AttributeKind
from sources.item_titles import is_title
from sources.items import split_item

MAX_FIELD = 4  # characters of one field of a ministry's post, parted by ``、`` ("甲", "乙", "丙")
MAX_FIELDS = 6  # fields of one post before the one the joiner adds

_FIELD_RE = re.compile(f"[{CJK}]{{1,{MAX_FIELD}}}")
# a person's name after their post: in Chinese characters, or in katakana with its dots
_PERSON_RE = re.compile(f"[{CJK}]{{2,4}}|[\u30a1-\u30fa\u30fc]+(?:[{NAME_DOTS}][\u30a1-\u30fa\u30fc]+)*")
_ZH_JOINER_RE = re.compile(ZH_JOINER)
_JA_TITLE = f"(?:{JA_TITLE_RE.pattern})"
# a person honoured after their name, or named before their post, then the word joining the next one:
# "…山田太郎氏と", "…佐藤花子さんや", "…山田太郎外相と"
_JA_PERSON_JOINER_RE = re.compile(
    rf"(?<=[{CJK}\u30a1-\u30fa\u30fc])(?:{JA_HONORIFIC}|{_JA_TITLE})(?P<joiner>と|および|及び|や)"
)
# the piece after that joiner: a person so at its end, the run's closing (``の3人``) aside
_JA_PERSON_PIECE_RE = re.compile(rf"[^、と]{{2,24}}?(?:{JA_HONORIFIC}|{_JA_TITLE})(?=の|ら|など|\s*$)")


def people_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` (of a sentence split on ``、``) with the fields of one post, or a post alone, joined back
    to the person holding it and two honoured people joined by ``と`` parted; names joined by ``や`` parted
    (``甲国や乙国、丙国など``), by ``と`` in a Japanese run where the run's closing count numbers them so
    (``甲国と乙国、丙国の3カ国``)."""
    joined = _posts_joined(text, _fields_joined(text, pieces))
    parted = [p for piece in joined for p in _honoured_parted(text, *piece)]
    return _counted_joins(text, [p for piece in parted for p in _among_parted(text, *piece)])


# "甲国や乙国、丙国など": や joins names of a run the way 、 does ("and, among others"), never inside a name
_JA_AMONG_RE = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])や(?=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])")


def _among_parted(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    for m in _JA_AMONG_RE.finditer(text, s, e):
        out.append((s, m.start()))
        s = m.end()
    return [*out, (s, e)]


# a Japanese joiner between two names in kanji or katakana ("甲国と乙国")
_JA_JOINER_RE = re.compile(
    r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])(?:と|および|及び|や)(?=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])"
)
# the words before a run's closing count: "…丙国の3カ国"
_COUNT_AFTER_RE = re.compile(r"(?:の|など)\s*$")
# a first piece that only leads in: its topic or object particle ends it ("対象は", "対象となったのは")
_LEAD_ONLY_RE = re.compile(r"[はがを]\s*$")


def _counted_joins(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``追加関税の対象は、甲国と乙国、丙国の3カ国``: the pieces parted at each Japanese joiner between two
    names when the closing count of the last piece numbers the names so parted, and only so."""
    if not pieces or not re.search("[\u3040-\u309f]", text[pieces[0][0] : pieces[-1][1]]):
        return pieces
    joins = [list(_JA_JOINER_RE.finditer(text, s, e)) for s, e in pieces]
    if not any(joins):
        return pieces
    last_s, last_e = pieces[-1]
    closing = [
        c for c in find_counts(text[last_s:last_e]) if _COUNT_AFTER_RE.search(text, last_s, last_s + c.start)
    ]
    lead_only = _LEAD_ONLY_RE.search(text, *pieces[0]) is not None
    names = len(pieces) - lead_only + sum(len(j) for j in joins)
    if not closing or closing[0].value != names:
        return pieces
    out: list[tuple[int, int]] = []
    for (s, e), at in zip(pieces, joins, strict=True):
        for joiner in at:
            out.append((s, joiner.start()))
            s = joiner.end()
        out.append((s, e))
    return out


def _posts_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``乙國副總理、外長李四``, ``副総理、財務相の山田太郎氏``: a piece that is a post alone, then a piece
    that opens with another post of a person, are one piece when the item parser reads both posts as
    that person's."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and is_title(_bare(text, *out[-1])) and _one_post(text, out[-1][0], e, joiner=False):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _fields_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``甲、乙和丙事務大臣李四``: pieces of one field each (``甲``), then the piece whose joiner adds the
    last field before the title and the person, are one piece when the item parser reads the fields and
    the title as one post of the person after it."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) - 1 and j - k < MAX_FIELDS and _FIELD_RE.fullmatch(_bare(text, *pieces[j])):
            j += 1
        if j > k and _one_post(text, pieces[k][0], pieces[j][1], joiner=True):
            out.append((pieces[k][0], pieces[j][1]))
            k = j + 1
        else:
            out.append(pieces[k])
            k += 1
    return out


def _bare(text: str, a: int, b: int) -> str:
    return text[a:b].strip(WHITESPACE)


def _one_post(text: str, a: int, b: int, *, joiner: bool) -> bool:
    """``text[a:b]`` is read whole as a person's post holding ``、`` (and a joiner, with ``joiner``), then
    the person's name."""
    lead = len(text[a:b]) - len(text[a:b].lstrip(WHITESPACE))
    split = split_item(text, a + lead, b)
    titles = [x for x in split.attributes if x.kind is AttributeKind.TITLE]
    name = text[split.name_start : split.name_end]
    # the country printed before the posts (``甲國副總理、外長李四``) is the person's, no post
    country = next(
        (x for x in split.attributes if x.kind is AttributeKind.PLACE and x.start == a + lead), None
    )
    return (
        len(titles) == 1
        and titles[0].start == (a + lead if country is None else country.end)
        and "、" in titles[0].text
        and (not joiner or _ZH_JOINER_RE.search(titles[0].text) is not None)
        and titles[0].end <= split.name_start
        and _PERSON_RE.fullmatch(name) is not None
    )


def _honoured_parted(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``元官僚の山田太郎氏と弁護士の佐藤花子氏``, ``甲国の山田太郎外相と乙国の佐藤花子首相``: the piece
    parted at each joiner between two people, each honoured after their name or named before their
    post, as the item parser reads them; else the piece whole."""
    out: list[tuple[int, int]] = []
    start = a
    for m in _JA_PERSON_JOINER_RE.finditer(text, a, b):
        after = _JA_PERSON_PIECE_RE.match(text, m.end(), b)
        if m.start() <= start or after is None:
            continue
        if not (_a_person(text, start, m.start("joiner")) and _a_person(text, m.end(), after.end())):
            continue
        out.append((start, m.start("joiner")))
        start = m.end()
    return [*out, (start, b)]


def _a_person(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is read as a person: a name, honoured after it or with a post."""
    lead = len(text[a:b]) - len(text[a:b].lstrip(WHITESPACE))
    split = split_item(text, a + lead, b)
    name = text[split.name_start : split.name_end]
    honoured = re.match(JA_HONORIFIC, text[split.name_end : b].strip(WHITESPACE)) is not None
    titled = any(x.kind is AttributeKind.TITLE for x in split.attributes)
    return _PERSON_RE.fullmatch(name) is not None and (honoured or titled)


def a_post_unnamed(text: str, spans: list[tuple[int, int]]) -> bool:
    """``甲國外交部長張三、乙國國防部長周八、丙國總理``: among items read as people each after their post, one
    is a post alone in Chinese characters, its holder's name not printed (the item parser finds no name
    beside it); the run is no list of names to read whole. Where names come before their posts
    (``王五警務処長``, ``ドウ上院議員``), a post word closes every item and tells no post alone."""
    people = [_post_first(text, s, e) for s, e in spans]
    if not any(people) or any(p is False for p in people):
        return False
    return any(
        p is None and KANA_RE.search(text, s, e) is None and is_title(text[s:e])
        for p, (s, e) in zip(people, spans, strict=True)
    )


def _post_first(text: str, a: int, b: int) -> bool | None:
    """``text[a:b]`` is read as a person after their post (True), a person before it (False), or no person
    (None)."""
    if not _a_person(text, a, b):
        return None
    lead = len(text[a:b]) - len(text[a:b].lstrip(WHITESPACE))
    split = split_item(text, a + lead, b)
    return any(x.kind is AttributeKind.TITLE and x.end <= split.name_start for x in split.attributes)
