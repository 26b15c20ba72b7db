"""The Agenda tab as a person uses it: lengths, pins, adding, editing, deleting, moving,
duplicating, reflow, days, undo and redo; checked on the screen and in the saved file."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any, cast

from flow_helpers import (
    SIZE,
    cursor_row,
    new_app,
    notifications,
    open_plan,
    plan_data,
    run_command,
    settle,
    static_text,
    table,
    type_text,
)
from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList, Static, TabbedContent

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.agenda_form import AgendaForm
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.pick import Pick
from gathertui.tui.panes.agenda import AgendaPane
from gathertui.tui.screens.plan import PlanScreen

AGENDA = "agenda-table"
# The columns of the agenda table.
TIME, TITLE, VENUE, PIC, SPEAKERS, MINUTES, PIN, WARN = range(8)

# The visit's rundown as the example file has it: id, start, minutes, title.
ORIGINAL = [
    ("kedatangan-registrasi", "09:45", 15, "Kedatangan rombongan dan registrasi"),
    ("pembukaan", "10:00", 5, "Pembukaan oleh pembawa acara"),
    ("indonesia-raya", "10:05", 5, "Menyanyikan lagu Indonesia Raya"),
    (
        "sambutan-tuan-rumah",
        "10:10",
        10,
        "Sambutan Kepala Diskominfo Kota Semarang mewakili Wali Kota",
    ),
    ("sambutan-asisten-iii", "10:20", 10, "Sambutan Asisten III Administrasi Kota Mojokerto"),
    ("paparan-kompimpro", "10:30", 20, "Paparan kolaborasi Pemkot Semarang dengan media massa"),
    ("paparan-kalender-wisata", "10:50", 15, "Paparan kalender wisata Kota Semarang"),
    ("diskusi", "11:05", 30, "Diskusi dan tanya jawab"),
    ("penyerahan-cenderamata", "11:35", 10, "Penyerahan cenderamata"),
    ("foto-bersama", "11:45", 10, "Foto bersama"),
    ("ramah-tamah", "11:55", 35, "Ramah tamah"),
]
IDS = [ident for ident, _, _, _ in ORIGINAL]
TITLES = [title for _, _, _, title in ORIGINAL]
STARTS = [start for _, start, _, _ in ORIGINAL]


# Reading the screen


def agenda_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return table(app, AGENDA).rows


def pane(app: GathertuiApp) -> AgendaPane:
    return app.screen.query_one(AgendaPane)


def item_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    """The rows of items, without the day headings."""
    refs = pane(app).refs
    return [row for row, ref in zip(agenda_rows(app), refs, strict=True) if isinstance(ref, str)]


def headings(app: GathertuiApp) -> list[tuple[str, ...]]:
    refs = pane(app).refs
    return [row for row, ref in zip(agenda_rows(app), refs, strict=True) if isinstance(ref, date)]


def shown_titles(app: GathertuiApp) -> list[str]:
    return [row[TITLE] for row in item_rows(app)]


def shown_times(app: GathertuiApp) -> list[str]:
    """Each item's time as the table shows it: "09.45–10.00 WIB" → "09:45-10:00"."""
    return [
        row[TIME].removesuffix(" WIB").replace(".", ":").replace("–", "-") for row in item_rows(app)
    ]


def selected(app: GathertuiApp) -> tuple[str, ...]:
    return cursor_row(app, AGENDA)


def notes(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#agenda-notes", Static))


# Reading the file


def clock(value: time) -> str:
    return value.strftime("%H:%M")


def agenda_in_file(path: Path) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan_data(path)["agenda"])


def item_in_file(path: Path, ident: str) -> dict[str, Any]:
    return next(item for item in agenda_in_file(path) if item["id"] == ident)


def starts_in_file(path: Path) -> list[tuple[str, str]]:
    return [(item["id"], clock(item["start"])) for item in agenda_in_file(path)]


def spans(start: str, minutes: list[int]) -> list[str]:
    """Back-to-back items from `start` with these lengths, as "HH:MM-HH:MM"."""
    hours, mins = map(int, start.split(":"))
    at = hours * 60 + mins
    found = []
    for length in minutes:
        found.append(f"{at // 60:02}:{at % 60:02}-{(at + length) // 60:02}:{(at + length) % 60:02}")
        at += length
    return found


def shifted(starts: list[str], delta: int) -> list[str]:
    moved = []
    for start in starts:
        hours, mins = map(int, start.split(":"))
        at = hours * 60 + mins + delta
        moved.append(f"{at // 60:02}:{at % 60:02}")
    return moved


def with_text(path: Path, old: str, new: str) -> None:
    """Edits the plan's file text before the app opens it."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


# Steps


async def open_agenda(pilot: Pilot[None], app: GathertuiApp) -> PlanScreen:
    screen = await open_plan(pilot, app)
    await pilot.press("3")
    await pilot.pause()
    assert screen.query_one("#tabs", TabbedContent).active == "agenda"
    return screen


async def go_to(pilot: Pilot[None], app: GathertuiApp, title: str) -> None:
    """Moves the cursor to the item row titled `title`, with the keyboard."""
    rows = agenda_rows(app)
    target = next(n for n, row in enumerate(rows) if row[TITLE] == title)
    widget = table(app, AGENDA)
    step = "down" if target > widget.cursor_row else "up"
    await pilot.press(*[step] * abs(target - widget.cursor_row))
    await pilot.pause()
    assert selected(app)[TITLE] == title


async def save(pilot: Pilot[None], screen: PlanScreen) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert not screen.session.dirty


async def replace_text(pilot: Pilot[None], text: str) -> None:
    """Replaces the focused Input's text by typing, as a person would."""
    await pilot.press("home", "shift+end", *text)
    await pilot.pause()


ORIGINAL_SPANS = spans("09:45", [m for _, _, m, _ in ORIGINAL])


# Opening the tab


async def test_agenda_tab_focuses_the_first_item_not_the_heading(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        widget = table(app, AGENDA)
        assert app.focused is widget
        assert widget.cursor_row == 1
        assert agenda_rows(app)[0][:2] == (
            "Day 1",
            "Friday, 26 May 2023 · 09.45–12.30 WIB · 2 h 45 min",
        )
        assert selected(app)[TIME] == "09.45–10.00 WIB"
        assert selected(app)[TITLE] == "Kedatangan rombongan dan registrasi"
        assert selected(app)[VENUE] == "Ruang Lokakrida"
        assert selected(app)[PIC] == "Kartika Hedi Aji"
        assert selected(app)[MINUTES] == "15"
        assert shown_titles(app) == TITLES
        assert shown_times(app) == ORIGINAL_SPANS
        # Under the table, the selected item in full, then its notes.
        assert notes(screen).splitlines() == [
            "Kedatangan rombongan dan registrasi · Ruang Lokakrida · Kartika Hedi Aji",
            "Rombongan tiba pukul 09.45 WIB. Contoh (example): durasi rekaan.",
        ]
        await pilot.press("down")
        await pilot.pause()
        assert selected(app)[TITLE] == "Pembukaan oleh pembawa acara"
        assert notes(screen).splitlines()[1:] == ["Contoh (example): acara dan durasi rekaan."]
        # Opening and looking changes nothing; the file still has the rundown as it was.
        assert not screen.session.dirty
        await save(pilot, screen)
    assert starts_in_file(visit) == list(zip(IDS, STARTS, strict=True))
    assert [item["minutes"] for item in agenda_in_file(visit)] == [m for _, _, m, _ in ORIGINAL]


# Longer and shorter


async def test_plus_makes_the_item_longer_and_later_items_follow(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("plus")
        await pilot.pause()
        assert selected(app)[TITLE] == TITLES[0]
        assert selected(app)[MINUTES] == "20"
        assert shown_times(app) == spans("09:45", [20] + [m for _, _, m, _ in ORIGINAL[1:]])
        assert agenda_rows(app)[0][1] == "Friday, 26 May 2023 · 09.45–12.35 WIB · 2 h 50 min"
        assert screen.session.dirty
        # Nothing is written before ctrl+s.
        assert item_in_file(visit, IDS[0])["minutes"] == 15
        await save(pilot, screen)
        assert f"Saved {visit}" in notifications(app)
    saved = agenda_in_file(visit)
    assert [item["id"] for item in saved] == IDS
    assert saved[0]["minutes"] == 20
    assert clock(saved[0]["start"]) == "09:45"
    # Every later item starts 5 minutes later and keeps its length.
    assert [clock(item["start"]) for item in saved[1:]] == shifted(STARTS[1:], 5)
    assert [item["minutes"] for item in saved[1:]] == [m for _, _, m, _ in ORIGINAL[1:]]


async def test_minus_makes_the_item_shorter_and_refuses_below_one_minute(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("minus")
        await pilot.pause()
        assert selected(app)[MINUTES] == "10"
        assert shown_times(app)[:2] == ["09:45-09:55", "09:55-10:00"]
        assert shown_times(app)[-1] == "11:50-12:25"
        # A 5-minute item cannot lose 5 more: said, and nothing changes.
        await pilot.press("down", "minus")
        await pilot.pause()
        assert notifications(app)[-1] == (
            '"Pembukaan oleh pembawa acara" cannot be shorter than 1 minute'
        )
        assert selected(app)[MINUTES] == "5"
        assert len(screen.session.editor.undo_stack) == 1
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert saved[0]["minutes"] == 10
    assert saved[1]["minutes"] == 5
    assert [clock(item["start"]) for item in saved[1:]] == shifted(STARTS[1:], -5)


# Pinning


async def test_pinned_item_keeps_its_start_when_an_earlier_item_grows(
    workspace: Path, visit: Path
) -> None:
    pinned_title = TITLES[3]  # Sambutan Kepala Diskominfo, 10.10
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, pinned_title)
        await pilot.press("p")
        await pilot.pause()
        assert selected(app)[TITLE] == pinned_title
        assert selected(app)[PIN] == "✓"
        assert [row[PIN] for row in item_rows(app)].count("✓") == 1
        assert shown_times(app) == ORIGINAL_SPANS  # pinning alone moves nothing
        await save(pilot, screen)
        saved = item_in_file(visit, "sambutan-tuan-rumah")
        assert saved["pinned"] is True
        assert clock(saved["start"]) == "10:10"

        # The first item grows by 5: the items before the pin follow, the pin stays.
        await go_to(pilot, app, TITLES[0])
        await pilot.press("plus")
        await pilot.pause()
        assert shown_titles(app) == TITLES
        assert shown_times(app)[:5] == [
            "09:45-10:05",
            "10:05-10:10",
            "10:10-10:15",
            "10:10-10:20",  # pinned: unchanged
            "10:20-10:30",  # after the pin: unchanged too
        ]
        assert shown_times(app)[5:] == ORIGINAL_SPANS[5:]
        # The overlap is a warning, in the row and under the table; both items are in
        # the same hall, so that is double-booked too.
        warned = {row[TITLE]: row[WARN] for row in item_rows(app) if row[WARN]}
        assert warned == {pinned_title: "⚠ 2"}
        await go_to(pilot, app, pinned_title)
        assert notes(screen).splitlines() == [
            f"{pinned_title} · Ruang Lokakrida · Sunarto · Sunarto",
            # About the selected item: not named again before each sentence.
            '⚠ Starts before "Menyanyikan lagu Indonesia Raya" ends at 10.15',
            "⚠ Ruang Lokakrida is booked twice at once: "
            '"Sambutan Kepala Diskominfo Kota Semarang mewakili Wali Kota" (10.10–10.20 WIB) '
            'and "Menyanyikan lagu Indonesia Raya" (10.10–10.15 WIB)',
            item_in_file(visit, "sambutan-tuan-rumah")["notes"],
        ]
        # A pinned item cannot be moved with the keyboard.
        await pilot.press("shift+up")
        await pilot.pause()
        assert notifications(app)[-1] == (
            f'"{pinned_title}" is pinned and keeps its time; unpin it (p) to move it'
        )
        assert shown_titles(app) == TITLES
        await save(pilot, screen)
    saved_items = {item["id"]: item for item in agenda_in_file(visit)}
    assert saved_items["kedatangan-registrasi"]["minutes"] == 20
    assert clock(saved_items["pembukaan"]["start"]) == "10:05"
    assert clock(saved_items["indonesia-raya"]["start"]) == "10:10"
    assert clock(saved_items["sambutan-tuan-rumah"]["start"]) == "10:10"
    assert saved_items["sambutan-tuan-rumah"]["pinned"] is True
    assert clock(saved_items["sambutan-asisten-iii"]["start"]) == "10:20"
    assert clock(saved_items["ramah-tamah"]["start"]) == "11:55"
    assert [ident for ident, item in saved_items.items() if item.get("pinned")] == [
        "sambutan-tuan-rumah"
    ]


async def test_p_again_unpins_and_the_item_follows_again(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, TITLES[3])
        await pilot.press("p")
        await pilot.pause()
        await go_to(pilot, app, TITLES[0])
        await pilot.press("plus")
        await pilot.pause()
        await go_to(pilot, app, TITLES[3])
        await pilot.press("p")
        await pilot.pause()
        # Unpinned, it follows the item before it, and so do the items after it.
        assert selected(app)[PIN] == ""
        assert shown_times(app) == spans("09:45", [20] + [m for _, _, m, _ in ORIGINAL[1:]])
        assert all(row[WARN] == "" for row in item_rows(app))
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert not any(item.get("pinned") for item in saved)
    assert [clock(item["start"]) for item in saved[1:]] == shifted(STARTS[1:], 5)


# Adding


async def test_add_with_just_a_title_lands_after_the_selected_item(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        assert selected(app)[TITLE] == TITLES[0]
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AgendaForm)
        assert app.focused is form.query_one("#title", Input)
        # Suggested: when the selected item ends, 10 minutes.
        assert form.query_one("#start", Input).value == "10.00"
        assert form.query_one("#minutes", Input).value == "10"
        assert form.query_one("#ok", Button).disabled  # no title yet
        await type_text(pilot, "Pemutaran video profil")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert shown_titles(app) == [TITLES[0], "Pemutaran video profil", *TITLES[1:]]
        assert selected(app)[TITLE] == "Pemutaran video profil"
        assert selected(app)[TIME] == "10.00–10.10 WIB"
        assert selected(app)[VENUE] == "Ruang Lokakrida"  # the room of the rundown so far
        assert shown_times(app) == spans("09:45", [15, 10, *(m for _, _, m, _ in ORIGINAL[1:])])
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert [item["id"] for item in saved] == [IDS[0], "pemutaran-video-profil", *IDS[1:]]
    added = saved[1]
    assert added["title"] == "Pemutaran video profil"
    assert clock(added["start"]) == "10:00"
    assert added["minutes"] == 10
    assert added["venue"] == "lokakrida"
    assert "day" not in added and "pinned" not in added
    assert [clock(item["start"]) for item in saved[2:]] == shifted(STARTS[1:], 10)


async def test_add_the_same_title_twice_gets_a_second_id(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, "Ramah tamah")
        for _ in range(2):
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, AgendaForm)
            await type_text(pilot, "Doa penutup")
            await pilot.press("enter")
            await pilot.pause()
        assert shown_titles(app)[-3:] == ["Ramah tamah", "Doa penutup", "Doa penutup"]
        assert shown_times(app)[-2:] == ["12:30-12:40", "12:40-12:50"]
        await save(pilot, screen)
    assert [item["id"] for item in agenda_in_file(visit)][-2:] == ["doa-penutup", "doa-penutup-2"]


# Editing


async def test_edit_title_and_minutes_with_e(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, TITLES[1])
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AgendaForm)
        assert form.query_one("#title", Input).value == TITLES[1]
        assert form.query_one("#minutes", Input).value == "5"
        await replace_text(pilot, "Pembukaan acara")
        await pilot.press("tab", "tab", "tab")  # day, start, minutes
        assert app.focused is form.query_one("#minutes", Input)
        await replace_text(pilot, "8")
        assert form.query_one("#title", Input).value == "Pembukaan acara"
        assert form.query_one("#minutes", Input).value == "8"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert selected(app)[TITLE] == "Pembukaan acara"
        assert selected(app)[MINUTES] == "8"
        assert selected(app)[TIME] == "10.00–10.08 WIB"
        assert shown_times(app) == spans("09:45", [15, 8, *(m for _, _, m, _ in ORIGINAL[2:])])
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert [item["id"] for item in saved] == IDS  # the id stays
    edited = saved[1]
    assert edited["title"] == "Pembukaan acara"
    assert edited["minutes"] == 8
    # The fields the form did not touch are kept.
    assert edited["pic"] == "ayu-wulandari"
    assert edited["venue"] == "lokakrida"
    assert edited["notes"] == "Contoh (example): acara dan durasi rekaan."
    assert [clock(item["start"]) for item in saved[2:]] == shifted(STARTS[2:], 3)


async def test_enter_opens_the_form_and_escape_changes_nothing(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AgendaForm)
        assert form.query_one("#title", Input).value == TITLES[0]
        await replace_text(pilot, "Sesuatu yang lain")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert shown_titles(app) == TITLES
        assert not screen.session.dirty
        await save(pilot, screen)
    assert item_in_file(visit, IDS[0])["title"] == TITLES[0]


# Deleting


async def test_delete_after_confirmation_moves_later_items_earlier(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, TITLES[1])
        # Enter alone cancels: the safe answer has the focus.
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert static_text(dialog.query_one(".question", Static)) == (
            'Delete "Pembukaan oleh pembawa acara" from the rundown?'
        )
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert shown_titles(app) == TITLES
        assert not screen.session.dirty

        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query_one("#yes", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert shown_titles(app) == [TITLES[0], *TITLES[2:]]
        # The cursor goes to the item that took its place.
        assert selected(app)[TITLE] == TITLES[2]
        assert shown_times(app) == spans("09:45", [15, *(m for _, _, m, _ in ORIGINAL[2:])])
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert [item["id"] for item in saved] == [IDS[0], *IDS[2:]]
    assert [clock(item["start"]) for item in saved[1:]] == shifted(STARTS[2:], -5)


async def test_delete_on_the_day_heading_does_nothing(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("up", "delete")
        await pilot.pause()
        assert app.screen is screen
        assert table(app, AGENDA).cursor_row == 0
        assert shown_titles(app) == TITLES
        await save(pilot, screen)
    assert [item["id"] for item in agenda_in_file(visit)] == IDS


# Moving and duplicating


async def test_shift_down_moves_an_item_and_the_times_swap(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("shift+down")
        await pilot.pause()
        assert shown_titles(app) == [TITLES[1], TITLES[0], *TITLES[2:]]
        # The day still starts at 09.45; the pair swaps its times, the rest stays.
        assert shown_times(app)[:2] == ["09:45-09:50", "09:50-10:05"]
        assert shown_times(app)[2:] == ORIGINAL_SPANS[2:]
        # The cursor follows the item that moved.
        assert selected(app)[TITLE] == TITLES[0]
        assert table(app, AGENDA).cursor_row == 2
        await save(pilot, screen)
        assert starts_in_file(visit)[:3] == [
            ("pembukaan", "09:45"),
            ("kedatangan-registrasi", "09:50"),
            ("indonesia-raya", "10:05"),
        ]
        # And back up again.
        await pilot.press("shift+up")
        await pilot.pause()
        assert shown_titles(app) == TITLES
        assert shown_times(app) == ORIGINAL_SPANS
        await save(pilot, screen)
    assert starts_in_file(visit) == list(zip(IDS, STARTS, strict=True))


async def test_c_duplicates_the_item_after_itself(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, "Foto bersama")
        await pilot.press("c")
        await pilot.pause()
        assert shown_titles(app)[-3:] == ["Foto bersama", "Foto bersama", "Ramah tamah"]
        assert shown_times(app)[-3:] == ["11:45-11:55", "11:55-12:05", "12:05-12:40"]
        # The copy is selected.
        assert selected(app)[TIME] == "11.55–12.05 WIB"
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert [item["id"] for item in saved][-3:] == ["foto-bersama", "foto-bersama-2", "ramah-tamah"]
    original, copy = saved[-3], saved[-2]
    assert {k: v for k, v in copy.items() if k not in ("id", "start")} == {
        k: v for k, v in original.items() if k not in ("id", "start")
    }
    assert clock(copy["start"]) == "11:55"
    assert clock(saved[-1]["start"]) == "12:05"


# Reflow


async def test_f_closes_a_gap_made_in_the_file(workspace: Path, visit: Path) -> None:
    with_text(visit, "start = 11:55:00", "start = 12:10:00")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        assert shown_times(app)[-1] == "12:10-12:45"
        await pilot.press("f")
        await pilot.pause()
        assert shown_times(app) == ORIGINAL_SPANS
        assert screen.session.dirty
        # Nothing left to close: no change at all.
        changes = len(screen.session.editor.undo_stack)
        await pilot.press("f")
        await pilot.pause()
        assert len(screen.session.editor.undo_stack) == changes
        await save(pilot, screen)
    assert starts_in_file(visit) == list(zip(IDS, STARTS, strict=True))


async def test_palette_reflow_day_from_the_overview(workspace: Path, visit: Path) -> None:
    with_text(visit, "start = 11:55:00", "start = 12:10:00")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        assert screen.query_one("#tabs", TabbedContent).active == "overview"
        await run_command(pilot, app, "reflow day", "Reflow day")
        await pilot.pause()
        assert screen.query_one("#tabs", TabbedContent).active == "agenda"
        assert shown_times(app) == ORIGINAL_SPANS
        assert agenda_rows(app)[0][1] == "Friday, 26 May 2023 · 09.45–12.30 WIB · 2 h 45 min"
        await save(pilot, screen)
    assert clock(item_in_file(visit, "ramah-tamah")["start"]) == "11:55"


# Days


async def test_d_moves_an_item_to_the_second_day(workspace: Path, visit: Path) -> None:
    with_text(visit, "end = 2023-05-26", "end = 2023-05-27")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        assert [row[:2] for row in headings(app)] == [
            ("Day 1", "Friday, 26 May 2023 · 09.45–12.30 WIB · 2 h 45 min"),
            ("Day 2", "Saturday, 27 May 2023 · no items yet (a: add)"),
        ]
        await go_to(pilot, app, "Diskusi dan tanya jawab")
        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Pick)
        assert static_text(dialog.query_one(".title", Static)) == (
            'Move "Diskusi dan tanya jawab" to'
        )
        options = dialog.query_one(OptionList)
        assert options.option_count == 1
        assert str(options.get_option_at_index(0).prompt) == "Saturday, 27 May 2023"
        # The list has the focus and its first day is highlighted: Enter picks it.
        assert app.focused is options and options.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert [row[:2] for row in headings(app)] == [
            ("Day 1", "Friday, 26 May 2023 · 09.45–12.00 WIB · 2 h 15 min"),
            ("Day 2", "Saturday, 27 May 2023 · 11.05–11.35 WIB · 0 h 30 min"),
        ]
        assert agenda_rows(app)[-1][TITLE] == "Diskusi dan tanya jawab"
        assert agenda_rows(app)[-2][0] == "Day 2"
        # The cursor follows the item to its new day.
        assert selected(app)[TITLE] == "Diskusi dan tanya jawab"
        # Day 1 closes the gap it left.
        assert shown_times(app)[6:10] == [
            "10:50-11:05",
            "11:05-11:15",
            "11:15-11:25",
            "11:25-12:00",
        ]
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    moved = item_in_file(visit, "diskusi")
    assert moved["day"] == date(2023, 5, 27)
    assert clock(moved["start"]) == "11:05"
    assert [item["id"] for item in saved][-1] == "diskusi"
    assert [(i["id"], clock(i["start"])) for i in saved if "day" not in i][-3:] == [
        ("penyerahan-cenderamata", "11:05"),
        ("foto-bersama", "11:15"),
        ("ramah-tamah", "11:25"),
    ]
    assert plan_data(visit)["event"]["end"] == date(2023, 5, 27)


async def test_d_on_a_one_day_event_offers_no_day(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Pick)
        assert not dialog.query(OptionList)
        assert "The event has one day." in static_text(dialog.query(Static).last())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not screen.session.dirty
        await save(pilot, screen)
    assert "day" not in item_in_file(visit, IDS[0])


# Past midnight


async def test_change_past_midnight_is_refused_and_changes_nothing(
    workspace: Path, visit: Path
) -> None:
    # The day's last item now ends at 23.57; 5 more minutes anywhere would cross midnight.
    with_text(visit, "minutes = 35", "minutes = 722")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        before = list(agenda_rows(app))
        assert shown_times(app)[-1] == "11:55-23:57"
        await pilot.press("plus")
        await pilot.pause()
        assert notifications(app)[-1] == (
            '"Ramah tamah" would end after midnight (00.02); '
            "shorten the day or split it over two days"
        )
        assert app._told[-1][1]["severity"] == "error"  # type: ignore[attr-defined]
        assert agenda_rows(app) == before
        assert not screen.session.dirty
        assert screen.session.editor.undo_stack == []
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert saved[0]["minutes"] == 15
    assert saved[-1]["minutes"] == 722
    assert [clock(item["start"]) for item in saved] == STARTS


async def test_edit_past_midnight_is_refused(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, "Ramah tamah")
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AgendaForm)
        await pilot.press("tab", "tab", "tab")
        assert app.focused is form.query_one("#minutes", Input)
        await replace_text(pilot, "800")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert notifications(app)[-1].startswith('"Ramah tamah" would end after midnight (01.15)')
        assert selected(app)[MINUTES] == "35"
        assert shown_times(app) == ORIGINAL_SPANS
        assert not screen.session.dirty
        await save(pilot, screen)
    assert item_in_file(visit, "ramah-tamah")["minutes"] == 35


# Undo and redo


async def test_undo_and_redo_an_agenda_change(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press("down", "down", "shift+down")
        await pilot.pause()
        assert shown_titles(app)[2:4] == [TITLES[3], TITLES[2]]

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert shown_titles(app) == TITLES
        assert shown_times(app) == spans("09:45", [20] + [m for _, _, m, _ in ORIGINAL[1:]])
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert shown_times(app) == ORIGINAL_SPANS
        assert not screen.session.dirty
        assert notifications(app)[-2:] == [
            f"Undone: Move {TITLES[2]}",
            f"Undone: Length of {TITLES[0]}",
        ]
        # The agenda table keeps the focus, so the agenda keys still work.
        assert app.focused is table(app, AGENDA)

        await pilot.press("ctrl+y")
        await pilot.pause()
        assert notifications(app)[-1] == f"Redone: Length of {TITLES[0]}"
        assert selected(app)[TITLE] == TITLES[0]
        assert selected(app)[MINUTES] == "20"
        assert screen.session.dirty
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert [item["id"] for item in saved] == IDS
    assert saved[0]["minutes"] == 20
    assert [clock(item["start"]) for item in saved[1:]] == shifted(STARTS[1:], 5)


# The palette


async def test_palette_add_agenda_item_from_another_tab(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("2")
        await pilot.pause()
        assert screen.query_one("#tabs", TabbedContent).active == "roster"
        await run_command(pilot, app, "add agenda", "Add agenda item")
        await settle(pilot, lambda: isinstance(app.screen, AgendaForm))
        assert screen.query_one("#tabs", TabbedContent).active == "agenda"
        await type_text(pilot, "Sesi tanya jawab media")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "Sesi tanya jawab media" in shown_titles(app)
        assert selected(app)[TITLE] == "Sesi tanya jawab media"
        assert len(item_rows(app)) == 12
        # Nothing else changed: the roster still has its people.
        assert len(table(app, "roster-table").rows) == 7
        await save(pilot, screen)
    saved = agenda_in_file(visit)
    assert len(saved) == 12
    assert "sesi-tanya-jawab-media" in [item["id"] for item in saved]


async def test_palette_add_agenda_item_lands_where_the_key_a_would(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await run_command(pilot, app, "add agenda", "Add agenda item")
        await settle(pilot, lambda: isinstance(app.screen, AgendaForm))
        # The form should suggest the end of the first item, like "3" then "a" does.
        suggested = app.screen.query_one("#start", Input).value
        await type_text(pilot, "Sesi tanya jawab media")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        titles = shown_titles(app)
        await save(pilot, screen)
        saved = [item["id"] for item in agenda_in_file(visit)]
        assert titles[:2] == [TITLES[0], "Sesi tanya jawab media"]
        assert suggested == "10.00"
        assert saved[:2] == [IDS[0], "sesi-tanya-jawab-media"]
        assert clock(item_in_file(visit, IDS[0])["start"]) == "09:45"


async def test_undo_of_a_move_keeps_the_cursor_on_the_moved_item(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agenda(pilot, app)
        await go_to(pilot, app, TITLES[2])
        await pilot.press("shift+down")
        await pilot.pause()
        assert selected(app)[TITLE] == TITLES[2]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert shown_titles(app) == TITLES
        assert not screen.session.dirty
        await save(pilot, screen)
        assert [item["id"] for item in agenda_in_file(visit)] == IDS
        assert selected(app)[TITLE] == TITLES[2]
