"""Saving a loaded plan or settings file safely and canonically."""

from __future__ import annotations

from pathlib import Path

from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage.atomic import write_atomic
from gathertui.storage.canonical import dumps_document
from gathertui.storage.comments import Comments
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


def canonical_text(
    model: Plan | WorkspaceSettings, header: str | None = None, comments: Comments | None = None
) -> str:
    return dumps_document(model.to_document(), model.ENTITY_LISTS, header, comments)


def save(
    source: Source,
    model: Plan | WorkspaceSettings,
    *,
    drop_comments: bool = False,
    overwrite: bool = False,
) -> Source:
    """Write `model` over the file `source` was read from; the new Source to save against.

    The file's comments are written back where they belong (`storage/comments.py`),
    unless `drop_comments`. Nothing is written when the canonical text equals the file's
    bytes, or when the file changed on disk since it was read (unless `overwrite`).
    """
    comments = None if drop_comments else source.comments
    data = canonical_text(model, source.header, comments).encode("utf-8")
    if data == source.raw:
        return source
    try:
        on_disk: bytes | None = source.path.read_bytes()
    except FileNotFoundError:
        on_disk = None
    if on_disk != source.raw and not overwrite:
        raise ChangedOnDisk(source.path, data, on_disk)
    write_atomic(source.path, data)
    return decode_source(source.path, data)


def write_new(
    path: Path, model: Plan | WorkspaceSettings, comments: Comments | None = None
) -> Source:
    """Write a new file, with `comments` (those of the file it is a copy of); refuses to
    replace one that exists."""
    if path.exists():
        raise FileExistsError(path)
    data = canonical_text(model, comments=comments).encode("utf-8")
    write_atomic(path, data)
    return decode_source(path, data)
