"""Checks of who signs the printouts: a plan's `[signing]` and the workspace's
`signed_by`/`acknowledged_by` must name signatories of the workspace, and a NIP (a
signatory's or a person's) must be the 18 digits of a civil servant's number.

A plan checked with no workspace to speak of (no gathertui.toml, or one that says
nothing: the default settings) is not faulted for the signatories it names: they live in
a file that is not there to look in. Once the workspace says anything, an unknown name is
an error, since the printouts would go out unsigned.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path

from gathertui.i18n import msg
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.context import PlanContext
from gathertui.problems import DocumentPath, Problem, Severity
from gathertui.text import one_line

# A NIP: birth date (8), appointment month (6), sex (1), number (3); written in groups.
_NIP = re.compile(r"\d{18}")


def nip_problem(nip: str | None) -> object | None:
    """The sentence for a NIP that is not 18 digits once its spaces are removed."""
    if nip is None:
        return None
    digits = "".join(nip.split())
    if _NIP.fullmatch(digits):
        return None
    return msg("check.bad_nip", nip=one_line(nip), count=len(digits))


def _unknown(ident: str, settings: WorkspaceSettings) -> object:
    known = [signatory.id for signatory in settings.signatories]
    close = difflib.get_close_matches(ident, known, n=1, cutoff=0.6)
    hint = msg("hint.did_you_mean", word=close[0]) if close else ""
    return msg("check.unknown_signatory", id=one_line(ident), hint=hint)


def plan_signing(context: PlanContext) -> Iterable[Problem]:
    """Each signatory the plan's `[signing]` names, at its key, when the workspace has no
    such signatory."""
    signing = context.plan.signing
    if signing is None or context.settings == WorkspaceSettings():
        return
    named: list[tuple[DocumentPath, str | None]] = [
        (("signing", "signed_by"), signing.signed_by),
        (("signing", "acknowledged_by"), signing.acknowledged_by),
        *((("signing", "printouts", name), ident) for name, ident in signing.printouts.items()),
    ]
    for path, ident in named:
        if ident is not None and context.settings.signatory(ident) is None:
            message = _unknown(ident, context.settings)
            yield context.warn("unknown-signatory", path, message, Severity.ERROR)


def people_nip(context: PlanContext) -> Iterable[Problem]:
    for n, person in enumerate(context.plan.people):
        problem = nip_problem(person.nip)
        if problem is not None:
            yield context.warn("bad-nip", ("people", n, "nip"), problem)


def settings_signatories(settings_file: Path | None, settings: WorkspaceSettings) -> list[Problem]:
    """The workspace file's own: `signed_by` and `acknowledged_by` naming no signatory,
    and signatories whose NIP is not 18 digits."""
    found: list[Problem] = []
    preferences = settings.settings
    for key in ("signed_by", "acknowledged_by"):
        ident = getattr(preferences, key)
        if ident is not None and settings.signatory(ident) is None:
            about = msg("entity.table", name="settings")
            message = msg("problem.about", entity=about, problem=_unknown(ident, settings))
            at: DocumentPath = ("settings", key)
            found.append(Problem("unknown-signatory", Severity.ERROR, message, settings_file, at))
    for n, signatory in enumerate(settings.signatories):
        problem = nip_problem(signatory.nip)
        if problem is not None:
            about = msg(
                "entity.signatories", id=one_line(signatory.id), called=one_line(signatory.name)
            )
            message = msg("problem.about", entity=about, problem=problem)
            at = ("signatories", n, "nip")
            found.append(Problem("bad-nip", Severity.WARNING, message, settings_file, at))
    return found
