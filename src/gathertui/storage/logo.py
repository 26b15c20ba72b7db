"""The letterhead's emblem (`[organization] logo`): a PNG or JPEG file relative to the
workspace folder, read for the printouts and looked at by `gathertui check`.

The exports read no files, so the commands and the app read the emblem here and hand
its bytes to them. A logo that cannot be used is said once, and the printout is made
without it.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

from gathertui.i18n import Message, msg
from gathertui.i18n.os_errors import os_reason
from gathertui.images import HEAD, image_type
from gathertui.model.workspace import WorkspaceSettings
from gathertui.problems import Problem, Severity

# An emblem is a few hundred pixels: more than this is a photograph or a mistake, and
# would make every PDF as large.
MAX_BYTES = 2 * 1024 * 1024
MEGABYTE = 1024 * 1024
# Where the key is in gathertui.toml, for the problem's line.
KEY = ("organization", "logo")


def _fault(name: str, path: Path) -> Problem | None:
    """What is wrong with the file at `path` by its size and first bytes, or None: a
    problem at the `logo` key, its file still to be named. A missing file is an error, the
    rest warnings."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(HEAD)
    except OSError as error:
        message = msg("check.logo_missing", path=name, reason=os_reason(error))
        return Problem("logo-missing", Severity.ERROR, message, None, KEY)
    if image_type(head) is None:
        message = msg("check.logo_not_image", path=name)
        return Problem("logo-unusable", Severity.WARNING, message, None, KEY)
    if size > MAX_BYTES:
        message = msg(
            "check.logo_too_large",
            path=name,
            size=f"{size / MEGABYTE:.1f}",
            limit=str(MAX_BYTES // MEGABYTE),
        )
        return Problem("logo-unusable", Severity.WARNING, message, None, KEY)
    return None


def _named(settings: WorkspaceSettings) -> str | None:
    organization = settings.organization
    return organization.logo if organization and organization.logo else None


def logo_problems(settings_file: Path, settings: WorkspaceSettings) -> list[Problem]:
    """The logo's problem, if it has one, at the `logo` key of `settings_file`."""
    name = _named(settings)
    if name is None:
        return []
    fault = _fault(name, settings_file.parent / name)
    if fault is None:
        return []
    table = msg("entity.table", name="organization")
    about = msg("problem.about", entity=table, problem=fault.message)
    return [replace(fault, message=about, file=settings_file)]


def read_logo(folder: Path, settings: WorkspaceSettings) -> tuple[bytes | None, Message | None]:
    """The emblem's bytes for the letterhead of the workspace at `folder`, and why it is
    left out when it cannot be used; (None, None) when the workspace names none."""
    name = _named(settings)
    if name is None:
        return None, None
    path = folder / name
    fault = _fault(name, path)
    if fault is not None:
        return None, fault.message
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, msg("check.logo_missing", path=name, reason=os_reason(error))
    if not _decodes(data):
        return None, msg("check.logo_not_image", path=name)
    return data, None


def _decodes(data: bytes) -> bool:
    """Whether the picture reads to its end: a file cut short has the right first bytes
    but would be left out of the PDF without a word."""
    try:
        from PIL import Image
    except ImportError:  # reportlab needs Pillow; without it, trust the first bytes
        return True
    try:
        with Image.open(BytesIO(data)) as image:
            image.load()
    except Exception:  # Pillow raises many kinds for a damaged file
        return False
    return True
