"""The labels of the fields an official list prints after each entry's name, parted by semicolons
(``ROE, Jane; DOB 12 Mar 1970; nationality Aland; Passport A123``, ``張三；出生日期：1970年3月12日；
國籍：甲國``), per language, and what each field says of the entry: its nationality (a place), its post, or
anything else."""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# the field giving the entry's nationality or citizenship: where the person comes from
NATIONALITY_FIELD_RE = re.compile(
    r"(?i:nationality|citizenship|citizen\s+of|nationals?\s+of)\b"
    + "|"
    + fold_pattern(r"國籍|公民身分")
    + "|国籍"
)
# the field giving the entry's post
POST_FIELD_RE = re.compile(
    r"(?i:title|position|designation|occupation)\b" + "|" + fold_pattern(r"職務|職位|職稱") + "|役職"
)
# any field an entry of an official list carries (the two above and the rest)
FIELD_RE = re.compile(
    r"(?:"
    + NATIONALITY_FIELD_RE.pattern
    + "|"
    + POST_FIELD_RE.pattern
    + r"|(?i:d\.?o\.?b\.?|date\s+of\s+birth|born|p\.?o\.?b\.?|place\s+of\s+birth|passport|national\s+id"
    r"|id\s+no\.?|gender|sex|address|a\.?k\.?a\.?|f\.?k\.?a\.?|also\s+known\s+as|alt\.|registration"
    r"|website|e-?mail|phone|tax\s+id|listed\s+on|un\s+ref|ref\.|identification|organization\s+type)\b"
    + "|"
    + fold_pattern(r"出生日期|出生地|出生|護照|身分證|身份證|地址|別名|又名|性別|登記號|網站|電話")
    + r"|生年月日|出身地|旅券|住所|別名|性別|登録番号)"
)
