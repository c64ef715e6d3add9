"""``Mention.key`` is formatted once per record and kept outside its fields."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from multiprocessing.reduction import ForkingPickler

import pipeline.workers  # noqa: F401 - registers the records' pickling for the reading workers
from pipeline.models import Kind, Mention


def _mention(article: str = "甲報", position: int = 3) -> Mention:
    return Mention(article, Kind.LIST, position, None, "乙國", "Borduria", "", (), "", 10, 12)


def test_the_key_is_formatted_once_and_kept() -> None:
    m = _mention()
    first = m.key
    assert first == "甲報#3"
    assert m.key is first  # the same string, not formatted again


def test_the_kept_key_is_no_field_of_the_record() -> None:
    read, unread = _mention(), _mention()
    assert read.key == "甲報#3"
    assert read == unread and hash(read) == hash(unread)
    assert [f.name for f in dataclasses.fields(Mention)][:3] == ["article", "kind", "position"]
    assert not {"key", "_key"} & {f.name for f in dataclasses.fields(Mention)}
    assert "_key" not in repr(read)


def test_a_copy_or_a_changed_record_has_its_own_key() -> None:
    m = _mention()
    assert m.key == "甲報#3"
    assert dataclasses.replace(m, position=5).key == "甲報#5"
    assert dataclasses.replace(m, article="丙報").key == "丙報#3"
    assert copy.copy(m).key == copy.deepcopy(m).key == "甲報#3"
    assert pickle.loads(pickle.dumps(m)).key == "甲報#3"
    sent = pickle.loads(ForkingPickler.dumps(dataclasses.replace(m, position=8)))
    assert sent == dataclasses.replace(m, position=8) and sent.key == "甲報#8"
