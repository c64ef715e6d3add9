"""A plain-text ``Document`` made from a string, for the tests that hand text to layouts and readers."""

from __future__ import annotations

from sources.base import Document


def text_document(
    text: str, doc_id: str = "t", *, fmt: str = "text", body_end: int | None = None
) -> Document:
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        text=text,
        encoding="utf-8",
        format=fmt,
        outlet="unknown",
        title="",
        date=None,
        url=None,
        body_end=len(text) if body_end is None else body_end,
    )
