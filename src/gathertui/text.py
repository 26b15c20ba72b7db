"""Text from plan files is data, never markup or terminal control."""

from __future__ import annotations

import re
from pathlib import PurePath

# C0 and C1 control characters (except tab and newline) and DEL. An escape sequence in a
# name must never reach the terminal, a PDF or a spreadsheet as a live control. The
# bidirectional embeddings, overrides and isolates are spelled out too: they reorder what
# a person reads on the screen (a name that displays as another, a path that lies).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def literal(value: str) -> str:
    """The text with control characters spelled out, so it prints as it is written."""
    return _CONTROL.sub(_visible, value)


def without_controls(value: str) -> str:
    """The text without its control characters: for a place that must keep its width
    (a line already laid out on the screen), where `literal` would widen it."""
    return _CONTROL.sub("", value)


def shown(value: object) -> object:
    """A message parameter as it may reach a person: text (a name, a key, a path, an
    error's words) spelled out by `literal`; numbers, dates and messages as they are, so
    a sentence can still format them."""
    if isinstance(value, str | PurePath):
        return literal(str(value))
    return value


def one_line(value: str) -> str:
    """A literal, folded onto one line (table cells, error messages)."""
    return " ".join(literal(value).split())


def folded(value: str | None) -> str:
    """Text as compared for sameness: letter case and runs of spaces do not count."""
    return " ".join((value or "").casefold().split())


def as_sentence(text: str) -> str:
    """The text with its first letter capitalised, the rest as it is."""
    return text[:1].upper() + text[1:]
