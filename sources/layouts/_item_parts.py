"""What one list item says about its organization (``ItemParts``): the name as printed, the English name
alongside, acronym, aliases, note, parent, values and attributes, and the list mention they make. What
``_item.parse_item`` returns."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Attribute, Kind, Mention, Value


@dataclass(frozen=True, slots=True)
class ItemParts:
    """What one list item says about its organization."""

    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    parent: str = ""
    values: tuple[Value, ...] = ()
    attributes: tuple[Attribute, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.name_zh or self.name_en or self.acronym)

    def mention(
        self,
        article: str,
        position: int,
        *,
        category: str | None,
        start: int,
        end: int,
        parent: str = "",
        group: str = "",
    ) -> Mention:
        """The list mention these parts make (``parent`` applies when the item names none itself)."""
        return Mention(
            article=article,
            kind=Kind.LIST,
            position=position,
            category=category,
            name_zh=self.name_zh,
            name_en=self.name_en,
            acronym=self.acronym,
            aliases=self.aliases,
            note=self.note,
            start=start,
            end=end,
            parent=self.parent or parent,
            group=group,
            values=self.values,
            attributes=self.attributes,
        )
