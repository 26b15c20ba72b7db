"""The invitation letter's fields in the app: opened from the overview with `u` and from
the palette, saved to `[invitation]` with the invitees the form does not show kept, and
undone like any edit."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, open_plan, open_roster, plan_data, run_command
from textual.widgets import Checkbox, Input

from gathertui.tui.modals.record_form import RecordForm


async def test_the_invitation_set_saved_and_undone(workspace: Path, visit: Path) -> None:
    plan = visit.read_text(encoding="utf-8")
    first_venue = plan.index("[[venues]]")
    # The invitees the form does not show, kept by a save.
    table = '[invitation]\ninvitees = ["sunarto"]\n\n'
    visit.write_text(plan[:first_venue] + table + plan[first_venue:], encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("u")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, RecordForm)
        assert form.query_one("#number", Input).has_focus
        assert form.query_one("#nature", Input).placeholder == "Biasa"
        assert form.query_one("#merge", Checkbox).value is True
        assert form.query_one("#attach_rundown", Checkbox).value is True
        form.query_one("#number", Input).value = "005/123/Prokompim/2023"
        form.query_one("#nature", Input).value = "Segera"
        form.query_one("#merge", Checkbox).value = False
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.session.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert plan_data(visit)["invitation"] == {
            "number": "005/123/Prokompim/2023",
            "nature": "Segera",
            "invitees": ["sunarto"],
            "merge": False,
        }
        await pilot.press("ctrl+z")
        await pilot.pause()
        invitation = screen.session.plan.invitation
        assert invitation is not None
        assert (invitation.number, invitation.merge, invitation.invitees) == (
            None,
            True,
            ["sunarto"],
        )


async def test_an_invitation_left_as_it_was_changes_nothing(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("u", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty and screen.session.plan.invitation is None


async def test_the_palette_opens_the_invitation_from_any_tab(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await run_command(pilot, app, "invitation", "Invitation letter")
        assert isinstance(app.screen, RecordForm)
        assert app.screen.query_one("#number", Input).has_focus


async def test_the_letter_exported_from_the_app_as_docx(workspace: Path, visit: Path) -> None:
    import io

    import docx
    from textual.widgets import Select

    from gathertui.tui.modals.export_form import ExportForm

    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("x")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ExportForm)
        form.query_one("#what", Select).value = "invitation"
        await pilot.pause()
        formats = form.query_one("#format", Select)
        assert [value for _, value in formats._options] == ["pdf", "docx", "txt", "md"]
        formats.value = "docx"
        await pilot.pause()
        path = form.query_one("#path", Input)
        assert path.value == visit.stem + "-surat-undangan.docx"
        path.focus()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    written = visit.with_name(visit.stem + "-surat-undangan.docx").read_bytes()
    paragraphs = [p.text for p in docx.Document(io.BytesIO(written)).paragraphs]
    assert "To: Wali Kota Semarang" in paragraphs  # the app speaks English in the tests
