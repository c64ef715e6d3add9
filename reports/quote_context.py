"""A quote in the text around it, cut at the line's ends and at ``CONTEXT_CHARS`` on each side."""

from __future__ import annotations

from dataclasses import dataclass

#: characters of context shown on each side of a quote (cut at the line's ends)
CONTEXT_CHARS = 160


@dataclass(frozen=True, slots=True)
class Context:
    """A quote with the text around it, cut at line ends and at ``CONTEXT_CHARS`` on each side."""

    before: str
    quote: str
    after: str
    clipped_before: bool
    clipped_after: bool

    def clip(self, width: int) -> Context:
        """The same quote with at most ``width`` characters of context on each side."""
        before = self.before[-width:] if width > 0 else ""
        after = self.after[:width] if width > 0 else ""
        return Context(
            before=before,
            quote=self.quote,
            after=after,
            clipped_before=self.clipped_before or len(before) < len(self.before),
            clipped_after=self.clipped_after or len(after) < len(self.after),
        )


def context_of(text: str, start: int, end: int, *, width: int = CONTEXT_CHARS) -> Context:
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - width)
    hi = min(line_end, end + width)
    return Context(
        before=text[lo:start],
        quote=text[start:end],
        after=text[end:hi],
        clipped_before=lo > line_start,
        clipped_after=hi < line_end,
    )
