"""Bring plan files of older schema versions up to the current one on load."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gathertui.model.plan import SCHEMA_VERSION

Document = dict[str, Any]

# MIGRATIONS[n] turns a version-n document into a version-(n + 1) one. Version 1 is the
# first published format, so there is nothing to migrate yet; a change of meaning adds
# a step here and bumps SCHEMA_VERSION.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


class VersionError(ValueError):
    def __init__(self, found: object, reason: str) -> None:
        super().__init__(reason)
        self.found = found
        self.reason = reason  # "missing", "not-a-number", "too-new" or "too-old"


def oldest_supported() -> int:
    return min(MIGRATIONS, default=SCHEMA_VERSION)


def migrate(document: Document) -> Document:
    """The document in the current schema version; raises VersionError when it cannot be."""
    if "schema_version" not in document:
        raise VersionError(None, "missing")
    version = document["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise VersionError(version, "not-a-number")
    if version > SCHEMA_VERSION:
        raise VersionError(version, "too-new")
    if version < oldest_supported():
        raise VersionError(version, "too-old")
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["schema_version"] = version
    return document
