"""Signatories in the app: added in the workspace settings, picked as the workspace's
signer, a plan's `[signing]` set from the overview and undone; rank and NIP in the
person form."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import (
    SIZE,
    new_app,
    open_plan,
    open_roster,
    person_in_file,
    plan_data,
    run_command,
    settle,
    static_text,
    table,
)
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Label, Select, Static

from gathertui.glance import SETTINGS_FILE
from gathertui.storage import canonical_text, load_plan, load_settings
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.record_form import RecordForm
from gathertui.tui.screens.settings import SettingsScreen, SignatoryForm

KADIS = "Dra. Ratna Wulandari, M.Si."
OFFICE = "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian"
SIGNATORIES = """
[[signatories]]
id = "kadis-kominfo"
name = "Dra. Ratna Wulandari, M.Si."
office = "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian"

[[signatories]]
id = "sekda"
name = "Dr. Ir. Bambang Suryanto, M.T."
office = "Sekretaris Daerah"
"""


@pytest.fixture
def workspace(workspace: Path) -> Path:
    """The example workspace before anyone signs: no signatories, no plan's signing."""
    settings_path = workspace / SETTINGS_FILE
    settings = load_settings(settings_path).model
    settings.signatories = []
    settings.settings.signed_by = settings.settings.acknowledged_by = None
    settings_path.write_text(canonical_text(settings), encoding="utf-8")
    for path in workspace.glob("20*.toml"):
        plan = load_plan(path).model
        plan.signing = None
        path.write_text(canonical_text(plan), encoding="utf-8")
    return workspace


async def fill(pilot: Pilot[None], app: GathertuiApp, **values: str) -> None:
    for field, text in values.items():
        app.screen.query_one(f"#{field}", Input).value = text
    await pilot.pause()


def errors(app: GathertuiApp) -> str:
    return str(app.screen.query_one("#errors", Static).render())


async def open_settings(pilot: Pilot[None], app: GathertuiApp) -> SettingsScreen:
    await pilot.press("s")
    await settle(pilot, lambda: isinstance(app.screen, SettingsScreen))
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


async def test_a_signatory_added_undone_and_picked_to_sign(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot, app)
        table(app, "signatories").focus()
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, SignatoryForm)
        labels = [str(label.content) for label in form.query(Label).results()]
        assert labels == ["Name", "Id", "Office", "Pangkat (grade)", "NIP", "Notes"]
        await fill(pilot, app, name=KADIS)
        # The id is made from the name when left empty; the hint says which.
        assert form.query_one("#id", Input).placeholder == "dra-ratna-wulandari-m-si"
        assert errors(app) == "Office is needed"
        await fill(pilot, app, office=OFFICE, rank="Pembina Tingkat I (IV/b)")
        await fill(pilot, app, nip="19750312 200003 2 004")
        await pilot.press("enter")
        assert app.screen is screen
        assert table(app, "signatories").rows == [(KADIS, OFFICE)]
        await pilot.press("ctrl+z")
        assert table(app, "signatories").rows == []

        await pilot.press("a")
        await fill(pilot, app, name=KADIS, id="kadis-kominfo", office=OFFICE)
        await pilot.press("enter")
        # A second one may not take the first one's id.
        await pilot.press("a")
        await fill(pilot, app, name="Dr. Ir. Bambang Suryanto, M.T.", office="Sekretaris Daerah")
        await fill(pilot, app, id="kadis-kominfo")
        assert errors(app) == "The id kadis-kominfo is already another signatory's"
        await fill(pilot, app, id="")
        await pilot.press("enter")
        assert len(table(app, "signatories").rows) == 2

        # The settings form offers them by name; the file keeps the id.
        await pilot.press("o")
        assert isinstance(app.screen, RecordForm)
        signer = app.screen.query_one("#signed_by", Select)
        assert [str(prompt) for prompt, _ in signer._options][1:] == [
            KADIS,
            "Dr. Ir. Bambang Suryanto, M.T.",
        ]
        signer.value = "kadis-kominfo"
        app.screen.query_one("#acknowledged_by", Select).value = "dr-ir-bambang-suryanto-m-t"
        await pilot.pause()
        await pilot.press("enter")
        assert app.screen is screen
        summary = static_text(screen.query_one("#preferences", Static))
        assert f"Signed by: {KADIS}" in summary
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.dirty
    saved = plan_data(path)
    assert saved["settings"]["signed_by"] == "kadis-kominfo"
    assert saved["settings"]["acknowledged_by"] == "dr-ir-bambang-suryanto-m-t"
    assert saved["signatories"] == [
        {"id": "kadis-kominfo", "name": KADIS, "office": OFFICE},
        {
            "id": "dr-ir-bambang-suryanto-m-t",
            "name": "Dr. Ir. Bambang Suryanto, M.T.",
            "office": "Sekretaris Daerah",
        },
    ]


def overview_signers(app: GathertuiApp) -> str:
    event = static_text(app.screen.query_one("#event", Static))
    line = next(line for line in event.splitlines() if line.startswith("Signed by"))
    return line.rstrip()


async def test_a_plans_signing_set_saved_and_undone(workspace: Path, visit: Path) -> None:
    settings = workspace / SETTINGS_FILE
    text = settings.read_text(encoding="utf-8")
    text = text.replace(
        'timezone = "Asia/Jakarta"\n', 'timezone = "Asia/Jakarta"\nsigned_by = "kadis-kominfo"\n'
    )
    settings.write_text(text + SIGNATORIES, encoding="utf-8")
    # A per-printout choice the form does not show, kept by a save.
    plan = visit.read_text(encoding="utf-8")
    first_venue = plan.index("[[venues]]")
    signing = '[signing]\nprintouts = { attendance = "sekda" }\n\n'
    visit.write_text(plan[:first_venue] + signing + plan[first_venue:], encoding="utf-8")

    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        assert overview_signers(app).split(maxsplit=2)[2].strip() == KADIS
        await pilot.press("t")
        form = app.screen
        assert isinstance(form, RecordForm)
        signer = form.query_one("#signed_by", Select)
        assert signer.value == Select.NULL  # unset: as the workspace
        assert str(signer.prompt) == "(as the workspace)"
        assert form.query_one("#acknowledged", Checkbox).value is True
        signer.value = "sekda"
        form.query_one("#acknowledged_by", Select).value = "kadis-kominfo"
        await fill(pilot, app, place="Semarang", dated="2023-05-22")
        await pilot.pause()
        await pilot.press("enter")
        assert app.screen is screen and screen.session.dirty
        assert "Dr. Ir. Bambang Suryanto, M.T. · acknowledged by " + KADIS in overview_signers(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.session.dirty
        saved = plan_data(visit)["signing"]
        assert saved == {
            "signed_by": "sekda",
            "acknowledged_by": "kadis-kominfo",
            "place": "Semarang",
            "dated": saved["dated"],
            "printouts": {"attendance": "sekda"},
        }
        assert saved["dated"].isoformat() == "2023-05-22"

        # No "Mengetahui" block on this plan: the box unticked.
        await pilot.press("t")
        app.screen.query_one("#acknowledged", Checkbox).value = False
        await pilot.pause()
        await pilot.press("enter")
        assert overview_signers(app).endswith("Dr. Ir. Bambang Suryanto, M.T.")
        assert screen.session.plan.signing is not None
        assert screen.session.plan.signing.acknowledged is False

        # Undone twice: the plan as the file had it at first.
        await pilot.press("ctrl+z", "ctrl+z")
        await pilot.pause()
        assert screen.session.plan.signing is not None
        assert screen.session.plan.signing.signed_by is None
        assert screen.session.plan.signing.printouts == {"attendance": "sekda"}
        assert overview_signers(app).split(maxsplit=2)[2].strip() == KADIS


async def test_a_signing_left_as_it_was_changes_nothing(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        assert "nobody: the printouts have no signature block" in overview_signers(app)
        await pilot.press("t", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty and screen.session.plan.signing is None


async def test_rank_and_nip_are_the_person_forms_last_fields(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        labels = [str(label.content) for label in form.query(Label).results()]
        assert labels[-2:] == ["Pangkat (grade)", "NIP"]
        assert form.query_one("#nip", Input).placeholder == "18 digits"
        # The empty rank override is optional: passing it does not mark it invalid.
        precedence = form.query_one("#precedence", Input)
        precedence.focus()
        await pilot.press("tab")
        await pilot.pause()
        assert not precedence.has_class("-invalid")
        await fill(pilot, app, rank="Pembina (IV/a)", nip="19700101 199503 1 001")
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
    saved = person_in_file(visit, "abd-rachman-tuwo")
    assert saved["rank"] == "Pembina (IV/a)"
    assert saved["nip"] == "19700101 199503 1 001"
    assert saved["name"] == "Abd Rachman Tuwo"


async def test_the_palette_opens_the_signing_from_any_tab(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await run_command(pilot, app, "who signs", "Who signs the printouts")
        assert isinstance(app.screen, RecordForm)
        assert app.screen.query_one("#signed_by", Select).has_focus
