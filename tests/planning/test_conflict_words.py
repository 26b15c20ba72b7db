"""A merge's conflicts in words: the place named as the app names it, each side's value
in the UI's words, an entity with its key facts."""

from __future__ import annotations

from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.conflict_words import conflict_words
from helpers import load_text

PLAN = """\
schema_version = 1

[event]
title = "Media Gathering"
kind = "media-gathering"
start = 2025-02-20

[[delegations]]
id = "media"
name = "Rombongan Media"
quotas = { print = 4 }

[[people]]
id = "siti"
name = "Siti Rahayu"
delegation = "media"

[[agenda]]
id = "sambutan"
start = 09:00:00
minutes = 15
title = "Sambutan"
pic = "siti"

[[conflicts]]
path = "delegations.media.quotas.print"
ours = 4
theirs = 6
base = 3

[[conflicts]]
path = "agenda.sambutan.pic"
ours = "siti"

[[conflicts]]
path = "people.siti.attendance"
ours = "confirmed"
theirs = "declined"

[[conflicts]]
path = "agenda.sambutan"
ours = { id = "sambutan", start = 09:00:00, minutes = 15, title = "Sambutan" }
"""


def test_places_and_values_read_as_the_app_says_them() -> None:
    plan = load_text(PLAN)
    quota, pic, attendance, item = conflict_words(plan, "en")
    assert quota.place.startswith("Delegations Rombongan Media: ")
    assert (quota.ours, quota.theirs, quota.base) == ("4", "6", "3")
    assert pic.place == "Rundown Sambutan: In charge"
    assert (pic.ours, pic.theirs, pic.base) == ("Siti Rahayu", "(none)", "")
    # Unset before the merge: the default, as the app shows an unset attendance.
    assert (attendance.ours, attendance.theirs, attendance.base) == (
        "confirmed",
        "declined",
        "invited",
    )
    assert item.place == "Rundown Sambutan"
    assert item.ours == "Sambutan (09.00, 15 min)"
    assert item.theirs == "(removed)"
    assert not item.both


def test_in_indonesian() -> None:
    _, pic, _, item = conflict_words(load_text(PLAN), "id")
    assert pic.place == "Susunan Acara Sambutan: Penanggung jawab"
    assert item.theirs == "(dihapus)"


def test_gathertui_toml_names_signatories() -> None:
    settings = WorkspaceSettings.model_validate(
        {
            "signatories": [{"id": "sekda", "name": "Drs. Bambang", "office": "Sekda"}],
            "conflicts": [
                {"path": "settings.signed_by", "ours": "sekda", "theirs": "kadis"},
                {"path": "signatories.sekda", "theirs": {"id": "sekda", "name": "Drs. B."}},
            ],
        }
    )
    signed, person = conflict_words(settings, "en")
    assert (signed.place, signed.ours, signed.theirs) == ("Signed by", "Drs. Bambang", "kadis")
    assert person.place == "Drs. Bambang"
    assert (person.ours, person.theirs) == ("(removed)", "Drs. B.")
