"""The printouts and formats `gathertui export` knows, by the names the command line and
the export dialog use. Apart from `gathertui.exports`, which imports the model, so the
command line can list them without loading pydantic."""

from __future__ import annotations

WHATS = (
    "agenda",
    "rundown",
    "attendance",
    "roster",
    "salutation",
    "calendar",
    "mc-script",
    "whatsapp",
    "invitation",
    "report",
    "press-release",
    "name-cards",
    "name-tags",
    "signs",
    "seating",
    "seating-list",
)
FORMATS = ("pdf", "html", "md", "txt", "csv", "xlsx", "ics", "docx")
