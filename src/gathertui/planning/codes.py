"""Every problem code gathertui reports, with its usual severity and its explanation.

The code is the word in brackets at the end of a `gathertui check` line. `gathertui
check --explain CODE` prints what it means, why it matters and how to fix it (catalog
keys `explain.CODE.means|matters|fix`), and `silence` in gathertui.toml names the codes,
other than errors, a workspace does not want to see. A code made anywhere in the source
must be listed here: tests/planning/test_codes.py reads the source to make sure.
"""

from __future__ import annotations

import difflib

from gathertui.i18n import Message, msg
from gathertui.problems import Severity

CODES: dict[str, Severity] = {
    # Reading a file: the file cannot be used until these are fixed.
    "unreadable": Severity.ERROR,
    "too-large": Severity.ERROR,
    "encoding": Severity.ERROR,
    "bom": Severity.WARNING,
    "empty-file": Severity.ERROR,
    "syntax": Severity.ERROR,
    "schema-version": Severity.ERROR,
    # A value of the file against the model.
    "missing-key": Severity.ERROR,
    "unknown-key": Severity.ERROR,
    "bad-value": Severity.ERROR,
    # References between entities.
    "duplicate-id": Severity.ERROR,
    "unknown-reference": Severity.ERROR,
    "day-outside-event": Severity.ERROR,
    # Planning checks of one plan.
    "no-pic": Severity.WARNING,
    "past-midnight": Severity.WARNING,
    "agenda-overlap": Severity.WARNING,
    "over-capacity": Severity.WARNING,
    "quotas-unfilled": Severity.WARNING,
    "represented-unnamed": Severity.WARNING,
    "duplicate-person": Severity.WARNING,
    "on-holiday": Severity.WARNING,
    "same-day-event": Severity.INFO,
    "rank-unknown": Severity.INFO,
    # Checks across the plans of a workspace.
    "venue-double-booked": Severity.WARNING,
    "person-double-booked": Severity.WARNING,
    "same-day-plan": Severity.WARNING,
    "semester-target": Severity.WARNING,
    # The `silence` setting itself.
    "unknown-code": Severity.WARNING,
    "cannot-silence": Severity.WARNING,
    # Who signs the printouts.
    "unknown-signatory": Severity.ERROR,
    "bad-nip": Severity.WARNING,
    # A three-way merge left two values for one place (gathertui merge).
    "merge-conflict": Severity.ERROR,
    # The letterhead's logo file (read by storage.logo).
    "logo-missing": Severity.ERROR,
    "logo-unusable": Severity.WARNING,
    # The coverage of an event after it was held.
    "coverage-before-event": Severity.WARNING,
    # The seating plan.
    "seats-short": Severity.WARNING,
    "seat-not-in-layout": Severity.WARNING,
    "seat-pinned-twice": Severity.WARNING,
    "seat-not-coming": Severity.WARNING,
}

# The parts of every code's explanation, in the order they are shown.
PARTS = ("means", "matters", "fix")


def can_silence(code: str) -> bool:
    """Whether `silence` may name the code: a known code that is not an error."""
    severity = CODES.get(code)
    return severity is not None and severity is not Severity.ERROR


def close_codes(word: str) -> list[str]:
    """Known codes spelled like `word`, closest first."""
    return difflib.get_close_matches(word.strip().lower(), list(CODES), n=3, cutoff=0.6)


def explanation(code: str) -> list[Message]:
    """The paragraphs `check --explain` prints for a known code."""
    severity = CODES[code]
    paragraphs = [
        msg("explain.heading", code=code, severity=msg(f"severity.{severity.value}")),
        *(msg(f"explain.part.{part}", text=msg(f"explain.{code}.{part}")) for part in PARTS),
    ]
    if severity is Severity.ERROR:
        paragraphs.append(msg("explain.not_silenceable"))
    else:
        paragraphs.append(msg("explain.silenceable", code=code))
        paragraphs.append(msg("explain.silence_example", code=code))
    return paragraphs
