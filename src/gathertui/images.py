"""What kind of picture a file is, by its first bytes: the letterhead's emblem is a PNG
or a JPEG, whatever its name says."""

from __future__ import annotations

PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
# The first bytes that say which it is.
HEAD = len(PNG)


def image_type(data: bytes) -> str | None:
    """ "image/png" or "image/jpeg" for bytes that start as one, else None."""
    if data.startswith(PNG):
        return "image/png"
    if data.startswith(JPEG):
        return "image/jpeg"
    return None
