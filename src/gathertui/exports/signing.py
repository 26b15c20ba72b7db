"""Who signs a printout, and the signature block's lines in the chosen language.

The signer is the one the plan names for this printout, else the plan's signer, else
the workspace's. A "Mengetahui" block is added for the plan's (else the workspace's)
acknowledging official, unless the plan turns it off; an official never acknowledges
their own signature. An id the workspace does not know gives no block (`check` says
so): printing another official's name than the one asked for would be worse.
"""

from __future__ import annotations

from gathertui.exports.document import SignatureBlock, SigningOfficial
from gathertui.i18n import tr
from gathertui.i18n.dates import letter_date
from gathertui.model.plan import Plan, Signing
from gathertui.model.workspace import Signatory, WorkspaceSettings
from gathertui.text import one_line
from gathertui.today import today


def signature_block(
    plan: Plan | None, settings: WorkspaceSettings | None, printout: str, lang: str
) -> SignatureBlock | None:
    """The block under printout `printout` ("agenda", ..., "calendar"; `plan` None for
    the calendar), or None when nobody signs it."""
    if settings is None:
        return None
    signing = (plan.signing if plan else None) or Signing()
    preferences = settings.settings
    signer_id = signing.printouts.get(printout) or signing.signed_by or preferences.signed_by
    signer = settings.signatory(signer_id)
    if signer is None:
        return None
    acknowledger = None
    if signing.acknowledged:
        acknowledger = settings.signatory(signing.acknowledged_by or preferences.acknowledged_by)
    if acknowledger is not None and acknowledger.id == signer.id:
        acknowledger = None
    return SignatureBlock(
        place_date(plan, settings, lang),
        _official(signer, "", lang),
        _official(acknowledger, tr("print.sign.acknowledged", lang), lang)
        if acknowledger
        else None,
    )


def signing_place(plan: Plan | None, settings: WorkspaceSettings | None) -> str:
    """Where the plan's documents are dated: the plan's `place`, else the city of the
    workspace's organisation; "" when neither says."""
    signing = (plan.signing if plan else None) or Signing()
    organization = settings.organization if settings else None
    return one_line(signing.place or (organization.city if organization else None) or "")


def place_date(plan: Plan | None, settings: WorkspaceSettings | None, lang: str) -> str:
    """ "Semarang, 22 Mei 2023": the plan's signing place (else the organisation's city)
    and date (else today); the date alone without a place."""
    signing = (plan.signing if plan else None) or Signing()
    place = signing_place(plan, settings)
    day = letter_date(signing.dated or today(), lang)
    return tr("print.sign.place_date", lang, place=place, date=day) if place else day


def _official(signatory: Signatory, lead: str, lang: str) -> SigningOfficial:
    office = one_line(signatory.office).rstrip(",")
    nip = one_line(signatory.nip or "")
    return SigningOfficial(
        lead=lead,
        office=f"{office}," if office else "",
        name=one_line(signatory.name),
        rank=one_line(signatory.rank or ""),
        nip=tr("print.sign.nip", lang, nip=nip) if nip else "",
    )
