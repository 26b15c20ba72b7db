"""Forms with fewer keys: Enter submits from any field, a letter picks in a dropdown, the
messages name fields as labelled, defaults follow what is already in the plan, and the
venue of a whole day is set at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import (
    SIZE,
    new_app,
    notifications,
    open_plan,
    open_roster,
    person_in_file,
    plan_data,
    settle,
    static_text,
    type_text,
)
from textual.pilot import Pilot
from textual.widgets import (
    Checkbox,
    Input,
    OptionList,
    Select,
    SelectionList,
    Static,
    TabbedContent,
)

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.agenda_form import AgendaForm
from gathertui.tui.modals.event_form import EventForm
from gathertui.tui.modals.new_plan import NewPlanForm
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.pick import Pick
from gathertui.tui.screens.plan import PlanScreen


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _with_a_second_day_and_hall(visit: Path) -> None:
    """A two-day visit with a second venue; the second day's one item is in the hall."""
    _edit(visit, "end = 2023-05-26", "end = 2023-05-27")
    with visit.open("a", encoding="utf-8") as file:
        file.write(
            '\n[[venues]]\nid = "balai"\nname = "Balai Kota"\n'
            '\n[[agenda]]\nid = "kunjungan-pabrik"\nday = 2023-05-27\nstart = 09:00:00\n'
            'minutes = 60\ntitle = "Kunjungan pabrik"\nvenue = "balai"\n'
        )


async def _open_agenda(pilot: Pilot[None], app: GathertuiApp) -> PlanScreen:
    screen = await open_plan(pilot, app)
    await pilot.press("3")
    await pilot.pause()
    assert screen.query_one("#tabs", TabbedContent).active == "agenda"
    return screen


async def _form(pilot: Pilot[None], app: GathertuiApp, key: str, kind: type) -> object:
    await pilot.press(key)
    await settle(pilot, lambda: isinstance(app.screen, kind))
    return app.screen


def _errors(form: object) -> str:
    assert isinstance(form, AgendaForm | EventForm | PersonForm | NewPlanForm)
    return static_text(form.query_one("#errors", Static))


# Enter submits from any field


async def test_enter_on_the_checkbox_submits_and_does_not_tick(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_agenda(pilot, app)
        form = await _form(pilot, app, "e", AgendaForm)
        assert isinstance(form, AgendaForm)
        await pilot.press("tab", "tab", "tab")  # day, start, minutes
        await pilot.press("home", "shift+end", "2", "0")
        await pilot.press("tab")
        assert app.focused is form.query_one("#pinned", Checkbox)
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    first = plan_data(visit)["agenda"][0]
    assert first["minutes"] == 20
    assert "pinned" not in first


async def test_enter_in_the_speakers_list_ticks_and_does_not_submit(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _open_agenda(pilot, app)
        form = await _form(pilot, app, "e", AgendaForm)
        assert isinstance(form, AgendaForm)
        speakers = form.query_one("#speakers", SelectionList)
        speakers.focus()
        await pilot.pause()
        assert speakers.selected == []
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        assert speakers.selected == ["abd-rachman-tuwo"]


async def test_enter_on_a_closed_dropdown_submits_and_space_opens_it(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        form = await _form(pilot, app, "a", PersonForm)
        assert isinstance(form, PersonForm)
        await type_text(pilot, "Budi Santoso")
        await pilot.press("tab", "tab", "tab", "tab")  # honorific, position, org.
        delegation = form.query_one("#delegation", Select)
        assert app.focused is delegation
        await pilot.press("space")
        await pilot.pause()
        assert delegation.expanded
        # In the open list, Enter picks the highlighted choice and the form stays.
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is form and not delegation.expanded
        assert delegation.value == "mojokerto"
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert person_in_file(visit, "budi-santoso")["delegation"] == "mojokerto"


async def test_a_letter_picks_the_next_choice_starting_with_it(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        form = await _form(pilot, app, "a", PersonForm)
        assert isinstance(form, PersonForm)
        category = form.query_one("#category", Select)
        attendance = form.query_one("#attendance", Select)
        category.focus()
        await pilot.pause()
        assert category.value == "staff"  # the delegation's last person's
        picked = []
        for _ in range(3):
            await pilot.press("o")
            await pilot.pause()
            picked.append(category.value)
        assert picked == ["online", "other", "official"]
        assert not category.expanded
        assert static_text(category.query_one("#label", Static)) == "official"
        attendance.focus()
        await pilot.press("c")
        await pilot.pause()
        assert attendance.value == "confirmed"
        # A letter no choice starts with changes nothing.
        await pilot.press("z")
        await pilot.pause()
        assert attendance.value == "confirmed"


# Messages name the field as labelled


@pytest.mark.parametrize(
    ("lang", "needed", "more_than"),
    [
        ("en", "Minutes is needed", "Minutes must be more than 0"),
        ("id", "Menit perlu diisi", "Menit harus lebih dari 0"),
    ],
)
async def test_agenda_form_names_the_minutes_as_labelled(
    workspace: Path, lang: str, needed: str, more_than: str
) -> None:
    app = new_app(workspace, lang)
    async with app.run_test(size=SIZE) as pilot:
        await _open_agenda(pilot, app)
        form = await _form(pilot, app, "e", AgendaForm)
        assert isinstance(form, AgendaForm)
        form.query_one("#minutes", Input).focus()
        await pilot.press("home", "shift+end", "backspace")
        await pilot.pause()
        assert _errors(form) == needed
        await pilot.press("0")
        await pilot.pause()
        assert _errors(form) == more_than


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Last day (2023-05-25) is before the first day"),
        ("id", "Hari terakhir (2023-05-25) lebih awal dari hari pertama"),
    ],
)
async def test_event_form_names_the_days_as_labelled(workspace: Path, lang: str, said: str) -> None:
    app = new_app(workspace, lang)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        form = await _form(pilot, app, "e", EventForm)
        assert isinstance(form, EventForm)
        form.query_one("#end", Input).focus()
        await pilot.press("home", "shift+end", *"2023-05-25")
        await pilot.pause()
        assert _errors(form) == said


# The new plan's date


async def test_new_plan_flags_a_bad_date_under_it_as_typed(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        form = await _form(pilot, app, "n", NewPlanForm)
        assert isinstance(form, NewPlanForm)
        start = form.query_one("#start", Input)
        error = form.query_one("#start-error", Static)
        file = form.query_one("#file", Input)
        assert start.placeholder == "2025-03-14"
        assert not error.display
        await type_text(pilot, "Rapat")
        start.focus()
        await pilot.press("home", "shift+end")
        await type_text(pilot, "14-03-2025")
        await pilot.pause()
        assert error.display
        assert static_text(error) == "First day: a date like 2024-03-14"
        assert start.has_class("-invalid")
        assert file.value == "2024-12-01-rapat.toml"  # the last good date, not the bad one
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        await pilot.press("home", "shift+end", *"2025-03-14")
        await pilot.pause()
        assert not error.display
        assert not start.has_class("-invalid")
        assert file.value == "2025-03-14-rapat.toml"
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is not form)
    assert plan_data(workspace / "2025-03-14-rapat.toml")["event"]["start"].isoformat() == (
        "2025-03-14"
    )


# Defaults from what the plan holds


async def test_a_new_persons_category_follows_the_delegation(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        form = await _form(pilot, app, "a", PersonForm)
        assert isinstance(form, PersonForm)
        # The fields filled in most come first.
        order = [w.id for w in form.query("Input, Select").results() if w.id]
        assert order[:7] == [
            "name",
            "honorific",
            "position",
            "organization",
            "delegation",
            "category",
            "attendance",
        ]
        category = form.query_one("#category", Select)
        assert category.value == "staff"  # Semarang's last person is staff
        form.query_one("#delegation", Select).value = "mojokerto"
        await pilot.pause()
        assert category.value == "official"
        # Once the person picks a category, the delegation no longer changes it.
        category.value = "tv"
        await pilot.pause()
        form.query_one("#delegation", Select).value = "semarang"
        await pilot.pause()
        assert category.value == "tv"


async def test_a_delegations_first_person_is_an_official(workspace: Path, visit: Path) -> None:
    with visit.open("a", encoding="utf-8") as file:
        file.write('\n[[delegations]]\nid = "dprd"\nname = "DPRD Kota Semarang"\n')
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        form = await _form(pilot, app, "a", PersonForm)
        assert isinstance(form, PersonForm)
        form.query_one("#delegation", Select).value = "dprd"
        await pilot.pause()
        assert form.query_one("#category", Select).value == "official"


async def test_a_new_item_is_in_the_venue_of_the_item_before_it(
    workspace: Path, visit: Path
) -> None:
    _with_a_second_day_and_hall(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _open_agenda(pilot, app)
        await pilot.press("end")
        await pilot.pause()
        form = await _form(pilot, app, "a", AgendaForm)
        assert isinstance(form, AgendaForm)
        assert form.query_one("#venue", Select).value == "balai"
        await pilot.press("escape")
        await pilot.press("home")
        await pilot.pause()
        form = await _form(pilot, app, "a", AgendaForm)
        assert isinstance(form, AgendaForm)
        assert form.query_one("#venue", Select).value == "lokakrida"


# The venue of a whole day


async def test_v_sets_the_venue_of_every_item_of_the_day_and_undo_restores(
    workspace: Path, visit: Path
) -> None:
    _with_a_second_day_and_hall(visit)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_agenda(pilot, app)
        pick = await _form(pilot, app, "v", Pick)
        assert isinstance(pick, Pick)
        assert static_text(pick.query_one(".title", Static)) == (
            "Venue of every item on Friday, 26 May 2023"
        )
        options = pick.query_one(OptionList)
        options.highlighted = 1  # Balai Kota
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)
        assert {i.venue for i in screen.session.plan.agenda} == {"balai"}
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert {item["venue"] for item in plan_data(visit)["agenda"]} == {"balai"}
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert notifications(app)[-1] == "Undone: All items of the day in Balai Kota"
        await pilot.press("ctrl+s")
        await pilot.pause()
    venues = [item.get("venue") for item in plan_data(visit)["agenda"]]
    assert venues == ["lokakrida"] * (len(venues) - 1) + ["balai"]
