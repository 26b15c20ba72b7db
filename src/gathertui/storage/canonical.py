"""The canonical TOML layout of plan and settings files.

tomli-w alone would write short entities as inline tables (`people = [{...}]`) and nested
tables as `[a.b]` sections. Plans must diff one entity per block, so the layout is
composed here and tomli-w formats only the values:

- top-level scalars first, then each table as `[name]`, then each entity of each list
  as its own `[[name]]` block, even a short one;
- nested tables inside an entity (quotas) as one inline table on one line;
- keys in the order the model lists them, multi-line strings as `\"\"\"` blocks;
- one blank line between blocks and one newline at the end;
- the comments a person wrote, given as `Comments`, where they are anchored: above a
  block's header, above a key, at the end of a line, at the top or the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

import tomli_w

from gathertui.storage.comments import END, TOP, Anchor, Block, Comments, Spot, entity_name


def _key_values(table: Mapping[str, Any], multiline: bool = True) -> str:
    """`key = value` lines in the table's order; nested tables inline on their line."""
    out: list[str] = []
    run: dict[str, Any] = {}
    run_multiline = multiline
    for key, value in table.items():
        value_multiline = multiline and not _has_carriage_return(value)
        nested = isinstance(value, dict)
        moment = isinstance(value, datetime)
        if run and (nested or moment or value_multiline != run_multiline):
            out.append(tomli_w.dumps(run, multiline_strings=run_multiline))
            run = {}
        if nested:
            out.append(f"{_key(key)} = {_inline_table(value)}\n")
        elif moment:
            # tomli-w writes "2025-03-14 09:00:00"; the format's examples and people
            # write the "T" of RFC 3339, so a date-time reads the same after a save.
            out.append(f"{_key(key)} = {value.isoformat()}\n")
        else:
            run[key] = value
            run_multiline = value_multiline
    if run:
        out.append(tomli_w.dumps(run, multiline_strings=run_multiline))
    return "".join(out)


def _has_carriage_return(value: Any) -> bool:
    """tomli-w folds "\r\n" to "\n" inside a \"\"\" block, which would change the text;
    such a string, alone or in a list (a venue's facilities), is written on one line
    with escapes instead."""
    if type(value) is str:
        return "\r" in value
    return isinstance(value, list) and any(_has_carriage_return(item) for item in value)


@cache
def _key(name: str) -> str:
    # A one-key document is tomli-w's public way to quote a key when it needs quotes.
    return tomli_w.dumps({name: 0})[: -len(" = 0\n")]


def _inline_table(table: Mapping[str, Any]) -> str:
    if not table:
        return "{}"
    return "{ " + ", ".join(f"{_key(k)} = {_inline_value(v)}" for k, v in table.items()) + " }"


def _inline_value(value: Any) -> str:
    """A value on one line: tomli-w spreads arrays over lines, which an inline table (a
    merge conflict's whole agenda item, with its speakers) cannot hold."""
    if isinstance(value, Mapping):
        return _inline_table(value)
    if isinstance(value, list):
        return "[" + ", ".join(_inline_value(item) for item in value) + "]"
    return _key_values({"v": value}, multiline=False).strip()[len("v = ") :]


def _block(block: Block, head: str, table: Mapping[str, Any], comments: Comments) -> str:
    """A block's text: its header line (none for the top-level keys), then its keys."""
    if block not in comments.blocks:
        return f"{head}\n{_key_values(table)}" if head else _key_values(table)
    out = []
    if head:
        above = comments.lines(Anchor(Spot.ABOVE, block))
        out.append(f"{above}{head}{comments.line_end(block)}\n")
    for key, value in table.items():
        # One key at a time writes the same text as the whole table at once.
        text = _key_values({key: value})
        out.append(comments.lines(Anchor(Spot.ABOVE, block, key)))
        out.append(f"{text[:-1]}{comments.line_end(block, key)}\n")
    return "".join(out)


def dumps_document(
    document: Mapping[str, Any],
    entity_lists: Iterable[str],
    header: str | None = None,
    comments: Comments | None = None,
) -> str:
    """The canonical text of a document whose `entity_lists` keys hold lists of entities,
    with `comments` where they are anchored; a comment whose anchor is not written (its
    entity deleted, its key back to the default) is not either."""
    comments = comments or Comments()
    lists = set(entity_lists)
    blocks: list[str] = []
    scalars = {
        key: value
        for key, value in document.items()
        if key not in lists and not isinstance(value, Mapping)
    }
    if scalars:
        blocks.append(_block((), "", scalars, comments))
    for key, value in document.items():
        if key not in lists and isinstance(value, Mapping):
            blocks.append(_block((key,), f"[{_key(key)}]", value, comments))
    for key in entity_lists:
        for number, entity in enumerate(document.get(key, ())):
            block = (key, entity_name(entity, number))
            blocks.append(_block(block, f"[[{_key(key)}]]", entity, comments))
    text = "\n".join(blocks)
    if TOP in comments.notes:
        text = f"{comments.lines(TOP)}\n{text}"
    if END in comments.notes:
        text = f"{text}\n{comments.lines(END)}"
    if header:
        text = f"{header}\n{text}"
    return text
