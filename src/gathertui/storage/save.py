"""Saving a loaded plan or settings file safely and canonically."""

from __future__ import annotations

from pathlib import Path

from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage.atomic import write_atomic
from gathertui.storage.canonical import dumps_document
from gathertui.storage.reader import Source, decode_source


class ChangedOnDisk(Exception):
    """The file's bytes differ from those read: someone else changed it (git pull, an editor).

    Carries both versions so the user can compare, reload, overwrite or save elsewhere.
    """

    def __init__(self, path: Path, ours: bytes, theirs: bytes | None) -> None:
        super().__init__(f"{path} changed on disk since it was read")
        self.path = path
        self.ours = ours
        self.theirs = theirs


class CommentsWouldBeLost(Exception):
    """Saving rewrites the file canonically, which drops comments a person wrote."""

    def __init__(self, path: Path, lines: list[int]) -> None:
        super().__init__(f"{path} has comments on lines {', '.join(map(str, lines))}")
        self.path = path
        self.lines = lines


def canonical_text(model: Plan | WorkspaceSettings, header: str | None = None) -> str:
    return dumps_document(model.to_document(), model.ENTITY_LISTS, header)


def save(
    source: Source,
    model: Plan | WorkspaceSettings,
    *,
    drop_comments: bool = False,
    overwrite: bool = False,
) -> Source:
    """Write `model` over the file `source` was read from; the new Source to save against.

    Nothing is written when the canonical text equals the file's bytes, when the file has
    comments (unless `drop_comments`), or when the file changed on disk since it was read
    (unless `overwrite`).
    """
    data = canonical_text(model, source.header).encode("utf-8")
    if data == source.raw:
        return source
    comments = source.index.comment_lines
    if comments and not drop_comments:
        raise CommentsWouldBeLost(source.path, comments)
    try:
        on_disk: bytes | None = source.path.read_bytes()
    except FileNotFoundError:
        on_disk = None
    if on_disk != source.raw and not overwrite:
        raise ChangedOnDisk(source.path, data, on_disk)
    write_atomic(source.path, data)
    return decode_source(source.path, data)


def write_new(path: Path, model: Plan | WorkspaceSettings) -> Source:
    """Write a new file; refuses to replace one that exists."""
    if path.exists():
        raise FileExistsError(path)
    data = canonical_text(model).encode("utf-8")
    write_atomic(path, data)
    return decode_source(path, data)
