"""Copy WhatsApp text: `w` or the palette in the plan screen, a pick of the rundown or the
media invitation, the text on the clipboard (OSC 52) and in a file the notification
names, for terminals that ignore OSC 52."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, notifications, open_plan, pick_option, run_command

from gathertui.exports.whatsapp import MEDIA, RUNDOWN, message
from gathertui.storage import load_plan, load_settings
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.pick import Pick


def _copied(app: GathertuiApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", texts.append)
    return texts


def _expected(workspace: Path, visit: Path, which: str, lang: str) -> str:
    settings = load_settings(workspace / "gathertui.toml").model
    return message(load_plan(visit).model, settings, lang, which)


@pytest.mark.parametrize(("which", "lang"), [(RUNDOWN, "en"), (MEDIA, "id")])
async def test_w_copies_the_chosen_text_and_writes_it_to_a_file(
    workspace: Path,
    visit: Path,
    state_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    which: str,
    lang: str,
) -> None:
    app = new_app(workspace, lang=lang)
    copied = _copied(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, Pick)
        await pick_option(pilot, app, which)
        await pilot.pause()
        expected = _expected(workspace, visit, which, lang)
        assert copied == [expected]
        written = state_dir / "whatsapp" / f"{visit.stem}-{which}.txt"
        assert written.read_text(encoding="utf-8") == expected
        assert any(str(written) in note for note in notifications(app))


async def test_the_palette_copies_the_rundown(
    workspace: Path, visit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = new_app(workspace)
    copied = _copied(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await run_command(pilot, app, "Copy WhatsApp", "Copy WhatsApp text")
        assert isinstance(app.screen, Pick)
        await pick_option(pilot, app, RUNDOWN)
        assert copied == [_expected(workspace, visit, RUNDOWN, "en")]
        assert copied[0].startswith("*PROGRAMME*\n")


async def test_escape_copies_nothing(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = new_app(workspace)
    copied = _copied(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert copied == [] and not isinstance(app.screen, Pick)


async def test_a_state_folder_that_cannot_take_the_file_is_said(
    workspace: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state_dir.mkdir(parents=True, exist_ok=True)
    # A file where the folder would go.
    (state_dir / "whatsapp").write_text("in the way", encoding="utf-8")
    app = new_app(workspace)
    copied = _copied(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        await pick_option(pilot, app, MEDIA)
        assert len(copied) == 1
        assert any("was not written" in note for note in notifications(app))


async def test_the_export_dialog_makes_the_mc_script_and_the_whatsapp_texts(
    workspace: Path, visit: Path
) -> None:
    from textual.widgets import Input, Select

    from gathertui.tui.modals.export_form import ExportForm

    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        for what, fmt, name, start in (
            ("mc-script", "txt", "naskah-pembawa-acara.txt", "MC'S SCRIPT"),
            ("whatsapp", "txt", "whatsapp.txt", "*PROGRAMME*"),
        ):
            await pilot.press("x")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, ExportForm)
            form.query_one("#what", Select).value = what
            await pilot.pause()
            form.query_one("#format", Select).value = fmt
            await pilot.pause()
            path = form.query_one("#path", Input)
            assert path.value == f"{visit.stem}-{name}"
            path.focus()
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            written = visit.with_name(f"{visit.stem}-{name}").read_text(encoding="utf-8")
            assert written.lstrip().startswith(start)
