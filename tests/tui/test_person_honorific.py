"""A person's honorific in the person form: after the name, with a hint, saved to the
file, and cleared again."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, open_roster, person_in_file, type_text
from textual.widgets import Input, Label

from gathertui.tui.modals.person_form import PersonForm


async def test_the_honorific_is_typed_after_the_name_and_saved(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        honorific = form.query_one("#honorific", Input)
        assert honorific.value == "" and honorific.placeholder == "Bapak, Ibu, Dr., H."
        labels = [str(label.content) for label in form.query(Label).results()]
        assert labels[:2] == ["Name", "Honorific"]
        await pilot.press("tab")
        assert app.focused is honorific
        await type_text(pilot, "Drs. H.")
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
        assert app.screen is screen and not screen.session.dirty
        saved = person_in_file(visit, "abd-rachman-tuwo")
        assert saved["honorific"] == "Drs. H."
        # The fields the form did not touch are kept.
        assert saved["name"] == "Abd Rachman Tuwo"
        assert saved["notes"].startswith("Memimpin rombongan")

        # Emptied, the key leaves the file.
        await pilot.press("e")
        await pilot.pause()
        edit = app.screen
        assert isinstance(edit, PersonForm)
        assert edit.query_one("#honorific", Input).value == "Drs. H."
        edit.query_one("#honorific", Input).value = ""
        await pilot.pause()
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
        assert "honorific" not in person_in_file(visit, "abd-rachman-tuwo")
