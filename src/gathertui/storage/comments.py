"""The comments a person wrote in a plan, anchored to what they are about.

The canonical writer lays a file out anew on every save, so a comment cannot keep its
line number; it keeps its anchor instead: the block it stands above (an entity by its
id), the key it stands above or ends the line of, or the top or end of the file. The
writer puts each back in that place, and a comment whose entity or key is no longer
written goes with it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from gathertui.storage.locate import Path, SourceIndex

# A block of the canonical layout: () the top-level keys, ("event",) a table,
# ("people", "sunarto") an entity by its id, ("targets", 2) one without an id, by place.
Block = tuple[str | int, ...]


class Spot(StrEnum):
    TOP = "top"  # after the `#:schema` line, before everything else
    END = "end"  # after everything
    ABOVE = "above"  # the lines above a block's header (no key) or above a key
    AFTER = "after"  # at the end of a header's or a key's (last) line


@dataclass(frozen=True)
class Anchor:
    spot: Spot
    block: Block = ()
    key: str | None = None


TOP = Anchor(Spot.TOP)
END = Anchor(Spot.END)


@dataclass(frozen=True)
class Comments:
    """Each anchor's comments, each one as written from its `#` on."""

    notes: Mapping[Anchor, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.notes)

    @cached_property
    def blocks(self) -> frozenset[Block]:
        """The blocks something is anchored to, so the writer lays out the others fast."""
        return frozenset(anchor.block for anchor in self.notes if anchor.spot in _IN_BLOCKS)

    def lines(self, anchor: Anchor) -> str:
        """The anchor's comments as whole lines, each ending in a newline."""
        return "".join(f"{note}\n" for note in self.notes.get(anchor, ()))

    def line_end(self, block: Block, key: str | None = None) -> str:
        """What follows the header's or key's last line: ` # ...`, or nothing."""
        notes = self.notes.get(Anchor(Spot.AFTER, block, key))
        return " " + " ".join(notes) if notes else ""


_IN_BLOCKS = (Spot.ABOVE, Spot.AFTER)


def extract_comments(
    text: str, document: Mapping[str, Any], index: SourceIndex | None = None
) -> Comments:
    """The comments of `text`, whose parsed TOML is `document` (entities are anchored by
    their ids, which only the document holds). `index` is the text's, if made already.

    A comment on a line of its own belongs to the header or key below it, whether or not
    a blank line parts them, except above the first of them, where only the lines right
    above it do and the others stay at the top. A comment at the end of a line belongs to
    the header or key on it; one inside a value spanning lines (a list of facilities) goes
    above its key, but the last one in it ends the value's last line. Comments after the
    last key stay at the end. A comment in a place the layout does not write (a key
    inside an inline table) goes to the key it is part of.
    """
    index = index or SourceIndex.of(text)
    if not index.comments:
        return Comments()
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    starts = [number for number, _ in index.statements]
    last_of: dict[Path, int] = {}
    for position, comment in enumerate(index.comments):
        if comment.statement is not None:
            last_of[comment.statement] = position
    notes: dict[Anchor, list[str]] = {}
    for position, comment in enumerate(index.comments):
        note = lines[comment.line - 1][comment.column - 1 :].rstrip()
        anchor: Anchor | None
        if comment.statement is not None:
            spot = Spot.AFTER if last_of[comment.statement] == position else Spot.ABOVE
            anchor = _anchor(spot, comment.statement, document)
        else:
            following = bisect_right(starts, comment.line)
            if following == len(starts):
                anchor = END
            elif following == 0 and _blank_between(lines, comment.line, starts[0]):
                anchor = TOP  # parted from the first header or key by a blank line
            else:
                anchor = _anchor(Spot.ABOVE, index.statements[following][1], document)
        if anchor is not None:
            notes.setdefault(anchor, []).append(note)
    return Comments({anchor: tuple(found) for anchor, found in notes.items()})


def _blank_between(lines: list[str], after: int, before: int) -> bool:
    return any(not line.strip() for line in lines[after : before - 1])


def _anchor(spot: Spot, path: Path, document: Mapping[str, Any]) -> Anchor | None:
    """The anchor of a comment at the header or key written at `path`."""
    name = path[0]
    value = document.get(name) if isinstance(name, str) else None
    block: Block
    if len(path) >= 2 and isinstance(path[1], int) and isinstance(value, list):
        block = (name, entity_name(value[path[1]], path[1]) if path[1] < len(value) else path[1])
        rest = path[2:]
    elif isinstance(value, Mapping):
        block, rest = (name,), path[1:]
    else:
        block, rest = (), path
    key = rest[0] if rest else None
    if (key is None and not block) or isinstance(key, int):
        return None
    return Anchor(spot, block, key)


def entity_name(entity: Any, number: int) -> str | int:
    """How an entity's block is anchored: by its id, or by its place without one."""
    ident = entity.get("id") if isinstance(entity, Mapping) else None
    return ident if isinstance(ident, str) else number


def merged_comments(base: Comments, ours: Comments, theirs: Comments) -> Comments:
    """The comments of a three-way merge, anchor by anchor: ours, except where ours kept
    the base's and theirs changed, added or removed it. Both sides changing one anchor's
    comments is no conflict: ours are kept."""
    merged: dict[Anchor, tuple[str, ...]] = {}
    for anchor in {**ours.notes, **theirs.notes}:
        mine = ours.notes.get(anchor)
        kept = theirs.notes.get(anchor) if mine == base.notes.get(anchor) else mine
        if kept:
            merged[anchor] = kept
    return Comments(merged)
